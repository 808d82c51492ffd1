// expect: both bounds of an estimate range are quantities of one kind
#include <amip/core/estimate.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const range = amip::between(15 * amip::entries, 30 * amip::persons);
#else
  auto const range = amip::between(15 * amip::persons, 30 * amip::persons);
#endif
  return range.low().value() > 0 ? 0 : 1;
}
