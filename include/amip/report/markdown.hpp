// Markdown reports: a comparison as a GitHub-flavoured Markdown table.
//
// Synopsis
//
//   namespace amip::report {
//   void write_markdown(std::ostream&, table const&);
//   template <class P> std::string to_markdown(comparison<P> const&, table_options = {});
//   }
//
// The title is a level-3 heading; totals and purpose groups (also V., VII. and VIII., which are single lines) are
// bold; numbers are right-aligned (also the absolute change, with table_options::absolute_change); a '|' in a
// label is escaped; a line break (LF, CR or CR LF) in a cell is written as <br> (a space in the title), so that a
// row stays one line of the table.
#pragma once

#include <cstddef>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>

#include <amip/model/comparison.hpp>
#include <amip/report/table.hpp>

namespace amip::report {

namespace detail {
inline void write_markdown_cell(std::ostream& os, std::string_view text, bool bold) {
  os << ' ' << (bold ? "**" : "");
  for (std::size_t i = 0; i < text.size(); ++i) {
    char const c = text[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;  // CR LF is one line break
      os << "<br>";
      continue;
    }
    if (c == '|') os << '\\';
    os << c;
  }
  os << (bold ? "**" : "") << " |";
}
}  // namespace detail

/// Writes a table as Markdown.
inline void write_markdown(std::ostream& os, table const& t) {
  os << "### ";
  for (std::size_t i = 0; i < t.title.size(); ++i) {
    char const c = t.title[i];
    if (c == '\r' && i + 1 < t.title.size() && t.title[i + 1] == '\n') continue;
    os << (c == '\r' || c == '\n' ? ' ' : c);
  }
  os << "\n\n|";
  for (auto const& cell : t.header) detail::write_markdown_cell(os, cell, false);
  os << "\n|---|";
  for (std::size_t c = 1; c < t.header.size(); ++c) os << "---:|";
  os << '\n';
  for (auto const& row : t.rows) {
    bool const bold = row.emphasis;
    os << '|';
    for (auto const& cell : row.cells) detail::write_markdown_cell(os, cell, bold);
    os << '\n';
  }
}

/// A comparison as a Markdown table.
template <class P>
[[nodiscard]] std::string to_markdown(comparison<P> const& rows, table_options const& options = {}) {
  std::ostringstream out;
  write_markdown(out, make_table(rows, options));
  return out.str();
}

}  // namespace amip::report
