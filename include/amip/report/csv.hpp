// CSV: plans and comparisons as delimited text for spreadsheets and other tools. The format is documented in
// docs/csv.md; column names and line keys are stable.
//
// Synopsis
//
//   namespace amip::report {
//   struct csv_options { language lang; char delimiter; bool byte_order_mark; bool crlf; bool group_thousands;
//                        bool absolute_change; };
//   csv_options excel_german();     // ';', decimal comma, BOM, CRLF: what German Excel opens directly
//   template <class P> void write_plan_csv(std::ostream&, P const& plan, csv_options = {});
//   template <class... P> void write_plans_csv(std::ostream&, csv_options, P const&... plans);  // one per quantity
//   template <class P> void write_comparison_csv(std::ostream&, comparison<P> const&, csv_options = {});
//   std::string csv_field(std::string_view, char delimiter);      // quoted where RFC 4180 requires it
//   }
//
// Numbers are written without thousands separators (8510), money in euros with two decimals (1460000,00),
// changes in percent with one decimal (17,0); the decimal separator is the language's. With group_thousands they
// carry the language's thousands separator as a spreadsheet shows them (8.510, 1.460.000,00; English 8,510). A cell
// without a figure is empty. A period's column is named by to_string in English ("plan 2026", "actual 2019-07",
// "plan Q3 2026", "plan 2026 (Geschäftsplan)"); in a plan CSV, a plan of persons, cases or money adds its unit,
// "plan 2026 [persons]", "plan 2026 [EUR]" (entries, the default, add none, unless written beside other
// quantities). A plan CSV with grouped figures starts with the line "# numbers: German" (or English), which tells
// the reader how to read 8.510. With absolute_change a comparison gets the column change_absolute (now − prior, a
// figure like the others) before change_percent. A plan CSV of a catalogue with measures that are not amip's own
// (declared at run time, or tags of one's own) declares them in the columns legal_basis, legal_heading,
// measure_name, measure_name_en, abbreviation, purpose and budget_line after label (docs/csv.md, "Measures declared
// in the file"), so that reading it gives the same measures.
#pragma once

#include <algorithm>
#include <cstdint>
#include <ostream>
#include <stdexcept>
#include <type_traits>
#include <string>
#include <string_view>

#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/report/number_format.hpp>

