// Comparison: a plan's figures of one period against another, row by row, with the change (the model layer).
//
// Synopsis
//
//   namespace amip {
//   template <class Plan> class comparison_row;      // one line: now(), prior(), change(), absolute_change(),
//                                                    // is_leaf(), label(), …
//   template <class Plan> class comparison;          // a view of rows in catalogue order (std and range-v3)
//   template <class Plan> constexpr comparison<Plan> compare(Plan const&, period now, period prior);
//   }
//
// A comparison refers to its plan: the plan must outlive it. Rows are computed when read, from the plan as it is
// then; assigning another plan to the plan invalidates iterators and rows made before (make them anew). Each
// row's change() is the exact relative change of ratio.hpp, with no value where a figure is missing or the prior is
// 0 and now is not; its absolute_change() is now − prior in the plan's quantity ("Veränderung absolut"), with no
// value where a figure is missing, overflow-checked (amip::overflow_error).
//
// Any two periods the plan holds compare (period.hpp): Anlage 1's "Vergleich" is compare(plan, plan_of(2026),
// actual_of(2025)); a month against the same month a year before is compare(plan, july, july.year_before()) with
// july = actual_of(month_of(2019, 7)); two plans of one year are compare(plan, plan_of(2026).with_version(
// "Geschäftsplan"), plan_of(2026).with_version("Haushaltsplan")).
#pragma once

#include <compare>
#include <concepts>
#include <cstddef>
#include <iterator>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include <range/v3/range_fwd.hpp>

#include <amip/core/diagnostics.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// A plan type: anything with the interface of basic_plan.
template <class P>
concept Plan = requires(P const& p, line_index line, period when) {
  typename P::quantity_type;
  { p.structure() } -> std::same_as<catalog const&>;
  { p.figure(line, when) } -> std::same_as<std::optional<typename P::quantity_type>>;
  { p.figures_of(when)[line] } -> std::same_as<std::optional<typename P::quantity_type>>;
};

template <class P>
class comparison;
namespace detail {
struct comparison_periods;
}

/// One line of a comparison.
template <class P>
class comparison_row {
 public:
  /// The type of the figures compared: the plan's (entry_count, money, ...).
  using quantity_type = typename P::quantity_type;
  /// The plan's view of one period's figures (basic_plan::period_figures for amip's plans).
  using figures_type = decltype(std::declval<P const&>().figures_of(period{}));

  /// Line `line` of `plan`, `now` against `prior`. A view: the plan must outlive the row.
  constexpr comparison_row(P const& plan, line_index line, period now, period prior) noexcept
      : comparison_row{plan, line, plan.figures_of(now), plan.figures_of(prior)} {}
  /// The same, with the figures of both periods already looked up (what a comparison's iterator does once).
  constexpr comparison_row(P const& plan, line_index line, figures_type now_figures,
                           figures_type prior_figures) noexcept
      : plan_{&plan}, line_{line}, now_figures_{now_figures}, prior_figures_{prior_figures} {}

  /// @name The line
  //@{
  /// The line compared, as the plan's catalogue states it: its position, its entry, its key, its kind (total, group,
  /// subgroup, leaf) and its measure where it has one. The entry is valid while the plan lives.
  [[nodiscard]] constexpr line_index index() const noexcept { return line_; }
  [[nodiscard]] constexpr amip::line const& line() const { return plan_->structure()[line_]; }
  [[nodiscard]] constexpr std::string_view key() const { return line().key; }
  [[nodiscard]] constexpr line_kind kind() const { return line().kind; }
  [[nodiscard]] constexpr std::optional<measure_ref> measure() const { return line().measure; }
  //@}
  /// True for a line without children (the figures stated directly, e.g. the 16 measures of Anlage 1).
  [[nodiscard]] constexpr bool is_leaf() const { return plan_->structure().is_leaf(line_); }
  /// 0 for a top line, 1 for a line under it, and so on.
  [[nodiscard]] constexpr std::size_t depth() const { return plan_->structure().depth(line_); }
  /// The line's label as the catalogue prints it, in German (the seed's wording) or English.
  [[nodiscard]] std::string label(language lang = language::german) const {
    return plan_->structure().label(line_, lang);
  }

