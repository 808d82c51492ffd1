// expect: cannot add money of different budget lines
// EGT money and VwHH money do not mix: moving money between lines is a recorded transfer (Umschichtung).
#include <amip/money/budget.hpp>

int main() {
  amip::egt_money const egt{amip::eur(1'000)};
#ifdef AMIP_MUST_FAIL
  auto const sum = egt + amip::vwhh_money{amip::eur(500)};
#else
  auto const sum = egt + amip::egt_money{amip::eur(500)};
#endif
  return sum.amount().value() > 0 ? 0 : 1;
}
