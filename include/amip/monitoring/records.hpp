// From records to monthly actuals: individual entry records (a measure, a month, optionally a Jobcenter) counted
// into the lines of a catalogue, month by month, and turned into plans of actual entries (the monitoring layer).
// A CSV of records is read by amip/io/records_csv.hpp.
//
// Synopsis
//
//   namespace amip {
//   struct serial_month { std::int64_t value; static constexpr serial_month of(year, month); };  // year × 12 + month − 1
//   enum class tally_result { counted, no_line, outside_years, unknown_group, unknown_measure, count_overflow };
//   class entry_tally {
//     entry_tally(catalog, std::int32_t first_year, std::int32_t years = 1, std::size_t groups = 1);
//     tally_result add(measure_id, serial_month, std::size_t group = 0) noexcept;   // the fast path
//     tally_result add(measure_id, std::int32_t year, int month, std::size_t group = 0) noexcept;
//     tally_result add(line_index, std::int32_t year, int month, std::size_t group = 0) noexcept;
//     tally_result add_without_line(std::int32_t year, int month, std::size_t group = 0) noexcept;  // counted apart
//     std::optional<line_index> line_of(measure_ref) const;   // where a measure is counted (any measure, own ones too)
//     std::size_t add_group();                                // one more Jobcenter; its number
//     std::size_t groups() const;
//     entry_count count(line_index, std::int32_t year, int month, std::size_t group = 0) const;
//     entry_count counted() const, without_line() const, rejected() const;   // over all groups
//     plan<entry_count> to_plan(std::size_t group = 0) const; // actual_of(month_of(y, m)) of every month
//   };
//   }
//
// A record of a measure that the catalogue has a line for is counted on that line (the catalogue's line of the
// measure); one of a measure without a line (the Vermittlungsbudget beside Anlage 1) is counted apart
// (without_line()); a month outside the tally's years, an unknown group or a measure id outside amip's table is
// rejected and counted as such. Nothing is dropped unseen: counted() + without_line() + rejected() is the number
// of records added. Counts are checked: a count that would pass 2^63 − 1 is not raised, add() answers
// count_overflow; counted() sums the counts with checked arithmetic.
//
// to_plan() states, for every month of the tally's years, the count of every line a measure is counted on (0 where
// no record came: the records are the whole truth of the month), as actual_of(month_of(year, month)); the plan
// rolls the totals up. A line without a measure (a total) gets no figure but its roll-up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// What entry_tally::add() did with a record.
enum class tally_result : unsigned char {
  counted,          ///< on its measure's line
  no_line,          ///< a known measure the catalogue has no line for: counted apart
  outside_years,    ///< a month outside the tally's years (or not 1–12): rejected
  unknown_group,    ///< a group (Jobcenter) number the tally does not have: rejected
  unknown_measure,  ///< a measure id outside amip's table: rejected
  count_overflow    ///< 2^63 − 1 records were added already: not counted
};

/// A month as one number, year × 12 + month − 1 (March 2026 is 24314): what a counting loop adds records by.
struct serial_month {
  std::int64_t value = 0;
  [[nodiscard]] static constexpr serial_month of(std::int32_t year, int month) noexcept {
    return {static_cast<std::int64_t>(year) * 12 + (month - 1)};
  }
};

/// Entries counted by line, month and group (Jobcenter) for the lines of one catalogue and a run of years.
class entry_tally {
 public:
  /// A tally for the months of first_year … first_year + years − 1, over `groups` groups (numbered from 0).
  entry_tally(catalog table, std::int32_t first_year, std::int32_t years = 1, std::size_t groups = 1)
      : table_{std::move(table)}, first_year_{first_year}, years_{years}, groups_{groups},
        first_serial_{serial_month::of(first_year, 1).value} {
    if (years < 1 || years > 100) throw std::invalid_argument("amip: a tally counts 1 to 100 years");
    months_ = static_cast<std::size_t>(years) * 12;
    lines_ = table_.size();
    line_of_id_.assign(measures.size(), no_line);
    for (std::size_t i = 0; i < lines_; ++i) {
      auto const& m = table_.lines()[i].measure;
      if (!m) continue;
      counted_lines_.push_back(i);
      if (auto const id = m->amips_own()) line_of_id_[static_cast<std::size_t>(*id)] = static_cast<std::uint32_t>(i);
    }
    counts_.assign(groups_ * months_ * lines_, 0);
  }

