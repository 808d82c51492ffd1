// Plans: figures per line of a catalogue for several periods, rolled up through the tree (DESIGN.md layer 5).
//
// Synopsis
//
//   namespace amip {
//   enum class figure_kind { plan, projection, actual };        // Plan, Hochrechnung, Ergebnis
//   struct period { std::int32_t year; figure_kind kind; };
//   constexpr period plan_of(y), projection_of(y), actual_of(y);
//
//   template <Quantity Q, std::size_t MaxLines = 64, std::size_t MaxPeriods = 8>
//   class basic_plan {
//     constexpr explicit basic_plan(catalog);
//     constexpr basic_plan& state(line, period, Q);            // a figure as the source states it; never overwrites
//     constexpr basic_plan& restate(line, period, Q);          // a deliberate change (scenarios)
//     constexpr basic_plan& describe(period, source);          // where a period's figures come from
//     constexpr std::optional<Q> stated(line, period) const;   // as stated, or nothing
//     constexpr std::optional<Q> figure(line, period) const;   // rolled up from "davon" children where complete
//     constexpr Q total(line, period) const;                   // figure(), or amip::missing_figure
//     constexpr std::vector<consistency_finding<Q>> check() const;   // stated totals against their lines
//   };
//   template <Quantity Q> using plan = basic_plan<Q>;
//   }
//
// `line` is a line_index of the plan's catalogue or a measure tag (amip::measure::mat). Roll-up is constexpr.
// A stated total is a claim to check, not an input: figure() rolls a line up from its children whenever they
// are all known, and check() reports every stated total that disagrees.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <amip/catalog.hpp>
#include <amip/measure.hpp>
#include <amip/quantity.hpp>

namespace amip {

/// What a figure is: planned, projected (Hochrechnung) or the result (Ergebnis) of a year.
enum class figure_kind : unsigned char {
  plan,        ///< Plan, Eintritte <year> in Anlage 1
  projection,  ///< Hochrechnung
  actual,      ///< Ergebnis
};

/// The year and kind a figure belongs to.
struct period {
  std::int32_t year;
  figure_kind kind;
  friend constexpr bool operator==(period, period) noexcept = default;
};

[[nodiscard]] constexpr period plan_of(std::int32_t year) noexcept { return {year, figure_kind::plan}; }
[[nodiscard]] constexpr period projection_of(std::int32_t year) noexcept { return {year, figure_kind::projection}; }
[[nodiscard]] constexpr period actual_of(std::int32_t year) noexcept { return {year, figure_kind::actual}; }

/// "Plan 2026", "Hochrechnung 2025", "Ergebnis 2025" (German) or "plan 2026", "projection 2025", "actual 2025".
[[nodiscard]] inline std::string to_string(period p, language lang = language::german) {
  constexpr std::array<std::string_view, 3> german{"Plan", "Hochrechnung", "Ergebnis"};
  constexpr std::array<std::string_view, 3> english{"plan", "projection", "actual"};
  auto const k = static_cast<std::size_t>(p.kind);
  return std::string(lang == language::german ? german[k] : english[k]) + " " + std::to_string(p.year);
}

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
  enum class problem : unsigned char {
    sum_differs,         ///< a "davon" total is not the sum of its lines
    known_parts_exceed,  ///< some "davon" lines are unknown, but those known already exceed the stated total
    part_exceeds_whole   ///< a "darunter" line is larger than the line it is part of
  };
  catalog table;
  line_index line;  ///< the line whose stated figure is in question (the part, for part_exceeds_whole)
  period when;
  problem what;
  Q expected;  ///< what the lines under it add up to (sum_differs), or the whole (part_exceeds_whole)
  Q found;     ///< the stated figure

  /// "Planung EGT, line I (I. Aktivierung und berufliche Eingliederung), Plan 2026: expected 4444 (the sum of its
  /// lines), found 4445"
  [[nodiscard]] std::string message() const {
    std::string out = std::string(table.name()) + ", line " + std::string(table[line].key) + " (" + table.label(line) +
                      "), " + to_string(when) + ": ";
    if (what == problem::sum_differs) {
      return out + "expected " + std::to_string(expected.value()) + " (the sum of its lines), found " +
             std::to_string(found.value());
    }
    if (what == problem::known_parts_exceed) {
      return out + "the lines known so far already add up to " + std::to_string(expected.value()) +
             ", more than the stated " + std::to_string(found.value());
    }
    return out + "a part (" + std::to_string(found.value()) + ") is larger than the whole it belongs to (" +
           std::to_string(expected.value()) + ")";
  }
  friend constexpr bool operator==(consistency_finding const& a, consistency_finding const& b) noexcept {
    return a.line == b.line && a.when == b.when && a.what == b.what && a.expected == b.expected && a.found == b.found;
  }
};

