// Zero overhead: roll-up, comparison and the built-in rule set over 405 synthetic Jobcenter plans × 32 scenarios,
// with amip's typed API against hand-written code on plain int64 arrays doing the same work, in the same run.
//
// Work per Jobcenter and scenario, on both sides:
//   1. load the scenario: the 16 leaves of Anlage 1 for "Plan 2026" (the "Ergebnis 2025" leaves stay);
//   2. roll up both periods through the purpose tree (25 lines);
//   3. the comparison: every line's figure now and prior and its change in tenths of a percent (the "Vergleich");
//   4. the built-in plan rules (duesseldorf_2026::plan_rules): 8 findings, each with its verdict, formula,
//      figures, label and the lines it concerns;
//   5. read the results (a checksum), so that nothing is computed for nothing.
// Before timing, both sides' results are compared field by field for every Jobcenter and scenario; the benchmark
// refuses to run when they differ.
//
//   amip_bench_zero_overhead --benchmark_repetitions=10 --benchmark_enable_random_interleaving=true
//       --benchmark_report_aggregates_only=true
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rules.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

#include "ratio_report.hpp"
#include "synthetic.hpp"

namespace {

using amip_bench::jobcenter_count;
using amip_bench::leaf_count;
using amip_bench::scenario_count;

constexpr amip::period now_period = amip::plan_of(2026);
constexpr amip::period prior_period = amip::actual_of(2025);
constexpr std::size_t line_count = 25;

// ---------------------------------------------------------------------------------------------------------------
// amip: the typed API as a user writes it

// Two typed sides: the plan of fixed capacity (a constexpr value, Anlage 1's type) and amip::plan (any number of
// lines and periods, its figures on the heap: what a plan read from a file is).
using fixed_typed_plan = amip::fixed_plan<amip::entry_count>;
using run_time_typed_plan = amip::plan<amip::entry_count>;

struct typed_row {
  std::optional<amip::entry_count> now;
  std::optional<amip::entry_count> prior;
  std::optional<std::int64_t> change;  // tenths of a percent
};

struct typed_result {
  std::array<typed_row, line_count> rows{};
  amip::findings findings;
};

// The lines of the 16 leaves, looked up once in the catalogue.
std::array<amip::line_index, leaf_count> const& leaf_lines() {
  static auto const lines = [] {
    std::array<amip::line_index, leaf_count> out{};
    for (std::size_t k = 0; k < leaf_count; ++k)
      out[k] = amip::duesseldorf_2026::anlage1.at(amip_bench::leaf_measures[k]);
    return out;
  }();
  return lines;
}

template <class typed_plan>
std::vector<typed_plan> make_typed_plans(amip_bench::programme const& data) {
  std::vector<typed_plan> plans;
  plans.reserve(jobcenter_count);
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    typed_plan p{amip::duesseldorf_2026::anlage1};
    for (std::size_t k = 0; k < leaf_count; ++k) {
      p.state(leaf_lines()[k], prior_period, data.prior(j)[k] * amip::entries);
      p.state(leaf_lines()[k], now_period, data.scenario(j, 0)[k] * amip::entries);
    }
    plans.push_back(p);
  }
  return plans;
}

template <class typed_plan>
void evaluate_typed(typed_plan& plan, std::int64_t const* scenario, typed_result& out) {
  auto const& lines = leaf_lines();
  std::array<amip::entry_count, leaf_count> figures;
  for (std::size_t k = 0; k < leaf_count; ++k) figures[k] = scenario[k] * amip::entries;
  plan.restate(now_period, lines, figures);
  auto const cmp = amip::compare(plan, now_period, prior_period);
  auto* out_row = out.rows.data();
  for (auto const row : cmp) {
    out_row->now = row.now();
    out_row->prior = row.prior();
    out_row->change = row.change().tenths_of_percent();
    ++out_row;
  }
  amip::check_into(out.findings, cmp, amip::duesseldorf_2026::plan_rules);
}

