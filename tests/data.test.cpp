// Every figure of the embedded data set, checked against the seed's own text.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/number_format.hpp>

#include <catch2/catch.hpp>
#include <string>

#include "seed.hpp"

namespace duesseldorf = amip::duesseldorf_2026;
using amip::report::format_integer;

namespace {
bool seed_says(std::string const& text) { return amip_test::seed_text().find(text) != std::string::npos; }
std::string german(amip::Quantity auto q) { return format_integer(q.value()); }
}  // namespace

TEST_CASE("the Anlage 1 leaves are the seed's rows") {
  auto const rows = amip_test::anlage1_rows();
  for (auto const& leaf : duesseldorf::anlage1_leaves) {
    auto const line = amip::duesseldorf_2026::anlage1.at(leaf.measure);
    INFO("leaf " << amip::duesseldorf_2026::anlage1[line].key);
    auto const& row = rows[amip::index_of(line)];
    CHECK(row.plan_2026 == leaf.plan_2026);
    CHECK(row.actual_2025 == leaf.actual_2025);
  }
}

TEST_CASE("section 4's FbW figures are printed as the data set holds them") {
  auto const& nao = duesseldorf::section4_fbw[0];
  auto const& ao = duesseldorf::section4_fbw[1];
  CHECK(seed_says("Eintritte in nicht- abschlussorientierte FbW: " + format_integer(nao.plan_2026) +
                  " (Hochrechnung 2025: " + format_integer(nao.projection_2025) +
                  "; Ergebnis 2024: " + format_integer(nao.actual_2024) + ")"));
  CHECK(seed_says("Eintritte in abschlussorientierte FbW: " + format_integer(ao.plan_2026) + ", davon rd. " +
                  amip::report::format_percent(duesseldorf::umschulung_share_of_ao.value(), 0) +
                  " in Umschulungen mit Abschluss (Hochrechnung 2025: " + format_integer(ao.projection_2025) +
                  "; Ergebnis 2024: " + format_integer(ao.actual_2024) + ")"));
  CHECK(seed_says("Stand 10/25 = " + german(duesseldorf::carried_over_cases) + ")"));
  CHECK(seed_says("Rd. 1,46 Mio. €"));
  STATIC_REQUIRE(duesseldorf::special_allocation.value() == amip::eur(1'460'000));
}

TEST_CASE("the § 16a table: providers and demand ranges as printed, summing to 865 bis 1.180") {
  for (auto const& service : duesseldorf::section16a) {
    auto const& m = amip::info_of(service.measure);
    INFO("service " << m.key);
    CHECK(seed_says(std::string(m.german_name) + "\t" + std::string(service.provider) + "\t" +
                    german(service.demand.low()) + " bis " + german(service.demand.high())));
  }
  constexpr auto total = duesseldorf::section16a_total_demand();
  STATIC_REQUIRE(total.low() == 865 * amip::persons);
  STATIC_REQUIRE(total.high() == 1'180 * amip::persons);
  CHECK(german(total.low()) + " bis " + german(total.high()) == "865 bis 1.180");
}

TEST_CASE("the health project's participants of section 5.2") {
  constexpr auto health = duesseldorf::health_project();
  amip::line_index const participants{0};
  CHECK(seed_says("Jahr 2024\t" + german(health.total(participants, amip::actual_of(2024))) + " Teilnehmende\n"));
  CHECK(seed_says("Jahr 2025\t" + german(health.total(participants, amip::projection_of(2025))) +
                  " Teilnehmende (letzte Quartal hochgerechnet)"));
  CHECK(seed_says("Jahr 2026\t" + german(health.total(participants, amip::plan_of(2026))) + " Teilnehmende als Ziel"));
  // The target is above last year's projection (seed: "Gleichwohl wird eine weitere Steigerung angestrebt").
  STATIC_REQUIRE(health.total(participants, amip::plan_of(2026)) >
                 health.total(participants, amip::projection_of(2025)));
}

TEST_CASE("the figures of sections 1 and 2 and the Vermittlungsbudget") {
  CHECK(seed_says("von " + german(duesseldorf::ukraine_persons) + " Personen (davon " +
                  german(duesseldorf::ukraine_elb) + " erwerbsfähige Leistungsberechtigte)"));
  CHECK(seed_says("rd. " + amip::report::format_percent(duesseldorf::share_without_vocational_degree.value(), 0) +
                  " aller Kundinnen und Kunden ohne anerkannte"));
  CHECK(seed_says("rd. 49 % (2015 waren es noch 40%, 2025 rd. 52%)"));
  STATIC_REQUIRE(duesseldorf::share_other_nationality_now.value() == amip::percent(49));
  STATIC_REQUIRE(duesseldorf::share_other_nationality_2015 == amip::percent(40));
  STATIC_REQUIRE(duesseldorf::share_other_nationality_2025.value() == amip::percent(52));
  CHECK(seed_says("Vermittlungsbudget (rd. " + german(duesseldorf::vermittlungsbudget.value()) + ")"));
  STATIC_REQUIRE(decltype(duesseldorf::vermittlungsbudget)::is_approximate());
}

TEST_CASE("the printed rows kept as claims are the seed's, and the leaves' roll-up meets every one") {
  auto const rows = amip_test::anlage1_rows();
  REQUIRE(rows.size() == duesseldorf::anlage1_printed.size());
  for (std::size_t i = 0; i < rows.size(); ++i) {
    INFO("Anlage 1 row " << i + 1 << ": " << rows[i].label);
    CHECK(duesseldorf::anlage1_printed[i].plan_2026 == rows[i].plan_2026);
    CHECK(duesseldorf::anlage1_printed[i].actual_2025 == rows[i].actual_2025);
    CHECK(duesseldorf::anlage1_printed[i].vergleich_tenths == amip_test::german_tenths_of_percent(rows[i].change_text));
  }
  STATIC_REQUIRE(duesseldorf::anlage1_as_printed().check().empty());
  // and the claims are really stated: a total now has a stated figure
  STATIC_REQUIRE(duesseldorf::anlage1_as_printed().stated(amip::duesseldorf_2026::lines::with_fbw_reha,
                                                          amip::plan_of(2026)) == 8'510 * amip::entries);
}
