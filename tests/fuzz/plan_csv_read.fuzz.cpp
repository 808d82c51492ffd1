// libFuzzer target for the plan CSV reader (amip/io/plan_csv.hpp), one read per input: the light companion of
// tests/fuzz/plan_csv.fuzz.cpp, fast enough for runs of many millions of inputs (tests/fuzz/README.md records them).
//
// The input's first byte chooses the read: self-describing, against amip::duesseldorf_2026::anlage1, with a forced
// delimiter and number convention, or as a plan per quantity (read_plans_csv). Besides "no crash, no leak, no
// undefined behaviour", the errors keep the reader's promises (tests/fuzz/fuzz_checks.hpp): file order, 1-based
// line and column, a message in valid UTF-8.
// Build and run (clang 14):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude \
//       tests/fuzz/plan_csv_read.fuzz.cpp -o /tmp/fuzz_plan_csv_read
//   sh tests/fuzz/run_fuzzer.sh /tmp/fuzz_plan_csv_read tests/fuzz/corpus/plan_csv 60
#include <amip/io/plan_csv.hpp>
#include <amip/core/language.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const text(reinterpret_cast<char const*>(data), size);
  auto const choice = size == 0 ? 0U : static_cast<unsigned>(data[0]);
  switch (choice % 4) {
    case 0:
      amip_fuzz::check_errors(amip::io::read_plan_csv_collecting(text, "fuzz.csv"), "fuzz.csv");
      break;
    case 1:
      amip_fuzz::check_errors(amip::io::read_plan_csv_collecting(text, "fuzz.csv", amip::duesseldorf_2026::anlage1),
                              "fuzz.csv");
      break;
    case 2: {
      amip::io::csv_read_options forced;
      constexpr char delimiters[] = {',', ';', '\t'};
      forced.delimiter = delimiters[(choice / 4) % 3];
      forced.numbers = (choice / 12) % 2 == 0 ? amip::language::english : amip::language::german;
      forced.require_every_leaf = false;
      amip_fuzz::check_errors(amip::io::read_plan_csv_collecting(text, "fuzz.csv", forced), "fuzz.csv");
      break;
    }
    default:
      amip_fuzz::check_errors(amip::io::read_plans_csv_collecting(text, "fuzz.csv"), "fuzz.csv");
  }
  return 0;
}
