// A CSV of individual entry records (one line per entry into a measure) counted into an amip::entry_tally: the
// monthly actuals of a plan from the records themselves (the io layer; docs/monitoring.md, "From records").
//
// Synopsis
//
//   namespace amip::io {
//   class tallied_records {
//     entry_tally const& tally() const&;                      // the counts (one group per Jobcenter)
//     std::vector<std::string> const& jobcenters() const&;    // the Jobcenter ids in the order first seen
//     std::vector<csv_diagnostic> const& errors() const&;     // every record not counted, with file:line:column
//     // (on temporary records, each returns its value, moved out)
//     bool ok() const;
//     plan<entry_count> plan(std::string_view jobcenter = {}) const;   // its monthly actuals
//   };
//   tallied_records read_records_csv(std::string_view text, std::string_view file_name, catalog const&,
//                                    std::int32_t first_year, std::int32_t years = 1, csv_read_options = {});
//   }
//
// The file: a header line and one line per record, delimiter ';', ',' or tab (detected as for a plan CSV), UTF-8,
// comments '#'. Columns, in any order, names in any case:
//   measure    the measure's key: amip's own ("mat", "agh", …), one given in csv_read_options::measures, or one
//              that a line of the catalogue stands for
//   date       the day of entry: 2026-03-15 or 15.03.2026
//   jobcenter  optional: the Jobcenter's id (any text); without the column, all records are one Jobcenter ("")
// Every record is counted, counted apart or reported: a measure the catalogue has no line for is counted apart
// (tally().without_line()); a measure amip does not know (unknown_measure), a date that is no day (bad_date), a
// date outside the years (date_outside_years), an empty Jobcenter id (invalid_key) and a wrong number of cells
// (column_count) are errors naming the line and the cell; those records are not counted.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/io/csv.hpp>
#include <amip/io/diagnostic.hpp>
#include <amip/io/loaded_plan.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/monitoring/records.hpp>

namespace amip::io {

/// Records read from a CSV: their counts, the Jobcenters they name, and every record that could not be counted.
class tallied_records {
 public:
  /// The counts of the records; valid while the result lives.
  [[nodiscard]] entry_tally const& tally() const& noexcept AMIP_LIFETIMEBOUND { return tally_; }
  /// The tally of temporary records, moved out of them.
  [[nodiscard]] entry_tally tally() && noexcept { return std::move(tally_); }
  /// The Jobcenters the records name, by group number: jobcenters()[g] is group g of the tally.
  [[nodiscard]] std::vector<std::string> const& jobcenters() const& noexcept AMIP_LIFETIMEBOUND { return groups_; }
  /// The Jobcenters of temporary records, moved out of them.
  [[nodiscard]] std::vector<std::string> jobcenters() && noexcept { return std::move(groups_); }
  /// Every record that could not be counted, with where and why, in file order.
  [[nodiscard]] std::vector<csv_diagnostic> const& errors() const& noexcept AMIP_LIFETIMEBOUND { return errors_; }
  /// The errors of temporary records, moved out of them.
  [[nodiscard]] std::vector<csv_diagnostic> errors() && noexcept { return std::move(errors_); }
  /// Whether every record was counted.
  [[nodiscard]] bool ok() const noexcept { return errors_.empty(); }

  /// The monthly actuals of one Jobcenter (by its id; "" for a file without a jobcenter column). Throws
  /// std::out_of_range naming the ids the file has.
  [[nodiscard]] amip::plan<entry_count> plan(std::string_view jobcenter = {}) const {
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (groups_[g] == jobcenter) return tally_.to_plan(g);
    }
    std::string known;
    for (auto const& g : groups_) known += (known.empty() ? "" : ", ") + shown(g);
    throw std::out_of_range("amip: the records name no Jobcenter " + shown(jobcenter) + "; they name " +
                            (known.empty() ? std::string("none") : known));
  }

 private:
  friend tallied_records read_records_csv(std::string_view, std::string_view, catalog const&, std::int32_t,
                                          std::int32_t, csv_read_options const&);
  tallied_records(entry_tally tally) : tally_{std::move(tally)} {}

  entry_tally tally_;
  std::vector<std::string> groups_;
  std::vector<csv_diagnostic> errors_;
};

namespace detail {
struct record_date {
  std::int32_t year;
  int month;
};
[[nodiscard]] inline std::optional<int> digits_value(std::string_view s) {
  if (s.empty() || s.size() > 4) return std::nullopt;
  int v = 0;
  for (char const c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}
// "2026-03-15" or "15.03.2026": a day of the Gregorian calendar, else nothing.
[[nodiscard]] inline std::optional<record_date> parse_record_date(std::string_view text) {
  std::optional<int> y, m, d;
  if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
    y = digits_value(text.substr(0, 4));
    m = digits_value(text.substr(5, 2));
    d = digits_value(text.substr(8, 2));
  } else if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
    d = digits_value(text.substr(0, 2));
    m = digits_value(text.substr(3, 2));
    y = digits_value(text.substr(6, 4));
  }
  if (!y || !m || !d || *y < 1000 || *m < 1 || *m > 12 || *d < 1) return std::nullopt;
  bool const leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  auto const last = days[static_cast<std::size_t>(*m - 1)] + (*m == 2 && leap ? 1 : 0);
  if (*d > last) return std::nullopt;
  return record_date{*y, *m};
}
[[nodiscard]] inline std::string lowercase(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}
}  // namespace detail