/// Figures of type Q (entries, persons, cases, money) for the lines of a catalogue, for up to MaxPeriods periods.
/// Fixed capacity, so that a whole plan can be a constexpr value; exceeding it throws std::length_error.
template <Quantity Q, std::size_t MaxLines = 64, std::size_t MaxPeriods = 8>
class basic_plan {
 public:
  using quantity_type = Q;

  /// An empty plan over the lines of `table`.
  constexpr explicit basic_plan(catalog table) : table_{table} {
    if (table.size() > MaxLines) {
      throw std::length_error("amip: the catalogue \"" + std::string(table.name()) + "\" has " +
                              std::to_string(table.size()) + " lines; this plan type holds at most " +
                              std::to_string(MaxLines) + " (raise MaxLines)");
    }
  }

  /// The catalogue the plan is stated against.
  [[nodiscard]] constexpr catalog const& structure() const noexcept { return table_; }

  /// States a figure as its source gives it. Stating the same figure twice is harmless; stating another value
  /// for a line and period already stated throws amip::conflicting_figure and keeps the first value.
  constexpr basic_plan& state(line_index line, period when, Q value) {
    auto& slot = slot_for(line, when);
    if (slot.known && slot.value != value) {
      throw conflicting_figure("amip: " + std::string(table_.name()) + ", line " + std::string(table_[line].key) +
                               ", " + to_string(when) + ": already stated as " + std::to_string(slot.value.value()) +
                               ", refusing " + std::to_string(value.value()) + " (use restate to change it)");
    }
    slot = {true, value};
    return *this;
  }
  template <MeasureTag M>
  constexpr basic_plan& state(M measure, period when, Q value) {
    return state(table_.at(measure.id), when, value);
  }

  /// Replaces a figure on purpose (a scenario, a correction).
  constexpr basic_plan& restate(line_index line, period when, Q value) {
    slot_for(line, when) = {true, value};
    return *this;
  }
  template <MeasureTag M>
  constexpr basic_plan& restate(M measure, period when, Q value) {
    return restate(table_.at(measure.id), when, value);
  }

  /// Names the source of a period's figures ("Anlage 1", "Abschnitt 4").
  constexpr basic_plan& describe(period when, std::string_view source) {
    series_for(when).source = source;
    return *this;
  }

  /// The figure as stated for a line, or nothing.
  [[nodiscard]] constexpr std::optional<Q> stated(line_index line, period when) const {
    auto const* s = find(when);
    if (s == nullptr) return std::nullopt;
    return to_optional(s->values[index(line)]);
  }

  template <MeasureTag M>
  [[nodiscard]] constexpr std::optional<Q> stated(M measure, period when) const {
    return stated(table_.at(measure.id), when);
  }

  /// The figure of a line: the sum of its "davon" lines where all of them are known, else the stated figure.
  [[nodiscard]] constexpr std::optional<Q> figure(line_index line, period when) const {
    auto const* s = find(when);
    if (s == nullptr) return std::nullopt;
    return to_optional(rolled_up(index(line), *s));
  }
  template <MeasureTag M>
  [[nodiscard]] constexpr std::optional<Q> figure(M measure, period when) const {
    return figure(table_.at(measure.id), when);
  }

  /// The figure of a line; throws amip::missing_figure naming the line and period when there is none.
  [[nodiscard]] constexpr Q total(line_index line, period when) const {
    if (auto value = figure(line, when)) return *value;
    throw missing_figure("amip: " + std::string(table_.name()) + ", line " + std::string(table_[line].key) + ", " +
                         to_string(when) + ": no figure is stated and its lines do not give one");
  }
  template <MeasureTag M>
  [[nodiscard]] constexpr Q total(M measure, period when) const {
    return total(table_.at(measure.id), when);
  }

  /// The periods the plan holds figures for, in the order they were first stated.
  [[nodiscard]] constexpr std::vector<period> periods() const {
    std::vector<period> out;
    for (std::size_t i = 0; i < count_; ++i) out.push_back(series_[i].when);
    return out;
  }
  [[nodiscard]] constexpr bool holds(period when) const { return find(when) != nullptr; }

  /// Where the figures of a period come from, as described; empty if not described.
  [[nodiscard]] constexpr std::string_view source(period when) const {
    auto const* s = find(when);
    return s == nullptr ? std::string_view{} : s->source;
  }

