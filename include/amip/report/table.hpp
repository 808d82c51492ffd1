// The table behind every report: a comparison's rows as cells of text, in German or English (the report layer).
//
// Synopsis
//
//   namespace amip::report {
//   struct table_options { language lang; std::string title; std::string label_header; std::string no_value; };
//   struct table_row { std::string key; line_kind kind; std::size_t depth; std::array<std::string, 4> cells; };
//   struct table { std::string title; std::array<std::string, 4> header; std::vector<table_row> rows; };
//   template <class P> table make_table(comparison<P> const&, table_options = {});
//   template <Quantity Q> std::string format_value(Q, language);     // a count, or money
//   template <Quantity Q> std::string column_header(period, language); // "Eintritte 2026", "Ergebnis 2025"
//   }
//
// Columns: label, the compared period, the prior period, the change ("Vergleich"). The header follows the seed's
// Anlage 1: "Zweckbestimmung", "Eintritte 2026" for a plan of entries, "Ergebnis 2025" for an actual,
// "Hochrechnung 2025" for a projection, "Vergleich". text.hpp, markdown.hpp and csv.hpp lay the table out.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/number_format.hpp>

namespace amip::report {

/// What a report says around its numbers. Empty strings take the defaults of the language.
struct table_options {
  language lang = language::german;
  std::string title{};         ///< default: the catalogue's name and the compared year ("Planung EGT 2026")
  std::string label_header{};  ///< default: the catalogue's ("Zweckbestimmung" / "Purpose" for Anlage 1)
  std::string no_value{};      ///< default: no_value_text(lang), "n. v." / "n/a"
};

/// One row of a report table.
struct table_row {
  std::string key;  ///< the line's stable key
  line_kind kind;
  std::size_t depth;                 ///< 0 for a top line
  bool emphasis;                     ///< a total or a purpose group line (bold in Markdown)
  std::array<std::string, 4> cells;  ///< label, now, prior, change
};

/// A comparison as text cells.
struct table {
  std::string title;
  std::array<std::string, 4> header;
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
/// a projection "Hochrechnung 2025", an actual "Ergebnis 2025" (English: "Entries 2026", "Projection 2025",
/// "Actual 2025").
template <Quantity Q>
[[nodiscard]] std::string column_header(period p, language lang = language::german) {
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
  }
  return std::string(name) + " " + std::to_string(p.year);
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
                  ? std::string(rows.plan().structure().name()) + " " + std::to_string(rows.now_period().year)
                  : options.title;
  out.header = {
      options.label_header.empty() ? std::string(rows.plan().structure().label_header(lang)) : options.label_header,
      column_header<Q>(rows.now_period(), lang), column_header<Q>(rows.prior_period(), lang),
      de ? "Vergleich" : "Change"};
  out.rows.reserve(rows.size());
  for (auto const& row : rows) {
    auto const now = row.now();
    auto const prior = row.prior();
    out.rows.push_back(
        {std::string(row.key()),
         row.kind(),
         row.depth(),
         row.kind() == line_kind::total || row.kind() == line_kind::group || row.line().purpose.has_value(),
         {row.label(lang), now ? format_value(*now, lang) : no_value, prior ? format_value(*prior, lang) : no_value,
          format_change(row.change(), no_value, lang)}});
  }
  return out;
}

}  // namespace amip::report
