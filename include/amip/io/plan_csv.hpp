// Reading plans from CSV: the reading side of docs/csv.md, "Plan CSV" (the writer is report/csv.hpp). The errors
// it reports are amip/io/diagnostic.hpp's; the CSV syntax is amip/io/csv.hpp's; what a read gives is
// amip/io/loaded_plan.hpp's.
//
// Synopsis
//
//   namespace amip::io {
//   // csv_read_options, loaded_plan<P>, collected_plan<P>: amip/io/loaded_plan.hpp (included)
//   // csv_error_kind, name_of, csv_diagnostic, csv_error: amip/io/diagnostic.hpp (included)
//
//   // Self-describing: columns key, parent, children, [measure,] label and one per period ("plan 2026").
//   loaded_plan<P>    read_plan_csv(text, file_name, options = {});             // throws csv_error: the first error
//   collected_plan<P> read_plan_csv_collecting(text, file_name, options = {});  // the valid parts and every error
//   // Against a known catalogue (a programme's, e.g. amip::duesseldorf_2026::anlage1): columns key and one per
//   // period; parent, children, measure and label may be present and must then agree with the catalogue.
//   loaded_plan<P>    read_plan_csv(text, file_name, catalog const&, options = {});
//   collected_plan<P> read_plan_csv_collecting(text, file_name, catalog const&, options = {});
//   // The same with std::istream& in place of the text.
//   }
//
// `text` is the file's bytes; `file_name` is what errors name ("plan.csv"). Every error names file, line and
// column (1-based; the column counts UTF-8 code points from the line's start to the offending cell's start), the
// offending text and what was expected:
//   plan.csv:7:12: "-5" is a negative count; expected a whole number of entries of 0 or more
// What is read: UTF-8 with or without BOM, LF, CR LF or CR, RFC 4180 quotes ("" inside quotes, delimiters and
// line breaks in quoted cells), comment lines starting with '#', blank lines (and lines of empty cells), one extra
// delimiter at the end of a line, German (1.994) or English (1,994) or plain (1994) figures, empty cells as "no
// figure". Column names are matched without regard to case and surrounding spaces; a period column is "<kind>
// <year>" with kind plan, projection (Hochrechnung) or actual (Ergebnis) and a year of four digits. Keys are ASCII
// letters, digits, '_', '.' and '-'; a parent may come before or after its lines; children is sum (davon), subset
// (darunter) or empty (sum). Stated totals are kept as stated, and each one that disagrees with its lines (what
// plan::check() finds: amip::check_totals) is an error too, at the total's cell. Against a catalogue, every leaf needs
// a line (its cells may be empty) unless require_every_leaf is off; a missing leaf is reported at the end of the file.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <istream>
#include <iterator>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/core/language.hpp>
#include <amip/core/number_text.hpp>
#include <amip/core/quantity.hpp>
#include <amip/io/csv.hpp>
#include <amip/io/diagnostic.hpp>
#include <amip/io/loaded_plan.hpp>
#include <amip/io/plan_csv_columns.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/consistency.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>

namespace amip::io {

namespace detail {

/// Reads one file into a plan; used by read_plan_csv and read_plan_csv_collecting.
template <class P>
class plan_csv_reader {
  using Q = typename P::quantity_type;
  static constexpr std::size_t max_lines = plan_capacity<P>::lines;
  static constexpr std::size_t max_periods = plan_capacity<P>::periods;
  static constexpr auto max_count = std::numeric_limits<std::int64_t>::max();

 public:
  plan_csv_reader(std::string_view text, std::string_view file, catalog const* known, csv_read_options const& options)
      : text_{text}, known_{known}, options_{options}, errors_{file}, numbers_{options.numbers} {
    if (options.delimiter && *options.delimiter != ';' && *options.delimiter != ',' && *options.delimiter != '\t') {
      throw std::invalid_argument("amip: a plan CSV is read with the delimiter ';', ',' or '\\t', not '" +
                                  std::string(1, *options.delimiter) + "'");
    }
    storage_->name = std::string(file);
  }

