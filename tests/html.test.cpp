// The HTML report (amip/report/html.hpp): escaping, the bar chart's geometry and the page's figures. Every
// coordinate is worked out by hand in the comment beside it: the page writes tenths of a pixel, so a bar of
// figure v on a scale up to `high` over the plot's 410 px is round(v × 4100 / high) tenths wide (half away from
// zero), starting at the plot's left edge, 470 px. Row i of the chart starts at 40 px + i × 26 px; its prior bar
// 4 px below that (8 px high), its compared bar 12 px below (10 px high), its texts' baseline 17 px below.
#include <amip/model/catalog.hpp>
#include <amip/model/comparison.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/html.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace {

using amip::report::bar_scale;

constexpr auto egt = amip::duesseldorf_2026::egt_plan();

bool holds(std::string const& page, std::string const& part) { return page.find(part) != std::string::npos; }

// A budget whose labels hold what HTML must not see raw: quotes, '&', '<', '>' and line breaks (LF, CR LF).
// Figures in cents, fictitious (those of tests/tables.test.cpp's Eingliederung lines).
amip::plan<amip::money> budget() {
  std::vector<amip::owned_line> lines;
  lines.push_back({.key = "total",
                   .kind = amip::line_kind::total,
                   .german_label = "Budget \"Nord\" & 'Süd' <2026>",
                   .english_label = "Budget \"North\" & 'South' <2026>"});
  lines.push_back({.key = "measures",
                   .kind = amip::line_kind::leaf,
                   .parent = 0,
                   .davon = true,
                   .german_label = "Maßnahmen\nund Zuschüsse",
                   .english_label = "Measures\nand grants"});
  lines.push_back({.key = "employment",
                   .kind = amip::line_kind::leaf,
                   .parent = 0,
                   .davon = true,
                   .german_label = "Beschäftigung\r\n<§ 16i>",
                   .english_label = "Employment\r\n<§ 16i>"});
  amip::plan<amip::money> p{amip::catalog{"Haushalt", std::move(lines), "Titel", "Item"}};
  p.state("measures", amip::plan_of(2026), amip::eur(12'800'000));
  p.state("employment", amip::plan_of(2026), amip::eur(3'100'000));
  p.state("measures", amip::actual_of(2025), amip::eur(12'450'000));
  p.state("employment", amip::actual_of(2025), amip::cents(327'550'050));  // 3.275.500,50 €
  return p;
}

}  // namespace

