// Plans: figures per line of a catalogue for several periods, rolled up through the tree. Part of the model layer
// (amip/model/), which depends on core only.
//
// Synopsis
//
//   namespace amip {
//   inline constexpr std::size_t unlimited;                  // as many lines or periods as the plan is given
//   template <Quantity Q, std::size_t MaxLines = unlimited, std::size_t MaxPeriods = unlimited>
//   class basic_plan {
//     constexpr basic_plan(basic_plan<Q, L, P> const&);         // from a plan of other limits (explicit where it
//                                                              // may not fit: std::length_error)
//     constexpr explicit basic_plan(catalog);
//     constexpr basic_plan& state(line, period, Q);            // a figure as the source states it; never overwrites
//     constexpr basic_plan& restate(line, period, Q);          // a deliberate change (scenarios)
//     constexpr basic_plan& restate(period, span<line_index const>, span<Q const>);   // many at once
//     constexpr basic_plan& describe(period, text source);     // where a period's figures come from (kept)
//     constexpr std::optional<Q> stated(line, period) const;   // as stated, or nothing
//     constexpr std::optional<Q> figure(line, period) const;   // rolled up from "davon" children where complete
//                                                              // (line: position, handle, key or measure tag)
//     constexpr period_figures figures_of(period) const&;      // one period's figures: figures_of(p)[line]
//     constexpr catalog const& structure() const&;             // the catalogue (a plan keeps it alive)
//     constexpr Q total(line, period) const;                   // figure(), or amip::missing_figure
//     constexpr std::vector<consistency_finding<Q>> check() const;   // stated totals against their lines
//   };
//   template <Quantity Q> using plan = basic_plan<Q>;        // any number of lines and periods (run time)
//   template <Quantity Q, std::size_t L = 64, std::size_t P = 8>
//   using fixed_plan = basic_plan<Q, L, P>;                     // fixed capacity: a constexpr value
//   }
//
// `line` is a line_index (a position in the plan's own catalogue), a line_handle (amip::duesseldorf_2026::lines::mat;
// checked to be a line of the plan's catalogue, else amip::line_error naming both catalogues), a key ("mat") or a
// measure tag (amip::measure::mat): the last two are looked up in the plan's catalogue. Roll-up is constexpr.
//
// amip::plan<Q> holds any number of lines and periods (a national table of several hundred lines, twelve months of
// three kinds): its figures live on the heap, so it is not a constant expression. amip::fixed_plan<Q, L, P> holds
// at most L lines and P periods in itself (std::length_error beyond), and is constexpr throughout: Anlage 1 is one.
// The two convert into each other, line for line and period for period. A plan is a value: copying one copies all
// its figures, so a loop over scenarios restates one plan (restate(period, lines, figures)) instead of copying it.
// A stated total is a claim to check, not an input: figure() rolls a line up from its children whenever they
// are all known, and check() reports every stated total that disagrees.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/text.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/consistency.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>

namespace amip {

/// A plan's MaxLines or MaxPeriods of amip::unlimited: it holds as many as it is given (amip::plan).
inline constexpr std::size_t unlimited = static_cast<std::size_t>(-1);

namespace detail {
// Per-line storage of a plan: in the plan itself for a fixed capacity, on the heap for an unlimited one.
template <class T, std::size_t N>
using plan_lines = std::conditional_t<N == unlimited, std::vector<T>, std::array<T, N>>;
// A value on the heap that stays where it is when its owner moves, copied deeply. (Not std::unique_ptr: <memory>
// brings <ostream> into the model layer.)
template <class T>
class boxed {
 public:
  boxed() : value_{new T{}} {}
  boxed(boxed const& other) : value_{new T{*other.value_}} {}
  boxed(boxed&& other) noexcept : value_{std::exchange(other.value_, nullptr)} {}
  boxed& operator=(boxed const& other) {
    if (this != &other) {
      T* copy = new T{*other.value_};
      delete value_;
      value_ = copy;
    }
    return *this;
  }
  boxed& operator=(boxed&& other) noexcept {
    if (this != &other) {
      delete value_;
      value_ = std::exchange(other.value_, nullptr);
    }
    return *this;
  }
  ~boxed() { delete value_; }
  [[nodiscard]] T& operator*() noexcept { return *value_; }
  [[nodiscard]] T const& operator*() const noexcept { return *value_; }

