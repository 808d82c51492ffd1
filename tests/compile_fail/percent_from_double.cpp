// expect: percentages are exact; pass a whole number of percent
// A share is exact: percent(50.9) would silently be 50 %, so it does not compile.
#include <amip/core/ratio.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const half = amip::percent(50.9);
#else
  auto const half = amip::percent(50);
#endif
  return half.denominator() == 2 ? 0 : 1;
}
