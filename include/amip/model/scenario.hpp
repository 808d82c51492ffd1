// Scenarios: changes applied to a plan, each described in words, and the line-by-line difference of two plans
// (what-if planning on top of a plan read from a file or embedded).
//
// Synopsis
//
//   namespace amip {
//   template <…> class scenario {                       // a plan and the steps that made it from a base
//     explicit scenario(basic_plan<Q, …> base, period when);
//     scenario& scale(line, exact_ratio change);         // +10 %: percent(10); a group scales its leaves
//     scenario& move(measure from, measure to, Q amount);  // entries from one measure to another
//     scenario& set(line, Q value);
//     basic_plan<Q, …> const& plan() const;  std::vector<scenario_step> const& steps() const;
//   };
//   struct scenario_step { std::string description; std::vector<line_index> lines; };
//   template <…> std::vector<diff_row<Q>> diff(plan const& a, plan const& b, period);
//   }
//
// Scaling a line scales the leaves under it; their new figures are whole numbers distributed by the largest
// remainder method, so the line's new total is its old total times (1 + change), rounded half away from zero,
// exactly. No step makes a figure negative; a step that would is refused (std::invalid_argument) and the
// scenario stays as it was.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// One change of a scenario, in words, and the lines it touched.
struct scenario_step {
  std::string description;        ///< "scale I (I. Aktivierung und berufliche Eingliederung) by +10/100: 4444 -> 4888"
  std::vector<line_index> lines;  ///< the stated lines it changed
};

/// A plan derived from a base by named steps, for one period.
template <Quantity Q, std::size_t L = unlimited, std::size_t P = unlimited>
class scenario {
 public:
  /// The type of the plan changed.
  using plan_type = basic_plan<Q, L, P>;

  /// A scenario on a copy of `base`, changing the figures of period `when` only.
  scenario(plan_type base, period when) : plan_{std::move(base)}, when_{when} {}

  /// Scales a line by (1 + change): a leaf directly, a total or group through its leaves (largest remainder).
  scenario& scale(line_index line, exact_ratio change) {
    auto const& table = plan_.structure();
    std::vector<std::size_t> leaves;
    collect_stated_leaves(index_of(line), leaves);
    if (leaves.empty()) {
      throw std::invalid_argument("amip: scenario: line " + std::string(table[line].key) +
                                  " has no stated figures under it for " + to_string(when_));
    }
    // factor = 1 + change = (den + num) / den
    auto const num = detail::checked_add(change.denominator(), change.numerator());
    auto const den = change.denominator();
    if (num < 0) throw std::invalid_argument("amip: scenario: a change below -100 % would make figures negative");
    Q old_total{};
    for (auto i : leaves) old_total += *plan_.stated(line_index{i}, when_);
    auto const new_total =
        detail::divide_half_away_from_zero(static_cast<detail::int128>(old_total.value()) * num, den, "scaling a line");
    // largest remainder: floor every share, then hand out what is left to the largest remainders (ties: order)
    struct part {
      std::size_t line;
      std::int64_t floor;
      detail::int128 remainder;
    };
    std::vector<part> parts;
    std::int64_t assigned = 0;
    for (auto i : leaves) {
      auto const exact = static_cast<detail::int128>(plan_.stated(line_index{i}, when_)->value()) * num;
      parts.push_back({i, detail::checked_narrow(exact / den, "scaling a line"), exact % den});
      assigned = detail::checked_add(assigned, parts.back().floor);
    }
    auto order = parts;
    std::stable_sort(order.begin(), order.end(),
                     [](part const& a, part const& b) { return a.remainder > b.remainder; });
    for (std::int64_t k = 0; k < new_total - assigned && k < static_cast<std::int64_t>(order.size()); ++k) {
      for (auto& p : parts) {
        if (p.line == order[static_cast<std::size_t>(k)].line) ++p.floor;
      }
    }
    scenario_step step{"scale " + describe(line) + " by " + ratio_text(change) + ": " +
                           detail::message_text(old_total) + " -> " + detail::message_text(Q::from_value(new_total)),
                       {}};
    for (auto const& p : parts) {
      plan_.restate(line_index{p.line}, when_, Q::from_value(p.floor));
      step.lines.push_back(line_index{p.line});
    }
    steps_.push_back(std::move(step));
    return *this;
  }
  /// The same for the line of a measure.
  template <Measure M>
  scenario& scale(M measure, exact_ratio change) {
    return scale(plan_.structure().at(measure), change);
  }
  /// The same for a line named by a handle (amip::line_error for a line of another catalogue) or a key.
  template <LineName Name>
  scenario& scale(Name const& line, exact_ratio change) {
    return scale(plan_.structure().at(line), change);
  }

