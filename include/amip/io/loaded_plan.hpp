// What reading a plan CSV gives (amip/io/plan_csv.hpp reads it): the options of a read, and the plan with the
// storage its catalogue refers to, alone or with every error found.
//
// Synopsis
//
//   namespace amip::io {
//   struct csv_read_options { std::optional<char> delimiter; std::optional<language> numbers;
//                             bool require_every_leaf = true; };
//   template <class P> concept CsvReadablePlan;              // an amip::basic_plan of entries, persons or cases
//   template <class P = plan<entry_count>> class loaded_plan {
//     catalog const& structure() const;  P const& plan() const&;  P& plan() &;  std::string_view file() const;
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
#include <utility>
#include <vector>

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
};

namespace detail {

/// What a plan read from a file refers to: the file's name and, for a self-describing file, the catalogue's lines
/// with their keys and labels. Immutable once built; shared by every copy of the result.
struct plan_csv_storage {
  std::string name;
  std::vector<std::string> texts;  // keys and labels; never changed after `lines` points into them
  std::vector<line> lines;
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

/// A plan read from a file, with what its catalogue refers to (keys, labels, the file name). Copies share that
/// storage, and moving or copying the result never invalidates the plan's catalogue.
template <class P = amip::plan<entry_count>>
class loaded_plan {
  static_assert(CsvReadablePlan<P>, "amip: a plan CSV is read into an amip::basic_plan of entries, persons or cases.");

 public:
  using plan_type = P;

  /// The catalogue the plan is stated against: the file's own, or the one it was read against.
  [[nodiscard]] catalog const& structure() const noexcept { return plan_.structure(); }
  /// The plan. Only for a named result: the plan's catalogue lives in this object.
  [[nodiscard]] P const& plan() const& noexcept { return plan_; }
  [[nodiscard]] P& plan() & noexcept { return plan_; }
  P const& plan() const&& = delete;
  /// The file name the plan was read as; also each period's source (plan().source(period)).
  [[nodiscard]] std::string_view file() const noexcept { return storage_->name; }

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
