// expect: conversion from|no viable conversion|cannot convert
// A figure the seed gives as "rd." (about) does not silently become an exact one: .value() says so.
#include <amip/core/estimate.hpp>

int main() {
  constexpr auto budget = amip::about(2'500 * amip::entries);  // "Vermittlungsbudget (rd. 2.500)"
#ifdef AMIP_MUST_FAIL
  amip::entry_count const exact = budget;
#else
  amip::entry_count const exact = budget.value();
#endif
  return exact.value() > 0 ? 0 : 1;
}