 private:
  T* value_;
};
// Per-period storage: for an unlimited plan each period's figures on the heap, so that they stay where they are when
// the plan gains a period (period_figures points at them).
template <class T, std::size_t N>
using plan_periods = std::conditional_t<N == unlimited, std::vector<boxed<T>>, std::array<T, N>>;
}  // namespace detail

/// Thrown when a figure is asked for that the plan neither states nor can roll up.
class missing_figure : public std::out_of_range {
 public:
  using std::out_of_range::out_of_range;
};

/// Thrown when a figure is stated twice with different values; the first one stays.
class conflicting_figure : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// A disagreement between a stated figure and the lines under it.
template <Quantity Q>
struct consistency_finding {
  /// What kind of disagreement it is.
  enum class problem : unsigned char {
    sum_differs,         ///< a "davon" total is not the sum of its lines
    known_parts_exceed,  ///< some "davon" lines are unknown, but those known already exceed the stated total
    part_exceeds_whole   ///< a "darunter" line is larger than the line it is part of
  };
  /// The catalogue of the plan checked (it names the table and the line in message()).
  catalog table;
  line_index line;  ///< the line whose stated figure is in question (the part, for part_exceeds_whole)
  /// The period whose figures disagree.
  period when;
  /// The kind of disagreement.
  problem what;
  Q expected;  ///< what the lines under it add up to (sum_differs), or the whole (part_exceeds_whole)
  Q found;     ///< the stated figure

  /// "Planung EGT, line I (I. Aktivierung und berufliche Eingliederung), Plan 2026: expected 4444 (the sum of its
  /// lines), found 4445"; money in euros with two decimals ("expected 25.790.500,50 €"), never raw cents
  [[nodiscard]] std::string message() const {
    std::string out = std::string(table.name()) + ", line " + std::string(table[line].key) + " (" + table.label(line) +
                      "), " + to_string(when) + ": ";
    if (what == problem::sum_differs) {
      return out + "expected " + detail::message_text(expected) + " (the sum of its lines), found " +
             detail::message_text(found);
    }
    if (what == problem::known_parts_exceed) {
      return out + "the lines known so far already add up to " + detail::message_text(expected) +
             ", more than the stated " + detail::message_text(found);
    }
    return out + "a part (" + detail::message_text(found) + ") is larger than the whole it belongs to (" +
           detail::message_text(expected) + ")";
  }
  /// Equal when line, period, problem and both figures are (the catalogue is not compared).
  friend constexpr bool operator==(consistency_finding const& a, consistency_finding const& b) noexcept {
    return a.line == b.line && a.when == b.when && a.what == b.what && a.expected == b.expected && a.found == b.found;
  }
};

/// Figures of type Q (entries, persons, cases, money) for the lines of a catalogue, for several periods.
/// With MaxLines and MaxPeriods amip::unlimited (amip::plan), as many as it is given. With a fixed capacity
/// (amip::fixed_plan), the whole plan is a constexpr value; exceeding the capacity throws std::length_error.
template <Quantity Q, std::size_t MaxLines = unlimited, std::size_t MaxPeriods = unlimited>
class basic_plan {
  static constexpr bool unlimited_lines = MaxLines == unlimited;
  static constexpr bool unlimited_periods = MaxPeriods == unlimited;

 public:
  /// The type of the figures: entry_count, person_count, case_count or money.
  using quantity_type = Q;
  /// The most lines and periods the plan type holds (amip::unlimited: no limit).
  static constexpr std::size_t max_lines = MaxLines;
  /// @copydoc max_lines
  static constexpr std::size_t max_periods = MaxPeriods;