  /// Counts one entry into measure `m` in a month (serial_month::of(2026, 3)) for group `group`: the fast path for
  /// amip's own measures (one table lookup, one checked increment).
  tally_result add(measure_id m, serial_month when, std::size_t group = 0) noexcept {
    auto const id = static_cast<std::size_t>(m);
    auto const slot = static_cast<std::uint64_t>(when.value - first_serial_);
    if (id >= line_of_id_.size() || slot >= months_ || group >= groups_) [[unlikely]] {
      return reject_record(id < line_of_id_.size(), slot < months_);
    }
    auto const line = line_of_id_[id];
    if (line == no_line) [[unlikely]] {
      return count_apart();
    }
    return increment(counts_[(group * months_ + slot) * lines_ + line]);
  }
  tally_result add(measure_id m, std::int32_t year, int month, std::size_t group = 0) noexcept {
    if (month < 1 || month > 12) return reject_record(true, false);
    return add(m, serial_month::of(year, month), group);
  }

  /// Counts one entry on a line (found once with line_of(), e.g. for a measure of one's own).
  tally_result add(line_index line, std::int32_t year, int month, std::size_t group = 0) noexcept {
    auto const i = index_of(line);
    auto const slot = static_cast<std::uint64_t>(serial_month::of(year, month).value - first_serial_);
    if (i >= lines_ || month < 1 || month > 12 || slot >= months_ || group >= groups_) {
      return reject_record(i < lines_, month >= 1 && month <= 12 && slot < months_);
    }
    return increment(counts_[(group * months_ + slot) * lines_ + i]);
  }

  /// Counts one entry into a measure that has no line in the catalogue (a measure of one's own beside the table):
  /// counted apart, as amip's own measures without a line are.
  tally_result add_without_line(std::int32_t year, int month, std::size_t group = 0) noexcept {
    auto const slot = static_cast<std::uint64_t>(serial_month::of(year, month).value - first_serial_);
    if (month < 1 || month > 12 || slot >= months_ || group >= groups_) {
      return reject_record(true, month >= 1 && month <= 12 && slot < months_);
    }
    return count_apart();
  }

  /// The line a measure is counted on: the catalogue's line of that measure, or nothing.
  [[nodiscard]] std::optional<line_index> line_of(measure_ref m) const {
    for (std::size_t i = 0; i < lines_; ++i) {
      auto const& own = table_.lines()[i].measure;
      if (own && *own == m) return line_index{i};
    }
    return std::nullopt;
  }

  /// One more group (Jobcenter), with no records yet; its number.
  std::size_t add_group() {
    counts_.resize(counts_.size() + months_ * lines_, 0);
    return groups_++;
  }
  [[nodiscard]] std::size_t groups() const noexcept { return groups_; }
  [[nodiscard]] std::int32_t first_year() const noexcept { return first_year_; }
  [[nodiscard]] std::int32_t years() const noexcept { return years_; }
  [[nodiscard]] catalog const& structure() const& noexcept AMIP_LIFETIMEBOUND { return table_; }
  AMIP_REJECTED("the catalogue of a temporary tally would dangle at once; keep the tally in a variable first")
  structure() const&& AMIP_DELETED;

