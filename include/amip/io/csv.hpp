// CSV as RFC 4180 writes it, for any table: UTF-8 checks, a tokenizer that keeps every cell's line and column,
// and read_csv for a whole text. The plan reader (amip/io/plan_csv.hpp) is built on it; nothing here knows plans.
//
// Synopsis
//
//   namespace amip::io {
//   inline constexpr std::string_view utf8_bom;                       // "\xEF\xBB\xBF"
//   struct utf8_unit { std::size_t size; bool valid; };
//   constexpr utf8_unit utf8_unit_at(std::string_view, std::size_t);   // one code point, or one invalid byte
//   constexpr bool is_valid_utf8(std::string_view);
//   std::string shown(std::string_view, std::size_t limit = 60);      // "\"a\\tb\"": text as errors show it
//
//   struct csv_cell { std::string text; std::size_t line, column; };  // unquoted text, where it starts
//   struct csv_record { std::vector<csv_cell> cells; std::size_t line, begin, end; bool broken; bool blank() const; };
//   char detect_delimiter(std::string_view);                          // ';', ',' or '\t', as the header uses most
//   template <class Errors = csv_diagnostics> class csv_tokenizer {
//     csv_tokenizer(std::string_view text, char delimiter, Errors& errors);   // keeps a view of text; not from
//                                                                      // a temporary std::string
//     bool next(csv_record&);                                          // false at the end of the text
//     std::size_t line() const, column() const;                        // where the tokenizer is
//   };
//   struct csv_table { std::vector<csv_record> records; std::vector<csv_diagnostic> errors; };
//   template <class Errors = csv_diagnostics>
//   csv_table read_csv(std::string_view text, std::string_view file_name, std::optional<char> delimiter = {});
//   }
//
// What is read: UTF-8 (a cell with invalid UTF-8 is a bad_encoding error), LF, CR LF or CR, cells in quotes with
// "" for a quote and with delimiters and line breaks inside, comment lines starting with '#' (skipped; a '#' only
// at the start of a record). A quote inside an unquoted cell, text after a closing quote and a quote never closed
// are bad_quoting errors. Columns count code points; lines count LF, CR LF and CR, also inside quoted cells.
// Records come in text order: each starts on a later line than the one before, and its cells at increasing
// positions (line, then column). A record's cells are kept even when it is broken (with the offending text as read).
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/number_text.hpp>
#include <amip/io/diagnostic.hpp>

/// Reading and writing files: the CSV tokenizer, the plan and comparison CSV formats (docs/csv.md), records.
namespace amip::io {

/// The UTF-8 byte order mark, which Excel writes at the start of "CSV UTF-8".
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// One code point of UTF-8 text, or one byte that does not start a valid one.
struct utf8_unit {
  std::size_t size;  ///< bytes of one code point, or 1 for an invalid byte
  /// Whether the bytes are a valid code point.
  bool valid;
};

/// The code point starting at `at`: its length, or an invalid byte (overlong forms, surrogates and values above
/// U+10FFFF are invalid, as are truncated sequences).
[[nodiscard]] constexpr utf8_unit utf8_unit_at(std::string_view text, std::size_t at) noexcept {
  auto const byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  auto const lead = byte(at);
  if (lead < 0x80) return {1, true};
  std::size_t size = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    size = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    size = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    size = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return {1, false};
  }
  if (text.size() - at < size) return {1, false};
  if (byte(at + 1) < low || byte(at + 1) > high) return {1, false};
  for (std::size_t i = 2; i < size; ++i) {
    if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return {1, false};
  }
  return {size, true};
}

/// Whether the text is valid UTF-8 (as utf8_unit_at defines it).
[[nodiscard]] constexpr bool is_valid_utf8(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    auto const unit = utf8_unit_at(text, i);
    if (!unit.valid) return false;
    i += unit.size;
  }
  return true;
}

/// Text as an error message shows it: in quotes, with \" \\ \n \r \t and \xNN for other control characters and
/// invalid bytes, cut after `limit` code points with "…".
[[nodiscard]] inline std::string shown(std::string_view text, std::size_t limit = 60) {
  constexpr std::string_view hex = "0123456789ABCDEF";
  std::string out = "\"";
  std::size_t count = 0;
  for (std::size_t i = 0; i < text.size(); ++count) {
    if (count == limit) {
      out += "\xE2\x80\xA6";
      break;
    }
    auto const c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    auto const unit = utf8_unit_at(text, i);
    if (c == '"') {
      out += "\\\"";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\t') {
      out += "\\t";
    } else if (!unit.valid || c < 0x20 || c == 0x7F) {
      out.append("\\x").append(1, hex[c >> 4U]).append(1, hex[c & 0x0FU]);
    } else {
      out.append(text.substr(i, unit.size));
    }
    i += unit.size;
  }
  return out += '"';
}

