// Plain-text reports: the layout of the seed's Anlage 1 (tab-separated, as printed) or aligned columns.
//
// Synopsis
//
//   namespace amip::report {
//   enum class text_layout { tabbed, aligned };
//   void write_text(std::ostream&, table const&, text_layout = text_layout::tabbed);
//   template <class P> std::string to_text(comparison<P> const&, table_options = {}, text_layout = tabbed);
//   }
//
// `tabbed` reproduces Anlage 1 line by line: the title, an empty line, the header and one line per row, cells
// separated by a tab (four cells, or five with table_options::absolute_change). `aligned` pads the columns for a
// terminal: labels left, numbers right, widths counted in characters (UTF-8 code points), not bytes. A line break
// (LF, CR or CR LF) or a tab in a cell or the title is written as one space, so that a row stays one line and its
// cells stay in their columns.
#pragma once

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <amip/model/comparison.hpp>
#include <amip/report/table.hpp>

namespace amip::report {

/// How a table is laid out as plain text.
enum class text_layout : unsigned char {
  tabbed,   ///< as the seed prints Anlage 1: cells separated by tabs
  aligned,  ///< padded columns for a terminal
};

namespace detail {
/// The number of characters of UTF-8 text (its code points).
[[nodiscard]] constexpr std::size_t display_width(std::string_view text) noexcept {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}
inline void pad(std::ostream& os, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) os << ' ';
}
/// Text on one line: each line break (LF, CR or CR LF) and each tab as one space.
[[nodiscard]] inline std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char const c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CR LF: the LF writes the space
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  }
  return out;
}
[[nodiscard]] inline std::vector<std::string> one_line(std::vector<std::string> const& cells) {
  std::vector<std::string> out;
  out.reserve(cells.size());
  for (auto const& cell : cells) out.push_back(one_line(cell));
  return out;
}
}  // namespace detail

/// Writes a table as text.
inline void write_text(std::ostream& os, table const& t, text_layout layout = text_layout::tabbed) {
  os << detail::one_line(t.title) << "\n\n";
  if (layout == text_layout::tabbed) {
    auto const line = [&os](std::vector<std::string> const& cells) {
      for (std::size_t c = 0; c < cells.size(); ++c) os << (c == 0 ? "" : "\t") << detail::one_line(cells[c]);
      os << '\n';
    };
    line(t.header);
    for (auto const& row : t.rows) line(row.cells);
    return;
  }
  std::vector<std::vector<std::string>> rows;  // the cells on one line each
  rows.reserve(t.rows.size());
  for (auto const& row : t.rows) rows.push_back(detail::one_line(row.cells));
  auto const header = detail::one_line(t.header);
  std::vector<std::size_t> width(t.header.size(), 0);
  auto const measure = [&width](std::vector<std::string> const& cells) {
    if (cells.size() > width.size()) width.resize(cells.size(), 0);
    for (std::size_t c = 0; c < cells.size(); ++c) width[c] = std::max(width[c], detail::display_width(cells[c]));
  };
  measure(header);
  for (auto const& row : rows) measure(row);
  auto const line = [&](std::vector<std::string> const& cells) {
    if (cells.empty()) {
      os << '\n';
      return;
    }
    os << cells[0];
    detail::pad(os, width[0] - detail::display_width(cells[0]));
    for (std::size_t c = 1; c < cells.size(); ++c) {
      detail::pad(os, 2 + width[c] - detail::display_width(cells[c]));
      os << cells[c];
    }
    os << '\n';
  };
  line(header);
  for (auto const& row : rows) line(row);
}

/// A comparison as text: to_text(compare(egt, plan_of(2026), actual_of(2025))) is Anlage 1.
template <class P>
[[nodiscard]] std::string to_text(comparison<P> const& rows, table_options const& options = {},
                                  text_layout layout = text_layout::tabbed) {
  std::ostringstream out;
  write_text(out, make_table(rows, options), layout);
  return out.str();
}

}  // namespace amip::report
