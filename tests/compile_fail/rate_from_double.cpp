// expect: a quantity is never a floating-point value
// A cost rate is money: never a double.
#include <amip/money/cost.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const rate = amip::cost_rate::per_entry(1'234.56);
#else
  auto const rate = amip::cost_rate::per_entry((amip::cents(123'456) / (1 * amip::entries)).round());
#endif
  return rate.per_entry_cost().value() > 0 ? 0 : 1;
}
