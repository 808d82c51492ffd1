// Measures of one's own (issue 12, point 3): declared in code as a tag or at run time from data, and used where
// amip's own measures go: catalogues, plans, cost rates, rules, reports and the CSV reader. The lifetime tests at
// the end run under AddressSanitizer in the asan preset (a view that dangled would be a heap-use-after-free).
// Every figure is made up here; the expected values are worked out in the comments.
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/fit.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>
#include <amip/report/csv.hpp>
#include <amip/report/text.hpp>
#include <amip/rules/comparison_checks.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/rule.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

using amip::actual_of;
using amip::entries;
using amip::plan_of;

namespace {

// A measure of one's own in code: a local instrument under § 16f SGB II.
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

// The data of a measure of one's own, complete; each test takes something away.
amip::measure_data coaching_data() {
  amip::measure_data d;
  d.key = "brueckencoaching_fuer_langzeitarbeitslose";  // longer than a std::string holds in place: on the heap
  d.german_name = "Brückencoaching für Langzeitarbeitslose in Musterstadt";
  d.english_name = "Bridge coaching for the long-term unemployed";
  d.abbreviation = "BC-LZA (Musterstadt)";
  d.section = "§ 45 Abs. 1";
  d.book = amip::social_code::sgb_iii;
  d.heading = "Maßnahmen zur Aktivierung und beruflichen Eingliederung";
  d.via_section = "§ 16 Abs. 1 Satz 2 Nr. 2";
  d.via_book = amip::social_code::sgb_ii;
  d.purpose = amip::purpose_group::activation;
  d.paid_from = amip::budget_line::egt;
  return d;
}

std::string declared_error(amip::measure_data const& d) {
  try {
    (void)amip::declare_measure(d);
  } catch (amip::invalid_measure const& e) {
    return e.what();
  }
  return "(declared)";
}

// A static catalogue with amip's MAT and the tag: usable in constant expressions.
constexpr std::array static_lines{
    amip::line{"total", amip::line_kind::total},
    amip::line{"mat", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure_id::mat},
    amip::line{"werkstatt", amip::line_kind::leaf, 0, amip::children_rule::sum, werkstatt},
};
constexpr amip::catalog static_table{"Musterstadt (static)", static_lines};

// Plan 2026: MAT 300, workshop 60; total 360.
constexpr auto static_plan() {
  amip::fixed_plan<amip::entry_count> p{static_table};
  p.state(amip::measure::mat, plan_of(2026), 300 * entries).state(werkstatt, plan_of(2026), 60 * entries);
  return p;
}

// A catalogue built at run time with a measure declared from data: total = mat + coaching + workshop.
amip::catalog owned_table(amip::owned_measure const& coaching) {
  using amip::children_rule;
  using amip::line_kind;
  std::vector<amip::owned_line> lines{
      {"total", line_kind::total},
      {"mat", line_kind::leaf, 0, children_rule::sum, amip::measure::mat},
      {"coaching", line_kind::leaf, 0, children_rule::sum, coaching},
      {"werkstatt", line_kind::leaf, 0, children_rule::sum, werkstatt},
  };
  return amip::catalog{"Musterstadt", std::move(lines)};
}

}  // namespace

TEST_CASE("a measure of one's own declared in code is a measure tag usable in constant expressions") {
  STATIC_REQUIRE(amip::MeasureTag<werkstatt_t>);
  STATIC_REQUIRE_FALSE(amip::BuiltinMeasureTag<werkstatt_t>);
  STATIC_REQUIRE(amip::info_of(werkstatt).key == "werkstatt");
  STATIC_REQUIRE(amip::measure_ref{werkstatt}.is_static());
  STATIC_REQUIRE_FALSE(amip::measure_ref{werkstatt}.amips_own().has_value());
  STATIC_REQUIRE(amip::measure_ref{amip::measure::mat}.amips_own() == amip::measure_id::mat);
  STATIC_REQUIRE_FALSE(amip::measure_ref{werkstatt} == amip::measure_ref{amip::measure::mat});
  STATIC_REQUIRE(static_table.find(werkstatt) == amip::line_index{2});
  // 300 + 60 = 360, proven at compile time.
  STATIC_REQUIRE(static_plan().total(werkstatt, plan_of(2026)) == 60 * entries);
  STATIC_REQUIRE(static_plan().total(static_table.at("total"), plan_of(2026)) == 360 * entries);
  CHECK(static_table.label(amip::line_index{2}) == "Jobwerkstatt");
  CHECK(static_table.label(amip::line_index{2}, amip::language::english) == "Job workshop");
}