  collected_plan<P> run() && {
    bool const has_bom = text_.starts_with(utf8_bom);
    if (has_bom) text_.remove_prefix(utf8_bom.size());
    delimiter_ = options_.delimiter ? *options_.delimiter : detect_delimiter(text_);
    csv_tokenizer records{text_, delimiter_, errors_};
    if (text_.empty()) {
      errors_.add(csv_error_kind::empty_file, 1, 1, "",
                  std::string("the file is empty") + (has_bom ? " (it holds only a byte order mark)" : "") +
                      "; expected a header line such as " + example_header());
      return finish(records);
    }
    csv_record record;
    bool header_found = false;
    while (records.next(record)) {
      if (record.blank() && !record.broken) continue;
      header_found = true;
      break;
    }
    if (!header_found) {
      errors_.add(csv_error_kind::empty_file, records.line(), records.column(), "",
                  "the file holds only comments and blank lines; expected a header line such as " + example_header());
      return finish(records);
    }
    if (record.broken || !read_header(record)) return finish(records);
    header_read_ = true;
    while (records.next(record)) {
      if (record.broken || record.blank()) continue;
      read_row(record);
    }
    return finish(records);
  }

 private:
  [[nodiscard]] std::string example_header() const {
    std::string const d(1, delimiter_ == '\t' ? ';' : delimiter_);
    return known_ != nullptr ? "key" + d + "plan 2026"
                             : "key" + d + "parent" + d + "children" + d + "measure" + d + "label" + d + "plan 2026";
  }

