// expect: an estimate range is scaled only by a whole number
#include <amip/core/estimate.hpp>

int main() {
  constexpr auto childcare = amip::between(15 * amip::persons, 30 * amip::persons);
#ifdef AMIP_MUST_FAIL
  auto const scaled = childcare * 1.5;
#else
  auto const scaled = childcare * 2;
#endif
  return scaled.low().value() > 0 ? 0 : 1;
}