  /// Moves an amount from one measure's line to another's; refused if the source has less.
  template <Measure From, Measure To>
  scenario& move(From from, To to, Q amount) {
    auto const& table = plan_.structure();
    auto const source = table.at(from);
    auto const target = table.at(to);
    auto const have = plan_.stated(source, when_).value_or(Q{});
    if (amount < Q{}) throw std::invalid_argument("amip: scenario: cannot move a negative amount");
    if (amount > have) {
      throw std::invalid_argument("amip: scenario: cannot move " + detail::message_text(amount) + " from " +
                                  std::string(table[source].key) + ", which has " + detail::message_text(have));
    }
    auto const got = plan_.stated(target, when_).value_or(Q{});
    plan_.restate(source, when_, have - amount);
    plan_.restate(target, when_, got + amount);
    steps_.push_back({"move " + detail::message_text(amount) + " from " + describe(source) + " to " + describe(target),
                      {source, target}});
    return *this;
  }

  /// Sets a line's stated figure.
  scenario& set(line_index line, Q value) {
    if (value < Q{}) throw std::invalid_argument("amip: scenario: a figure cannot be negative");
    auto const before = plan_.stated(line, when_);
    plan_.restate(line, when_, value);
    steps_.push_back({"set " + describe(line) + " to " + detail::message_text(value) +
                          (before ? " (was " + detail::message_text(*before) + ")" : std::string{" (was not stated)"}),
                      {line}});
    return *this;
  }
  /// The same for the line of a measure.
  template <Measure M>
  scenario& set(M measure, Q value) {
    return set(plan_.structure().at(measure), value);
  }
  /// The same for a line named by a handle (amip::line_error for a line of another catalogue) or a key.
  template <LineName Name>
  scenario& set(Name const& line, Q value) {
    return set(plan_.structure().at(line), value);
  }

  /// The plan as changed so far; valid while the scenario lives.
  [[nodiscard]] plan_type const& plan() const& noexcept AMIP_LIFETIMEBOUND { return plan_; }
  /// The plan of a temporary scenario, moved out of it.
  [[nodiscard]] plan_type plan() && noexcept(std::is_nothrow_move_constructible_v<plan_type>) {
    return std::move(plan_);
  }
  /// The steps taken, in order; valid while the scenario lives.
  [[nodiscard]] std::vector<scenario_step> const& steps() const& noexcept AMIP_LIFETIMEBOUND { return steps_; }
  /// The steps of a temporary scenario, moved out of it.
  [[nodiscard]] std::vector<scenario_step> steps() && noexcept { return std::move(steps_); }
  /// The period the scenario changes.
  [[nodiscard]] period when() const noexcept { return when_; }

 private:
  void collect_stated_leaves(std::size_t i, std::vector<std::size_t>& out) const {
    auto const& table = plan_.structure();
    bool has_children = false;
    if (table.lines()[i].children == children_rule::sum) {
      for (std::size_t c = 0; c < table.size(); ++c) {
        if (table.lines()[c].parent != i) continue;
        has_children = true;
        collect_stated_leaves(c, out);
      }
    }
    if (!has_children && plan_.stated(line_index{i}, when_)) out.push_back(i);
  }
  [[nodiscard]] std::string describe(line_index line) const {
    return std::string(plan_.structure()[line].key) + " (" + plan_.structure().label(line) + ")";
  }
  [[nodiscard]] static std::string ratio_text(exact_ratio change) {
    auto const tenths = change.tenths_of_percent();
    auto const magnitude = tenths < 0 ? -tenths : tenths;
    return std::string(tenths < 0 ? "-" : "+") + std::to_string(magnitude / 10) + "," + std::to_string(magnitude % 10) +
           " %";
  }

  plan_type plan_;
  period when_;
  std::vector<scenario_step> steps_{};
};

/// One line of the difference of two plans.
template <Quantity Q>
struct diff_row {
  /// The line compared.
  line_index line;
  std::optional<Q> before;      ///< the first plan's figure (rolled up)
  std::optional<Q> after;       ///< the second plan's figure
  std::optional<Q> difference;  ///< after − before, where both are known
  relative_change change;       ///< after against before
};

/// The two plans' figures for a period, line by line; both plans must share their catalogue's shape (of any
/// capacity: a fixed plan against one read from a file).
template <Quantity Q, std::size_t L1, std::size_t P1, std::size_t L2, std::size_t P2>
[[nodiscard]] std::vector<diff_row<Q>> diff(basic_plan<Q, L1, P1> const& before, basic_plan<Q, L2, P2> const& after,
                                            period when) {
  auto const& table = before.structure();
  if (after.structure().size() != table.size()) {
    throw std::invalid_argument("amip: diff: the plans have different catalogues (" + std::to_string(table.size()) +
                                " and " + std::to_string(after.structure().size()) + " lines)");
  }
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (table.lines()[i].key != after.structure().lines()[i].key) {
      throw std::invalid_argument("amip: diff: line " + std::to_string(i + 1) + " is \"" +
                                  std::string(table.lines()[i].key) + "\" in one plan and \"" +
                                  std::string(after.structure().lines()[i].key) + "\" in the other");
    }
  }
  std::vector<diff_row<Q>> rows;
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const line{i};
    auto const b = before.figure(line, when);
    auto const a = after.figure(line, when);
    rows.push_back({line, b, a, (a && b) ? std::optional<Q>{*a - *b} : std::nullopt,
                    (a && b) ? change_of(*a, *b) : relative_change{}});
  }
  return rows;
}

}  // namespace amip
