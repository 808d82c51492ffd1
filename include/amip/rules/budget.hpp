// Rules about money: a budget line's balance against the plan's spend (the funding reservation, once the allocation
// is known).
//
// Synopsis
//
//   namespace amip::rules::budget {
//   within_allocation          // on an amip::balance: remaining() >= 0                               error
//   commitments_covered        // on an amip::balance: committed <= allocated + in - out              error
//   balance_rules              // both, in this order
//   }
//
// Both inspect one amip::balance (amip/money/budget.hpp: amip::budget::balance_of<line>(planned), a line_balance that
// converts to it, or untyped_balance_of(line, planned)). Run them per line, e.g.
//   amip::check(year.balance_of<amip::budget_line::egt>(amip::egt_money{need}), amip::rules::budget::balance_rules)
// The seed states no allocation (section 2: "Die konkrete Mittelausstattung wird in einer separaten Vorlage …
// ausgewiesen"), so these rules run on the caller's budget, not on embedded figures.
#pragma once

#include <string_view>

#include <amip/core/quantity.hpp>
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

/// Both balance rules, in this order.
inline constexpr auto balance_rules = all_of(within_allocation, commitments_covered);

}  // namespace amip::rules::budget
