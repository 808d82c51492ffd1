// The CSV layer on its own (amip/io/csv.hpp): records, cells and where they start, quotes, line breaks, comment
// lines, the delimiter found in the header, and the syntax errors with their positions.
#include <amip/io/csv.hpp>
#include <amip/io/diagnostic.hpp>

#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

using amip::io::csv_diagnostics;
using amip::io::csv_error_kind;
using amip::io::csv_tokenizer;
using amip::io::read_csv;

// The tokenizer keeps a view of its text: it is made from text that outlives it, never from a temporary string.
static_assert(std::is_constructible_v<csv_tokenizer<>, std::string_view, char, csv_diagnostics&>);
static_assert(std::is_constructible_v<csv_tokenizer<>, std::string const&, char, csv_diagnostics&>);
static_assert(!std::is_constructible_v<csv_tokenizer<>, std::string, char, csv_diagnostics&>);
static_assert(!std::is_constructible_v<csv_tokenizer<>, std::string&&, char, csv_diagnostics&>);

TEST_CASE("read_csv: an Excel file with a byte order mark, CR LF, a comment, quotes and a line break in a cell") {
  // Line 1 header, line 2 a comment, line 3 a quoted cell with the delimiter and doubled quotes, lines 4-5 one
  // record whose quoted cell holds a line break, line 6 a cell of one two-byte code point.
  std::string const text =
      "\xEF\xBB\xBF"
      "key;label\r\n"
      "# a comment\r\n"
      "mat;\"MAT; \"\"inkl.\"\" U25\"\r\n"
      "fbw;\"Zeile\neins\"\r\n"
      "\xC3\xBC;x\r\n";
  auto const table = read_csv(text, "t.csv");
  CHECK(table.errors.empty());
  REQUIRE(table.records.size() == 4);  // the comment line is no record, and nothing follows the last line break

  auto const& header = table.records[0];
  CHECK(header.line == 1);
  CHECK(header.begin == 0);  // offsets count from after the byte order mark
  CHECK(header.end == 9);    // "key;label" is 9 bytes; the line break is not part of the record
  REQUIRE(header.cells.size() == 2);
  CHECK(header.cells[0].text == "key");
  CHECK(header.cells[1].text == "label");
  CHECK(header.cells[1].column == 5);  // k e y ; -> the fifth code point

  auto const& mat = table.records[1];
  CHECK(mat.line == 3);  // line 2 is the comment
  REQUIRE(mat.cells.size() == 2);
  CHECK(mat.cells[1].text == "MAT; \"inkl.\" U25");  // no quotes around it, each doubled quote made one
  CHECK(mat.cells[1].line == 3);
  CHECK(mat.cells[1].column == 5);  // the opening quote

  auto const& fbw = table.records[2];
  CHECK(fbw.line == 4);
  REQUIRE(fbw.cells.size() == 2);
  CHECK(fbw.cells[1].text == "Zeile\neins");  // the line break inside the quotes, as written

  auto const& umlaut = table.records[3];
  CHECK(umlaut.line == 6);  // the break inside record 3 counts: line 5 is "eins\"", line 6 this one
  REQUIRE(umlaut.cells.size() == 2);
  CHECK(umlaut.cells[0].text == "\xC3\xBC");
  CHECK(umlaut.cells[1].column == 3);  // ü is one code point of two bytes: ü ; x -> column 3
  CHECK_FALSE(umlaut.broken);
}

TEST_CASE("read_csv: quoting errors at the cell where they start, sorted by position, the records kept") {
  // Line 2: a quote inside an unquoted cell; line 3: text after a closing quote; line 4: a quote never closed.
  std::string const text = "a;b\nx\"y;2\n\"z\"w;3\n\"never";
  auto const table = read_csv(text, "e.csv");
  REQUIRE(table.records.size() == 4);
  CHECK_FALSE(table.records[0].broken);
  CHECK(table.records[1].broken);
  CHECK(table.records[2].broken);
  CHECK(table.records[3].broken);
  CHECK(table.records[1].cells[0].text == "x\"y");  // a broken record keeps its cells as read
  CHECK(table.records[1].cells[1].text == "2");

  REQUIRE(table.errors.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(table.errors[i].kind == csv_error_kind::bad_quoting);
    CHECK(table.errors[i].file == "e.csv");
    CHECK(table.errors[i].line == i + 2);
    CHECK(table.errors[i].column == 1);
  }
  CHECK(table.errors[0].text == "x\"y");
  CHECK(table.errors[1].text == "zw");  // the quoted text and what follows the closing quote
  CHECK(table.errors[2].text == "never");
  // shown() puts text in quotes and escapes a quote as \": "w" and "\"z\"".
  CHECK(table.errors[1].to_string() ==
        "e.csv:3:1: \"w\" follows the closing quote of \"\\\"z\\\"\"; expected the delimiter ';' or the end of "
        "the line after a quoted cell");
}

TEST_CASE("read_csv: a cell that is not UTF-8 is a bad_encoding error at that cell") {
  auto const table = read_csv("a;\xFF\n", "latin1.csv");
  REQUIRE(table.records.size() == 1);
  CHECK(table.records[0].broken);
  REQUIRE(table.errors.size() == 1);
  CHECK(table.errors[0].kind == csv_error_kind::bad_encoding);
  CHECK(table.errors[0].line == 1);
  CHECK(table.errors[0].column == 3);  // a ; then the invalid byte
  CHECK(table.errors[0].text == "\xFF");
}

TEST_CASE("detect_delimiter: the one the header line uses most outside quotes, the semicolon on a tie") {
  using amip::io::detect_delimiter;
  CHECK(detect_delimiter("# comment\n\na,b;c,d\nx;y;z;w\n") == ',');  // the header: two ',' against one ';'
  CHECK(detect_delimiter("a;b,c\n") == ';');                          // one each: the tie goes to ';'
  CHECK(detect_delimiter("\"a,b,c\";d\n") == ';');                    // the ',' are inside quotes
  CHECK(detect_delimiter("a\tb\tc\n") == '\t');
  CHECK(detect_delimiter("") == ';');
}

namespace {
// Errors is any type with add(): here one that only counts, as a caller checking a file for syntax would.
struct error_count {
  std::size_t count = 0;
  void add(csv_error_kind, std::size_t, std::size_t, std::string_view, std::string const&) { ++count; }
};
}  // namespace

TEST_CASE("csv_tokenizer: record by record into any error sink, its position after each") {
  std::string const text = "a,\"b\"\"c\"\n\"d\n";
  error_count errors;
  csv_tokenizer records{text, ',', errors};
  amip::io::csv_record record;

  REQUIRE(records.next(record));
  REQUIRE(record.cells.size() == 2);
  CHECK(record.cells[1].text == "b\"c");
  CHECK(records.line() == 2);  // the line break after the record is consumed
  CHECK(records.column() == 1);

  REQUIRE(records.next(record));  // "d and a line break, never closed: the cell runs to the end of the text
  CHECK(record.broken);
  CHECK(record.cells[0].text == "d\n");
  CHECK(errors.count == 1);
  CHECK_FALSE(records.next(record));
}
