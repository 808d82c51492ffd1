// HTML reports: a comparison as one self-contained page, its table and an SVG bar chart (docs/report-html.md).
//
// Synopsis
//
//   namespace amip::report {
//   std::string html_escaped(std::string_view);      // & < > " ' and line breaks as character references
//   struct bar_scale {                                // a bar chart's scale from 0, in integers
//     std::int64_t low, high, width;
//     static constexpr bar_scale holding(std::span<std::int64_t const> values, std::int64_t width);
//     constexpr std::int64_t position(std::int64_t value) const;  // (value - low) * width / (high - low)
//   };
//   template <class P> void write_html(std::ostream&, comparison<P> const&, table_options = {});
//   template <class P> std::string to_html(comparison<P> const&, table_options = {});
//   }
//
// The page needs nothing but itself: no script, no style sheet or font or image to load, the CSS in a <style>
// element, the chart an inline <svg>. It holds the title (make_table's), a bar chart and the table:
//  - the chart has one row per line of the comparison: the label, a grey bar for the prior figure above a blue bar
//    for the compared figure, both on one scale starting at 0 (bar_scale), and the change on the right, absolute and
//    in % ("+1.236 (+17,0%)"); a figure without value has no bar; each bar's tooltip (<title>) names its figure;
//  - the table is make_table's with the absolute change ("Veränderung absolut", "in %") always shown, as the chart
//    shows it too; totals and purpose groups are bold, labels indented by depth, numbers right-aligned.
// Numbers are those of the other reports (number_format.hpp): German 8.510, 17,0%, 174.499,50 €; English 8,510,
// 17.0%, EUR 174,499.50. Every text from the plan or the options (labels, headers, title) is escaped with
// html_escaped; a label's line break shows as one in the table and as a space in the chart.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/checked.hpp>
#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/comparison.hpp>
#include <amip/report/number_format.hpp>
#include <amip/report/table.hpp>

namespace amip::report {

/// Text made safe for HTML and SVG, in element content and in quoted attribute values alike: the ampersand, the
/// angle brackets and both quotation marks become character references (named amp, lt, gt and quot; the apostrophe
/// by its number, 39), a line break (LF, CR or CR LF) the reference of number 10, and any other control character
/// (U+0000 to U+001F but the tab) U+FFFD by its reference, which HTML does not allow raw. Other bytes (UTF-8) are
/// kept.
[[nodiscard]] inline std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char const c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\r':
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CR LF is one line break
        out += "&#10;";
        break;
      case '\n':
        out += "&#10;";
        break;
      case '\t':
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20U) {
          out += "&#xFFFD;";
        } else {
          out += c;
        }
    }
  }
  return out;
}

/// The horizontal scale of a bar chart: figures from `low` to `high` (raw values: a count, or cents) drawn over
/// `width` units (the page uses tenths of a pixel). low ≤ 0 ≤ high, so that every bar starts at 0.
struct bar_scale {
  std::int64_t low = 0;    ///< the smallest figure drawn, or 0 if none is negative
  std::int64_t high = 0;   ///< the largest figure drawn, or 0 if none is positive
  std::int64_t width = 0;  ///< the width of the plot

  /// The smallest scale from 0 that holds every value given, over `width`.
  [[nodiscard]] static constexpr bar_scale holding(std::span<std::int64_t const> values, std::int64_t width) {
    bar_scale out{0, 0, width};
    for (auto const v : values) {
      out.low = std::min(out.low, v);
      out.high = std::max(out.high, v);
    }
    return out;
  }

  /// Where a value lies, from the plot's left edge: (value − low) × width / (high − low), rounded half away from
  /// zero; 0 for every value when low = high (nothing but zeros to draw). Exact for every int64 figure (the product
  /// is taken in 128 bits); a value outside low to high lies outside 0 to width, and amip::overflow_error is thrown
  /// where its position leaves int64.
  [[nodiscard]] constexpr std::int64_t position(std::int64_t value) const {
    if (high == low) return 0;
    using amip::detail::int128;
    return amip::detail::divide_half_away_from_zero((int128{value} - int128{low}) * int128{width},
                                                    int128{high} - int128{low}, "a bar chart's scale");
  }
};

