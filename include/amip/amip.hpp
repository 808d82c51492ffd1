// amip: the whole library in one include.
#pragma once

#include <amip/budget_line.hpp>
#include <amip/measure.hpp>
#include <amip/purpose.hpp>
#include <amip/quantity.hpp>
#include <amip/ratio.hpp>
