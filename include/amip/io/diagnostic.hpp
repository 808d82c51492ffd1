// Errors in CSV files: what users catch and print when a file cannot be read (amip/io/csv.hpp, amip/io/plan_csv.hpp).
//
// Synopsis
//
//   namespace amip::io {
//   enum class csv_error_kind { empty_file, bad_encoding, bad_quoting, …, negative_count, …, missing_quantity,
//                               bad_date, date_outside_years,        // a CSV of records (io/records_csv.hpp)
//                               header_only, empty_subset_total };   // the last two: warnings, not errors
//   constexpr std::string_view name_of(csv_error_kind);   // "negative_count", stable: for logs and scripts
//   constexpr bool is_warning(csv_error_kind);            // header_only, empty_subset_total
//   struct csv_diagnostic {                                 // one error, comparable with ==
//     csv_error_kind kind; std::string file; std::size_t line, column; std::string text, message;
//     std::string to_string() const;                        // "plan.csv:7:12: \"-5\" is a negative count; ..."
//   };
//   class csv_error : public std::invalid_argument {        // thrown for the first error; what() is to_string()
//     csv_diagnostic const& diagnostic() const;
//   };
//   class csv_diagnostics {                                 // the errors of one read, as a reader collects them
//     explicit csv_diagnostics(std::string_view file);
//     void add(kind, line, column, text, message);
//     std::vector<csv_diagnostic> const& found() const;     // in the order found
//     std::vector<csv_diagnostic> sorted() &&;              // by line and column
//   };
//   }
//
// Lines and columns are 1-based; a column counts UTF-8 code points from the line's start to the offending cell's
// start (a byte order mark is not counted). bad_encoding and bad_quoting come from the CSV syntax (amip/io/csv.hpp),
// the other kinds from reading a plan (amip/io/plan_csv.hpp).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace amip::io {

/// What is wrong with a CSV file: its syntax, or a plan in it. Each kind has one sentence in csv_diagnostic::message.
enum class csv_error_kind : unsigned char {
  empty_file,              ///< no bytes, or no header line (only comments and blank lines)
  bad_encoding,            ///< a cell is not valid UTF-8
  bad_quoting,             ///< a quote never closed, text after a closing quote, or a quote in an unquoted cell
  missing_column,          ///< the header lacks key (and, self-describing, parent, children or label)
  unknown_column,          ///< a header cell is neither a structure column nor a period "<kind> <when>"
  duplicate_column,        ///< a column named twice (a period: twice of the same unit)
  too_many_periods,        ///< more period columns than the plan type holds
  column_count,            ///< a line with more or fewer cells than the header
  invalid_key,             ///< an empty key, or one with characters other than ASCII letters, digits, '_', '.', '-'
  unknown_key,             ///< against a catalogue: a key it does not have
  duplicate_key,           ///< a key on a second line
  too_many_lines,          ///< more lines than the plan type holds
  unknown_parent,          ///< a parent that no line of the file has as its key
  cycle,                   ///< a parent that is the line itself or a line below it
  bad_children_rule,       ///< children neither sum (davon) nor subset (darunter)
  unknown_measure,         ///< a measure key neither amip's, nor given to the reader, nor declared in the file
  /// a measure declared in the file (legal_basis, …) that cannot be declared, or a line stating traits of a measure
  /// other than its own
  bad_measure_declaration,
  disagrees_with_catalog,  ///< against a catalogue: a parent, children rule, measure or label other than its own
  not_a_number,            ///< a figure that is not a number in the file's convention
  negative_count,          ///< a figure below 0 (a count or an amount)
  count_overflow,          ///< a figure outside the range of std::int64_t (of cents, for money)
  missing_leaf,            ///< against a catalogue: a leaf without a line in the file
  total_disagrees,         ///< a stated total that is not the sum of its "davon" lines
  known_parts_exceed,      ///< a stated total below what its known "davon" lines already add up to
  part_exceeds_whole,      ///< a "darunter" line larger than the line it is part of
  sum_overflow,            ///< lines whose sum leaves the range of std::int64_t
  unknown_period,          ///< a period column whose kind word, time or version cannot be read ("Budget 2026")
  unknown_unit,            ///< a period column's unit in brackets that amip does not know ("[Stück]")
  ambiguous_number,        ///< a figure that means one thing in German and another in English ("1,500")
  decimals_in_count,       ///< a count with decimals ("1,5" entries)
  too_many_decimals,       ///< an amount in euros with more than two decimals ("1,505")
  bad_number_convention,   ///< a "# numbers:" line that declares no convention, or another one than declared
  missing_quantity,        ///< no period column of the plan's quantity, but columns of others
  bad_date,                ///< a CSV of records: a date that is not a day of the calendar ("31.02.2026")
  date_outside_years,      ///< a CSV of records: a date outside the years being counted
  // Warnings (collected_plan::warnings()): the file can be read, but it likely does not say what was meant.
  header_only,             ///< a header line and no data line
  empty_subset_total,      ///< a "darunter" total left empty in a period where some of its lines have figures
};

