// The table behind every report: a comparison's rows as cells of text, in German or English (the report layer).
//
// Synopsis
//
//   namespace amip::report {
//   struct table_options { language lang; std::string title; std::string label_header; std::string no_value;
//                          bool absolute_change; };
//   struct table_row { std::string key; line_kind kind; std::size_t depth; bool emphasis;
//                      std::vector<std::string> cells; };
//   struct table { std::string title; std::vector<std::string> header; std::vector<table_row> rows; };
//   template <class P> table make_table(comparison<P> const&, table_options = {});
//   template <Quantity Q> std::string format_value(Q, language);     // a count, or money
//   template <Quantity Q> std::string column_header(period, language); // "Eintritte 2026", "Ergebnis 07/2019"
//   }
//
// Columns: label, the compared period, the prior period, the change in % ("Vergleich"); with
// options.absolute_change, the absolute change (now − prior) before the change in %. The header follows the seed's
// Anlage 1: "Zweckbestimmung", "Eintritte 2026" for a plan of entries, "Ergebnis 2025" for an actual,
// "Hochrechnung 2025" for a projection, "Ziel 2026" for a target, "Vergleich"; with the absolute change the last two
// are "Veränderung absolut" and "in %" (English "Change", "in %"). A quarter or a month, and a version, are named
// as period.hpp's to_string names them: "Eintritte Q3 2026", "Ergebnis 07/2019", "Betrag 2026 (Geschäftsplan)".
// text.hpp, markdown.hpp, csv.hpp and html.hpp lay the table out.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/number_format.hpp>

/// Reports for people: a comparison as a table of text cells, number formats, text and stream output.
namespace amip::report {

/// What a report says around its numbers. Empty strings take the defaults of the language.
struct table_options {
  /// The language of labels, headers and numbers (German: 1.994, 17,0 %).
  language lang = language::german;
  std::string title{};           ///< default: the catalogue's name and the compared year ("Planung EGT 2026")
  std::string label_header{};    ///< default: the catalogue's ("Zweckbestimmung" / "Purpose" for Anlage 1)
  std::string no_value{};        ///< default: no_value_text(lang), "n. v." / "n/a"
  bool absolute_change = false;  ///< add the column "Veränderung absolut" (English "Change"), now − prior
};

/// One row of a report table.
struct table_row {
  std::string key;  ///< the line's stable key
  /// What the line is (total, group, subgroup, leaf): how a report may set it apart.
  line_kind kind;
  std::size_t depth;               ///< 0 for a top line
  bool emphasis;                   ///< a total or a purpose group line (bold in Markdown)
  std::vector<std::string> cells;  ///< label, now, prior, [absolute change,] change in %
};

/// A comparison as text cells.
struct table {
  /// The title above the table ("Planung EGT 2026").
  std::string title;
  std::vector<std::string> header;  ///< as many cells as each row
  /// One row per line of the comparison, in catalogue order.
  std::vector<table_row> rows;
};

/// The figure of a quantity as a report prints it: counts as integers ("8.510"), money with cents ("6.666,67 €").
template <Quantity Q>
[[nodiscard]] std::string format_value(Q value, language lang = language::german) {
  if constexpr (units::is_money_unit<typename Q::unit_type>) {
    return format_money(value, lang);
  } else {
    return format_integer(value.value(), lang);
  }
}

/// What a figure of kind Q is called in a column header: "Eintritte", "Teilnehmende", "Förderfälle", "Betrag".
template <Quantity Q>
[[nodiscard]] constexpr std::string_view figure_name(language lang) {
  using unit = typename Q::unit_type;
  bool const de = lang == language::german;
  if constexpr (std::same_as<unit, units::entry>) return de ? "Eintritte" : "Entries";
  if constexpr (std::same_as<unit, units::person>) return de ? "Teilnehmende" : "Participants";
  if constexpr (std::same_as<unit, units::case_>) return de ? "Förderfälle" : "Cases";
  if constexpr (units::is_money_unit<unit>) return de ? "Betrag" : "Amount";
  return de ? "Wert" : "Value";
}

/// The header of a period's column: a plan is named by what it counts ("Eintritte 2026", as Anlage 1 prints it),
/// a projection "Hochrechnung 2025", an actual "Ergebnis 2025", a target "Ziel 2026" (English: "Entries 2026",
/// "Projection 2025", "Actual 2025", "Target 2026"). A quarter and a month are written as period.hpp's
/// calendar_label writes them ("Eintritte Q3 2026", "Ergebnis 07/2019", English "Actual 2019-07"), a version
/// follows in parentheses ("Betrag 2026 (Geschäftsplan)").
template <Quantity Q>
[[nodiscard]] std::string column_header(period const& p, language lang = language::german) {
  bool const de = lang == language::german;
  std::string_view name;
  switch (p.kind) {
    case figure_kind::plan:
      name = figure_name<Q>(lang);
      break;
    case figure_kind::projection:
      name = de ? "Hochrechnung" : "Projection";
      break;
    case figure_kind::actual:
      name = de ? "Ergebnis" : "Actual";
      break;
    case figure_kind::target:
      name = de ? "Ziel" : "Target";
      break;
  }
  std::string out = std::string(name) + " " + calendar_label(p, lang);
  if (!p.version.empty()) out += " (" + std::string(p.version.view()) + ")";
  return out;
}

/// The rows of a comparison as cells of text, in catalogue order.
template <class P>
[[nodiscard]] table make_table(comparison<P> const& rows, table_options const& options = {}) {
  using Q = typename P::quantity_type;
  auto const lang = options.lang;
  bool const de = lang == language::german;
  std::string const no_value = options.no_value.empty() ? std::string(no_value_text(lang)) : options.no_value;
  table out;
  out.title = options.title.empty()
                  ? std::string(rows.plan().structure().name()) + " " + calendar_label(rows.now_period(), lang)
                  : options.title;
  out.header = {
      options.label_header.empty() ? std::string(rows.plan().structure().label_header(lang)) : options.label_header,
      column_header<Q>(rows.now_period(), lang), column_header<Q>(rows.prior_period(), lang)};
  if (options.absolute_change) {
    out.header.emplace_back(de ? "Veränderung absolut" : "Change");
    out.header.emplace_back("in %");
  } else {
    out.header.emplace_back(de ? "Vergleich" : "Change");
  }
  out.rows.reserve(rows.size());
  for (auto const& row : rows) {
    auto const now = row.now();
    auto const prior = row.prior();
    std::vector<std::string> cells{row.label(lang), now ? format_value(*now, lang) : no_value,
                                   prior ? format_value(*prior, lang) : no_value};
    if (options.absolute_change) {
      auto const absolute = row.absolute_change();
      cells.push_back(absolute ? format_value(*absolute, lang) : no_value);
    }
    cells.push_back(format_change(row.change(), no_value, lang));
    out.rows.push_back(
        {std::string(row.key()), row.kind(), row.depth(),
         row.kind() == line_kind::total || row.kind() == line_kind::group || row.line().purpose.has_value(),
         std::move(cells)});
  }
  return out;
}

}  // namespace amip::report