  /// An empty plan over the lines of `table`.
  constexpr explicit basic_plan(catalog table) : table_{table} {
    if (table.size() > MaxLines || table.size() >= std::size_t{no_line}) {
      throw std::length_error("amip: the catalogue \"" + std::string(table.name()) + "\" has " +
                              std::to_string(table.size()) + " lines; this plan type holds at most " +
                              std::to_string(unlimited_lines ? std::size_t{no_line} - 1 : MaxLines) +
                              (unlimited_lines ? "" : " (use amip::plan, which has no limit)"));
    }
    if constexpr (unlimited_lines) {
      for (auto* v : {&first_child_, &next_sibling_, &parent_}) v->resize(table.size());
      sums_.resize(table.size());
    }
    small_ = std::numeric_limits<std::int64_t>::max() /
             static_cast<std::int64_t>(table.size() == 0 ? std::size_t{1} : table.size());
    for (auto& c : first_child_) c = no_line;
    for (auto& c : next_sibling_) c = no_line;
    for (auto& c : parent_) c = no_line;
    // Every line after the lines under it, deepest first: the order in which a whole period is rolled up.
    detail::plan_lines<std::size_t, MaxLines> depth{};
    detail::plan_lines<link, MaxLines> bottom_up{};
    if constexpr (unlimited_lines) {
      depth.resize(table.size());
      bottom_up.resize(table.size());
    }
    std::size_t deepest = 0;
    for (std::size_t c = 0; c < table.size(); ++c) {
      depth[c] = table.depth(line_index{c});
      deepest = depth[c] > deepest ? depth[c] : deepest;
    }
    std::size_t placed = 0;
    for (std::size_t d = deepest + 1; d-- > 0;) {
      for (std::size_t c = 0; c < table.size(); ++c) {
        if (depth[c] == d) bottom_up[placed++] = static_cast<link>(c);
      }
    }
    for (std::size_t c = table.size(); c-- > 0;) {  // backwards, so that each list is in catalogue order
      sums_[c] = table.lines()[c].children == children_rule::sum ? 1 : 0;
      auto const p = table.lines()[c].parent;
      if (p == no_parent) continue;
      parent_[c] = static_cast<link>(p);
      next_sibling_[c] = first_child_[p];
      first_child_[p] = static_cast<link>(c);
    }
    if constexpr (unlimited_lines) {
      for (auto* v : {&own_lines_, &sum_lines_, &lines_under_}) v->resize(table.size());
      lines_from_.resize(table.size() + 1);
    }
    std::size_t owns = 0;
    std::size_t under = 0;
    for (std::size_t k = 0; k < table.size(); ++k) {
      std::size_t const c = bottom_up[k];
      if (!sums_[c] || first_child_[c] == no_line) {
        own_lines_[owns++] = static_cast<link>(c);
        continue;
      }
      sum_lines_[sum_count_] = static_cast<link>(c);
      lines_from_[sum_count_] = static_cast<link>(under);
      for (auto l = static_cast<std::size_t>(first_child_[c]); l != no_line; l = next_sibling_[l]) {
        lines_under_[under++] = static_cast<link>(l);
      }
      ++sum_count_;
    }
    lines_from_[sum_count_] = static_cast<link>(under);
  }

  /// A plan of other limits, line for line and period for period (with its sources). Implicit where every plan of
  /// the other type fits (into amip::plan, or a larger fixed capacity); explicit otherwise, and then it throws
  /// std::length_error where the plan has more lines or periods than this type holds.
  template <std::size_t L, std::size_t P>
  requires(L != MaxLines || P != MaxPeriods) constexpr explicit(!(L <= MaxLines && P <= MaxPeriods))
      basic_plan(basic_plan<Q, L, P> const& other)
      : basic_plan(other.table_) {
    if (other.count_ > MaxPeriods) {
      throw std::length_error("amip: the plan has " + std::to_string(other.count_) +
                              " periods; this plan type holds at most " + std::to_string(MaxPeriods) +
                              " (use amip::plan, which has no limit)");
    }
    sources_ = other.sources_;
    for (std::size_t s = 0; s < other.count_; ++s) {
      auto const& from = other.series_at(s);
      auto& to = series_for(from.when);
      to.source = from.source;
      for (std::size_t i = 0; i < table_.size(); ++i) {
        to.values[i] = {from.values[i].known, from.values[i].value};
        to.rolled[i] = from.rolled[i];
        to.how[i] = static_cast<roll>(from.how[i]);
      }
    }
  }

  /// The catalogue the plan is stated against. A plan holds a copy of it (which keeps a catalogue built at run time
  /// alive); copy the catalogue to keep it beyond the plan.
  [[nodiscard]] constexpr catalog const& structure() const& noexcept AMIP_LIFETIMEBOUND { return table_; }
  AMIP_REJECTED("the catalogue of a temporary plan would dangle at once; keep the plan in a variable first")
  structure() const&& AMIP_DELETED;

  /// States a figure as its source gives it. Stating the same figure twice is harmless; stating another value
  /// for a line and period already stated throws amip::conflicting_figure and keeps the first value.
  constexpr basic_plan& state(line_index line, period when, Q value) {
    auto const i = index(line);
    auto& figures = series_for(when);
    auto& slot = figures.values[i];
    if (slot.known && slot.value != value) {
      throw conflicting_figure("amip: " + std::string(table_.name()) + ", line " + std::string(table_[line].key) +
                               ", " + to_string(when) + ": already stated as " + detail::message_text(slot.value) +
                               ", refusing " + detail::message_text(value) + " (use restate to change it)");
    }
    set(figures, i, value);
    return *this;
  }
  /// The same for the line of a measure (catalog::at: std::out_of_range where the catalogue has no such line).
  template <Measure M>
  constexpr basic_plan& state(M measure, period when, Q value) {
    return state(table_.at(measure), when, value);
  }
  /// The same for a line named by a handle or a key (catalog::at: a handle of another catalogue throws
  /// amip::line_error, an unknown key std::out_of_range).
  template <LineName L>
  constexpr basic_plan& state(L const& line, period when, Q value) {
    return state(table_.at(line), when, value);
  }