  /// The period compared ("Plan 2026").
  [[nodiscard]] constexpr period now_period() const noexcept { return now_figures_.when(); }
  /// The period compared against ("Ergebnis 2025").
  [[nodiscard]] constexpr period prior_period() const noexcept { return prior_figures_.when(); }
  /// The line's figure for the compared period (rolled up), or nothing.
  [[nodiscard]] constexpr std::optional<quantity_type> now() const { return now_figures_[line_]; }
  /// The line's figure for the period compared against, or nothing.
  [[nodiscard]] constexpr std::optional<quantity_type> prior() const { return prior_figures_[line_]; }
  /// now against prior; no value where either is missing, or where prior is 0 and now is not.
  [[nodiscard]] constexpr relative_change change() const {
    auto const n = now();
    auto const p = prior();
    if (!n || !p) return relative_change{};
    return change_of(*n, *p);
  }
  /// The absolute change now − prior in the plan's quantity ("Veränderung absolut": entries, persons, cases or
  /// money); no value where either figure is missing. Throws amip::overflow_error where the difference leaves the
  /// range of a 64-bit integer.
  [[nodiscard]] constexpr std::optional<quantity_type> absolute_change() const {
    auto const n = now();
    auto const p = prior();
    if (!n || !p) return std::nullopt;
    return *n - *p;  // quantity's operator- is overflow-checked
  }
  /// The same as absolute_change(), under its earlier name.
  [[nodiscard]] constexpr std::optional<quantity_type> difference() const { return absolute_change(); }

 private:
  P const* plan_;
  line_index line_;
  figures_type now_figures_;
  figures_type prior_figures_;
};

/// The rows of a plan, `now` against `prior`, in catalogue order: a random-access view for range-v3 pipes
/// (rows | ranges::views::filter(…)) and range-for. (Not std::ranges: clang 14 cannot check libstdc++ 12's
/// range concepts.)
template <class P>
class comparison : public ranges::view_base {
 public:
  /// One row: a line of the plan with both periods' figures.
  using row = comparison_row<P>;

  /// Walks the rows in the catalogue's order; a row is made from the plan when the iterator is dereferenced.
  class iterator {
   public:
    /// @name Iterator traits
    //@{
    /// A random-access iterator for range-v3 and C++20 (iterator_concept); an input iterator for the classic
    /// iterator_category, since it yields rows by value.
    using iterator_concept = std::random_access_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // rows are values, not references into a container
    using value_type = row;
    using difference_type = std::ptrdiff_t;
    using reference = row;
    //@}

    constexpr iterator() = default;
    /// The row at `position` of `plan`, `now` against `prior` (comparison::begin() and end() make them).
    constexpr iterator(P const* plan, period now, period prior, std::size_t position) noexcept
        : plan_{plan},
          pos_{position},
          now_figures_{plan == nullptr ? figures{} : plan->figures_of(now)},
          prior_figures_{plan == nullptr ? figures{} : plan->figures_of(prior)} {}

    /// @name Random access
    //@{
    /// Moves, compares and dereferences as a random-access iterator over the catalogue's lines; a row is made when
    /// dereferenced. Iterators of different comparisons do not compare.
    [[nodiscard]] constexpr row operator*() const {
      return row{*plan_, line_index{pos_}, *now_figures_, *prior_figures_};
    }
    [[nodiscard]] constexpr row operator[](difference_type n) const { return *(*this + n); }
    constexpr iterator& operator++() noexcept {
      ++pos_;
      return *this;
    }
    constexpr iterator operator++(int) noexcept {
      auto old = *this;
      ++pos_;
      return old;
    }
    constexpr iterator& operator--() noexcept {
      --pos_;
      return *this;
    }
    constexpr iterator operator--(int) noexcept {
      auto old = *this;
      --pos_;
      return old;
    }
    constexpr iterator& operator+=(difference_type n) noexcept {
      pos_ = static_cast<std::size_t>(static_cast<difference_type>(pos_) + n);
      return *this;
    }
    constexpr iterator& operator-=(difference_type n) noexcept { return *this += -n; }
    [[nodiscard]] friend constexpr iterator operator+(iterator it, difference_type n) noexcept { return it += n; }
    [[nodiscard]] friend constexpr iterator operator+(difference_type n, iterator it) noexcept { return it += n; }
    [[nodiscard]] friend constexpr iterator operator-(iterator it, difference_type n) noexcept { return it -= n; }
    [[nodiscard]] friend constexpr difference_type operator-(iterator a, iterator b) noexcept {
      return static_cast<difference_type>(a.pos_) - static_cast<difference_type>(b.pos_);
    }
    friend constexpr bool operator==(iterator a, iterator b) noexcept { return a.pos_ == b.pos_; }
    friend constexpr auto operator<=>(iterator a, iterator b) noexcept { return a.pos_ <=> b.pos_; }
    //@}

   private:
    using figures = std::optional<typename row::figures_type>;
    P const* plan_ = nullptr;  // the plan, not the view: an iterator outlives the comparison it came from
    std::size_t pos_ = 0;
    figures now_figures_{};  // the periods' figures, looked up when the iterator was made
    figures prior_figures_{};
  };

  constexpr comparison() = default;
  /// `plan` for `now` against `prior`; a view: the plan must outlive the comparison (and its rows).
  constexpr comparison(P const& plan AMIP_LIFETIMEBOUND, period now, period prior) noexcept
      : plan_{&plan}, now_{now}, prior_{prior} {}
  /// A comparison refers to its plan: it cannot be made from a temporary plan, which would be gone at once.
  AMIP_REJECTED_CONSTRUCTOR_N(comparison,
                              "a comparison refers to its plan, and a temporary plan would be gone at once; name the "
                              "plan first (auto const egt = ...; amip::compare(egt, now, prior))",
                              P const&&, period, period);