TEST_CASE("a measure declared from data owns its traits and names its legal basis") {
  amip::owned_measure coaching = [] {
    auto d = coaching_data();
    auto m = amip::declare_measure(d);
    d = {};  // the data is gone: the measure keeps copies
    return m;
  }();
  CHECK(coaching.owns());
  CHECK(coaching.key() == "brueckencoaching_fuer_langzeitarbeitslose");
  CHECK(coaching.info().german_name == "Brückencoaching für Langzeitarbeitslose in Musterstadt");
  CHECK(coaching.info().basis.text() == "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III");
  CHECK(coaching.info().basis.heading() == "Maßnahmen zur Aktivierung und beruflichen Eingliederung");
  CHECK(coaching.info().purpose == amip::purpose_group::activation);
  CHECK_FALSE(coaching.ref().is_static());
  CHECK_FALSE(coaching.ref().amips_own().has_value());

  auto d = coaching_data();
  d.english_name.clear();
  d.via_section.clear();
  d.via_book.reset();
  auto const plain = amip::declare_measure(d);
  CHECK(plain.info().english_name == plain.info().german_name);  // the English name defaults to the German one
  CHECK(plain.info().basis.text() == "§ 45 Abs. 1 SGB III");
  CHECK(plain == coaching);  // the same key: the same measure
}

TEST_CASE("a measure declared from data without a legal basis is an error that says what is missing") {
  auto d = coaching_data();
  d.section.clear();
  d.book.reset();
  CHECK_THROWS_AS(amip::declare_measure(d), amip::invalid_measure);
  CHECK(declared_error(d) ==
        "amip: the measure \"brueckencoaching_fuer_langzeitarbeitslose\" cannot be declared: it has no legal basis (a "
        "section such as \"§ 16f\" and its book, SGB II or SGB III)");

  d = coaching_data();
  d.section.clear();
  CHECK(declared_error(d) ==
        "amip: the measure \"brueckencoaching_fuer_langzeitarbeitslose\" cannot be declared: it "
        "has no section in its legal basis (such as \"§ 16f\")");
  d = coaching_data();
  d.book.reset();
  CHECK(declared_error(d) ==
        "amip: the measure \"brueckencoaching_fuer_langzeitarbeitslose\" cannot be declared: it "
        "has no book in its legal basis (SGB II or SGB III)");
  d = coaching_data();
  d.via_book.reset();
  CHECK(declared_error(d) ==
        "amip: the measure \"brueckencoaching_fuer_langzeitarbeitslose\" cannot be declared: it "
        "has a via norm without a book");
}

TEST_CASE("a measure declared from data names everything missing at once") {
  amip::measure_data d;
  d.german_name = "Ohne Schlüssel";
  CHECK(declared_error(d) ==
        "amip: the measure \"Ohne Schlüssel\" cannot be declared: it has no key, no legal basis (a section such as "
        "\"§ 16f\" and its book, SGB II or SGB III), no purpose group and no budget line that pays it");
  CHECK(declared_error(amip::measure_data{}) ==
        "amip: the measure without a key or name cannot be declared: it has no key, no German name, no legal basis (a "
        "section such as \"§ 16f\" and its book, SGB II or SGB III), no purpose group and no budget line that pays it");

  auto bad_key = coaching_data();
  bad_key.key = "Brücken coaching";
  CHECK(declared_error(bad_key) ==
        "amip: the measure \"Brücken coaching\" cannot be declared: it has a key that is "
        "not ASCII letters, digits, '_', '.' and '-'");
  auto amips_key = coaching_data();
  amips_key.key = "mat";
  CHECK(declared_error(amips_key) ==
        "amip: the measure \"mat\" cannot be declared: it has the key of amip's own measure \"Maßnahmen bei einem "
        "Träger\" (use amip::measure_id or amip::measure, or choose another key)");
}

