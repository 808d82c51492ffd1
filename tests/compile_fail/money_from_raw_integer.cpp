// expect: a quantity is never made from a raw number
// Money is never made from a bare number: is it euros or cents?
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  amip::money allocation = 1'460'000;
#else
  amip::money allocation = amip::eur(1'460'000);
#endif
  return allocation.value() > 0 ? 0 : 1;
}
