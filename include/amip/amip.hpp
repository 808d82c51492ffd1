// amip: the whole library in one include.
#pragma once

#include <amip/budget.hpp>
#include <amip/budget_line.hpp>
#include <amip/catalog.hpp>
#include <amip/comparison.hpp>
#include <amip/cost.hpp>
#include <amip/data/duesseldorf_2026.hpp>
#include <amip/estimate.hpp>
#include <amip/fit.hpp>
#include <amip/measure.hpp>
#include <amip/offer.hpp>
#include <amip/plan.hpp>
#include <amip/purpose.hpp>
#include <amip/quantity.hpp>
#include <amip/ratio.hpp>
#include <amip/report/csv.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/number_format.hpp>
#include <amip/report/table.hpp>
#include <amip/report/text.hpp>
#include <amip/rules.hpp>
#include <amip/rules/budget.hpp>
#include <amip/rules/duesseldorf_2026.hpp>
#include <amip/scenario.hpp>
#include <amip/subsidy.hpp>
