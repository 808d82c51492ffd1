// expect: cannot add a raw number to a quantity
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const sum = 95 * amip::entries + 5;
#else
  auto const sum = 95 * amip::entries + 5 * amip::entries;
#endif
  return sum.value() > 0 ? 0 : 1;
}
