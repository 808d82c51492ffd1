// Test helper: what a value writes to a stream.
#pragma once

#include <sstream>
#include <string>

#include <amip/report/ostream.hpp>

namespace amip_test {

/// The text `os << value` writes.
template <class T>
std::string printed(T const& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace amip_test