/// One cell of a record: its text without the quotes around it and with each doubled quote inside made one, and
/// where the cell starts (its opening quote, if quoted).
struct csv_cell {
  /// The cell's text, unquoted (doubled quotes made single).
  std::string text;
  std::size_t line = 0;    ///< 1-based
  std::size_t column = 0;  ///< 1-based, in code points from the start of the line
};

/// One record: the cells of a line (or of several lines, where a quoted cell holds line breaks).
struct csv_record {
  std::vector<csv_cell> cells;  ///< at least one: an empty line is one empty cell
  std::size_t line = 0;         ///< the line the record starts on, 1-based
  std::size_t begin = 0;        ///< byte offsets of the raw record in the text, without its line break
  /// The byte offset where the raw record ends, without its line break.
  std::size_t end = 0;
  bool broken = false;  ///< a quoting or encoding error was reported for one of its cells

  /// Whether every cell is empty or only spaces (a blank line, or a line of delimiters).
  [[nodiscard]] bool blank() const noexcept {
    return std::all_of(cells.begin(), cells.end(),
                       [](csv_cell const& c) { return number_text::trimmed(c.text).empty(); });
  }
};

/// The delimiter the header line uses most outside quotes: ';', ',' or '\t' (';' on a tie or when there is none).
/// The header line is the first line that is neither a comment nor blank.
[[nodiscard]] inline char detect_delimiter(std::string_view text) noexcept {
  std::size_t pos = 0;
  while (pos < text.size()) {
    auto const end = text.find_first_of("\r\n", pos);
    auto const physical = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
    if (!physical.empty() && physical.front() != '#' && !number_text::trimmed(physical).empty()) break;
    if (end == std::string_view::npos) return ';';
    pos = end + 1;
  }
  std::array<std::size_t, 3> counts{};
  constexpr std::array<char, 3> candidates{';', ',', '\t'};
  bool quoted = false;
  for (std::size_t i = pos; i < text.size(); ++i) {
    char const c = text[i];
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && (c == '\n' || c == '\r')) {
      break;
    } else if (!quoted) {
      for (std::size_t k = 0; k < candidates.size(); ++k) {
        if (c == candidates[k]) ++counts[k];
      }
    }
  }
  std::size_t best = 0;
  for (std::size_t k = 1; k < candidates.size(); ++k) {
    if (counts[k] > counts[best]) best = k;
  }
  return candidates[best];
}

/// Splits the text into records (RFC 4180), skipping comment lines, and tracks line and column of every cell.
/// Reports bad_quoting and bad_encoding to `errors` and marks the record broken; reads on after an error. The
/// text (without a byte order mark: see utf8_bom) and `errors` must outlive the tokenizer. Errors is
/// csv_diagnostics or anything with its add(kind, line, column, text, message) (to count errors, or to stop at the
/// first); a template, so that a program that includes the header without tokenizing does not compile it.
template <class Errors = csv_diagnostics>
class csv_tokenizer {
 public:
  /// A tokenizer of `text` with this delimiter (',' or ';' in amip's files), reporting to `errors`; both must
  /// outlive it.
  csv_tokenizer(std::string_view text AMIP_LIFETIMEBOUND, char delimiter, Errors& errors AMIP_LIFETIMEBOUND) noexcept
      : text_{text}, delimiter_{delimiter}, errors_{errors} {}
  /// The tokenizer keeps a view of the text: a temporary string would be gone before the first record.
  AMIP_DETAIL_UNAVAILABLE("the tokenizer keeps a view of its text; a temporary string would be gone at once")
  csv_tokenizer(std::string&&, char, Errors&,
                ::amip::detail::rejected<"amip: the tokenizer keeps a view of its text; a temporary string would be "
                                         "gone at once"> = {}) AMIP_DELETED;

  /// The next record, or false at the end of the text.
  bool next(csv_record& record) {
    while (pos_ < text_.size() && text_[pos_] == '#') skip_line();
    if (pos_ >= text_.size()) return false;
    record.cells.clear();
    record.line = line_;
    record.begin = pos_;
    record.broken = false;
    while (true) {
      record.cells.push_back(read_cell(record));
      if (pos_ < text_.size() && text_[pos_] == delimiter_) {
        advance(1);
        continue;
      }
      record.end = pos_;
      take_line_break(nullptr);
      return true;
    }
  }

  /// Where the tokenizer is: the line and column (1-based) of the next character it reads.
  [[nodiscard]] std::size_t line() const noexcept { return line_; }
  /// The column (1-based, in code points) of the next character it reads.
  [[nodiscard]] std::size_t column() const noexcept { return column_; }

