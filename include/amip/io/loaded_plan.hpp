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
//   template <class P> concept CsvReadablePlan;              // an amip::basic_plan of entries, persons or cases
//   template <class P = plan<entry_count>> class loaded_plan {
//     catalog const& structure() const&;  P const& plan() const&;  P& plan() &;  P plan() &&;
//     std::string_view file() const&;
//   };
//   template <class P = plan<entry_count>> class collected_plan : public loaded_plan<P> {
//     std::vector<csv_diagnostic> const& errors() const;  bool ok() const;
//   };
//   }
#pragma once

#include <cstddef>
#include <memory>
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
#include <amip/model/catalog.hpp>
#include <amip/model/plan.hpp>

namespace amip::io {

/// How a plan CSV is read. The defaults detect what can be detected.
struct csv_read_options {
  /// ';', ',' or '\t'; empty: the one the header line uses most outside quotes (';' on a tie).
  std::optional<char> delimiter{};
  /// How figures group thousands: German "1.994" or English "1,994" (plain "1994" reads either way); empty: the
  /// first figure with a separator decides for the whole file.
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

template <class P>
class plan_csv_reader;

}  // namespace detail

/// A plan whose figures are counts (entries, persons, cases), readable from CSV: amip::plan<entry_count> or another
/// amip::basic_plan of a count.
template <class P>
concept CsvReadablePlan = detail::plan_capacity<P>::known && Count<typename P::quantity_type>;

/// A plan read from a file, with the file's name. The plan owns what it shows (its catalogue's keys and labels,
/// each period's source): it can be copied or moved out of the result and outlive it.
template <class P = amip::plan<entry_count>>
class loaded_plan {
  static_assert(CsvReadablePlan<P>, "amip: a plan CSV is read into an amip::basic_plan of entries, persons or cases.");

 public:
  using plan_type = P;

  /// The catalogue the plan is stated against: the file's own, or the one it was read against.
  [[nodiscard]] catalog const& structure() const& noexcept AMIP_LIFETIMEBOUND { return plan_.structure(); }
  AMIP_REJECTED("the catalogue of a temporary result would dangle at once; take its plan() or keep it first")
  structure() const&& AMIP_DELETED;
  /// The plan, a reference into this result.
  [[nodiscard]] P const& plan() const& noexcept AMIP_LIFETIMEBOUND { return plan_; }
  [[nodiscard]] P& plan() & noexcept AMIP_LIFETIMEBOUND { return plan_; }
  /// The plan of a temporary result, moved (or copied) out of it: it owns what it shows and lives on alone.
  [[nodiscard]] P plan() && noexcept(std::is_nothrow_move_constructible_v<P>) { return std::move(plan_); }
  [[nodiscard]] P plan() const&& { return plan_; }
  /// The file name the plan was read as; also each period's source (plan().source(period)).
  [[nodiscard]] std::string_view file() const& noexcept AMIP_LIFETIMEBOUND { return storage_->name; }
  AMIP_REJECTED("the file name of a temporary result would dangle at once; keep the result in a variable first")
  file() const&& AMIP_DELETED;

 protected:
  loaded_plan(std::shared_ptr<detail::plan_csv_storage const> storage, P read)
      : storage_{std::move(storage)}, plan_{std::move(read)} {}

 private:
  friend class detail::plan_csv_reader<P>;
  std::shared_ptr<detail::plan_csv_storage const> storage_;
  P plan_;
};

/// A plan built from the valid parts of a file, and every error found in it, in file order.
template <class P = amip::plan<entry_count>>
class collected_plan : public loaded_plan<P> {
 public:
  [[nodiscard]] std::vector<csv_diagnostic> const& errors() const noexcept { return errors_; }
  [[nodiscard]] bool ok() const noexcept { return errors_.empty(); }

 private:
  friend class detail::plan_csv_reader<P>;
  collected_plan(loaded_plan<P> read, std::vector<csv_diagnostic> errors)
      : loaded_plan<P>{std::move(read)}, errors_{std::move(errors)} {}
  std::vector<csv_diagnostic> errors_;
};

}  // namespace amip::io