TEST_CASE("a plan states and totals a measure declared from data and one declared in code") {
  auto const coaching = amip::declare_measure(coaching_data());
  amip::plan<amip::entry_count> p{owned_table(coaching)};
  // Plan 2026: MAT 300, coaching 120, workshop 60; Ergebnis 2025: 250, 80, 40.
  p.state(amip::measure::mat, plan_of(2026), 300 * entries).state(amip::measure::mat, actual_of(2025), 250 * entries);
  p.state(coaching, plan_of(2026), 120 * entries).state(coaching, actual_of(2025), 80 * entries);
  p.state(werkstatt, plan_of(2026), 60 * entries).state(werkstatt, actual_of(2025), 40 * entries);
  CHECK(p.total(coaching, plan_of(2026)) == 120 * entries);
  CHECK(p.total(coaching.ref(), actual_of(2025)) == 80 * entries);
  CHECK(p.total(werkstatt, plan_of(2026)) == 60 * entries);
  CHECK(p.total(p.structure().at("total"), plan_of(2026)) == 480 * entries);  // 300 + 120 + 60
  CHECK(p.structure().label(p.structure().at(coaching)) == "Brückencoaching für Langzeitarbeitslose in Musterstadt");

  // A catalogue without the measure says so, naming the measure by its key.
  CHECK_THROWS_WITH(amip::duesseldorf_2026::anlage1.at(coaching),
                    "amip: catalogue \"Planung EGT\" has no line for the measure "
                    "\"brueckencoaching_fuer_langzeitarbeitslose\"");

  // The comparison: coaching 120 against 80 is +50,0 % (1000 * 40 / 80 = 500 tenths).
  auto const cmp = amip::compare(p, plan_of(2026), actual_of(2025));
  CHECK(cmp.change(coaching).tenths_of_percent() == 500);
  CHECK(cmp.at(werkstatt).measure() == amip::measure_ref{werkstatt});
}

