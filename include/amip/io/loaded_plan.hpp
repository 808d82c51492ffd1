// What reading a plan CSV gives (amip/io/plan_csv.hpp reads it): the options of a read, and the plan with the
// file's name, alone or with every error found. The plan owns what it shows: a self-describing file's catalogue is
// built from owned lines, and each period's source is a copy of the file name, so the plan may be taken out of the
// result and outlive it.
//
// Synopsis
//
//   namespace amip::io {
//   struct csv_read_options { std::optional<char> delimiter; std::optional<language> numbers;
//                             bool require_every_leaf = true; std::vector<owned_measure> measures; };
//   template <class P> concept CsvReadablePlan;              // an amip::basic_plan of entries, persons, cases or money
//   template <class P = plan<entry_count>> class loaded_plan {
//     catalog const& structure() const&;  P const& plan() const&;  P& plan() &;  P plan() &&;
//     std::string_view file() const&;
//   };
//   template <class P = plan<entry_count>> class collected_plan : public loaded_plan<P> {
//     std::vector<csv_diagnostic> const& errors() const;  bool ok() const;
//     std::vector<csv_diagnostic> const& warnings() const;  // read, but likely not what was meant
//   };
//   class loaded_plans {                                     // a plan per quantity of the file, over one catalogue
//     catalog const& structure() const&;  std::string_view file() const&;
//     template <class Q> bool has() const;                   // Q: entry_count, person_count, case_count, money
//     template <class Q> amip::plan<Q> const& plan() const&; // std::out_of_range naming the file's units if absent
//     template <class Q> amip::plan<Q> plan() &&;
//     std::vector<std::string_view> units() const;           // "entries", "persons", "cases", "EUR", in header order
//   };
//   class collected_plans : public loaded_plans { errors(), ok(), warnings() };
//   }
#pragma once

#include <cstddef>
#include <memory>
#include <stdexcept>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/io/diagnostic.hpp>
#include <amip/io/plan_csv_columns.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/plan.hpp>

namespace amip::io {

/// How a plan CSV is read. The defaults detect what can be detected.
struct csv_read_options {
  /// ';', ',' or '\t'; empty: the one the header line uses most outside quotes (';' on a tie).
  std::optional<char> delimiter{};
  /// How the file writes numbers: German (1.460.000,00) or English (1,460,000.00); plain 1994 reads either way.
  /// Empty: the file declares it in a comment line before the header ("# numbers: German" or "# numbers:
  /// English"), or else the first figure that reads only one way decides ("1.460.000,00", "1,5", "1,460,000");
  /// without either, a figure that means one thing in German and another in English ("1,500", "1.500") is an
  /// ambiguous_number error naming both readings. A file declaring the other convention than this is an error.
  std::optional<language> numbers{};
  /// Against a catalogue: every leaf of the catalogue needs a line in the file (its figures may be empty). Off, a
  /// file may state totals without their leaves.
  bool require_every_leaf = true;
  /// Measures of one's own the file may name in its measure column, beside amip's own (amip::declare_measure, or a
  /// tag of one's own); a plan read keeps those it uses alive. Against a catalogue, the measures of its lines are
  /// known as well.
  std::vector<owned_measure> measures{};
};

namespace detail {

/// The file's name, shared by every copy of the result. (The plan owns its own copies of what it shows: the
/// catalogue of a self-describing file is built from owned lines.)
struct plan_csv_storage {
  std::string name;
};

template <class P>
struct plan_capacity {
  static constexpr bool known = false;
};
template <class Q, std::size_t MaxLines, std::size_t MaxPeriods>
struct plan_capacity<basic_plan<Q, MaxLines, MaxPeriods>> {
  static constexpr bool known = true;
  static constexpr std::size_t lines = MaxLines;
  static constexpr std::size_t periods = MaxPeriods;
};

template <class Target>
class plan_csv_reader;
template <class P>
struct single_plan;  // reads one plan of type P
struct plan_per_quantity;  // reads a plan per quantity of the file

}  // namespace detail

/// A plan whose figures are counts (entries, persons, cases) or money, readable from CSV: amip::plan<entry_count>,
/// amip::plan<money> or another amip::basic_plan of one of them.
template <class P>
concept CsvReadablePlan = detail::plan_capacity<P>::known && detail::unit_of<typename P::quantity_type>.has_value();

/// A plan read from a file, with the file's name. The plan owns what it shows (its catalogue's keys and labels,
/// each period's source): it can be copied or moved out of the result and outlive it.
template <class P = amip::plan<entry_count>>
class loaded_plan {
  static_assert(CsvReadablePlan<P>,
                "amip: a plan CSV is read into an amip::basic_plan of entries, persons, cases or money.");

