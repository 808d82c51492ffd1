// amip-allocate: the keys of the EinglMV 2026 and the national allocation by them, as CSV (issue 16 point 6).
//
//   amip-allocate --shares
//   amip-allocate --eingliederung EUR --p16e EUR --verwaltung EUR --unallocated reported|renormalised
//
// --shares writes the transcribed keys: Träger-Nummer;Form;Jobcenter;Anlage 1;…;Anlage 6, the keys in per cent as
// printed (German decimal comma, four decimals), empty where an Anlage does not list the Jobcenter.
// With the national totals it writes every Jobcenter's allocation per Anlage in euros with two decimals (decimal
// comma, no thousands separators), then a row "Rest" (the undistributed remainder of each pot) and a row "Topf"
// (each pot); per column the Jobcenters plus Rest equal Topf. The Anlage 5 amounts of the gE go to the
// Bundesagentur für Arbeit (§ 2 Abs. 4). Amounts on the command line: euros, optionally with cents after a comma and
// thousands separated by dots ("4.100.000.000", "1234,5"). include/amip/money/allocation.hpp says how the pots are
// formed; README.md, "amip-allocate", shows the commands. Exit code 2 for unusable input.
#include <amip/money/allocation.hpp>

#include <cstdint>
#include <exception>
#include <iostream>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace {

namespace eg = amip::einglmv_2026;

constexpr std::string_view usage = R"usage(usage: amip-allocate --shares
       amip-allocate --eingliederung EUR --p16e EUR --verwaltung EUR --unallocated reported|renormalised
)usage";

std::string key_text(std::int32_t key) {  // 3407 -> "0,3407"
  auto const frac = std::to_string(10000 + key % 10000).substr(1);
  return std::to_string(key / 10000) + "," + frac;
}

std::string euro_text(amip::money m) {  // 12345 cents -> "123,45"
  auto const c = m.value();
  return std::to_string(c / 100) + "," + std::to_string(100 + c % 100).substr(1);
}

/// "4.100.000.000", "1234,5", "17050000,00" in cents; anything else (a decimal point, a sign, a letter) throws.
amip::money parse_euros(std::string_view option, std::string_view text) {
  auto const bad = [&] {
    return std::invalid_argument(std::string(option) + ": \"" + std::string(text) +
                                 "\" is not an amount in euros (digits, optional thousands dots, optional ,cents)");
  };
  auto const comma = text.find(',');
  auto const whole = text.substr(0, comma);
  auto const fraction = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
  if (whole.empty() || fraction.size() > 2 || (comma != std::string_view::npos && fraction.empty())) throw bad();
  std::int64_t euros = 0;
  std::size_t group = 0;
  bool dotted = false;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    char const ch = whole[i];
    if (ch == '.') {
      if ((dotted && group != 3) || group == 0 || group > 3) throw bad();
      dotted = true;
      group = 0;
      continue;
    }
    if (ch < '0' || ch > '9') throw bad();
    if (euros > 9'000'000'000'000) throw bad();  // far beyond any budget; keeps the cents in 64 bits
    euros = euros * 10 + (ch - '0');
    ++group;
  }
  if (dotted && group != 3) throw bad();
  std::int64_t cents = 0;
  for (std::size_t i = 0; i < 2; ++i) {
    if (i < fraction.size() && (fraction[i] < '0' || fraction[i] > '9')) throw bad();
    cents = cents * 10 + (i < fraction.size() ? fraction[i] - '0' : 0);
  }
  return amip::cents(euros * 100 + cents);
}

void write_shares(std::ostream& out) {
  out << "Träger-Nummer;Form;Jobcenter;Anlage 1;Anlage 2;Anlage 3;Anlage 4;Anlage 5;Anlage 6\n";
  for (auto const& row : eg::anlage1_rows) {  // Anlage 1 lists all 404 Jobcenters
    out << row.traeger_nummer << ';' << eg::printed(row.form) << ';' << row.jobcenter;
    for (auto const& a : eg::anlagen) {
      out << ';';
      for (auto const& r : a.rows)
        if (r.traeger_nummer == row.traeger_nummer) out << key_text(r.key_in_ten_thousandths_of_percent);
    }
    out << '\n';
  }
}

void write_allocation(std::ostream& out, eg::national_allocation const& a) {
  out << "Träger-Nummer;Form;Jobcenter;Anlage 1;Anlage 2;Anlage 3;Anlage 4;Anlage 5;Anlage 6\n";
  for (auto const& row : eg::anlage1_rows) {
    out << row.traeger_nummer << ';' << eg::printed(row.form) << ';' << row.jobcenter;
    for (auto const& pot : a.pots) {
      out << ';';
      if (auto const amount = pot.of(row.traeger_nummer)) out << euro_text(*amount);
    }
    out << '\n';
  }
  out << ";;Rest";
  for (auto const& pot : a.pots) out << ';' << euro_text(pot.remainder);
  out << "\n;;Topf";
  for (auto const& pot : a.pots) out << ';' << euro_text(pot.pot);
  out << '\n';
}

}  // namespace

int main(int argc, char** argv) {
  try {
    bool shares = false;
    std::optional<amip::money> eingliederung, p16e, verwaltung;
    std::optional<eg::unallocated> rest;
    for (int i = 1; i < argc; ++i) {
      std::string_view const arg = argv[i];
      auto const value = [&]() -> std::string_view {
        if (i + 1 >= argc) throw std::invalid_argument(std::string(arg) + " needs a value");
        return argv[++i];
      };
      if (arg == "--help") {
        std::cout << usage;
        return 0;
      } else if (arg == "--shares") {
        shares = true;
      } else if (arg == "--eingliederung") {
        eingliederung = parse_euros(arg, value());
      } else if (arg == "--p16e") {
        p16e = parse_euros(arg, value());
      } else if (arg == "--verwaltung") {
        verwaltung = parse_euros(arg, value());
      } else if (arg == "--unallocated") {
        auto const v = value();
        if (v == "reported") rest = eg::unallocated::reported;
        else if (v == "renormalised") rest = eg::unallocated::renormalised;
        else throw std::invalid_argument("--unallocated: \"" + std::string(v) + "\" is neither reported nor renormalised");
      } else {
        throw std::invalid_argument("unknown option " + std::string(arg) + " (see --help)");
      }
    }
    if (shares) {
      if (eingliederung || p16e || verwaltung || rest)
        throw std::invalid_argument("--shares takes no other option");
      write_shares(std::cout);
      return 0;
    }
    if (!eingliederung || !p16e || !verwaltung)
      throw std::invalid_argument("give --shares, or all of --eingliederung, --p16e and --verwaltung");
    if (!rest)
      throw std::invalid_argument(
          "--unallocated reported|renormalised is required: the printed keys do not add up to 100 %, say what "
          "becomes of the rest");
    write_allocation(std::cout, eg::allocate(eg::national_totals{*eingliederung, *p16e, *verwaltung}, *rest));
    return 0;
  } catch (std::exception const& e) {
    std::cerr << "amip-allocate: " << e.what() << '\n' << usage;
    return 2;
  }
}