  /// The entries counted on a line in a month for a group.
  [[nodiscard]] entry_count count(line_index line, std::int32_t year, int month, std::size_t group = 0) const {
    auto const m = month_index(year, month);
    if (!m || group >= groups_ || index_of(line) >= lines_) {
      throw std::out_of_range("amip: the tally has no count for line " + std::to_string(index_of(line)) + ", " +
                              std::to_string(month) + "/" + std::to_string(year) + ", group " + std::to_string(group));
    }
    return entry_count::from_value(counts_[(group * months_ + *m) * lines_ + index_of(line)]);
  }

  /// Records counted on a line, counted apart (a measure without a line), and rejected, over all groups.
  [[nodiscard]] entry_count counted() const {
    entry_count sum{};
    for (auto const c : counts_) sum += entry_count::from_value(c);  // checked: amip::overflow_error
    return sum;
  }
  [[nodiscard]] entry_count without_line() const noexcept { return entry_count::from_value(apart_); }
  [[nodiscard]] entry_count rejected() const noexcept { return entry_count::from_value(rejected_); }

  /// The monthly actuals of one group as a plan over the catalogue: every month of the years, every line a measure
  /// is counted on.
  [[nodiscard]] plan<entry_count> to_plan(std::size_t group = 0) const {
    if (group >= groups_) {
      throw std::out_of_range("amip: the tally has " + std::to_string(groups_) + " groups; there is no group " +
                              std::to_string(group));
    }
    plan<entry_count> out{table_};
    std::vector<line_index> lines;
    for (auto const i : counted_lines_) lines.push_back(line_index{i});
    std::vector<entry_count> figures(lines.size());
    for (std::size_t m = 0; m < months_; ++m) {
      auto const when =
          actual_of(month_of(first_year_ + static_cast<std::int32_t>(m / 12), static_cast<int>(m % 12) + 1));
      auto const* row = &counts_[(group * months_ + m) * lines_];
      for (std::size_t k = 0; k < lines.size(); ++k) figures[k] = entry_count::from_value(row[counted_lines_[k]]);
      out.restate(when, lines, figures);  // a month at once: one roll-up
    }
    return out;
  }

 private:
  static constexpr std::uint32_t no_line = static_cast<std::uint32_t>(-1);

  [[nodiscard]] std::optional<std::size_t> month_index(std::int32_t year, int month) const noexcept {
    auto const slot = static_cast<std::uint64_t>(serial_month::of(year, month).value - first_serial_);
    if (month < 1 || month > 12 || slot >= months_) return std::nullopt;
    return static_cast<std::size_t>(slot);
  }
  static tally_result increment(std::int64_t& cell) noexcept {
    if (cell == std::numeric_limits<std::int64_t>::max()) [[unlikely]] {
      return tally_result::count_overflow;
    }
    ++cell;
    return tally_result::counted;
  }
  tally_result count_apart() noexcept {
    if (apart_ == std::numeric_limits<std::int64_t>::max()) return tally_result::count_overflow;
    ++apart_;
    return tally_result::no_line;
  }
  // A record that is not counted: the first reason that applies (a measure, then the month, then the group).
  tally_result reject_record(bool measure_known, bool month_known) noexcept {
    if (rejected_ == std::numeric_limits<std::int64_t>::max()) return tally_result::count_overflow;
    ++rejected_;
    return !measure_known ? tally_result::unknown_measure
           : !month_known ? tally_result::outside_years
                          : tally_result::unknown_group;
  }

  catalog table_;
  std::int32_t first_year_;
  std::int32_t years_;
  std::size_t groups_;
  std::int64_t first_serial_;
  std::size_t months_ = 0;
  std::size_t lines_ = 0;
  std::vector<std::uint32_t> line_of_id_;   // per amip measure id: its line, or no_line
  std::vector<std::size_t> counted_lines_;  // the lines that have a measure
  std::vector<std::int64_t> counts_;        // [group][month][line]
  std::int64_t apart_ = 0;     // records of a measure without a line
  std::int64_t rejected_ = 0;  // records not counted
};

}  // namespace amip
