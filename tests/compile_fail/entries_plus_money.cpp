// expect: cannot add quantities of different kinds
// Entries (Eintritte) and money are different quantities: adding them is a compile error.
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto sum = 1'994 * amip::entries + amip::eur(1'460'000);
#else
  auto sum = 1'994 * amip::entries + 1'500 * amip::entries;
#endif
  return sum.value() > 0 ? 0 : 1;
}