  /// @name The rows as a range
  //@{
  /// One row per line of the plan's catalogue, in its order; [] and at() make the row of a position (at(): checked,
  /// std::out_of_range past size()).
  [[nodiscard]] constexpr iterator begin() const noexcept { return {plan_, now_, prior_, 0}; }
  [[nodiscard]] constexpr iterator end() const noexcept { return {plan_, now_, prior_, size()}; }
  [[nodiscard]] constexpr std::size_t size() const noexcept { return plan_ ? plan_->structure().size() : 0; }
  [[nodiscard]] constexpr bool empty() const noexcept { return size() == 0; }
  [[nodiscard]] constexpr row operator[](std::size_t position) const { return row_at(position); }
  //@}

  /// The row of a line, a measure, or a line key; throws std::out_of_range for a line outside the catalogue.
  [[nodiscard]] constexpr row at(line_index line) const {
    if (plan_ == nullptr || index_of(line) >= size()) {
      throw std::out_of_range("amip: line " + std::to_string(index_of(line)) + " is outside this comparison");
    }
    return row{*plan_, line, now_, prior_};
  }
  /// The row of a measure's line; std::out_of_range where the catalogue has no line of it.
  template <Measure M>
  [[nodiscard]] constexpr row at(M measure) const {
    return at(plan_->structure().at(measure));
  }
  /// The row of the line with this key ("mat"); std::out_of_range for an unknown key.
  [[nodiscard]] constexpr row at(std::string_view key) const { return at(plan_->structure().at(key)); }
  /// The row of a handle's line (amip::duesseldorf_2026::lines::mat); amip::line_error when it is a line of another
  /// catalogue than the plan's.
  [[nodiscard]] constexpr row at(line_handle const& line) const { return at(plan_->structure().at(line)); }

  /// The change of a line or a measure: cmp.change(amip::measure::agh).
  template <class Line>
  [[nodiscard]] constexpr relative_change change(Line line) const {
    return at(line).change();
  }
  /// The absolute change of a line or a measure: cmp.absolute_change(amip::measure::agh), now − prior or nothing.
  template <class Line>
  [[nodiscard]] constexpr std::optional<typename P::quantity_type> absolute_change(Line line) const {
    return at(line).absolute_change();
  }

  /// The period compared ("Plan 2026").
  [[nodiscard]] constexpr period now_period() const noexcept { return now_; }
  /// The period compared against ("Ergebnis 2025").
  [[nodiscard]] constexpr period prior_period() const noexcept { return prior_; }
  /// The plan compared (not for a default-constructed comparison, which has none).
  [[nodiscard]] constexpr P const& plan() const noexcept { return *plan_; }

 private:
  friend struct detail::comparison_periods;
  [[nodiscard]] constexpr row row_at(std::size_t position) const { return at(line_index{position}); }

  P const* plan_ = nullptr;
  period now_{};
  period prior_{};
};

namespace detail {
// The periods a comparison compares, without copying them out of an amip::comparison (a period is 40 bytes; amip's
// own checks read them for every finding); anything else with now_period() and prior_period() by value.
struct comparison_periods {
  template <class P>
  [[nodiscard]] static constexpr period const& now(comparison<P> const& c) noexcept {
    return c.now_;
  }
  template <class P>
  [[nodiscard]] static constexpr period const& prior(comparison<P> const& c) noexcept {
    return c.prior_;
  }
  template <class C>
  [[nodiscard]] static constexpr period now(C const& c) {
    return c.now_period();
  }
  template <class C>
  [[nodiscard]] static constexpr period prior(C const& c) {
    return c.prior_period();
  }
};
}  // namespace detail

/// The rows of `plan`, `now` against `prior`: compare(egt, plan_of(2026), actual_of(2025)).
template <class P>
[[nodiscard]] constexpr comparison<P> compare(P const& plan AMIP_LIFETIMEBOUND, period now, period prior) {
  static_assert(Plan<P>,
                "amip: compare expects a plan (amip::plan<Q> or amip::basic_plan<Q, …>) as its first argument.");
  return comparison<P>{plan, now, prior};
}
/// Not from a temporary plan: the comparison refers to the plan, which would be gone at once. Name the plan first
/// (constexpr auto egt = …; compare(egt, …)).
template <class P>
AMIP_REJECTED(
    "a comparison refers to its plan, and a temporary plan would be gone at once; name the plan first "
    "(auto const egt = ...; amip::compare(egt, now, prior))")
compare(P const&& plan, period now, period prior) AMIP_DELETED;

}  // namespace amip
