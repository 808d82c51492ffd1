// The Eingliederungsmittel-Verordnung 2026 as data (include/amip/money/einglmv_2026.hpp, generated from
// data/einglmv_2026/*.csv): how many Jobcenters each Anlage lists, of which form, what its printed keys add up to,
// and that the header holds what the CSV files hold.
//
// The expected counts and sums were worked out apart from this code: with awk over data/einglmv_2026/anlage<n>.csv
// (rows, gE and zkT counted in column 2, the keys of column 4 summed with the comma removed) and with a Python
// reading of the source text the CSV files were taken from (data/einglmv_2026/README.md, "Source"); both gave the
// figures below. That 404 Jobcenters exist in 2026, 300 gE and 104 zkT, is what Anlage 1 lists.
#include <amip/money/einglmv_2026.hpp>

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <set>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace eg = amip::einglmv_2026;

constexpr std::size_t count_of(std::span<eg::key_row const> rows, eg::carrier_form form) {
  return static_cast<std::size_t>(std::ranges::count(rows, form, &eg::key_row::form));
}

constexpr std::int64_t key_sum(std::span<eg::key_row const> rows) {
  std::int64_t sum = 0;
  for (auto const& row : rows) sum += row.key_in_ten_thousandths_of_percent;
  return sum;
}

constexpr eg::key_row const* find(std::span<eg::key_row const> rows, std::string_view traeger_nummer) {
  auto const it = std::ranges::find(rows, traeger_nummer, &eg::key_row::traeger_nummer);
  return it == rows.end() ? nullptr : &*it;
}

// What an Anlage is expected to hold (see the comment at the top for where the figures come from).
struct expected_anlage {
  int number;
  std::size_t jobcenters, ge, zkt;
  std::int64_t key_sum;  // in ten-thousandths of a percent: 999'799 is 99,9799 %
};

