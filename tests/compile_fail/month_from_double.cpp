// expect: a month is a whole number from 1 to 12
// A month is a whole number: month_of(2019, 7.5) would silently be July, so it does not compile.
#include <amip/model/period.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const july = amip::actual_of(amip::month_of(2019, 7.5));
#else
  auto const july = amip::actual_of(amip::month_of(2019, 7));
#endif
  return july.part.number() == 7 ? 0 : 1;
}
