// expect: the condition of only_when must take the subject and return bool
// A condition decides whether a rule applies: it answers yes or no, not with a measure.
#include <amip/model/offer.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const for_mag = amip::only_when([](amip::offer_spec const& o) { return o.measure; },
                                       amip::duesseldorf_2026::offer_placement_mandate);
#else
  auto const for_mag = amip::only_when([](amip::offer_spec const& o) { return o.measure == amip::measure_id::mag; },
                                       amip::duesseldorf_2026::offer_placement_mandate);
#endif
  return amip::check(amip::duesseldorf_2026::standard_offer(amip::measure_id::mag), for_mag).all_passed() ? 0 : 1;
}