// Anlage 3 lacks Miesbach (zkT, 85504): 403 Jobcenters, 103 zkT. Anlage 6 distributes among the gE only: 300.
// No Anlage's printed keys add up to 100 % (1'000'000): 99,9799 %, 99,9798 %, 99,9806 %, 99,9800 %, 99,9801 %,
// 99,9998 %.
constexpr std::array<expected_anlage, 6> expected{{
    {1, 404, 300, 104, 999'799},
    {2, 404, 300, 104, 999'798},
    {3, 403, 300, 103, 999'806},
    {4, 404, 300, 104, 999'800},
    {5, 404, 300, 104, 999'801},
    {6, 300, 300, 0, 999'998},
}};

// The same, proven at compile time.
constexpr bool all_as_expected() {
  for (auto const& e : expected) {
    auto const rows = eg::anlagen[static_cast<std::size_t>(e.number - 1)].rows;
    if (rows.size() != e.jobcenters || count_of(rows, eg::carrier_form::ge) != e.ge ||
        count_of(rows, eg::carrier_form::zkt) != e.zkt || key_sum(rows) != e.key_sum)
      return false;
  }
  return true;
}
static_assert(all_as_expected(), "an Anlage of the EinglMV 2026 differs from its expected count or key sum");
static_assert(eg::anlage1_rows.size() == 404 && eg::anlage3_rows.size() == 403 && eg::anlage6_rows.size() == 300);

// A CSV file of data/einglmv_2026 as rows of fields (';' separates; no field holds one).
std::vector<std::vector<std::string>> read_csv(std::string const& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::vector<std::vector<std::string>> rows;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::stringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, ';')) fields.push_back(cell);
    rows.push_back(fields);
  }
  return rows;
}

}  // namespace

TEST_CASE("each Anlage of the EinglMV 2026 lists its number of Jobcenters by form") {
  for (auto const& e : expected) {
    auto const& anlage = eg::anlagen[static_cast<std::size_t>(e.number - 1)];
    INFO("Anlage " << e.number);
    CHECK(anlage.number == e.number);
    CHECK(anlage.rows.size() == e.jobcenters);
    CHECK(count_of(anlage.rows, eg::carrier_form::ge) == e.ge);
    CHECK(count_of(anlage.rows, eg::carrier_form::zkt) == e.zkt);
  }
}

TEST_CASE("the printed keys of each Anlage add up to what is stated and none to exactly 100 percent") {
  for (auto const& e : expected) {
    auto const& anlage = eg::anlagen[static_cast<std::size_t>(e.number - 1)];
    INFO("Anlage " << e.number);
    CHECK(key_sum(anlage.rows) == e.key_sum);
    CHECK(key_sum(anlage.rows) != 1'000'000);
  }
  // Anlage 1 short of 100 % by 201 ten-thousandths: 1'000'000 - 999'799 = 201, i.e. 0,0201 percentage points.
  CHECK(1'000'000 - key_sum(eg::anlage1_rows) == 201);
}

TEST_CASE("each Anlage names a Jobcenter once, by a five-digit Traeger-Nummer, in ascending order") {
  for (auto const& anlage : eg::anlagen) {
    INFO("Anlage " << anlage.number);
    std::set<std::string_view> numbers;
    for (auto const& row : anlage.rows) {
      CHECK(row.traeger_nummer.size() == 5);
      CHECK(row.traeger_nummer.find_first_not_of("0123456789") == std::string_view::npos);
      CHECK(!row.jobcenter.empty());
      CHECK(row.key_in_ten_thousandths_of_percent >= 0);
      numbers.insert(row.traeger_nummer);
    }
    CHECK(numbers.size() == anlage.rows.size());
    CHECK(std::ranges::is_sorted(anlage.rows, {}, &eg::key_row::traeger_nummer));
  }
}

TEST_CASE("every Anlage names a Jobcenter of Anlage 1 by the same name and form") {
  for (auto const& anlage : eg::anlagen) {
    for (auto const& row : anlage.rows) {
      INFO("Anlage " << anlage.number << ", " << row.traeger_nummer);
      auto const* in_anlage1 = find(eg::anlage1_rows, row.traeger_nummer);
      REQUIRE(in_anlage1 != nullptr);
      CHECK(in_anlage1->jobcenter == row.jobcenter);
      CHECK(in_anlage1->form == row.form);
    }
  }
  // Missing where Anlage 1 has them: Miesbach in Anlage 3; the 104 zkT in Anlage 6, which distributes among gE.
  auto const* miesbach = find(eg::anlage1_rows, "85504");
  REQUIRE(miesbach != nullptr);
  CHECK(miesbach->jobcenter == "Miesbach");
  CHECK(miesbach->form == eg::carrier_form::zkt);
  CHECK(miesbach->key_in_ten_thousandths_of_percent == 286);  // Anlage 1 prints 0,0286
  CHECK(find(eg::anlage3_rows, "85504") == nullptr);
  for (auto const& anlage : eg::anlagen) {  // Anlagen 1, 2, 4, 5 (Anlage 6 has no zkT)
    if (anlage.number != 3 && anlage.number != 6) CHECK(find(anlage.rows, "85504") != nullptr);
  }
  for (auto const& row : eg::anlage1_rows) {
    INFO(row.traeger_nummer);
    CHECK((find(eg::anlage6_rows, row.traeger_nummer) != nullptr) == (row.form == eg::carrier_form::ge));
  }
}

TEST_CASE("Duesseldorf is in every Anlage with its printed keys") {
  // BGBl. 2025 I Nr. 335, the row 33702 gE "Düsseldorf, Stadt" of each Anlage: 0,9307; 0,9555; 1,9223; 0,5710;
  // 0,9595; 1,2641 (per cent).
  constexpr std::array<std::int32_t, 6> printed{9'307, 9'555, 19'223, 5'710, 9'595, 12'641};
  for (auto const& anlage : eg::anlagen) {
    INFO("Anlage " << anlage.number);
    auto const* row = find(anlage.rows, "33702");
    REQUIRE(row != nullptr);
    CHECK(row->jobcenter == "Düsseldorf, Stadt");
    CHECK(row->form == eg::carrier_form::ge);
    CHECK(row->key_in_ten_thousandths_of_percent == printed[static_cast<std::size_t>(anlage.number - 1)]);
  }
}

TEST_CASE("the Anlagen know where they are printed and what they distribute") {
  CHECK(eg::anlagen[0].based_on == "§ 1 Absatz 5 Satz 5");
  CHECK(eg::anlagen[0].printed_at == "BGBl. 2025 I Nr. 335, S. 4 - 13");
  CHECK(eg::anlagen[0].key_header == "Eingliederungsmittel in Prozent");
  CHECK(eg::anlagen[2].title ==
        "Verteilung des Aufwendungsersatzes für Teilnehmende an Förderungen der beruflichen Weiterbildung");
  CHECK(eg::anlagen[5].printed_at == "BGBl. 2025 I Nr. 335, S. 56 - 63");
  CHECK(eg::printed(eg::carrier_form::ge) == "gE");
  CHECK(eg::printed(eg::carrier_form::zkt) == "zkT");
}

TEST_CASE("the header holds the CSV files row by row") {
  for (auto const& anlage : eg::anlagen) {
    auto const path = std::string(AMIP_EINGLMV_2026_DIR) + "/anlage" + std::to_string(anlage.number) + ".csv";
    INFO(path);
    auto const csv = read_csv(path);
    REQUIRE(csv.size() == anlage.rows.size() + 1);  // a header line, then a row per Jobcenter
    CHECK(csv[0].at(3) == anlage.key_header);
    for (std::size_t i = 0; i < anlage.rows.size(); ++i) {
      auto const& fields = csv[i + 1];
      auto const& row = anlage.rows[i];
      INFO("line " << i + 2);
      REQUIRE(fields.size() == 4);
      CHECK(fields[0] == row.traeger_nummer);
      CHECK(fields[1] == eg::printed(row.form));
      CHECK(fields[2] == row.jobcenter);
      // "0,3407" without its comma is "03407", 3407 ten-thousandths of a percent.
      auto digits = fields[3];
      REQUIRE(digits.size() == 6);
      CHECK(digits[1] == ',');
      digits.erase(1, 1);
      CHECK(std::stoi(digits) == row.key_in_ten_thousandths_of_percent);
    }
  }
}
