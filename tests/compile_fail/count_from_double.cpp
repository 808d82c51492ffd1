// expect: counts are whole numbers
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const planned = 2.5 * amip::entries;
#else
  auto const planned = 2 * amip::entries;
#endif
  return planned.value() > 0 ? 0 : 1;
}
