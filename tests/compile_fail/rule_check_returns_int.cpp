// expect: the check of a rule returns bool, an amip::outcome, or a std::vector or std::array of amip::outcome
// A check says whether something holds; a number is no verdict.
#include <amip/rules/rule.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const count = amip::rule{"count", "a count", [](int subject) { return subject + 1; }};
#else
  auto const count = amip::rule{"count", "a count", [](int subject) { return subject + 1 > 0; }};
#endif
  return amip::check(1, count).all_passed() ? 0 : 1;
}
