// expect: money of a budget line adds only to money of the same line
#include <amip/money/budget.hpp>

int main() {
  amip::egt_money const egt{amip::eur(1'000)};
#ifdef AMIP_MUST_FAIL
  auto const sum = egt + amip::eur(500);
#else
  auto const sum = egt + amip::egt_money{amip::eur(500)};
#endif
  return sum.amount().value() > 0 ? 0 : 1;
}
