// A report of one's own in a few dozen lines: the leaves of Anlage 1 that grow by more than 50 %, fastest first.
// Everything a report writer needs is public: a comparison is a range-v3 view of rows, numbers format the German
// (or English) way.
#include <amip/programmes/duesseldorf_2026.hpp>

#include <functional>
#include <iostream>
#include <range/v3/algorithm/stable_sort.hpp>
#include <range/v3/range/conversion.hpp>
#include <range/v3/view/filter.hpp>
#include <vector>

int main() {
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  auto const vergleich = amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025));

  // Keep the leaves that grow by more than half; a row without a change compares false and drops out.
  auto growing =
      vergleich |
      ranges::views::filter([](auto const& row) { return row.is_leaf() && row.change() > amip::percent(50); }) |
      ranges::to<std::vector>();
  // Fastest first: sort by the exact change (ties keep catalogue order).
  auto const by_change = [](auto const& row) { return row.change().value(); };
  ranges::stable_sort(growing, std::greater<>{}, by_change);

  using amip::report::format_change;
  using amip::report::format_count;
  std::cout << "Leaves of Anlage 1 growing by more than 50 % (Eintritte 2026 against Ergebnis 2025)\n\n";
  for (auto const& row : growing) {
    std::cout << "  " << format_change(row.change()) << "\t" << format_count(*row.prior()) << " -> "
              << format_count(*row.now()) << "\t" << row.label() << '\n';
  }
  std::cout << '\n' << growing.size() << " of 16 leaves\n";
}
