// The national allocation of the EinglMV 2026 (include/amip/money/allocation.hpp): every pot, split by its Anlage
// either way, adds up to the pot to the cent; the pots follow §§ 1 and 2 of the regulation.
#include <amip/money/allocation.hpp>

#include <catch2/catch.hpp>

#include <cstdint>
#include <stdexcept>

namespace eg = amip::einglmv_2026;
using amip::cents;
using amip::eur;
using amip::money;

namespace {
std::int64_t key_sum(eg::anlage const& a) {
  std::int64_t sum = 0;
  for (auto const& row : a.rows) sum += row.key_in_ten_thousandths_of_percent;
  return sum;
}
}  // namespace

TEST_CASE("each Anlage splits a pot into shares and remainder that add up to it, either way") {
  // Pots that leave cents to round: 1.234.567.891,23 EUR and 0,07 EUR (fewer cents than Jobcenters) and 0.
  for (auto const pot : {cents(123'456'789'123), cents(7), money{}}) {
    for (auto const& a : eg::anlagen) {
      INFO("Anlage " << a.number << ", pot " << pot.value() << " ct");
      auto const reported = eg::allocate(pot, a, eg::unallocated::reported);
      auto const renormalised = eg::allocate(pot, a, eg::unallocated::renormalised);
      CHECK(reported.anlage == a.number);
      CHECK(reported.shares.size() == a.rows.size());
      CHECK(renormalised.shares.size() == a.rows.size());
      CHECK(reported.allocated() + reported.remainder == pot);
      CHECK(renormalised.allocated() == pot);
      CHECK(renormalised.remainder == money{});
      // Reported: the remainder is the part of the uncovered key, pot x (1e6 - sum) / 1e6, within a cent.
      auto const exact_rest = static_cast<double>(pot.value()) * static_cast<double>(1'000'000 - key_sum(a)) / 1e6;
      CHECK(static_cast<double>(reported.remainder.value()) >= exact_rest - 1.0);
      CHECK(static_cast<double>(reported.remainder.value()) <= exact_rest + 1.0);
    }
  }
}

TEST_CASE("the remainder reported is what the printed keys leave uncovered") {
  // 100.000.000,00 EUR = 1e10 ct; each ten-thousandth of a percent (1e-6) of it is 10.000 ct = 100 EUR, so nothing
  // rounds: Anlage 1's keys add up to 999799 (data/einglmv_2026/README.md), 201 uncovered: 20.100,00 EUR; Anlage 6's
  // to 999998: 200,00 EUR. Duesseldorf, Anlage 1 key 0,9307 %: 9307 x 100 EUR = 930.700,00 EUR.
  auto const a1 = eg::allocate(eur(100'000'000), eg::anlagen[0], eg::unallocated::reported);
  CHECK(a1.remainder == eur(20'100));
  CHECK(a1.of("33702") == eur(930'700));
  CHECK(eg::allocate(eur(100'000'000), eg::anlagen[5], eg::unallocated::reported).remainder == eur(200));
  // Miesbach (85504) is not in Anlage 3: no share.
  CHECK_FALSE(eg::allocate(eur(100'000'000), eg::anlagen[2], eg::unallocated::reported).of("85504").has_value());
}

TEST_CASE("the national totals become the regulation's pots") {
  // Eingliederungsmittel 4.100.000.000 less § 16e 82.950.000 less 17.050.000 (§ 1 Abs. 3) = 4.000.000.000 (§ 1
  // Abs. 4), a half each for Anlage 1 and 2. Verwaltungskosten 5.031.181.500 less 2.700.000 (§ 2 Abs. 2) and
  // 28.481.500 (§ 2 Abs. 3) = 5.000.000.000 for Anlage 5. The gE keys of Anlage 5 add up to 759030, so the
  // Bundesagentur's part is 5e9 x 0,759030 = 3.795.150.000 (reported: exact, the weights add up to 1e6), less
  // 165.100.000 (§ 2 Abs. 5 Satz 2) = 3.630.050.000 for Anlage 6.
  std::int64_t ge_keys = 0;
  for (auto const& row : eg::anlage5_rows)
    if (row.form == eg::carrier_form::ge) ge_keys += row.key_in_ten_thousandths_of_percent;
  CHECK(ge_keys == 759'030);
  eg::national_totals const totals{eur(4'100'000'000), eur(82'950'000), eur(5'031'181'500)};
  auto const a = eg::allocate(totals, eg::unallocated::reported);
  CHECK(a.eingliederung_distributable == eur(4'000'000'000));
  CHECK(a.pots[0].pot == eur(2'000'000'000));
  CHECK(a.pots[1].pot == eur(2'000'000'000));
  CHECK(a.pots[2].pot == eur(72'000'000));
  CHECK(a.pots[3].pot == eur(15'000'000));
  CHECK(a.verwaltung_distributable == eur(5'000'000'000));
  CHECK(a.pots[4].pot == eur(5'000'000'000));
  CHECK(a.bundesagentur_part == eur(3'795'150'000));
  CHECK(a.pots[5].pot == eur(3'630'050'000));
  // Duesseldorf (33702), pot x key / 1e6, no rounding: 2e9 x 0,9307 % = 18.614.000; 2e9 x 0,9555 % = 19.110.000;
  // 72e6 x 1,9223 % = 1.384.056; 15e6 x 0,5710 % = 85.650; 5e9 x 0,9595 % = 47.975.000;
  // 3.630.050.000 x 1,2641 % = 363005 x 12641 ct = 45.887.462,05.
  CHECK(a.pots[0].of("33702") == eur(18'614'000));
  CHECK(a.pots[1].of("33702") == eur(19'110'000));
  CHECK(a.pots[2].of("33702") == eur(1'384'056));
  CHECK(a.pots[3].of("33702") == eur(85'650));
  CHECK(a.pots[4].of("33702") == eur(47'975'000));
  CHECK(a.pots[5].of("33702") == cents(4'588'746'205));
  for (auto const& pot : a.pots) CHECK(pot.allocated() + pot.remainder == pot.pot);
}

TEST_CASE("an odd cent of the Eingliederungsmittel goes to Anlage 1's half") {
  // 4.000.000.000,01 distributable: halves 2.000.000.000,01 (Anlage 1) and 2.000.000.000,00 (split_equally).
  auto const a = eg::allocate(eg::national_totals{cents(410'000'000'001), eur(82'950'000), eur(5'031'181'500)},
                              eg::unallocated::renormalised);
  CHECK(a.pots[0].pot == cents(200'000'000'001));
  CHECK(a.pots[1].pot == eur(2'000'000'000));
  for (auto const& pot : a.pots) CHECK(pot.allocated() == pot.pot);
}

TEST_CASE("totals too small for the regulation's deductions are an error, not a negative pot") {
  // 17.000.000 < 17.050.000 (§ 1 Abs. 3); 30.000.000 < 2.700.000 + 28.481.500; 200.000.000 x 0,759030 =
  // 151.806.000 < 165.100.000 (§ 2 Abs. 5 Satz 2).
  CHECK_THROWS_AS(eg::allocate(eg::national_totals{eur(17'000'000), money{}, eur(5'031'181'500)},
                               eg::unallocated::reported),
                  std::invalid_argument);
  CHECK_THROWS_AS(eg::allocate(eg::national_totals{eur(4'100'000'000), money{}, eur(30'000'000)},
                               eg::unallocated::reported),
                  std::invalid_argument);
  CHECK_THROWS_AS(eg::allocate(eg::national_totals{eur(4'100'000'000), money{}, eur(231'181'500)},
                               eg::unallocated::reported),
                  std::invalid_argument);
}