/// The stable name of an error kind: "negative_count".
[[nodiscard]] constexpr std::string_view name_of(csv_error_kind kind) noexcept {
  // clang-format off
  constexpr std::array<std::string_view, 37> names{
      "empty_file", "bad_encoding", "bad_quoting", "missing_column", "unknown_column", "duplicate_column",
      "too_many_periods", "column_count", "invalid_key", "unknown_key", "duplicate_key", "too_many_lines",
      "unknown_parent", "cycle", "bad_children_rule", "unknown_measure", "bad_measure_declaration",
      "disagrees_with_catalog", "not_a_number",
      "negative_count", "count_overflow", "missing_leaf", "total_disagrees", "known_parts_exceed",
      "part_exceeds_whole", "sum_overflow", "unknown_period", "unknown_unit", "ambiguous_number",
      "decimals_in_count", "too_many_decimals", "bad_number_convention", "missing_quantity", "bad_date",
      "date_outside_years", "header_only", "empty_subset_total"};
  // clang-format on
  return names[static_cast<std::size_t>(kind)];
}

/// The kinds a reader reports as warnings (collected_plan::warnings()), not as errors: header_only and
/// empty_subset_total.
[[nodiscard]] constexpr bool is_warning(csv_error_kind kind) noexcept {
  return kind == csv_error_kind::header_only || kind == csv_error_kind::empty_subset_total;
}

/// One error in a CSV file: where (file, line, column), what text, and a sentence saying what was expected.
struct csv_diagnostic {
  /// What kind of error it is (or warning: is_warning).
  csv_error_kind kind{};
  std::string file;        ///< the name the caller gave ("plan.csv")
  std::size_t line = 0;    ///< 1-based
  std::size_t column = 0;  ///< 1-based, in UTF-8 code points (a byte order mark is not counted): the cell's start
  std::string text;        ///< the offending text as read (a cell unquoted; a whole line for a wrong column count)
  std::string message;     ///< "\"-5\" is a negative count; expected a whole number of entries of 0 or more"

  /// "plan.csv:7:12: \"-5\" is a negative count; expected a whole number of entries of 0 or more"
  [[nodiscard]] std::string to_string() const {
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
  }
  /// Equal when every member is.
  friend bool operator==(csv_diagnostic const&, csv_diagnostic const&) = default;
};

/// Thrown by read_plan_csv for the first error of a file (in file order); what() is diagnostic().to_string().
class csv_error : public std::invalid_argument {
 public:
  /// The exception of one diagnostic; what() is its to_string().
  explicit csv_error(csv_diagnostic d)
      : std::invalid_argument(d.to_string()), diagnostic_{std::make_shared<csv_diagnostic const>(std::move(d))} {}
  /// The error: kind, file, line, column, text and sentence.
  [[nodiscard]] csv_diagnostic const& diagnostic() const noexcept { return *diagnostic_; }

 private:
  std::shared_ptr<csv_diagnostic const> diagnostic_;  // shared: copying an exception does not throw
};

/// The errors of one read of a file, collected in the order found (the CSV tokenizer and the plan reader add to
/// it); sorted by position at the end.
class csv_diagnostics {
 public:
  /// The errors of the file with this name (copied into each diagnostic).
  explicit csv_diagnostics(std::string_view file) : file_{file} {}

  /// Adds an error of the file at line and column (1-based), with the offending text and its sentence.
  void add(csv_error_kind kind, std::size_t line, std::size_t column, std::string_view text, std::string message) {
    list_.push_back({kind, file_, line, column, std::string(text), std::move(message)});
  }
  /// The errors so far, in the order found.
  [[nodiscard]] std::vector<csv_diagnostic> const& found() const noexcept { return list_; }
  /// The errors by line and column (a stable sort: errors at one cell stay in the order found).
  [[nodiscard]] std::vector<csv_diagnostic> sorted() && {
    auto const before = [](csv_diagnostic const& a, csv_diagnostic const& b) {
      return a.line != b.line ? a.line < b.line : a.column < b.column;
    };
    if (std::is_sorted(list_.begin(), list_.end(), before)) return std::move(list_);
    std::stable_sort(list_.begin(), list_.end(), before);
    return std::move(list_);
  }

 private:
  std::string file_;
  std::vector<csv_diagnostic> list_;
};

}  // namespace amip::io
