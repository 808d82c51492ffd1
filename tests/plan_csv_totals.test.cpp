// The plan CSV reader and plan::check() agree on every stated total that disagrees with its lines: random
// catalogue trees (a fixed seed), some totals misstated, written as a self-describing plan CSV (docs/csv.md),
// read collecting all errors, and the reader's total errors compared with plan::check() on a plan built apart
// from the file.
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using amip::entries;
using amip::io::csv_error_kind;

namespace {

using problem = amip::consistency_finding<amip::entry_count>::problem;

struct random_tree {
  std::vector<std::string> keys;
  std::vector<std::string> labels;
  std::vector<amip::line> lines;
  std::vector<amip::period> periods;
  std::vector<std::vector<std::optional<std::int64_t>>> stated;  // [line][period]
};

random_tree make_tree(std::mt19937& random) {
  auto const uniform = [&](int low, int high) { return std::uniform_int_distribution<int>{low, high}(random); };
  auto const chance = [&](int percent) { return uniform(0, 99) < percent; };
  random_tree t;
  auto const size = static_cast<std::size_t>(uniform(2, 30));
  t.keys.reserve(size);  // the lines' string views refer to these
  t.labels.reserve(size);
  std::vector<std::size_t> parents(size, amip::no_parent);
  std::vector<bool> sums(size);
  for (std::size_t i = 0; i < size; ++i) {
    t.keys.push_back("k" + std::to_string(i));
    t.labels.push_back("Line " + std::to_string(i));
    if (i != 0 && !chance(10)) parents[i] = static_cast<std::size_t>(uniform(0, static_cast<int>(i) - 1));
    sums[i] = chance(75);
  }
  std::vector<std::size_t> child_count(size);
  for (auto const p : parents) {
    if (p != amip::no_parent) ++child_count[p];
  }
  for (std::size_t i = 0; i < size; ++i) {
    auto const kind = child_count[i] == 0 ? amip::line_kind::leaf : amip::line_kind::group;
    t.lines.push_back(amip::line{t.keys[i], kind, parents[i],
                                 sums[i] ? amip::children_rule::sum : amip::children_rule::subset, std::nullopt,
                                 std::nullopt, false, t.labels[i], t.labels[i]});
  }
  std::vector<amip::period> all{amip::plan_of(2026), amip::actual_of(2025), amip::projection_of(2025),
                                amip::actual_of(2024), amip::plan_of(2025)};
  std::shuffle(all.begin(), all.end(), random);
  t.periods.assign(all.begin(), all.begin() + uniform(1, 3));
  t.stated.assign(size, std::vector<std::optional<std::int64_t>>(t.periods.size()));
  for (std::size_t k = 0; k < t.periods.size(); ++k) {
    // The true figures, children (higher indices) before parents; then what the file states of them.
    std::vector<std::int64_t> truth(size);
    for (std::size_t i = size; i-- > 0;) {
      std::int64_t sum = 0;
      std::int64_t largest = 0;
      for (std::size_t c = i + 1; c < size; ++c) {
        if (parents[c] != i) continue;
        sum += truth[c];
        largest = std::max(largest, truth[c]);
      }
      truth[i] = child_count[i] == 0 ? uniform(0, 999) : sums[i] ? sum : largest + uniform(0, 50);
      std::optional<std::int64_t> stated = truth[i];
      int const roll = uniform(0, 99);
      if (child_count[i] == 0) {
        if (roll < 15) stated.reset();
      } else if (roll < 35) {
        stated.reset();
      } else if (roll < 60) {  // misstated: a little more or less than the truth
        auto const delta = uniform(1, 30) * (chance(50) ? 1 : -1);
        stated = truth[i] + delta >= 0 ? truth[i] + delta : truth[i] + 1;
      } else if (roll < 70 && truth[i] > 3) {  // far too little: below its known lines even if some are unknown
        stated = truth[i] / 3;
      }
      t.stated[i][k] = stated;
    }
  }
  return t;
}

struct cell_position {
  std::size_t line;
  std::size_t column;
  friend auto operator<=>(cell_position const&, cell_position const&) = default;
};

// The tree as a plan CSV, its lines in a random order (a parent may come after its lines); where each figure is.
std::string write_csv(random_tree const& t, std::mt19937& random,
                      std::map<cell_position, std::pair<std::size_t, std::size_t>>& figure_at) {
  std::string text = "# a random tree\nkey;parent;children;label";
  for (auto const& when : t.periods) text += ";" + amip::to_string(when, amip::language::english);
  text += "\n";
  std::vector<std::size_t> order(t.lines.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), random);
  std::size_t file_line = 3;
  for (auto const i : order) {
    auto const& l = t.lines[i];
    std::string row = t.keys[i] + ";" + (l.parent == amip::no_parent ? std::string() : t.keys[l.parent]) + ";" +
                      (l.children == amip::children_rule::sum ? "sum" : "subset") + ";" + t.labels[i];
    for (std::size_t k = 0; k < t.periods.size(); ++k) {
      row += ";";
      figure_at[{file_line, row.size() + 1}] = {i, k};
      if (t.stated[i][k]) row += std::to_string(*t.stated[i][k]);
    }
    text += row + "\n";
    ++file_line;
  }
  return text;
}

