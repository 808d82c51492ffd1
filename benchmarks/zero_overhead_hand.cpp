// The zero-overhead benchmark's hand-written side (benchmarks/zero_overhead.hpp): Anlage 1's roll-up, comparison
// and the eight findings of duesseldorf_2026::plan_rules on plain int64 arrays, in a translation unit of its own.
#include <amip/model/measure.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>

#include "zero_overhead.hpp"

namespace zero_overhead {
namespace hand {
namespace {

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


}  // namespace

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

void bm_hand_written(benchmark::State& state) {
  auto const& programme = data();
  auto const& labels = hand_labels();
  hand::result out{};
  std::int64_t sum = 0;
  for (auto _ : state) {
    for (std::size_t j = 0; j < jobcenter_count; ++j) {
      for (std::size_t s = 0; s < scenario_count; ++s) {
        hand::evaluate(programme.prior(j), programme.scenario(j, s), labels, out);
        benchmark::DoNotOptimize(out);
        sum += hand::checksum(out);
      }
    }
  }
  benchmark::DoNotOptimize(sum);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(jobcenter_count * scenario_count));
}

}  // namespace zero_overhead
