#include <amip/core/ratio.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/io/records_csv.hpp>
#include <amip/model/comparison.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/csv.hpp>

#include "writer_options.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace duesseldorf = amip::duesseldorf_2026;
using amip::actual_of;
using amip::entries;
using amip::plan_of;
using amip::io::csv_error_kind;

namespace {

std::string file_text(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

template <class P>
std::string written(P const& plan, amip::report::csv_options const& options = {}) {
  std::ostringstream out;
  amip::report::write_plan_csv(out, plan, options);
  return out.str();
}

/// The structure and every stated figure of two plans are the same (labels as written in `lang`).
template <class P1, class P2>
void require_same_plan(P1 const& original, P2 const& read, amip::language lang) {
  auto const& a = original.structure();
  auto const& b = read.structure();
  REQUIRE(b.size() == a.size());
  REQUIRE(read.periods() == original.periods());
  for (std::size_t i = 0; i < a.size(); ++i) {
    amip::line_index const index{i};
    INFO("line " << i << " (" << a[index].key << ")");
    CHECK(b[index].key == a[index].key);
    CHECK(b[index].parent == a[index].parent);
    CHECK(b[index].children == a[index].children);
    CHECK(b[index].measure == a[index].measure);
    CHECK(b.label(index, lang) == a.label(index, lang));
    for (auto const& when : original.periods()) {
      INFO(amip::to_string(when));
      CHECK(read.stated(index, when) == original.stated(index, when));
    }
  }
}

struct malformed {
  std::string_view name;
  std::string text;
  bool against_anlage1;
  csv_error_kind kind;
  std::string expected;  // the first error, as to_string() gives it
  bool money = false;    // read as an amip::plan<amip::money> (columns without a unit are in euros)
  bool plans = false;    // read as a plan per unit (read_plans_csv)
};

std::string const header = "key;parent;children;measure;label;plan 2026;actual 2025\n";
std::string const declaring = "key;parent;children;measure;label;legal_basis;purpose;budget_line;plan 2026\n";

// clang-format off
std::vector<malformed> malformed_inputs() {
  return {
    {"an empty file", "", false, csv_error_kind::empty_file,
     "plan.csv:1:1: the file is empty; expected a header line such as key;parent;children;measure;label;plan 2026"},
    {"only a byte order mark", "\xEF\xBB\xBF", false, csv_error_kind::empty_file,
     "plan.csv:1:1: the file is empty (it holds only a byte order mark); expected a header line such as "
     "key;parent;children;measure;label;plan 2026"},
    {"only comments and blank lines", "# Musterstadt\n\n;;;\n", false, csv_error_kind::empty_file,
     "plan.csv:4:1: the file holds only comments and blank lines; expected a header line such as "
     "key;parent;children;measure;label;plan 2026"},
    // "total;;sum;;" is 12 characters: the label starts in column 13.
    {"a Latin-1 umlaut", header + "total;;sum;;Gr\xFCn;1;2\n", false, csv_error_kind::bad_encoding,
     "plan.csv:2:13: \"Gr\\xFCn\" is not valid UTF-8; expected text encoded in UTF-8 (in Excel: save as \"CSV "
     "UTF-8\")"},
    // Columns count characters, not bytes: "Förderung" is 9 characters (10 bytes) wide.
    {"a bad byte after an umlaut", header + "total;;sum;;F\xC3\xB6rderung;\xFF;2\n", false,
     csv_error_kind::bad_encoding,
     "plan.csv:2:23: \"\\xFF\" is not valid UTF-8; expected text encoded in UTF-8 (in Excel: save as \"CSV "
     "UTF-8\")"},
    {"a quote never closed", header + "total;;sum;;\"Eintritte;1;2\n", false, csv_error_kind::bad_quoting,
     "plan.csv:2:13: \"\\\"Eintritte;1;2\\n\" opens a quote that is never closed; expected a closing '\"' before "
     "the end of the file"},
    {"text after a closing quote", header + "total;;sum;;\"Eintritte\" insgesamt;1;2\n", false,
     csv_error_kind::bad_quoting,
     "plan.csv:2:13: \" insgesamt\" follows the closing quote of \"\\\"Eintritte\\\"\"; expected the delimiter ';' "
     "or the end of the line after a quoted cell"},
    {"a quote inside an unquoted cell", header + "total;;sum;;5\" Bildschirm;1;2\n", false,
     csv_error_kind::bad_quoting,
     "plan.csv:2:13: \"5\\\" Bildschirm\" has a quote inside a cell that does not start with one; expected the "
     "whole cell in quotes, with each '\"' in it doubled"},
    {"a header without parent and children", "key;label;plan 2026\ntotal;Eintritte;5\n", false,
     csv_error_kind::missing_column,
     "plan.csv:1:1: the header \"key;label;plan 2026\" has no column \"parent\" and \"children\"; expected the "
     "columns key, parent, children and label (measure is optional), then one column per period such as plan "
     "2026"},
    {"a header without key against a catalogue", "line;plan 2026\nmat;5\n", true, csv_error_kind::missing_column,
     "plan.csv:1:1: the header \"line;plan 2026\" has no column \"key\"; expected a column key, then one column "
     "per period such as plan 2026"},
    {"a period column without a space", "key;parent;children;label;plan2026\n", false,
     csv_error_kind::unknown_column,
     "plan.csv:1:27: \"plan2026\" is not a column of a plan CSV; expected key, parent, children, measure, label, a "
     "column declaring a measure (legal_basis, legal_heading, measure_name, measure_name_en, abbreviation, purpose, "
     "budget_line) or a period such as plan 2026, projection 2025 or actual 2024"},
    {"a period column twice", "key;parent;children;label;plan 2026;Plan 2026\n", false,
     csv_error_kind::duplicate_column,
     "plan.csv:1:37: \"Plan 2026\" names the period plan 2026 a second time (first in column 5); expected each "
     "period once"},
    {"a structure column twice", "key;parent;children;label;Key\n", false, csv_error_kind::duplicate_column,
     "plan.csv:1:27: \"Key\" names a column a second time (first in column 1); expected each column once"},
    {"a line with a cell too few", header + "total;;sum;;Eintritte;1\n", false, csv_error_kind::column_count,
     "plan.csv:2:1: \"total;;sum;;Eintritte;1\" has 6 cells; expected 7, one for each column of the header"},
    // The first surplus cell ("3") starts in column 27.
    {"a line with two cells too many", header + "total;;sum;;Eintritte;1;2;3;\n", false,
     csv_error_kind::column_count,
     "plan.csv:2:27: \"total;;sum;;Eintritte;1;2;3;\" has 9 cells; expected 7, one for each column of the header"},
    {"a key with a space", header + "mat u25;;sum;;MAT U25;1;2\n", false, csv_error_kind::invalid_key,
     "plan.csv:2:1: \"mat u25\" is not a valid key; expected ASCII letters, digits, '_', '.' and '-' only"},
    {"a line without a key", header + ";;sum;;Eintritte;1;2\n", false, csv_error_kind::invalid_key,
     "plan.csv:2:1: the line has no key; expected a key of ASCII letters, digits, '_', '.' and '-' in the column "
     "\"key\""},
    {"a key Anlage 1 does not have", "key;plan 2026\nmat;1994\nmatt;5\n", true, csv_error_kind::unknown_key,
     "plan.csv:3:1: \"matt\" is not a line of the catalogue \"Planung EGT\"; expected one of its keys: "
     "with_fbw_reha, without_fbw_reha, I, I.activation, mat, avgs_mat, mag, II, II.fbw, fbw_nao, fbw_ao, III, egz, "
     "einstiegsgeld, p16c, IV, asa, eq, V, VI, agh, p16e, p16i, VII, VIII"},
    {"a key twice", header + "total;;sum;;Eintritte;;\nu25;total;sum;;U25;1;2\nu25;total;sum;;U25;3;4\n", false,
     csv_error_kind::duplicate_key,
     "plan.csv:4:1: \"u25\" is the key of the line 3 already; expected each key on one line only"},
    {"a parent no line has", header + "total;;sum;;Eintritte;;\nu25;totl;sum;;U25;1;2\n", false,
     csv_error_kind::unknown_parent,
     "plan.csv:3:5: \"totl\" is not the key of a line in the file; expected the key of the line \"u25\" belongs "
     "to, or an empty cell for a top line"},
    {"two lines each other's parent", header + "a;b;sum;;A;;\nb;a;sum;;B;1;2\n", false, csv_error_kind::cycle,
     "plan.csv:3:3: \"a\" as the parent of \"b\" closes a cycle (b -> a -> b); expected a line that is not \"b\" "
     "itself or below it"},
    {"a line its own parent", header + "a;a;sum;;A;1;2\n", false, csv_error_kind::cycle,
     "plan.csv:2:3: \"a\" as the parent of \"a\" closes a cycle (a -> a); expected a line that is not \"a\" itself "
     "or below it"},
    {"children neither sum nor subset", header + "total;;total;;Eintritte;1;2\n", false,
     csv_error_kind::bad_children_rule,
     "plan.csv:2:8: \"total\" is not a rule for a line's children; expected sum (\"davon\": the line is the sum of "
     "its lines), subset (\"darunter\": each line is a part) or an empty cell for sum"},
    {"a measure amip does not know", header + "mat;;sum;matt;MAT;1;2\n", false, csv_error_kind::unknown_measure,
     "plan.csv:2:10: \"matt\" is not the key of a measure; expected an empty cell or one of mat, avgs_mat, mag, "
     "fbw_nao, fbw_ao, egz, einstiegsgeld, p16c, asa, eq, reha, agh, p16e, p16i, p16f, p16h, vermittlungsbudget, "
     "childcare, home_care, debt_counselling, psychosocial, p16k; a measure of one's own is declared in the file, by "
     "a line that names it in the column \"measure\" and states its legal basis, purpose group and budget line in "
     "the columns \"legal_basis\", \"purpose\" and \"budget_line\", or at run time with amip::declare_measure or in "
     "code as a tag derived from amip::own_measure, and given to the reader in csv_read_options::measures"},
    // Measures declared in the file (docs/csv.md). "coach;total;sum;" is 16 characters: the measure starts in
    // column 17. "coach;;sum;jobcoach;Jobcoaching;" is 32: the legal basis starts in column 33, the purpose after
    // "\xC2\xA7 16f SGB II;" (13 characters) in column 46.
    {"an undeclared own measure",
     declaring + "total;;sum;;Gesamt;;;;\ncoach;total;sum;jobcoach;Jobcoaching;;;;10\n", false,
     csv_error_kind::unknown_measure,
     "plan.csv:3:17: \"jobcoach\" is not the key of a measure; expected an empty cell or one of mat, "
     "avgs_mat, mag, fbw_nao, fbw_ao, egz, einstiegsgeld, p16c, asa, eq, reha, agh, p16e, p16i, p16f, "
     "p16h, vermittlungsbudget, childcare, home_care, debt_counselling, psychosocial, p16k; a measure of "
     "one's own is declared in the file, by a line that names it in the column \"measure\" and states its "
     "legal basis, purpose group and budget line in the columns \"legal_basis\", \"purpose\" and "
     "\"budget_line\", or at run time with amip::declare_measure or in code as a tag derived from "
     "amip::own_measure, and given to the reader in csv_read_options::measures"},
    {"a legal basis without a section sign",
     declaring + "coach;;sum;jobcoach;Jobcoaching;16f SGB II;free_support;egt;10\n", false,
     csv_error_kind::bad_measure_declaration,
     "plan.csv:2:33: \"16f SGB II\" is not a legal basis: the section \"16f\" does not start with "
     "\"\xC2\xA7\"; expected a norm such as \"\xC2\xA7 16f SGB II\", or two joined by \"i.V.m.\" such "
     "as \"\xC2\xA7 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. \xC2\xA7 45 Abs. 1 SGB III\""},
    {"a legal basis without a book",
     declaring + "coach;;sum;jobcoach;Jobcoaching;\xC2\xA7 16f;free_support;egt;10\n", false,
     csv_error_kind::bad_measure_declaration,
     "plan.csv:2:33: \"\xC2\xA7 16f\" is not a legal basis: the norm \"\xC2\xA7 16f\" names no book at "
     "its end (SGB II or SGB III); expected a norm such as \"\xC2\xA7 16f SGB II\", or two joined by "
     "\"i.V.m.\" such as \"\xC2\xA7 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. \xC2\xA7 45 Abs. 1 SGB III\""},
    {"a declaration without purpose group and budget line",
     declaring + "coach;;sum;jobcoach;Jobcoaching;\xC2\xA7 16f SGB II;;;10\n", false,
     csv_error_kind::bad_measure_declaration,
     "plan.csv:2:33: the measure \"jobcoach\" declared here has no purpose group and no budget line; "
     "expected its purpose group in the column \"purpose\" (activation, vocational_training, "
     "taking_up_work, career_choice_and_training, rehabilitation, subsidised_employment, free_support, "
     "hard_to_reach_young_people, outside_anlage_1) and the budget line that pays it in the column "
     "\"budget_line\" (egt, vwhh, pat, special_allocation, agency, municipal, vermittlungsbudget): amip "
     "does not guess them"},
    {"a declaration with an unknown purpose group",
     declaring + "coach;;sum;jobcoach;Jobcoaching;\xC2\xA7 16f SGB II;IX;egt;10\n", false,
     csv_error_kind::bad_measure_declaration,
     "plan.csv:2:46: \"IX\" is not a purpose group; expected one of activation, vocational_training, "
     "taking_up_work, career_choice_and_training, rehabilitation, subsidised_employment, free_support, "
     "hard_to_reach_young_people, outside_anlage_1, or a numeral of Anlage 1 (I. to VIII.)"},
    // "coach2;total;sum;jobcoach;Jobcoaching;\xC2\xA7 16f SGB II;free_support;" is 64 characters.
    {"two declarations of one measure that disagree",
     declaring + "total;;sum;;Gesamt;;;;\n"
                 "coach;total;sum;jobcoach;Jobcoaching;\xC2\xA7 16f SGB II;free_support;egt;10\n"
                 "coach2;total;sum;jobcoach;Jobcoaching;\xC2\xA7 16f SGB II;free_support;municipal;5\n",
     false, csv_error_kind::bad_measure_declaration,
     "plan.csv:4:65: \"municipal\" is not the budget line of the measure \"jobcoach\" as line 3 declares "
     "it; expected \"egt\""},
    // "mat;;sum;mat;MAT;" is 17 characters.
    {"a declaration of amip's own measure that disagrees",
     declaring + "mat;;sum;mat;MAT;\xC2\xA7 16f SGB II;;;10\n", false,
     csv_error_kind::bad_measure_declaration,
     "plan.csv:2:18: \"\xC2\xA7 16f SGB II\" is not the legal basis of amip's measure \"mat\"; expected "
     "\"\xC2\xA7 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. \xC2\xA7 45 Abs. 1 SGB III\""},
    // "coach;;sum;;Jobcoaching;" is 24 characters.
    {"a declaration on a line without a measure",
     declaring + "coach;;sum;;Jobcoaching;\xC2\xA7 16f SGB II;free_support;egt;10\n", false,
     csv_error_kind::bad_measure_declaration,
     "plan.csv:2:25: \"\xC2\xA7 16f SGB II\" declares a measure, but the line \"coach\" names none in "
     "the column \"measure\"; expected the key of the measure it declares in the column \"measure\", or an "
     "empty cell"},
    {"a declaration against a catalogue",
     "key;legal_basis;plan 2026\nmat;\xC2\xA7 16f SGB II;1994\n", true, csv_error_kind::disagrees_with_catalog,
     "plan.csv:2:5: \"\xC2\xA7 16f SGB II\" is not the legal basis of the measure \"mat\" of \"mat\" in "
     "the catalogue \"Planung EGT\"; expected \"\xC2\xA7 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. \xC2\xA7 "
     "45 Abs. 1 SGB III\""},
    {"a parent other than the catalogue's", "key;parent;plan 2026\nmat;II;1994\n", true,
     csv_error_kind::disagrees_with_catalog,
     "plan.csv:2:5: \"II\" is not the parent of \"mat\" in the catalogue \"Planung EGT\"; expected "
     "\"I.activation\""},
    {"a label other than the catalogue's", "key;label;plan 2026\nmat;MAT;1994\n", true,
     csv_error_kind::disagrees_with_catalog,
     "plan.csv:2:5: \"MAT\" is not the label of \"mat\" in the catalogue \"Planung EGT\"; expected \"davon MAT "
     "inkl. U25\" or \"of which: Measures with a provider\", or an empty cell"},
    {"a figure with a letter", header + "total;;sum;;Eintritte;12a;2\n", false, csv_error_kind::not_a_number,
     "plan.csv:2:23: \"12a\" is not a count: it contains a character other than digits, a leading '-' and the "
     "thousands separator '.'; expected a whole number of entries such as 1994 or 1.994, or an empty cell for no "
     "figure"},
    {"a figure with a decimal", header + "total;;sum;;Eintritte;1.99.4;2\n", false, csv_error_kind::not_a_number,
     "plan.csv:2:23: \"1.99.4\" is not a count: the thousands separator '.' is misplaced; expected a whole number "
     "of entries such as 1994 or 1.994, or an empty cell for no figure"},
    // "1.994.000" reads only as German (in English, ".994.000" is no fraction): it decides for the file.
    {"English grouping after German grouping", header + "a;;sum;;A;1.994.000;\nb;;sum;;B;1,994,000;\n", false,
     csv_error_kind::not_a_number,
     "plan.csv:3:11: \"1,994,000\" is not a count: it contains a character other than digits, a leading '-' and the "
     "thousands separator '.' (the file writes German numbers, as \"1.994.000\" in line 2, column 11 shows); "
     "expected a whole number of entries such as 1994 or 1.994, or an empty cell for no figure"},
    // Line 7, column 12, as in the documentation: comments and blank lines count as lines.
    {"a negative figure",
     "# Musterstadt\n#\n\n\nkey;parent;children;label;plan 2026\ntotal;;sum;Eintritte;\nu;total;;U;-5\n", false,
     csv_error_kind::negative_count,
     "plan.csv:7:12: \"-5\" is a negative count; expected a whole number of entries of 0 or more"},
    {"a figure beyond int64", header + "total;;sum;;Eintritte;99999999999999999999;2\n", false,
     csv_error_kind::count_overflow,
     "plan.csv:2:23: \"99999999999999999999\" is outside the range of a 64-bit integer; expected a whole number of "
     "entries from 0 to 9.223.372.036.854.775.807"},
    // The file ends after line 2: the missing lines are reported at the end, line 3, column 1.
    {"leaves missing against Anlage 1", "key;plan 2026\nmat;1994\n", true, csv_error_kind::missing_leaf,
     "plan.csv:3:1: the file has no line for the leaf \"avgs_mat\" (davon AVGS MAT inkl. U25) of the catalogue "
     "\"Planung EGT\"; expected a line with the key \"avgs_mat\", whose figures may be empty"},
    // 300 + 200 = 500, not 400.
    {"a total that disagrees", header + "total;;sum;;Eintritte;400;\na;total;sum;;A;300;\nb;total;sum;;B;200;\n",
     false, csv_error_kind::total_disagrees,
     "plan.csv:2:23: \"400\" disagrees with the lines under \"total\" for plan 2026, which add up to 500; expected "
     "500, or an empty cell to have it rolled up"},
    // b is unknown, but a alone is 300 > 100.
    {"a total below its known lines", header + "total;;sum;;Eintritte;100;\na;total;sum;;A;300;\nb;total;sum;;B;;\n",
     false, csv_error_kind::known_parts_exceed,
     "plan.csv:2:23: \"100\" is less than the lines known under \"total\" for plan 2026, which already add up to "
     "300; expected at least 300, or an empty cell to have it rolled up"},
    {"a darunter line larger than its line", header + "total;;subset;;Eintritte;1000;\nu25;total;sum;;U25;1200;\n",
     false, csv_error_kind::part_exceeds_whole,
     "plan.csv:3:20: \"1200\" for \"u25\" in plan 2026 is larger than the line it is part of, \"total\" (1000); "
     "expected at most 1000"},
    {"lines whose sum leaves int64", header + "total;;sum;;Eintritte;;\na;total;sum;;A;9223372036854775807;\n"
                                      "b;total;sum;;B;1;\n", false, csv_error_kind::sum_overflow,
     "plan.csv:2:23: the lines under \"total\" add up to more than 9223372036854775807 for plan 2026; expected "
     "figures whose sum fits a 64-bit integer"},
    // The BOM is not a column; CR LF is one line break.
    {"an error after a BOM and CR LF", "\xEF\xBB\xBFkey;parent;children;label;plan 2026\r\nx;;sum;X;-1\r\n", false,
     csv_error_kind::negative_count,
     "plan.csv:2:10: \"-1\" is a negative count; expected a whole number of entries of 0 or more"},
    // A quoted line break moves the lines on: the bad figure is on line 4.
    {"an error after a quoted line break", header + "a;;sum;;\"zwei\nZeilen\";1;\nb;;sum;;B;x;\n", false,
     csv_error_kind::not_a_number,
     "plan.csv:4:11: \"x\" is not a count: it contains a character other than digits, a leading '-' and the "
     "thousands separator '.'; expected a whole number of entries such as 1994 or 1.994, or an empty cell for no "
     "figure"},
    // "1.5" reads only as English (in German, a group of one digit after '.' is misplaced): one and a half.
    {"a count with decimals in a comma file", "key,parent,children,label,plan 2026\na,,sum,A,\"1.5\"\n", false,
     csv_error_kind::decimals_in_count,
     "plan.csv:2:10: \"1.5\" has decimals, but a count of entries is a whole number; expected a whole number of "
     "entries such as 1994 or 1,994, or an empty cell for no figure"},
    // Period columns: "key;parent;children;label;" is 26 characters, so the first period column starts in column 27.
    {"a period word that is no kind of figure", "key;parent;children;label;Budget 2026\n", false,
     csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Budget 2026\" begins with \"Budget\", which is no kind of figure; expected plan (Plan, "
     "Planung, Soll), projection (Hochrechnung, Prognose), actual (Ergebnis, Ist) or target (Ziel, Zielwert) before "
     "the time"},
    {"a month misspelt", "key;parent;children;label;Ist Juny 2019\n", false, csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Ist Juny 2019\" names the time \"Juny 2019\", which is no year, quarter or month; expected a "
     "time such as 2026, Q3 2026, 07/2026, 2026-07 or Juli 2026 (July 2026), with a year of four digits"},
    {"a thirteenth month", "key;parent;children;label;Plan 13/2026\n", false, csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Plan 13/2026\" names the time \"13/2026\", which is no year, quarter or month; expected a "
     "time such as 2026, Q3 2026, 07/2026, 2026-07 or Juli 2026 (July 2026), with a year of four digits"},
    {"a fifth quarter", "key;parent;children;label;Soll Q5 2026\n", false, csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Soll Q5 2026\" names the time \"Q5 2026\", which is no year, quarter or month; expected a "
     "time such as 2026, Q3 2026, 07/2026, 2026-07 or Juli 2026 (July 2026), with a year of four digits"},
    {"an empty version", "key;parent;children;label;Plan 2026 ()\n", false, csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Plan 2026 ()\" names the version \"\", which cannot be one: it is empty; expected a version "
     "of 1 to 31 bytes without brackets, such as (Gesch\xC3\xA4\x66tsplan)"},
    // 32 letters: one byte more than a version holds.
    {"a version too long", "key;parent;children;label;Plan 2026 (abcdefghijklmnopqrstuvwxyzabcdef)\n", false,
     csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Plan 2026 (abcdefghijklmnopqrstuvwxyzabcdef)\" names the version "
     "\"abcdefghijklmnopqrstuvwxyzabcdef\", which cannot be one: the version name "
     "\"abcdefghijklmnopqrstuvwxyzabcdef\" has 32 bytes; a period's version holds at most 31 bytes of UTF-8; "
     "expected a version of 1 to 31 bytes without brackets, such as (Gesch\xC3\xA4\x66tsplan)"},
    {"a unit amip does not know", "key;parent;children;label;Plan 2026 [St\xC3\xBC\x63k]\n", false,
     csv_error_kind::unknown_unit,
     "plan.csv:1:27: \"Plan 2026 [St\xC3\xBC\x63k]\" names the unit \"St\xC3\xBC\x63k\", which a plan CSV does not "
     "know; expected [Eintritte] or [entries], [Personen], [Teilnehmende] or [persons], "
     "[F\xC3\xB6rderf\xC3\xA4lle], [F\xC3\xA4lle] or [cases], [EUR], [\xE2\x82\xAC] or [Euro], or no unit for "
     "entries"},
    // "plan 2026" (10 characters and ';') has no unit: entries, the same as "Plan 2026 [Eintritte]" in column 37.
    {"the same period and unit twice", "key;parent;children;label;plan 2026;Plan 2026 [Eintritte]\n", false,
     csv_error_kind::duplicate_column,
     "plan.csv:1:37: \"Plan 2026 [Eintritte]\" names the period plan 2026 [entries] a second time (first in column "
     "5); expected each period once per unit"},
    // "total;;sum;;Eintritte;" is 22 characters. 1,500 is one and a half in German, fifteen hundred in English.
    {"an ambiguous count", header + "total;;sum;;Eintritte;1,500;\n", false, csv_error_kind::ambiguous_number,
     "plan.csv:2:23: \"1,500\" is 1,5 in German and 1500 in English notation; expected the file's convention "
     "declared: a line \"# numbers: German\" or \"# numbers: English\" before the header, or "
     "csv_read_options::numbers"},
    {"an ambiguous amount", "key;parent;children;label;plan 2026 [EUR]\nt;;sum;T;1.500\n", false,
     csv_error_kind::ambiguous_number,
     "plan.csv:2:10: \"1.500\" is 1500 in German and 1.5 in English notation; expected the file's convention "
     "declared: a line \"# numbers: German\" or \"# numbers: English\" before the header, or "
     "csv_read_options::numbers", true},
    // The file declares German: 1,5 is one and a half entries.
    {"a count with decimals", "# numbers: German\n" + header + "total;;sum;;Eintritte;1,5;\n", false,
     csv_error_kind::decimals_in_count,
     "plan.csv:3:23: \"1,5\" has decimals, but a count of entries is a whole number; expected a whole number of "
     "entries such as 1994 or 1.994, or an empty cell for no figure"},
    // "1.460.000,505" reads only as German; "t;;sum;T;" is 9 characters.
    {"an amount with three decimals", "key;parent;children;label;plan 2026\nt;;sum;T;1.460.000,505\n", false,
     csv_error_kind::too_many_decimals,
     "plan.csv:2:10: \"1.460.000,505\" has 3 decimals, but an amount in euros has at most 2 (cents); expected an "
     "amount such as 1460000,00 or 1.460.000,00, or an empty cell for no figure", true},
    {"a negative amount", "key;parent;children;label;plan 2026 [\xE2\x82\xAC]\nt;;sum;T;-5,00\n", false,
     csv_error_kind::negative_count, "plan.csv:2:10: \"-5,00\" is a negative amount; expected an amount in euros of 0 "
     "or more", true},
    {"an amount with a currency sign", "key;parent;children;label;Plan 2026 [Euro]\nt;;sum;T;12,50 EUR\n", false,
     csv_error_kind::not_a_number,
     "plan.csv:2:10: \"12,50 EUR\" is not an amount: it contains a character other than digits, a leading '-', "
     "the thousands separator '.' and one decimal separator ','; expected an amount in euros such as 1460000,00 or "
     "1.460.000,00, or an empty cell for no figure", true},
    // 600,00 + 300,00 = 900,00 euros, not 1.000,00.
    {"an amount that disagrees with its lines",
     "key;parent;children;label;plan 2026 [EUR]\nt;;sum;T;1.000,00\na;t;sum;A;600,00\nb;t;sum;B;300,00\n", false,
     csv_error_kind::total_disagrees,
     "plan.csv:2:10: \"1.000,00\" disagrees with the lines under \"t\" for plan 2026 [EUR], which add up to 900,00; "
     "expected 900,00, or an empty cell to have it rolled up", true},
    {"a declaration of no convention", "# numbers: French\n" + header, false, csv_error_kind::bad_number_convention,
     "plan.csv:1:1: \"# numbers: French\" declares no number convention; expected \"# numbers: German\" "
     "(1.460.000,00) or \"# numbers: English\" (1,460,000.00)"},
    {"two declarations that disagree", "# numbers: German\n# Zahlen: englisch\n" + header, false,
     csv_error_kind::bad_number_convention,
     "plan.csv:2:1: \"# Zahlen: englisch\" declares English numbers after a line that declares German numbers; "
     "expected one convention"},
    {"no column of the plan's quantity", "key;parent;children;label;Ist 07/2019 [Personen]\n", false,
     csv_error_kind::missing_quantity,
     "plan.csv:1:1: the header \"key;parent;children;label;Ist 07/2019 [Personen]\" has no period column of EUR "
     "(its period columns are of persons); expected a column such as plan 2026 [EUR], a plan type of the file's "
     "quantity, or read_plans_csv for a plan of each", true},
    // Counts of persons and cases are whole numbers too; "1,5" reads only as German.
    {"a count of persons with decimals", "key;parent;children;label;Plan 2026 [Personen]\nt;;sum;T;1,5\n", false,
     csv_error_kind::decimals_in_count,
     "plan.csv:2:10: \"1,5\" has decimals, but a count of persons is a whole number; expected a whole number of "
     "persons such as 1994 or 1.994, or an empty cell for no figure", false, true},
    {"a count of cases with decimals",
     "# numbers: German\nkey;parent;children;label;Ist 2025 [F\xC3\xA4lle]\nt;;sum;T;12,25\n", false,
     csv_error_kind::decimals_in_count,
     "plan.csv:3:10: \"12,25\" has decimals, but a count of cases is a whole number; expected a whole number of "
     "cases such as 1994 or 1.994, or an empty cell for no figure", false, true},
    {"a negative count of persons", "key;parent;children;label;Plan 2026 [Personen]\nt;;sum;T;-3\n", false,
     csv_error_kind::negative_count,
     "plan.csv:2:10: \"-3\" is a negative count; expected a whole number of persons of 0 or more", false, true},
    // "t;;sum;T;300;" is 13 characters: the amount starts in column 14.
    {"an amount with three decimals beside a count",
     "key;parent;children;label;Ist 2025 [Personen];Plan 2026 [EUR]\nt;;sum;T;300;1.460.000,505\n", false,
     csv_error_kind::too_many_decimals,
     "plan.csv:2:14: \"1.460.000,505\" has 3 decimals, but an amount in euros has at most 2 (cents); expected an "
     "amount such as 1460000,00 or 1.460.000,00, or an empty cell for no figure", false, true},
    {"a German amount in a file declared English",
     "# numbers: English\nkey;parent;children;label;Plan 2026 [EUR]\nt;;sum;T;1.460.000,00\n", false,
     csv_error_kind::not_a_number,
     "plan.csv:3:10: \"1.460.000,00\" is not an amount: it contains a character other than digits, a leading '-', "
     "the thousands separator ',' and one decimal separator '.'; expected an amount in euros such as 1460000.00 or "
     "1,460,000.00, or an empty cell for no figure", true},
    // "Plan 2026 [EUR];" is 16 characters: the second column starts in column 26 + 16 + 1 = 43. € and EUR, Plan and
    // Soll name the same unit and kind.
    {"the same period in euros under two spellings", "key;parent;children;label;Plan 2026 [EUR];Soll 2026 "
     "[\xE2\x82\xAC]\n", false, csv_error_kind::duplicate_column,
     "plan.csv:1:43: \"Soll 2026 [\xE2\x82\xAC]\" names the period plan 2026 [EUR] a second time (first in column "
     "5); expected each period once per unit", false, true},
    // "Plan 2026 (Entwurf) [EUR];" is 26 characters: 26 + 26 + 1 = 53.
    {"the same version in euros twice",
     "key;parent;children;label;Plan 2026 (Entwurf) [EUR];Plan 2026 (Entwurf) [Euro]\n", false,
     csv_error_kind::duplicate_column,
     "plan.csv:1:53: \"Plan 2026 (Entwurf) [Euro]\" names the period plan 2026 (Entwurf) [EUR] a second time (first "
     "in column 5); expected each period once per unit", false, true},
    // Read as a plan of money, a column without a unit is in euros.
    {"a money column with an unknown unit", "key;parent;children;label;Plan 2026 [USD]\n", false,
     csv_error_kind::unknown_unit,
     "plan.csv:1:27: \"Plan 2026 [USD]\" names the unit \"USD\", which a plan CSV does not know; expected [Eintritte] "
     "or [entries], [Personen], [Teilnehmende] or [persons], [F\xC3\xB6rderf\xC3\xA4lle], [F\xC3\xA4lle] or "
     "[cases], [EUR], [\xE2\x82\xAC] or [Euro], or no unit for EUR", true},
    {"an unknown period word before a unit", "key;parent;children;label;Haushalt 2026 [EUR]\n", false,
     csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Haushalt 2026 [EUR]\" begins with \"Haushalt\", which is no kind of figure; expected plan "
     "(Plan, Planung, Soll), projection (Hochrechnung, Prognose), actual (Ergebnis, Ist) or target (Ziel, Zielwert) "
     "before the time", false, true},
    {"a year of two digits", "key;parent;children;label;Plan 26\n", false, csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Plan 26\" names the time \"26\", which is no year, quarter or month; expected a time such as "
     "2026, Q3 2026, 07/2026, 2026-07 or Juli 2026 (July 2026), with a year of four digits"},
    {"a day as the time", "key;parent;children;label;Ist 2019-07-01\n", false, csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Ist 2019-07-01\" names the time \"2019-07-01\", which is no year, quarter or month; expected "
     "a time such as 2026, Q3 2026, 07/2026, 2026-07 or Juli 2026 (July 2026), with a year of four digits"},
    {"a version holding brackets", "key;parent;children;label;Plan 2026 (Entwurf (2))\n", false,
     csv_error_kind::unknown_period,
     "plan.csv:1:27: \"Plan 2026 (Entwurf (2))\" names the version \"Entwurf (2)\", which cannot be one: the version "
     "name \"Entwurf (2)\" holds a bracket, which a column header uses to set off the version and the unit; "
     "expected a version of 1 to 31 bytes without brackets, such as (Gesch\xC3\xA4\x66tsplan)"},
    {"the kind after the time", "key;parent;children;label;2026 Plan\n", false, csv_error_kind::unknown_column,
     "plan.csv:1:27: \"2026 Plan\" is not a column of a plan CSV; expected key, parent, children, measure, label, a "
     "column declaring a measure (legal_basis, legal_heading, measure_name, measure_name_en, abbreviation, purpose, "
     "budget_line) or a period such as plan 2026, projection 2025 or actual 2024"},
  };
}
// clang-format on

}  // namespace

TEST_CASE("each malformed input is reported with file line column text and what was expected") {
  auto const inputs = malformed_inputs();
  REQUIRE(inputs.size() >= 35);  // issue 14: at least 35 kinds of bad input, each with its exact message
  for (auto const& input : inputs) {
    INFO(input.name);
    auto const errors = [&] {
      if (input.plans) return amip::io::read_plans_csv_collecting(input.text, "plan.csv").errors();
      if (input.money) return amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(input.text, "plan.csv").errors();
      if (input.against_anlage1) {
        return amip::io::read_plan_csv_collecting(input.text, "plan.csv", amip::duesseldorf_2026::anlage1).errors();
      }
      return amip::io::read_plan_csv_collecting(input.text, "plan.csv").errors();
    }();
    REQUIRE_FALSE(errors.empty());
    auto const& first = errors.front();
    CHECK(first.to_string() == input.expected);
    CHECK(first.kind == input.kind);
    CHECK(first.file == "plan.csv");
    CHECK(first.line >= 1);
    CHECK(first.column >= 1);
    CHECK(input.expected.starts_with("plan.csv:" + std::to_string(first.line) + ":" + std::to_string(first.column) +
                                     ": "));
    // Stop at the first error: the same diagnostic, thrown.
    try {
      if (input.plans) {
        (void)amip::io::read_plans_csv(input.text, "plan.csv");
      } else if (input.money) {
        (void)amip::io::read_plan_csv<amip::plan<amip::money>>(input.text, "plan.csv");
      } else if (input.against_anlage1) {
        (void)amip::io::read_plan_csv(input.text, "plan.csv", amip::duesseldorf_2026::anlage1);
      } else {
        (void)amip::io::read_plan_csv(input.text, "plan.csv");
      }
      FAIL("no csv_error thrown");
    } catch (amip::io::csv_error const& e) {
      CHECK(std::string(e.what()) == input.expected);
      CHECK(e.diagnostic() == first);
    }
  }
}

TEST_CASE("every error kind has a case in the table of malformed inputs") {
  auto const inputs = malformed_inputs();
  for (auto kind = std::size_t{0}; kind <= static_cast<std::size_t>(csv_error_kind::missing_quantity); ++kind) {
    auto const k = static_cast<csv_error_kind>(kind);
    INFO(amip::io::name_of(k));
    // Only a fixed plan has limits: the test below reads 65 lines and 9 periods into one.
    if (k == csv_error_kind::too_many_lines || k == csv_error_kind::too_many_periods) continue;
    CHECK(std::any_of(inputs.begin(), inputs.end(), [&](malformed const& m) { return m.kind == k; }));
  }
}

// Files that read but likely not as meant: a warning each (collected_plan::warnings()), not an error.
struct warned {
  std::string_view name;
  std::string text;
  bool against_anlage1;
  csv_error_kind kind;
  std::string expected;  // the first warning, as to_string() gives it
};

// clang-format off
std::vector<warned> warned_inputs() {
  return {
    {"a header and no data line", header, false, csv_error_kind::header_only,
     "plan.csv:1:1: the file has a header and no data line; expected the lines of the table below the header"},
    {"a header and no data line against a catalogue", "# a comment\nkey;plan 2026\n\n", true,
     csv_error_kind::header_only,
     "plan.csv:2:1: the file has a header and no data line; expected the lines of the table below the header"},
    // "t;;subset;;T;" is 13 characters: the plan 2026 cell of t starts in column 14; a and b have figures for it.
    {"an empty darunter total",
     header + "t;;subset;;T;;5\na;t;;;A;3;2\nb;t;;;B;4;\n", false, csv_error_kind::empty_subset_total,
     "plan.csv:2:14: the \"darunter\" total \"t\" is empty for plan 2026, but lines under it have figures (a, "
     "b); expected its figure, as \"darunter\" lines are parts of it that need not add up to it (it is never "
     "rolled up)"},
  };
}
// clang-format on

TEST_CASE("each warned input reads without an error and with a warning at file line column") {
  for (auto const& input : warned_inputs()) {
    INFO(input.name);
    auto const read = input.against_anlage1
                          ? amip::io::read_plan_csv_collecting(input.text, "plan.csv", amip::duesseldorf_2026::anlage1,
                                                               {.require_every_leaf = false})
                          : amip::io::read_plan_csv_collecting(input.text, "plan.csv");
    CHECK(read.ok());
    REQUIRE(!read.warnings().empty());
    CHECK(read.warnings().front().kind == input.kind);
    CHECK(amip::io::is_warning(input.kind));
    CHECK(read.warnings().front().to_string() == input.expected);
    // read_plans_csv_collecting warns alike
    auto const plans = input.against_anlage1
                           ? amip::io::read_plans_csv_collecting(input.text, "plan.csv", amip::duesseldorf_2026::anlage1,
                                                                 {.require_every_leaf = false})
                           : amip::io::read_plans_csv_collecting(input.text, "plan.csv");
    CHECK(plans.warnings() == read.warnings());
  }
}

TEST_CASE("every warning kind has a case in the table of warned inputs") {
  auto const inputs = warned_inputs();
  for (auto const k : {csv_error_kind::header_only, csv_error_kind::empty_subset_total}) {
    INFO(amip::io::name_of(k));
    CHECK(std::any_of(inputs.begin(), inputs.end(), [&](warned const& w) { return w.kind == k; }));
  }
  // the warning kinds are the last ones: every kind from header_only on is a warning, none before
  for (auto kind = std::size_t{0}; kind <= static_cast<std::size_t>(csv_error_kind::empty_subset_total); ++kind) {
    auto const k = static_cast<csv_error_kind>(kind);
    INFO(amip::io::name_of(k));
    CHECK(amip::io::is_warning(k) == (kind >= static_cast<std::size_t>(csv_error_kind::header_only)));
  }
}

TEST_CASE("a darunter total given, or empty where its lines are empty too, is no warning") {
  // t is given for plan 2026; for actual 2025 t is empty, and so are a and b: nothing is missing.
  auto const read = amip::io::read_plan_csv_collecting(header + "t;;subset;;T;9;\na;t;;;A;3;\nb;t;;;B;4;\n",
                                                       "plan.csv");
  CHECK(read.ok());
  CHECK(read.warnings().empty());
  // a "davon" total left empty is rolled up: no warning either
  auto const sum = amip::io::read_plan_csv_collecting(header + "t;;sum;;T;;\na;t;;;A;3;1\n", "plan.csv");
  CHECK(sum.warnings().empty());
}

TEST_CASE("docs/csv.md lists every error kind with a message the reader prints") {
  std::string const page = file_text(std::string(AMIP_DOCS_DIR) + "/csv.md");
  auto const heading = page.find("\n## 4. Error kinds\n");
  REQUIRE(heading != std::string::npos);
  auto const next = page.find("\n## ", heading + 1);
  auto const section = page.substr(heading, next == std::string::npos ? std::string::npos : next - heading);
  auto const open = section.find("\n```\n");
  REQUIRE(open != std::string::npos);
  auto const close = section.find("\n```\n", open + 4);
  REQUIRE(close != std::string::npos);
  // Each line of the block: the kind's name, spaces, the message.
  std::vector<std::pair<std::string, std::string>> documented;
  std::istringstream block(section.substr(open + 5, close - open - 4));
  for (std::string line; std::getline(block, line);) {
    auto const space = line.find(' ');
    REQUIRE(space != std::string::npos);
    documented.emplace_back(line.substr(0, space), line.substr(line.find_first_not_of(' ', space)));
  }
  // The messages the reader prints: the table's (checked above), and the two a fixed plan's limits give.
  auto const inputs = malformed_inputs();
  std::vector<std::pair<csv_error_kind, std::string>> printed;
  for (auto const& m : inputs) printed.emplace_back(m.kind, m.expected);
  using fixed = amip::fixed_plan<amip::entry_count>;  // 64 lines, 8 periods
  std::string lines = "key;parent;children;label;plan 2026\n";
  for (int i = 1; i <= 65; ++i) lines += "l" + std::to_string(i) + ";;sum;Zeile;" + std::to_string(i) + "\n";
  std::string const periods =
      "key;parent;children;label;plan 2026;plan 2025;plan 2024;plan 2023;plan 2022;plan 2021;plan 2020;plan 2019;"
      "plan 2018\nl1;;sum;Zeile;1;2;3;4;5;6;7;8;9\n";
  for (auto const& text : {lines, periods}) {
    auto const read = amip::io::read_plan_csv_collecting<fixed>(text, "plan.csv");
    REQUIRE_FALSE(read.errors().empty());
    printed.emplace_back(read.errors().front().kind, read.errors().front().to_string());
  }
  // The kinds of a CSV of records (amip/io/records_csv.hpp) and the warnings: their readers' messages.
  for (auto const& w : warned_inputs()) printed.emplace_back(w.kind, w.expected);
  auto const records = amip::io::read_records_csv("measure;date\nmat;31.02.2026\nmat;2025-12-31\n", "records.csv",
                                                  amip::duesseldorf_2026::anlage1, 2026);
  for (auto const& e : records.errors()) printed.emplace_back(e.kind, e.to_string());
  // The last kind: a kind added after it is added here, and to the page.
  for (auto kind = std::size_t{0}; kind <= static_cast<std::size_t>(csv_error_kind::empty_subset_total); ++kind) {
    auto const k = static_cast<csv_error_kind>(kind);
    auto const name = std::string(amip::io::name_of(k));
    INFO(name);
    CHECK(section.find("| `" + name + "` |") != std::string::npos);  // in the table of kinds
    auto const line =
        std::find_if(documented.begin(), documented.end(), [&](auto const& d) { return d.first == name; });
    REQUIRE(line != documented.end());  // and with a message
    INFO(line->second);
    CHECK(std::any_of(printed.begin(), printed.end(),
                      [&](auto const& p) { return p.first == k && p.second == line->second; }));
  }
  CHECK(documented.size() == static_cast<std::size_t>(csv_error_kind::empty_subset_total) + 1);  // each once
}

TEST_CASE("a file with more lines or periods than a fixed plan holds names the first one too many") {
  std::string text = "key;parent;children;label;plan 2026\n";
  for (int i = 1; i <= 65; ++i) text += "l" + std::to_string(i) + ";;sum;Zeile;" + std::to_string(i) + "\n";
  using fixed = amip::fixed_plan<amip::entry_count>;  // 64 lines, 8 periods
  auto const read = amip::io::read_plan_csv_collecting<fixed>(text, "big.csv");
  REQUIRE(read.errors().size() == 1);
  CHECK(read.errors()[0].kind == csv_error_kind::too_many_lines);
  CHECK(read.errors()[0].to_string() ==
        "big.csv:66:1: \"l65\" would be line 65 of the table, but the plan holds at most 64 lines; expected at "
        "most 64 lines (amip::plan holds any number)");
  CHECK(read.structure().size() == 64);
  // A plan type with room for them reads them all, and amip::plan (the default) has no limit.
  auto const roomy = amip::io::read_plan_csv<amip::fixed_plan<amip::entry_count, 100>>(text, "big.csv");
  CHECK(roomy.structure().size() == 65);
  CHECK(roomy.plan().stated(amip::line_index{64}, plan_of(2026)) == 65 * entries);
  auto const unlimited = amip::io::read_plan_csv(text, "big.csv");
  CHECK(unlimited.structure().size() == 65);
  CHECK(unlimited.plan().stated(amip::line_index{64}, plan_of(2026)) == 65 * entries);

  std::string const nine_periods =
      "key;parent;children;label;plan 2026;plan 2025;plan 2024;plan 2023;plan 2022;plan 2021;plan 2020;plan 2019;"
      "plan 2018\nl1;;sum;Zeile;1;2;3;4;5;6;7;8;9\n";
  auto const eight = amip::io::read_plan_csv_collecting<fixed>(nine_periods, "plan.csv");
  REQUIRE(eight.errors().size() == 1);
  CHECK(eight.errors()[0].kind == csv_error_kind::too_many_periods);
  // "plan 2018" starts after 26 + 8 × 10 = 106 characters ("key;parent;children;label;" is 26, each "plan 20xx;" 10).
  CHECK(eight.errors()[0].to_string() ==
        "plan.csv:1:107: \"plan 2018\" is period column 9, but the plan holds at most 8 periods; expected at most 8 "
        "period columns (amip::plan holds any number)");
  auto const nine = amip::io::read_plan_csv(nine_periods, "plan.csv");
  CHECK(nine.plan().periods().size() == 9);
  CHECK(nine.plan().stated(amip::line_index{0}, plan_of(2018)) == 9 * entries);
}

TEST_CASE("collecting reports every error in file order and keeps what is valid unchanged") {
  std::string const text =
      "key;parent;children;measure;label;plan 2026;actual 2025\n"
      "total;;sum;;Eintritte;;\n"
      "a;total;sum;mat;A;100;90\n"
      "b;total;sum;;B;-5;80\n"      // negative: plan 2026 of b is not stated; actual 2025 is
      "a;total;sum;;A again;1;1\n"  // duplicate: left out, the first a stays
      "c;nowhere;sum;;C;7;7\n"      // unknown parent: c becomes a top line
      "d;total;sum;;D;x;\n";        // not a number
  auto const read = amip::io::read_plan_csv_collecting(text, "errors.csv");
  std::vector<std::string> messages;
  for (auto const& e : read.errors()) messages.push_back(e.to_string());
  REQUIRE(messages.size() == 4);
  CHECK(read.errors()[0].kind == csv_error_kind::negative_count);
  CHECK(read.errors()[0].line == 4);
  CHECK(read.errors()[1].kind == csv_error_kind::duplicate_key);
  CHECK(read.errors()[1].line == 5);
  CHECK(read.errors()[2].kind == csv_error_kind::unknown_parent);
  CHECK(read.errors()[2].line == 6);
  CHECK(read.errors()[3].kind == csv_error_kind::not_a_number);
  CHECK(read.errors()[3].line == 7);

  auto const& table = read.structure();
  REQUIRE(table.size() == 5);  // total, a, b, c, d
  auto const a = table.at("a");
  auto const b = table.at("b");
  auto const c = table.at("c");
  auto const d = table.at("d");
  CHECK(table.label(a) == "A");
  CHECK(table[a].measure == amip::measure_id::mat);
  CHECK(read.plan().stated(a, plan_of(2026)) == 100 * entries);
  CHECK_FALSE(read.plan().stated(b, plan_of(2026)).has_value());
  CHECK(read.plan().stated(b, actual_of(2025)) == 80 * entries);
  CHECK_FALSE(table.parent(c).has_value());
  CHECK(read.plan().stated(c, plan_of(2026)) == 7 * entries);
  CHECK_FALSE(read.plan().stated(d, plan_of(2026)).has_value());
  // total's lines are not all known for plan 2026 (b, d), so it has no figure; for actual 2025 d is unknown too.
  CHECK_FALSE(read.plan().figure(table.at("total"), plan_of(2026)).has_value());

  // Stop mode throws the first of them.
  CHECK_THROWS_WITH(amip::io::read_plan_csv(text, "errors.csv"), messages.front());
}

TEST_CASE("the Musterstadt plan with darunter lines rolls up to the totals of its table") {
  auto const text = file_text(AMIP_TEST_DATA_DIR "/csv/musterstadt_2026.csv");
  auto const read = amip::io::read_plan_csv(text, "musterstadt_2026.csv");
  auto const& table = read.structure();
  auto const& p = read.plan();
  REQUIRE(table.size() == 9);
  CHECK(table.name() == "musterstadt_2026.csv");
  CHECK(table[table.at("mat")].children == amip::children_rule::subset);
  CHECK(table.label(table.at("p16i")) == "§ 16i Teilhabe am Arbeitsmarkt; Lohnkostenzuschuss");
  CHECK(p.check().empty());  // the printed total 2.280 / 2.050 agrees with the lines

  auto const now = plan_of(2026);
  auto const prior = actual_of(2025);
  // activation = mat + mag: the darunter lines (300, 540) are parts of mat and are not added again.
  CHECK(p.total(table.at("activation"), now) == 1'600 * entries);    // 1200 + 400
  CHECK(p.total(table.at("activation"), prior) == 1'500 * entries);  // 1000 + 500
  CHECK(p.total(table.at("employment"), now) == 680 * entries);      // 600 + 80
  CHECK(p.total(table.at("employment"), prior) == 550 * entries);    // 480 + 70
  CHECK(p.total(table.at("total"), now) == 2'280 * entries);         // 1600 + 680
  CHECK(p.total(table.at("total"), prior) == 2'050 * entries);       // 1500 + 550
  CHECK(p.total(table.at("mat"), now) == 1'200 * entries);           // stated; 300 + 540 = 840 is only a part

  auto const vergleich = amip::compare(p, now, prior);
  auto const tenths = [&](std::string_view key) { return vergleich.at(key).change().tenths_of_percent(); };
  CHECK(tenths("total") == 112);       // 230 / 2050 = 11,219…% -> 11,2%
  CHECK(tenths("activation") == 67);   // 100 / 1500 = 6,666…% -> 6,7%
  CHECK(tenths("mat") == 200);         // 200 / 1000 = 20,0%
  CHECK(tenths("mat_u25") == 200);     // 50 / 250 = 20,0%
  CHECK(tenths("mat_women") == 350);   // 140 / 400 = 35,0%
  CHECK(tenths("mag") == -200);        // -100 / 500 = -20,0%
  CHECK(tenths("employment") == 236);  // 130 / 550 = 23,636…% -> 23,6%
  CHECK(tenths("agh") == 250);         // 120 / 480 = 25,0%
  CHECK(tenths("p16i") == 143);        // 10 / 70 = 14,285…% -> 14,3%

  std::ostringstream csv;
  amip::report::write_comparison_csv(csv, vergleich);
  CHECK(
      csv.str().starts_with("key;label;plan 2026;actual 2025;change_percent\n"
                            "total;Eintritte insgesamt;2280;2050;11,2\n"
                            "activation;Aktivierung und berufliche Eingliederung;1600;1500;6,7\n"));
}

TEST_CASE("the example tables of docs/csv.md read") {
  auto const darunter = amip::io::read_plan_csv(
      "key;parent;children;measure;label;plan 2026\n"
      "total;;subset;;Eintritte insgesamt;1000\n"
      "u25;total;sum;;darunter unter 25 Jahre;300\n"
      "women;total;sum;;darunter Frauen;520\n",
      "docs.csv");
  CHECK(darunter.plan().total(darunter.structure().at("total"), plan_of(2026)) == 1'000 * entries);
  CHECK(darunter.plan().check().empty());

  auto const egt =
      amip::io::read_plan_csv(written(duesseldorf::egt_plan()), "egt.csv", amip::duesseldorf_2026::anlage1);
  CHECK(egt.plan().total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);
}

TEST_CASE("the embedded plan survives write then read with every writer option") {
  constexpr auto egt = duesseldorf::egt_plan();
  for (auto const& options : amip_test::writer_options({';', ','})) {
    INFO(amip_test::describe(options));
    auto const text = written(egt, options);
    auto const self = amip::io::read_plan_csv(text, "egt.csv");
    require_same_plan(egt, self.plan(), options.lang);
    CHECK(self.plan().total(self.structure().at("with_fbw_reha"), plan_of(2026)) == 8'510 * entries);
    CHECK(self.plan().total(self.structure().at("with_fbw_reha"), actual_of(2025)) == 7'274 * entries);

    auto const known = amip::io::read_plan_csv(text, "egt.csv", amip::duesseldorf_2026::anlage1);
    require_same_plan(egt, known.plan(), options.lang);
    CHECK(&known.structure()[amip::line_index{0}] == &amip::duesseldorf_2026::anlage1[amip::line_index{0}]);
  }
}

TEST_CASE("the printed totals of Anlage 1 are read as claims and agree with the leaves") {
  constexpr auto printed = duesseldorf::anlage1_as_printed();
  auto const options = amip::report::csv_options{amip::language::german, ';', true, true, true};  // 8.510
  auto const text = written(printed, options);
  CHECK(text.find(";8.510;7.274;;\r\n") != std::string::npos);
  auto const known = amip::io::read_plan_csv_collecting(text, "anlage1.csv", amip::duesseldorf_2026::anlage1);
  CHECK(known.ok());
  require_same_plan(printed, known.plan(), amip::language::german);

  // One printed total changed: the reader names its cell, the expected and the found figure.
  auto broken = text;
  broken.replace(broken.find(";8.510;"), 7, ";8.511;");
  auto const read = amip::io::read_plan_csv_collecting(broken, "anlage1.csv", amip::duesseldorf_2026::anlage1);
  REQUIRE(read.errors().size() == 1);
  CHECK(read.errors()[0].to_string() ==
        "anlage1.csv:3:36: \"8.511\" disagrees with the lines under \"with_fbw_reha\" for plan 2026, which add up "
        "to 8510; expected 8510, or an empty cell to have it rolled up");
  // The stated total is kept as stated, and plan::check() reports it too.
  CHECK(read.plan().stated(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'511 * entries);
  REQUIRE(read.plan().check().size() == 1);
  CHECK(read.plan().check()[0].found == 8'511 * entries);
}

TEST_CASE("reading against a catalogue needs only key and period columns in any order") {
  std::string text = "plan 2026;key;Ergebnis 2025\n";
  for (auto const& leaf : duesseldorf::anlage1_leaves) {
    text += std::to_string(leaf.plan_2026) + ";" + std::string(amip::info_of(leaf.measure).key) + ";" +
            std::to_string(leaf.actual_2025) + "\n";
  }
  // Anlage 1's keys of the one-measure groups are V, VII and VIII, not reha, p16f and p16h.
  auto const read = amip::io::read_plan_csv_collecting(text, "leaves.csv", amip::duesseldorf_2026::anlage1);
  REQUIRE(read.errors().size() == 6);  // reha, p16f, p16h unknown; V, VII, VIII missing
  CHECK(read.errors()[0].kind == csv_error_kind::unknown_key);
  CHECK(read.errors()[5].kind == csv_error_kind::missing_leaf);

  amip::io::csv_read_options lenient;
  lenient.require_every_leaf = false;
  std::string only_totals = "# numbers: German\nkey;plan 2026\nwith_fbw_reha;8.510\nI;4.444\n";
  auto const totals = amip::io::read_plan_csv(only_totals, "totals.csv", amip::duesseldorf_2026::anlage1, lenient);
  CHECK(totals.plan().figure(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);
  CHECK_THROWS_AS(amip::io::read_plan_csv(only_totals, "totals.csv", amip::duesseldorf_2026::anlage1),
                  amip::io::csv_error);
}

TEST_CASE("the reader takes comments blank lines trailing delimiters and lines of empty cells") {
  std::string const text =
      "# Kommentar vor dem Kopf\n"
      "# Zahlen: deutsch\n"  // 1.994 below is German
      "\n"
      "key;parent;children;label;plan 2026;\n"  // a trailing delimiter in the header
      ";;;;\n"                                  // an empty row, as spreadsheets export it
      "total;;davon;Eintritte;;\n"              // "davon" for sum; a trailing delimiter
      "# Kommentar mitten drin\n"
      "   \n"
      "a;total;;A;1.994\n"          // no trailing delimiter, children empty: sum
      "b;total;darunter;B; 6 \r\n"  // "darunter" for subset, spaces around the figure, CR LF
      "c;b;;\"C\";\"2\"\n";         // quoted cells
  auto const read = amip::io::read_plan_csv(text, "lenient.csv");
  auto const& t = read.structure();
  REQUIRE(t.size() == 4);
  CHECK(t[t.at("total")].children == amip::children_rule::sum);
  CHECK(t[t.at("b")].children == amip::children_rule::subset);
  CHECK(read.plan().total(t.at("total"), plan_of(2026)) == 2'000 * entries);
  CHECK(read.plan().stated(t.at("c"), plan_of(2026)) == 2 * entries);
}

TEST_CASE("the delimiter and the number language are detected or forced") {
  // "1,994,000" reads only as English: it decides.
  std::string const comma = "key,parent,children,label,plan 2026\nx,,sum,\"Eintritte; alle\",\"1,994,000\"\n";
  auto const detected = amip::io::read_plan_csv(comma, "comma.csv");
  CHECK(detected.plan().stated(amip::line_index{0}, plan_of(2026)) == 1'994'000 * entries);
  CHECK(detected.structure().label(amip::line_index{0}) == "Eintritte; alle");

  amip::io::csv_read_options german;
  german.numbers = amip::language::german;
  auto const refused = amip::io::read_plan_csv_collecting(comma, "comma.csv", german);
  REQUIRE(refused.errors().size() == 1);
  CHECK(refused.errors()[0].kind == csv_error_kind::not_a_number);

  amip::io::csv_read_options semicolon;
  semicolon.delimiter = ';';
  auto const forced = amip::io::read_plan_csv_collecting(comma, "comma.csv", semicolon);
  REQUIRE_FALSE(forced.ok());
  CHECK(forced.errors()[0].kind == csv_error_kind::missing_column);

  std::string const tabs = "key\tparent\tchildren\tlabel\tplan 2026\nx\t\tsum\tX\t5\n";
  auto const tabbed = amip::io::read_plan_csv(tabs, "tabs.tsv");
  CHECK(tabbed.plan().stated(amip::line_index{0}, plan_of(2026)) == 5 * entries);

  amip::io::csv_read_options pipe;
  pipe.delimiter = '|';
  CHECK_THROWS_AS(amip::io::read_plan_csv(comma, "comma.csv", pipe), std::invalid_argument);
}

TEST_CASE("a read plan keeps its catalogue alive through copies and moves") {
  auto first = std::make_unique<amip::io::loaded_plan<>>(
      amip::io::read_plan_csv(file_text(AMIP_TEST_DATA_DIR "/csv/musterstadt_2026.csv"), "musterstadt.csv"));
  auto copy = *first;
  auto moved = std::move(*first);
  first.reset();  // the original is gone; the storage lives on in the copies
  std::vector<amip::io::loaded_plan<>> many(3, copy);
  many.reserve(100);  // reallocation moves the results, not their storage
  for (auto const* read : {&copy, &moved, &many.back()}) {
    auto const& t = read->structure();
    CHECK(t.label(t.at("mat_women")) == "darunter Frauen");
    CHECK(read->plan().total(t.at("total"), plan_of(2026)) == 2'280 * entries);
    CHECK(read->plan().source(plan_of(2026)) == "musterstadt.csv");
    CHECK(read->file() == "musterstadt.csv");
  }
}

TEST_CASE("a plan of persons is read and streams are read whole") {
  constexpr auto health = duesseldorf::health_project();
  std::istringstream in(written(health));
  auto const read = amip::io::read_plan_csv<amip::plan<amip::person_count>>(in, "health.csv");
  require_same_plan(health, read.plan(), amip::language::german);

  std::istringstream bad("key;parent;children;label;plan 2026\nhealth_project;;sum;X;-390\n");
  auto const errors = amip::io::read_plan_csv_collecting<amip::plan<amip::person_count>>(bad, "health.csv");
  REQUIRE(errors.errors().size() == 1);
  CHECK(errors.errors()[0].message == "\"-390\" is a negative count; expected a whole number of persons of 0 or more");
}

TEST_CASE("the grouping option of the writer groups counts money and changes") {
  amip::report::csv_options grouped;
  grouped.group_thousands = true;
  CHECK(amip::report::detail::csv_value(8'510 * entries, amip::language::german, true) == "8.510");
  CHECK(amip::report::detail::csv_value(8'510 * entries, amip::language::english, true) == "8,510");
  CHECK(amip::report::detail::csv_value(amip::eur(1'460'000), amip::language::german, true) == "1.460.000,00");
  CHECK(amip::report::detail::csv_value(amip::cents(-3), amip::language::german, true) == "-0,03");
  constexpr auto egt = duesseldorf::egt_plan();
  std::ostringstream out;
  amip::report::write_comparison_csv(out, amip::compare(egt, plan_of(2026), actual_of(2025)), grouped);
  CHECK(out.str().find("with_fbw_reha;mit FbW / Reha;8.510;7.274;17,0\n") != std::string::npos);
  // Without the option nothing changes.
  CHECK(written(egt).find(";1994;1162;;\n") != std::string::npos);
}

// ---------------------------------------------------------------------------------------------------------------
// Property: random plans survive write -> read

namespace {

/// A random catalogue and plan: the lines, their keys and labels live here.
struct random_plan {
  std::vector<std::string> texts;
  std::vector<amip::line> lines;
  std::unique_ptr<amip::catalog> table;
  std::unique_ptr<amip::plan<amip::entry_count>> plan;
};

std::string random_label(std::mt19937_64& rng) {
  static constexpr std::array<std::string_view, 22> pieces{
      "Eintritte", " ",  "davon ", "darunter ", "ä",  "Öffentlich",       "ß",  "€",   "§ 16i", ";",    ",",
      "\"",        "\n", "\r\n",   "#",         "\t", "\xF0\x9F\x98\x80", "  ", "MAT", "U25",   "\"\"", "'"};
  std::string out;
  auto const n = rng() % 6;
  for (std::size_t i = 0; i < n; ++i) out += pieces[rng() % pieces.size()];
  return out;
}

std::unique_ptr<random_plan> make_random_plan(std::mt19937_64& rng) {
  auto r = std::make_unique<random_plan>();
  auto const n = static_cast<std::size_t>(1 + rng() % 64);
  // A tree in "rank" order (a parent ranks before its child), then shuffled so that parents may follow children.
  std::vector<std::size_t> rank_parent(n, amip::no_parent);
  for (std::size_t i = 1; i < n; ++i) {
    if (rng() % 5 != 0) rank_parent[i] = static_cast<std::size_t>(rng() % i);
  }
  std::vector<std::size_t> position(n);
  for (std::size_t i = 0; i < n; ++i) position[i] = i;
  std::shuffle(position.begin(), position.end(), rng);  // rank -> position in the file
  static constexpr std::string_view key_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-";
  for (std::size_t i = 0; i < n; ++i) {
    std::string key = "k" + std::to_string(i) + "x";  // unique whatever follows
    auto const extra = rng() % 4;
    for (std::size_t k = 0; k < extra; ++k) key += key_chars[rng() % key_chars.size()];
    r->texts.push_back(key);
    r->texts.push_back(random_label(rng));
  }
  std::vector<amip::line> by_position(n);
  for (std::size_t rank = 0; rank < n; ++rank) {
    auto& l = by_position[position[rank]];
    l.key = r->texts[2 * rank];
    l.kind = amip::line_kind::leaf;
    l.parent = rank_parent[rank] == amip::no_parent ? amip::no_parent : position[rank_parent[rank]];
    l.children = rng() % 3 == 0 ? amip::children_rule::subset : amip::children_rule::sum;
    if (rng() % 3 == 0) l.measure = static_cast<amip::measure_id>(rng() % amip::measures.size());
    l.german_label = r->texts[2 * rank + 1];
    l.english_label = rng() % 2 == 0 ? l.german_label : std::string_view{};
  }
  r->lines = std::move(by_position);
  r->table = std::make_unique<amip::catalog>("random", r->lines);
  r->plan = std::make_unique<amip::plan<amip::entry_count>>(*r->table);
  auto const periods = rng() % 9;
  for (std::size_t k = 0; k < periods; ++k) {
    amip::period const when{static_cast<std::int32_t>(2000 + rng() % 100), static_cast<amip::figure_kind>(rng() % 3)};
    if (r->plan->holds(when)) continue;
    r->plan->describe(when, "random");
    for (std::size_t i = 0; i < n; ++i) {
      if (rng() % 3 == 0) continue;  // an empty cell
      std::int64_t value = 0;
      switch (rng() % 4) {
        case 0:
          value = static_cast<std::int64_t>(rng() % 10);
          break;
        case 1:
          value = static_cast<std::int64_t>(rng() % 5'000);
          break;
        case 2:
          value = static_cast<std::int64_t>(rng() % 10'000'000);
          break;
        default:
          value = static_cast<std::int64_t>(rng() % 1'000'000'000'000'000);
          break;  // 64 of them fit int64
      }
      r->plan->state(amip::line_index{i}, when, value * entries);
    }
  }
  return r;
}

amip::io::csv_error_kind kind_of(amip::consistency_finding<amip::entry_count> const& f) {
  using problem = amip::consistency_finding<amip::entry_count>::problem;
  switch (f.what) {
    case problem::sum_differs:
      return csv_error_kind::total_disagrees;
    case problem::known_parts_exceed:
      return csv_error_kind::known_parts_exceed;
    case problem::part_exceeds_whole:
      break;
  }
  return csv_error_kind::part_exceeds_whole;
}

}  // namespace

TEST_CASE("random plans survive write then read with every figure key label parent and rule") {
  auto const seed = GENERATE(range(0, 300));
  std::mt19937_64 rng(static_cast<std::uint64_t>(seed));
  auto const original = make_random_plan(rng);
  amip::report::csv_options options;
  options.lang = rng() % 2 == 0 ? amip::language::german : amip::language::english;
  options.delimiter = rng() % 2 == 0 ? ';' : ',';
  options.byte_order_mark = rng() % 2 == 0;
  options.crlf = rng() % 2 == 0;
  options.group_thousands = rng() % 2 == 0;
  INFO("seed " << seed << ": " << original->table->size() << " lines, " << original->plan->periods().size()
               << " periods, " << amip_test::describe(options));
  auto const text = written(*original->plan, options);
  auto const read = amip::io::read_plan_csv_collecting(text, "random.csv");
  require_same_plan(*original->plan, read.plan(), options.lang);

  // The only errors are the plan's own inconsistencies (random totals rarely add up), at the figure's cell.
  auto const findings = original->plan->check();
  REQUIRE(read.errors().size() == findings.size());
  std::vector<bool> matched(read.errors().size(), false);
  for (auto const& f : findings) {
    auto const key = "\"" + std::string(f.table[f.line].key) + "\"";
    auto const when = amip::to_string(f.when, amip::language::english);
    auto const expected = std::to_string(f.expected.value());
    std::string fragment;
    switch (kind_of(f)) {
      case csv_error_kind::total_disagrees:
        fragment = " disagrees with the lines under " + key + " for " + when + ", which add up to " + expected + ";";
        break;
      case csv_error_kind::known_parts_exceed:
        fragment = " is less than the lines known under " + key + " for " + when + ", which already add up to " +
                   expected + ";";
        break;
      default:
        fragment = " for " + key + " in " + when + " is larger than the line it is part of, \"" +
                   std::string(f.table[*f.table.parent(f.line)].key) + "\" (" + expected + ")";
        break;
    }
    INFO(f.message() << " / " << fragment);
    bool found = false;
    for (std::size_t k = 0; k < read.errors().size() && !found; ++k) {
      auto const& e = read.errors()[k];
      if (matched[k] || e.kind != kind_of(f) || e.message.find(fragment) == std::string::npos) continue;
      matched[k] = found = true;
      CHECK(e.line >= 2);
      if (kind_of(f) != csv_error_kind::part_exceeds_whole) {  // the stated total's own cell
        CHECK(e.text == (options.group_thousands ? amip::report::format_integer(f.found.value(), options.lang)
                                                 : std::to_string(f.found.value())));
      }
    }
    CHECK(found);
  }
  // Read again in stop mode: the same first error, or the same plan.
  if (read.ok()) {
    auto const again = amip::io::read_plan_csv(text, "random.csv");
    require_same_plan(*original->plan, again.plan(), options.lang);
  } else {
    CHECK_THROWS_WITH(amip::io::read_plan_csv(text, "random.csv"), read.errors().front().to_string());
  }
}
