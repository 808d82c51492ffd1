// Targets with a direction (Zielwerte) and their verdicts: met, at risk or missed, with the figures (the monitoring
// layer).
//
// Synopsis
//
//   namespace amip {
//   enum class better { more, less };                 // which way a figure should go: participants more, costs less
//   enum class target_status { met, at_risk, missed };
//   template <Quantity Q> class target {
//     constexpr target(Q goal, better direction, Q tolerance = Q{});   // tolerance >= 0, else std::invalid_argument
//     static constexpr target with_share(Q goal, better, exact_ratio share);  // tolerance = goal × share, rounded
//     constexpr Q goal() const;  constexpr better direction() const;  constexpr Q tolerance() const;
//   };
//   template <Quantity Q> struct target_verdict {
//     target_status status; Q goal, projected, tolerance; better direction;
//     Q gap;                          // projected − goal: below 0 short of a "more" target, above 0 over a "less" one
//     relative_change change;         // projected against goal
//     std::string explain() const;    // "390 (more is better, tolerance 0): projected 360, 30 short of it (-7,7 %): missed"
//   };
//   constexpr target_verdict<Q> judge(target<Q> const&, Q projected);
//   std::string_view to_string(target_status);        // "met", "at risk", "missed"
//   }
//
// The verdict, for "more is better" (mirrored for "less"):
//   met       projected >= goal
//   at risk   goal − tolerance <= projected < goal     short of the goal, but within the tolerance
//   missed    projected < goal − tolerance
// A projection (amip/monitoring/projection.hpp) or any figure can be judged: a year's actual, a Hochrechnung stated
// by the source (the seed's health project: "360 Teilnehmende (letzte Quartal hochgerechnet)").
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>

#include <amip/core/checked.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>

namespace amip {

/// Which way a figure should go: more participants, entries or integrations are better; less spend or fewer
/// people out of work are better.
enum class better : unsigned char { more, less };

/// A target's verdict.
enum class target_status : unsigned char {
  met,      ///< the figure reaches the goal
  at_risk,  ///< short of the goal, but within the tolerance
  missed    ///< short of the goal by more than the tolerance
};

/// "met", "at risk", "missed".
[[nodiscard]] constexpr std::string_view to_string(target_status s) noexcept {
  switch (s) {
    case target_status::met: return "met";
    case target_status::at_risk: return "at risk";
    case target_status::missed: return "missed";
  }
  return "?";
}

/// A goal (Zielwert) with its direction and the tolerance within which falling short is "at risk", not "missed".
template <Quantity Q>
class target {
 public:
  /// A goal, which way is better, and a tolerance (an amount of Q, at least 0; default none).
  constexpr target(Q goal, better direction, Q tolerance = Q{}) : goal_{goal}, tolerance_{tolerance}, direction_{direction} {
    if (tolerance < Q{}) throw std::invalid_argument("amip: a target's tolerance cannot be negative");
  }
  /// A tolerance as a share of the goal (percent(5): 5 % of it), rounded half away from zero once.
  [[nodiscard]] static constexpr target with_share(Q goal, better direction, exact_ratio share) {
    auto const goal_value = goal.value() < 0 ? -goal.value() : goal.value();
    auto const tolerance = detail::divide_half_away_from_zero(
        static_cast<detail::int128>(goal_value) * share.numerator(), share.denominator(), "a target's tolerance");
    return target{goal, direction, Q::from_value(tolerance)};
  }
  /// The goal (Zielwert).
  [[nodiscard]] constexpr Q goal() const noexcept { return goal_; }
  /// Whether more or less is better.
  [[nodiscard]] constexpr better direction() const noexcept { return direction_; }
  /// How far the figure may fall short and still be "at risk" rather than "missed" (at least 0).
  [[nodiscard]] constexpr Q tolerance() const noexcept { return tolerance_; }

 private:
  Q goal_;
  Q tolerance_;
  better direction_;
};

/// What a figure says about a target.
template <Quantity Q>
struct target_verdict {
  /// Met, at risk or missed.
  target_status status = target_status::met;
  /// The target's goal.
  Q goal{};
  /// The figure judged (a projection or an actual).
  Q projected{};
  /// The target's tolerance.
  Q tolerance{};
  /// The target's direction.
  better direction = better::more;
  Q gap{};                  ///< projected − goal
  relative_change change{};  ///< projected against goal

  /// "390 (more is better, tolerance 0): projected 360, 30 short of it (-7,7 %): missed"
  [[nodiscard]] std::string explain() const {
    auto const tenths = change.tenths_of_percent();
    std::string percent = "no % against 0";
    if (tenths) {
      auto const magnitude = *tenths < 0 ? -*tenths : *tenths;
      percent = std::string(*tenths < 0 ? "-" : "+") + std::to_string(magnitude / 10) + "," +
                std::to_string(magnitude % 10) + " %";
    }
    bool const short_of_it = direction == better::more ? gap < Q{} : gap > Q{};
    auto const distance = gap < Q{} ? -gap : gap;
    std::string where = gap == Q{} ? std::string("exactly on it")
                                   : detail::message_text(distance) + (short_of_it ? " short of it" : " beyond it");
    return detail::message_text(goal) + " (" + (direction == better::more ? "more" : "less") +
           " is better, tolerance " + detail::message_text(tolerance) + "): projected " +
           detail::message_text(projected) + ", " + where + " (" + percent + "): " + std::string(to_string(status));
  }
  /// Equal when every member is.
  friend constexpr bool operator==(target_verdict const&, target_verdict const&) = default;
};

/// The verdict of a figure (a projection, an actual) on a target.
template <Quantity Q>
[[nodiscard]] constexpr target_verdict<Q> judge(target<Q> const& goal, Q projected) {
  target_verdict<Q> v;
  v.goal = goal.goal();
  v.projected = projected;
  v.tolerance = goal.tolerance();
  v.direction = goal.direction();
  v.gap = projected - goal.goal();
  v.change = change_of(projected, goal.goal());
  // shortfall: how far the figure is on the wrong side of the goal (0 where it reaches it)
  auto const shortfall = goal.direction() == better::more ? -v.gap : v.gap;
  v.status = shortfall <= Q{}                ? target_status::met
             : shortfall <= goal.tolerance() ? target_status::at_risk
                                             : target_status::missed;
  return v;
}

}  // namespace amip