 public:
  /// The plan type read into (amip::plan<entry_count> unless asked otherwise).
  using plan_type = P;

  /// The catalogue the plan is stated against: the file's own, or the one it was read against.
  [[nodiscard]] catalog const& structure() const& noexcept AMIP_LIFETIMEBOUND { return plan_.structure(); }
  AMIP_REJECTED("the catalogue of a temporary result would dangle at once; take its plan() or keep it first")
  structure() const&& AMIP_DELETED;
  /// The plan, a reference into this result.
  [[nodiscard]] P const& plan() const& noexcept AMIP_LIFETIMEBOUND { return plan_; }
  /// The plan, a reference into this result, to change it in place (restate, describe).
  [[nodiscard]] P& plan() & noexcept AMIP_LIFETIMEBOUND { return plan_; }
  /// The plan of a temporary result, moved (or copied) out of it: it owns what it shows and lives on alone.
  [[nodiscard]] P plan() && noexcept(std::is_nothrow_move_constructible_v<P>) { return std::move(plan_); }
  /// The plan of a temporary const result, copied out of it.
  [[nodiscard]] P plan() const&& { return plan_; }
  /// The file name the plan was read as; also each period's source (plan().source(period)).
  [[nodiscard]] std::string_view file() const& noexcept AMIP_LIFETIMEBOUND { return storage_->name; }
  AMIP_REJECTED("the file name of a temporary result would dangle at once; keep the result in a variable first")
  file() const&& AMIP_DELETED;

 protected:
  /// Made by the CSV reader (and by collected_plan); the storage holds the file's name and texts.
  loaded_plan(std::shared_ptr<detail::plan_csv_storage const> storage, P read)
      : storage_{std::move(storage)}, plan_{std::move(read)} {}

 private:
  friend class detail::plan_csv_reader<detail::single_plan<P>>;
  std::shared_ptr<detail::plan_csv_storage const> storage_;
  P plan_;
};

/// A plan built from the valid parts of a file, every error found in it and every warning, each in file order.
/// A warning (csv_error_kind header_only or empty_subset_total, is_warning) is a file that reads, but likely not
/// as meant: a header and no data line; a "darunter" total left empty in a period where some of its lines have
/// figures (docs/csv.md: such a total is never rolled up, so it must be given). ok() does not look at warnings.
template <class P = amip::plan<entry_count>>
class collected_plan : public loaded_plan<P> {
 public:
  /// Every error found, in file order: a line or cell left out of the plan, with where and why.
  [[nodiscard]] std::vector<csv_diagnostic> const& errors() const noexcept { return errors_; }
  /// Whether the file had no error (warnings do not count): the plan is then the whole file.
  [[nodiscard]] bool ok() const noexcept { return errors_.empty(); }
  /// Every warning, in file order: a file that reads, but likely not as meant (see above).
  [[nodiscard]] std::vector<csv_diagnostic> const& warnings() const noexcept { return warnings_; }

 private:
  friend class detail::plan_csv_reader<detail::single_plan<P>>;
  collected_plan(loaded_plan<P> read, std::vector<csv_diagnostic> errors, std::vector<csv_diagnostic> warnings)
      : loaded_plan<P>{std::move(read)}, errors_{std::move(errors)}, warnings_{std::move(warnings)} {}
  std::vector<csv_diagnostic> errors_;
  std::vector<csv_diagnostic> warnings_;
};

/// The plans of a file whose period columns count different things ("Plan 2026 [Personen]", "Plan 2026 [EUR]"):
/// a plan per quantity, over the same lines (one catalogue), and the file's name. Each plan owns what it shows.
class loaded_plans {
 public:
  /// The catalogue every plan of the file is stated against.
  [[nodiscard]] catalog const& structure() const& noexcept AMIP_LIFETIMEBOUND { return structure_; }
  AMIP_REJECTED("the catalogue of a temporary result would dangle at once; take a plan or keep the result first")
  structure() const&& AMIP_DELETED;
  /// The file name the plans were read as; also each period's source.
  [[nodiscard]] std::string_view file() const& noexcept AMIP_LIFETIMEBOUND { return storage_->name; }
  AMIP_REJECTED("the file name of a temporary result would dangle at once; keep the result in a variable first")
  file() const&& AMIP_DELETED;

