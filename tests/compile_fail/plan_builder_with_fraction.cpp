// expect: plan_builder::with takes whole numbers of entries
// Entries are counted: a test's plan states whole numbers.
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>
#include <amip/testing/catch_matchers.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const p =
      amip::testing::plan_builder{amip::duesseldorf_2026::anlage1, amip::plan_of(2026), amip::actual_of(2025)}
          .with(amip::measure::agh, 1'600.5, 1'335)
          .build();
#else
  auto const p =
      amip::testing::plan_builder{amip::duesseldorf_2026::anlage1, amip::plan_of(2026), amip::actual_of(2025)}
          .with(amip::measure::agh, 1'600, 1'335)
          .build();
#endif
  return p.total(amip::measure::agh, amip::plan_of(2026)).value() > 0 ? 0 : 1;
}