  /// Every stated total that disagrees with its lines, and every "darunter" line larger than its whole, in
  /// period order, then line order. Empty when the plan is consistent.
  [[nodiscard]] constexpr std::vector<consistency_finding<Q>> check() const {
    std::vector<consistency_finding<Q>> findings;
    using problem = typename consistency_finding<Q>::problem;
    for (std::size_t s = 0; s < count_; ++s) {
      auto const& figures = series_[s];
      for (std::size_t i = 0; i < table_.size(); ++i) {
        auto const& l = table_.lines()[i];
        if (l.children == children_rule::sum) {
          auto const stated_total = figures.values[i];
          auto const children_sum = sum_of_children(i, figures);
          if (stated_total.known && children_sum.known && stated_total.value != children_sum.value) {
            findings.push_back(
                {table_, line_index{i}, figures.when, problem::sum_differs, children_sum.value, stated_total.value});
          } else if (stated_total.known && !children_sum.known) {
            // Some lines unknown: what is known below them is a lower bound of their sum (figures are >= 0).
            auto const bound = known_lower_bound(i, figures);
            if (bound.known && bound.value > stated_total.value) {
              findings.push_back(
                  {table_, line_index{i}, figures.when, problem::known_parts_exceed, bound.value, stated_total.value});
            }
          }
        } else if (auto const whole = rolled_up(i, figures); whole.known) {
          for (std::size_t c = 0; c < table_.size(); ++c) {
            if (table_.lines()[c].parent != i) continue;
            auto const part = rolled_up(c, figures);
            if (part.known && part.value > whole.value) {
              findings.push_back(
                  {table_, line_index{c}, figures.when, problem::part_exceeds_whole, whole.value, part.value});
            }
          }
        }
      }
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
  struct series {
    period when{};
    std::string_view source{};
    std::array<maybe, MaxLines> values{};
  };

  [[nodiscard]] constexpr std::size_t index(line_index line) const {
    auto const i = index_of(line);
    if (i >= table_.size()) {
      throw std::out_of_range("amip: line " + std::to_string(i) + " is outside the catalogue \"" +
                              std::string(table_.name()) + "\"");
    }
    return i;
  }
  [[nodiscard]] constexpr series const* find(period when) const {
    for (std::size_t i = 0; i < count_; ++i) {
      if (series_[i].when == when) return &series_[i];
    }
    return nullptr;
  }
  constexpr series& series_for(period when) {
    for (std::size_t i = 0; i < count_; ++i) {
      if (series_[i].when == when) return series_[i];
    }
    if (count_ == MaxPeriods) {
      throw std::length_error("amip: this plan type holds at most " + std::to_string(MaxPeriods) +
                              " periods (raise MaxPeriods); cannot add " + to_string(when));
    }
    series_[count_].when = when;
    return series_[count_++];
  }
  constexpr maybe& slot_for(line_index line, period when) {
    auto const i = index(line);
    return series_for(when).values[i];
  }
  [[nodiscard]] static constexpr std::optional<Q> to_optional(maybe m) {
    return m.known ? std::optional<Q>{m.value} : std::optional<Q>{};
  }
  // The sum of a line's "davon" children, if it has children and all of them are known.
  [[nodiscard]] constexpr maybe sum_of_children(std::size_t i, series const& figures) const {
    maybe sum{};
    for (std::size_t c = 0; c < table_.size(); ++c) {
      if (table_.lines()[c].parent != i) continue;
      auto const part = rolled_up(c, figures);
      if (!part.known) return {};
      sum.value += part.value;
      sum.known = true;
    }
    return sum;
  }
  // The sum of what is known under a line's "davon" children, descending through unknown ones; unknown (no
  // bound) if a known figure below is negative, since then the sum of the known part bounds nothing.
  [[nodiscard]] constexpr maybe known_lower_bound(std::size_t i, series const& figures) const {
    maybe bound{true, Q{}};
    for (std::size_t c = 0; c < table_.size(); ++c) {
      if (table_.lines()[c].parent != i) continue;
      auto part = rolled_up(c, figures);
      if (!part.known && table_.lines()[c].children == children_rule::sum) part = known_lower_bound(c, figures);
      if (!part.known) continue;
      if (part.value < Q{}) return {};
      bound.value += part.value;
    }
    return bound;
  }
  [[nodiscard]] constexpr maybe rolled_up(std::size_t i, series const& figures) const {
    if (table_.lines()[i].children == children_rule::sum) {
      if (auto const sum = sum_of_children(i, figures); sum.known) return sum;
    }
    return figures.values[i];
  }

  catalog table_;
  std::array<series, MaxPeriods> series_{};
  std::size_t count_ = 0;
};

/// A plan with room for 64 lines and 8 periods.
template <Quantity Q>
using plan = basic_plan<Q>;

}  // namespace amip
