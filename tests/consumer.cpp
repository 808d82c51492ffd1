// What a downstream tool does first: include amip, state two figures, print their "Vergleich".
#include <amip/amip.hpp>

#include <iostream>

int main() {
  // Seed, Anlage 1, line "mit FbW / Reha": 8.510 entries planned for 2026 against 7.274 in 2025.
  constexpr auto change = amip::change_in_tenths_of_percent(8'510 * amip::entries, 7'274 * amip::entries);
  static_assert(change == 170);
  std::cout << "mit FbW / Reha: " << *change / 10 << ',' << *change % 10 << " %\n";
  return 0;
}
