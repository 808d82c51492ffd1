// expect: a quantity is never scaled by a floating-point value
// 90 % of a need is exact: money times a double would round in silence.
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>

int main() {
  auto const need = amip::eur(1'000);
#ifdef AMIP_MUST_FAIL
  auto const funded = need * 0.9;
#else
  auto const funded = (need * amip::percent(90)).round();
#endif
  return funded.value() > 0 ? 0 : 1;
}
