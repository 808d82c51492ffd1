// Values own what they show: plans, catalogues and findings returned from functions and built in loops, read after
// everything they were made from is gone. Run under AddressSanitizer (the asan preset) a view that dangled would be
// a heap-use-after-free here; the expected values are the ones the inputs state, worked out in the comments.
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/comparison_checks.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/rule.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

using amip::actual_of;
using amip::entries;
using amip::plan_of;

namespace {

// Labels longer than a std::string holds in place (15 characters in libstdc++), so that each is on the heap, where
// AddressSanitizer sees a read after it is freed.
std::string const total_label = "Eintritte insgesamt in alle Maßnahmen des Programms";
std::string const mat_label = "Maßnahmen bei einem Träger, aus der Datei gelesen";
std::string const agh_label = "Arbeitsgelegenheiten, aus der Datei gelesen";

// Reproduction (a) of issue 13: a plan read from CSV text, returned from a helper. The text, the file name and the
// result of the read are all gone when the caller reads the plan.
amip::plan<amip::entry_count> plan_from_a_helper() {
  std::string const csv =
      "key;parent;children;measure;label;plan 2026;actual 2025\n"
      "total;;sum;;" +
      total_label + ";;\n" + "mat;total;sum;mat;" + mat_label + ";600;500\n" + "agh;total;sum;agh;" + agh_label +
      ";300;250\n";
  std::string const file = std::string("a file name longer than fifteen characters.csv");
  auto l = amip::io::read_plan_csv(csv, file);
  return l.plan();
}

}  // namespace

TEST_CASE("a plan read from CSV text and returned from a helper keeps its labels, keys, figures and source") {
  auto const p = plan_from_a_helper();
  auto const& table = p.structure();
  REQUIRE(table.size() == 3);
  CHECK(table.owns_lines());
  CHECK(table.name() == "a file name longer than fifteen characters.csv");
  CHECK(table.label(amip::line_index{0}) == total_label);
  CHECK(table.label(amip::line_index{1}) == mat_label);
  CHECK(table.label(amip::line_index{2}) == agh_label);
  CHECK(table[amip::line_index{2}].key == "agh");
  // total = mat + agh: 600 + 300 = 900 (plan 2026), 500 + 250 = 750 (actual 2025)
  CHECK(p.total(amip::line_index{0}, plan_of(2026)) == 900 * entries);
  CHECK(p.total(amip::line_index{0}, actual_of(2025)) == 750 * entries);
  CHECK(p.total(amip::measure::agh, plan_of(2026)) == 300 * entries);
  CHECK(p.source(plan_of(2026)) == "a file name longer than fifteen characters.csv");
}

TEST_CASE("the plan of a temporary read result is moved out of it and lives on alone") {
  std::optional<amip::plan<amip::entry_count>> kept;
  {
    std::string const csv =
        "key;parent;children;measure;label;plan 2026\n"
        "total;;sum;;" +
        total_label + ";\n" + "mat;total;sum;mat;" + mat_label + ";42\n";
    kept.emplace(amip::io::read_plan_csv(csv, std::string(40, 'x') + ".csv").plan());
  }
  CHECK(kept->structure().label(amip::line_index{1}) == mat_label);
  CHECK(kept->total(amip::line_index{0}, plan_of(2026)) == 42 * entries);  // the one line under the total: 42
  CHECK(kept->source(plan_of(2026)) == std::string(40, 'x') + ".csv");
}

