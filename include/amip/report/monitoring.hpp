// Reports of a year as of a month (amip/monitoring/projection.hpp): the monitoring table (label, plan, actual to
// date, projection, projection − plan, in %) for every report format, and an HTML page with a line chart of one
// line's year: the cumulative actual by month, the plan pro rata and the projection to December.
//
// Synopsis
//
//   namespace amip::report {
//   template <…> table make_monitoring_table(plan const&, period planned, projection<Q> const&, table_options = {});
//   template <…> void write_monitoring_csv(std::ostream&, plan const&, period planned, projection<Q> const&,
//                                          csv_options = {});   // key;label;plan 2026;actual to 2026-09;…
//   template <…> void write_monitoring_html(std::ostream&, plan const&, period planned, projection<Q> const&,
//                                           line_index chart_line, table_options = {});
//   }
//
// The table's columns (German / English): the label header, "Plan 2026", "Ist bis 09/2026" / "Actual to 2026-09",
// "Hochrechnung (run-rate)" / "Projection (run-rate)", "Hochrechnung − Plan" / "Projection − plan", "in %". Rows are
// the catalogue's lines, rolled up as plan.figure() rolls them up; a figure without value prints options.no_value.
// text.hpp, markdown.hpp and csv.hpp lay it out as they lay out a comparison's table.
//
// The chart (SVG in the page, no script): months 1 to 12 across, from 0 to the largest figure up; the cumulative
// actual to the month of the projection (solid, a point per month with its figure as tooltip), the plan pro rata
// from 0 in January to the plan in December (grey, dashed), and the projection from the actual to date to the
// projected year end (dashed). Labels and headers are escaped (html.hpp's html_escaped).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/plan.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/report/csv.hpp>
#include <amip/report/html.hpp>
#include <amip/report/number_format.hpp>
#include <amip/report/table.hpp>

