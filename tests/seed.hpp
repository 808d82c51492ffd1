// Test helper: reads the seed (the Jobcenter Düsseldorf programme 2026) shipped in tests/data.
#pragma once

#include <cstdint>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace amip_test {

/// The whole seed text.
inline std::string seed_text() {
  std::ifstream in(AMIP_SEED_FILE, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open the seed " AMIP_SEED_FILE);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

/// A German integer as printed in the seed: "8.510" -> 8510, "0" -> 0.
inline std::int64_t german_integer(std::string_view text) {
  std::int64_t value = 0;
  for (char c : text) {
    if (c == '.') continue;
    if (c < '0' || c > '9') throw std::runtime_error("not a German integer: " + std::string(text));
    value = value * 10 + (c - '0');
  }
  return value;
}

/// A German percentage as printed in the seed, in tenths: "17,0%" -> 170, "-100,0%" -> -1000.
inline std::int64_t german_tenths_of_percent(std::string_view text) {
  bool const negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  if (text.size() < 4 || text.back() != '%' || text[text.size() - 3] != ',')
    throw std::runtime_error("not a German percentage: " + std::string(text));
  auto const whole = german_integer(text.substr(0, text.size() - 3));
  auto const tenth = text[text.size() - 2] - '0';
  return (negative ? -1 : 1) * (whole * 10 + tenth);
}

/// One row of Anlage 1 "Planung EGT 2026" as printed: label, Eintritte 2026, Ergebnis 2025, Vergleich.
struct anlage1_row {
  std::string label;
  std::int64_t plan_2026;
  std::int64_t actual_2025;
  std::string change_text;  ///< "17,0%"
};

/// The 25 rows of Anlage 1, read from the seed's own lines (tab-separated columns).
inline std::vector<anlage1_row> anlage1_rows() {
  std::istringstream in(seed_text());
  std::string line;
  while (std::getline(in, line) && line.rfind("Zweckbestimmung\tEintritte 2026", 0) != 0) {
  }
  std::vector<anlage1_row> rows;
  while (std::getline(in, line) && !line.empty()) {
    std::vector<std::string> cells;
    std::istringstream fields(line);
    for (std::string cell; std::getline(fields, cell, '\t');) cells.push_back(cell);
    if (cells.size() != 4) throw std::runtime_error("unexpected Anlage 1 line in the seed: " + line);
    rows.push_back({cells[0], german_integer(cells[1]), german_integer(cells[2]), cells[3]});
  }
  return rows;
}

}  // namespace amip_test
