// A rule of one's own in a few lines: "AGH grow no faster than § 16i" (a planner's own check, not the seed's),
// composed with the seed's plan rules and run on the embedded plan, once as the seed plans and once for a scenario.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rules.hpp>

#include <iostream>

// The rule: a check on a comparison (plan against prior), returning an outcome with its formula and figures.
constexpr auto agh_not_faster_than_16i = amip::rule{
    "agh-not-faster-than-16i", "AGH grow no faster than § 16i", [](auto const& cmp) {
      auto const agh = cmp.change(amip::measure::agh);
      auto const p16i = cmp.change(amip::measure::p16i);
      bool const holds = agh <= p16i;  // exact; false where either change has no value (against 0)
      return amip::outcome{holds,
                           holds ? "AGH change {0} ≤ § 16i change {1}" : "AGH change {0}, not ≤ § 16i change {1}",
                           {amip::change_figure("AGH", agh), amip::change_figure("§ 16i", p16i)}}
          .concerning(amip::measure::agh)
          .concerning(amip::measure::p16i);
    }};

// Composed with the seed's plan rules: ours runs last.
constexpr auto rules = amip::duesseldorf_2026::plan_rules && agh_not_faster_than_16i;
constexpr auto egt = amip::duesseldorf_2026::egt_plan();

// At compile time: 9 findings; the seed's two open ones (§ 16e, the funding reservation) fail, ours passes.
static_assert(amip::check(egt, amip::plan_of(2026), amip::actual_of(2025), rules).size() == 9);
static_assert(amip::check(egt, amip::plan_of(2026), amip::actual_of(2025), rules).count_failed() == 2);

namespace {
void report(amip::findings const& found) {
  std::cout << found << found.count_failed() << " of " << found.size() << " findings failed, "
            << found.count_failed(amip::severity::error) << " of them errors\n\n";
}
}  // namespace

int main() {
  std::cout << "The seed's plan rules and agh-not-faster-than-16i, Plan 2026 against Ergebnis 2025\n\n";
  report(amip::check(egt, amip::plan_of(2026), amip::actual_of(2025), rules));

  // A scenario: AGH planned at 2.500 (+87,3 %) instead of 1.600.
  auto scenario = egt;
  scenario.restate(amip::measure::agh, amip::plan_of(2026), 2'500 * amip::entries);
  std::cout << "Scenario: AGH 2.500\n\n";
  auto const found = amip::check(scenario, amip::plan_of(2026), amip::actual_of(2025), rules);
  report(found);
  return found.count_failed(amip::severity::error) == 1 ? 0 : 1;
}
