// Measures of one's own: a fictitious Jobcenter Musterstadt plans two measures amip does not know beside two of
// amip's own, one declared in code as a tag (its legal basis checked at compile time) and one declared at run time
// from data (as read from a file or a database; its legal basis checked there). Both get a line of the catalogue, a
// figure of the plan, a cost rate and a rule, and are printed in a report like amip's own.
//
// Everything about Musterstadt is made up for this example: the measures, the figures and the cost rates.
#include <amip/amip.hpp>

#include <iostream>
#include <vector>

namespace {

// In code: a local instrument under § 16f SGB II (Freie Förderung), as a strong tag type. Leaving out `.basis`, or
// giving an empty section, does not compile (tests/compile_fail/own_measure_without_legal_basis.cpp).
struct jobwerkstatt_t final : amip::own_measure<jobwerkstatt_t> {
  static constexpr amip::measure_info info{.key = "jobwerkstatt",
                                           .german_name = "Musterstädter Jobwerkstatt",
                                           .english_name = "Musterstadt job workshop",
                                           .abbreviation = "JW",
                                           .basis = {{"§ 16f", amip::social_code::sgb_ii}, "Freie Förderung"},
                                           .purpose = amip::purpose_group::free_support,
                                           .paid_from = amip::budget_line::egt};
};
constexpr jobwerkstatt_t jobwerkstatt{};
static_assert(amip::info_of(jobwerkstatt).basis.primary().section == "§ 16f");

// From data: a coaching bought as a measure with a provider (§ 45 SGB III through § 16 SGB II). What a file would
// give, as strings; declare_measure copies them and throws amip::invalid_measure naming whatever is missing.
amip::owned_measure bridge_coaching_from_data() {
  amip::measure_data data;
  data.key = "brueckencoaching";
  data.german_name = "Brückencoaching";
  data.english_name = "Bridge coaching";
  data.abbreviation = "BC";
  data.section = "§ 45 Abs. 1";
  data.book = amip::social_code::sgb_iii;
  data.heading = "Maßnahmen zur Aktivierung und beruflichen Eingliederung";
  data.via_section = "§ 16 Abs. 1 Satz 2 Nr. 2";
  data.via_book = amip::social_code::sgb_ii;
  data.purpose = amip::purpose_group::activation;
  data.paid_from = amip::budget_line::egt;
  return amip::declare_measure(data);
}

// Musterstadt's catalogue: amip's MAT and AGH and the two measures of its own. The labels are Musterstadt's (a
// programme prints its lines as it likes); a line without a label prints its measure's or purpose group's name.
amip::catalog musterstadt_catalog(amip::owned_measure const& coaching) {
  using amip::line_kind;
  using amip::children_rule;
  std::vector<amip::owned_line> lines{
      {"total", line_kind::total, amip::no_parent, children_rule::sum, {}, {}, false, "Gesamt", "Total"},
      {"I", line_kind::group, 0, children_rule::sum, {}, amip::purpose_group::activation},
      {"mat", line_kind::leaf, 1, children_rule::sum, amip::measure::mat, {}, true, "davon MAT (Musterstadt)"},
      {"brueckencoaching", line_kind::leaf, 1, children_rule::sum, coaching, {}, true},
      {"VI", line_kind::group, 0, children_rule::sum, {}, amip::purpose_group::subsidised_employment},
      {"agh", line_kind::leaf, 4, children_rule::sum, amip::measure::agh, {}, true},
      {"VII", line_kind::group, 0, children_rule::sum, {}, amip::purpose_group::free_support},
      {"jobwerkstatt", line_kind::leaf, 6, children_rule::sum, jobwerkstatt, {}, true},
  };
  return amip::catalog{"Planung Musterstadt", std::move(lines)};
}

// MADE-UP cost rates, one for each measure planned.
amip::cost_model musterstadt_rates(amip::owned_measure const& coaching) {
  using amip::cost_rate;
  auto const per_entry = [](std::int64_t euros) { return (amip::eur(euros) / (1 * amip::entries)).round(); };
  auto const per_month = [](std::int64_t euros) {
    return (amip::eur(euros) / ((1 * amip::entries) * (1 * amip::months))).round();
  };
  amip::cost_model rates;
  rates.set(amip::measure::mat, cost_rate::per_entry(per_entry(1'800)))
      .set(amip::measure::agh, cost_rate::per_month(per_month(350), 8 * amip::months))
      .set(coaching, cost_rate::per_entry(per_entry(2'400)))
      .set(jobwerkstatt, cost_rate::per_month(per_month(500), 6 * amip::months));
  return rates;
}

}  // namespace

int main() {
  auto const coaching = bridge_coaching_from_data();
  std::cout << "Maßnahmen von Musterstadt\n";
  for (amip::measure_ref const m : {amip::measure_ref{jobwerkstatt}, coaching.ref()}) {
    std::cout << "  " << m.key() << ": " << m.info().german_name << " (" << m.info().abbreviation << "), "
              << m.info().basis.text() << ", " << (m.is_static() ? "im Code deklariert" : "aus Daten deklariert")
              << '\n';
  }

  // The plan: Plan 2026 against Ergebnis 2025.
  auto const now = amip::plan_of(2026);
  auto const prior = amip::actual_of(2025);
  amip::plan<amip::entry_count> plan{musterstadt_catalog(coaching)};
  auto const e = [](std::int64_t n) { return n * amip::entries; };
  plan.state(amip::measure::mat, now, e(300)).state(amip::measure::mat, prior, e(250));
  plan.state(coaching, now, e(120)).state(coaching, prior, e(80));
  plan.state(amip::measure::agh, now, e(200)).state(amip::measure::agh, prior, e(210));
  plan.state(jobwerkstatt, now, e(60)).state(jobwerkstatt, prior, e(40));

  // The report: amip's own measures and Musterstadt's, named alike.
  std::cout << '\n'
            << amip::report::to_text(amip::compare(plan, now, prior), {}, amip::report::text_layout::aligned) << '\n';
  std::cout << "Summe nach Maßnahme 2026: Jobwerkstatt " << amip::report::format_count(plan.total(jobwerkstatt, now))
            << ", Brückencoaching " << amip::report::format_count(plan.total(coaching, now)) << "\n\n";

  // The cost of the plan to the EGT, with a rate for each measure (made up).
  auto const rates = musterstadt_rates(coaching);
  auto const spend = amip::planned_spend(plan, now, rates, amip::budget_line::egt);
  std::cout << "Kosten 2026 (EGT, Kostensätze erfunden)\n";
  for (auto const key : {"mat", "brueckencoaching", "agh", "jobwerkstatt", "total"}) {
    auto const line = spend.structure().at(key);
    std::cout << "  " << spend.structure().label(line) << ": " << amip::report::format_money(spend.total(line, now))
              << '\n';
  }
  std::cout << '\n';

  // Rules on the measures of one's own: the workshop grows at most moderately (up to 50 %), and the coaching grows.
  auto const rules = amip::rule{"jobwerkstatt-moderate", "Die Jobwerkstatt wächst maßvoll",
                                amip::checks::grows_moderately{jobwerkstatt, amip::percent(50)}} &&
                     amip::rule{"coaching-grows", "Das Brückencoaching wächst", amip::checks::grows{coaching}};
  auto const found = amip::check(plan, now, prior, rules);
  std::cout << found << found.count_failed() << " von " << found.size() << " Prüfungen nicht bestanden\n";
  return found.count_failed() == 0 ? 0 : 1;
}