  [[nodiscard]] std::string_view raw(csv_record const& record) const {
    return text_.substr(record.begin, record.end - record.begin);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The header

  // Maps the header's columns to roles and periods; false when a required column is missing (then nothing more is
  // read). The missing columns are reported first, then each column that cannot be used.
  bool read_header(csv_record const& header) {
    std::size_t count = header.cells.size();
    if (count > 1 && trimmed(header.cells.back().text).empty()) --count;  // one trailing delimiter
    header_cells_ = count;

    std::vector<std::string_view> missing;
    auto const require = [&](column_role role, std::string_view name) {
      bool const present = std::any_of(header.cells.begin(), header.cells.begin() + static_cast<std::ptrdiff_t>(count),
                                       [&](csv_cell const& c) { return role_of(c.text) == role; });
      if (!present) missing.push_back(name);
    };
    require(column_role::key, "key");
    if (known_ == nullptr) {
      require(column_role::parent, "parent");
      require(column_role::children, "children");
      require(column_role::label, "label");
    }
    if (!missing.empty()) {
      std::string names;
      for (std::size_t i = 0; i < missing.size(); ++i) {
        names.append(i == 0                    ? ""
                     : i + 1 == missing.size() ? " and "
                                               : ", ")
            .append("\"")
            .append(missing[i])
            .append("\"");
      }
      errors_.add(csv_error_kind::missing_column, header.line, 1, raw(header),
                  "the header " + shown(raw(header)) + " has no column " + names + "; expected " +
                      (known_ != nullptr ? std::string("a column key, then one column per period such as plan 2026")
                                         : std::string("the columns key, parent, children and label (measure is "
                                                       "optional), then one column per period such as plan 2026")));
    }

    std::array<std::optional<std::size_t>, 6> seen{};  // the column of each structure role, by role
    std::vector<std::size_t> period_columns;
    for (std::size_t i = 0; i < count; ++i) {
      auto const& cell = header.cells[i];
      column col{role_of(cell.text), 0};
      if (col.role != column_role::ignored) {
        auto& first = seen[static_cast<std::size_t>(col.role)];
        if (first) {
          errors_.add(csv_error_kind::duplicate_column, cell.line, cell.column, cell.text,
                      shown(cell.text) + " names a column a second time (first in column " +
                          std::to_string(*first + 1) + "); expected each column once");
          col.role = column_role::ignored;
        } else {
          first = i;
        }
      } else if (auto const when = parse_period_column(cell.text)) {
        auto const same = std::find(periods_.begin(), periods_.end(), *when);
        if (same != periods_.end()) {
          auto const first = period_columns[static_cast<std::size_t>(same - periods_.begin())];
          errors_.add(csv_error_kind::duplicate_column, cell.line, cell.column, cell.text,
                      shown(cell.text) + " names the period " + column_name(*when) +
                          " a second time (first in column " + std::to_string(first + 1) +
                          "); expected each period once");
        } else if (periods_.size() == max_periods) {
          errors_.add(csv_error_kind::too_many_periods, cell.line, cell.column, cell.text,
                      shown(cell.text) + " is period column " + std::to_string(max_periods + 1) +
                          ", but the plan holds at most " + std::to_string(max_periods) +
                          " periods; expected at most " + std::to_string(max_periods) +
                          " period columns (amip::plan holds any number)");
        } else {
          col = {column_role::figures, periods_.size()};
          periods_.push_back(*when);
          period_columns.push_back(i);
        }
      } else {
        errors_.add(csv_error_kind::unknown_column, cell.line, cell.column, cell.text,
                    shown(cell.text) +
                        " is not a column of a plan CSV; expected key, parent, children, measure, label or a period "
                        "such as plan 2026, projection 2025 or actual 2024");
      }
      columns_.push_back(col);
    }
    return missing.empty();
  }

  // ---------------------------------------------------------------------------------------------------------
  // The lines

  void read_row(csv_record const& record) {
    auto const cells = record.cells.size();
    bool const fits =
        cells == header_cells_ || (cells == header_cells_ + 1 && trimmed(record.cells.back().text).empty());
    if (!fits) {
      auto const at_column = cells > header_cells_ ? record.cells[header_cells_].column : 1;
      errors_.add(csv_error_kind::column_count, record.line, at_column, raw(record),
                  shown(raw(record), 40) + " has " + std::to_string(cells) + (cells == 1 ? " cell" : " cells") +
                      "; expected " + std::to_string(header_cells_) + ", one for each column of the header");
      return;
    }
    row r;
    r.figures.resize(periods_.size());
    r.figure_cells.resize(periods_.size());
    csv_cell const* key = nullptr;
    for (std::size_t i = 0; i < header_cells_; ++i) {
      if (columns_[i].role == column_role::key) key = &record.cells[i];
    }
    r.key = std::string(trimmed(key->text));
    r.key_cell = {key->line, key->column, key->text};
    if (known_ != nullptr) {
      auto const found = known_->find(r.key);
      if (!found) {
        report_unknown_key(*key);
        return;
      }
      r.catalog_line = index_of(*found);
    } else if (!is_valid_key(r.key)) {
      errors_.add(csv_error_kind::invalid_key, key->line, key->column, key->text,
                  r.key.empty() ? std::string("the line has no key; expected a key of ASCII letters, digits, '_', "
                                              "'.' and '-' in the column \"key\"")
                                : shown(key->text) +
                                      " is not a valid key; expected ASCII letters, digits, '_', '.' and '-' only");
      return;
    }
    for (auto const& other : rows_) {
      if (other.key == r.key) {
        errors_.add(csv_error_kind::duplicate_key, key->line, key->column, key->text,
                    shown(r.key) + " is the key of the line " + std::to_string(other.key_cell.line) +
                        " already; expected each key on one line only");
        return;
      }
    }
    if (known_ == nullptr && rows_.size() == max_lines) {
      errors_.add(csv_error_kind::too_many_lines, key->line, key->column, key->text,
                  shown(r.key) + " would be line " + std::to_string(max_lines + 1) +
                      " of the table, but the plan holds at most " + std::to_string(max_lines) +
                      " lines; expected at most " + std::to_string(max_lines) + " lines (amip::plan holds any number)");
      return;
    }
    for (std::size_t i = 0; i < header_cells_; ++i) {
      auto const& cell = record.cells[i];
      switch (columns_[i].role) {
        case column_role::ignored:
        case column_role::key:
          break;
        case column_role::parent:
          r.parent = cell_ref{cell.line, cell.column, cell.text};
          break;
        case column_role::children:
          read_children(r, cell);
          break;
        case column_role::measure:
          read_measure(r, cell);
          break;
        case column_role::label:
          r.label = cell.text;
          check_label(r, cell);
          break;
        case column_role::figures:
          r.figure_cells[columns_[i].period_slot] = {cell.line, cell.column, cell.text};
          r.figures[columns_[i].period_slot] = read_count(cell);
          break;
      }
    }
    if (known_ != nullptr && r.parent) check_parent(r, *r.parent);
    rows_.push_back(std::move(r));
  }

  void report_unknown_key(csv_cell const& key) {
    if (known_keys_.empty()) {
      std::vector<std::string_view> keys;
      for (auto const& l : known_->lines()) keys.push_back(l.key);
      known_keys_ = list_of(keys);
    }
    auto const k = trimmed(key.text);
    errors_.add(csv_error_kind::unknown_key, key.line, key.column, key.text,
                k.empty() ? "the line has no key; expected a line of the catalogue " + shown(known_->name()) +
                                ", one of " + known_keys_
                          : shown(k) + " is not a line of the catalogue " + shown(known_->name()) +
                                "; expected one of its keys: " + known_keys_);
  }

  void read_children(row& r, csv_cell const& cell) {
    auto const text = lowered(trimmed(cell.text));
    std::optional<children_rule> rule;
    if (text.empty() || text == "sum" || text == "davon") rule = children_rule::sum;
    if (text == "subset" || text == "darunter") rule = children_rule::subset;
    if (!rule) {
      errors_.add(csv_error_kind::bad_children_rule, cell.line, cell.column, cell.text,
                  shown(cell.text) +
                      " is not a rule for a line's children; expected sum (\"davon\": the line is the sum of its "
                      "lines), subset (\"darunter\": each line is a part) or an empty cell for sum");
      r.children = children_rule::subset;  // the weaker claim: never rolled up, never checked as a sum
      return;
    }
    r.children = *rule;
    if (known_ != nullptr && !text.empty()) {
      auto const& l = known_->lines()[r.catalog_line];
      if (l.children != *rule) {
        errors_.add(csv_error_kind::disagrees_with_catalog, cell.line, cell.column, cell.text,
                    shown(cell.text) + " is not the rule for the children of " + shown(l.key) + " in the catalogue " +
                        shown(known_->name()) + "; expected " + (l.children == children_rule::sum ? "sum" : "subset"));
      }
    }
  }

  // A measure's key: amip's own, then the caller's own (options.measures), then, against a catalogue, the measures
  // of its lines (a catalogue of one's own measures), each as written (a key of one's own may have capitals), then
  // in lower case.
  [[nodiscard]] std::optional<owned_measure> measure_named(std::string_view text) const {
    auto const lower = lowered(text);
    for (auto const key : {text, std::string_view{lower}}) {
      if (auto const id = measure_from_key(key)) return owned_measure{*id};
      for (auto const& m : options_.measures) {
        if (m.key() == key) return m;
      }
    }
    return std::nullopt;
  }
  [[nodiscard]] std::optional<measure_ref> catalog_measure_named(std::string_view text) const {
    if (known_ == nullptr) return std::nullopt;
    auto const lower = lowered(text);
    for (auto const& l : known_->lines()) {
      if (l.measure && (l.measure->key() == text || l.measure->key() == lower)) return l.measure;
    }
    return std::nullopt;
  }

  void read_measure(row& r, csv_cell const& cell) {
    auto const text = trimmed(cell.text);
    std::optional<owned_measure> id;
    std::optional<measure_ref> in_catalog;
    if (!text.empty()) {
      id = measure_named(text);
      if (!id) in_catalog = catalog_measure_named(text);
      if (!id && !in_catalog) {
        std::vector<std::string_view> keys;
        for (auto const& m : measures) keys.push_back(m.key);
        for (auto const& m : options_.measures) keys.push_back(m.key());
        errors_.add(csv_error_kind::unknown_measure, cell.line, cell.column, cell.text,
                    shown(cell.text) + " is not the key of a measure; expected an empty cell or one of " +
                        list_of(keys, 30 + options_.measures.size()) + "; " +
                        std::string(amip::detail::how_to_declare_a_measure));
        return;
      }
    }
    r.measure = id;  // a measure found only in the known catalogue: the catalogue keeps it, the row needs none
    if (known_ != nullptr && (id || in_catalog)) {
      auto const& l = known_->lines()[r.catalog_line];
      auto const named = id ? id->ref() : *in_catalog;
      if (!l.measure || !(*l.measure == named)) {
        errors_.add(csv_error_kind::disagrees_with_catalog, cell.line, cell.column, cell.text,
                    shown(cell.text) + " is not the measure of " + shown(l.key) + " in the catalogue " +
                        shown(known_->name()) + "; expected " +
                        (l.measure ? shown(info_of(*l.measure).key) : std::string("an empty cell")));
      }
    }
  }

  void check_label(row const& r, csv_cell const& cell) {
    if (known_ == nullptr || trimmed(cell.text).empty()) return;
    line_index const index{r.catalog_line};
    auto const german = known_->label(index, language::german);
    auto const english = known_->label(index, language::english);
    if (cell.text == german || cell.text == english) return;
    errors_.add(csv_error_kind::disagrees_with_catalog, cell.line, cell.column, cell.text,
                shown(cell.text) + " is not the label of " + shown(r.key) + " in the catalogue " +
                    shown(known_->name()) + "; expected " + shown(german) +
                    (english != german ? " or " + shown(english) : std::string()) + ", or an empty cell");
  }

  void check_parent(row const& r, cell_ref const& cell) {
    auto const text = trimmed(cell.text);
    if (text.empty()) return;  // not stated
    line_index const index{r.catalog_line};
    auto const parent = known_->parent(index);
    auto const expected = parent ? (*known_)[*parent].key : std::string_view{};
    if (text == expected) return;
    errors_.add(csv_error_kind::disagrees_with_catalog, cell.line, cell.column, cell.text,
                shown(cell.text) + " is not the parent of " + shown(r.key) + " in the catalogue " +
                    shown(known_->name()) + "; expected " +
                    (parent ? shown(expected) : std::string("an empty cell (it is a top line)")));
  }

  [[nodiscard]] language natural_language() const noexcept {
    return delimiter_ == ',' ? language::english : language::german;
  }

  std::optional<std::int64_t> read_count(csv_cell const& cell) {
    auto const text = trimmed(cell.text);
    if (text.empty()) return std::nullopt;
    std::string_view const unit = units::unit_traits<typename Q::unit_type>::symbol;
    number_text::parsed<std::int64_t> result{0, number_text::parse_failure::none};
    language lang = numbers_.value_or(natural_language());
    if (numbers_) {
      result = number_text::read_integer(text, *numbers_);
    } else {
      auto const german = number_text::read_integer(text, language::german);
      auto const english = number_text::read_integer(text, language::english);
      bool const german_ok = german.failure == number_text::parse_failure::none;
      bool const english_ok = english.failure == number_text::parse_failure::none;
      if (german_ok && !english_ok) numbers_ = lang = language::german;
      if (english_ok && !german_ok) numbers_ = lang = language::english;
      result = german_ok ? german : english_ok ? english : lang == language::german ? german : english;
    }
    using number_text::parse_failure;
    if (result.failure == parse_failure::out_of_range) {
      std::string largest;
      number_text::append_fixed(largest, max_count, 0, lang);
      errors_.add(csv_error_kind::count_overflow, cell.line, cell.column, cell.text,
                  shown(text) + " is outside the range of a 64-bit integer; expected a whole number of " +
                      std::string(unit) + " from 0 to " + largest);
      return std::nullopt;
    }
    if (result.failure != parse_failure::none) {
      errors_.add(
          csv_error_kind::not_a_number, cell.line, cell.column, cell.text,
          shown(text) +
              " is not a count: " + number_text::reason(result.failure, number_text::number_kind::integer, lang) +
              "; expected a whole number of " + std::string(unit) + " such as " +
              (lang == language::german ? "1994 or 1.994" : "1994 or 1,994") + ", or an empty cell for no figure");
      return std::nullopt;
    }
    if (result.value < 0) {
      errors_.add(
          csv_error_kind::negative_count, cell.line, cell.column, cell.text,
          shown(text) + " is a negative count; expected a whole number of " + std::string(unit) + " of 0 or more");
      return std::nullopt;
    }
    return result.value;
  }

  // ---------------------------------------------------------------------------------------------------------
  // The plan

  collected_plan<P> finish(csv_tokenizer<> const& records) {
    end_line_ = records.line();
    end_column_ = records.column();
    auto build = [&]() -> P {
      if (known_ != nullptr) return figures_against(*known_);
      return figures_against(own_catalog());
    };
    P read = build();
    std::shared_ptr<plan_csv_storage const> storage = std::move(storage_);
    if (known_ != nullptr && options_.require_every_leaf && header_read_) report_missing_leaves();
    check_consistency(read);
    return collected_plan<P>{loaded_plan<P>{std::move(storage), std::move(read)}, std::move(errors_).sorted()};
  }

  // Resolves parents (unknown parents and cycles leave a top line), builds the file's own catalogue.
  catalog own_catalog() {
    std::vector<std::size_t> parents(rows_.size(), no_parent);
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      auto& r = rows_[i];
      if (!r.parent || trimmed(r.parent->text).empty()) continue;
      auto const key = trimmed(r.parent->text);
      std::size_t p = 0;
      while (p < rows_.size() && rows_[p].key != key) ++p;
      if (p == rows_.size()) {
        errors_.add(csv_error_kind::unknown_parent, r.parent->line, r.parent->column, r.parent->text,
                    shown(key) + " is not the key of a line in the file; expected the key of the line " + shown(r.key) +
                        " belongs to, or an empty cell for a top line");
        continue;
      }
      std::size_t above = p;
      while (above != no_parent && above != i) above = parents[above];
      if (above == i) {
        std::string path = r.key;
        for (std::size_t q = p; q != i; q = parents[q]) path.append(" -> ").append(rows_[q].key);
        path.append(" -> ").append(r.key);
        errors_.add(csv_error_kind::cycle, r.parent->line, r.parent->column, r.parent->text,
                    shown(key) + " as the parent of " + shown(r.key) + " closes a cycle (" + path +
                        "); expected a line that is not " + shown(r.key) + " itself or below it");
        continue;
      }
      parents[i] = p;
    }
    std::vector<bool> has_children(rows_.size(), false);
    for (auto const p : parents) {
      if (p != no_parent) has_children[p] = true;
    }
    std::vector<owned_line> lines;
    lines.reserve(rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      rows_[i].catalog_line = i;
      auto const kind = has_children[i] ? (parents[i] == no_parent            ? line_kind::total
                                           : parents[parents[i]] == no_parent ? line_kind::group
                                                                              : line_kind::subgroup)
                                        : line_kind::leaf;
      auto const& r = rows_[i];
      lines.push_back(owned_line{r.key, kind, parents[i], r.children, r.measure, {}, false, r.label, r.label});
    }
    return catalog{storage_->name, std::move(lines)};  // owns its keys and labels: the plan keeps them alive
  }

