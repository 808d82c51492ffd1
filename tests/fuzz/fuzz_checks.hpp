// What every fuzz target of the plan reader checks of a read, whatever else it does (tests/fuzz/plan_csv.fuzz.cpp,
// tests/fuzz/plan_csv_read.fuzz.cpp): a broken promise aborts, so that libFuzzer keeps the input.
#pragma once

#include <amip/io/csv.hpp>
#include <amip/io/plan_csv.hpp>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace amip_fuzz {

using amip::io::csv_error_kind;

inline void require(bool ok, char const* what) {
  if (ok) return;
  std::fprintf(stderr, "plan_csv fuzz: broken promise: %s\n", what);
  std::abort();
}

inline bool is_consistency(csv_error_kind kind) {
  return kind == csv_error_kind::total_disagrees || kind == csv_error_kind::known_parts_exceed ||
         kind == csv_error_kind::part_exceeds_whole || kind == csv_error_kind::sum_overflow;
}

// Errors come in file order, each at a line and column >= 1 of the file named, with a message in valid UTF-8.
template <class Read>
void check_errors(Read const& read, std::string_view file) {
  std::size_t line = 0;
  std::size_t column = 0;
  for (auto const& e : read.errors()) {
    require(e.file == file, "an error names the file");
    require(e.line >= 1 && e.column >= 1, "line and column are 1-based");
    require(e.line > line || (e.line == line && e.column >= column), "errors come in file order");
    line = e.line;
    column = e.column;
    require(!e.message.empty() && amip::io::is_valid_utf8(e.message), "a message is a sentence in valid UTF-8");
    require(e.to_string().starts_with(std::string(file) + ":"), "to_string starts with the file name");
  }
}

}  // namespace amip_fuzz
