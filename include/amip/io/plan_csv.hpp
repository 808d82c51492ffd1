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
//   // Self-describing: columns key, parent, children, [measure,] label and one per period ("plan 2026"); a line may
//   // declare a measure of one's own: legal_basis, [legal_heading, measure_name, measure_name_en, abbreviation,]
//   // purpose, budget_line (docs/csv.md, "Measures declared in the file").
//   loaded_plan<P>    read_plan_csv(text, file_name, options = {});             // throws csv_error: the first error
//   collected_plan<P> read_plan_csv_collecting(text, file_name, options = {});  // the valid parts and every error
//   // Against a known catalogue (a programme's, e.g. amip::duesseldorf_2026::anlage1): columns key and one per
//   // period; parent, children, measure and label may be present and must then agree with the catalogue.
//   loaded_plan<P>    read_plan_csv(text, file_name, catalog const&, options = {});
//   collected_plan<P> read_plan_csv_collecting(text, file_name, catalog const&, options = {});
//   // The same with std::istream& in place of the text.
//
//   // A plan per quantity of the file's period columns ("Plan 2026 [Personen]", "Plan 2026 [EUR]"), one catalogue.
//   loaded_plans    read_plans_csv(text, file_name[, catalog const&], options = {});
//   collected_plans read_plans_csv_collecting(text, file_name[, catalog const&], options = {});
//   }
//
// `text` is the file's bytes; `file_name` is what errors name ("plan.csv"). Every error names file, line and
// column (1-based; the column counts UTF-8 code points from the line's start to the offending cell's start), the
// offending text and what was expected:
//   plan.csv:7:12: "-5" is a negative count; expected a whole number of entries of 0 or more
// What is read: UTF-8 with or without BOM, LF, CR LF or CR, RFC 4180 quotes ("" inside quotes, delimiters and
// line breaks in quoted cells), comment lines starting with '#', blank lines (and lines of empty cells), one extra
// delimiter at the end of a line, German (1.460.000,00) or English (1,460,000.00) or plain (1994) figures, empty
// cells as "no figure". The convention is the option's, or the file's ("# numbers: German" before the header), or
// the first figure's that reads one way only; a figure that reads two ways ("1,500") is otherwise an error. Counts
// are whole numbers; money has at most two decimals and is kept in cents, read exactly. Column names are matched
// without regard to case and surrounding spaces; a period column is "<kind> <when>[ (<version>)][ [<unit>]]"
// (docs/csv.md): kind plan (Planung, Soll), projection (Hochrechnung, Prognose), actual (Ergebnis, Ist) or target
// (Ziel, Zielwert); when 2026, 2026-07, 07/2026, Juli 2026 or Q3 2026; unit entries (Eintritte), persons
// (Personen, Teilnehmende), cases (Förderfälle, Fälle) or EUR (€, Euro); a column without a unit has the quantity
// of the plan read (read_plans_csv: entries). read_plan_csv<P> keeps the columns of P's quantity (and checks the
// others); read_plans_csv gives a plan per quantity. Keys are ASCII letters, digits, '_', '.' and '-'; a parent
// may come before or after its lines; children is sum (davon), subset (darunter) or empty (sum). Stated totals are kept as stated, and each one that disagrees with its lines (what
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
#include <type_traits>
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

/// What a read of one plan of type P gives, and how much it holds: period columns without a unit are of P's
/// quantity; the figures of columns of other units are read and checked, but not kept (nor their totals checked).
template <class P>
struct single_plan {
  using plan_type = P;
  using result = collected_plan<P>;
  static constexpr column_unit default_unit = *unit_of<typename P::quantity_type>;
  static constexpr std::size_t max_lines = plan_capacity<P>::lines;
  [[nodiscard]] static constexpr std::size_t max_periods(column_unit unit) noexcept {
    return unit == default_unit ? plan_capacity<P>::periods : std::numeric_limits<std::size_t>::max();
  }
  /// Whether the columns of a unit make the plan (and so have their totals checked).
  [[nodiscard]] static constexpr bool keeps(column_unit unit) noexcept { return unit == default_unit; }
};

/// What a read of every quantity of a file gives: an amip::plan<Q> per unit of its period columns; columns without
/// a unit are of entries.
struct plan_per_quantity {
  using result = collected_plans;
  static constexpr column_unit default_unit = column_unit::entries;
  static constexpr std::size_t max_lines = plan_capacity<amip::plan<entry_count>>::lines;
  [[nodiscard]] static constexpr std::size_t max_periods(column_unit) noexcept {
    return plan_capacity<amip::plan<entry_count>>::periods;
  }
  [[nodiscard]] static constexpr bool keeps(column_unit) noexcept { return true; }
};

/// A period column of the file: its period, its unit, and where the header names it.
struct figure_column {
  period when;
  column_unit unit = column_unit::entries;
  std::optional<column_unit> stated_unit;  // as the header names it; none: the default unit
  std::size_t column = 0;                  // 0-based, in the header
};

/// Reads one file into a plan (single_plan<P>) or a plan per quantity (plan_per_quantity); used by read_plan_csv,
/// read_plans_csv and their _collecting twins.
template <class Target>
class plan_csv_reader {
  static constexpr std::size_t max_lines = Target::max_lines;
  static constexpr auto max_count = std::numeric_limits<std::int64_t>::max();

 public:
  plan_csv_reader(std::string_view text, std::string_view file, catalog const* known, csv_read_options const& options)
      : text_{text}, known_{known}, options_{options}, errors_{file}, warnings_{file}, numbers_{options.numbers} {
    if (options.delimiter && *options.delimiter != ';' && *options.delimiter != ',' && *options.delimiter != '\t') {
      throw std::invalid_argument("amip: a plan CSV is read with the delimiter ';', ',' or '\\t', not '" +
                                  std::string(1, *options.delimiter) + "'");
    }
    storage_->name = std::string(file);
  }

