// expect: cannot compare quantities of different kinds
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  bool const same = 390 * amip::entries == 390 * amip::persons;
#else
  bool const same = 390 * amip::persons == 390 * amip::persons;
#endif
  return same ? 0 : 1;
}
