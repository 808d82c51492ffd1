// expect: a rate applies only to the count it is a rate of
// A cost per entry-month times person-months is not money.
#include <amip/money/cost.hpp>

int main() {
  auto const monthly = (amip::eur(300) / ((1 * amip::entries) * (1 * amip::months))).round();
#ifdef AMIP_MUST_FAIL
  amip::money const cost = monthly * ((10 * amip::persons) * (6 * amip::months));
#else
  amip::money const cost = monthly * ((10 * amip::entries) * (6 * amip::months));
#endif
  return cost.value() > 0 ? 0 : 1;
}
