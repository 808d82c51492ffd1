#include <amip/model/comparison.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/csv.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/text.hpp>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "printed.hpp"
#include "seed.hpp"

using amip_test::line_of;

namespace {
constexpr auto egt = amip::duesseldorf_2026::egt_plan();

std::string file_text(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

TEST_CASE("the golden file is the seed's Anlage 1, line for line") {
  auto const golden = file_text(AMIP_TEST_DATA_DIR "/anlage1_golden.txt");
  auto const seed = amip_test::seed_text();
  auto const start = seed.find("Planung EGT 2026\n");
  REQUIRE(start != std::string::npos);
  CHECK(seed.substr(start, golden.size()) == golden);
}

TEST_CASE("Anlage 1 rendered from the 16 leaves is the golden file exactly") {
  auto const text = amip::report::to_text(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)));
  auto const golden = file_text(AMIP_TEST_DATA_DIR "/anlage1_golden.txt");
  CHECK(text == golden);
}

TEST_CASE("the aligned layout pads by characters, not bytes") {
  auto const text = amip::report::to_text(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)), {},
                                          amip::report::text_layout::aligned);
  // "Öffentlich" has a two-byte character: its line is as wide, in characters, as an ASCII line.
  auto const group_vi = line_of(text, 22);
  auto const total = line_of(text, 3);
  CHECK(group_vi.starts_with("VI. Öffentlich geförderte Beschäftigung "));
  CHECK(total.starts_with("mit FbW / Reha "));
  CHECK(amip::report::detail::display_width(group_vi) == amip::report::detail::display_width(total));
  CHECK(total.ends_with("8.510          7.274      17,0%"));
}

TEST_CASE("the English report uses English labels, headers and numbers") {
  amip::report::table_options options;
  options.lang = amip::language::english;
  auto const text = amip::report::to_text(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)), options);
  CHECK(line_of(text, 2) == "Purpose\tEntries 2026\tActual 2025\tChange");
  CHECK(line_of(text, 3) == "with FbW / Reha\t8,510\t7,274\t17.0%");
  CHECK(line_of(text, 7) == "of which: Measures with a provider\t1,994\t1,162\t71.6%");
  CHECK(line_of(text, 17) == "Accompanying support for self-employment\t0\t4\t-100.0%");
}

TEST_CASE("a missing figure and a change without value print as n. v.") {
  auto const text = amip::report::to_text(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2024)));
  CHECK(line_of(text, 2) == "Zweckbestimmung\tEintritte 2026\tErgebnis 2024\tVergleich");
  CHECK(line_of(text, 3) == "mit FbW / Reha\t8.510\tn. v.\tn. v.");
  CHECK(line_of(text, 13) == "davon ao\t360\t327\t10,1%");
  amip::report::table_options blank;
  blank.no_value = "–";
  auto const dashed = amip::report::to_text(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2024)), blank);
  CHECK(line_of(dashed, 3) == "mit FbW / Reha\t8.510\t–\t–");
}

TEST_CASE("Markdown: a table with bold totals and groups, right-aligned numbers") {
  auto const md = amip::report::to_markdown(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)));
  CHECK(line_of(md, 0) == "### Planung EGT 2026");
  CHECK(line_of(md, 2) == "| Zweckbestimmung | Eintritte 2026 | Ergebnis 2025 | Vergleich |");
  CHECK(line_of(md, 3) == "|---|---:|---:|---:|");
  CHECK(line_of(md, 4) == "| **mit FbW / Reha** | **8.510** | **7.274** | **17,0%** |");
  CHECK(line_of(md, 8) == "| davon MAT inkl. U25 | 1.994 | 1.162 | 71,6% |");
  CHECK(line_of(md, 22) == "| **V. Teilhabe behinderter Menschen am Arbeitsleben** | **50** | **10** | **400,0%** |");
  amip::report::table t{"T", {"a|b", "x", "y", "z"}, {}};
  std::ostringstream out;
  amip::report::write_markdown(out, t);
  CHECK(line_of(out.str(), 2) == "| a\\|b | x | y | z |");
}

TEST_CASE("comparison CSV: documented columns, stable keys, plain numbers, German decimals") {
  std::ostringstream out;
  amip::report::write_comparison_csv(out, amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)));
  auto const csv = out.str();
  CHECK(line_of(csv, 0) == "key;label;plan 2026;actual 2025;change_percent");
  CHECK(line_of(csv, 1) == "with_fbw_reha;mit FbW / Reha;8510;7274;17,0");
  CHECK(line_of(csv, 15) == "p16c;Begleitende Hilfen für Selbständigkeit nach § 16c SGB II;0;4;-100,0");
  CHECK(line_of(csv, 25) == "VIII;VIII. § 16h Förderung schwer zu erreichender junger Menschen;0;0;0,0");
  std::ostringstream english;
  amip::report::write_comparison_csv(english, amip::compare(egt, amip::plan_of(2026), amip::actual_of(2024)),
                                     {amip::language::english, ',', false, false});
  CHECK(line_of(english.str(), 1) == "with_fbw_reha,with FbW / Reha,8510,,");
  CHECK(line_of(english.str(), 11) ==
        "fbw_ao,of which: Further vocational training leading to a qualification,360,327,10.1");
}

