// expect: cannot add estimate ranges of different kinds
// A demand estimate in persons (§ 16a) and a range of entries do not add up.
#include <amip/core/estimate.hpp>

int main() {
  constexpr auto childcare = amip::between(15 * amip::persons, 30 * amip::persons);
#ifdef AMIP_MUST_FAIL
  constexpr auto other = amip::between(800 * amip::entries, 900 * amip::entries);
#else
  constexpr auto other = amip::between(100 * amip::persons, 150 * amip::persons);
#endif
  auto const sum = childcare + other;
  return sum.low().value() > 0 ? 0 : 1;
}