TEST_CASE("the cost model gives a rate to a measure of one's own and keeps it alive") {
  auto const rate = [](std::int64_t euros) {
    return amip::cost_rate::per_entry((amip::eur(euros) / (1 * entries)).round());
  };
  amip::cost_model rates;
  {
    auto const coaching = amip::declare_measure(coaching_data());
    rates.set(coaching, rate(2'400)).set(werkstatt, rate(3'000)).set(amip::measure::mat, rate(1'800));
    rates.set(coaching, rate(2'500));  // replaces the first rate
  }
  auto const coaching = amip::declare_measure(coaching_data());  // the same key: the same measure
  CHECK(rates.at(coaching).per_entry_cost() == (amip::eur(2'500) / (1 * entries)).round());
  CHECK(rates.at(werkstatt).per_entry_cost() == (amip::eur(3'000) / (1 * entries)).round());

  amip::plan<amip::entry_count> p{owned_table(coaching)};
  p.state(amip::measure::mat, plan_of(2026), 300 * entries)
      .state(coaching, plan_of(2026), 120 * entries)
      .state(werkstatt, plan_of(2026), 60 * entries);
  // 300 * 1.800 € + 120 * 2.500 € + 60 * 3.000 € = 540.000 + 300.000 + 180.000 = 1.020.000 €
  CHECK(amip::need(p, plan_of(2026), rates, amip::budget_line::egt) == amip::eur(1'020'000));

  amip::cost_model without_coaching;
  without_coaching.set(amip::measure::mat, rate(1'800)).set(werkstatt, rate(3'000));
  CHECK_THROWS_WITH(amip::need(p, plan_of(2026), without_coaching, amip::budget_line::egt),
                    "amip: Musterstadt, line coaching: 120 entries are planned for Plan 2026 and paid from the "
                    "Eingliederungstitel, but the cost model has no rate for the measure "
                    "\"brueckencoaching_fuer_langzeitarbeitslose\"");

  // A fit into 900.000 €: cut proportionally, each leaf to floor(entries * 900.000 / 1.020.000): MAT 264, coaching
  // 105, workshop 52 (the changes name their measures by key).
  auto const fitted =
      amip::fit(p, plan_of(2026), rates, amip::egt_money{amip::eur(900'000)}, amip::fit_policy::proportional());
  REQUIRE(fitted.changes.size() == 3);
  CHECK(fitted.changes[1].measure == coaching.ref());
  CHECK(fitted.changes[1].reason() ==
        "brueckencoaching_fuer_langzeitarbeitslose: 120 -> 105 entries (proportional cut to fit the allocation)");
}

TEST_CASE("rules check measures of one's own and their findings name them") {
  auto const coaching = amip::declare_measure(coaching_data());
  amip::plan<amip::entry_count> p{owned_table(coaching)};
  p.state(amip::measure::mat, plan_of(2026), 300 * entries).state(amip::measure::mat, actual_of(2025), 250 * entries);
  p.state(coaching, plan_of(2026), 120 * entries).state(coaching, actual_of(2025), 80 * entries);
  p.state(werkstatt, plan_of(2026), 30 * entries).state(werkstatt, actual_of(2025), 40 * entries);
  auto const rules = amip::rule{"coaching-grows", "Coaching grows", amip::checks::grows{coaching}} &&
                     amip::rule{"werkstatt-grows", "Workshop grows", amip::checks::grows{werkstatt}};
  auto const found = amip::check(p, plan_of(2026), actual_of(2025), rules);
  REQUIRE(found.size() == 2);
  CHECK(found[0].passed());  // 120 against 80
  CHECK(found[0].is_about(coaching.ref()));
  CHECK(found[0].result().label() == "BC-LZA (Musterstadt)");
  CHECK_FALSE(found[1].passed());  // 30 against 40: -25,0 %
  CHECK(found[1].is_about(werkstatt));
  CHECK(found[1].is_about("werkstatt"));

  // A rule of one's own, as a lambda, concerning both.
  auto const both =
      amip::rule{"both", "Both named", [&](auto const& cmp) {
                   return amip::outcome{cmp.change(coaching) > cmp.change(werkstatt), "coaching first", {}}
                       .concerning(coaching)
                       .concerning(werkstatt);
                 }};
  auto const named = amip::check(p, plan_of(2026), actual_of(2025), both);
  REQUIRE(named.size() == 1);
  CHECK(named[0].passed());
  CHECK(named[0].concerns().size() == 2);
  CHECK(named[0].is_about("brueckencoaching_fuer_langzeitarbeitslose"));
}

TEST_CASE("the CSV reader knows the measures of one's own it is given") {
  auto const coaching = amip::declare_measure(coaching_data());
  std::string const csv =
      "key;parent;children;measure;label;plan 2026\n"
      "total;;sum;;Gesamt;\n"
      "mat;total;sum;mat;;300\n"
      "coaching;total;sum;brueckencoaching_fuer_langzeitarbeitslose;;120\n"
      "werkstatt;total;sum;werkstatt;;60\n";

  // Not given: the error names the key, amip's keys and how to declare a measure of one's own, in the file or in
  // code (at the cell after "coaching;total;sum;", 19 characters: column 20).
  try {
    (void)amip::io::read_plan_csv(csv, "musterstadt.csv");
    FAIL("read a measure amip does not know");
  } catch (amip::io::csv_error const& e) {
    std::string const what = e.what();
    CHECK_THAT(what,
               Catch::Matchers::StartsWith("musterstadt.csv:4:20: \"brueckencoaching_fuer_langzeitarbeitslose\" "
                                           "is not the key of a measure; expected an empty cell or one of mat, "));
    CHECK_THAT(what, Catch::Matchers::EndsWith("a measure of one's own is declared in the file, by a line that names "
                                               "it in the column \"measure\" and states its legal basis, purpose "
                                               "group and budget line in the columns \"legal_basis\", \"purpose\" "
                                               "and \"budget_line\", or at run time with amip::declare_measure or in "
                                               "code as a tag derived from amip::own_measure, and given to the "
                                               "reader in csv_read_options::measures"));
  }

  // Given: the plan's catalogue keeps them, and totals by them. 300 + 120 + 60 = 480.
  amip::io::csv_read_options options;
  options.measures = {coaching, werkstatt};
  auto const read = amip::io::read_plan_csv(csv, "musterstadt.csv", options);
  auto const& table = read.structure();
  CHECK(read.plan().total(coaching, plan_of(2026)) == 120 * entries);
  CHECK(read.plan().total(werkstatt, plan_of(2026)) == 60 * entries);
  CHECK(read.plan().total(table.at("total"), plan_of(2026)) == 480 * entries);
  CHECK(table.label(table.at("coaching")) == "Brückencoaching für Langzeitarbeitslose in Musterstadt");

  // Against a catalogue with measures of one's own: they are known from its lines, nothing to give.
  auto const known = owned_table(coaching);
  auto const against = amip::io::read_plan_csv(
      "key;measure;plan 2026\nmat;mat;300\ncoaching;brueckencoaching_fuer_langzeitarbeitslose;120\nwerkstatt;;60\n",
      "musterstadt.csv", known);
  CHECK(against.plan().total(coaching, plan_of(2026)) == 120 * entries);
  // ... and a measure other than the line's is an error, as for amip's own.
  CHECK_THROWS_WITH(amip::io::read_plan_csv("key;measure;plan 2026\nmat;mat;300\ncoaching;werkstatt;120\n"
                                            "werkstatt;;60\n",
                                            "musterstadt.csv", known),
                    Catch::Matchers::StartsWith("musterstadt.csv:3:10: \"werkstatt\" is not the measure of "
                                                "\"coaching\" in the catalogue \"Musterstadt\"; expected "
                                                "\"brueckencoaching_fuer_langzeitarbeitslose\""));
}

TEST_CASE("reports name measures of one's own like amip's own") {
  auto const coaching = amip::declare_measure(coaching_data());
  amip::plan<amip::entry_count> p{owned_table(coaching)};
  p.state(amip::measure::mat, plan_of(2026), 300 * entries).state(amip::measure::mat, actual_of(2025), 250 * entries);
  p.state(coaching, plan_of(2026), 120 * entries).state(coaching, actual_of(2025), 80 * entries);
  p.state(werkstatt, plan_of(2026), 60 * entries).state(werkstatt, actual_of(2025), 40 * entries);
  auto const text = amip::report::to_text(amip::compare(p, plan_of(2026), actual_of(2025)));
  CHECK_THAT(text, Catch::Matchers::Contains("Brückencoaching für Langzeitarbeitslose in Musterstadt\t120\t80\t50,0%"));
  CHECK_THAT(text, Catch::Matchers::Contains("Jobwerkstatt\t60\t40\t50,0%"));
  std::ostringstream csv;
  amip::report::write_plan_csv(csv, p);
  CHECK_THAT(csv.str(), Catch::Matchers::Contains(";brueckencoaching_fuer_langzeitarbeitslose;"));
}

// ---------------------------------------------------------------------------------------------------------------
// Lifetimes: a measure declared from data inside a function; what is made with it is returned and read after the
// measure, its data and the catalogue's lines are gone.

namespace {

amip::plan<amip::entry_count> plan_with_a_measure_of_its_own() {
  auto data = coaching_data();
  auto const coaching = amip::declare_measure(data);
  data = {};
  amip::plan<amip::entry_count> p{owned_table(coaching)};
  // Plan 2026: 300 + 120 + 60 = 480; Ergebnis 2025: 250 + 80 + 40 = 370.
  p.state(amip::measure::mat, plan_of(2026), 300 * entries).state(amip::measure::mat, actual_of(2025), 250 * entries);
  p.state(coaching, plan_of(2026), 120 * entries).state(coaching, actual_of(2025), 80 * entries);
  p.state(werkstatt, plan_of(2026), 60 * entries).state(werkstatt, actual_of(2025), 40 * entries);
  return p;
}

amip::io::loaded_plan<> plan_read_with_a_measure_of_its_own() {
  amip::io::csv_read_options options;
  options.measures.push_back(amip::declare_measure(coaching_data()));
  std::string const csv =
      "key;parent;children;measure;label;plan 2026\ntotal;;sum;;;\nmat;total;sum;mat;;300\n"
      "coaching;total;sum;brueckencoaching_fuer_langzeitarbeitslose;;120\n";
  return amip::io::read_plan_csv(csv, "musterstadt.csv", options);
}

amip::findings findings_about_a_measure_of_its_own() {
  auto const p = plan_with_a_measure_of_its_own();
  auto const coaching = *p.structure()[p.structure().at("coaching")].measure;
  auto const rules = amip::rule{"coaching-grows", "Coaching grows", amip::checks::grows{coaching}};
  return amip::check(p, plan_of(2026), actual_of(2025), rules);
}

}  // namespace

TEST_CASE("a plan with a measure declared in a function outlives the measure and prints it") {
  auto const p = plan_with_a_measure_of_its_own();
  auto const& table = p.structure();
  auto const coaching = table.at("coaching");
  REQUIRE(table[coaching].measure.has_value());
  CHECK(table[coaching].measure->key() == "brueckencoaching_fuer_langzeitarbeitslose");
  CHECK(table[coaching].measure->info().basis.text() == "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III");
  CHECK(p.total(*table[coaching].measure, plan_of(2026)) == 120 * entries);
  CHECK(p.total(table.at("total"), actual_of(2025)) == 370 * entries);
  auto const text = amip::report::to_text(amip::compare(p, plan_of(2026), actual_of(2025)));
  // 480 against 370: 1000 * 110 / 370 = 297,3 tenths, 29,7 %
  CHECK_THAT(text, Catch::Matchers::Contains("Brückencoaching für Langzeitarbeitslose in Musterstadt\t120\t80\t50,0%"));

  auto copy = p;  // a copy shares the measure
  amip::plan<amip::entry_count> moved = std::move(copy);
  CHECK(moved.structure().label(moved.structure().at("coaching")) ==
        "Brückencoaching für Langzeitarbeitslose in Musterstadt");
}

TEST_CASE("a plan read with a measure given to the reader outlives the options and the measure") {
  auto const read = plan_read_with_a_measure_of_its_own();
  auto const& table = read.structure();
  CHECK(table.label(table.at("coaching")) == "Brückencoaching für Langzeitarbeitslose in Musterstadt");
  CHECK(read.plan().total(table.at("total"), plan_of(2026)) == 420 * entries);  // 300 + 120
}

TEST_CASE("findings about a measure declared in a function outlive the measure and the plan") {
  auto const found = findings_about_a_measure_of_its_own();
  REQUIRE(found.size() == 1);
  CHECK(found[0].passed());
  CHECK(found[0].is_about("brueckencoaching_fuer_langzeitarbeitslose"));
  CHECK(found[0].result().label() == "BC-LZA (Musterstadt)");
  std::ostringstream out;
  out << found;
  CHECK_THAT(out.str(), Catch::Matchers::Contains("BC-LZA (Musterstadt) change = 120 / 80 - 1 = +50,0 %"));
}