  P figures_against(catalog const& table) {
    P read{table};
    text const source{storage_->name};  // one copy of the file name, shared by the periods
    for (auto const& when : periods_) read.describe(when, source);
    for (auto const& r : rows_) {
      for (std::size_t k = 0; k < periods_.size(); ++k) {
        if (r.figures[k]) read.state(line_index{r.catalog_line}, periods_[k], Q::from_value(*r.figures[k]));
      }
    }
    row_of_line_.assign(table.size(), rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) row_of_line_[rows_[i].catalog_line] = i;
    return read;
  }

  void report_missing_leaves() {
    for (std::size_t i = 0; i < known_->size(); ++i) {
      line_index const index{i};
      if (!known_->is_leaf(index) || row_of_line_[i] != rows_.size()) continue;
      auto const& l = (*known_)[index];
      errors_.add(csv_error_kind::missing_leaf, end_line_, end_column_, "",
                  "the file has no line for the leaf " + shown(l.key) + " (" + known_->label(index) +
                      ") of the catalogue " + shown(known_->name()) + "; expected a line with the key " + shown(l.key) +
                      ", whose figures may be empty");
    }
  }

  // Where a line's figure of a period column is in the file; the end of the file for a line without a row.
  [[nodiscard]] cell_ref where(std::size_t index, std::size_t slot) const {
    auto const r = row_of_line_[index];
    if (r == rows_.size()) return {end_line_, end_column_, ""};
    return rows_[r].figure_cells[slot];
  }