TEST_CASE("catalogues built in a loop from strings that go out of scope own their keys and labels") {
  std::vector<amip::plan<amip::entry_count>> plans;
  for (int i = 0; i < 5; ++i) {
    std::string const name = "catalogue number " + std::to_string(i) + " built at run time";
    std::vector<amip::owned_line> lines;
    lines.push_back({"total-line-with-a-long-key-" + std::to_string(i), amip::line_kind::total});
    lines.push_back({"leaf-line-with-a-long-key-" + std::to_string(i), amip::line_kind::leaf, 0,
                     amip::children_rule::sum, std::nullopt, std::nullopt, false,
                     "Zeile " + std::to_string(i) + " mit einem langen deutschen Namen",
                     "line " + std::to_string(i) + " with a long English name"});
    amip::catalog const table{name, std::move(lines), "Zeile der Tabelle " + std::to_string(i)};
    amip::plan<amip::entry_count> p{table};
    p.state(amip::line_index{1}, plan_of(2026), (100 + i) * entries);
    plans.push_back(p);
  }  // name, lines and table are gone; each plan holds its catalogue
  for (int i = 0; i < 5; ++i) {
    auto const& p = plans[static_cast<std::size_t>(i)];
    auto const& table = p.structure();
    CHECK(table.name() == "catalogue number " + std::to_string(i) + " built at run time");
    CHECK(table.label_header() == "Zeile der Tabelle " + std::to_string(i));
    CHECK(table.label_header(amip::language::english) == "Line");
    CHECK(table[amip::line_index{0}].key == "total-line-with-a-long-key-" + std::to_string(i));
    CHECK(table.at("leaf-line-with-a-long-key-" + std::to_string(i)) == amip::line_index{1});
    CHECK(table.label(amip::line_index{1}) == "Zeile " + std::to_string(i) + " mit einem langen deutschen Namen");
    CHECK(table.label(amip::line_index{1}, amip::language::english) ==
          "line " + std::to_string(i) + " with a long English name");
    CHECK(p.total(amip::line_index{0}, plan_of(2026)) == (100 + i) * entries);  // the total of its one leaf
  }
}

TEST_CASE("a catalogue built at run time outlives the catalogue it was copied from") {
  std::optional<amip::catalog> copy;
  {
    std::vector<amip::owned_line> lines{{"a key longer than fifteen characters", amip::line_kind::leaf}};
    amip::catalog const original{std::string(30, 'n'), std::move(lines)};
    copy = original;
    amip::catalog assigned = original;
    assigned = *copy;  // assigning a catalogue to another keeps both alive
  }
  CHECK(copy->name() == std::string(30, 'n'));
  CHECK(copy->lines()[0].key == "a key longer than fifteen characters");
}

TEST_CASE("a catalogue built at run time refuses lines that do not form a tree, and leaks nothing") {
  std::vector<amip::owned_line> lines{{"twice-the-same-key-here", amip::line_kind::leaf},
                                      {"twice-the-same-key-here", amip::line_kind::leaf}};
  CHECK_THROWS_AS((amip::catalog{"doubled", std::move(lines)}), amip::invalid_catalog);
}

TEST_CASE("describe keeps a copy of a source given as a temporary string") {
  auto p = amip::duesseldorf_2026::egt_plan();
  for (int i = 0; i < 3; ++i) {
    p.describe(plan_of(2026), "Anlage 1, as revised in round " + std::to_string(i) + " of the planning");
  }
  auto const copy = p;  // copies share what the plan keeps
  p = amip::duesseldorf_2026::egt_plan();
  CHECK(copy.source(plan_of(2026)) == "Anlage 1, as revised in round 2 of the planning");
  CHECK(copy.source(actual_of(2025)) == "Anlage 1");  // a literal, as egt_plan() describes it
  CHECK(p.source(plan_of(2026)) == "Anlage 1");
}