  typename Target::result run() && {
    bool const has_bom = text_.starts_with(utf8_bom);
    if (has_bom) text_.remove_prefix(utf8_bom.size());
    delimiter_ = options_.delimiter ? *options_.delimiter : detect_delimiter(text_);
    read_declaration();
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
    header_line_ = record.line;
    header_text_ = std::string(raw(record));
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

  // A declaration of the number convention in a comment line before the header: "# numbers: German" or
  // "# numbers: English" (also "# Zahlen: deutsch" / "englisch"). Other comments are comments.
  void read_declaration() {
    std::size_t pos = 0;
    std::size_t line = 1;
    while (pos < text_.size()) {
      auto const end = text_.find_first_of("\r\n", pos);
      auto const physical = text_.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
      if (!physical.starts_with('#')) {
        if (!trimmed(physical).empty()) return;  // the header (or a blank record of delimiters)
      } else {
        read_declaration_line(physical, line);
      }
      if (end == std::string_view::npos) return;
      pos = end + (text_[end] == '\r' && end + 1 < text_.size() && text_[end + 1] == '\n' ? 2 : 1);
      ++line;
    }
  }
  void read_declaration_line(std::string_view physical, std::size_t line) {
    auto const body = lowered(trimmed(physical.substr(1)));
    std::string_view rest = body;
    if (rest.starts_with("numbers:")) {
      rest.remove_prefix(8);
    } else if (rest.starts_with("zahlen:")) {
      rest.remove_prefix(7);
    } else {
      return;
    }
    rest = trimmed(rest);
    std::optional<language> said;
    if (rest == "german" || rest == "deutsch" || rest == "de") said = language::german;
    if (rest == "english" || rest == "englisch" || rest == "en") said = language::english;
    auto const name = [](language l) { return std::string(l == language::german ? "German" : "English"); };
    if (!said) {
      errors_.add(csv_error_kind::bad_number_convention, line, 1, physical,
                  shown(physical) +
                      " declares no number convention; expected \"# numbers: German\" (1.460.000,00) or \"# "
                      "numbers: English\" (1,460,000.00)");
    } else if (options_.numbers && *options_.numbers != *said) {
      errors_.add(csv_error_kind::bad_number_convention, line, 1, physical,
                  shown(physical) + " declares " + name(*said) + " numbers, but the reader was told to read " +
                      name(*options_.numbers) + " numbers (csv_read_options::numbers); expected one convention");
    } else if (declared_ && *declared_ != *said) {
      errors_.add(csv_error_kind::bad_number_convention, line, 1, physical,
                  shown(physical) + " declares " + name(*said) + " numbers after a line that declares " +
                      name(*declared_) + " numbers; expected one convention");
    } else {
      declared_ = said;
    }
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

    std::array<std::optional<std::size_t>, column_role_count> seen{};  // the column of each structure role, by role
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
      } else {
        col = read_period_column(cell, i);
      }
      columns_.push_back(col);
    }
    return missing.empty();
  }

  // A header cell that is no structure column: a period column, or an error.
  column read_period_column(csv_cell const& cell, std::size_t i) {
    using problem = period_header_problem::what;
    auto const read = parse_period_header(cell.text);
    if (!read.header) {
      auto const& p = read.problem;
      std::string message;
      csv_error_kind kind = csv_error_kind::unknown_period;
      switch (p.problem) {
        case problem::not_a_period:
          kind = csv_error_kind::unknown_column;
          message = shown(cell.text) +
                    " is not a column of a plan CSV; expected key, parent, children, measure, label, a column "
                    "declaring a measure (legal_basis, legal_heading, measure_name, measure_name_en, abbreviation, "
                    "purpose, budget_line) or a period such as plan 2026, projection 2025 or actual 2024";
          break;
        case problem::unknown_kind:
          message = shown(cell.text) + " begins with " + shown(p.part) +
                    ", which is no kind of figure; expected plan (Plan, Planung, Soll), projection (Hochrechnung, "
                    "Prognose), actual (Ergebnis, Ist) or target (Ziel, Zielwert) before the time";
          break;
        case problem::unknown_when:
          message = shown(cell.text) + " names the time " + shown(p.part) +
                    ", which is no year, quarter or month; expected a time such as 2026, Q3 2026, 07/2026, 2026-07 "
                    "or Juli 2026 (July 2026), with a year of four digits";
          break;
        case problem::bad_version:
          message = shown(cell.text) + " names the version " + shown(p.part) + ", which cannot be one: " + p.why +
                    "; expected a version of 1 to 31 bytes without brackets, such as (Gesch\xC3\xA4\x66tsplan)";
          break;
        case problem::unknown_unit:
          kind = csv_error_kind::unknown_unit;
          message = shown(cell.text) + " names the unit " + shown(p.part) +
                    ", which a plan CSV does not know; expected [Eintritte] or [entries], [Personen], "
                    "[Teilnehmende] or [persons], [F\xC3\xB6rderf\xC3\xA4lle], [F\xC3\xA4lle] or [cases], [EUR], "
                    "[\xE2\x82\xAC] or [Euro], or no unit for " +
                    std::string(unit_name(Target::default_unit));
          break;
      }
      errors_.add(kind, cell.line, cell.column, cell.text, std::move(message));
      return {};
    }
    figure_column const figures{read.header->when, read.header->unit.value_or(Target::default_unit),
                                read.header->unit, i};
    std::size_t of_unit = 0;
    for (auto const& other : slots_) {
      if (other.unit != figures.unit) continue;
      ++of_unit;
      if (other.when != figures.when) continue;
      std::string expected = "; expected each period once";
      if (figures.stated_unit || other.stated_unit) expected += " per unit";
      errors_.add(csv_error_kind::duplicate_column, cell.line, cell.column, cell.text,
                  shown(cell.text) + " names the period " + column_name(figures.when, figures.stated_unit) +
                      " a second time (first in column " + std::to_string(other.column + 1) + ")" + expected);
      return {};
    }
    auto const max_periods = Target::max_periods(figures.unit);
    if (of_unit == max_periods) {
      errors_.add(csv_error_kind::too_many_periods, cell.line, cell.column, cell.text,
                  shown(cell.text) + " is period column " + std::to_string(max_periods + 1) +
                      (figures.stated_unit ? " of " + std::string(unit_name(figures.unit)) : std::string()) +
                      ", but the plan holds at most " + std::to_string(max_periods) + " periods; expected at most " +
                      std::to_string(max_periods) + " period columns (amip::plan holds any number)");
      return {};
    }
    slots_.push_back(figures);
    return {column_role::figures, slots_.size() - 1};
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
    r.figures.resize(slots_.size());
    r.figure_cells.resize(slots_.size());
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
          r.figure_cells[columns_[i].period_slot] = {cell.line, cell.column, cell.text};  // read at the end
          break;
        case column_role::legal_basis:
        case column_role::legal_heading:
        case column_role::measure_name:
        case column_role::measure_name_en:
        case column_role::abbreviation:
        case column_role::purpose:
        case column_role::budget_line:
          r.declaration[declaration_slot(columns_[i].role)] = cell_ref{cell.line, cell.column, cell.text};
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
    r.measure_cell = cell_ref{cell.line, cell.column, cell.text};
    std::optional<owned_measure> id;
    std::optional<measure_ref> in_catalog;
    if (!text.empty()) {
      id = measure_named(text);
      if (!id) in_catalog = catalog_measure_named(text);
      if (!id && !in_catalog && known_ == nullptr) return;  // declared in the file, or not: read_declarations
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

  // ---------------------------------------------------------------------------------------------------------
  // The figures: read once every line is, so that a figure anywhere in the file can decide the convention

  // The convention of the file's numbers: the reader's option, the file's declaration, or the first figure (in
  // file order) that reads only one way. None if every figure reads both ways (or neither).
  void decide_numbers() {
    if (numbers_) return;
    if (declared_) {
      numbers_ = declared_;
      return;
    }
    for (auto const& r : rows_) {
      for (auto const& cell : r.figure_cells) {
        if (trimmed(cell.text).empty()) continue;
        bool const german = read_figure(cell.text, language::german).ok();
        bool const english = read_figure(cell.text, language::english).ok();
        if (german == english) continue;
        numbers_ = german ? language::german : language::english;
        decided_by_ = cell;
        return;
      }
    }
  }

  void read_figures() {
    decide_numbers();
    for (auto& r : rows_) {
      for (std::size_t k = 0; k < slots_.size(); ++k) r.figures[k] = read_figure_cell(r.figure_cells[k], slots_[k]);
    }
  }

  [[nodiscard]] language figure_language() const noexcept { return numbers_.value_or(natural_language()); }

  // A figure as a message shows it: a count "1994", money in euros "1460000,00" (the file's decimal separator).
  [[nodiscard]] std::string figure_text(std::int64_t value, column_unit unit) const {
    std::string out;
    if (unit != column_unit::money) return std::to_string(value);
    auto const lang = figure_language();
    std::string grouped;
    number_text::append_fixed(grouped, value, 2, lang);
    for (char const c : grouped) {
      if (c != number_text::thousands_separator(lang)) out += c;
    }
    return out;
  }

  // What a figure of the unit is, for messages: "a whole number of entries", "an amount in euros".
  [[nodiscard]] static std::string what_of(column_unit unit) {
    return unit == column_unit::money ? std::string("an amount in euros")
                                      : "a whole number of " + std::string(unit_name(unit));
  }

  std::optional<std::int64_t> read_figure_cell(cell_ref const& cell, figure_column const& column) {
    auto const text = trimmed(cell.text);
    if (text.empty()) return std::nullopt;
    bool const is_money = column.unit == column_unit::money;
    auto const unit = std::string(unit_name(column.unit));
    using number_text::parse_failure;
    figure_reading read;
    language lang = figure_language();
    if (numbers_) {
      read = read_figure(text, *numbers_);
    } else {
      auto const german = read_figure(text, language::german);
      auto const english = read_figure(text, language::english);
      if (german.ok() && english.ok() && !german.same_value(english)) {
        errors_.add(csv_error_kind::ambiguous_number, cell.line, cell.column, cell.text,
                    shown(text) + " is " + reading_text(german, language::german) + " in German and " +
                        reading_text(english, language::english) +
                        " in English notation; expected the file's convention declared: a line \"# numbers: "
                        "German\" or \"# numbers: English\" before the header, or csv_read_options::numbers");
        return std::nullopt;
      }
      read = german.ok() ? german : english.ok() ? english : lang == language::german ? german : english;
      if (english.ok() && !german.ok()) lang = language::english;
      if (german.ok() && !english.ok()) lang = language::german;
    }
    std::string const example = is_money ? (lang == language::german ? "1460000,00 or 1.460.000,00"
                                                                     : "1460000.00 or 1,460,000.00")
                                         : (lang == language::german ? "1994 or 1.994" : "1994 or 1,994");
    if (read.failure == parse_failure::out_of_range) return overflow(cell, text, column.unit, lang);
    if (!read.ok()) {
      std::string reason;
      if (read.failure == parse_failure::unexpected_character && is_money) {
        reason = std::string("it contains a character other than digits, a leading '-', the thousands separator '") +
                 number_text::thousands_separator(lang) + "' and one decimal separator '" +
                 number_text::decimal_separator(lang) + "'";
      } else {
        reason = number_text::reason(read.failure, number_text::number_kind::integer, lang);
      }
      std::string decided;
      if (decided_by_) {
        decided = " (the file writes " + std::string(lang == language::german ? "German" : "English") +
                  " numbers, as " + shown(trimmed(decided_by_->text)) + " in line " +
                  std::to_string(decided_by_->line) + ", column " + std::to_string(decided_by_->column) + " shows)";
      }
      errors_.add(csv_error_kind::not_a_number, cell.line, cell.column, cell.text,
                  shown(text) + (is_money ? " is not an amount: " : " is not a count: ") + reason + decided +
                      "; expected " + what_of(column.unit) + " such as " + example +
                      ", or an empty cell for no figure");
      return std::nullopt;
    }
    if (read.negative && (read.whole != 0 || read.fraction.find_first_not_of('0') != std::string_view::npos)) {
      errors_.add(csv_error_kind::negative_count, cell.line, cell.column, cell.text,
                  shown(text) + (is_money ? " is a negative amount; expected " : " is a negative count; expected ") +
                      what_of(column.unit) + " of 0 or more");
      return std::nullopt;
    }
    if (!is_money && !read.fraction.empty()) {
      errors_.add(csv_error_kind::decimals_in_count, cell.line, cell.column, cell.text,
                  shown(text) + " has decimals, but a count of " + unit + " is a whole number; expected " +
                      what_of(column.unit) + " such as " + example + ", or an empty cell for no figure");
      return std::nullopt;
    }
    if (is_money && read.fraction.size() > 2) {
      errors_.add(csv_error_kind::too_many_decimals, cell.line, cell.column, cell.text,
                  shown(text) + " has " + std::to_string(read.fraction.size()) +
                      " decimals, but an amount in euros has at most 2 (cents); expected an amount such as " +
                      example + ", or an empty cell for no figure");
      return std::nullopt;
    }
    constexpr auto max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (!is_money) {
      if (read.whole > max) return overflow(cell, text, column.unit, lang);
      return static_cast<std::int64_t>(read.whole);
    }
    std::uint64_t cents = 0;
    for (std::size_t i = 0; i < 2; ++i) {
      cents = cents * 10 + (i < read.fraction.size() ? static_cast<std::uint64_t>(read.fraction[i] - '0') : 0U);
    }
    if (read.whole > (max - cents) / 100) return overflow(cell, text, column.unit, lang);
    return static_cast<std::int64_t>(read.whole * 100 + cents);
  }

  std::optional<std::int64_t> overflow(cell_ref const& cell, std::string_view text, column_unit unit, language lang) {
    std::string largest;
    number_text::append_fixed(largest, max_count, unit == column_unit::money ? 2 : 0, lang);
    errors_.add(csv_error_kind::count_overflow, cell.line, cell.column, cell.text,
                shown(text) +
                    (unit == column_unit::money ? std::string(" is outside the range of amounts in cents in a 64-bit "
                                                              "integer")
                                                : std::string(" is outside the range of a 64-bit integer")) +
                    "; expected " + what_of(unit) + " from 0 to " + largest);
    return std::nullopt;
  }

  // ---------------------------------------------------------------------------------------------------------
  // Measures declared in the file (docs/csv.md, "Measures declared in the file"): read once every line is, so that
  // a line may name a measure a later line declares.

  [[nodiscard]] static std::string measure_hint() {
    constexpr std::string_view declared = "a measure of one's own is declared ";
    auto const how = amip::detail::how_to_declare_a_measure;
    return std::string(declared) +
           "in the file, by a line that names it in the column \"measure\" and states its legal basis, purpose group "
           "and budget line in the columns \"legal_basis\", \"purpose\" and \"budget_line\", or " +
           std::string(how.starts_with(declared) ? how.substr(declared.size()) : how);
  }

  [[nodiscard]] static std::string keys_of_purpose_groups() {
    std::string out;
    for (auto const& g : purpose_groups) out.append(out.empty() ? "" : ", ").append(g.key);
    return out;
  }
  [[nodiscard]] static std::string keys_of_budget_lines() {
    std::string out;
    for (auto const& b : budget_lines) out.append(out.empty() ? "" : ", ").append(b.key);
    return out;
  }

  // A non-empty declaration cell of a line, or nothing.
  [[nodiscard]] static cell_ref const* stated(row const& r, column_role role) {
    auto const& cell = r.declaration[declaration_slot(role)];
    return cell && !trimmed(cell->text).empty() ? &*cell : nullptr;
  }
  [[nodiscard]] static cell_ref const* first_stated(row const& r) {
    for (auto const& cell : r.declaration) {
      if (cell && !trimmed(cell->text).empty()) return &*cell;
    }
    return nullptr;
  }

  [[nodiscard]] std::optional<owned_measure> file_measure_named(std::string_view text) const {
    auto const lower = lowered(text);
    for (auto const key : {text, std::string_view{lower}}) {
      for (auto const& m : file_measures_) {
        if (m.key() == key) return m;
      }
    }
    return std::nullopt;
  }

  void report_legal_basis(cell_ref const& cell, std::string const& problem) {
    errors_.add(csv_error_kind::bad_measure_declaration, cell.line, cell.column, cell.text,
                shown(trimmed(cell.text)) + " is not a legal basis: " + problem +
                    "; expected a norm such as \"\xC2\xA7 16f SGB II\", or two joined by \"i.V.m.\" such as \"\xC2\xA7 "
                    "16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. \xC2\xA7 45 Abs. 1 SGB III\"");
  }
  std::optional<purpose_group> purpose_of(cell_ref const& cell) {
    if (auto const g = purpose_group_from_key(trimmed(cell.text))) return g;
    errors_.add(csv_error_kind::bad_measure_declaration, cell.line, cell.column, cell.text,
                shown(trimmed(cell.text)) + " is not a purpose group; expected one of " + keys_of_purpose_groups() +
                    ", or a numeral of Anlage 1 (I. to VIII.)");
    return std::nullopt;
  }
  std::optional<budget_line> budget_of(cell_ref const& cell) {
    if (auto const b = budget_line_from_key(trimmed(cell.text))) return b;
    errors_.add(csv_error_kind::bad_measure_declaration, cell.line, cell.column, cell.text,
                shown(trimmed(cell.text)) + " is not a budget line; expected one of " + keys_of_budget_lines());
    return std::nullopt;
  }

  void read_declarations() {
    if (known_ != nullptr) {
      for (auto const& r : rows_) check_declaration_against_catalog(r);
      return;
    }
    // The declarations first: each line that states a legal basis for a measure not known yet.
    for (auto& r : rows_) {
      if (r.measure || !r.measure_cell || stated(r, column_role::legal_basis) == nullptr) continue;
      auto const key = trimmed(r.measure_cell->text);
      if (key.empty() || file_measure_named(key) ||
          std::find(failed_declarations_.begin(), failed_declarations_.end(), key) != failed_declarations_.end()) {
        continue;
      }
      declare(r);
    }
    // Then every line: its measure found, what else it states of it checked.
    for (auto& r : rows_) {
      auto const* declaring = first_stated(r);
      auto const key = r.measure_cell ? trimmed(r.measure_cell->text) : std::string_view{};
      if (key.empty()) {
        if (declaring != nullptr) {
          errors_.add(csv_error_kind::bad_measure_declaration, declaring->line, declaring->column, declaring->text,
                      shown(trimmed(declaring->text)) + " declares a measure, but the line " + shown(r.key) +
                          " names none in the column \"measure\"; expected the key of the measure it declares in "
                          "the column \"measure\", or an empty cell");
        }
        continue;
      }
      if (r.declares) continue;
      if (r.measure) {  // amip's own, or given to the reader
        if (declaring != nullptr) {
          auto const own = r.measure->ref().amips_own().has_value();
          check_declaration(r, r.measure->info(),
                            own ? "amip's measure " + shown(r.measure->key())
                                : "the measure " + shown(r.measure->key()) + " given in csv_read_options::measures",
                            csv_error_kind::bad_measure_declaration);
        }
        continue;
      }
      if (auto const found = file_measure_named(key)) {
        r.measure = found;
        if (declaring != nullptr) {
          std::size_t line = 0;
          for (auto const& other : rows_) {
            if (other.declares && other.measure && other.measure->key() == found->key()) line = other.key_cell.line;
          }
          check_declaration(r, found->info(),
                            "the measure " + shown(found->key()) + " as line " + std::to_string(line) + " declares it",
                            csv_error_kind::bad_measure_declaration);
        }
        continue;
      }
      if (std::find(failed_declarations_.begin(), failed_declarations_.end(), key) != failed_declarations_.end()) {
        continue;  // its declaration's errors are reported
      }
      report_unknown_measure(*r.measure_cell);
    }
  }

  void report_unknown_measure(cell_ref const& cell) {
    std::vector<std::string_view> keys;
    for (auto const& m : measures) keys.push_back(m.key);
    for (auto const& m : options_.measures) keys.push_back(m.key());
    for (auto const& m : file_measures_) keys.push_back(m.key());
    errors_.add(csv_error_kind::unknown_measure, cell.line, cell.column, cell.text,
                shown(cell.text) + " is not the key of a measure; expected an empty cell or one of " +
                    list_of(keys, 30 + options_.measures.size() + file_measures_.size()) + "; " + measure_hint());
  }

  // A line that states a legal basis for a measure amip does not know: declares it (amip::declare_measure), or
  // reports everything that keeps it from being declared.
  void declare(row& r) {
    auto const& key_cell = *r.measure_cell;
    auto const key = std::string(trimmed(key_cell.text));
    auto const& basis_cell = *stated(r, column_role::legal_basis);
    bool ok = true;
    measure_data d;
    d.key = key;
    if (!is_valid_key(key)) {
      ok = false;
      errors_.add(csv_error_kind::bad_measure_declaration, key_cell.line, key_cell.column, key_cell.text,
                  shown(key) +
                      " cannot be the key of a measure declared in the file; expected ASCII letters, "
                      "digits, '_', '.' and '-' only");
    }
    auto const basis = read_legal_basis(basis_cell.text);
    if (basis.ok()) {
      d.section = basis.section;
      d.book = basis.book;
      d.via_section = basis.via_section;
      d.via_book = basis.via_book;
    } else {
      ok = false;
      report_legal_basis(basis_cell, basis.problem);
    }
    auto const text_of = [&](column_role role) {
      auto const* cell = stated(r, role);
      return cell != nullptr ? cell->text : std::string{};
    };
    d.heading = text_of(column_role::legal_heading);
    d.german_name = stated(r, column_role::measure_name) != nullptr ? text_of(column_role::measure_name) : r.label;
    d.english_name = text_of(column_role::measure_name_en);
    d.abbreviation = text_of(column_role::abbreviation);
    if (trimmed(d.german_name).empty()) {
      ok = false;
      errors_.add(csv_error_kind::bad_measure_declaration, basis_cell.line, basis_cell.column, basis_cell.text,
                  "the measure " + shown(key) +
                      " declared here has no name; expected its German name in the column "
                      "\"measure_name\" or the line's label in the column \"label\"");
    }
    std::vector<std::string_view> missing;
    if (auto const* cell = stated(r, column_role::purpose)) {
      d.purpose = purpose_of(*cell);
      ok = ok && d.purpose.has_value();
    } else {
      missing.push_back("purpose");
    }
    if (auto const* cell = stated(r, column_role::budget_line)) {
      d.paid_from = budget_of(*cell);
      ok = ok && d.paid_from.has_value();
    } else {
      missing.push_back("budget_line");
    }
    if (!missing.empty()) {
      ok = false;
      std::string what = missing.size() == 2       ? "no purpose group and no budget line"
                         : missing[0] == "purpose" ? "no purpose group"
                                                   : "no budget line";
      std::string expected;
      if (missing.front() == "purpose") {
        expected = "its purpose group in the column \"purpose\" (" + keys_of_purpose_groups() + ")";
      }
      if (missing.back() == "budget_line") {
        expected.append(expected.empty() ? "" : " and ")
            .append("the budget line that pays it in the column \"budget_line\" (" + keys_of_budget_lines() + ")");
      }
      errors_.add(csv_error_kind::bad_measure_declaration, basis_cell.line, basis_cell.column, basis_cell.text,
                  "the measure " + shown(key) + " declared here has " + what + "; expected " + expected +
                      ": amip does not guess them");
    }
    if (ok) {
      try {
        r.measure = declare_measure(d);
        r.declares = true;
        file_measures_.push_back(*r.measure);
        return;
      } catch (invalid_measure const& e) {  // not expected: everything it checks is checked above
        std::string_view why = e.what();
        if (why.starts_with("amip: ")) why.remove_prefix(6);
        errors_.add(csv_error_kind::bad_measure_declaration, key_cell.line, key_cell.column, key_cell.text,
                    std::string(why) + "; expected a complete declaration");
      }
    }
    failed_declarations_.push_back(key);
  }

  // What a line states of a measure known already (amip's own, given, declared above, or the catalogue's line's):
  // each stated cell must agree with the measure's traits.
  void check_declaration(row const& r, measure_info const& m, std::string const& of, csv_error_kind kind) {
    auto const differs = [&](cell_ref const& cell, std::string_view what, std::string_view expected) {
      errors_.add(kind, cell.line, cell.column, cell.text,
                  shown(cell.text) + " is not the " + std::string(what) + " of " + of + "; expected " +
                      (expected.empty() ? std::string("an empty cell") : shown(expected)));
    };
    if (auto const* cell = stated(r, column_role::legal_basis)) {
      auto const basis = read_legal_basis(cell->text);
      if (!basis.ok()) {
        report_legal_basis(*cell, basis.problem);
      } else {
        auto const via = m.basis.via();
        bool const same = basis.section == m.basis.primary().section && basis.book == m.basis.primary().book &&
                          basis.via_book.has_value() == via.has_value() &&
                          (!via || (basis.via_section == via->section && basis.via_book == via->book));
        if (!same) differs(*cell, "legal basis", m.basis.text());
      }
    }
    auto const compare = [&](column_role role, std::string_view what, std::string_view expected) {
      auto const* cell = stated(r, role);
      if (cell != nullptr && cell->text != expected) differs(*cell, what, expected);
    };
    compare(column_role::legal_heading, "heading of the legal basis", m.basis.heading());
    compare(column_role::measure_name, "German name", m.german_name);
    compare(column_role::measure_name_en, "English name", m.english_name);
    compare(column_role::abbreviation, "abbreviation", m.abbreviation);
    if (auto const* cell = stated(r, column_role::purpose)) {
      auto const g = purpose_of(*cell);
      if (g && *g != m.purpose) differs(*cell, "purpose group", info_of(m.purpose).key);
    }
    if (auto const* cell = stated(r, column_role::budget_line)) {
      auto const b = budget_of(*cell);
      if (b && *b != m.paid_from) differs(*cell, "budget line", info_of(m.paid_from).key);
    }
  }

  void check_declaration_against_catalog(row const& r) {
    auto const* declaring = first_stated(r);
    if (declaring == nullptr) return;
    auto const& l = known_->lines()[r.catalog_line];
    if (!l.measure) {
      errors_.add(csv_error_kind::disagrees_with_catalog, declaring->line, declaring->column, declaring->text,
                  shown(trimmed(declaring->text)) + " declares a measure, but " + shown(l.key) +
                      " has none in the catalogue " + shown(known_->name()) + "; expected an empty cell");
      return;
    }
    check_declaration(
        r, l.measure->info(),
        "the measure " + shown(l.measure->key()) + " of " + shown(l.key) + " in the catalogue " + shown(known_->name()),
        csv_error_kind::disagrees_with_catalog);
  }

  // ---------------------------------------------------------------------------------------------------------
  // The plan

  typename Target::result finish(csv_tokenizer<> const& records) {
    end_line_ = records.line();
    end_column_ = records.column();
    read_figures();
    read_declarations();
    catalog const table = known_ != nullptr ? *known_ : own_catalog();
    row_of_line_.assign(table.size(), rows_.size());
    for (std::size_t i = 0; i < rows_.size(); ++i) row_of_line_[rows_[i].catalog_line] = i;
    if (known_ != nullptr && options_.require_every_leaf && header_read_) report_missing_leaves();
    check_consistency(table);
    find_warnings(table);
    std::vector<column_unit> units;  // of the period columns, each once, in header order
    for (auto const& slot : slots_) {
      if (std::find(units.begin(), units.end(), slot.unit) == units.end()) units.push_back(slot.unit);
    }
    if constexpr (std::is_same_v<Target, plan_per_quantity>) {
      loaded_plans read{nullptr, table};
      read.units_ = units;
      for (auto const unit : units) {
        switch (unit) {
          case column_unit::entries:
            read.entries_ = build<amip::plan<entry_count>>(table, unit);
            break;
          case column_unit::persons:
            read.persons_ = build<amip::plan<person_count>>(table, unit);
            break;
          case column_unit::cases:
            read.cases_ = build<amip::plan<case_count>>(table, unit);
            break;
          case column_unit::money:
            read.money_ = build<amip::plan<money>>(table, unit);
            break;
        }
      }
      read.storage_ = std::move(storage_);
      return collected_plans{std::move(read), std::move(errors_).sorted(), std::move(warnings_).sorted()};
    } else {
      using P = typename Target::plan_type;
      if (!units.empty() && std::find(units.begin(), units.end(), Target::default_unit) == units.end()) {
        report_missing_quantity(units);
      }
      P read = build<P>(table, Target::default_unit);
      std::shared_ptr<plan_csv_storage const> storage = std::move(storage_);
      return collected_plan<P>{loaded_plan<P>{std::move(storage), std::move(read)}, std::move(errors_).sorted(),
                               std::move(warnings_).sorted()};
    }
  }

  // What reads but is likely not meant (collected_plan::warnings()): a header and no data line; a "darunter" total
  // left empty in a period where some of its lines have figures (never rolled up: docs/csv.md asks for it).
  void find_warnings(catalog const& table) {
    if (header_read_ && rows_.empty()) {
      warnings_.add(csv_error_kind::header_only, header_line_, 1, header_text_,
                    "the file has a header and no data line; expected the lines of the table below the header");
    }
    for (auto const& r : rows_) {
      auto const i = r.catalog_line;
      if (table.lines()[i].children != children_rule::subset) continue;
      for (std::size_t k = 0; k < slots_.size(); ++k) {
        if (!trimmed(r.figure_cells[k].text).empty()) continue;  // given (or an error already)
        std::vector<std::string_view> stated;
        for (std::size_t c = 0; c < table.size(); ++c) {
          auto const child = row_of_line_[c];
          if (table.lines()[c].parent == i && child != rows_.size() && rows_[child].figures[k]) {
            stated.push_back(rows_[child].key);
          }
        }
        if (stated.empty()) continue;
        auto const& cell = r.figure_cells[k];
        warnings_.add(csv_error_kind::empty_subset_total, cell.line, cell.column, cell.text,
                      "the \"darunter\" total " + shown(r.key) + " is empty for " +
                          column_name(slots_[k].when, slots_[k].stated_unit) + ", but lines under it have figures (" +
                          list_of(stated) + "); expected its figure, as \"darunter\" lines are parts of it that need not "
                          "add up to it (it is never rolled up)");
      }
    }
  }

  void report_missing_quantity(std::vector<column_unit> const& units) {
    std::string has;
    for (std::size_t i = 0; i < units.size(); ++i) {
      has.append(i == 0 ? "" : i + 1 == units.size() ? " and " : ", ").append(unit_name(units[i]));
    }
    auto const wanted = std::string(unit_name(Target::default_unit));
    errors_.add(csv_error_kind::missing_quantity, header_line_, 1, header_text_,
                "the header " + shown(header_text_) + " has no period column of " + wanted +
                    " (its period columns are of " + has + "); expected a column such as plan 2026 [" + wanted +
                    "], a plan type of the file's quantity, or read_plans_csv for a plan of each");
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

  // The plan of the columns of one unit.
  template <class Plan>
  Plan build(catalog const& table, column_unit unit) {
    using Q = typename Plan::quantity_type;
    Plan read{table};
    text const source{storage_->name};  // one copy of the file name, shared by the periods
    for (auto const& slot : slots_) {
      if (slot.unit == unit) read.describe(slot.when, source);
    }
    for (auto const& r : rows_) {
      for (std::size_t k = 0; k < slots_.size(); ++k) {
        if (slots_[k].unit == unit && r.figures[k]) {
          read.state(line_index{r.catalog_line}, slots_[k].when, Q::from_value(*r.figures[k]));
        }
      }
    }
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
  void check_consistency(catalog const& table) {
    for (std::size_t slot = 0; slot < slots_.size(); ++slot) {
      if (!Target::keeps(slots_[slot].unit)) continue;  // not part of the plan read: its figures only are checked
      auto const stated = [&](std::size_t i) {
        auto const r = row_of_line_[i];
        return r == rows_.size() ? std::optional<std::int64_t>{} : rows_[r].figures[slot];
      };
      check_totals(table, stated, [&](total_mismatch const& m) { report_mismatch(table, m, slot); });
    }
  }

  void report_mismatch(catalog const& table, total_mismatch const& m, std::size_t slot) {
    auto const i = index_of(m.line);
    auto const cell = where(i, slot);
    auto const when = column_name(slots_[slot].when, slots_[slot].stated_unit);
    auto const expected = figure_text(m.expected, slots_[slot].unit);
    switch (m.what) {
      case total_problem::sum_overflows:
      case total_problem::known_parts_overflow:
        return errors_.add(
            csv_error_kind::sum_overflow, cell.line, cell.column, cell.text,
            std::string{m.what == total_problem::sum_overflows ? "the lines under " : "the lines known under "} +
                shown(table.lines()[i].key) + " add up to more than " + figure_text(max_count, slots_[slot].unit) + " for " + when +
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
  csv_diagnostics warnings_;
  std::optional<language> numbers_;    // the convention the figures are read in, once known
  std::optional<language> declared_;   // as the file declares it ("# numbers: German")
  std::optional<cell_ref> decided_by_;  // the figure that decided it, if one did
  std::size_t header_line_ = 1;
  std::string header_text_;
  std::vector<figure_column> slots_;   // the period columns, in header order
  std::shared_ptr<plan_csv_storage> storage_ = std::make_shared<plan_csv_storage>();
  char delimiter_ = ';';
  std::size_t header_cells_ = 0;
  bool header_read_ = false;
  std::vector<column> columns_;
  std::vector<row> rows_;
  std::vector<std::size_t> row_of_line_;
  std::string known_keys_;  // the catalogue's keys as an error lists them, once
  std::size_t end_line_ = 1;
  std::size_t end_column_ = 1;
  std::vector<owned_measure> file_measures_;      // the measures the file declares, in file order
  std::vector<std::string> failed_declarations_;  // keys whose declaration has errors (reported there)
};

template <class P>
[[nodiscard]] loaded_plan<P> first_error_or_plan(collected_plan<P> read) {
  if (!read.ok()) throw csv_error(read.errors().front());
  return static_cast<loaded_plan<P>&&>(read);
}

[[nodiscard]] inline loaded_plans first_error_or_plans(collected_plans read) {
  if (!read.ok()) throw csv_error(read.errors().front());
  return static_cast<loaded_plans&&>(read);
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
  return detail::first_error_or_plan(detail::plan_csv_reader<detail::single_plan<P>>{text, file_name, nullptr, options}.run());
}

/// Reads a plan CSV against a known catalogue (key and one column per period; parent, children, measure and label
/// may be present and must agree with it). The plan holds a copy of the catalogue: one built at run time (from
/// owned lines) stays alive with it; a static one views data that outlives it anyway. Throws
/// amip::io::csv_error for the first error in file order, std::length_error when the catalogue is larger than P.
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::string_view text, std::string_view file_name, catalog const& table,
                                           csv_read_options const& options = {}) {
  return detail::first_error_or_plan(detail::plan_csv_reader<detail::single_plan<P>>{text, file_name, &table, options}.run());
}

/// As read_plan_csv, but reads on after an error: returns the plan of the valid parts and every error, in file
/// order. A line with an error in its key or its cells' syntax is left out; a figure with an error is not stated;
/// a line whose parent is unknown or closes a cycle becomes a top line; a bad children rule counts as subset; an
/// unknown measure, or one whose declaration has an error, as none. Nothing else is changed: stated totals stay as
/// stated.
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::string_view text, std::string_view file_name,
                                                         csv_read_options const& options = {}) {
  return detail::plan_csv_reader<detail::single_plan<P>>{text, file_name, nullptr, options}.run();
}

/// As read_plan_csv against a catalogue, but reads on after an error (see above).
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::string_view text, std::string_view file_name,
                                                         catalog const& table, csv_read_options const& options = {}) {
  return detail::plan_csv_reader<detail::single_plan<P>>{text, file_name, &table, options}.run();
}

/// Reads a self-describing plan CSV whose period columns may count different things ("Plan 2026 [Personen]",
/// "Plan 2026 [EUR]"): a plan per quantity over the file's lines (columns without a unit count entries). Throws
/// amip::io::csv_error for the first error in file order.
[[nodiscard]] inline loaded_plans read_plans_csv(std::string_view text, std::string_view file_name,
                                                 csv_read_options const& options = {}) {
  return detail::first_error_or_plans(
      detail::plan_csv_reader<detail::plan_per_quantity>{text, file_name, nullptr, options}.run());
}
/// The same against a known catalogue.
[[nodiscard]] inline loaded_plans read_plans_csv(std::string_view text, std::string_view file_name,
                                                 catalog const& table, csv_read_options const& options = {}) {
  return detail::first_error_or_plans(
      detail::plan_csv_reader<detail::plan_per_quantity>{text, file_name, &table, options}.run());
}
/// As read_plans_csv, but reads on after an error (as read_plan_csv_collecting does).
[[nodiscard]] inline collected_plans read_plans_csv_collecting(std::string_view text, std::string_view file_name,
                                                               csv_read_options const& options = {}) {
  return detail::plan_csv_reader<detail::plan_per_quantity>{text, file_name, nullptr, options}.run();
}
/// The same against a known catalogue.
[[nodiscard]] inline collected_plans read_plans_csv_collecting(std::string_view text, std::string_view file_name,
                                                               catalog const& table,
                                                               csv_read_options const& options = {}) {
  return detail::plan_csv_reader<detail::plan_per_quantity>{text, file_name, &table, options}.run();
}

/// The same, reading the whole stream first.
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::istream& in, std::string_view file_name,
                                           csv_read_options const& options = {}) {
  return read_plan_csv<P>(detail::whole_stream(in), file_name, options);
}
/// The same against a known catalogue, reading the whole stream first.
template <class P = amip::plan<entry_count>>
[[nodiscard]] loaded_plan<P> read_plan_csv(std::istream& in, std::string_view file_name, catalog const& table,
                                           csv_read_options const& options = {}) {
  return read_plan_csv<P>(detail::whole_stream(in), file_name, table, options);
}
/// read_plan_csv_collecting, reading the whole stream first.
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::istream& in, std::string_view file_name,
                                                         csv_read_options const& options = {}) {
  return read_plan_csv_collecting<P>(detail::whole_stream(in), file_name, options);
}
/// The same against a known catalogue, reading the whole stream first.
template <class P = amip::plan<entry_count>>
[[nodiscard]] collected_plan<P> read_plan_csv_collecting(std::istream& in, std::string_view file_name,
                                                         catalog const& table, csv_read_options const& options = {}) {
  return read_plan_csv_collecting<P>(detail::whole_stream(in), file_name, table, options);
}

}  // namespace amip::io