  /// Replaces a figure on purpose (a scenario, a correction).
  constexpr basic_plan& restate(line_index line, period when, Q value) {
    auto const i = index(line);
    set(series_for(when), i, value);
    return *this;
  }
  /// The same for the line of a measure.
  template <Measure M>
  constexpr basic_plan& restate(M measure, period when, Q value) {
    return restate(table_.at(measure), when, value);
  }
  /// The same for a line named by a handle or a key (checked as for state()).
  template <LineName L>
  constexpr basic_plan& restate(L const& line, period when, Q value) {
    return restate(table_.at(line), when, value);
  }

  /// Replaces the figures of several lines of one period at once, as a scenario does: `lines[k]` gets `values[k]`.
  /// The roll-up is brought up to date once, after all of them; the plan is the same as after restating them one by
  /// one (nothing at all for no lines). Throws std::invalid_argument when the spans differ in length,
  /// std::out_of_range for a line outside the catalogue and std::length_error for a period more than the plan holds,
  /// in each case before anything changes.
  constexpr basic_plan& restate(period when, std::span<line_index const> lines, std::span<Q const> values) {
    if (lines.size() != values.size()) {
      throw std::invalid_argument("amip: restate got " + std::to_string(lines.size()) + " lines but " +
                                  std::to_string(values.size()) + " figures");
    }
    if (lines.empty()) return *this;
    for (auto const line : lines) (void)index(line);
    auto& figures = series_for(when);
    for (std::size_t k = 0; k < lines.size(); ++k) figures.values[index_of(lines[k])] = {true, values[k]};
    roll_up_all(figures);
    return *this;
  }

  /// Names the source of a period's figures ("Anlage 1", "Abschnitt 4"). The plan keeps it: a string literal as it
  /// is, any other text (a std::string, a std::string_view at run time) as a copy of its own, shared by the plan's
  /// copies. A plan keeps every source it was described with until it is destroyed or assigned another plan.
  constexpr basic_plan& describe(period when, text source) {
    series_for(when).source = sources_.keep(std::move(source));
    return *this;
  }

  /// The figure as stated for a line, or nothing.
  [[nodiscard]] constexpr std::optional<Q> stated(line_index line, period when) const {
    auto const i = index(line);  // a line outside the catalogue is refused, whether the period is held or not
    auto const* s = find(when);
    if (s == nullptr) return std::nullopt;
    return to_optional(s->values[i]);
  }

  /// The same for the line of a measure.
  template <Measure M>
  [[nodiscard]] constexpr std::optional<Q> stated(M measure, period when) const {
    return stated(table_.at(measure), when);
  }
  /// The same for a line named by a handle or a key (checked as for state()).
  template <LineName L>
  [[nodiscard]] constexpr std::optional<Q> stated(L const& line, period when) const {
    return stated(table_.at(line), when);
  }

  /// The figure of a line: the sum of its "davon" lines where all of them are known, else the stated figure.
  [[nodiscard]] constexpr std::optional<Q> figure(line_index line, period when) const {
    return read(find(when), index(line));
  }
  /// The same for the line of a measure.
  template <Measure M>
  [[nodiscard]] constexpr std::optional<Q> figure(M measure, period when) const {
    return figure(table_.at(measure), when);
  }
  /// The figure of a line named by a handle or a key: p.figure(amip::duesseldorf_2026::lines::mat, when) on a plan
  /// of Anlage 1, p.figure("mat", when) on any plan with a line "mat". A handle of another catalogue than the plan's
  /// throws amip::line_error naming both (never the figure of the line at the same position); a key the catalogue
  /// does not have throws std::out_of_range.
  template <LineName L>
  [[nodiscard]] constexpr std::optional<Q> figure(L const& line, period when) const {
    return figure(table_.at(line), when);
  }

  class period_figures;
  /// The figures of one period, for reading many lines: plan.figures_of(when)[line] is plan.figure(line, when)
  /// without looking the period up each time (what a comparison does row by row).
  [[nodiscard]] constexpr period_figures figures_of(period const& when) const& noexcept AMIP_LIFETIMEBOUND {
    return {*this, when};
  }
  AMIP_REJECTED("the figures of a temporary plan would dangle at once; keep the plan in a variable first")
  figures_of(period) const&& AMIP_DELETED;