TEST_CASE("html_escaped replaces markup characters, quotes and line breaks by references") {
  using amip::report::html_escaped;
  CHECK(html_escaped("mit FbW / Reha") == "mit FbW / Reha");
  CHECK(html_escaped("Öffentlich geförderte Beschäftigung § 16i") == "Öffentlich geförderte Beschäftigung § 16i");
  CHECK(html_escaped("a<b & \"c\" 'd' >") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39; &gt;");
  CHECK(html_escaped("&amp;") == "&amp;amp;");  // escaped again: the text shows "&amp;", as it was given
  // LF, CR LF and a lone CR are one line break each; a tab stays; other control characters are U+FFFD.
  CHECK(html_escaped("a\nb\r\nc\rd\te") == "a&#10;b&#10;c&#10;d\te");
  CHECK(html_escaped(std::string{"x\0y\x1b", 4}) == "x&#xFFFD;y&#xFFFD;");
  CHECK(html_escaped("").empty());
}

TEST_CASE("a bar scale is proportional from 0, rounded half away from zero") {
  // Anlage 1: the largest figure is the total plan 8.510; the plot is 4.100 tenths of a pixel wide.
  std::array<std::int64_t, 3> const anlage1{8'510, 7'274, 1'994};
  auto const scale = bar_scale::holding(anlage1, 4'100);
  CHECK(scale.low == 0);
  CHECK(scale.high == 8'510);
  CHECK(scale.position(0) == 0);
  CHECK(scale.position(8'510) == 4'100);  // the longest bar fills the plot
  CHECK(scale.position(7'274) == 3'505);  // 7.274 × 4.100 / 8.510 = 29.823.400 / 8.510 = 3.504,51 → 3.505
  CHECK(scale.position(1'994) == 961);    // 1.994 × 4.100 / 8.510 = 8.175.400 / 8.510 = 960,68 → 961
  CHECK(scale.position(1'162) == 560);    // 1.162 × 4.100 / 8.510 = 4.764.200 / 8.510 = 559,84 → 560

  // A negative figure moves 0 to the right: -500 to 1.500 over 4.000, so 0 is at 500 × 4.000 / 2.000 = 1.000.
  std::array<std::int64_t, 2> const signed_values{-500, 1'500};
  auto const both = bar_scale::holding(signed_values, 4'000);
  CHECK(both.low == -500);
  CHECK(both.high == 1'500);
  CHECK(both.position(-500) == 0);
  CHECK(both.position(0) == 1'000);
  CHECK(both.position(250) == 1'500);  // (250 + 500) × 4.000 / 2.000
  CHECK(both.position(1'500) == 4'000);

  // Halves round away from zero: 0 to 4 over 2 units puts 1 at 0,5 → 1 and 3 at 1,5 → 2.
  std::array<std::int64_t, 1> const four{4};
  CHECK(bar_scale::holding(four, 2).position(1) == 1);
  CHECK(bar_scale::holding(four, 2).position(3) == 2);

  // Nothing but zeros (or nothing at all): every bar has no length, and nothing is divided by 0.
  std::array<std::int64_t, 2> const zeros{0, 0};
  CHECK(bar_scale::holding(zeros, 4'000).position(0) == 0);
  CHECK(bar_scale::holding({}, 4'000).position(0) == 0);

  // Cents near the int64 limit: the product is taken in 128 bits. 9 × 10^18 × 4.100 / (9 × 10^18) = 4.100.
  std::array<std::int64_t, 1> const huge{9'000'000'000'000'000'000};
  CHECK(bar_scale::holding(huge, 4'100).position(9'000'000'000'000'000'000) == 4'100);
  CHECK(bar_scale::holding(huge, 4'100).position(4'500'000'000'000'000'000) == 2'050);
}

TEST_CASE("a bar scale is computed at compile time") {
  static constexpr std::array<std::int64_t, 2> values{10, 40};
  static_assert(bar_scale::holding(values, 100).position(10) == 25);  // 10 × 100 / 40
}

TEST_CASE("the Anlage 1 page draws each line's bars to one scale, with the change") {
  auto const page = amip::report::to_html(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)));
  // Row 0, mit FbW / Reha (top 40 px): 8.510 fills the plot (410 px), 7.274 is 350,5 px (see the scale above).
  CHECK(holds(page, R"(<rect class="prior" x="470.0" y="44.0" width="350.5" height="8.0"><title>Ergebnis 2025: )"
                    R"(7.274</title></rect>)"));
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="52.0" width="410.0" height="10.0"><title>Eintritte 2026: )"
                    R"(8.510</title></rect>)"));
  CHECK(holds(page, R"(<text class="change" x="890.0" y="57.0">+1.236 (+17,0%)</text>)"));
  // Row 4, davon MAT inkl. U25 (top 40 + 4 × 26 = 144 px): 1.162 → 56,0 px, 1.994 → 96,1 px.
  CHECK(holds(page, R"(<rect class="prior" x="470.0" y="148.0" width="56.0" height="8.0"><title>Ergebnis 2025: )"
                    R"(1.162</title></rect>)"));
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="156.0" width="96.1" height="10.0"><title>Eintritte 2026: )"
                    R"(1.994</title></rect>)"));
  CHECK(holds(page, R"(<text class="change" x="890.0" y="161.0">+832 (+71,6%)</text>)"));
  // Row 14, § 16c: 0 against 4 (-100,0 %); row 24, VIII.: 0 against 0 (top 40 + 24 × 26 = 664 px).
  CHECK(holds(page, R"(>-4 (-100,0%)</text>)"));
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="676.0" width="0.0" height="10.0">)"));
  CHECK(holds(page, R"(<text class="change" x="890.0" y="681.0">0 (0,0%)</text>)"));
  // The chart is 40 px + 25 rows × 26 px + 10 px = 700 px high; the zero line runs along the plot's left edge.
  CHECK(holds(page, R"(<svg width="1080.0" height="700.0" viewBox="0 0 1080.0 700.0")"));
  CHECK(holds(page, R"(<line class="axis" x1="470.0" y1="40.0" x2="470.0" y2="690.0"/>)"));
  // The table: every row, with the absolute change; totals and groups bold, labels indented by depth.
  CHECK(holds(page,
              "<tr><th>Zweckbestimmung</th><th>Eintritte 2026</th><th>Ergebnis 2025</th>"
              "<th>Veränderung absolut</th><th>in %</th></tr>"));
  CHECK(holds(page,
              "<tr class=\"emphasis\"><td>mit FbW / Reha</td><td>8.510</td><td>7.274</td><td>1.236</td>"
              "<td>17,0%</td></tr>"));
  CHECK(holds(page,
              "<tr><td style=\"padding-left:58px\">davon MAT inkl. U25</td><td>1.994</td><td>1.162</td>"
              "<td>832</td><td>71,6%</td></tr>"));  // depth 4: 10 + 4 × 12 px
}

TEST_CASE("the page loads nothing and runs nothing") {
  auto const page = amip::report::to_html(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025)));
  CHECK(page.starts_with("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"));
  CHECK(page.ends_with("</body>\n</html>\n"));
  for (auto const* absent : {"<script", "<link", "<img", "src=", "href=", "http:", "https:", "@import", "@font-face"}) {
    INFO(absent);
    CHECK_FALSE(holds(page, absent));
  }
}

TEST_CASE("labels, headers and the title are escaped in the chart and the table") {
  auto const p = budget();
  amip::report::table_options options;
  options.title = "Haushalt <Entwurf>";
  options.label_header = "Titel & Zeile";
  auto const page = amip::report::to_html(amip::compare(p, amip::plan_of(2026), amip::actual_of(2025)), options);
  CHECK(holds(page, "<title>Haushalt &lt;Entwurf&gt;</title>"));
  CHECK(holds(page, "<h1>Haushalt &lt;Entwurf&gt;</h1>"));
  CHECK(holds(page, "<th>Titel &amp; Zeile</th>"));
  // In the table and in the chart (its text and its tooltip), each label only escaped.
  CHECK(holds(page, "<td>Budget &quot;Nord&quot; &amp; &#39;Süd&#39; &lt;2026&gt;</td>"));
  CHECK(holds(page,
              "<title>Budget &quot;Nord&quot; &amp; &#39;Süd&#39; &lt;2026&gt;</title>"
              "Budget &quot;Nord&quot; &amp; &#39;Süd&#39; &lt;2026&gt;</text>"));
  CHECK(holds(page, "<td style=\"padding-left:22px\">Maßnahmen&#10;und Zuschüsse</td>"));
  CHECK(holds(page, ">Beschäftigung&#10;&lt;§ 16i&gt;</td>"));
  for (auto const* raw : {"\"Nord\"", "& '", "<2026>", "<Entwurf>", "Titel & Zeile", "Maßnahmen\n", "\r", "<§"}) {
    INFO(raw);
    CHECK_FALSE(holds(page, raw));
  }
}

TEST_CASE("money is drawn in cents and printed in euros with two decimals") {
  auto const p = budget();
  auto const cmp = amip::compare(p, amip::plan_of(2026), amip::actual_of(2025));
  auto const page = amip::report::to_html(cmp);
  // Total: 12.800.000 + 3.100.000 = 15.900.000,00 € against 12.450.000 + 3.275.500,50 = 15.725.500,50 €:
  // +174.499,50 €, 17.449.950 / 1.572.550.050 = 1,1097 % → +1,1 %.
  CHECK(holds(page, "<td>15.900.000,00 €</td><td>15.725.500,50 €</td><td>174.499,50 €</td><td>1,1%</td>"));
  CHECK(holds(page, ">+174.499,50 € (+1,1%)</text>"));
  // Maßnahmen: +350.000,00 €, 350.000 / 12.450.000 = 2,811 % → +2,8 %; Beschäftigung: 3.100.000,00 − 3.275.500,50 =
  // −175.500,50 €, −17.550.050 / 327.550.050 = −5,358 % → −5,4 %.
  CHECK(holds(page, ">+350.000,00 € (+2,8%)</text>"));
  CHECK(holds(page, "<td>3.100.000,00 €</td><td>3.275.500,50 €</td><td>-175.500,50 €</td><td>-5,4%</td>"));
  CHECK(holds(page, ">-175.500,50 € (-5,4%)</text>"));
  // The scale's high is the total plan, 1.590.000.000 ct. Row 0 (top 40 px): the prior total 1.572.550.050 ×
  // 4.100 / 1.590.000.000 = 4.055,003 → 405,5 px. Row 1 (top 66 px): 1.245.000.000 × 4.100 / 1.590.000.000 =
  // 3.210,38 → 321,0 px; 1.280.000.000 × 4.100 / 1.590.000.000 = 3.300,63 → 330,1 px.
  CHECK(holds(page, R"(<rect class="prior" x="470.0" y="44.0" width="405.5" height="8.0">)"));
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="52.0" width="410.0" height="10.0">)"));
  CHECK(holds(page, R"(<rect class="prior" x="470.0" y="70.0" width="321.0" height="8.0">)"));
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="78.0" width="330.1" height="10.0">)"));
  // Row 2 (top 92 px): 327.550.050 × 4.100 / 1.590.000.000 = 844,63 → 84,5 px; 310.000.000 × 4.100 /
  // 1.590.000.000 = 799,37 → 79,9 px.
  CHECK(holds(page, R"(<rect class="prior" x="470.0" y="96.0" width="84.5" height="8.0">)"));
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="104.0" width="79.9" height="10.0">)"));

  amip::report::table_options english;
  english.lang = amip::language::english;
  auto const en = amip::report::to_html(cmp, english);
  CHECK(holds(en, "<html lang=\"en\">"));
  CHECK(holds(en, "<th>Item</th><th>Amount 2026</th><th>Actual 2025</th><th>Change</th><th>in %</th>"));
  CHECK(holds(en, ">EUR +174,499.50 (+1.1%)</text>"));
  CHECK(holds(en, "<td>EUR -175,500.50</td><td>-5.4%</td>"));
}

TEST_CASE("a line without a figure has no bar and shows n. v.") {
  // Anlage 1 states no actual 2024 for the totals: row 0 has no prior bar, and its changes are n. v.
  auto const page = amip::report::to_html(amip::compare(egt, amip::plan_of(2026), amip::actual_of(2024)));
  CHECK_FALSE(holds(page, R"(<rect class="prior" x="470.0" y="44.0")"));
  CHECK(holds(page, R"(<text class="change" x="890.0" y="57.0">n. v. (n. v.)</text>)"));
  // The plan's bar is drawn as before: 8.510 is still the largest figure, 410 px.
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="52.0" width="410.0" height="10.0">)"));
}

TEST_CASE("a negative figure's bar runs left from 0, which moves right") {
  std::vector<amip::owned_line> lines;
  lines.push_back({.key = "total", .kind = amip::line_kind::total, .german_label = "Saldo", .english_label = "Net"});
  lines.push_back({.key = "spend",
                   .kind = amip::line_kind::leaf,
                   .parent = 0,
                   .davon = true,
                   .german_label = "Ausgaben",
                   .english_label = "Spending"});
  lines.push_back({.key = "refund",
                   .kind = amip::line_kind::leaf,
                   .parent = 0,
                   .davon = true,
                   .german_label = "Erstattungen",
                   .english_label = "Refunds"});
  amip::plan<amip::money> p{amip::catalog{"Saldo", std::move(lines), "Titel", "Item"}};
  p.state("spend", amip::plan_of(2026), amip::eur(300));
  p.state("refund", amip::plan_of(2026), amip::eur(-100));
  p.state("spend", amip::actual_of(2025), amip::eur(100));
  p.state("refund", amip::actual_of(2025), amip::eur(0));
  auto const page = amip::report::to_html(amip::compare(p, amip::plan_of(2026), amip::actual_of(2025)));
  // Figures in cents: 20.000 (total), 30.000, -10.000 now; 10.000, 10.000, 0 before. The scale runs from -10.000 to
  // 30.000 over 4.100 tenths: 0 lies at 10.000 × 4.100 / 40.000 = 1.025, so at 470 + 102,5 = 572,5 px.
  CHECK(holds(page, R"(<line class="axis" x1="572.5" y1="40.0" x2="572.5" y2="118.0"/>)"));  // 40 + 3 × 26 px
  // Row 0: 20.000 ends at 30.000 × 4.100 / 40.000 = 3.075, 307,5 px: from 572,5 to 777,5 px, 205 px long.
  CHECK(holds(page, R"(<rect class="now" x="572.5" y="52.0" width="205.0" height="10.0">)"));
  // Row 1: 30.000 ends at the plot's right edge, 410 px: 880 − 572,5 = 307,5 px long.
  CHECK(holds(page, R"(<rect class="now" x="572.5" y="78.0" width="307.5" height="10.0">)"));
  // Row 2: -10.000 is at the plot's left edge, 470 px, and runs to 0: 102,5 px long; its prior 0 has no length.
  CHECK(holds(page, R"(<rect class="now" x="470.0" y="104.0" width="102.5" height="10.0"><title>Betrag 2026: )"
                    R"(-100,00 €</title></rect>)"));
  CHECK(holds(page, R"(<rect class="prior" x="572.5" y="96.0" width="0.0" height="8.0">)"));
  // -100,00 € against 0: the absolute change is there, the change in % has no value.
  CHECK(holds(page, ">-100,00 € (n. v.)</text>"));
}
