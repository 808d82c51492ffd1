// expect: never a floating-point value
// Money is integral euro cents, never floating point.
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const rate = amip::eur(6'666.67);
#else
  auto const rate = amip::cents(666'667);
#endif
  return rate.value() > 0 ? 0 : 1;
}