namespace detail {

/// Tenths of a pixel as an SVG coordinate: 5129 -> "512.9", 40 -> "4.0", -5 -> "-0.5".
[[nodiscard]] inline std::string svg_number(std::int64_t tenths) {
  std::string out = tenths < 0 ? "-" : "";
  std::int64_t const magnitude = tenths < 0 ? -tenths : tenths;  // coordinates are far from INT64_MIN
  return out + std::to_string(magnitude / 10) + '.' + std::to_string(magnitude % 10);
}

/// A figure with its sign, for the chart's change: "+1.236", "-3", "0", "+174.499,50 €", "EUR +174,499.50".
template <Quantity Q>
[[nodiscard]] std::string signed_value(Q value, language lang) {
  auto out = format_value(value, lang);
  if (value.value() > 0) out.insert(out.find_first_of("0123456789"), 1, '+');
  return out;
}

/// A change in % with its sign: "+17,0%", "-100,0%", "0,0%", or no_value.
[[nodiscard]] inline std::string signed_change(relative_change change, std::string const& no_value, language lang) {
  auto const tenths = change.tenths_of_percent();
  return (tenths && *tenths > 0 ? "+" : "") + format_change(change, no_value, lang);
}

// The chart's layout, in tenths of a pixel.
inline constexpr std::int64_t chart_width = 10'800;       // 1080 px
inline constexpr std::int64_t chart_label_width = 4'600;  // labels left of the plot, clipped at 460 px
inline constexpr std::int64_t chart_plot_left = 4'700;
inline constexpr std::int64_t chart_plot_width = 4'100;   // bars from 470 px to 880 px
inline constexpr std::int64_t chart_change_left = 8'900;  // the change, from 890 px
inline constexpr std::int64_t chart_top = 400;            // below the legend
inline constexpr std::int64_t chart_row_height = 260;     // 26 px per line
inline constexpr std::int64_t chart_prior_bar = 80;       // the prior bar: 8 px high, 4 px below the row's top
inline constexpr std::int64_t chart_now_bar = 100;        // the compared bar: 10 px high, right below it
inline constexpr std::int64_t chart_indent = 120;         // 12 px per level of depth
inline constexpr std::int64_t chart_baseline = 170;       // a row's texts: 17 px below its top

inline constexpr std::string_view page_style = R"(
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1a1a1a; background: #fff;
       margin: 24px; }
