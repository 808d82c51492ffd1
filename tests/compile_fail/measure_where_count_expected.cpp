// expect: a measure tag names a measure, it is not a unit
// A measure tag is not a unit: 5 * amip::measure::mat is not a count of anything.
#include <amip/core/quantity.hpp>
#include <amip/model/measure.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const planned = 5 * amip::measure::mat;
#else
  auto const planned = 5 * amip::entries;
#endif
  return planned.value() > 0 ? 0 : 1;
}
