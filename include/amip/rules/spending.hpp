// Rules about the money through the year (Mittelabfluss): warnings when the projected spend exceeds the allocation,
// or leaves more of it unspent than a share the Jobcenter chooses, citing the figures.
//
// Synopsis
//
//   namespace amip::rules::spending {
//   projected_within_allocation          // on an amip::money_flow: projected <= allocation          warning
//   constexpr auto unspent_at_most(exact_ratio share);   // remainder <= allocation × share          warning
//   constexpr auto flow_rules(exact_ratio share);        // both, in this order
//   }
//
// Both inspect one amip::money_flow (amip/monitoring/money_flow.hpp), e.g.
//   amip::check(amip::flow_of(spend, amip::budget_line::egt, allocation, projection),
//               amip::rules::spending::flow_rules(amip::percent(5)))
// Without a projection of the year's spend both fail: a verdict on a figure nobody has would be a guess.
#pragma once

#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/monitoring/money_flow.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/formula.hpp>
#include <amip/rules/rule.hpp>

/// Rules on a year's flow of money (Mittelabfluss): the projected spend against the allocation.
namespace amip::rules::spending {

/// The year's projected spend stays within the allocation.
struct projected_within_allocation_check {
  /// Passes when the projected spend is at most the allocation; fails where there is no projection.
  [[nodiscard]] outcome operator()(amip::money_flow const& f) const {
    if (!f.projected) {
      return outcome{false, "{label}: the year's spend has no projection, so whether it fits {0} is not known",
                     {quantity_figure("allocation", f.allocation)}}
          .labelled(text{f.label});
    }
    bool const fits = *f.projected <= f.allocation;
    checked_formula formula = "{label}: projected {0} ≤ allocation {1} (spent to date {2})";
    if (!fits) formula = "{label}: projected {0} > allocation {1} by {3} (spent to date {2})";
    return outcome{fits, formula,
                   {quantity_figure("projected", *f.projected), quantity_figure("allocation", f.allocation),
                    quantity_figure("spent to date", f.spent_to_date),
                    quantity_figure("overspend", *f.projected - f.allocation)}}
        .labelled(text{f.label});
  }
};

/// The rule of projected_within_allocation_check: "projected-within-allocation", severity warning.
inline constexpr auto projected_within_allocation =
    rule{rule_info{"projected-within-allocation", "The year's projected spend stays within the allocation (Mittelabfluss)",
                   "Abschnitt 2 (Finanzierungsvorbehalt)", severity::warning},
         projected_within_allocation_check{}};

/// What the projected spend leaves unspent is at most a share of the allocation.
struct unspent_at_most_check {
  /// The largest share of the allocation that may stay unspent.
  exact_ratio share;
  /// Passes when allocation − projected spend is at most share × allocation; fails where there is no projection.
  [[nodiscard]] outcome operator()(amip::money_flow const& f) const {
    if (!f.projected) {
      return outcome{false, "{label}: the year's spend has no projection, so what it leaves of {0} is not known",
                     {quantity_figure("allocation", f.allocation)}}
          .labelled(text{f.label});
    }
    auto const remainder = *f.remainder();
    // remainder <= allocation × share, compared exactly: remainder × den <= allocation × num
    bool const within = static_cast<detail::int128>(remainder.value()) * share.denominator() <=
                        static_cast<detail::int128>(f.allocation.value()) * share.numerator();
    checked_formula formula = "{label}: allocation {0} − projected {1} = {2} unspent, at most {3} of the allocation";
    if (!within) formula = "{label}: allocation {0} − projected {1} = {2} unspent, more than {3} of the allocation";
    return outcome{within, formula,
                   {quantity_figure("allocation", f.allocation), quantity_figure("projected", *f.projected),
                    quantity_figure("unspent", remainder), limit_figure("share", share)}}
        .labelled(text{f.label});
  }
};

/// The rule "at most `share` of the allocation left unspent at the year's end, as projected".
[[nodiscard]] constexpr auto unspent_at_most(exact_ratio share) {
  return rule{rule_info{"unspent-at-most", "The projected spend leaves at most a set share of the allocation unspent",
                        "Abschnitt 2", severity::warning},
              unspent_at_most_check{share}};
}

/// Both rules about the money through the year, in this order.
[[nodiscard]] constexpr auto flow_rules(exact_ratio unspent_share) {
  return all_of(projected_within_allocation, unspent_at_most(unspent_share));
}

}  // namespace amip::rules::spending