h1 { font-size: 20px; margin: 0 0 16px; }
figure { margin: 0 0 24px; }
figcaption { font-size: 12px; color: #555; margin-top: 4px; }
svg text { font-size: 12px; fill: #1a1a1a; }
svg .emphasis { font-weight: bold; }
svg .prior { fill: #a9b1bd; }
svg .now { fill: #2f6db5; }
svg .axis { stroke: #555; stroke-width: 1; }
svg .change { fill: #444; }
table { border-collapse: collapse; font-size: 13px; }
th, td { padding: 3px 10px; border-bottom: 1px solid #ddd; }
th { text-align: right; background: #f2f4f7; border-bottom: 2px solid #999; }
th:first-child, td:first-child { text-align: left; white-space: pre-line; }
td { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.emphasis td { font-weight: bold; }
)";

template <class P>
void write_chart(std::ostream& os, comparison<P> const& rows, table const& t, table_options const& options) {
  auto const lang = options.lang;
  bool const de = lang == language::german;
  std::string const no_value = options.no_value.empty() ? std::string(no_value_text(lang)) : options.no_value;
  std::vector<std::int64_t> values;
  for (auto const& row : rows) {
    if (auto const now = row.now()) values.push_back(now->value());
    if (auto const prior = row.prior()) values.push_back(prior->value());
  }
  auto const scale = bar_scale::holding(values, chart_plot_width);
  auto const zero = chart_plot_left + scale.position(0);
  auto const height = chart_top + static_cast<std::int64_t>(rows.size()) * chart_row_height + 100;
  // t.header: label, now, prior, absolute change, in %
  std::string const now_name = html_escaped(t.header.at(1));
  std::string const prior_name = html_escaped(t.header.at(2));

  os << "<svg width=\"" << svg_number(chart_width) << "\" height=\"" << svg_number(height) << "\" viewBox=\"0 0 "
     << svg_number(chart_width) << ' ' << svg_number(height) << "\" role=\"img\" aria-label=\"" << html_escaped(t.title)
     << "\">\n";
  os << "<defs><clipPath id=\"amip-labels\"><rect x=\"0.0\" y=\"0.0\" width=\"" << svg_number(chart_label_width)
     << "\" height=\"" << svg_number(height) << "\"/></clipPath></defs>\n";
  // The legend: a swatch and the column header of each period, and the head of the change column.
  os << "<rect class=\"prior\" x=\"" << svg_number(chart_plot_left) << "\" y=\"" << svg_number(110) << "\" width=\""
     << svg_number(120) << "\" height=\"" << svg_number(chart_prior_bar) << "\"/><text x=\""
     << svg_number(chart_plot_left + 160) << "\" y=\"" << svg_number(chart_baseline) << "\">" << prior_name
     << "</text>\n";
  os << "<rect class=\"now\" x=\"" << svg_number(chart_plot_left + 2'000) << "\" y=\"" << svg_number(100)
     << "\" width=\"" << svg_number(120) << "\" height=\"" << svg_number(chart_now_bar) << "\"/><text x=\""
     << svg_number(chart_plot_left + 2'160) << "\" y=\"" << svg_number(chart_baseline) << "\">" << now_name
     << "</text>\n";
  os << "<text class=\"emphasis\" x=\"" << svg_number(chart_change_left) << "\" y=\"" << svg_number(chart_baseline)
     << "\">" << (de ? "Veränderung" : "Change") << "</text>\n";

  std::size_t index = 0;
  for (auto const& row : rows) {
    auto const& cells = t.rows.at(index).cells;
    auto const top = chart_top + static_cast<std::int64_t>(index) * chart_row_height;
    ++index;
    os << "<g>";
    os << "<text clip-path=\"url(#amip-labels)\" x=\""
       << svg_number(static_cast<std::int64_t>(row.depth()) * chart_indent) << "\" y=\""
       << svg_number(top + chart_baseline) << '"' << (t.rows[index - 1].emphasis ? " class=\"emphasis\"" : "")
       << "><title>" << html_escaped(cells.at(0)) << "</title>" << html_escaped(cells.at(0)) << "</text>";
    auto const bar = [&](std::optional<typename P::quantity_type> value, char const* css, std::int64_t y,
                         std::int64_t bar_height, std::string const& name, std::string const& figure) {
      if (!value) return;
      auto const end = chart_plot_left + scale.position(value->value());
      os << "<rect class=\"" << css << "\" x=\"" << svg_number(std::min(zero, end)) << "\" y=\"" << svg_number(y)
         << "\" width=\"" << svg_number(end < zero ? zero - end : end - zero) << "\" height=\""
         << svg_number(bar_height) << "\"><title>" << name << ": " << html_escaped(figure) << "</title></rect>";
    };
    bar(row.prior(), "prior", top + 40, chart_prior_bar, prior_name, cells.at(2));
    bar(row.now(), "now", top + 40 + chart_prior_bar, chart_now_bar, now_name, cells.at(1));
    auto const absolute = row.absolute_change();
    os << "<text class=\"change\" x=\"" << svg_number(chart_change_left) << "\" y=\""
       << svg_number(top + chart_baseline) << "\">" << html_escaped(absolute ? signed_value(*absolute, lang) : no_value)
       << " (" << html_escaped(signed_change(row.change(), no_value, lang)) << ")</text>";
    os << "</g>\n";
  }
  // The zero line, over the bars.
  os << "<line class=\"axis\" x1=\"" << svg_number(zero) << "\" y1=\"" << svg_number(chart_top) << "\" x2=\""
     << svg_number(zero) << "\" y2=\"" << svg_number(height - 100) << "\"/>\n";
  os << "</svg>\n";
}

inline void write_html_table(std::ostream& os, table const& t) {
  os << "<table>\n<thead><tr>";
  for (auto const& cell : t.header) os << "<th>" << html_escaped(cell) << "</th>";
  os << "</tr></thead>\n<tbody>\n";
  for (auto const& row : t.rows) {
    os << "<tr" << (row.emphasis ? " class=\"emphasis\"" : "") << '>';
    for (std::size_t c = 0; c < row.cells.size(); ++c) {
      os << "<td";
      // 12 px per level of depth, as the chart indents its labels
      if (c == 0 && row.depth > 0) os << " style=\"padding-left:" << 10 + 12 * row.depth << "px\"";
      os << '>' << html_escaped(row.cells[c]) << "</td>";
    }
    os << "</tr>\n";
  }
  os << "</tbody>\n</table>\n";
}

}  // namespace detail

/// Writes a comparison as a self-contained HTML page: the title, the bar chart, the table (with the absolute
/// change, whatever options.absolute_change says).
template <class P>
void write_html(std::ostream& os, comparison<P> const& rows, table_options const& options = {}) {
  auto with_change = options;
  with_change.absolute_change = true;
  auto const t = make_table(rows, with_change);
  bool const de = options.lang == language::german;
  os << "<!DOCTYPE html>\n<html lang=\"" << (de ? "de" : "en") << "\">\n<head>\n<meta charset=\"utf-8\">\n"
     << "<title>" << html_escaped(t.title) << "</title>\n<style>" << detail::page_style << "</style>\n</head>\n<body>\n"
     << "<h1>" << html_escaped(t.title) << "</h1>\n<figure>\n";
  detail::write_chart(os, rows, t, with_change);
  os << "<figcaption>" << (de ? "Je Zeile: " : "Per line: ") << html_escaped(t.header.at(2))
     << (de ? " (grau) und " : " (grey) and ") << html_escaped(t.header.at(1))
     << (de ? " (blau) auf einer Skala ab 0; rechts die Veränderung absolut und in %."
            : " (blue) on one scale from 0; on the right the change, absolute and in %.")
     << "</figcaption>\n</figure>\n";
  detail::write_html_table(os, t);
  os << "</body>\n</html>\n";
}

/// A comparison as a self-contained HTML page (write_html).
template <class P>
[[nodiscard]] std::string to_html(comparison<P> const& rows, table_options const& options = {}) {
  std::ostringstream out;
  write_html(out, rows, options);
  return out.str();
}

}  // namespace amip::report
