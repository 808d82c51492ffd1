// libFuzzer target for the CSV tokenizer alone (amip/io/csv.hpp), with each delimiter it is used with.
//
// Besides "no crash, no leak, no undefined behaviour" it checks what the tokenizer promises:
//   - records come in text order: each starts on a later line than the one before, at or after its end, and
//     its raw bytes [begin, end) lie inside the text;
//   - every record has a cell; cells start at increasing positions (line, then column), lines and columns >= 1,
//     the first cell where the record starts;
//   - the only errors are bad_quoting and bad_encoding, in text order, each at a cell of a broken record, and every
//     broken record has one;
//   - in a record that is not broken every cell is valid UTF-8, and a cell holding a quote, the delimiter or a
//     line break came quoted: written back as RFC 4180 says, the records read again the same, without errors;
//   - a record without quotes is its cells joined by the delimiter; read_csv finds the same records and errors.
// Build and run (clang 14):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude \
//       tests/fuzz/csv.fuzz.cpp -o /tmp/fuzz_csv
//   sh tests/fuzz/run_fuzzer.sh /tmp/fuzz_csv tests/fuzz/corpus/csv 60
#include <amip/io/csv.hpp>
#include <amip/io/diagnostic.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace {

using amip::io::csv_error_kind;
using amip::io::csv_record;

void require(bool ok, char const* what) {
  if (ok) return;
  std::fprintf(stderr, "csv fuzz: broken promise: %s\n", what);
  std::abort();
}

bool before(std::size_t line_a, std::size_t column_a, std::size_t line_b, std::size_t column_b) {
  return line_a < line_b || (line_a == line_b && column_a < column_b);
}

struct tokenized {
  std::vector<csv_record> records;
  std::vector<amip::io::csv_diagnostic> errors;
};

tokenized tokenize(std::string_view text, char delimiter) {
  amip::io::csv_diagnostics errors{"fuzz.csv"};
  amip::io::csv_tokenizer tokenizer{text, delimiter, errors};
  tokenized out;
  for (csv_record record; tokenizer.next(record);) out.records.push_back(record);
  require(tokenizer.line() >= (out.records.empty() ? 1 : out.records.back().line), "the end is after the records");
  out.errors = errors.found();
  return out;
}

// The records written back: every cell quoted, each quote doubled, records ended by LF.
std::string written(std::vector<csv_record> const& records, char delimiter) {
  std::string out;
  for (auto const& r : records) {
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      if (i != 0) out += delimiter;
      out += '"';
      for (char const c : r.cells[i].text) out.append(c == '"' ? 2 : 1, c);
      out += '"';
    }
    out += '\n';
  }
  return out;
}

void check(std::string_view text, char delimiter) {
  auto const read = tokenize(text, delimiter);
  std::size_t previous_line = 0;
  std::size_t previous_end = 0;
  std::size_t error = 0;
  std::vector<csv_record> sound;
  for (auto const& r : read.records) {
    require(r.line > previous_line, "each record starts on a later line");
    require(r.begin >= previous_end && r.begin <= r.end && r.end <= text.size(), "raw bytes in order, in the text");
    require(!r.cells.empty(), "a record has a cell");
    require(r.cells.front().line == r.line, "the first cell is where the record starts");
    for (std::size_t i = 0; i < r.cells.size(); ++i) {
      auto const& c = r.cells[i];
      require(c.line >= 1 && c.column >= 1, "lines and columns are 1-based");
      if (i != 0) require(before(r.cells[i - 1].line, r.cells[i - 1].column, c.line, c.column), "cells in order");
    }
    // This record's errors: those at its cells (errors come in text order, records too).
    std::size_t mine = 0;
    while (error < read.errors.size()) {
      auto const& e = read.errors[error];
      bool at_a_cell = false;
      for (auto const& c : r.cells) at_a_cell |= e.line == c.line && e.column == c.column;
      if (!at_a_cell) break;
      require(e.kind == csv_error_kind::bad_quoting || e.kind == csv_error_kind::bad_encoding, "only syntax errors");
      ++mine;
      ++error;
    }
    require(r.broken == (mine != 0), "a record is broken exactly when it has an error");
    if (!r.broken) {
      auto const raw = text.substr(r.begin, r.end - r.begin);
      std::string joined;
      for (std::size_t i = 0; i < r.cells.size(); ++i) {
        auto const& c = r.cells[i];
        require(amip::io::is_valid_utf8(c.text), "a sound cell is valid UTF-8");
        if (raw.find('"') == std::string_view::npos) {
          require(c.text.find_first_of(std::string{'"', '\n', '\r', delimiter}) == std::string::npos,
                  "a cell with a quote, the delimiter or a line break came quoted");
        }
        if (i != 0) joined += delimiter;
        joined += c.text;
      }
      if (raw.find('"') == std::string_view::npos) require(joined == raw, "an unquoted record is its cells");
      sound.push_back(r);
    }
    previous_line = r.cells.back().line;
    previous_end = r.end;
  }
  require(error == read.errors.size(), "every error is at a cell of a record, in order");

  // The sound records, written back with quotes, read again the same (comment lines become quoted cells: '#'
  // starts a comment only unquoted).
  auto const again = tokenize(written(sound, delimiter), delimiter);
  require(again.errors.empty(), "written records read without errors");
  require(again.records.size() == sound.size(), "written records read as many");
  for (std::size_t k = 0; k < sound.size(); ++k) {
    require(again.records[k].cells.size() == sound[k].cells.size(), "the same cells");
    for (std::size_t i = 0; i < sound[k].cells.size(); ++i) {
      require(again.records[k].cells[i].text == sound[k].cells[i].text, "the same text");
    }
  }

  // read_csv is the tokenizer over the whole text (without a byte order mark).
  if (!text.starts_with(amip::io::utf8_bom)) {
    auto const table = amip::io::read_csv(text, "fuzz.csv", delimiter);
    require(table.records.size() == read.records.size(), "read_csv reads the same records");
    require(table.errors == read.errors, "read_csv finds the same errors");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const text(reinterpret_cast<char const*>(data), size);
  check(text, amip::io::detect_delimiter(text));
  check(text, size % 3 == 0 ? ';' : size % 3 == 1 ? ',' : '\t');
  return 0;
}