namespace amip::report {

/// How CSV is written. The defaults suit tools and version control: ';', German decimals, no BOM, LF.
struct csv_options {
  language lang = language::german;  ///< the labels' language and the decimal separator (',' or '.')
  char delimiter = ';';              ///< ';' (German spreadsheets) or ',' (with language::english)
  bool byte_order_mark = false;      ///< start with the UTF-8 BOM, so that Excel reads umlauts correctly
  bool crlf = false;                 ///< end lines with CR LF (RFC 4180) instead of LF
  bool group_thousands = false;      ///< group figures in threes: 8.510 (German), 8,510 (English); quoted if needed
  bool absolute_change = false;      ///< a comparison gets the column change_absolute (now − prior)
};

/// What German Excel opens with a double click: ';', decimal comma, UTF-8 BOM, CR LF.
[[nodiscard]] constexpr csv_options excel_german() noexcept { return {language::german, ';', true, true, false}; }

/// A field as CSV: quoted, with quotes doubled, when it holds the delimiter, a quote or a line break.
[[nodiscard]] inline std::string csv_field(std::string_view text, char delimiter) {
  if (text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char const c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out += '"';
}

namespace detail {
/// A figure as a CSV cell: 8510, or money in euros "1460000,00"; grouped: 8.510, "1.460.000,00".
template <Quantity Q>
[[nodiscard]] std::string csv_value(Q value, language lang, bool grouped = false) {
  if (grouped) {
    formatted out;
    report::detail::append_fixed(out, value.value(), units::is_money_unit<typename Q::unit_type> ? 2 : 0, lang);
    return out.str();
  }
  if constexpr (units::is_money_unit<typename Q::unit_type>) {
    auto const cents = value.value();
    auto const whole = cents / 100;
    auto const rest = cents % 100 < 0 ? -(cents % 100) : cents % 100;
    std::string out = (cents < 0 && whole == 0) ? "-0" : std::to_string(whole);
    out += decimal_separator(lang);
    if (rest < 10) out += '0';
    return out + std::to_string(rest);
  } else {
    return std::to_string(value.value());
  }
}

/// The change in percent with one decimal: "17,0", "-100,0"; grouped "1.234,5"; empty without value.
[[nodiscard]] inline std::string csv_change(relative_change change, language lang, bool grouped = false) {
  auto const tenths = change.tenths_of_percent();
  if (!tenths) return {};
  if (grouped) {
    formatted out;
    report::detail::append_fixed(out, *tenths, 1, lang);
    return out.str();
  }
  auto const magnitude = *tenths < 0 ? -(*tenths % 10) : *tenths % 10;
  std::string out = (*tenths < 0 && *tenths > -10) ? "-0" : std::to_string(*tenths / 10);
  return out + decimal_separator(lang) + std::to_string(magnitude);
}

/// "plan 2026", "projection 2025", "actual 2025", "target 2026", "actual 2019-07", "plan Q3 2026",
/// "plan 2026 (Geschäftsplan)": the stable name of a period's column.
[[nodiscard]] inline std::string csv_period(period const& p) { return to_string(p, language::english); }

/// The unit a plan CSV names in a period column of Q, read back by amip/io/plan_csv.hpp: none for entries (the
/// default), " [persons]", " [cases]", " [EUR]".
template <Quantity Q>
[[nodiscard]] constexpr std::string_view csv_unit() noexcept {
  using U = typename Q::unit_type;
  if constexpr (std::is_same_v<U, units::person>) {
    return " [persons]";
  } else if constexpr (std::is_same_v<U, units::case_>) {
    return " [cases]";
  } else if constexpr (std::is_same_v<U, units::cent>) {
    return " [EUR]";
  } else {
    return "";
  }
}

/// Plans written side by side must be stated over the same lines: the same keys and parents.
inline void require_same_lines(catalog const& a, catalog const& b) {
  bool same = a.size() == b.size();
  for (std::size_t i = 0; same && i < a.size(); ++i) {
    same = a.lines()[i].key == b.lines()[i].key && a.lines()[i].parent == b.lines()[i].parent;
  }
  if (!same) {
    throw std::invalid_argument("amip: write_plans_csv writes plans over the same lines; the catalogues \"" +
                                std::string(a.name()) + "\" and \"" + std::string(b.name()) + "\" differ");
  }
}

/// Whether a plan CSV of the catalogue declares measures (docs/csv.md, "Measures declared in the file"): whether a
/// line's measure is not one of amip's own (declared at run time, or a tag of one's own).
[[nodiscard]] inline bool declares_measures(catalog const& table) {
  for (auto const& l : table.lines()) {
    if (l.measure && !l.measure->amips_own()) return true;
  }
  return false;
}

/// Why a measure's declaration, as written, would not read back as the same measure; empty if it would.
[[nodiscard]] inline std::string declaration_problem(measure_info const& m) {
  auto const blank = [](std::string_view t) { return t.find_first_not_of(" \t\r\n") == std::string_view::npos; };
  auto const key_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
  };
  if (m.key.empty() || !std::all_of(m.key.begin(), m.key.end(), key_char)) {
    return "its key is not ASCII letters, digits, '_', '.' and '-'";
  }
  if (blank(m.german_name)) return "it has no German name";
  for (auto const text : {m.english_name, m.abbreviation, m.basis.heading()}) {
    if (!text.empty() && blank(text)) return "it has a name, abbreviation or heading of spaces only";
  }
  auto const text = m.basis.text();
  auto const read = read_legal_basis(text);
  auto const via = m.basis.via();
  if (!read.ok() || read.section != m.basis.primary().section || read.book != m.basis.primary().book ||
      read.via_book.has_value() != via.has_value() ||
      (via && (read.via_section != via->section || read.via_book != via->book))) {
    return "its legal basis \"" + text + "\" would read back as another one (amip::read_legal_basis)";
  }
  return {};
}

template <class P, class... Rest>
inline constexpr bool distinct_quantities =
    (!std::is_same_v<typename P::quantity_type, typename Rest::quantity_type> && ...) &&
    distinct_quantities<Rest...>;
template <class P>
inline constexpr bool distinct_quantities<P> = true;

class csv_writer {
 public:
  csv_writer(std::ostream& os, csv_options const& options) : os_{os}, options_{options} {
    if (options_.byte_order_mark) os_ << "\xEF\xBB\xBF";
  }
  csv_writer& cell(std::string_view text) {
    if (!first_) os_ << options_.delimiter;
    os_ << csv_field(text, options_.delimiter);
    first_ = false;
    return *this;
  }
  void end_line() {
    os_ << (options_.crlf ? "\r\n" : "\n");
    first_ = true;
  }
  /// A cell of the header line, quoted also where it holds another delimiter than the file's (';', ',', tab): a
  /// reader detects the delimiter as the one the header uses most outside quotes (amip/io/csv.hpp), and a version
  /// such as "a,b,c,d,e,f" in a ';' file would otherwise outnumber the ';'.
  csv_writer& header_cell(std::string_view text) {
    if (text.find_first_of(";,\t") == std::string_view::npos) return cell(text);
    if (!first_) os_ << options_.delimiter;
    std::string out = "\"";
    for (char const c : text) {
      if (c == '"') out += '"';
      out += c;
    }
    os_ << out << '"';
    first_ = false;
    return *this;
  }
  /// A comment line, "# text": at the start of a line only.
  void comment(std::string_view text) {
    os_ << "# " << text;
    end_line();
  }

 private:
  std::ostream& os_;
  csv_options options_;
  bool first_ = true;
};
}  // namespace detail

/// Writes plans of different quantities over the same lines side by side (a plan of persons and one in euros,
/// say): the structure once, then each plan's period columns with its unit, "plan 2026 [persons]", "plan 2026
/// [EUR]"; beside others, a plan of entries names its unit too, "plan 2026 [entries]" (a reader of one quantity
/// takes columns without a unit for its own). amip::io::read_plans_csv reads them back. Measures that are not
/// amip's own are declared in the file (see the top of this header). Throws std::invalid_argument, before writing
/// anything, for plans over different lines and for a measure whose declaration would not read back as written (a
/// legal basis that read_legal_basis reads otherwise, a name of spaces only).
template <class First, class... Rest>
void write_plans_csv(std::ostream& os, csv_options const& options, First const& first, Rest const&... rest) {
  static_assert(Plan<First> && (Plan<Rest> && ...),
                "amip: write_plans_csv expects plans (amip::plan<Q> or amip::basic_plan<Q, …>).");
  static_assert(detail::distinct_quantities<First, Rest...>,
                "amip: write_plans_csv writes one plan per quantity; two plans of one quantity would name the same "
                "columns twice");
  auto const& table = first.structure();
  (detail::require_same_lines(table, rest.structure()), ...);
  bool const declares = detail::declares_measures(table);
  for (auto const& l : table.lines()) {  // before anything is written
    if (!declares || !l.measure || l.measure->amips_own()) continue;
    if (auto const problem = detail::declaration_problem(l.measure->info()); !problem.empty()) {
      throw std::invalid_argument("amip: write_plans_csv cannot declare the measure \"" +
                                  std::string(l.measure->key()) + "\" of the line \"" + std::string(l.key) +
                                  "\" so that it reads back: " + problem);
    }
  }
  detail::csv_writer out{os, options};
  if (options.group_thousands) out.comment(options.lang == language::german ? "numbers: German" : "numbers: English");
  out.cell("key").cell("parent").cell("children").cell("measure").cell("label");
  if (declares) {
    out.cell("legal_basis").cell("legal_heading").cell("measure_name").cell("measure_name_en").cell("abbreviation");
    out.cell("purpose").cell("budget_line");
  }
  auto const header = [&](auto const& plan) {
    using Q = typename std::remove_cvref_t<decltype(plan)>::quantity_type;
    auto unit = std::string(detail::csv_unit<Q>());
    if (unit.empty() && sizeof...(Rest) != 0) unit = " [entries]";
    for (auto const& p : plan.periods()) out.header_cell(detail::csv_period(p) + unit);
  };
  header(first);
  (header(rest), ...);
  out.end_line();
  for (std::size_t i = 0; i < table.size(); ++i) {
    line_index const index{i};
    auto const& l = table[index];
    auto const parent = table.parent(index);
    out.cell(l.key)
        .cell(parent ? table[*parent].key : std::string_view{})
        .cell(l.children == children_rule::sum ? "sum" : "subset")
        .cell(l.measure ? info_of(*l.measure).key : std::string_view{})
        .cell(table.label(index, options.lang));
    if (declares && l.measure && !l.measure->amips_own()) {
      auto const& m = l.measure->info();
      out.cell(m.basis.text()).cell(m.basis.heading()).cell(m.german_name).cell(m.english_name).cell(m.abbreviation);
      out.cell(info_of(m.purpose).key).cell(info_of(m.paid_from).key);
    } else if (declares) {
      for (int k = 0; k < 7; ++k) out.cell({});
    }
    auto const figures = [&](auto const& plan) {
      for (auto const& p : plan.periods()) {
        auto const value = plan.stated(index, p);
        out.cell(value ? detail::csv_value(*value, options.lang, options.group_thousands) : std::string{});
      }
    };
    figures(first);
    (figures(rest), ...);
    out.end_line();
  }
}

/// Writes a plan: one line per catalogue line with its structure and one column per period, holding the stated
/// figures (a rolled-up total is left empty: reading the file back rolls it up again). A plan of persons, cases
/// or money names its unit in its period columns ("plan 2026 [EUR]"), a plan of entries none.
///   key;parent;children;measure;label;plan 2026;actual 2025
///   with_fbw_reha;;sum;;mit FbW / Reha;;
///   mat;I.activation;sum;mat;davon MAT inkl. U25;1994;1162
template <class P>
void write_plan_csv(std::ostream& os, P const& plan, csv_options const& options = {}) {
  static_assert(Plan<P>, "amip: write_plan_csv expects a plan (amip::plan<Q> or amip::basic_plan<Q, …>).");
  write_plans_csv(os, options, plan);
}

/// Writes a comparison: `key;label;<now period>;<prior period>;change_percent`, with rolled-up figures; with
/// options.absolute_change, `key;label;<now period>;<prior period>;change_absolute;change_percent`.
///   key;label;plan 2026;actual 2025;change_percent
///   with_fbw_reha;mit FbW / Reha;8510;7274;17,0
///   key;label;plan 2026;actual 2025;change_absolute;change_percent
///   with_fbw_reha;mit FbW / Reha;8510;7274;1236;17,0
template <class P>
void write_comparison_csv(std::ostream& os, comparison<P> const& rows, csv_options const& options = {}) {
  detail::csv_writer out{os, options};
  out.cell("key")
      .cell("label")
      .cell(detail::csv_period(rows.now_period()))
      .cell(detail::csv_period(rows.prior_period()));
  if (options.absolute_change) out.cell("change_absolute");
  out.cell("change_percent");
  out.end_line();
  for (auto const& row : rows) {
    auto const now = row.now();
    auto const prior = row.prior();
    out.cell(row.key())
        .cell(row.label(options.lang))
        .cell(now ? detail::csv_value(*now, options.lang, options.group_thousands) : std::string{})
        .cell(prior ? detail::csv_value(*prior, options.lang, options.group_thousands) : std::string{});
    if (options.absolute_change) {
      auto const absolute = row.absolute_change();
      out.cell(absolute ? detail::csv_value(*absolute, options.lang, options.group_thousands) : std::string{});
    }
    out.cell(detail::csv_change(row.change(), options.lang, options.group_thousands));
    out.end_line();
  }
}

}  // namespace amip::report