TEST_CASE("plan CSV: the structure and the stated figures of every period") {
  std::ostringstream out;
  amip::report::write_plan_csv(out, egt);
  auto const csv = out.str();
  CHECK(line_of(csv, 0) == "key;parent;children;measure;label;plan 2026;actual 2025;projection 2025;actual 2024");
  CHECK(line_of(csv, 1) == "with_fbw_reha;;sum;;mit FbW / Reha;;;;");
  CHECK(line_of(csv, 5) == "mat;I.activation;sum;mat;davon MAT inkl. U25;1994;1162;;");
  CHECK(line_of(csv, 10) == "fbw_nao;II.fbw;sum;fbw_nao;davon nao;800;1019;950;1080");
  CHECK(line_of(csv, 19) == "V;with_fbw_reha;sum;reha;V. Teilhabe behinderter Menschen am Arbeitsleben;50;10;;");
}

TEST_CASE("CSV fields are quoted where RFC 4180 requires, and Excel gets a BOM and CR LF") {
  CHECK(amip::report::csv_field("plain", ';') == "plain");
  CHECK(amip::report::csv_field("a;b", ';') == "\"a;b\"");
  CHECK(amip::report::csv_field("a,b", ';') == "a,b");
  CHECK(amip::report::csv_field("say \"rd.\"", ';') == "\"say \"\"rd.\"\"\"");
  CHECK(amip::report::csv_field("two\nlines", ',') == "\"two\nlines\"");
  std::ostringstream out;
  amip::report::write_comparison_csv(out, amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)),
                                     amip::report::excel_german());
  auto const csv = out.str();
  CHECK(csv.starts_with("\xEF\xBB\xBFkey;label;"));
  CHECK(csv.find("17,0\r\n") != std::string::npos);
}

TEST_CASE("money in CSV is euros with two decimals, the health project's persons print as counts") {
  CHECK(amip::report::detail::csv_value(amip::cents(146'000'073), amip::language::german) == "1460000,73");
  CHECK(amip::report::detail::csv_value(amip::cents(-3), amip::language::english) == "-0.03");
  CHECK(amip::report::detail::csv_change(amip::relative_change{amip::exact_ratio{-1, 200}}, amip::language::german) ==
        "-0,5");
  constexpr auto health = amip::duesseldorf_2026::health_project();
  auto const text = amip::report::to_text(amip::compare(health, amip::plan_of(2026), amip::projection_of(2025)));
  CHECK(line_of(text, 2) == "Projekt\tTeilnehmende 2026\tHochrechnung 2025\tVergleich");
  CHECK(line_of(text, 3) == "Modellprojekt Gesundheitsförderung\t390\t360\t8,3%");
}

TEST_CASE("a line break in a cell keeps a row on one line: a space in text, <br> in Markdown") {
  amip::report::table t;
  t.title = "Plan\r\n2026";
  t.header = {"Zeile", "Eintritte 2026"};
  t.rows.push_back({"a", amip::line_kind::leaf, 0, false, {"erste\nZeile\r\nzweite\rdritte\tvierte", "1.000"}});
  t.rows.push_back({"b", amip::line_kind::leaf, 0, false, {"kurz", "5"}});
  std::ostringstream tabbed;
  amip::report::write_text(tabbed, t, amip::report::text_layout::tabbed);
  CHECK(tabbed.str() == "Plan 2026\n\nZeile\tEintritte 2026\nerste Zeile zweite dritte vierte\t1.000\nkurz\t5\n");
  std::ostringstream aligned;
  amip::report::write_text(aligned, t, amip::report::text_layout::aligned);
  // the label column is as wide as "erste Zeile zweite dritte vierte" (32 characters), then two spaces
  CHECK(aligned.str() ==
        "Plan 2026\n\n"
        "Zeile                             Eintritte 2026\n"
        "erste Zeile zweite dritte vierte           1.000\n"
        "kurz                                           5\n");
  std::ostringstream markdown;
  amip::report::write_markdown(markdown, t);
  CHECK(markdown.str() ==
        "### Plan 2026\n\n| Zeile | Eintritte 2026 |\n|---|---:|\n| erste<br>Zeile<br>zweite<br>dritte\tvierte | 1.000 |\n"
        "| kurz | 5 |\n");
}
