// amip: the whole library in one include, layer by layer. No reference programme is part of it: each has its own
// umbrella under amip/programmes/ (README, "Layout"). Catch2 matchers: <amip/testing/catch_matchers.hpp>.
#pragma once

// core: integers, quantities, exact ratios, estimates, number text
#include <amip/core/checked.hpp>
#include <amip/core/diagnostics.hpp>
#include <amip/core/estimate.hpp>
#include <amip/core/integer.hpp>
#include <amip/core/language.hpp>
#include <amip/core/number_text.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/core/split.hpp>
#include <amip/core/text.hpp>

// model: measures, purposes, budget lines, periods, catalogues, plans, comparisons, scenarios, offers
#include <amip/model/budget_line.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/consistency.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/offer.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>
#include <amip/model/purpose.hpp>
#include <amip/model/rollup.hpp>
#include <amip/model/scenario.hpp>

// money: budgets, cost rates, subsidies, fitting a plan to a budget
#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/fit.hpp>
#include <amip/money/spending.hpp>
#include <amip/money/subsidy.hpp>

// monitoring: projections to the year end (Hochrechnung), attainment (Zielerreichung), targets, money through the year
#include <amip/monitoring/money_flow.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/monitoring/records.hpp>
#include <amip/monitoring/target.hpp>

// report: number formats, tables as text, Markdown, CSV and HTML, stream output
#include <amip/report/csv.hpp>
#include <amip/report/html.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/monitoring.hpp>
#include <amip/report/number_format.hpp>
#include <amip/report/ostream.hpp>
#include <amip/report/table.hpp>
#include <amip/report/text.hpp>

// rules: findings, composition, checks over comparisons, explanations, rules about money
#include <amip/rules/budget.hpp>
#include <amip/rules/comparison_checks.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/rule.hpp>
#include <amip/rules/rules.hpp>
#include <amip/rules/spending.hpp>

// io: CSV, its diagnostics, reading plans from CSV
#include <amip/io/csv.hpp>
#include <amip/io/diagnostic.hpp>
#include <amip/io/loaded_plan.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/io/plan_csv_columns.hpp>
#include <amip/io/records_csv.hpp>
#include <amip/io/registry_csv.hpp>