TEST_CASE("figures_of a named plan reads the figures of its period") {
  auto const egt = amip::duesseldorf_2026::egt_plan();
  auto const figures = egt.figures_of(plan_of(2026));
  // Anlage 1: "mit FbW / Reha" plans 8.510 entries for 2026 (the seed, and the README's first example)
  CHECK(figures[amip::duesseldorf_2026::lines::with_fbw_reha] == 8'510 * entries);
  CHECK(figures.holds());
}

namespace {

// Findings of a rule made at run time from strings, on a plan read from CSV text with long keys: the plan, the
// rule, the comparison and every string are gone when the caller reads the findings.
amip::findings findings_of_a_plan_that_is_gone() {
  std::string const csv =
      "key;parent;children;measure;label;plan 2026;actual 2025\n"
      "total;;sum;;" +
      total_label + ";;\n" + "mat-line-read-from-the-file;total;sum;mat;" + mat_label + ";600;500\n" +
      "agh-line-read-from-the-file;total;sum;agh;" + agh_label + ";300;250\n";
  auto const p = amip::io::read_plan_csv(csv, "plan.csv").plan();
  std::string const key = std::string("agh-line-read-") + "from-the-file";
  std::string const label = "AGH, a label built at run time for this rule";
  std::string const id = std::string("agh-grows-") + "a-rule-made-at-run-time";
  std::string const title = "AGH grow, in a rule whose id and title are built at run time";
  amip::checks::line_ref const line{key, label};  // a view of key and label, which outlive the rule here
  auto const r = amip::rule{id, title, amip::checks::grows{line}};
  return amip::check(amip::compare(p, plan_of(2026), actual_of(2025)), r);
}

}  // namespace

TEST_CASE("findings kept after their plan, rule and strings are gone show their label, key, id and figures") {
  auto const all = findings_of_a_plan_that_is_gone();
  REQUIRE(all.size() == 1);
  auto const& f = all[0];
  CHECK(f.rule_id() == "agh-grows-a-rule-made-at-run-time");
  CHECK(f.title() == "AGH grow, in a rule whose id and title are built at run time");
  CHECK(f.result().label() == "AGH, a label built at run time for this rule");
  REQUIRE(f.concerns().size() == 1);
  CHECK(f.concerns()[0] == "agh-line-read-from-the-file");
  CHECK(f.is_about("agh-line-read-from-the-file"));
  // AGH: 300 planned for 2026 against 250 in 2025: 300 / 250 - 1 = 0,2 = +20,0 % (200 tenths of a percent), grows
  CHECK(f.passed());
  CHECK(f.value_of("now") == 300);
  CHECK(f.value_of("prior") == 250);
  CHECK(f.value_of("change") == 200);
  CHECK(amip::explanation(f) ==
        "AGH, a label built at run time for this rule change = 300 / 250 - 1 = +20,0 % > 0 % (Plan 2026 against "
        "Ergebnis 2025)");
}

TEST_CASE("findings of a check whose label, key and figure name are built per loop iteration own them") {
  amip::findings all;
  for (int i = 0; i < 3; ++i) {
    std::string const label = "label number " + std::to_string(i) + " made in the loop";
    std::string const key = "key-number-" + std::to_string(i) + "-made-in-the-loop";
    std::string const name = "figure name " + std::to_string(i) + " made in the loop";
    auto const r = amip::rule{"rule-" + std::to_string(i) + "-with-a-long-id-made-in-the-loop",
                              "A rule made in a loop, with a long title", [&](amip::offer_spec const&) {
                                return amip::outcome{true,
                                                     std::string("{label}: {0} (a formula built at run time)"),
                                                     {amip::integer_figure(name, 7 + i)}}
                                    .concerning(key)
                                    .labelled(label);
                              }};
    all.append(amip::check(amip::duesseldorf_2026::standard_offer(amip::measure_id::mat), r));
  }  // label, key, name and the rule are gone
  REQUIRE(all.size() == 3);
  for (int i = 0; i < 3; ++i) {
    auto const& f = all[static_cast<std::size_t>(i)];
    CHECK(f.rule_id() == "rule-" + std::to_string(i) + "-with-a-long-id-made-in-the-loop");
    CHECK(f.result().label() == "label number " + std::to_string(i) + " made in the loop");
    CHECK(f.is_about("key-number-" + std::to_string(i) + "-made-in-the-loop"));
    CHECK(f.figures()[0].name == "figure name " + std::to_string(i) + " made in the loop");
    CHECK(f.value_of("figure name " + std::to_string(i) + " made in the loop") == 7 + i);
    CHECK(amip::explanation(f) == "label number " + std::to_string(i) + " made in the loop: " + std::to_string(7 + i) +
                                      " (a formula built at run time)");
  }
}

// Findings keep their texts as views, with one chain of owned strings per finding (amip/rules/finding.hpp): the
// cases below are where that chain is replaced, shared or carried over.
namespace {
// A rule whose id, title, label, line key and figure name are built from `n` at run time, and gone on return.
auto rule_made_at_run_time(int n) {
  std::string const id = "rule-" + std::to_string(n) + "-whose-id-is-built-at-run-time";
  std::string const title = "Rule " + std::to_string(n) + ", whose title is built at run time";
  return amip::rule{id, title, [n](amip::offer_spec const&) {
                      return amip::outcome{n % 2 == 0,
                                           std::string("{label}: {0}"),
                                           {amip::integer_figure("figure of rule " + std::to_string(n), n)}}
                          .concerning("key-of-rule-" + std::to_string(n))
                          .labelled("label of rule " + std::to_string(n));
                    }};
}
void check_rule_made_at_run_time(amip::finding const& f, int n) {
  CHECK(f.rule_id() == "rule-" + std::to_string(n) + "-whose-id-is-built-at-run-time");
  CHECK(f.title() == "Rule " + std::to_string(n) + ", whose title is built at run time");
  CHECK(f.rule().id == f.rule_id());
  CHECK(f.result().label() == "label of rule " + std::to_string(n));
  CHECK(f.is_about("key-of-rule-" + std::to_string(n)));
  REQUIRE(f.figures().size() == 1);
  CHECK(f.figures()[0].name == "figure of rule " + std::to_string(n));
  CHECK(f.value_of("figure of rule " + std::to_string(n)) == n);
  CHECK(amip::explanation(f) == "label of rule " + std::to_string(n) + ": " + std::to_string(n));
}
}  // namespace

TEST_CASE("findings refilled by check_into show the texts of the last run, and a copy of an earlier run its own") {
  auto const offer = amip::duesseldorf_2026::standard_offer(amip::measure_id::mat);
  amip::findings found;
  amip::findings first_run;
  for (int n = 1; n <= 3; ++n) {
    amip::check_into(found, offer, rule_made_at_run_time(n));  // the spare finding of the run before is refilled
    REQUIRE(found.size() == 1);
    check_rule_made_at_run_time(found[0], n);
    if (n == 1) first_run = found;
  }  // every rule and string of the runs is gone
  check_rule_made_at_run_time(found[0], 3);
  check_rule_made_at_run_time(first_run[0], 1);  // refilling `found` changed nothing the copy shares
}

TEST_CASE("not_ of a rule made at run time keeps its texts, turned round") {
  amip::findings kept;
  {
    auto const r = amip::not_(rule_made_at_run_time(4));
    kept = amip::check(amip::duesseldorf_2026::standard_offer(amip::measure_id::mat), r);
  }
  REQUIRE(kept.size() == 1);
  // rule 4 passes (4 is even), so not_ of it fails
  CHECK(kept[0].failed());
  CHECK(kept[0].is_negated());
  CHECK(kept[0].rule_id() == "rule-4-whose-id-is-built-at-run-time");
  CHECK(amip::explanation(kept[0]) == "not (label of rule 4: 4)");
}

TEST_CASE("a copy of an outcome with texts built at run time outlives the outcome it was copied from") {
  std::optional<amip::outcome> copy;
  {
    std::string const label = "a label built for this outcome alone, long enough to be on the heap";
    amip::outcome const o = amip::outcome{false}.labelled(label).concerning(label + " (key)");
    copy = o;
  }
  CHECK(copy->label() == "a label built for this outcome alone, long enough to be on the heap");
  REQUIRE(copy->concerns().size() == 1);
  CHECK(copy->concerns()[0] == "a label built for this outcome alone, long enough to be on the heap (key)");
}

TEST_CASE("the finding on a part-time offer keeps the reason after the offer and its string are gone") {
  amip::findings kept;
  {
    std::string const reason = "care for a relative, as the participant states it";
    auto offer = amip::duesseldorf_2026::standard_offer(amip::measure_id::mat);
    offer.time = amip::time_model::part_time;
    offer.part_time_reason = reason;
    kept = amip::check(offer, amip::duesseldorf_2026::offer_rules());
  }
  auto const found =
      std::find_if(kept.begin(), kept.end(), [](auto const& f) { return f.rule_id() == "offer-full-time"; });
  REQUIRE(found != kept.end());
  CHECK(found->passed());  // part time, with a reason
  CHECK(found->result().label() == "care for a relative, as the participant states it");
  CHECK(amip::explanation(*found) ==
        "part time (Teilzeit) for a reason: care for a relative, as the participant states it");
}

namespace {

// A plan read from CSV text with long keys, labels and file name (on the heap), and a handle of one of its lines,
// both returned from a helper: the text, the file name and the read result are gone when the caller uses them.
std::string const mat_key = "mat-line-with-a-key-longer-than-fifteen-characters";
std::string const agh_key = "agh-line-with-a-key-longer-than-fifteen-characters";

struct plan_and_handle {
  amip::plan<amip::entry_count> plan;
  amip::line_handle mat;
};

plan_and_handle plan_and_handle_from_a_helper() {
  std::string const csv =
      "key;parent;children;measure;label;plan 2026;actual 2025\n"
      "total;;sum;;" +
      total_label + ";;\n" + "activation;total;sum;;Aktivierung;;\n" + mat_key + ";activation;sum;mat;" + mat_label +
      ";600;500\n" + "mag;activation;sum;mag;MAG;100;80\n" + agh_key + ";total;sum;agh;" + agh_label + ";300;250\n";
  auto l = amip::io::read_plan_csv(csv, std::string("a file name longer than fifteen characters.csv"));
  auto p = l.plan();
  auto const mat = p.structure().handle(mat_key);
  return {std::move(p), mat};
}

}  // namespace

TEST_CASE("a plan read from CSV and returned from a helper with a handle of its line reads it through the handle") {
  auto const got = plan_and_handle_from_a_helper();
  // the file's mat: 600 planned for 2026, 500 in 2025
  CHECK(got.plan.figure(got.mat, plan_of(2026)) == 600 * entries);
  CHECK(got.plan.figures_of(actual_of(2025))[got.mat] == 500 * entries);
  CHECK(got.mat.key() == mat_key);
  CHECK(got.mat.catalog_name() == "a file name longer than fifteen characters.csv");
  CHECK(got.plan.structure().label(got.mat) == mat_label);
  // A handle made after the return, and Anlage 1's, refused with both catalogues named.
  CHECK(got.plan.figure(got.plan.structure().handle(agh_key), plan_of(2026)) == 300 * entries);
  CHECK_THROWS_WITH(got.plan.figure(amip::duesseldorf_2026::lines::mat, plan_of(2026)),
                    "amip: the line \"mat\" of the catalogue \"Planung EGT\" is not a line of the catalogue \"a file "
                    "name longer than fifteen characters.csv\"; its position there is another line. Ask by key "
                    "(\"mat\") or by measure for the line of that name in \"a file name longer than fifteen "
                    "characters.csv\"");
}

TEST_CASE("a handle kept after its plan is gone still names its line, and plans read later refuse it") {
  std::optional<amip::line_handle> kept;
  {
    auto const got = plan_and_handle_from_a_helper();
    kept = got.mat;
  }  // the plan and its catalogue's other holders are gone: the handle keeps the catalogue
  CHECK(kept->key() == mat_key);
  CHECK(kept->catalog_name() == "a file name longer than fifteen characters.csv");
  CHECK(kept->index() == amip::line_index{2});
  // Plans read afterwards from the same text may get their catalogue where an earlier one was; a handle of another
  // catalogue is refused all the same, while the key finds their own mat (600).
  for (int i = 0; i < 3; ++i) {
    auto const later = plan_and_handle_from_a_helper();
    CHECK_THROWS_AS(later.plan.figure(*kept, plan_of(2026)), amip::line_error);
    CHECK(later.plan.figure(mat_key, plan_of(2026)) == 600 * entries);
    CHECK(later.plan.figure(later.mat, plan_of(2026)) == 600 * entries);
  }
}