 private:
  [[nodiscard]] bool at_line_break() const noexcept {
    return pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r');
  }
  void advance(std::size_t bytes) noexcept {
    pos_ += bytes;
    ++column_;
  }
  // Consumes LF, CR LF or CR, appending it to `into` if given.
  void take_line_break(std::string* into) {
    if (!at_line_break()) return;
    std::size_t const size = text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n' ? 2 : 1;
    if (into != nullptr) into->append(text_.substr(pos_, size));
    pos_ += size;
    ++line_;
    column_ = 1;
  }
  void skip_line() {
    while (pos_ < text_.size() && !at_line_break()) ++pos_;
    take_line_break(nullptr);
  }
  // Appends the ASCII characters up to the next delimiter, quote, line break or non-ASCII byte; false if none.
  bool take_plain_run(std::string& into) {
    std::size_t end = pos_;
    while (end < text_.size()) {
      auto const c = static_cast<unsigned char>(text_[end]);
      if (c >= 0x80 || c == '"' || c == '\n' || c == '\r' || c == static_cast<unsigned char>(delimiter_)) break;
      ++end;
    }
    if (end == pos_) return false;
    into.append(text_.substr(pos_, end - pos_));
    column_ += end - pos_;
    pos_ = end;
    return true;
  }
  // Appends one code point (or one invalid byte) to `into`.
  void take_unit(std::string& into, bool& invalid) {
    if (static_cast<unsigned char>(text_[pos_]) < 0x80) {
      into += text_[pos_];
      advance(1);
      return;
    }
    auto const unit = utf8_unit_at(text_, pos_);
    if (!unit.valid) invalid = true;
    into.append(text_.substr(pos_, unit.size));
    advance(unit.size);
  }

  csv_cell read_cell(csv_record& record) {
    csv_cell cell{{}, line_, column_};
    bool invalid = false;
    if (pos_ < text_.size() && text_[pos_] == '"') {
      advance(1);
      bool closed = false;
      while (pos_ < text_.size()) {
        if (text_[pos_] == '"') {
          if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
            cell.text += '"';
            advance(1);
            advance(1);
            continue;
          }
          advance(1);
          closed = true;
          break;
        }
        if (at_line_break()) {
          take_line_break(&cell.text);
        } else if (!take_plain_run(cell.text)) {
          take_unit(cell.text, invalid);
        }
      }
      if (!closed) {
        errors_.add(csv_error_kind::bad_quoting, cell.line, cell.column, cell.text,
                    shown("\"" + cell.text, 20) +
                        " opens a quote that is never closed; expected a closing '\"' before the end of the file");
        record.broken = true;
      } else if (pos_ < text_.size() && text_[pos_] != delimiter_ && !at_line_break()) {
        std::string after;
        while (pos_ < text_.size() && text_[pos_] != delimiter_ && !at_line_break()) take_unit(after, invalid);
        errors_.add(csv_error_kind::bad_quoting, cell.line, cell.column, cell.text + after,
                    shown(after) + " follows the closing quote of " + shown("\"" + cell.text + "\"") +
                        "; expected the delimiter '" + std::string(1, delimiter_) +
                        "' or the end of the line after a quoted cell");
        cell.text += after;
        record.broken = true;
      }
    } else {
      bool quote = false;
      while (pos_ < text_.size() && text_[pos_] != delimiter_ && !at_line_break()) {
        if (take_plain_run(cell.text)) continue;
        if (text_[pos_] == '"') quote = true;
        take_unit(cell.text, invalid);
      }
      if (quote) {
        errors_.add(csv_error_kind::bad_quoting, cell.line, cell.column, cell.text,
                    shown(cell.text) +
                        " has a quote inside a cell that does not start with one; expected the whole cell in quotes, "
                        "with each '\"' in it doubled");
        record.broken = true;
      }
    }
    if (invalid) {
      errors_.add(
          csv_error_kind::bad_encoding, cell.line, cell.column, cell.text,
          shown(cell.text) + " is not valid UTF-8; expected text encoded in UTF-8 (in Excel: save as \"CSV UTF-8\")");
      record.broken = true;
    }
    return cell;
  }

  std::string_view text_;
  char delimiter_;
  Errors& errors_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
  std::size_t column_ = 1;
};

/// Every record of a text, and the syntax errors in it.
struct csv_table {
  std::vector<csv_record> records;     ///< blank records included, comment lines not
  std::vector<csv_diagnostic> errors;  ///< bad_quoting and bad_encoding, in text order
};

/// Reads a whole text: skips a byte order mark (record offsets count from after it), uses `delimiter` or the one
/// detect_delimiter finds, and reads on after an error. `file_name` is what errors name. Errors collects them: a
/// csv_diagnostics, or a type with its constructor from the file name, add() and sorted() &&.
template <class Errors = csv_diagnostics>
[[nodiscard]] csv_table read_csv(std::string_view text, std::string_view file_name,
                                 std::optional<char> delimiter = {}) {
  if (text.starts_with(utf8_bom)) text.remove_prefix(utf8_bom.size());
  Errors errors{file_name};
  csv_table table;
  csv_tokenizer records{text, delimiter ? *delimiter : detect_delimiter(text), errors};
  for (csv_record record; records.next(record);) table.records.push_back(record);
  table.errors = std::move(errors).sorted();
  return table;
}

}  // namespace amip::io
