// amip demo: the measure catalogue of the Jobcenter Düsseldorf programme 2026 and its "Vergleich" rule.
#include <amip/amip.hpp>

#include <iostream>

int main() {
  std::cout << "amip: measures of the Arbeitsmarkt- und Integrationsprogramm 2026 (Jobcenter Düsseldorf)\n\n";
  for (auto const& m : amip::measures) {
    auto const& group = amip::info_of(m.purpose);
    std::cout << "  " << (group.numeral.empty() ? "-" : group.numeral) << '\t' << m.german_name << "\n\t"
              << m.basis.text() << " (" << m.basis.heading() << "), paid from "
              << amip::info_of(m.paid_from).german_name << '\n';
  }
  // Seed, Anlage 1, line "mit FbW / Reha": 8.510 entries planned for 2026 against 7.274 in 2025.
  constexpr auto change = amip::change_in_tenths_of_percent(8'510 * amip::entries, 7'274 * amip::entries);
  static_assert(change == 170, "Anlage 1 prints 17,0% for the total");
  std::cout << "\nmit FbW / Reha: 8.510 against 7.274 = " << *change / 10 << ',' << *change % 10 << "%\n";
}
