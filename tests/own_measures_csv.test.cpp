// Measures declared in a plan CSV (issue 14, point 3; docs/csv.md, "Measures declared in the file"): a line that
// names a measure amip does not know declares it in the columns legal_basis, purpose and budget_line (and, if it
// wishes, legal_heading, measure_name, measure_name_en, abbreviation); the writer writes those columns for every
// measure that is not amip's own, and reading what it wrote gives the same plans with the same measures. The
// lifetime tests run under AddressSanitizer in the asan preset. Every figure is made up here; sums are worked out in
// the comments.
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/csv.hpp>

#include "writer_options.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using amip::actual_of;
using amip::entries;
using amip::plan_of;
using amip::io::csv_error_kind;

namespace {

// A measure of one's own in code: a local workshop under § 16f SGB II.
struct werkstatt_t final : amip::own_measure<werkstatt_t> {
  static constexpr amip::measure_info info{.key = "werkstatt",
                                           .german_name = "Jobwerkstatt",
                                           .english_name = "Job workshop",
                                           .abbreviation = "JW",
                                           .basis = {{"§ 16f", amip::social_code::sgb_ii}, "Freie Förderung"},
                                           .purpose = amip::purpose_group::free_support,
                                           .paid_from = amip::budget_line::egt};
};
constexpr werkstatt_t werkstatt{};

// A tag whose granting norm is in SGB II and whose via norm is in SGB III: its text "§ 45 SGB III i.V.m. § 16f SGB II"
// reads the other way round (the SGB III norm as the granting one), so the writer refuses to write it.
struct backwards_t final : amip::own_measure<backwards_t> {
  static constexpr amip::measure_info info{
      .key = "backwards",
      .german_name = "Rückwärts",
      .english_name = "Backwards",
      .abbreviation = "",
      .basis = {{"§ 16f", amip::social_code::sgb_ii}, "", {"§ 45", amip::social_code::sgb_iii}},
      .purpose = amip::purpose_group::free_support,
      .paid_from = amip::budget_line::egt};
};
constexpr backwards_t backwards{};

// A measure declared at run time with every trait, applied through an SGB II norm.
amip::measure_data coaching_data() {
  amip::measure_data d;
  d.key = "brueckencoaching";
  d.german_name = "Brückencoaching für Langzeitarbeitslose; \"BC\"";  // the delimiter and quotes: written quoted
  d.english_name = "Bridge coaching";
  d.abbreviation = "BC-LZA";
  d.section = "§ 45 Abs. 1";
  d.book = amip::social_code::sgb_iii;
  d.heading = "Maßnahmen zur Aktivierung und beruflichen Eingliederung";
  d.via_section = "§ 16 Abs. 1 Satz 2 Nr. 2";
  d.via_book = amip::social_code::sgb_ii;
  d.purpose = amip::purpose_group::activation;
  d.paid_from = amip::budget_line::egt;
  return d;
}

// A measure declared at run time with only what is required: no English name, abbreviation or heading.
amip::measure_data minimal_data() {
  amip::measure_data d;
  d.key = "Stadtteilprojekt";  // capitals are kept
  d.german_name = "Stadtteilprojekt Nord";
  d.section = "§ 16a Nr. 3";
  d.book = amip::social_code::sgb_ii;
  d.purpose = amip::purpose_group::outside_anlage_1;
  d.paid_from = amip::budget_line::municipal;
  return d;
}

// total = mat + coaching + werkstatt + stadtteil; coaching_u25 is a "darunter" line of coaching, its measure again.
amip::catalog own_table() {
  using amip::children_rule;
  using amip::line_kind;
  auto const coaching = amip::declare_measure(coaching_data());
  auto const minimal = amip::declare_measure(minimal_data());
  std::vector<amip::owned_line> lines{
      {"total", line_kind::total},
      {"mat", line_kind::leaf, 0, children_rule::sum, amip::measure::mat},
      {"coaching", line_kind::group, 0, children_rule::subset, coaching},
      {"coaching_u25", line_kind::leaf, 2, children_rule::sum, coaching, {}, false, "darunter U25", "of which U25"},
      {"werkstatt", line_kind::leaf, 0, children_rule::sum, werkstatt},
      {"stadtteil", line_kind::leaf, 0, children_rule::sum, minimal},
  };
  return amip::catalog{"Musterstadt", std::move(lines)};
}

// Plan 2026: MAT 300, coaching 120 (darunter U25 40), workshop 60, Stadtteil 25; total 300 + 120 + 60 + 25 = 505.
// Ergebnis 2025: 250, 80 (30), 40, 20; total 390.
amip::plan<amip::entry_count> entries_plan() {
  amip::plan<amip::entry_count> p{own_table()};
  auto const& t = p.structure();
  p.state(t.at("mat"), plan_of(2026), 300 * entries).state(t.at("mat"), actual_of(2025), 250 * entries);
  p.state(t.at("coaching"), plan_of(2026), 120 * entries).state(t.at("coaching"), actual_of(2025), 80 * entries);
  p.state(t.at("coaching_u25"), plan_of(2026), 40 * entries).state(t.at("coaching_u25"), actual_of(2025), 30 * entries);
  p.state(t.at("werkstatt"), plan_of(2026), 60 * entries).state(t.at("werkstatt"), actual_of(2025), 40 * entries);
  p.state(t.at("stadtteil"), plan_of(2026), 25 * entries).state(t.at("stadtteil"), actual_of(2025), 20 * entries);
  return p;
}

// Plan 2026 in euros: MAT 540.000,00, coaching 300.000,50 (U25 100.000,25), workshop 180.000,00, Stadtteil 12.345,67.
amip::plan<amip::money> money_plan(amip::catalog const& table) {
  amip::plan<amip::money> p{table};
  auto const& t = p.structure();
  p.state(t.at("mat"), plan_of(2026), amip::eur(540'000))
      .state(t.at("coaching"), plan_of(2026), amip::cents(30'000'050))
      .state(t.at("coaching_u25"), plan_of(2026), amip::cents(10'000'025))
      .state(t.at("werkstatt"), plan_of(2026), amip::eur(180'000))
      .state(t.at("stadtteil"), plan_of(2026), amip::cents(1'234'567));
  return p;
}

void require_same_measure(amip::measure_info const& a, amip::measure_info const& b) {
  INFO("measure " << a.key);
  CHECK(b.key == a.key);
  CHECK(b.german_name == a.german_name);
  CHECK(b.english_name == a.english_name);
  CHECK(b.abbreviation == a.abbreviation);
  CHECK(b.basis.primary().section == a.basis.primary().section);
  CHECK(b.basis.primary().book == a.basis.primary().book);
  CHECK(b.basis.via().has_value() == a.basis.via().has_value());
  if (a.basis.via() && b.basis.via()) {
    CHECK(b.basis.via()->section == a.basis.via()->section);
    CHECK(b.basis.via()->book == a.basis.via()->book);
  }
  CHECK(b.basis.heading() == a.basis.heading());
  CHECK(b.basis.text() == a.basis.text());
  CHECK(b.purpose == a.purpose);
  CHECK(b.paid_from == a.paid_from);
}

template <class P1, class P2>
void require_same_plan(P1 const& original, P2 const& read, amip::language lang) {
  auto const& a = original.structure();
  auto const& b = read.structure();
  REQUIRE(b.size() == a.size());
  REQUIRE(read.periods() == original.periods());
  for (std::size_t i = 0; i < a.size(); ++i) {
    amip::line_index const index{i};
    INFO("line " << a[index].key);
    CHECK(b[index].key == a[index].key);
    CHECK(b[index].parent == a[index].parent);
    CHECK(b[index].children == a[index].children);
    CHECK(b.label(index, lang) == a.label(index, lang));
    REQUIRE(b[index].measure.has_value() == a[index].measure.has_value());
    if (a[index].measure) {
      CHECK(*b[index].measure == *a[index].measure);
      CHECK(b[index].measure->amips_own() == a[index].measure->amips_own());
      require_same_measure(a[index].measure->info(), b[index].measure->info());
    }
    for (auto const& when : original.periods()) CHECK(read.stated(index, when) == original.stated(index, when));
  }
}

template <class P>
std::string written(P const& plan, amip::report::csv_options const& options = {}) {
  std::ostringstream out;
  amip::report::write_plan_csv(out, plan, options);
  return out.str();
}

std::string first_error(std::string const& text) {
  try {
    (void)amip::io::read_plan_csv(text, "plan.csv");
  } catch (amip::io::csv_error const& e) {
    return e.what();
  }
  return "(read)";
}

}  // namespace

TEST_CASE("a legal basis is read from its text as laws cite it") {
  auto const one = amip::read_legal_basis("  § 16f SGB II ");
  REQUIRE(one.ok());
  CHECK(one.section == "§ 16f");
  CHECK(one.book == amip::social_code::sgb_ii);
  CHECK(one.via_section.empty());
  CHECK_FALSE(one.via_book.has_value());
  CHECK(amip::read_legal_basis("§§ 81 ff. sgb 3").section == "§§ 81 ff.");
  CHECK(amip::read_legal_basis("§§ 81 ff. sgb 3").book == amip::social_code::sgb_iii);

  // As legal_basis::text() writes it: the norm it applies through first, the granting norm second.
  auto const amips = amip::read_legal_basis("§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III");
  REQUIRE(amips.ok());
  CHECK(amips.section == "§ 45 Abs. 1");
  CHECK(amips.book == amip::social_code::sgb_iii);
  CHECK(amips.via_section == "§ 16 Abs. 1 Satz 2 Nr. 2");
  CHECK(amips.via_book == amip::social_code::sgb_ii);
  // The SGB III norm first: the same basis.
  auto const cited = amip::read_legal_basis("§ 45 Abs. 1 SGB III i.v.m. § 16 Abs. 1 Satz 2 Nr. 2 SGB II");
  REQUIRE(cited.ok());
  CHECK(cited.section == amips.section);
  CHECK(cited.via_section == amips.via_section);
  CHECK(cited.via_book == amip::social_code::sgb_ii);
  // Two norms of one book: the first is the one the second applies through.
  auto const same_book = amip::read_legal_basis("§ 16 Abs. 1 SGB II i.V.m. § 16f SGB II");
  CHECK(same_book.section == "§ 16f");
  CHECK(same_book.via_section == "§ 16 Abs. 1");

  CHECK(amip::read_legal_basis("").problem == "it is empty");
  CHECK(amip::read_legal_basis("16f SGB II").problem == "the section \"16f\" does not start with \"§\"");
  CHECK(amip::read_legal_basis("§ 16f").problem == "the norm \"§ 16f\" names no book at its end (SGB II or SGB III)");
  CHECK(amip::read_legal_basis("§ 22 SGB XII").problem == "the book \"SGB XII\" is neither SGB II nor SGB III");
  CHECK(amip::read_legal_basis("SGB II").problem ==
        "the norm \"SGB II\" has no section before its book (such as \"§ 16f\")");
  CHECK(amip::read_legal_basis("§ 16 SGB II i.V.m. § 45 SGB III i.V.m. § 44 SGB III").problem ==
        "it joins more than two norms with \"i.V.m.\"");
  CHECK(amip::read_legal_basis("§ 16 SGB II i.V.m.").problem ==
        "the norm \"§ 16 SGB II i.V.m.\" names no book at its end (SGB II or SGB III)");

  // Every legal basis of amip's own measures reads back as itself.
  for (auto const& m : amip::measures) {
    INFO(m.key);
    auto const read = amip::read_legal_basis(m.basis.text());
    REQUIRE(read.ok());
    CHECK(read.section == m.basis.primary().section);
    CHECK(read.book == m.basis.primary().book);
    CHECK(read.via_book.has_value() == m.basis.via().has_value());
    if (m.basis.via()) CHECK(read.via_section == m.basis.via()->section);
  }
}

TEST_CASE("purpose groups and budget lines are named by their keys") {
  for (auto const& g : amip::purpose_groups) CHECK(amip::purpose_group_from_key(g.key) == g.group);
  for (auto const& b : amip::budget_lines) CHECK(amip::budget_line_from_key(b.key) == b.line);
  CHECK(amip::purpose_group_from_key("VII.") == amip::purpose_group::free_support);
  CHECK(amip::purpose_group_from_key("vii") == amip::purpose_group::free_support);
  CHECK(amip::purpose_group_from_key("Free_Support") == amip::purpose_group::free_support);
  CHECK_FALSE(amip::purpose_group_from_key("IX").has_value());
  CHECK_FALSE(amip::purpose_group_from_key("").has_value());
  CHECK(amip::budget_line_from_key("EGT") == amip::budget_line::egt);
  CHECK_FALSE(amip::budget_line_from_key("Eingliederungstitel").has_value());
}

TEST_CASE("a line declares a measure amip does not know and other lines name it") {
  // "coach_u25" names the measure before the line that declares it. Plan 2026: 300 + 120 = 420.
  std::string const csv =
      "Key;Parent;Children;Measure;Label;Legal_Basis;Purpose;Budget_Line;Measure_Name_EN;plan 2026\n"
      "total;;sum;;Eintritte;;;;;\n"
      "coach_u25;coach;sum;jobcoaching_plus;darunter U25;;;;;40\n"
      "mat;total;sum;mat;MAT;;;;;300\n"
      "coach;total;subset;jobcoaching_plus;Jobcoaching Plus;\xC2\xA7 16f SGB II;VII.;egt;Job coaching plus;120\n";
  auto const read = amip::io::read_plan_csv(csv, "plan.csv");
  auto const& table = read.structure();
  auto const coach = table.at("coach");
  REQUIRE(table[coach].measure.has_value());
  auto const& m = table[coach].measure->info();
  CHECK(m.key == "jobcoaching_plus");
  CHECK(m.german_name == "Jobcoaching Plus");  // from the label
  CHECK(m.english_name == "Job coaching plus");
  CHECK(m.abbreviation.empty());
  CHECK(m.basis.text() == "§ 16f SGB II");
  CHECK(m.basis.heading().empty());
  CHECK(m.purpose == amip::purpose_group::free_support);
  CHECK(m.paid_from == amip::budget_line::egt);
  CHECK_FALSE(table[coach].measure->amips_own().has_value());
  REQUIRE(table[table.at("coach_u25")].measure.has_value());
  CHECK(&table[table.at("coach_u25")].measure->info() == &m);  // one measure, shared
  CHECK(read.plan().total(table.at("total"), plan_of(2026)) == 420 * entries);
}

TEST_CASE("what a line states of a known measure must agree with it") {
  std::string const header = "key;parent;children;measure;label;legal_basis;purpose;budget_line;plan 2026\n";
  // amip's own MAT, stated as it is (both orders of its norms), and a measure given to the reader.
  auto const coaching = amip::declare_measure(coaching_data());
  amip::io::csv_read_options options;
  options.measures = {coaching};
  auto const agreeing = amip::io::read_plan_csv(
      header +
          "total;;sum;;Gesamt;;;;\n"
          "mat;total;sum;mat;MAT;\xC2\xA7 45 Abs. 1 SGB III i.V.m. \xC2\xA7 16 Abs. 1 Satz 2 Nr. 2 SGB II;"
          "activation;egt;300\n"
          "bc;total;sum;brueckencoaching;BC;;I.;egt;100\n",
      "plan.csv", options);
  CHECK(agreeing.plan().total(agreeing.structure().at("total"), plan_of(2026)) == 400 * entries);  // 300 + 100

  // "bc;;sum;brueckencoaching;BC;;" is 29 characters: the purpose is in column 30.
  CHECK(amip::io::read_plan_csv_collecting(header + "bc;;sum;brueckencoaching;BC;;free_support;egt;100\n", "plan.csv",
                                           options)
            .errors()
            .front()
            .to_string() ==
        "plan.csv:2:30: \"free_support\" is not the purpose group of the measure \"brueckencoaching\" given in "
        "csv_read_options::measures; expected \"activation\"");
}

TEST_CASE("a second declaration of a measure may repeat the first and a failed one is reported once") {
  std::string const header = "key;parent;children;measure;label;legal_basis;purpose;budget_line;plan 2026\n";
  auto const read = amip::io::read_plan_csv(header +
                                                "a;;sum;coach;Coach;\xC2\xA7 16f SGB II;free_support;egt;1\n"
                                                "b;;sum;coach;;\xC2\xA7 16f SGB II;;;2\n",
                                            "plan.csv");
  CHECK(read.structure()[read.structure().at("b")].measure->info().german_name == "Coach");

  // A declaration with an error: its line is reported, not the lines that name the measure (the measure is none).
  auto const failed = amip::io::read_plan_csv_collecting(
      header + "a;;sum;coach;Coach;\xC2\xA7 16f SGB II;free_support;;1\nb;;sum;coach;;;;;2\n", "plan.csv");
  REQUIRE(failed.errors().size() == 1);
  CHECK(failed.errors().front().kind == csv_error_kind::bad_measure_declaration);
  CHECK_FALSE(failed.structure()[failed.structure().at("b")].measure.has_value());
  CHECK(failed.plan().stated(failed.structure().at("b"), plan_of(2026)) == 2 * entries);

  // A declaration with a key that cannot be one: "a;;sum;" is 7 characters.
  CHECK(first_error(header + "a;;sum;Job Coach;Coach;\xC2\xA7 16f SGB II;free_support;egt;1\n") ==
        "plan.csv:2:8: \"Job Coach\" cannot be the key of a measure declared in the file; expected ASCII letters, "
        "digits, '_', '.' and '-' only");
  // Without a name: no label and no measure_name. "a;;sum;coach;;" is 14 characters.
  CHECK(first_error(header + "a;;sum;coach;;\xC2\xA7 16f SGB II;free_support;egt;1\n") ==
        "plan.csv:2:15: the measure \"coach\" declared here has no name; expected its German name in the column "
        "\"measure_name\" or the line's label in the column \"label\"");
  // An unknown budget line: "a;;sum;coach;Coach;§ 16f SGB II;free_support;" is 45 characters.
  CHECK(first_error(header + "a;;sum;coach;Coach;\xC2\xA7 16f SGB II;free_support;EGT-Mittel;1\n") ==
        "plan.csv:2:46: \"EGT-Mittel\" is not a budget line; expected one of egt, vwhh, pat, special_allocation, "
        "agency, municipal, vermittlungsbudget");
}

TEST_CASE("plans with measures of one's own survive write then read with every writer option") {
  auto const p = entries_plan();
  auto const euros = money_plan(p.structure());
  for (auto const& options : amip_test::writer_options({';', ','})) {
    INFO("lang " << (options.lang == amip::language::german ? "german" : "english") << ", delimiter '"
                 << options.delimiter << "', BOM " << options.byte_order_mark << ", CRLF " << options.crlf
                 << ", grouped " << options.group_thousands);
    auto const text = written(p, options);
    auto const read = amip::io::read_plan_csv(text, "plan.csv");
    require_same_plan(p, read.plan(), options.lang);
    CHECK(read.plan().total(read.structure().at("total"), plan_of(2026)) == 505 * entries);
    CHECK(read.plan().total(read.structure().at("total"), actual_of(2025)) == 390 * entries);

    auto const money_text = written(euros, options);
    auto const money_read = amip::io::read_plan_csv<amip::plan<amip::money>>(money_text, "plan.csv");
    require_same_plan(euros, money_read.plan(), options.lang);
    // 540.000,00 + 300.000,50 + 180.000,00 + 12.345,67 = 1.032.346,17 euros
    CHECK(money_read.plan().total(money_read.structure().at("total"), plan_of(2026)) == amip::cents(103'234'617));

    // Against the catalogue it was written from, the declarations agree with its measures.
    auto const against = amip::io::read_plan_csv(text, "plan.csv", p.structure());
    require_same_plan(p, against.plan(), options.lang);

    // Both quantities in one file, read as a plan per quantity.
    std::ostringstream both;
    amip::report::write_plans_csv(both, options, p, euros);
    auto const plans = amip::io::read_plans_csv(both.str(), "plans.csv");
    require_same_plan(p, plans.plan<amip::entry_count>(), options.lang);
    require_same_plan(euros, plans.plan<amip::money>(), options.lang);
  }
}

TEST_CASE("the writer declares only measures that are not amip's own") {
  auto const text = written(entries_plan());
  std::istringstream lines(text);
  std::string header;
  std::string total;
  std::string mat;
  std::string coaching;
  std::getline(lines, header);
  std::getline(lines, total);
  std::getline(lines, mat);
  std::getline(lines, coaching);
  CHECK(header ==
        "key;parent;children;measure;label;legal_basis;legal_heading;measure_name;measure_name_en;abbreviation;"
        "purpose;budget_line;plan 2026;actual 2025");
  CHECK(total == "total;;sum;;;;;;;;;;;");
  CHECK(mat == "mat;total;sum;mat;Maßnahmen bei einem Träger;;;;;;;;300;250");
  CHECK(coaching ==
        "coaching;total;subset;brueckencoaching;\"Brückencoaching für Langzeitarbeitslose; \"\"BC\"\"\";"
        "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III;"
        "Maßnahmen zur Aktivierung und beruflichen Eingliederung;"
        "\"Brückencoaching für Langzeitarbeitslose; \"\"BC\"\"\";Bridge coaching;BC-LZA;activation;egt;120;80");

  // A catalogue of amip's measures only: no declaration columns, the file as before.
  std::vector<amip::owned_line> only_amips{
      {"total", amip::line_kind::total},
      {"mat", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure::mat}};
  amip::plan<amip::entry_count> plain{amip::catalog{"plain", std::move(only_amips)}};
  CHECK(written(plain) ==
        "key;parent;children;measure;label\ntotal;;sum;;\nmat;total;sum;mat;Maßnahmen bei einem "
        "Träger\n");
}

TEST_CASE("the writer refuses a measure whose declaration would read back as another") {
  std::vector<amip::owned_line> lines{{"total", amip::line_kind::total},
                                      {"b", amip::line_kind::leaf, 0, amip::children_rule::sum, backwards}};
  amip::plan<amip::entry_count> p{amip::catalog{"backwards", std::move(lines)}};
  std::ostringstream out;
  CHECK_THROWS_WITH(amip::report::write_plan_csv(out, p),
                    "amip: write_plans_csv cannot declare the measure \"backwards\" of the line \"b\" so that it reads "
                    "back: its legal basis \"§ 45 SGB III i.V.m. § 16f SGB II\" would read back as another one "
                    "(amip::read_legal_basis)");
  CHECK(out.str().empty());  // nothing written
}

TEST_CASE("read_plans_csv reads declarations as read_plan_csv does") {
  // Persons 120 + 80 = 200; euros 300.000,00 + 1.000,50 = 301.000,50.
  auto const read = amip::io::read_plans_csv(
      "key;parent;children;measure;label;legal_basis;purpose;budget_line;Ist 2025 [Personen];Plan 2026 [EUR]\n"
      "total;;sum;;Gesamt;;;;;\n"
      "coach;total;sum;coach;Coach;\xC2\xA7 16f SGB II;free_support;egt;120;300.000,00\n"
      "coach2;total;sum;coach;Coach 2;;;;80;1.000,50\n",
      "plans.csv");
  auto const& table = read.structure();
  CHECK(table[table.at("coach2")].measure->info().basis.text() == "§ 16f SGB II");
  CHECK(read.plan<amip::person_count>().total(table.at("total"), actual_of(2025)) == 200 * amip::persons);
  CHECK(read.plan<amip::money>().total(table.at("total"), plan_of(2026)) == amip::cents(30'100'050));
  CHECK(amip::io::read_plans_csv_collecting("key;parent;children;measure;label;Plan 2026 [EUR]\nx;;sum;coach;X;1\n",
                                            "plans.csv")
            .errors()
            .front()
            .kind == csv_error_kind::unknown_measure);
}

TEST_CASE("the example of docs/csv.md declares its measures") {
  std::ifstream in(AMIP_TEST_DATA_DIR "/../../docs/csv.md", std::ios::binary);
  std::string const doc{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  auto const section = doc.find("### Measures declared in the file");
  REQUIRE(section != std::string::npos);
  auto const begin = doc.find("```\n", section);
  auto const end = doc.find("```\n", begin + 4);
  REQUIRE(end != std::string::npos);
  auto const example = doc.substr(begin + 4, end - begin - 4);
  auto const read = amip::io::read_plan_csv(example, "musterstadt.csv");
  auto const& table = read.structure();
  // Plan 2026: MAT 1994, Jobcoaching Plus 120, Brückencoaching 60: 2174.
  CHECK(read.plan().total(table.at("total"), plan_of(2026)) == 2'174 * entries);
  auto const& coaching = table[table.at("coaching")].measure->info();
  CHECK(coaching.key == "jobcoaching_plus");
  CHECK(coaching.german_name == "Jobcoaching Plus");
  CHECK(coaching.english_name == "Job coaching plus");
  CHECK(coaching.purpose == amip::purpose_group::free_support);
  CHECK(&table[table.at("coaching_u25")].measure->info() == &coaching);
  auto const& bridge = table[table.at("bridge")].measure->info();
  CHECK(bridge.basis.text() == "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III");
  CHECK(bridge.paid_from == amip::budget_line::egt);
}

// ---------------------------------------------------------------------------------------------------------------
// Lifetimes: the file's text and the reader are gone when the plan is used.

namespace {

amip::plan<amip::entry_count> plan_read_from_a_file_declaring_a_measure() {
  std::string text =
      "key;parent;children;measure;label;legal_basis;legal_heading;measure_name;abbreviation;purpose;budget_line;"
      "plan 2026\n"
      "total;;sum;;Gesamt;;;;;;;\n"
      "coach;total;sum;jobcoaching_plus_fuer_langzeitarbeitslose;Zeile;\xC2\xA7 16f SGB II;Freie F\xC3\xB6rderung;"
      "Jobcoaching Plus f\xC3\xBCr Langzeitarbeitslose in Musterstadt;JC+;free_support;egt;120\n"
      "other;total;sum;jobcoaching_plus_fuer_langzeitarbeitslose;;;;;;;;30\n";
  auto read = amip::io::read_plan_csv(text, "musterstadt.csv");
  text.assign(text.size(), 'x');  // the text is overwritten: the plan keeps copies
  return std::move(read).plan();
}

}  // namespace

TEST_CASE("a plan read from a file declaring a measure outlives the text and the read") {
  auto const p = plan_read_from_a_file_declaring_a_measure();
  auto copy = p;
  amip::plan<amip::entry_count> const moved = std::move(copy);
  auto const& table = moved.structure();
  auto const& m = table[table.at("coach")].measure->info();
  CHECK(m.key == "jobcoaching_plus_fuer_langzeitarbeitslose");
  CHECK(m.german_name == "Jobcoaching Plus für Langzeitarbeitslose in Musterstadt");
  CHECK(m.english_name == m.german_name);
  CHECK(m.abbreviation == "JC+");
  CHECK(m.basis.heading() == "Freie Förderung");
  CHECK(table.label(table.at("other")) == "Jobcoaching Plus für Langzeitarbeitslose in Musterstadt");
  CHECK(moved.total(table.at("total"), plan_of(2026)) == 150 * entries);  // 120 + 30
  // Written again and read again: the same measure.
  auto const again = amip::io::read_plan_csv(written(moved), "again.csv");
  require_same_plan(moved, again.plan(), amip::language::german);
}