  /// Whether the file has period columns of Q (entry_count, person_count, case_count or money).
  template <class Q>
  requires(detail::unit_of<Q>.has_value())
  [[nodiscard]] bool has() const noexcept { return slot<Q>(*this).has_value(); }
  /// The plan of Q's columns; a quantity the file has no column of throws std::out_of_range, naming the units the
  /// file has.
  template <class Q>
  requires(detail::unit_of<Q>.has_value())
  [[nodiscard]] amip::plan<Q> const& plan() const& AMIP_LIFETIMEBOUND {
    auto const& p = slot<Q>(*this);
    if (!p) throw_missing(*detail::unit_of<Q>);
    return *p;
  }
  /// The plan of a temporary result, moved out of it: it owns what it shows and lives on alone.
  template <class Q>
  requires(detail::unit_of<Q>.has_value())
  [[nodiscard]] amip::plan<Q> plan() && {
    auto& p = slot<Q>(*this);
    if (!p) throw_missing(*detail::unit_of<Q>);
    return std::move(*p);
  }
  /// The units of the file's period columns, each once, in the order the header names them: "persons", "EUR".
  [[nodiscard]] std::vector<std::string_view> units() const {
    std::vector<std::string_view> out;
    for (auto const u : units_) out.push_back(detail::unit_name(u));
    return out;
  }

 protected:
  /// Made by the CSV reader (and by collected_plans); the storage holds the file's name and texts.
  loaded_plans(std::shared_ptr<detail::plan_csv_storage const> storage, catalog structure)
      : storage_{std::move(storage)}, structure_{std::move(structure)} {}

 private:
  template <class Target>
  friend class detail::plan_csv_reader;  // plan_csv_reader<plan_per_quantity> fills it
  template <class Q, class Self>
  static auto& slot(Self& self) noexcept {
    if constexpr (std::is_same_v<Q, entry_count>) {
      return self.entries_;
    } else if constexpr (std::is_same_v<Q, person_count>) {
      return self.persons_;
    } else if constexpr (std::is_same_v<Q, case_count>) {
      return self.cases_;
    } else {
      return self.money_;
    }
  }
  [[noreturn]] void throw_missing(detail::column_unit unit) const {
    std::string has;
    for (std::size_t i = 0; i < units_.size(); ++i) {
      has.append(i == 0 ? "" : i + 1 == units_.size() ? " and " : ", ").append(detail::unit_name(units_[i]));
    }
    throw std::out_of_range("amip: " + storage_->name + " has no period column of " +
                            std::string(detail::unit_name(unit)) + "; " +
                            (units_.empty() ? std::string("it has no period columns")
                                            : "its period columns are of " + has));
  }

  std::shared_ptr<detail::plan_csv_storage const> storage_;
  catalog structure_;
  std::vector<detail::column_unit> units_;
  std::optional<amip::plan<entry_count>> entries_;
  std::optional<amip::plan<person_count>> persons_;
  std::optional<amip::plan<case_count>> cases_;
  std::optional<amip::plan<money>> money_;
};

/// The plans built from the valid parts of a file, every error found in it and every warning (as
/// collected_plan's), each in file order.
class collected_plans : public loaded_plans {
 public:
  /// Every error found, in file order: a line or cell left out of the plan, with where and why.
  [[nodiscard]] std::vector<csv_diagnostic> const& errors() const noexcept { return errors_; }
  /// Whether the file had no error (warnings do not count): the plan is then the whole file.
  [[nodiscard]] bool ok() const noexcept { return errors_.empty(); }
  /// Every warning, in file order: a file that reads, but likely not as meant (see above).
  [[nodiscard]] std::vector<csv_diagnostic> const& warnings() const noexcept { return warnings_; }

 private:
  template <class Target>
  friend class detail::plan_csv_reader;  // plan_csv_reader<plan_per_quantity> fills it
  collected_plans(loaded_plans read, std::vector<csv_diagnostic> errors, std::vector<csv_diagnostic> warnings)
      : loaded_plans{std::move(read)}, errors_{std::move(errors)}, warnings_{std::move(warnings)} {}
  std::vector<csv_diagnostic> errors_;
  std::vector<csv_diagnostic> warnings_;
};

}  // namespace amip::io
