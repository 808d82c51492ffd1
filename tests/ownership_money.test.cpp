// The money layer owns what it shows (issue 13, reproductions (b) and (c)): a budget keeps its own copy of every
// reason, source and description, and a fit policy its own list of priorities. Each test builds the text or the
// list so that it dies before it is read (in a loop, in a function that returns); the ASan build (build/asan) shows
// a heap-use-after-free or stack-use-after-scope if anything still refers to it.
#include <amip/money/budget.hpp>
#include <amip/money/cost.hpp>
#include <amip/money/fit.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <array>
#include <catch2/catch.hpp>
#include <sstream>
#include <string>

using amip::budget_line;
using amip::entries;
using amip::eur;
using amip::measure_id;
using amip::plan_of;

namespace {

// Longer than any short-string buffer, so that each reason lives on the heap.
std::string reason_for(int month) {
  return "Umschichtung EGT -> VwHH im Monat " + std::to_string(month) + " (Personalkosten der gemeinsamen Einrichtung)";
}

// Three transfers and three commitments whose texts are built per iteration and destroyed at its end (issue 13,
// reproduction (b): with string views, printing the reasons was a heap-use-after-free).
amip::budget budget_built_in_a_loop() {
  amip::budget year{2026};
  year.allocate(amip::egt_money{eur(1'000)}, std::string("Zuweisung nach der Eingliederungsmittelverordnung 2026"));
  for (int month = 1; month <= 3; ++month) {
    std::string const reason = reason_for(month);
    year.transfer<budget_line::vwhh>(amip::egt_money{eur(100 * month)}, reason);
    year.commit({budget_line::egt, eur(10),
                 "Vorbindung aus 2025, Rate " + std::to_string(month) + " von 3 (Ausfinanzierung)", 2025});
  }
  return year;
}

// A policy made from a temporary array, returned from a function: the array is gone when the policy is used.
amip::fit_policy keep_first(measure_id most_important, measure_id next) {
  return amip::fit_policy::by_priority(std::array{most_important, next});
}

// Rates made up for this test: MAG 500 € and § 16f 1.500 € per entry, every other measure free.
amip::cost_model two_rates() {
  amip::cost_model rates;
  for (std::size_t i = 0; i < amip::measures.size(); ++i) {
    rates.set(static_cast<measure_id>(i), amip::cost_rate::per_entry(amip::cost_per<amip::entry_count>::from_value(0)));
  }
  rates.set(measure_id::mag, amip::cost_rate::per_entry((eur(500) / (1 * entries)).round()))
      .set(measure_id::p16f, amip::cost_rate::per_entry((eur(1'500) / (1 * entries)).round()));
  return rates;
}

}  // namespace

TEST_CASE("a budget keeps the reasons of transfers built per loop iteration") {
  auto const year = budget_built_in_a_loop();
  REQUIRE(year.transfers().size() == 3);
  std::ostringstream printed;
  for (auto const& t : year.transfers()) printed << t.reason.view() << ": " << t.amount.value() << " ct\n";
  CHECK(printed.str() ==
        reason_for(1) + ": 10000 ct\n" + reason_for(2) + ": 20000 ct\n" + reason_for(3) + ": 30000 ct\n");
  CHECK(year.transfers()[1] == amip::transfer_record{budget_line::egt, budget_line::vwhh, eur(200), reason_for(2)});
  // By hand: 1.000 € allocated, 100 + 200 + 300 € moved to VwHH, 3 × 10 € bound: 1.000 - 600 - 30 = 370 €.
  CHECK(year.available<budget_line::egt>() == amip::egt_money{eur(370)});
  CHECK(year.balance_of<budget_line::vwhh>().transferred_in == amip::vwhh_money{eur(600)});
}

TEST_CASE("a budget keeps the descriptions of commitments built from temporary strings") {
  auto const year = budget_built_in_a_loop();
  REQUIRE(year.commitments().size() == 3);
  CHECK(year.commitments()[2].description == "Vorbindung aus 2025, Rate 3 von 3 (Ausfinanzierung)");
  CHECK(std::string(year.commitments()[0].description.view()) == "Vorbindung aus 2025, Rate 1 von 3 (Ausfinanzierung)");
  CHECK(year.commitments()[0].amount == eur(10));
  CHECK(year.balance_of<budget_line::egt>().committed == amip::egt_money{eur(30)});
}

TEST_CASE("a copied budget keeps its texts when the original is gone") {
  amip::budget copy{2025};
  {
    auto const original = budget_built_in_a_loop();
    copy = original;
  }
  REQUIRE(copy.transfers().size() == 3);
  CHECK(copy.transfers()[0].reason == reason_for(1));
}

TEST_CASE("a fit policy made from a temporary array keeps its priorities") {
  auto const p16f_first = keep_first(measure_id::p16f, measure_id::mag);
  auto const mag_first = keep_first(measure_id::mag, measure_id::p16f);
  REQUIRE(p16f_first.priorities().size() == 2);
  CHECK(p16f_first.priorities()[0] == measure_id::p16f);
  CHECK(p16f_first.priorities()[1] == measure_id::mag);

  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  auto const rates = two_rates();
  // By hand, with the seed's 2026 entries (Anlage 1): MAG 950 × 500 € = 475.000 €, § 16f 75 × 1.500 € = 112.500 €;
  // need 587.500 €. Into 500.000 € the gap is 87.500 €.
  auto const need = amip::need(egt, plan_of(2026), rates, budget_line::egt);
  REQUIRE(need == eur(587'500));
  amip::egt_money const available{eur(500'000)};

  // § 16f kept first: MAG, the less important, is cut by ceil(87.500 / 500) = 175 entries, 950 -> 775; the cost is
  // 775 × 500 + 112.500 = 500.000 €.
  auto const keeping_p16f = amip::fit(egt, plan_of(2026), rates, available, p16f_first);
  REQUIRE(keeping_p16f.changes.size() == 1);
  CHECK(keeping_p16f.changes[0].measure == measure_id::mag);
  CHECK(keeping_p16f.changes[0].after == 775 * entries);
  CHECK(keeping_p16f.cost == amip::egt_money{eur(500'000)});

  // MAG kept first: § 16f is cut by ceil(87.500 / 1.500) = 59 entries (58 would close only 87.000 €), 75 -> 16; the
  // cost is 587.500 - 59 × 1.500 = 499.000 €.
  auto const keeping_mag = amip::fit(egt, plan_of(2026), rates, available, mag_first);
  REQUIRE(keeping_mag.changes.size() == 1);
  CHECK(keeping_mag.changes[0].measure == measure_id::p16f);
  CHECK(keeping_mag.changes[0].after == 16 * entries);
  CHECK(keeping_mag.cost == amip::egt_money{eur(499'000)});
}

TEST_CASE("a fit policy made from a temporary array in the same scope keeps its priorities") {
  // The array dies at the end of the full expression, in this frame: ASan reports a stack-use-after-scope if the
  // policy still refers to it (issue 13, reproduction (c)).
  auto const policy = amip::fit_policy::by_priority(std::array{measure_id::mag, measure_id::p16f});
  REQUIRE(policy.priorities().size() == 2);
  CHECK(policy.priorities()[0] == measure_id::mag);
  CHECK(policy.priorities()[1] == measure_id::p16f);
  // MAG kept first: § 16f loses 59 entries, as worked out in the test above.
  constexpr auto egt = amip::duesseldorf_2026::egt_plan();
  auto const fitted = amip::fit(egt, plan_of(2026), two_rates(), amip::egt_money{eur(500'000)}, policy);
  REQUIRE(fitted.changes.size() == 1);
  CHECK(fitted.changes[0].after == 16 * entries);
}

TEST_CASE("a fit policy made from a braced list keeps its priorities") {
  auto const policy = [] {
    return amip::fit_policy::by_priority({measure_id::egz, measure_id::mag, measure_id::mat});
  }();
  REQUIRE(policy.priorities().size() == 3);
  CHECK(policy.priorities()[2] == measure_id::mat);
  CHECK(policy.policy() == amip::fit_policy::kind::by_priority);
}