std::int64_t checksum(typed_result const& r) {
  std::int64_t sum = 0;
  for (auto const& row : r.rows) {
    sum += row.now ? row.now->value() : 0;
    sum += row.prior ? row.prior->value() : 0;
    sum += row.change.value_or(0);
  }
  for (auto const& f : r.findings) {
    sum += f.passed() ? 1 : 0;
    for (auto const& fig : f.figures()) sum += fig.known ? fig.value : 0;
  }
  return sum;
}

// ---------------------------------------------------------------------------------------------------------------
// Hand-written: plain int64 arrays, the tree and the rules written out for this one table

namespace hand {

// Anlage 1's tree as a hand-written program knows it: each line's parent; a parent precedes its children.
constexpr std::array<int, line_count> parent{-1, 0,  1, 2,  3,  3, 3, 0,  7,  8,  8, 1, 11,
                                             11, 11, 1, 15, 15, 0, 1, 19, 19, 19, 1, 1};
constexpr std::array<std::size_t, leaf_count> leaf_line{4, 5, 6, 9, 10, 12, 13, 14, 16, 17, 18, 20, 21, 22, 23, 24};
enum leaf : std::size_t { mat = 4, avgs_mat = 5, mag = 6, egz = 12, einstiegsgeld = 13, agh = 20, p16e = 21 };

enum format : std::uint8_t { count = 0, change = 2, limit = 3, yes_no = 6 };

struct rule_desc {
  char const* id;
  char const* title;
  char const* reference;
  std::uint8_t level;  // 0 info, 1 warning, 2 error
};

struct figure {
  char const* name;
  std::int64_t value;
  std::uint8_t format;
  bool known;
};

struct finding {
  rule_desc const* rule;
  char const* formula;
  char const* label;
  std::array<char const*, 2> concerns;
  std::array<figure, 4> figures;
  std::uint8_t concern_count;
  std::uint8_t figure_count;
  bool passed;
};

struct row {
  std::int64_t now;
  std::int64_t prior;
  std::int64_t change;
  bool change_known;
};

struct result {
  std::array<row, line_count> rows;
  std::array<finding, 8> findings;
};

constexpr char const* purchased_title =
    "Purchased measures (MAT, MAG) grow at the expense of AVGS (Ausbau eingekaufter Maßnahmen zu Lasten des AVGS)";
constexpr rule_desc purchased{"purchased-measures-grow-avgs-shrinks", purchased_title, "Abschnitt 1", 1};
constexpr rule_desc more_for{"more-for-egz-esg-16e", "More for EGZ, ESG and § 16e (Mehr Mittel für EGZ, ESG und § 16e)",
                             "Abschnitt 1", 1};
constexpr rule_desc mag_grows{
    "mag-grows", "Measures with an employer grow (Steigerung der Maßnahmen beim Arbeitgeber, MAG)", "Abschnitt 3", 1};
constexpr rule_desc agh_moderate{"agh-moderate-expansion",
                                 "AGH expand moderately (Moderater Ausbau der Plätze in Arbeitsgelegenheiten; "
                                 "'moderate' is amip's assumption)",
                                 "Abschnitt 1", 1};
constexpr rule_desc funding{"funding-reservation",
                            "The plan stands under a funding reservation (Die Planung steht unter einem "
                            "Finanzierungsvorbehalt)",
                            "Abschnitt 2; Anlage 1", 0};

constexpr char const* grows_from_zero =
    "{label}: {0} against {1}: grows from zero ({now_period} against {prior_period})";
constexpr char const* no_growth_from_zero =
    "{label}: {0} against {1}: does not grow ({now_period} against {prior_period})";
constexpr char const* grows_text = "{label} change = {0} / {1} - 1 = {2} > 0 % ({now_period} against {prior_period})";
constexpr char const* no_growth =
    "{label} change = {0} / {1} - 1 = {2} ≤ 0 % ({now_period} against {prior_period}): does not grow";
constexpr char const* nothing_to_shrink =
    "{label}: {0} against {1}: nothing to shrink from ({now_period} against {prior_period})";
constexpr char const* shrinks_text = "{label} change = {0} / {1} - 1 = {2} < 0 % ({now_period} against {prior_period})";
constexpr char const* no_shrink =
    "{label} change = {0} / {1} - 1 = {2} ≥ 0 % ({now_period} against {prior_period}): does not shrink";
constexpr char const* too_fast_from_zero =
    "{label}: {0} against {1}: grows from zero, more than {3} ({now_period} against {prior_period})";
constexpr char const* too_fast =
    "{label} change = {0} / {1} - 1 = {2} > {3} ({now_period} against {prior_period}): grows more than moderately";
constexpr char const* moderate =
    "{label} change = {0} / {1} - 1 = {2}: > 0 % and ≤ {3} ({now_period} against {prior_period})";
constexpr char const* reservation_open =
    "the plan stands under a funding reservation (Finanzierungsvorbehalt): the allocation "
    "(Eingliederungsmittelverordnung) is not yet known, so every figure holds only if the money comes";

// 1000 * (now - prior) / prior, half away from zero; no value for x against 0 (x != 0); 0 against 0 is 0.
inline row change_row(std::int64_t now, std::int64_t prior) {
  if (prior == 0) return {now, prior, 0, now == 0};
  std::int64_t const num = 1000 * (now - prior);
  std::int64_t q = num / prior;
  std::int64_t const r = num % prior;
  if (2 * (r < 0 ? -r : r) >= (prior < 0 ? -prior : prior)) q += (num < 0) != (prior < 0) ? -1 : 1;
  return {now, prior, q, true};
}

inline finding growth(rule_desc const& rule, char const* label, char const* key_a, char const* key_b, std::int64_t now,
                      std::int64_t prior, bool grow) {
  row const c = change_row(now, prior);
  finding f{&rule,
            nullptr,
            label,
            {key_a, key_b},
            {figure{"now", now, count, true}, figure{"prior", prior, count, true},
             figure{"change", c.change, change, c.change_known}, figure{}},
            static_cast<std::uint8_t>(key_b == nullptr ? 1 : 2),
            3,
            false};
  if (grow) {
    f.passed = now > prior;
    f.formula = prior == 0 ? (f.passed ? grows_from_zero : no_growth_from_zero) : (f.passed ? grows_text : no_growth);
  } else {
    f.passed = prior != 0 && now < prior;
    f.formula = prior == 0 ? nothing_to_shrink : (f.passed ? shrinks_text : no_shrink);
  }
  return f;
}

struct labels {
  char const* avgs_mat;
  char const* mag;
  char const* egz;
  char const* einstiegsgeld;
  char const* p16e;
  char const* agh;
};

void evaluate(std::int64_t const* prior_leaves, std::int64_t const* scenario, labels const& label, result& out) {
  std::array<std::int64_t, line_count> now{};
  std::array<std::int64_t, line_count> prior{};
  for (std::size_t k = 0; k < leaf_count; ++k) {
    now[leaf_line[k]] = scenario[k];
    prior[leaf_line[k]] = prior_leaves[k];
  }
  for (std::size_t i = line_count - 1; i > 0; --i) {
    auto const p = static_cast<std::size_t>(parent[i]);
    now[p] += now[i];
    prior[p] += prior[i];
  }
  for (std::size_t i = 0; i < line_count; ++i) out.rows[i] = change_row(now[i], prior[i]);

  out.findings[0] = growth(purchased, "MAT + MAG", "mat", "mag", now[mat] + now[mag], prior[mat] + prior[mag], true);
  out.findings[1] = growth(purchased, label.avgs_mat, "avgs_mat", nullptr, now[avgs_mat], prior[avgs_mat], false);
  out.findings[2] = growth(more_for, label.egz, "egz", nullptr, now[egz], prior[egz], true);
  out.findings[3] =
      growth(more_for, label.einstiegsgeld, "einstiegsgeld", nullptr, now[einstiegsgeld], prior[einstiegsgeld], true);
  out.findings[4] = growth(more_for, label.p16e, "p16e", nullptr, now[p16e], prior[p16e], true);
  out.findings[5] = growth(mag_grows, label.mag, "mag", nullptr, now[mag], prior[mag], true);

  // AGH: grows, by no more than 25 %.
  std::int64_t const a = now[agh];
  std::int64_t const b = prior[agh];
  finding& f = out.findings[6];
  f = growth(agh_moderate, label.agh, "agh", nullptr, a, b, true);
  f.figures[3] = {"limit", 250, limit, true};
  f.figure_count = 4;
  if (a <= b) {
    f.passed = false;
    f.formula = b == 0 ? no_growth_from_zero : no_growth;
  } else if (b == 0 || 4 * (a - b) > b) {
    f.passed = false;
    f.formula = b == 0 ? too_fast_from_zero : too_fast;
  } else {
    f.passed = true;
    f.formula = moderate;
  }
  out.findings[7] = {&funding, reservation_open, "", {}, {figure{"allocation known", 0, yes_no, true}}, 0, 1, false};
}

std::int64_t checksum(result const& r) {
  std::int64_t sum = 0;
  for (auto const& row : r.rows) sum += row.now + row.prior + (row.change_known ? row.change : 0);
  for (auto const& f : r.findings) {
    sum += f.passed ? 1 : 0;
    for (std::size_t i = 0; i < f.figure_count; ++i) sum += f.figures[i].known ? f.figures[i].value : 0;
  }
  return sum;
}

}  // namespace hand