  /// The figure of a line; throws amip::missing_figure naming the line and period when there is none.
  [[nodiscard]] constexpr Q total(line_index line, period when) const {
    if (auto value = figure(line, when)) return *value;
    throw missing_figure("amip: " + std::string(table_.name()) + ", line " + std::string(table_[line].key) + ", " +
                         to_string(when) + ": no figure is stated and its lines do not give one");
  }
  /// The same for the line of a measure.
  template <Measure M>
  [[nodiscard]] constexpr Q total(M measure, period when) const {
    return total(table_.at(measure), when);
  }
  /// The same for a line named by a handle or a key (checked as for state()).
  template <LineName L>
  [[nodiscard]] constexpr Q total(L const& line, period when) const {
    return total(table_.at(line), when);
  }

  /// The periods the plan holds figures for, in the order they were first stated.
  [[nodiscard]] constexpr std::vector<period> periods() const {
    std::vector<period> out;
    for (std::size_t i = 0; i < count_; ++i) out.push_back(series_at(i).when);
    return out;
  }
  /// Whether the plan holds figures (stated or described) for the period.
  [[nodiscard]] constexpr bool holds(period when) const { return find(when) != nullptr; }

  /// Where the figures of a period come from, as described; empty if not described. Valid while the plan lives and
  /// describes the period no otherwise.
  [[nodiscard]] constexpr std::string_view source(period when) const& AMIP_LIFETIMEBOUND {
    auto const* s = find(when);
    return s == nullptr ? std::string_view{} : s->source;
  }
  AMIP_REJECTED("the source of a temporary plan would dangle at once; keep the plan in a variable first")
  source(period) const&& AMIP_DELETED;

  /// Every stated total that disagrees with its lines, and every "darunter" line larger than its whole, in
  /// period order, then line order (amip::check_totals, amip/model/consistency.hpp). Empty when the plan is
  /// consistent. Throws amip::overflow_error where lines add up to more than a 64-bit integer holds.
  [[nodiscard]] constexpr std::vector<consistency_finding<Q>> check() const {
    std::vector<consistency_finding<Q>> findings;
    using problem = typename consistency_finding<Q>::problem;
    for (std::size_t s = 0; s < count_; ++s) {
      auto const& figures = series_at(s);
      auto const stated_figure = [&](std::size_t i) {
        auto const v = figures.values[i];
        return v.known ? std::optional<std::int64_t>{v.value.value()} : std::optional<std::int64_t>{};
      };
      auto const add = [&](total_mismatch const& m) {
        auto const found = [&](problem what) {
          findings.push_back({table_, m.line, figures.when, what, Q::from_value(m.expected), Q::from_value(m.found)});
        };
        switch (m.what) {
          case total_problem::sum_differs:
            return found(problem::sum_differs);
          case total_problem::known_parts_exceed:
            return found(problem::known_parts_exceed);
          case total_problem::part_exceeds_whole:
            return found(problem::part_exceeds_whole);
          case total_problem::sum_overflows:
          case total_problem::known_parts_overflow:
            break;
        }
        throw overflow_error("amip: " + std::string(table_.name()) + ", line " + std::string(table_[m.line].key) +
                             ", " + to_string(figures.when) + ": the lines under it add up to more than a 64-bit " +
                             "integer holds");
      };
      check_totals(table_, stated_figure, add);
    }
    return findings;
  }

 private:
  // Roll-up works on a plain aggregate: GCC 12 wrongly reports "modification of a constexpr object" when a
  // recursive constexpr call returns an std::optional<Q> or an aggregate whose Q member has a brace initialiser.
  struct maybe {
    bool known = false;
    Q value;  // no "{}": see above; Q's own default constructor makes it zero
  };
  // How a line's figure follows from the figures stated: what figure() returns, kept up to date by state() and
  // restate() so that reading a figure is a lookup. The definition is rolled_up() below; this is the same result.
  enum class roll : unsigned char {
    unknown,       ///< no figure
    stated,        ///< the stated figure (a leaf, a "darunter" line, or "davon" lines not all known)
    summed,        ///< the sum of its "davon" lines
    summed_small,  ///< the same, and every one of them is in [0, small): no partial sum can overflow
    overflow,      ///< the sum overflows: figure() lets rolled_up() throw
  };
  using link = std::conditional_t<(MaxLines < 0xFFFF), std::uint16_t, std::uint32_t>;
  static constexpr link no_line = static_cast<link>(-1);
  template <Quantity, std::size_t, std::size_t>
  friend class basic_plan;

