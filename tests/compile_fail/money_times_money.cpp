// expect: this product of quantities has no meaning
#include <amip/core/quantity.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const product = amip::eur(2) * amip::eur(3);
#else
  auto const product = amip::eur(2) * 3;
#endif
  return product.value() > 0 ? 0 : 1;
}
