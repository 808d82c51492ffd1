// The option combinations of the plan CSV writer (amip/report/csv.hpp) that the round-trip tests write with, and
// their description for a failing test's message.
#pragma once

#include <amip/core/language.hpp>
#include <amip/report/csv.hpp>

#include <initializer_list>
#include <string>
#include <vector>

namespace amip_test {

/// Every combination of language, the given delimiters, BOM, CR LF and grouping.
inline std::vector<amip::report::csv_options> writer_options(std::initializer_list<char> delimiters) {
  std::vector<amip::report::csv_options> out;
  for (auto const lang : {amip::language::german, amip::language::english}) {
    for (char const delimiter : delimiters) {
      for (bool const bom : {false, true}) {
        for (bool const crlf : {false, true}) {
          for (bool const grouped : {false, true}) out.push_back({lang, delimiter, bom, crlf, grouped, false});
        }
      }
    }
  }
  return out;
}

/// "German, delimiter ';', BOM on, CRLF off, grouping on"
inline std::string describe(amip::report::csv_options const& o) {
  return std::string(o.lang == amip::language::german ? "German" : "English") + ", delimiter " +
         (o.delimiter == '\t' ? std::string("tab") : "'" + std::string(1, o.delimiter) + "'") + ", BOM " +
         (o.byte_order_mark ? "on" : "off") + ", CRLF " + (o.crlf ? "on" : "off") + ", grouping " +
         (o.group_thousands ? "on" : "off");
}

}  // namespace amip_test