  struct series {
    period when{};
    std::string_view source{};  // a literal, or one of sources_
    detail::plan_lines<maybe, MaxLines> values{};
    // The value of the figure where `how` says it is known (else 0), as a plain integer: read back at once after a
    // restate, a std::optional written as flag and value apart would be loaded whole and stall.
    detail::plan_lines<std::int64_t, MaxLines> rolled{};
    detail::plan_lines<roll, MaxLines> how{};
  };

  // figure(): what the roll-up holds for line i of a period's figures (none if the plan holds no such period).
  [[nodiscard]] constexpr std::optional<Q> read(series const* s, std::size_t i) const {
    if (s == nullptr) return std::nullopt;
    auto const how = s->how[i];
    if (known(how)) [[likely]] return Q::from_value(s->rolled[i]);
    if (how == roll::overflow) throw_overflow(i, *s);
    return std::nullopt;
  }
  [[nodiscard]] constexpr std::size_t index(line_index line) const {
    auto const i = index_of(line);
    if (i >= table_.size()) throw_outside(i);
    return i;
  }
  [[noreturn]] void throw_outside(std::size_t i) const {
    throw std::out_of_range("amip: line " + std::to_string(i) + " is outside the catalogue \"" +
                            std::string(table_.name()) + "\"");
  }
  [[nodiscard]] constexpr series const& series_at(std::size_t i) const noexcept {
    if constexpr (unlimited_periods) {
      return *series_[i];
    } else {
      return series_[i];
    }
  }
  [[nodiscard]] constexpr series& series_at(std::size_t i) noexcept {
    if constexpr (unlimited_periods) {
      return *series_[i];
    } else {
      return series_[i];
    }
  }
  [[nodiscard]] constexpr series const* find(period const& when) const noexcept {
    for (std::size_t i = 0; i < count_; ++i) {
      if (series_at(i).when == when) return &series_at(i);
    }
    return nullptr;
  }
  constexpr series& series_for(period when) {
    for (std::size_t i = 0; i < count_; ++i) {
      if (series_at(i).when == when) return series_at(i);
    }
    if constexpr (unlimited_periods) {
      // Made whole before it joins the plan: running out of memory leaves the plan as it was.
      detail::boxed<series> added;
      start(*added, when);
      series_.push_back(std::move(added));
      ++count_;
      return *series_.back();
    } else {
      if (count_ == MaxPeriods) {
        throw std::length_error("amip: this plan type holds at most " + std::to_string(MaxPeriods) +
                                " periods (use amip::plan, which has no limit); cannot add " + to_string(when));
      }
      start(series_[count_], when);
      return series_[count_++];
    }
  }
  // A new period's figures: its period, and for unlimited lines (amip::plan, basic_plan<Q, unlimited, N>) room for
  // every line of the catalogue.
  constexpr void start(series& added, period when) const {
    if constexpr (unlimited_lines) {
      added.values.resize(table_.size());
      added.rolled.resize(table_.size());
      added.how.resize(table_.size());
    }
    added.when = when;
  }
  // States a figure and brings the roll-up of the line and its ancestors up to date: O(depth) when only
  // non-negative figures of moderate size are involved, else each ancestor is summed again from its lines.
  constexpr void set(series& figures, std::size_t i, Q value) {
    figures.values[i] = {true, value};
    auto old_how = figures.how[i];
    auto old = value_of(figures, i);
    if (first_child_[i] == no_line || !sums_[i]) {
      figures.how[i] = roll::stated;
      figures.rolled[i] = value.value();
    } else {
      recompute(figures, i);
    }
    for (std::size_t c = i; parent_[c] != no_line;) {
      std::size_t const p = parent_[c];
      auto const how = figures.how[c];
      auto const now = value_of(figures, c);
      if ((how == old_how && now == old) || !sums_[p]) return;  // nothing changes above
      auto const parent_how = figures.how[p];
      auto const parent_old = value_of(figures, p);
      if (parent_how == roll::summed_small && known(how) && now >= 0 && now < small_) {
        // All its lines small and known before and after: the difference is exact, and so is the new sum.
        figures.rolled[p] = parent_old + (now - old);
      } else {
        recompute(figures, p);
      }
      old_how = parent_how;
      old = parent_old;
      c = p;
    }
  }
  [[nodiscard]] static constexpr bool known(roll how) noexcept {
    // stated, summed or summed_small, the three after unknown: one comparison
    static_assert(static_cast<unsigned>(roll::summed) == static_cast<unsigned>(roll::stated) + 1 &&
                  static_cast<unsigned>(roll::summed_small) == static_cast<unsigned>(roll::stated) + 2);
    return static_cast<unsigned>(how) - static_cast<unsigned>(roll::stated) <= 2U;
  }
  [[nodiscard]] static constexpr std::int64_t value_of(series const& figures, std::size_t i) {
    return known(figures.how[i]) ? figures.rolled[i] : 0;
  }
  // A line that is no sum of lines (or whose lines are not all known): its stated figure, or none.
  static constexpr void own_figure(maybe const& stated, roll& how, std::int64_t& rolled) noexcept {
    how = stated.known ? roll::stated : roll::unknown;
    rolled = stated.known ? stated.value.value() : 0;
  }
  // The whole period rolled up: first every line that is not a sum of lines (its stated figure, or none), then
  // each sum after the sums under it. A sum whose lines are all known and in [0, small_) is added up at once (no
  // partial sum can overflow); any other is left to recompute(), which follows rolled_up() line by line.
  constexpr void roll_up_all(series& figures) const {
    // Through local pointers: a store of a figure's byte-sized state would otherwise make the compiler load every
    // member's data pointer again.
    auto const* const values = figures.values.data();
    auto* const rolled = figures.rolled.data();
    auto* const how = figures.how.data();
    auto const* const own = own_lines_.data();
    for (std::size_t k = 0, n = table_.size() - sum_count_; k < n; ++k) {
      std::size_t const i = own[k];
      own_figure(values[i], how[i], rolled[i]);
    }
    auto const* const sums = sum_lines_.data();
    auto const* const first = lines_from_.data();
    auto const* const under = lines_under_.data();
    auto const small = static_cast<std::uint64_t>(small_);
    for (std::size_t k = 0; k < sum_count_; ++k) {
      std::size_t const i = sums[k];
      std::int64_t sum = 0;
      bool all_small = true;
      for (std::size_t c = first[k], end = first[k + 1]; c < end; ++c) {
        std::size_t const line = under[c];
        auto const part = rolled[line];
        all_small = all_small && known(how[line]) && static_cast<std::uint64_t>(part) < small;
        sum += all_small ? part : 0;
      }
      if (all_small) {
        how[i] = roll::summed_small;
        rolled[i] = sum;
      } else {
        recompute(figures, i);
      }
    }
  }
  // The roll-up of line i from its lines' roll-ups, in catalogue order, as rolled_up() defines it.
  constexpr void recompute(series& figures, std::size_t i) const {
    auto const own = [&] { own_figure(figures.values[i], figures.how[i], figures.rolled[i]); };
    if (!sums_[i] || first_child_[i] == no_line) return own();
    std::int64_t sum = 0;
    bool all_small = true;
    for (auto c = static_cast<std::size_t>(first_child_[i]); c != no_line; c = next_sibling_[c]) {
      auto const how = figures.how[c];
      if (how == roll::unknown) return own();  // a line unknown: the stated figure
      auto const part = value_of(figures, c);
      if (how == roll::overflow || __builtin_add_overflow(sum, part, &sum)) {
        figures.how[i] = roll::overflow;
        figures.rolled[i] = 0;
        return;
      }
      all_small = all_small && part >= 0 && part < small_;
    }
    figures.how[i] = all_small ? roll::summed_small : roll::summed;
    figures.rolled[i] = sum;
  }
  [[nodiscard]] static constexpr std::optional<Q> to_optional(maybe m) {
    return m.known ? std::optional<Q>{m.value} : std::optional<Q>{};
  }
  // The sum of a line's "davon" children, if it has children and all of them are known.
  [[nodiscard]] constexpr maybe sum_of_children(std::size_t i, series const& figures) const {
    maybe sum{};
    for (auto c = static_cast<std::size_t>(first_child_[i]); c != no_line; c = next_sibling_[c]) {
      auto const part = rolled_up(c, figures);
      if (!part.known) return {};
      sum.value += part.value;
      sum.known = true;
    }
    return sum;
  }
  // A sum that overflows: rolled_up() throws amip::overflow_error, naming the addition that overflows.
  constexpr void throw_overflow(std::size_t i, series const& figures) const {
    (void)rolled_up(i, figures);
    throw overflow_error("amip: the sum of the lines under line " + std::to_string(i) + " overflows");  // not reached
  }
  [[nodiscard]] constexpr maybe rolled_up(std::size_t i, series const& figures) const {
    if (table_.lines()[i].children == children_rule::sum) {
      if (auto const sum = sum_of_children(i, figures); sum.known) return sum;
    }
    return figures.values[i];
  }