  // Each stated figure that disagrees with its lines (what plan::check() finds, and sums beyond int64 where the
  // plan would throw amip::overflow_error), as an error at the figure's cell.
  void check_consistency(P const& read) {
    auto const& table = read.structure();
    for (std::size_t slot = 0; slot < periods_.size(); ++slot) {
      auto const when = periods_[slot];
      auto const stated = [&](std::size_t i) {
        auto const v = read.stated(line_index{i}, when);
        return v ? std::optional<std::int64_t>{v->value()} : std::optional<std::int64_t>{};
      };
      check_totals(table, stated, [&](total_mismatch const& m) { report_mismatch(table, m, slot); });
    }
  }

  void report_mismatch(catalog const& table, total_mismatch const& m, std::size_t slot) {
    auto const i = index_of(m.line);
    auto const cell = where(i, slot);
    auto const when = column_name(periods_[slot]);
    auto const expected = std::to_string(m.expected);
    switch (m.what) {
      case total_problem::sum_overflows:
      case total_problem::known_parts_overflow:
        return errors_.add(
            csv_error_kind::sum_overflow, cell.line, cell.column, cell.text,
            std::string{m.what == total_problem::sum_overflows ? "the lines under " : "the lines known under "} +
                shown(table.lines()[i].key) + " add up to more than " + std::to_string(max_count) + " for " + when +
                "; expected figures whose sum fits a 64-bit integer");
      case total_problem::sum_differs:
        return errors_.add(csv_error_kind::total_disagrees, cell.line, cell.column, cell.text,
                           shown(trimmed(cell.text)) + " disagrees with the lines under " +
                               shown(table.lines()[i].key) + " for " + when + ", which add up to " + expected +
                               "; expected " + expected + ", or an empty cell to have it rolled up");
      case total_problem::known_parts_exceed:
        return errors_.add(csv_error_kind::known_parts_exceed, cell.line, cell.column, cell.text,
                           shown(trimmed(cell.text)) + " is less than the lines known under " +
                               shown(table.lines()[i].key) + " for " + when + ", which already add up to " + expected +
                               "; expected at least " + expected + ", or an empty cell to have it rolled up");
      case total_problem::part_exceeds_whole:
        return errors_.add(csv_error_kind::part_exceeds_whole, cell.line, cell.column, cell.text,
                           shown(trimmed(cell.text)) + " for " + shown(table.lines()[i].key) + " in " + when +
                               " is larger than the line it is part of, " +
                               shown(table.lines()[table.lines()[i].parent].key) + " (" + expected +
                               "); expected at most " + expected);
    }
  }