std::int64_t number_after_last_expected(std::string const& message) {
  auto at = message.rfind("; expected ");
  REQUIRE(at != std::string::npos);
  at += std::string_view("; expected ").size();
  for (std::string_view const words : {"at least ", "at most "}) {
    if (message.compare(at, words.size(), words) == 0) at += words.size();
  }
  return std::stoll(message.substr(at));
}

std::optional<problem> problem_of(csv_error_kind kind) {
  switch (kind) {
    case csv_error_kind::total_disagrees:
      return problem::sum_differs;
    case csv_error_kind::known_parts_exceed:
      return problem::known_parts_exceed;
    case csv_error_kind::part_exceeds_whole:
      return problem::part_exceeds_whole;
    default:
      return std::nullopt;
  }
}

}  // namespace

TEST_CASE("The reader reports exactly the totals plan::check() finds, on 150 random trees") {
  std::mt19937 random{20261207};
  constexpr int trees = 150;
  int trees_with_mismatches = 0;
  std::map<problem, int> seen;
  int found_compared = 0;
  for (int n = 0; n < trees; ++n) {
    auto const t = make_tree(random);
    std::map<cell_position, std::pair<std::size_t, std::size_t>> figure_at;
    auto const text = write_csv(t, random, figure_at);
    INFO("tree " << n << ":\n" << text);

    // The plan built apart from the file, and what plan::check() finds in it.
    amip::catalog const table{"random", t.lines};
    amip::plan<amip::entry_count> plan{table};
    for (std::size_t i = 0; i < t.lines.size(); ++i) {
      for (std::size_t k = 0; k < t.periods.size(); ++k) {
        if (t.stated[i][k]) plan.state(amip::line_index{i}, t.periods[k], *t.stated[i][k] * entries);
      }
    }
    using key = std::tuple<std::size_t, std::size_t, problem>;      // line, period, problem
    std::map<key, std::pair<std::int64_t, std::int64_t>> expected;  // expected, found
    for (auto const& f : plan.check()) {
      auto const k =
          static_cast<std::size_t>(std::find(t.periods.begin(), t.periods.end(), f.when) - t.periods.begin());
      REQUIRE(k < t.periods.size());
      CHECK(expected.emplace(key{amip::index_of(f.line), k, f.what}, std::pair{f.expected.value(), f.found.value()})
                .second);
      ++seen[f.what];
    }

    // What the reader reports: only totals, each at a figure's cell, naming the same line, period and values.
    auto const read = amip::io::read_plan_csv_collecting(text, "random.csv");
    std::map<key, std::pair<std::int64_t, std::int64_t>> reported;
    for (auto const& e : read.errors()) {
      INFO(e.to_string());
      auto const what = problem_of(e.kind);
      REQUIRE(what);
      auto const cell = figure_at.find({e.line, e.column});
      REQUIRE(cell != figure_at.end());
      auto const [line, slot] = cell->second;
      auto const value = number_after_last_expected(e.message);
      std::int64_t found = -1;  // an empty cell (a part rolled up from its lines) shows no figure
      if (!e.text.empty()) {
        found = std::stoll(e.text);
        REQUIRE(t.stated[line][slot] == found);
      }
      CHECK(reported.emplace(key{line, slot, *what}, std::pair{value, found}).second);
    }
    REQUIRE(reported.size() == expected.size());
    for (auto const& [k, values] : expected) {
      auto const [line, slot, what] = k;
      auto const r = reported.find(k);
      INFO("line " << t.keys[line] << ", period " << slot);
      REQUIRE(r != reported.end());
      CHECK(r->second.first == values.first);
      if (what == problem::part_exceeds_whole) {
        // The part's figure, rolled up from its lines where it has them; the reader shows the part's own cell.
        CHECK(plan.figure(amip::line_index{line}, t.periods[slot]) == values.second * entries);
      } else {
        CHECK(r->second.second == values.second);  // the stated total, as its cell shows it
        ++found_compared;
      }
    }
    if (!expected.empty()) ++trees_with_mismatches;
  }
  // The comparison proves something only if mismatches of every kind occur, in most trees.
  CHECK(trees_with_mismatches >= trees * 3 / 4);
  CHECK(seen[problem::sum_differs] >= 50);
  CHECK(seen[problem::known_parts_exceed] >= 5);
  CHECK(seen[problem::part_exceeds_whole] >= 5);
  CHECK(found_compared >= 100);
}