  catalog table_;
  detail::plan_lines<link, MaxLines> first_child_{};   // each line's first "davon" or "darunter" line, or no_line
  detail::plan_lines<link, MaxLines> next_sibling_{};  // the next line with the same parent, or no_line
  detail::plan_lines<link, MaxLines> parent_{};        // each line's parent, or no_line
  detail::plan_lines<std::uint8_t, MaxLines> sums_{};  // 1 where a line is the sum of its lines ("davon")
  // roll_up_all()'s tables: the lines that are not a sum of lines under them; the sums ("davon" parents with
  // lines), each after the sums under it; and the lines under the k-th sum, lines_under_[lines_from_[k] …
  // lines_from_[k + 1]), in catalogue order.
  detail::plan_lines<link, MaxLines> own_lines_{};
  detail::plan_lines<link, MaxLines> sum_lines_{};
  std::size_t sum_count_ = 0;
  detail::plan_lines<link, (MaxLines == unlimited ? MaxLines : MaxLines + 1)> lines_from_{};
  detail::plan_lines<link, MaxLines> lines_under_{};
  detail::plan_periods<series, MaxPeriods> series_{};
  std::size_t count_ = 0;
  // Below small_, as many non-negative figures as the catalogue has lines add up without overflow in any order.
  std::int64_t small_ = 0;
  detail::kept_texts sources_{};  // the sources described at run time, which series_[…].source views
};

/// A view of one period's figures (figures_of()), cheap to copy: view[line] is plan.figure(line, when). It refers
/// to the plan, which must outlive it, and sees every later change of the plan's figures, also of a period the plan
/// gains after the view was made. Assigning another plan to the plan invalidates the view (as assigning a container
/// invalidates its iterators): make it anew.
template <Quantity Q, std::size_t MaxLines, std::size_t MaxPeriods>
class basic_plan<Q, MaxLines, MaxPeriods>::period_figures {
 public:
  /// plan.figure(line, when): the line rolled up from its "davon" lines where all are known, else as stated.
  [[nodiscard]] constexpr std::optional<Q> operator[](line_index line) const {
    auto const i = plan_->index(line);
    return plan_->read(current(), i);
  }
  /// The same for a line named by a handle (checked: amip::line_error for a line of another catalogue) or a key.
  template <LineName L>
  [[nodiscard]] constexpr std::optional<Q> operator[](L const& line) const {
    return (*this)[plan_->table_.at(line)];
  }
  /// Whether the plan holds figures for the period.
  [[nodiscard]] constexpr bool holds() const noexcept { return current() != nullptr; }
  /// The period viewed.
  [[nodiscard]] constexpr period when() const noexcept { return found_ != nullptr ? found_->when : missing_.when; }

