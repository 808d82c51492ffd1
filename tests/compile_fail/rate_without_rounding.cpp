// expect: call .round\(\) on it
// Money divided by cases is exact; a rate in cents needs an explicit rounding.
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  amip::cost_per<amip::case_count> const per_case = amip::eur(1'460'000) / (219 * amip::cases);
#else
  amip::cost_per<amip::case_count> const per_case = (amip::eur(1'460'000) / (219 * amip::cases)).round();
#endif
  return per_case.value() > 0 ? 0 : 1;
}
