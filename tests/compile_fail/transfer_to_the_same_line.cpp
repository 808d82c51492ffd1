// expect: a transfer moves money between two different budget lines
// A transfer names its target line as a template argument; moving EGT money to the EGT does not compile.
#include <amip/money/budget.hpp>

int main() {
  amip::budget year{2026};
  year.allocate(amip::egt_money{amip::eur(100)});
#ifdef AMIP_MUST_FAIL
  year.transfer<amip::budget_line::egt>(amip::egt_money{amip::eur(10)}, "Umschichtung");
#else
  year.transfer<amip::budget_line::vwhh>(amip::egt_money{amip::eur(10)}, "Umschichtung");
#endif
  return year.transfers().size() == 1 ? 0 : 1;
}