  /// Another view of the same plan and period.
  constexpr period_figures(period_figures const& other) noexcept
      : plan_{other.plan_},
        found_{other.found_},
        missing_{found_ != nullptr ? missing_period{} : missing_period{other.missing_.when}} {}
  /// Views what `other` views.
  constexpr period_figures& operator=(period_figures const& other) noexcept {
    plan_ = other.plan_;
    found_ = other.found_;
    if (found_ == nullptr) missing_ = missing_period{other.missing_.when};
    return *this;
  }
  constexpr ~period_figures() = default;

 private:
  friend class basic_plan;
  constexpr period_figures(basic_plan const& plan, period const& when) noexcept
      : plan_{&plan}, found_{plan.find(when)}, missing_{found_ != nullptr ? missing_period{} : missing_period{when}} {}
  // The period's figures. A plan keeps each period's figures where they were first stated for as long as it lives
  // (until it is assigned another plan), so once found they stay found; not found, they are looked for again.
  [[nodiscard]] constexpr series const* current() const noexcept {
    if (found_ != nullptr) [[likely]]
      return found_;
    return plan_->find(missing_.when);
  }
  // The period, kept only while the plan does not hold it: once found, the plan's series names it (series::when),
  // and a copy of the view copies two pointers instead of a 40-byte period (what a comparison's rows are made of).
  union missing_period {
    constexpr missing_period() noexcept : none{} {}
    constexpr explicit missing_period(period const& p) noexcept : when{p} {}
    struct {
    } none;
    period when;
  };
  basic_plan const* plan_;
  series const* found_;     // in plan_->series_, or nullptr
  missing_period missing_;  // `when` where found_ is nullptr, else `none`
};

/// A plan of any number of lines and periods, built at run time (its figures live on the heap).
template <Quantity Q>
using plan = basic_plan<Q>;

/// A plan with room for L lines and P periods in itself: a constexpr value (Anlage 1 is one).
template <Quantity Q, std::size_t L = 64, std::size_t P = 8>
using fixed_plan = basic_plan<Q, L, P>;

}  // namespace amip
