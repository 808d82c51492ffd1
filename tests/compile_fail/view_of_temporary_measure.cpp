// expect: a view of a temporary measure would dangle at once
// A measure declared at run time owns its traits; a view of a temporary one would dangle.
#include <amip/model/measure.hpp>

amip::owned_measure jobcoaching() {
  return amip::declare_measure({.key = "jobcoaching",
                                .german_name = "Jobcoaching",
                                .section = "§ 16f",
                                .book = amip::social_code::sgb_ii,
                                .purpose = amip::purpose_group::free_support,
                                .paid_from = amip::budget_line::egt});
}

int main() {
#ifdef AMIP_MUST_FAIL
  amip::measure_ref const view = jobcoaching().ref();
  return view.key().empty() ? 1 : 0;
#else
  auto const kept = jobcoaching();
  amip::measure_ref const view = kept.ref();
  return view.key().empty() ? 1 : 0;
#endif
}
