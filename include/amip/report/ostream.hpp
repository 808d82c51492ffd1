// Stream output of amip's values: std::cout << 1994 * amip::entries prints "1994 entries". The core and model
// headers do not include <ostream>; this header adds operator<< for what they define, by their to_string.
//
// Synopsis
//
//   namespace amip {
//   std::ostream& operator<<(std::ostream&, quantity<Unit>);      // "1994 entries", "1460000.00 EUR"
//   std::ostream& operator<<(std::ostream&, estimate_range<Q>);   // "15 to 30 persons"
//   std::ostream& operator<<(std::ostream&, line_money<Line>);    // "EGT 1460000.00 EUR"
//   std::ostream& operator<<(std::ostream&, period);              // "Plan 2026"
//   }
//
// These print plain ASCII for logs and test output; reports format numbers for people (number_format.hpp).
// Findings print through amip/rules/explanation.hpp.
#pragma once

#include <ostream>

#include <amip/core/estimate.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/period.hpp>
#include <amip/money/budget.hpp>

namespace amip {

/// Writes to_string(q): "1994 entries", "1460000.00 EUR".
template <class Unit>
std::ostream& operator<<(std::ostream& os, quantity<Unit> q) {
  return os << to_string(q);
}

/// Writes to_string(r).
template <class Q>
std::ostream& operator<<(std::ostream& os, estimate_range<Q> r) {
  return os << to_string(r);
}

/// Writes to_string(m): "EGT 1460000.00 EUR".
template <budget_line Line>
std::ostream& operator<<(std::ostream& os, line_money<Line> m) {
  return os << to_string(m);
}

/// Writes to_string(p): "Plan 2026".
inline std::ostream& operator<<(std::ostream& os, period p) { return os << to_string(p); }

}  // namespace amip
