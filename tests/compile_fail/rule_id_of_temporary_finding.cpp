// expect: the rule id of a temporary finding would dangle at once
// A finding owns its texts; a view of them from a temporary finding would dangle at once.
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rule.hpp>

#include <string_view>

int main() {
  auto const offer = amip::duesseldorf_2026::standard_offer(amip::measure_id::mat);
  auto const all = amip::check(offer, amip::duesseldorf_2026::offer_rules());
#ifdef AMIP_MUST_FAIL
  std::string_view const id = amip::finding{all[0]}.rule_id();
#else
  amip::finding const first = all[0];
  std::string_view const id = first.rule_id();
#endif
  return id.empty() ? 1 : 0;
}
