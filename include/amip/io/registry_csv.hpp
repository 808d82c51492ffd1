// A registry of Jobcenters for a national roll-up (amip/model/rollup.hpp), read from CSV: each Jobcenter's id
// (Träger-Nummer), name and group (its Land), which is the user's data: amip ships no Land per Jobcenter.
//
// Synopsis
//
//   namespace amip::io {
//   std::vector<jobcenter> read_registry_csv(std::string_view text, std::string_view file_name);
//   }
//
// The header names the columns, in any order: `traeger_nummer` (or `id`), `land` (or `group`) and, optionally,
// `jobcenter` (or `name`); other columns are ignored. Comment lines start with '#'. An id is kept as written (with
// its leading zeros: "03002"). The first error is thrown as amip::io::csv_error naming file, line and column: a
// missing column (missing_column), a row with more or fewer cells than the header (column_count), an empty id or
// group (invalid_key), an id on a second row (duplicate_key), a file with no header (empty_file), and any error of
// the CSV syntax.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/io/csv.hpp>
#include <amip/io/diagnostic.hpp>
#include <amip/model/rollup.hpp>

namespace amip::io {

/// The Jobcenters of a registry file, in file order; throws amip::io::csv_error for the first error (above).
[[nodiscard]] inline std::vector<jobcenter> read_registry_csv(std::string_view text, std::string_view file_name) {
  auto const table = read_csv(text, file_name);
  auto const fail = [&](csv_error_kind kind, std::size_t line, std::size_t column, std::string cell,
                        std::string message) {
    throw csv_error(csv_diagnostic{kind, std::string(file_name), line, column, std::move(cell), std::move(message)});
  };
  if (!table.errors.empty()) throw csv_error(table.errors.front());
  std::size_t first = 0;
  while (first < table.records.size() && table.records[first].blank()) ++first;
  if (first == table.records.size()) fail(csv_error_kind::empty_file, 1, 1, {}, "the file has no header line");
  auto const& header = table.records[first];
  std::optional<std::size_t> id, name, group;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    auto const& h = header.cells[c].text;
    if (h == "traeger_nummer" || h == "id") id = c;
    if (h == "jobcenter" || h == "name") name = c;
    if (h == "land" || h == "group") group = c;
  }
  if (!id || !group) {
    fail(csv_error_kind::missing_column, header.line, 1, {},
         std::string("the header has no column ") + (!id ? "traeger_nummer (or id)" : "land (or group)") +
             "; a registry names the Träger-Nummer and the Land of each Jobcenter");
  }
  std::vector<jobcenter> out;
  for (std::size_t r = first + 1; r < table.records.size(); ++r) {
    auto const& row = table.records[r];
    if (row.blank()) continue;
    if (row.cells.size() != header.cells.size()) {
      fail(csv_error_kind::column_count, row.line, 1, {},
           "the row has " + std::to_string(row.cells.size()) + " cells, the header " +
               std::to_string(header.cells.size()));
    }
    auto const& id_cell = row.cells[*id];
    auto const& group_cell = row.cells[*group];
    if (id_cell.text.empty()) fail(csv_error_kind::invalid_key, id_cell.line, id_cell.column, {}, "the id is empty");
    if (group_cell.text.empty()) {
      fail(csv_error_kind::invalid_key, group_cell.line, group_cell.column, {},
           "the Jobcenter \"" + id_cell.text + "\" has no Land (group)");
    }
    for (auto const& j : out) {
      if (j.id == id_cell.text) {
        fail(csv_error_kind::duplicate_key, id_cell.line, id_cell.column, id_cell.text,
             "the Jobcenter \"" + id_cell.text + "\" is listed a second time");
      }
    }
    out.push_back({id_cell.text, name ? row.cells[*name].text : std::string{}, group_cell.text});
  }
  return out;
}

}  // namespace amip::io
