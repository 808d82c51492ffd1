// expect: cannot add quantities of different kinds
// Entries (a flow in a year) and persons (a stock at a date) do not add up.
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto sum = 800 * amip::entries + 390 * amip::persons;
#else
  auto sum = 334 * amip::persons + 390 * amip::persons;
#endif
  return sum.value() > 0 ? 0 : 1;
}