namespace amip::report {

/// The monitoring table of a plan as of the projection's month: label, plan, actual to date, projection,
/// projection − plan, projection against plan in %.
template <Flow Q, std::size_t L, std::size_t P>
[[nodiscard]] table make_monitoring_table(basic_plan<Q, L, P> const& plan, period planned,
                                          projection<Q> const& projected, table_options const& options = {}) {
  auto const lang = options.lang;
  bool const de = lang == language::german;
  std::string const no_value = options.no_value.empty() ? std::string(no_value_text(lang)) : options.no_value;
  auto const as_of = projected.as_of();
  auto const rows = attainment(plan, planned, as_of, &projected);
  auto const& catalogue = plan.structure();
  auto const month = calendar_label(actual_of(as_of), lang);
  table out;
  out.title = options.title.empty() ? std::string(catalogue.name()) + (de ? ", Stand " : ", as of ") + month
                                    : options.title;
  out.header = {options.label_header.empty() ? std::string(catalogue.label_header(lang)) : options.label_header,
                column_header<Q>(planned, lang),
                (de ? "Ist bis " : "Actual to ") + month,
                (de ? "Hochrechnung (" : "Projection (") + std::string(projected.method()) + ")",
                de ? "Hochrechnung − Plan" : "Projection − plan",
                "in %"};
  auto const shown = [&](std::optional<Q> const& v) { return v ? format_value(*v, lang) : no_value; };
  for (auto const& row : rows) {
    auto const i = index_of(row.line);
    auto const& line = catalogue.lines()[i];
    out.rows.push_back(
        {std::string(line.key),
         line.kind,
         catalogue.depth(row.line),
         line.kind == line_kind::total || line.kind == line_kind::group || line.purpose.has_value(),
         {catalogue.label(row.line, lang), shown(row.planned), shown(row.actual_to_date), shown(row.projected),
          shown(row.projected_against_plan), format_change(row.projected_change, no_value, lang)}});
  }
  return out;
}

/// The monitoring table as CSV: key;label;plan 2026;actual to 2026-09;projection (run-rate);change_absolute;
/// change_percent, figures as csv.hpp writes them (no thousands separators unless options.group_thousands).
template <Flow Q, std::size_t L, std::size_t P>
void write_monitoring_csv(std::ostream& os, basic_plan<Q, L, P> const& plan, period planned,
                          projection<Q> const& projected, csv_options const& options = {}) {
  auto const as_of = projected.as_of();
  auto const rows = attainment(plan, planned, as_of, &projected);
  auto const& catalogue = plan.structure();
  detail::csv_writer out{os, options};
  if (options.group_thousands) out.comment(options.lang == language::german ? "numbers: German" : "numbers: English");
  out.cell("key").cell("label").header_cell(detail::csv_period(planned));
  out.header_cell("actual to " + calendar_label(actual_of(as_of), language::english));
  out.header_cell("projection (" + std::string(projected.method()) + ")").cell("change_absolute").cell("change_percent");
  out.end_line();
  auto const value = [&](std::optional<Q> const& v) {
    return v ? detail::csv_value(*v, options.lang, options.group_thousands) : std::string{};
  };
  for (auto const& row : rows) {
    out.cell(catalogue[row.line].key).cell(catalogue.label(row.line, options.lang));
    out.cell(value(row.planned)).cell(value(row.actual_to_date)).cell(value(row.projected));
    out.cell(value(row.projected_against_plan)).cell(detail::csv_change(row.projected_change, options.lang));
    out.end_line();
  }
}

namespace detail {
inline constexpr std::int64_t line_chart_width = 10'800;  // 1080 px
inline constexpr std::int64_t line_chart_height = 4'200;  // 420 px
inline constexpr std::int64_t line_chart_left = 1'200;    // the axis labels left of it
inline constexpr std::int64_t line_chart_right = 10'400;
inline constexpr std::int64_t line_chart_top = 600;       // below the legend
inline constexpr std::int64_t line_chart_bottom = 3'700;  // above the month labels
inline constexpr std::string_view line_chart_style = R"(
svg .actual { stroke: #2f6db5; stroke-width: 2.5; fill: none; }
svg .point { fill: #2f6db5; }
svg .pro-rata { stroke: #a9b1bd; stroke-width: 2; stroke-dasharray: 6 4; fill: none; }
svg .projection { stroke: #2f6db5; stroke-width: 2; stroke-dasharray: 3 3; fill: none; }
)";
}  // namespace detail

/// A self-contained HTML page of a year as of a month: the title, a line chart of `chart_line` and the monitoring
/// table of every line.
template <Flow Q, std::size_t L, std::size_t P>
void write_monitoring_html(std::ostream& os, basic_plan<Q, L, P> const& plan, period planned,
                           projection<Q> const& projected, line_index chart_line, table_options const& options = {}) {
  using detail::svg_number;
  auto const lang = options.lang;
  bool const de = lang == language::german;
  auto const t = make_monitoring_table(plan, planned, projected, options);
  auto const as_of = projected.as_of();
  auto const m = as_of.part.number();
  auto const& catalogue = plan.structure();
  std::vector<std::int64_t> cumulative;  // the actual to the end of each month 1 … m
  std::int64_t sum = 0;
  for (int k = 1; k <= m; ++k) {
    sum += plan.figure(chart_line, actual_of(month_of(as_of.year, k))).value_or(Q{}).value();
    cumulative.push_back(sum);
  }
  // Plain integers and flags rather than std::optional across the page's code: g++ 12 at -O3 reports a false
  // -Wmaybe-uninitialized for an optional read under its own check here.
  auto const plan_figure = plan.holds(planned) ? plan.figure(chart_line, planned) : std::nullopt;
  auto const projection_figure = projected.value(chart_line);
  bool const has_plan = plan_figure.has_value();
  bool const has_projection = projection_figure.has_value();
  std::int64_t const year_plan = plan_figure.value_or(Q{}).value();
  std::int64_t const year_projection = projection_figure.value_or(Q{}).value();
  std::vector<std::int64_t> values{0};
  values.insert(values.end(), cumulative.begin(), cumulative.end());
  if (has_plan) values.push_back(year_plan);
  if (has_projection) values.push_back(year_projection);
  auto const scale = bar_scale::holding(values, detail::line_chart_bottom - detail::line_chart_top);
  auto const x = [](int month) {  // month 0 is the start of January, 12 the end of December
    return detail::line_chart_left + (detail::line_chart_right - detail::line_chart_left) * month / 12;
  };
  auto const y = [&](std::int64_t value) { return detail::line_chart_bottom - scale.position(value); };
  auto const figure = [&](std::int64_t value) { return format_value(Q::from_value(value), lang); };

  os << "<!DOCTYPE html>\n<html lang=\"" << (de ? "de" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<title>" << html_escaped(t.title) << "</title>\n<style>" << detail::page_style << detail::line_chart_style
     << "</style>\n</head>\n<body>\n<h1>" << html_escaped(t.title) << "</h1>\n<figure>\n";
  os << "<svg width=\"" << svg_number(detail::line_chart_width) << "\" height=\"" << svg_number(detail::line_chart_height)
     << "\" viewBox=\"0 0 " << svg_number(detail::line_chart_width) << ' ' << svg_number(detail::line_chart_height)
     << "\" role=\"img\" aria-label=\"" << html_escaped(catalogue.label(chart_line, lang)) << "\">\n";
  // legend
  os << "<text class=\"emphasis\" x=\"" << svg_number(detail::line_chart_left) << "\" y=\"" << svg_number(200) << "\">"
     << html_escaped(catalogue.label(chart_line, lang)) << "</text>\n";
  auto const legend = [&](std::int64_t left, char const* css, std::string const& text) {
    os << "<line class=\"" << css << "\" x1=\"" << svg_number(left) << "\" y1=\"" << svg_number(400) << "\" x2=\""
       << svg_number(left + 300) << "\" y2=\"" << svg_number(400) << "\"/><text x=\"" << svg_number(left + 400)
       << "\" y=\"" << svg_number(440) << "\">" << html_escaped(text) << "</text>\n";
  };
  legend(detail::line_chart_left, "actual", t.header.at(2));
  legend(detail::line_chart_left + 3'000, "pro-rata", de ? "Plan anteilig" : "Plan pro rata");
  legend(detail::line_chart_left + 6'000, "projection", t.header.at(3));
  // axes: the months, 0 and the largest figure
  os << "<line class=\"axis\" x1=\"" << svg_number(x(0)) << "\" y1=\"" << svg_number(y(0)) << "\" x2=\""
     << svg_number(x(12)) << "\" y2=\"" << svg_number(y(0)) << "\"/>\n";
  for (int k = 1; k <= 12; ++k) {
    os << "<text x=\"" << svg_number(x(k) - 100) << "\" y=\"" << svg_number(detail::line_chart_bottom + 250) << "\">"
       << (k < 10 ? "0" : "") << k << "</text>";
  }
  os << "\n<text x=\"0.0\" y=\"" << svg_number(y(0)) << "\">0</text><text x=\"0.0\" y=\""
     << svg_number(y(scale.high) + 100) << "\">" << html_escaped(figure(scale.high)) << "</text>\n";
  if (has_plan) {
    os << "<line class=\"pro-rata\" x1=\"" << svg_number(x(0)) << "\" y1=\"" << svg_number(y(0)) << "\" x2=\""
       << svg_number(x(12)) << "\" y2=\"" << svg_number(y(year_plan)) << "\"><title>" << html_escaped(t.header.at(1))
       << ": " << html_escaped(figure(year_plan)) << "</title></line>\n";
  }
  os << "<polyline class=\"actual\" points=\"" << svg_number(x(0)) << ',' << svg_number(y(0));
  for (int k = 1; k <= m; ++k) {
    os << ' ' << svg_number(x(k)) << ',' << svg_number(y(cumulative[static_cast<std::size_t>(k - 1)]));
  }
  os << "\"/>\n";
  for (int k = 1; k <= m; ++k) {
    auto const v = cumulative[static_cast<std::size_t>(k - 1)];
    os << "<circle class=\"point\" cx=\"" << svg_number(x(k)) << "\" cy=\"" << svg_number(y(v)) << "\" r=\"3.0\"><title>"
       << (k < 10 ? "0" : "") << k << '/' << as_of.year << ": " << html_escaped(figure(v)) << "</title></circle>";
  }
  os << '\n';
  if (has_projection) {
    os << "<line class=\"projection\" x1=\"" << svg_number(x(m)) << "\" y1=\"" << svg_number(y(cumulative.back()))
       << "\" x2=\"" << svg_number(x(12)) << "\" y2=\"" << svg_number(y(year_projection)) << "\"><title>"
       << html_escaped(t.header.at(3)) << ": " << html_escaped(figure(year_projection)) << "</title></line>\n";
  }
  os << "</svg>\n<figcaption>"
     << (de ? "Kumuliertes Ist je Monat, Plan anteilig (grau) und Hochrechnung bis Dezember (gestrichelt)."
            : "Cumulative actual by month, the plan pro rata (grey) and the projection to December (dashed).")
     << "</figcaption>\n</figure>\n";
  detail::write_html_table(os, t);
  os << "</body>\n</html>\n";
}

}  // namespace amip::report