  std::string_view text_;
  catalog const* known_;
  csv_read_options options_;
  csv_diagnostics errors_;
  std::optional<language> numbers_;
  std::shared_ptr<plan_csv_storage> storage_ = std::make_shared<plan_csv_storage>();
  char delimiter_ = ';';
  std::size_t header_cells_ = 0;
  bool header_read_ = false;
  std::vector<column> columns_;
  std::vector<period> periods_;
  std::vector<row> rows_;
  std::vector<std::size_t> row_of_line_;
  std::string known_keys_;  // the catalogue's keys as an error lists them, once
  std::size_t end_line_ = 1;
  std::size_t end_column_ = 1;
};

template <class P>
[[nodiscard]] loaded_plan<P> first_error_or_plan(collected_plan<P> read) {
  if (!read.ok()) throw csv_error(read.errors().front());
  return static_cast<loaded_plan<P>&&>(read);
}

[[nodiscard]] inline std::string whole_stream(std::istream& in) {
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace detail

/// Reads a self-describing plan CSV (key, parent, children, [measure,] label, one column per period): the
/// plan and the catalogue it carries. Throws amip::io::csv_error for the first error in file order.
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::string_view text, std::string_view file_name,
                                           csv_read_options const& options = {}) {
  return detail::first_error_or_plan(detail::plan_csv_reader<P>{text, file_name, nullptr, options}.run());
}

/// Reads a plan CSV against a known catalogue (key and one column per period; parent, children, measure and label
/// may be present and must agree with it). The plan holds a copy of the catalogue: one built at run time (from
/// owned lines) stays alive with it; a static one views data that outlives it anyway. Throws
/// amip::io::csv_error for the first error in file order, std::length_error when the catalogue is larger than P.
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::string_view text, std::string_view file_name, catalog const& table,
                                           csv_read_options const& options = {}) {
  return detail::first_error_or_plan(detail::plan_csv_reader<P>{text, file_name, &table, options}.run());
}

/// As read_plan_csv, but reads on after an error: returns the plan of the valid parts and every error, in file
/// order. A line with an error in its key or its cells' syntax is left out; a figure with an error is not stated;
/// a line whose parent is unknown or closes a cycle becomes a top line; a bad children rule counts as subset; an
/// unknown measure as none. Nothing else is changed: stated totals stay as stated.
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::string_view text, std::string_view file_name,
                                                         csv_read_options const& options = {}) {
  return detail::plan_csv_reader<P>{text, file_name, nullptr, options}.run();
}

/// As read_plan_csv against a catalogue, but reads on after an error (see above).
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::string_view text, std::string_view file_name,
                                                         catalog const& table, csv_read_options const& options = {}) {
  return detail::plan_csv_reader<P>{text, file_name, &table, options}.run();
}

/// The same, reading the whole stream first.
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::istream& in, std::string_view file_name,
                                           csv_read_options const& options = {}) {
  return read_plan_csv<P>(detail::whole_stream(in), file_name, options);
}
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::istream& in, std::string_view file_name, catalog const& table,
                                           csv_read_options const& options = {}) {
  return read_plan_csv<P>(detail::whole_stream(in), file_name, table, options);
}
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::istream& in, std::string_view file_name,
                                                         csv_read_options const& options = {}) {
  return read_plan_csv_collecting<P>(detail::whole_stream(in), file_name, options);
}
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::istream& in, std::string_view file_name,
                                                         catalog const& table, csv_read_options const& options = {}) {
  return read_plan_csv_collecting<P>(detail::whole_stream(in), file_name, table, options);
}

}  // namespace amip::io
