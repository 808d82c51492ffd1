// Test helper: what a value writes to a stream.
#pragma once

#include <cstddef>
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

/// Line n of a text, counted from 0 (empty past its end).
inline std::string line_of(std::string const& text, std::size_t n) {
  std::istringstream in{text};
  std::string line;
  for (std::size_t i = 0; i <= n; ++i) {
    if (!std::getline(in, line)) return {};
  }
  return line;
}

}  // namespace amip_test
