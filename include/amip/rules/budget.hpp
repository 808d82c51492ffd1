// Rules about money: a budget line's balance against the plan's spend (the funding reservation, once the allocation
// is known).
//
// Synopsis
//
//   namespace amip::rules::budget {
//   within_allocation          // on an amip::balance: remaining() >= 0                               error
//   commitments_covered        // on an amip::balance: committed <= allocated + in - out              error
//   balance_rules              // both, in this order
//   constexpr auto moved_share_at_most(exact_ratio share);   // on an amip::budget_shift: moved <= allocated × share
//                                                            //                                            warning
//   }
//
// Both inspect one amip::balance (amip/money/budget.hpp: amip::budget::balance_of<line>(planned), a line_balance that
// converts to it, or untyped_balance_of(line, planned)). Run them per line, e.g.
//   amip::check(year.balance_of<amip::budget_line::egt>(amip::egt_money{need}), amip::rules::budget::balance_rules)
// moved_share_at_most inspects an Umschichtung (amip::budget::shift_of(from, to)), e.g.
//   amip::check(year.shift_of(amip::budget_line::egt, amip::budget_line::vwhh),
//               amip::rules::budget::moved_share_at_most(amip::percent(10)))
// The seed states no allocation (section 2: "Die konkrete Mittelausstattung wird in einer separaten Vorlage …
// ausgewiesen"), so these rules run on the caller's budget, not on embedded figures.
#pragma once

#include <string_view>

#include <amip/core/checked.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/budget_line.hpp>
#include <amip/money/budget.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/formula.hpp>
#include <amip/rules/rule.hpp>

/// Rules on a budget line's balance: the plan fits the money, commitments are covered.
namespace amip::rules::budget {

/// Seed, Anlage 1 and section 2: "Die Planung steht unter einem Finanzierungsvorbehalt". Once the allocation is
/// known, the plan holds only if its spend fits what the line has: allocated + received − given − committed −
/// planned >= 0.
struct within_allocation_check {
  /// Passes when the line's remaining() is 0 or more.
  [[nodiscard]] constexpr outcome operator()(balance const& b) const {
    bool const fits = b.remaining() >= money{};
    // Chosen by assignment, not by ?: between checked literals (clang 14 crashes generating that code).
    checked_formula formula = "{label}: {0} + {1} - {2} - {3} - {4} = {5} ≥ 0";
    if (!fits) formula = "{label}: {0} + {1} - {2} - {3} - {4} = {5} < 0: the plan needs more than the line has";
    return outcome{fits,
                   formula,
                   {quantity_figure("allocated", b.allocated), quantity_figure("transferred in", b.transferred_in),
                    quantity_figure("transferred out", b.transferred_out), quantity_figure("committed", b.committed),
                    quantity_figure("planned", b.planned), quantity_figure("remaining", b.remaining())}}
        .labelled(text::of_static(info_of(b.line).german_name));
  }
};

/// The rule of within_allocation_check: "within-allocation", severity error (Abschnitt 2; Anlage 1).
inline constexpr auto within_allocation =
    rule{rule_info{"within-allocation", "The plan's spend fits the money of its budget line (Finanzierungsvorbehalt)",
                   "Abschnitt 2; Anlage 1", severity::error},
         within_allocation_check{}};

/// Money bound by earlier decisions (Vorbindungen, e.g. the 219 FbW cases from 2024 of section 4) must be covered
/// by the line before anything new is planned: committed <= allocated + received − given.
struct commitments_covered_check {
  /// Passes when committed <= allocated + transferred_in − transferred_out.
  [[nodiscard]] constexpr outcome operator()(balance const& b) const {
    auto const own = b.allocated + b.transferred_in - b.transferred_out;
    bool const covered = b.committed <= own;
    checked_formula formula = "{label}: committed {0} ≤ {1} available before the plan";
    if (!covered) formula = "{label}: committed {0} > {1} available before the plan";
    return outcome{covered, formula, {quantity_figure("committed", b.committed), quantity_figure("available", own)}}
        .labelled(text::of_static(info_of(b.line).german_name));
  }
};

/// The rule of commitments_covered_check: "commitments-covered", severity error (Abschnitt 4).
inline constexpr auto commitments_covered =
    rule{rule_info{"commitments-covered", "Commitments carried over are covered by the line's money (Vorbindungen)",
                   "Abschnitt 4", severity::error},
         commitments_covered_check{}};

/// An Umschichtung moves at most a share of the allocation of the line it leaves: moved × den <= allocated × num,
/// exact. Nothing allocated and nothing moved passes; money moved out of a line with no allocation fails.
struct moved_share_at_most_check {
  exact_ratio share;  ///< the largest share of the allocation that may move (e.g. 10 %)
  /// Passes when moved <= share × allocated, or when nothing is allocated and nothing moved.
  [[nodiscard]] constexpr outcome operator()(budget_shift const& s) const {
    auto const label = text::of_static(info_of(s.from).german_name);
    if (s.allocated == money{}) {
      bool const none = s.moved <= money{};
      checked_formula formula = "{label}: nothing allocated and nothing moved";
      if (!none) formula = "{label}: {0} moved out, but nothing allocated, so its share is not known";
      return outcome{none, formula, {quantity_figure("moved", s.moved), limit_figure("limit", share)}}.labelled(label);
    }
    bool const within = static_cast<detail::int128>(s.moved.value()) * share.denominator() <=
                        static_cast<detail::int128>(s.allocated.value()) * share.numerator();
    checked_formula formula = "{label}: Umschichtung {0} of the allocation {1} = {2}, at most {3}";
    if (!within) formula = "{label}: Umschichtung {0} of the allocation {1} = {2}, more than {3}";
    return outcome{within,
                   formula,
                   {quantity_figure("moved", s.moved), quantity_figure("allocated", s.allocated),
                    share_figure("share", s.share()), limit_figure("limit", share)}}
        .labelled(label);
  }
};

/// The rule "an Umschichtung moves at most `share` of the allocation of the line it leaves" (for example of the EGT
/// into the VwHH): a warning, since moving money is allowed; the limit is the caller's.
[[nodiscard]] constexpr auto moved_share_at_most(exact_ratio share) {
  return rule{rule_info{"moved-share-at-most",
                        "An Umschichtung moves at most a set share of the allocation of the line it leaves",
                        "Umschichtung (EGT -> VwHH)", severity::warning},
              moved_share_at_most_check{share}};
}

/// Both balance rules, in this order.
inline constexpr auto balance_rules = all_of(within_allocation, commitments_covered);

}  // namespace amip::rules::budget
