#include <amip/model/measure.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <type_traits>

#include "seed.hpp"

namespace {

// The seed extracted from PDF splits one word as "nicht- abschlussorientierte" (section 4); amip spells it
// "nicht-abschlussorientierte". This is the only normalisation applied before comparing names with the seed.
std::string normalised_seed() {
  std::string text = amip_test::seed_text();
  std::string const split = "nicht- abschlussorientierte";
  for (auto pos = text.find(split); pos != std::string::npos; pos = text.find(split)) text.erase(pos + 6, 1);
  return text;
}

bool contains(std::string const& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_CASE("the catalogue holds the 16 measures of Anlage 1 and the 6 beside it") {
  STATIC_REQUIRE(amip::measures.size() == 22);
  auto const in_anlage_1 = std::count_if(amip::measures.begin(), amip::measures.end(), [](auto const& m) {
    return m.purpose != amip::purpose_group::outside_anlage_1;
  });
  CHECK(in_anlage_1 == 16);
}

TEST_CASE("every measure's German name is printed in the seed") {
  auto const seed = normalised_seed();
  for (auto const& m : amip::measures) {
    INFO("measure " << m.key);
    CHECK(contains(seed, m.german_name));
  }
}

TEST_CASE("every line of the reference programme's Anlage 1 carries its label as printed") {
  // A leaf ("davon MAT inkl. U25", "Einstiegsgeld"), a group line ("V. Teilhabe behinderter …"), a total.
  auto const rows = amip_test::anlage1_rows();
  auto const& table = amip::duesseldorf_2026::anlage1;
  REQUIRE(rows.size() == table.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    INFO("line " << table.lines()[i].key);
    CHECK(table.label(amip::line_index{i}) == rows[i].label);
  }
}

TEST_CASE("the § 16a services carry the labels of the seed's § 16a table") {
  auto const seed = amip_test::seed_text();
  for (auto id : {amip::measure_id::childcare, amip::measure_id::home_care, amip::measure_id::debt_counselling,
                  amip::measure_id::psychosocial}) {
    auto const& m = amip::info_of(id);
    INFO("measure " << m.key);
    CHECK(contains(seed, "\n" + std::string(m.german_name) + "\t"));
    CHECK(m.basis.primary().section.starts_with("§ 16a Nr."));
    CHECK(m.paid_from == amip::budget_line::municipal);
  }
}

TEST_CASE("abbreviations come from the seed's Abkürzungsverzeichnis where it has one") {
  auto const seed = amip_test::seed_text();
  auto const glossary = seed.substr(seed.find("Abkürzungsverzeichnis\n\nAA "));
  for (auto id : {amip::measure_id::mat, amip::measure_id::avgs_mat, amip::measure_id::mag, amip::measure_id::egz,
                  amip::measure_id::einstiegsgeld, amip::measure_id::agh, amip::measure_id::vermittlungsbudget}) {
    auto const& m = amip::info_of(id);
    INFO("measure " << m.key << ", abbreviation " << m.abbreviation);
    CHECK((contains(glossary, "\n" + std::string(m.abbreviation) + " ") ||
           contains(glossary, "\t" + std::string(m.abbreviation) + " ")));
  }
}

TEST_CASE("every measure has a legal basis, a heading, an English name and a unique key") {
  std::set<std::string_view> keys;
  for (auto const& m : amip::measures) {
    INFO("measure " << m.key);
    CHECK_FALSE(m.basis.primary().section.empty());
    CHECK(m.basis.primary().section.starts_with("§"));
    CHECK_FALSE(m.basis.heading().empty());
    CHECK_FALSE(m.english_name.empty());
    CHECK(keys.insert(m.key).second);
  }
  CHECK(amip::info_of(amip::measure::mat).basis.text() == "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 45 Abs. 1 SGB III");
  CHECK(amip::info_of(amip::measure::einstiegsgeld).basis.text() == "§ 16b SGB II");
  CHECK(amip::info_of(amip::measure::vermittlungsbudget).basis.text() ==
        "§ 16 Abs. 1 Satz 2 Nr. 2 SGB II i.V.m. § 44 SGB III");
  CHECK(amip::info_of(amip::measure::fbw_ao).basis.text() == "§§ 81 ff. SGB III");
}

TEST_CASE("FbW and Reha are no longer paid from the EGT, § 16a is paid by the municipality") {
  // Seed, section 1 and Anlage 1 ("ohne FbW / Reha"; "Fort- und Weiterbildung werden nicht mehr aus dem
  // Eingliederungstitel finanziert").
  STATIC_REQUIRE(amip::info_of(amip::measure::fbw_nao).paid_from == amip::budget_line::agency);
  STATIC_REQUIRE(amip::info_of(amip::measure::fbw_ao).paid_from == amip::budget_line::agency);
  STATIC_REQUIRE(amip::info_of(amip::measure::reha).paid_from == amip::budget_line::agency);
  STATIC_REQUIRE(amip::info_of(amip::measure::mat).paid_from == amip::budget_line::egt);
  STATIC_REQUIRE(amip::info_of(amip::measure::childcare).paid_from == amip::budget_line::municipal);
}

TEST_CASE("every key is the lower-case snake_case name of its measure") {
  for (std::size_t i = 0; i < amip::measures.size(); ++i) {
    auto const& m = amip::measures[i];
    INFO("measure " << m.key);
    CHECK_FALSE(m.key.empty());
    CHECK(std::all_of(m.key.begin(), m.key.end(),
                      [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }));
    CHECK(amip::parse_measure_key(m.key) == static_cast<amip::measure_id>(i));
  }
  CHECK(amip::parse_measure_key("childcare") == amip::measure_id::childcare);
}

TEST_CASE("a value that is no measure_id is an error") {
  auto const bogus = static_cast<amip::measure_id>(200);
  CHECK_THROWS_WITH(amip::info_of(bogus), "amip: 200 is not a measure_id (there are 22)");
  CHECK_THROWS_AS(amip::visit_measure(bogus, [](auto tag) { return decltype(tag)::id; }), std::out_of_range);
}

TEST_CASE("every measure makes the round trip between runtime id and tag") {
  int visited = 0;
  amip::for_each_measure_tag([&](auto tag) {
    using tag_type = decltype(tag);
    STATIC_REQUIRE(amip::MeasureTag<tag_type>);
    auto const id = amip::id_of(tag);
    INFO("measure " << amip::info_of(id).key);
    CHECK(static_cast<int>(id) == visited++);
    CHECK(&amip::info_of(tag) == &amip::info_of(id));
    bool const same_tag = amip::visit_measure(id, [](auto back) { return std::is_same_v<decltype(back), tag_type>; });
    CHECK(same_tag);
    CHECK(amip::measure_from_key(amip::info_of(id).key) == id);
    CHECK(amip::parse_measure_key(amip::info_of(id).key) == id);
  });
  CHECK(visited == 22);
}

TEST_CASE("the catalogue can be walked at compile time") {
  constexpr auto egt_paid = [] {
    int n = 0;
    amip::for_each_measure_tag([&](auto tag) { n += tag.info.paid_from == amip::budget_line::egt ? 1 : 0; });
    return n;
  }();
  STATIC_REQUIRE(egt_paid == 15);  // 22 measures less FbW nao, FbW ao, Reha and the four § 16a services
  STATIC_REQUIRE(amip::visit_measure(amip::measure_id::p16i, [](auto t) { return decltype(t)::id; }) ==
                 amip::measure_id::p16i);
  STATIC_REQUIRE(amip::measure_from_key("fbw_ao") == amip::measure_id::fbw_ao);
  STATIC_REQUIRE_FALSE(amip::measure_from_key("FbW").has_value());
}

TEST_CASE("an unknown measure key is an error that names it and the known keys") {
  CHECK_THROWS_AS(amip::parse_measure_key("fbw"), amip::unknown_measure);
  CHECK_THROWS_WITH(amip::parse_measure_key("fbw"), Catch::Matchers::StartsWith("amip: unknown measure key \"fbw\"; "
                                                                                "known keys: mat, avgs_mat, mag,"));
}

TEST_CASE("purpose groups carry Anlage 1's numerals and labels") {
  auto const rows = amip_test::anlage1_rows();
  for (auto const& g : amip::purpose_groups) {
    if (g.group == amip::purpose_group::outside_anlage_1) continue;
    INFO("purpose group " << g.numeral);
    auto const line = std::string(g.numeral) + " " + std::string(g.german_label);
    CHECK(std::any_of(rows.begin(), rows.end(), [&](auto const& row) { return row.label == line; }));
  }
}
