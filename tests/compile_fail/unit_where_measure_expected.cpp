// expect: expects a measure tag
// A unit constant is a tag, but not a measure tag.
#include <amip/core/quantity.hpp>
#include <amip/model/measure.hpp>

int main() {
#ifdef AMIP_MUST_FAIL
  auto const id = amip::id_of(amip::entries);
#else
  auto const id = amip::id_of(amip::measure::mat);
#endif
  return id == amip::measure_id::mat ? 0 : 1;
}
