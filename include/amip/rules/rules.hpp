// Rules: checks that look at a plan (or an offer, or anything else) and return findings that explain themselves.
// This header includes the four rules headers below (not rules/budget.hpp); include one of them alone for less:
//
//   amip/rules/finding.hpp            severity, figures, outcome, rule_info, finding, findings
//   amip/rules/explanation.hpp        explanation(finding), to_string(finding), << for finding and findings
//   amip/rules/rule.hpp               rule, all_of, any_of, not_, only_when, inspecting, &&, ||, !, check, check_into
//   amip/rules/comparison_checks.hpp  checks:: over a comparison of a plan, check(plan, now, prior, rules)
//
// Only explanation.hpp needs number formatting and streams, only comparison_checks.hpp plans and comparisons.
#pragma once

#include <amip/rules/comparison_checks.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/rule.hpp>
