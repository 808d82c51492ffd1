// expect: error_a_formula_placeholder_names_no_figure_use_0_to_7_label_now_period_or_prior_period
// expect in notes: a formula is a value checked in constant evaluation; clang names the placeholder in a note
// A rule's formula known at compile time is checked: the typo {lable} names no figure and does not compile (it would
// otherwise print verbatim). The twin spells it {label}.
#include <amip/rules/explanation.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/rule.hpp>

struct positive_check {
  [[nodiscard]] constexpr amip::outcome operator()(int subject) const {
#ifdef AMIP_MUST_FAIL
    return amip::outcome{subject > 0, "{lable} = {0} > 0", {amip::integer_figure("subject", subject)}}.labelled("n");
#else
    return amip::outcome{subject > 0, "{label} = {0} > 0", {amip::integer_figure("subject", subject)}}.labelled("n");
#endif
  }
};

inline constexpr auto positive =
    amip::rule{amip::rule_info{"positive", "The subject is positive", ""}, positive_check{}};

int main() { return amip::explanation(amip::check(1, positive)[0]) == "n = 1 > 0" ? 0 : 1; }