/// Reads a CSV of entry records and counts them into the months of first_year … first_year + years − 1 for the
/// lines of `table`. Errors are collected, not thrown: a record that cannot be counted is reported and left out,
/// every other record is counted.
[[nodiscard]] inline tallied_records read_records_csv(std::string_view text, std::string_view file_name,
                                                      catalog const& table, std::int32_t first_year,
                                                      std::int32_t years = 1, csv_read_options const& options = {}) {
  tallied_records out{entry_tally{table, first_year, years, 0}};
  auto csv = read_csv(text, file_name, options.delimiter);
  csv_diagnostics errors{file_name};
  for (auto const& e : csv.errors) errors.add(e.kind, e.line, e.column, e.text, e.message);
  auto const finish = [&] {
    out.errors_ = std::move(errors).sorted();
    return std::move(out);
  };
  std::size_t first = 0;
  while (first < csv.records.size() && csv.records[first].blank()) ++first;
  if (first == csv.records.size()) {
    errors.add(csv_error_kind::empty_file, 1, 1, "",
               "the file holds no header line; expected one such as measure;date;jobcenter");
    return finish();
  }
  auto const& header = csv.records[first];
  std::optional<std::size_t> measure_col, date_col, jobcenter_col;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    auto const& cell = header.cells[c];
    auto const name = detail::lowercase(cell.text);
    auto* slot = name == "measure" ? &measure_col : name == "date" ? &date_col : name == "jobcenter" ? &jobcenter_col
                                                                                                    : nullptr;
    if (slot == nullptr) {
      errors.add(csv_error_kind::unknown_column, cell.line, cell.column, cell.text,
                 shown(cell.text) + " is not a column of a CSV of records; expected measure, date and, optionally, "
                                    "jobcenter");
    } else if (*slot) {
      errors.add(csv_error_kind::duplicate_column, cell.line, cell.column, cell.text,
                 shown(cell.text) + " names a column a second time");
    } else {
      *slot = c;
    }
  }
  if (!measure_col || !date_col) {
    errors.add(csv_error_kind::missing_column, header.line, 1, "",
               std::string("the header has no column ") + (!measure_col ? "measure" : "date") +
                   "; expected the columns measure and date (and, optionally, jobcenter)");
    return finish();
  }
  if (!jobcenter_col) {
    out.groups_.emplace_back();
    out.tally_.add_group();
  }
  // A key's line, found once: amip's own measures through the tally's table, others through the catalogue.
  std::vector<std::pair<std::string, std::optional<line_index>>> own_lines;
  auto const line_of_key = [&](std::string_view key) -> std::optional<std::optional<line_index>> {
    for (auto const& [k, line] : own_lines) {
      if (k == key) return line;
    }
    std::optional<measure_ref> found;
    for (auto const& m : options.measures) {
      if (m.ref().key() == key) found = m.ref();
    }
    for (auto const& l : table.lines()) {
      if (!found && l.measure && l.measure->key() == key) found = l.measure;
    }
    if (!found) return std::nullopt;
    own_lines.emplace_back(std::string(key), out.tally_.line_of(*found));
    return own_lines.back().second;
  };
  for (std::size_t r = first + 1; r < csv.records.size(); ++r) {
    auto const& record = csv.records[r];
    if (record.blank() || record.broken) continue;
    if (record.cells.size() != header.cells.size()) {
      errors.add(csv_error_kind::column_count, record.line, 1, "",
                 "the record has " + std::to_string(record.cells.size()) + " cells; the header has " +
                     std::to_string(header.cells.size()));
      continue;
    }
    auto const& measure_cell = record.cells[*measure_col];
    auto const& date_cell = record.cells[*date_col];
    auto const date = detail::parse_record_date(date_cell.text);
    if (!date) {
      errors.add(csv_error_kind::bad_date, date_cell.line, date_cell.column, date_cell.text,
                 shown(date_cell.text) + " is not a date; expected a day such as 2026-03-15 or 15.03.2026");
      continue;
    }
    if (date->year < first_year || date->year >= first_year + years) {
      errors.add(csv_error_kind::date_outside_years, date_cell.line, date_cell.column, date_cell.text,
                 shown(date_cell.text) + " is outside the years counted (" + std::to_string(first_year) +
                     (years > 1 ? " to " + std::to_string(first_year + years - 1) : std::string{}) + ")");
      continue;
    }
    std::size_t group = 0;
    if (jobcenter_col) {
      auto const& id = record.cells[*jobcenter_col];
      if (id.text.empty()) {
        errors.add(csv_error_kind::invalid_key, id.line, id.column, id.text,
                   "the record names no Jobcenter; expected its id in the column jobcenter");
        continue;
      }
      group = out.groups_.size();
      for (std::size_t g = 0; g < out.groups_.size(); ++g) {
        if (out.groups_[g] == id.text) group = g;
      }
      if (group == out.groups_.size()) {
        out.groups_.push_back(id.text);
        out.tally_.add_group();
      }
    }
    if (auto const id = measure_from_key(measure_cell.text)) {
      (void)out.tally_.add(*id, date->year, date->month, group);
      continue;
    }
    auto const line = line_of_key(measure_cell.text);
    if (!line) {
      errors.add(csv_error_kind::unknown_measure, measure_cell.line, measure_cell.column, measure_cell.text,
                 shown(measure_cell.text) + " is not the key of a measure; expected one of amip's (mat, agh, …), "
                                            "one of the catalogue's lines or one given in csv_read_options::measures");
      continue;
    }
    if (*line) {
      (void)out.tally_.add(**line, date->year, date->month, group);
    } else {
      // a measure of one's own without a line: counted apart, as amip's own are
      (void)out.tally_.add_without_line(date->year, date->month, group);
    }
  }
  return finish();
}

}  // namespace amip::io
