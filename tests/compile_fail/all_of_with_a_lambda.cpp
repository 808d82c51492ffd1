// expect: all_of composes rules .* one of its arguments is not a rule
// A bare lambda is not a rule: it has no id, title or severity to report.
#include <amip/rules/rule.hpp>

int main() {
  auto const positive = amip::rule{"positive", "the subject is positive", [](int subject) { return subject > 0; }};
#ifdef AMIP_MUST_FAIL
  auto const both = amip::all_of(positive, [](int subject) { return subject < 10; });
#else
  auto const both = amip::all_of(positive, amip::rule{"small", "below 10", [](int subject) { return subject < 10; }});
#endif
  return amip::check(5, both).all_passed() ? 0 : 1;
}
