// From records to monthly actuals: individual entry records (a measure, a month, optionally a Jobcenter) counted
// into the lines of a catalogue, month by month, and turned into plans of actual entries (the monitoring layer).
// A CSV of records is read by amip/io/records_csv.hpp.
//
// Synopsis
//
//   namespace amip {
//   struct serial_month { std::int64_t value; static constexpr serial_month of(year, month); };  // year × 12 + month − 1
//   struct tally_record { measure_id measure; serial_month month; std::size_t group = 0; };
//   struct tally_summary { entry_count counted, without_line, rejected, overflowed; };
//   enum class tally_result { counted, no_line, outside_years, unknown_group, unknown_measure, count_overflow,
//                             line_without_measure };
//   class entry_tally {
//     entry_tally(catalog, std::int32_t first_year, std::int32_t years = 1, std::size_t groups = 1);
//     tally_result add(measure_id, serial_month, std::size_t group = 0) noexcept;   // the fast path
//     tally_result add(measure_id, std::int32_t year, int month, std::size_t group = 0) noexcept;
//     tally_summary add_all(range, to_record = std::identity{});  // many records at once: the fastest way
//     tally_result add(line_index, std::int32_t year, int month, std::size_t group = 0) noexcept;
//     tally_result add_without_line(std::int32_t year, int month, std::size_t group = 0) noexcept;  // counted apart
//     std::optional<line_index> line_of(measure_ref) const;   // where a measure is counted (any measure, own ones too)
//     std::size_t add_group();                                // one more Jobcenter; its number
//     std::size_t groups() const;
//     entry_count count(line_index, std::int32_t year, int month, std::size_t group = 0) const;
//     entry_count counted() const, without_line() const, rejected() const;   // over all groups
//     plan<entry_count> to_plan(std::size_t group = 0) const; // actual_of(month_of(y, m)) of every month
//     void restate_into(plan<entry_count>&, std::size_t group = 0) const;  // the same into a plan one keeps
//   };
//   }
//
// A record of a measure that the catalogue has a line for is counted on that line (the catalogue's line of the
// measure); one of a measure without a line (the Vermittlungsbudget beside Anlage 1) is counted apart
// (without_line()); a month outside the tally's years, an unknown group, a measure id outside amip's table or a
// line without a measure given to add(line_index) (a total, which only rolls up) is rejected and counted as such. Nothing is dropped unseen: counted() + without_line() + rejected() is the number
// of records added. Counts are checked: the tally keeps the sum of its counts (no count is larger), and a record
// that would take it, or the records counted apart or rejected, past 2^63 − 1 is not counted: add() answers
// count_overflow, add_all() counts it as overflowed.
//
// to_plan() states, for every month of the tally's years, the count of every line a measure is counted on (0 where
// no record came: the records are the whole truth of the month), as actual_of(month_of(year, month)); the plan
// rolls the totals up. A line without a measure (a total) gets no figure but its roll-up.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <ranges>
#include <type_traits>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <amip/core/checked.hpp>
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
  count_overflow,   ///< 2^63 − 1 records were added already: not counted
  line_without_measure  ///< add(line_index) on a line without a measure (a total, which only rolls up): rejected
};

/// A month as one number, year × 12 + month − 1 (March 2026 is 24314): what a counting loop adds records by.
struct serial_month {
  /// year × 12 + month − 1.
  std::int64_t value = 0;
  /// The serial month of a year and a month 1 to 12 (a month outside 1 to 12 is not checked here).
  [[nodiscard]] static constexpr serial_month of(std::int32_t year, int month) noexcept {
    return {static_cast<std::int64_t>(year) * 12 + (month - 1)};
  }
};

/// One record for entry_tally::add_all(): a measure, a month and a group (Jobcenter).
struct tally_record {
  /// The measure entered.
  measure_id measure{};
  /// The month of the entry.
  serial_month month{};
  /// The group (Jobcenter) number, 0 for a tally of one.
  std::size_t group = 0;
};

