// Stated totals against their lines: the one definition of "a stated total disagrees with its lines", used by
// basic_plan::check() (amip/model/plan.hpp) and by the plan CSV reader (amip/io/plan_csv.hpp).
//
// Synopsis
//
//   namespace amip {
//   enum class total_problem { sum_differs, known_parts_exceed, part_exceeds_whole, sum_overflows,
//                              known_parts_overflow };
//   struct total_mismatch { total_problem what; line_index line; std::int64_t expected; std::int64_t found; };
//
//   // One period's figures of a catalogue's lines, stated(i) -> std::optional<std::int64_t> for line i; calls
//   // visit(total_mismatch const&) for each mismatch, in line order (a "darunter" line's parts in line order).
//   template <class Stated, class Visit> constexpr void check_totals(catalog const&, Stated&&, Visit&&);
//   }
//
// A line's figure is the sum of its "davon" lines where it has some and all of them are known, else its stated
// figure (what basic_plan::figure() returns). Then:
//   - a "davon" line whose lines are all known and whose stated figure is not their sum: sum_differs (expected: the
//     sum, found: the stated figure);
//   - a "davon" line with a stated figure and some lines unknown, whose known lines (descending through unknown
//     "davon" lines) already add up to more: known_parts_exceed (expected: what they add up to). No bound when a
//     known figure below is negative;
//   - a line under a "darunter" line with a figure, whose own figure is larger: part_exceeds_whole (line: the part,
//     expected: the whole, found: the part);
//   - a sum that leaves the range of std::int64_t is reported once, at the lowest line where it happens and not
//     above it: sum_overflows (all lines known, whether or not the line states a figure) or known_parts_overflow
//     (some unknown, the line states a figure); `found` is the stated figure or 0, `expected` is 0.
// Nothing throws but std::bad_alloc: plans decide what an overflow means (basic_plan::check() throws), files report
// it as an error in the file.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include <amip/model/catalog.hpp>

namespace amip {

/// What is wrong with a stated figure, as check_totals finds it.
enum class total_problem : unsigned char {
  sum_differs,          ///< a "davon" total is not the sum of its lines
  known_parts_exceed,   ///< some "davon" lines are unknown, but those known already exceed the stated total
  part_exceeds_whole,   ///< a line under a "darunter" line is larger than the line it is part of
  sum_overflows,        ///< the lines of a "davon" line, all known, add up to more than std::int64_t holds
  known_parts_overflow  ///< the known lines of a stated "davon" total add up to more than std::int64_t holds
};

/// One finding of check_totals.
struct total_mismatch {
  /// The kind of disagreement.
  total_problem what;
  line_index line;        ///< the line whose figure is in question (the part, for part_exceeds_whole)
  std::int64_t expected;  ///< the sum of its lines, what its known lines add up to, or the whole; 0 for an overflow
  std::int64_t found;     ///< the stated figure (the part's figure for part_exceeds_whole); 0 if none is stated
};

namespace detail {

/// A figure being rolled up: unknown, a value, or a sum beyond std::int64_t.
struct rolled_figure {
  bool known = false;
  bool overflow = false;
  std::int64_t value = 0;
};

constexpr void add_rolled(rolled_figure& sum, rolled_figure part) noexcept {
  if (sum.overflow || part.overflow || __builtin_add_overflow(sum.value, part.value, &sum.value)) sum.overflow = true;
}

}  // namespace detail

/// Calls visit(total_mismatch const&) for each stated figure of one period that disagrees with the lines under it
/// (see the top of this header); stated(i) is line i's stated figure as std::optional<std::int64_t>.
template <class Stated, class Visit>
constexpr void check_totals(catalog const& table, Stated&& stated, Visit&& visit) {
  using detail::rolled_figure;
  auto const lines = table.lines();
  std::size_t const size = lines.size();
  // One record per line, filled by push_back only: clang 14 cannot value-initialise a std::vector of n trivial
  // elements (libstdc++ 12's fill_n) in a constant expression, and plan::check() is used in static_assert.
  struct line_state {
    std::vector<std::size_t> children;  // in catalogue order
    std::size_t pending = 0;            // children not yet rolled up
    rolled_figure own;                  // the stated figure
    rolled_figure figure;               // basic_plan::figure()
    rolled_figure bound;                // what is known under a "davon" line, as a lower bound of its sum
    bool overflow_below = false;        // a figure under the line overflows
    bool summed = false;                // the line has lines, all of them known
  };
  std::vector<line_state> at_line;
  at_line.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    at_line.push_back(line_state{});
    if (std::optional<std::int64_t> const v = stated(i)) at_line.back().own = {true, false, *v};
  }
  for (std::size_t i = 0; i < size; ++i) {
    if (auto const p = lines[i].parent; p != no_parent) at_line[p].children.push_back(i);
  }
  // Children before parents: the catalogue is a tree, so repeatedly taking a line whose children are done works.
  std::vector<std::size_t> order;
  order.reserve(size);
  for (std::size_t i = 0; i < size; ++i) {
    at_line[i].pending = at_line[i].children.size();
    if (at_line[i].pending == 0) order.push_back(i);
  }
  for (std::size_t k = 0; k < order.size(); ++k) {
    auto const p = lines[order[k]].parent;
    if (p != no_parent && --at_line[p].pending == 0) order.push_back(p);
  }
  for (auto const i : order) {
    auto& l = at_line[i];
    rolled_figure sum{!l.children.empty(), false, 0};
    rolled_figure known_part{true, false, 0};
    for (auto const c : l.children) {
      auto const& child = at_line[c];
      if (child.figure.overflow || child.overflow_below) l.overflow_below = true;
      if (!child.figure.known) sum.known = false;
      if (sum.known) detail::add_rolled(sum, child.figure);
      auto const part = !child.figure.known && lines[c].children == children_rule::sum ? child.bound : child.figure;
      if (!part.known || !known_part.known || known_part.overflow) continue;
      if (!part.overflow && part.value < 0) {
        known_part = {};  // a negative figure: what is known bounds nothing
        continue;
      }
      detail::add_rolled(known_part, part);
    }
    l.bound = l.children.empty() ? rolled_figure{} : known_part;  // a line without lines has no known lines
    l.summed = sum.known;
    l.figure = lines[i].children == children_rule::sum && sum.known ? sum : l.own;
  }
  for (std::size_t i = 0; i < size; ++i) {
    line_index const at{i};
    auto const& l = at_line[i];
    if (lines[i].children == children_rule::sum) {
      bool const rolled_up = l.summed;
      if (rolled_up && l.figure.overflow && !l.overflow_below) {
        visit(total_mismatch{total_problem::sum_overflows, at, 0, l.own.value});
      } else if (rolled_up && !l.figure.overflow && l.own.known && l.own.value != l.figure.value) {
        visit(total_mismatch{total_problem::sum_differs, at, l.figure.value, l.own.value});
      } else if (!rolled_up && l.own.known && l.bound.known && l.bound.overflow && !l.overflow_below) {
        visit(total_mismatch{total_problem::known_parts_overflow, at, 0, l.own.value});
      } else if (!rolled_up && l.own.known && l.bound.known && !l.bound.overflow && l.bound.value > l.own.value) {
        visit(total_mismatch{total_problem::known_parts_exceed, at, l.bound.value, l.own.value});
      }
    } else if (l.figure.known) {
      for (auto const c : l.children) {
        auto const part = at_line[c].figure;
        if (!part.known || part.overflow || part.value <= l.figure.value) continue;
        visit(total_mismatch{total_problem::part_exceeds_whole, line_index{c}, l.figure.value, part.value});
      }
    }
  }
}

}  // namespace amip
