// expect: error_every_rule_needs_an_id_and_a_title
// expect in notes: a missing legal basis or id is a value, caught in constant evaluation
// A finding names its rule: a rule without an id (or a title) does not compile as a constant.
#include <amip/rules/rule.hpp>

#ifdef AMIP_MUST_FAIL
constexpr auto positive = amip::rule{"", "the subject is positive", [](int subject) { return subject > 0; }};
#else
constexpr auto positive = amip::rule{"positive", "the subject is positive", [](int subject) { return subject > 0; }};
#endif

int main() { return amip::check(1, positive).all_passed() ? 0 : 1; }