/// What entry_tally::add_all() did with a range of records: counted on a line, counted apart (a measure without a
/// line), rejected (outside the years, an unknown group or measure), or not counted because a sum would pass
/// 2^63 − 1. The four add up to the records given.
struct tally_summary {
  /// @name The four outcomes of the records
  //@{
  /// counted: counted on a line; without_line: counted apart; rejected; overflowed: not counted, a sum would overflow.
  entry_count counted{};
  entry_count without_line{};
  entry_count rejected{};
  entry_count overflowed{};
  //@}
  /// Equal when all four counts are.
  friend bool operator==(tally_summary const&, tally_summary const&) = default;
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
    // A row of counts per group and month: one column per amip measure id (as a hand-written loop counts, so that
    // add_all() needs no look-up to find a record's place), then one per line whose measure is counted on no id's
    // column (a measure of one's own, or a second line of an amip measure: records of a measure go to the
    // catalogue's first line of it, as catalog::find() says, and add(line_index) reaches the others).
    apart_of_id_.assign(measures.size(), 1);
    column_of_line_.assign(lines_, no_line);
    columns_ = measures.size();
    for (std::size_t i = 0; i < lines_; ++i) {
      auto const& m = table_.lines()[i].measure;
      if (!m) continue;
      counted_lines_.push_back(line_index{i});
      auto const id = m->amips_own();
      if (id && index_of(*table_.find(*id)) == i) {
        column_of_line_[i] = static_cast<std::uint32_t>(*id);
        apart_of_id_[static_cast<std::size_t>(*id)] = 0;
      } else {
        column_of_line_[i] = static_cast<std::uint32_t>(columns_++);
      }
    }
    for (std::size_t id = 0; id < apart_of_id_.size(); ++id) {
      if (apart_of_id_[id] != 0) apart_ids_.push_back(static_cast<std::uint32_t>(id));
    }
    for (auto const line : counted_lines_) counted_columns_.push_back(column_of_line_[index_of(line)]);
    counts_.assign(groups_ * months_ * columns_, 0);
  }

  /// Counts one entry into measure `m` in a month (serial_month::of(2026, 3)) for group `group`: the fast path for
  /// amip's own measures (one table lookup, one checked increment).
  tally_result add(measure_id m, serial_month when, std::size_t group = 0) noexcept {
    auto const id = static_cast<std::size_t>(m);
    auto const slot = static_cast<std::uint64_t>(when.value - first_serial_);
    if (id >= measures.size() || slot >= months_ || group >= groups_) [[unlikely]] {
      return reject_record(id < measures.size(), slot < months_);
    }
    auto& cell = counts_[(group * months_ + slot) * columns_ + id];
    if (apart_of_id_[id] != 0) [[unlikely]] {
      // Counted apart, and (unseen) in its measure's cell, as add_all() counts it; the cell is at most apart_.
      auto const done = count_apart();
      if (done == tally_result::no_line) {
        ++cell;
        ++apart_in_cells_;
      }
      return done;
    }
    return increment(cell);
  }
  /// The same for a year and a month 1 to 12; a month outside is rejected (tally_result says why).
  tally_result add(measure_id m, std::int32_t year, int month, std::size_t group = 0) noexcept {
    if (month < 1 || month > 12) return reject_record(true, false);
    return add(m, serial_month::of(year, month), group);
  }

  /// Counts every record of a range, each turned into a tally_record by `to_record`, exactly as add() would, and
  /// says what became of them. The fast way to count many records: the loop keeps the tally's sums in registers,
  /// and for a range that knows its size and cannot take a sum past 2^63 − 1 it checks that once, before the loop.
  template <std::ranges::input_range Records, class ToRecord = std::identity>
    requires std::is_invocable_r_v<tally_record, ToRecord&, std::ranges::range_reference_t<Records>>
  tally_summary add_all(Records&& records, ToRecord to_record = {}) noexcept(
      std::is_nothrow_invocable_v<ToRecord&, std::ranges::range_reference_t<Records>>) {
    if constexpr (std::ranges::sized_range<Records>) {
      // Every record raises exactly one of the three sums; if all of them together stay within 2^63 − 1, none of
      // them, and no count (each at most counted_), can pass it.
      auto const added = static_cast<detail::uint128>(counted_) + static_cast<detail::uint128>(apart_) +
                         static_cast<detail::uint128>(rejected_) +
                         static_cast<detail::uint128>(std::ranges::size(records));
      if (added <= static_cast<detail::uint128>(std::numeric_limits<std::int64_t>::max())) {
        // Many records: the ones counted apart are found afterwards, from the cells of the measures without a
        // line, rather than looked up one by one (a look-up per record costs more than the cells' sum here).
        if (std::ranges::size(records) >= groups_ * months_ * apart_ids_.size()) {
          return count_all<false, true>(records, to_record, counts_.data());
        }
        return count_all<false, false>(records, to_record, counts_.data());
      }
    }
    return count_all<true, false>(records, to_record, counts_.data());
  }

  /// Counts one entry on a line (found once with line_of(), e.g. for a measure of one's own).
  tally_result add(line_index line, std::int32_t year, int month, std::size_t group = 0) noexcept {
    auto const i = index_of(line);
    auto const slot = static_cast<std::uint64_t>(serial_month::of(year, month).value - first_serial_);
    if (i >= lines_ || month < 1 || month > 12 || slot >= months_ || group >= groups_) {
      return reject_record(i < lines_, month >= 1 && month <= 12 && slot < months_);
    }
    auto const column = column_of_line_[i];
    if (column == no_line) return reject(tally_result::line_without_measure);  // a total counts nothing itself
    return increment(counts_[(group * months_ + slot) * columns_ + column]);
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
  [[nodiscard]] std::optional<line_index> line_of(measure_ref m) const { return table_.find(m); }

  /// One more group (Jobcenter), with no records yet; its number.
  std::size_t add_group() {
    counts_.resize(counts_.size() + months_ * columns_, 0);
    return groups_++;
  }
  /// The number of groups (Jobcenter), numbered from 0.
  [[nodiscard]] std::size_t groups() const noexcept { return groups_; }
  /// The first year counted.
  [[nodiscard]] std::int32_t first_year() const noexcept { return first_year_; }
  /// The number of years counted, from first_year().
  [[nodiscard]] std::int32_t years() const noexcept { return years_; }
  /// The catalogue whose lines are counted; valid while the tally lives.
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
    auto const column = column_of_line_[index_of(line)];
    if (column == no_line) return entry_count{};  // a total: nothing is counted on it
    return entry_count::from_value(counts_[(group * months_ + *m) * columns_ + column]);
  }

  /// @name Records by outcome
  //@{
  /// Records counted on a line, counted apart (a measure without a line), and rejected, over all groups.
  [[nodiscard]] entry_count counted() const noexcept { return entry_count::from_value(counted_); }
  [[nodiscard]] entry_count without_line() const noexcept { return entry_count::from_value(apart_); }
  [[nodiscard]] entry_count rejected() const noexcept { return entry_count::from_value(rejected_); }
  //@}

  /// The monthly actuals of one group as a plan over the catalogue: every month of the years, every line a measure
  /// is counted on.
  [[nodiscard]] plan<entry_count> to_plan(std::size_t group = 0) const {
    plan<entry_count> out{table_};
    restate_into(out, group);
    return out;
  }

  /// The same monthly actuals restated into a plan the caller keeps, over the tally's own catalogue (a plan of
  /// another one is std::invalid_argument): for a tally counted again and again, a plan is refilled instead of
  /// built anew, as findings are by check_into. The plan's other periods stay as they are.
  void restate_into(plan<entry_count>& into, std::size_t group = 0) const {
    if (group >= groups_) {
      throw std::out_of_range("amip: the tally has " + std::to_string(groups_) + " groups; there is no group " +
                              std::to_string(group));
    }
    if (into.structure().lines().data() != table_.lines().data()) {
      throw std::invalid_argument("amip: the tally counts the lines of \"" + std::string(table_.name()) +
                                  "\"; it cannot restate a plan of \"" + std::string(into.structure().name()) + "\"");
    }
    std::vector<entry_count> figures(counted_lines_.size());
    for (std::size_t m = 0; m < months_; ++m) {
      auto const when =
          actual_of(month_of(first_year_ + static_cast<std::int32_t>(m / 12), static_cast<int>(m % 12) + 1));
      auto const* row = &counts_[(group * months_ + m) * columns_];
      for (std::size_t k = 0; k < figures.size(); ++k) figures[k] = entry_count::from_value(row[counted_columns_[k]]);
      into.restate(when, counted_lines_, figures);  // a month at once: one roll-up
    }
  }

 private:
  static constexpr std::uint32_t no_line = static_cast<std::uint32_t>(-1);

  [[nodiscard]] std::optional<std::size_t> month_index(std::int32_t year, int month) const noexcept {
    auto const slot = static_cast<std::uint64_t>(serial_month::of(year, month).value - first_serial_);
    if (month < 1 || month > 12 || slot >= months_) return std::nullopt;
    return static_cast<std::size_t>(slot);
  }
  // add_all()'s loop. Checked: each record is tested against 2^63 − 1 (a range of unknown size, or one that could
  // take a sum past it); unchecked: the caller has shown that no sum can pass it, and the records counted on a
  // line are what is left of the records given.
  template <bool Checked, bool ApartFromCells, class Records, class ToRecord>
  tally_summary count_all(Records& records, ToRecord& to_record, std::int64_t* const cells) {
    constexpr auto most = std::numeric_limits<std::int64_t>::max();
    constexpr std::size_t ids = measures.size();
    unsigned char const* const apart_of_id = apart_of_id_.data();
    std::size_t const month_slots = months_;
    std::size_t const group_limit = groups_;
    std::size_t const row_width = columns_;
    std::int64_t const first = first_serial_;
    std::int64_t given = 0;  // unchecked: every record (the range's size fits in the sums, so in here too)
    std::int64_t counted = 0;
    std::int64_t apart = 0;
    std::int64_t rejected = 0;
    std::int64_t overflowed = 0;
    auto const count = [&] {
      for (auto&& each : records) {
        tally_record const r = std::invoke(to_record, each);
        if constexpr (!Checked) ++given;
        auto const id = static_cast<std::size_t>(r.measure);
        auto const slot = static_cast<std::uint64_t>(r.month.value - first);
        if (id >= ids || slot >= month_slots || r.group >= group_limit) [[unlikely]] {
          if (Checked && rejected_ + rejected == most) {
            ++overflowed;
          } else {
            ++rejected;
          }
          continue;
        }
        // Every valid record raises its measure's cell, with or without a line: no branch on the measure. A cell is
        // at most the sum it belongs to (counted_ or apart_), so checking the sums checks every cell.
        if constexpr (Checked) {
          if (apart_of_id[id] != 0) {
            if (apart_ + apart == most) [[unlikely]] {
              ++overflowed;
              continue;
            }
            ++apart;
          } else {
            if (counted_ + counted == most) [[unlikely]] {
              ++overflowed;
              continue;
            }
            ++counted;
          }
        } else if constexpr (!ApartFromCells) {
          apart += apart_of_id[id];
        }
        ++cells[(r.group * month_slots + slot) * row_width + id];
      }
    };
    // What was counted is settled also when to_record (or the range) throws: the sums stay the sums of the cells.
    auto const settle = [&] {
      if constexpr (ApartFromCells) {
        std::int64_t in_cells = 0;
        for (std::size_t row = 0; row < groups_ * months_; ++row) {
          for (auto const id : apart_ids_) in_cells += cells[row * row_width + id];
        }
        apart = in_cells - apart_in_cells_;
      }
      apart_in_cells_ += apart;
      if constexpr (!Checked) counted = given - apart - rejected;
      counted_ += counted;
      apart_ += apart;
      rejected_ += rejected;
    };
    try {
      count();
    } catch (...) {
      settle();
      throw;
    }
    settle();
    return {entry_count::from_value(counted), entry_count::from_value(apart), entry_count::from_value(rejected),
            entry_count::from_value(overflowed)};
  }

  // Every count is at most counted_ (the sum of all counts), so checking the sum checks every count.
  tally_result increment(std::int64_t& cell) noexcept {
    if (counted_ == std::numeric_limits<std::int64_t>::max()) [[unlikely]] {
      return tally_result::count_overflow;
    }
    ++counted_;
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
    return reject(!measure_known ? tally_result::unknown_measure
                  : !month_known ? tally_result::outside_years
                                 : tally_result::unknown_group);
  }
  tally_result reject(tally_result why) noexcept {
    if (rejected_ == std::numeric_limits<std::int64_t>::max()) return tally_result::count_overflow;
    ++rejected_;
    return why;
  }

  catalog table_;
  std::int32_t first_year_;
  std::int32_t years_;
  std::size_t groups_;
  std::int64_t first_serial_;
  std::size_t months_ = 0;
  std::size_t lines_ = 0;
  std::size_t columns_ = 0;                   // a row's width: one column per amip measure id, then one per line
                                              // counted on no id's column
  std::vector<unsigned char> apart_of_id_;    // per amip measure id: 1 where the catalogue has no line for it
  std::vector<std::uint32_t> apart_ids_;      // the amip measure ids the catalogue has no line for
  std::vector<std::uint32_t> column_of_line_; // per line: its count column, or no_line (a total)
  std::vector<std::uint32_t> counted_columns_;  // per line of counted_lines_: its count column
  std::vector<line_index> counted_lines_;     // the lines that have a measure, in catalogue order
  std::vector<std::int64_t> counts_;          // [group][month][column]
  std::int64_t counted_ = 0;   // records counted on a line: the sum of their counts, so no count passes it
  std::int64_t apart_ = 0;     // records of a measure without a line
  std::int64_t apart_in_cells_ = 0;  // those of amip's measures: the sum of their cells (add_without_line has none)
  std::int64_t rejected_ = 0;  // records not counted
};

}  // namespace amip
