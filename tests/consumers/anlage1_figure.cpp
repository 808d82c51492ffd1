// A program built against an installed amip, as a user of the Debian package builds it (cmake/package_check.sh):
// tests/consumers/cmake finds amip with find_package(amip), tests/consumers/make asks pkg-config for its flags.
// It prints one row of Anlage 1 of the Düsseldorf programme 2026, computed from the embedded leaves.
#include <amip/programmes/duesseldorf_2026.hpp>

#include <iostream>

int main() {
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  constexpr auto line = amip::duesseldorf_2026::lines::with_fbw_reha;
  auto const vergleich = amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025));
  // Seed, Anlage 1, "mit FbW / Reha": 8.510 entries planned for 2026 against 7.274 in 2025;
  // (8510 - 7274) / 7274 = 1236 / 7274 = 16.99 %, printed as 17,0%.
  std::cout << "mit FbW / Reha: " << amip::report::format_count(egt.total(line, amip::plan_of(2026))) << " / "
            << amip::report::format_count(egt.total(line, amip::actual_of(2025))) << " / "
            << amip::report::format_change(vergleich.change(line)) << '\n';
  return 0;
}