hand::labels const& hand_labels() {
  static hand::labels const l{amip::info_of(amip::measure_id::avgs_mat).abbreviation.data(),
                              amip::info_of(amip::measure_id::mag).abbreviation.data(),
                              amip::info_of(amip::measure_id::egz).abbreviation.data(),
                              amip::info_of(amip::measure_id::einstiegsgeld).abbreviation.data(),
                              amip::info_of(amip::measure_id::p16e).abbreviation.data(),
                              amip::info_of(amip::measure_id::agh).abbreviation.data()};
  return l;
}

// ---------------------------------------------------------------------------------------------------------------
// Same results, field by field

bool same_text(std::string_view a, char const* b) { return a == std::string_view{b == nullptr ? "" : b}; }

bool same(typed_result const& t, hand::result const& h, std::size_t j, std::size_t s) {
  auto const fail = [&](char const* what, std::size_t i) {
    std::fprintf(stderr, "amip_bench_zero_overhead: Jobcenter %zu, scenario %zu: %s %zu differs\n", j, s, what, i);
    return false;
  };
  for (std::size_t i = 0; i < line_count; ++i) {
    auto const& a = t.rows[i];
    auto const& b = h.rows[i];
    if (!a.now || a.now->value() != b.now || !a.prior || a.prior->value() != b.prior) return fail("figure of line", i);
    if (a.change.has_value() != b.change_known || (b.change_known && *a.change != b.change))
      return fail("change of line", i);
  }
  if (t.findings.size() != h.findings.size()) return fail("number of findings", t.findings.size());
  for (std::size_t i = 0; i < h.findings.size(); ++i) {
    auto const& a = t.findings[i];
    auto const& b = h.findings[i];
    if (!same_text(a.rule_id(), b.rule->id) || !same_text(a.title(), b.rule->title) ||
        !same_text(a.reference(), b.rule->reference) || static_cast<std::uint8_t>(a.level()) != b.rule->level)
      return fail("rule of finding", i);
    if (a.passed() != b.passed || a.is_negated()) return fail("verdict of finding", i);
    if (!same_text(a.result().formula(), b.formula) || !same_text(a.result().label(), b.label))
      return fail("formula or label of finding", i);
    if (a.now_period() != now_period || a.prior_period() != prior_period) return fail("periods of finding", i);
    if (a.concerns().size() != b.concern_count) return fail("lines concerned by finding", i);
    for (std::size_t c = 0; c < b.concern_count; ++c) {
      if (!same_text(a.concerns()[c], b.concerns[c])) return fail("lines concerned by finding", i);
    }
    if (a.figures().size() != b.figure_count) return fail("figures of finding", i);
    for (std::size_t k = 0; k < b.figure_count; ++k) {
      auto const& x = a.figures()[k];
      auto const& y = b.figures[k];
      if (!same_text(x.name, y.name) || x.value != y.value || static_cast<std::uint8_t>(x.format) != y.format ||
          x.known != y.known)
        return fail("figure of finding", i);
    }
  }
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// The benchmarks

amip_bench::programme const& data() {
  static auto const d = amip_bench::make_programme();
  return d;
}

template <class typed_plan>
void bm_typed(benchmark::State& state) {
  auto plans = make_typed_plans<typed_plan>(data());
  typed_result out;
  std::int64_t sum = 0;
  for (auto _ : state) {
    for (std::size_t j = 0; j < jobcenter_count; ++j) {
      for (std::size_t s = 0; s < scenario_count; ++s) {
        evaluate_typed(plans[j], data().scenario(j, s), out);
        benchmark::DoNotOptimize(out);
        sum += checksum(out);
      }
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(jobcenter_count * scenario_count));
}

void bm_hand_written(benchmark::State& state) {
  auto const& labels = hand_labels();
  hand::result out{};
  std::int64_t sum = 0;
  for (auto _ : state) {
    for (std::size_t j = 0; j < jobcenter_count; ++j) {
      for (std::size_t s = 0; s < scenario_count; ++s) {
        hand::evaluate(data().prior(j), data().scenario(j, s), labels, out);
        benchmark::DoNotOptimize(out);
        sum += hand::checksum(out);
      }
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(jobcenter_count * scenario_count));
}

// Both sides on every Jobcenter and scenario: the same rows, the same findings, the same checksums.
template <class typed_plan>
bool results_agree() {
  auto plans = make_typed_plans<typed_plan>(data());
  typed_result t;
  hand::result h{};
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    for (std::size_t s = 0; s < scenario_count; ++s) {
      evaluate_typed(plans[j], data().scenario(j, s), t);
      hand::evaluate(data().prior(j), data().scenario(j, s), hand_labels(), h);
      if (!same(t, h, j, s) || checksum(t) != hand::checksum(h)) return false;
    }
  }
  return true;
}

}  // namespace

BENCHMARK(bm_typed<fixed_typed_plan>)->Name("zero_overhead/amip")->Unit(benchmark::kMillisecond);
BENCHMARK(bm_typed<run_time_typed_plan>)->Name("zero_overhead/amip_run_time_plan")->Unit(benchmark::kMillisecond);
BENCHMARK(bm_hand_written)->Name("zero_overhead/hand_written")->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  if (!results_agree<fixed_typed_plan>() || !results_agree<run_time_typed_plan>()) return 1;
  std::printf("amip and the hand-written code agree on %zu plans x %zu scenarios (rows and findings)\n",
              jobcenter_count, scenario_count);
  return amip_bench::run_with_ratios(
      argc, argv,
      {{"zero overhead, typed / hand-written", "zero_overhead/amip", "zero_overhead/hand_written",
        amip_bench::shown_as::time_ratio, "<= 1.05 (goal 1.02)", 1.05},
       {"zero overhead, run-time plan (amip::plan) / hand-written", "zero_overhead/amip_run_time_plan",
        "zero_overhead/hand_written", amip_bench::shown_as::time_ratio, "<= 1.05 (goal 1.02)", 1.05}});
}
