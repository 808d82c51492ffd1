// expect: a rate applies only to the count it is a rate of
// A cost per entry times persons is not money.
#include <amip/core/quantity.hpp>

int main() {
  amip::cost_per<amip::entry_count> const per_entry = (amip::eur(1'000) / (4 * amip::entries)).round();
#ifdef AMIP_MUST_FAIL
  amip::money const cost = per_entry * (390 * amip::persons);
#else
  amip::money const cost = per_entry * (390 * amip::entries);
#endif
  return cost.value() > 0 ? 0 : 1;
}
