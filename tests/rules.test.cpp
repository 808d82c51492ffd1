// The rule API (amip/rules/) and the built-in plan rules of the Düsseldorf programme 2026
// (amip/programmes/duesseldorf_2026/rules.hpp): each built-in rule passes one plan and fails another, with the
// finding's figures asserted.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rules.hpp>
#include <amip/testing/catch_matchers.hpp>

#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "seed.hpp"

namespace duesseldorf = amip::duesseldorf_2026;
namespace builtin = amip::duesseldorf_2026;
using amip::actual_of;
using amip::entries;
using amip::plan_of;
using amip::projection_of;
using amip::severity;
using amip::testing::HasFinding;
using amip::testing::NoFindingsOf;
using amip::testing::plan_builder;

namespace {

constexpr auto egt = duesseldorf::egt_plan();
constexpr auto health = duesseldorf::health_project();

// The built-in plan rules run at compile time on the embedded plan: 8 findings, of which § 16e (a warning) and the
// funding reservation (an info) fail; no error.
constexpr amip::findings seed_findings() {
  return amip::check(amip::compare(egt, plan_of(2026), actual_of(2025)), builtin::plan_rules);
}
static_assert(seed_findings().size() == 8);
static_assert(seed_findings().count_failed(severity::error) == 0);
static_assert(seed_findings().count_failed(severity::warning) == 1);
static_assert(seed_findings().count_failed(severity::info) == 1);
static_assert(seed_findings()[4].rule_id() == "more-for-egz-esg-16e" && seed_findings()[4].is_about("p16e") &&
              seed_findings()[4].failed());

// A plan built for a test is constexpr too.
constexpr auto falling_agh =
    plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'200, 1'335).build();
static_assert(
    amip::check(falling_agh, plan_of(2026), actual_of(2025), builtin::agh_moderate_expansion).count_failed() == 1);

// The findings of one rule, on a plan stated by a builder.
template <class Rules>
amip::findings run(plan_builder<> const& b, Rules const& rules) {
  auto const p = b.build();
  return amip::check(p, b.now(), b.prior(), rules);
}

std::string text_of(amip::findings const& found) {
  std::ostringstream out;
  out << found;
  return out.str();
}

}  // namespace

TEST_CASE("the built-in plan rules on the seed's plan: § 16e falls although section 1 wants more for it") {
  auto const found = seed_findings();
  REQUIRE(found.size() == 8);
  CHECK_THAT(found, NoFindingsOf(severity::error));
  CHECK_THAT(found, HasFinding("more-for-egz-esg-16e").that_failed().about(amip::measure_id::p16e));
  CHECK_THAT(found, HasFinding("funding-reservation").that_failed().of_severity(severity::info));
  CHECK(found.count_failed() == 2);
  // The order is the order of the rules, and stable: running twice gives the same findings.
  std::vector<std::string> ids;
  for (auto const& f : found) ids.emplace_back(f.rule_id());
  CHECK(ids == std::vector<std::string>{"purchased-measures-grow-avgs-shrinks", "purchased-measures-grow-avgs-shrinks",
                                        "more-for-egz-esg-16e", "more-for-egz-esg-16e", "more-for-egz-esg-16e",
                                        "mag-grows", "agh-moderate-expansion", "funding-reservation"});
  CHECK(text_of(found) == text_of(seed_findings()));
  CHECK(amip::explanation(found[4]) ==
        "§ 16e change = 25 / 28 - 1 = -10,7 % ≤ 0 % (Plan 2026 against Ergebnis 2025): does not grow");
}

TEST_CASE("purchased measures grow at the expense of AVGS: passes on the seed, fails when AVGS grows") {
  auto const pass =
      run(plan_builder{egt, plan_of(2026), actual_of(2025)}, builtin::purchased_measures_grow_avgs_shrinks);
  REQUIRE(pass.size() == 2);
  CHECK(pass.all_passed());
  CHECK(pass[0].is_about("mat"));
  CHECK(pass[0].is_about("mag"));
  CHECK(pass[0].value_of("now") == 2'944);  // MAT 1.994 + MAG 950
  CHECK(pass[0].value_of("prior") == 1'731);
  CHECK(pass[0].value_of("change") == 701);  // +70,1 %
  CHECK(pass[1].is_about("avgs_mat"));
  CHECK(pass[1].value_of("change") == -235);
  CHECK(pass[0].reference() == "Abschnitt 1");
  CHECK(pass[0].level() == severity::warning);

  auto const fail = run(plan_builder{egt, plan_of(2026), actual_of(2025)}
                            .with(amip::measure::mat, 1'000, 1'162)
                            .with(amip::measure::mag, 500, 569)
                            .with(amip::measure::avgs_mat, 2'000, 1'962),
                        builtin::purchased_measures_grow_avgs_shrinks);
  REQUIRE(fail.size() == 2);
  CHECK(fail.count_failed() == 2);
  CHECK(fail[0].value_of("now") == 1'500);
  CHECK(fail[0].value_of("change") == -133);  // 1.500 / 1.731 - 1 = -13,3 %
  CHECK(fail[1].value_of("now") == 2'000);
  CHECK(fail[1].value_of("change") == 19);  // 2.000 / 1.962 - 1 = +1,9 %
  CHECK(amip::explanation(fail[1]) ==
        "AVGS-MAT change = 2.000 / 1.962 - 1 = +1,9 % ≥ 0 % (Plan 2026 against Ergebnis 2025): does not shrink");
}

TEST_CASE("more for EGZ, ESG and § 16e: one finding per measure, passes when § 16e grows") {
  auto const pass = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::p16e, 30, 28),
                        builtin::more_for_egz_esg_16e);
  REQUIRE(pass.size() == 3);
  CHECK(pass.all_passed());
  CHECK(pass[0].is_about("egz"));
  CHECK(pass[0].value_of("change") == 575);
  CHECK(pass[1].is_about("einstiegsgeld"));
  CHECK(pass[1].value_of("change") == 339);
  CHECK(pass[2].value_of("now") == 30);
  CHECK(pass[2].value_of("change") == 71);  // 30 / 28 - 1 = +7,1 %

  auto const fail =
      run(plan_builder{egt, plan_of(2026), actual_of(2025)}, builtin::more_for_egz_esg_16e);  // the seed: 25 against 28
  CHECK(fail.count_failed() == 1);
  CHECK_THAT(fail, HasFinding("more-for-egz-esg-16e").that_failed().about("p16e").with_figure("now", 25));
  CHECK(fail[2].value_of("prior") == 28);
  CHECK(fail[2].value_of("change") == -107);
}

TEST_CASE("MAG grows: passes on the seed, fails when MAG falls") {
  auto const pass = run(plan_builder{egt, plan_of(2026), actual_of(2025)}, builtin::mag_grows);
  REQUIRE(pass.size() == 1);
  CHECK(pass[0].passed());
  CHECK(pass[0].value_of("now") == 950);
  CHECK(pass[0].value_of("prior") == 569);
  CHECK(pass[0].value_of("change") == 670);
  CHECK(pass[0].reference() == "Abschnitt 3");

  auto const fail =
      run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::mag, 500), builtin::mag_grows);
  REQUIRE(fail.size() == 1);
  CHECK(fail[0].failed());
  CHECK(fail[0].value_of("now") == 500);
  CHECK(fail[0].value_of("change") == -121);  // 500 / 569 - 1 = -12,1 %
}

TEST_CASE("AGH expand moderately: up to 25 % by amip's assumption, too fast or not at all fails") {
  auto const pass = run(plan_builder{egt, plan_of(2026), actual_of(2025)}, builtin::agh_moderate_expansion);
  REQUIRE(pass.size() == 1);
  CHECK(pass[0].passed());
  CHECK(pass[0].value_of("change") == 199);  // 1.600 / 1.335 - 1 = +19,9 %
  CHECK(pass[0].value_of("limit") == 250);   // 25,0 %, amip's reading of "moderat"
  CHECK(amip::explanation(pass[0]) ==
        "AGH change = 1.600 / 1.335 - 1 = +19,9 %: > 0 % and ≤ 25 % (Plan 2026 against Ergebnis 2025)");
  CHECK(builtin::moderate_agh_growth == amip::percent(25));

  auto const too_fast = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'700),
                            builtin::agh_moderate_expansion);
  REQUIRE(too_fast.size() == 1);
  CHECK(too_fast[0].failed());
  CHECK(too_fast[0].value_of("change") == 273);  // 1.700 / 1.335 - 1 = +27,3 %
  CHECK(amip::explanation(too_fast[0]) ==
        "AGH change = 1.700 / 1.335 - 1 = +27,3 % > 25 % (Plan 2026 against Ergebnis "
        "2025): grows more than moderately");

  auto const flat = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'335),
                        builtin::agh_moderate_expansion);
  CHECK(flat[0].failed());
  CHECK(flat[0].value_of("change") == 0);

  // "Moderate" is a parameter: with 30 % the same plan passes.
  auto const wider = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'700),
                         builtin::agh_moderate_expansion_up_to(amip::percent(30)));
  CHECK(wider[0].passed());
  CHECK(wider[0].value_of("limit") == 300);
}

TEST_CASE("the funding reservation is an open info finding until the allocation is known") {
  auto const open = run(plan_builder{egt, plan_of(2026), actual_of(2025)}, builtin::funding_reservation);
  REQUIRE(open.size() == 1);
  CHECK(open[0].failed());
  CHECK(open[0].level() == severity::info);
  CHECK(open[0].value_of("allocation known") == 0);
  CHECK(open[0].reference() == "Abschnitt 2; Anlage 1");
  CHECK_THAT(open, NoFindingsOf(severity::error));
  CHECK_THAT(open, NoFindingsOf(severity::warning));

  auto const lifted = run(plan_builder{egt, plan_of(2026), actual_of(2025)},
                          builtin::funding_reservation_given(builtin::allocation_status::known));
  REQUIRE(lifted.size() == 1);
  CHECK(lifted[0].passed());
  CHECK(lifted[0].value_of("allocation known") == 1);
}

TEST_CASE("the health project target lies above last year's: 390 against 360, a target of 350 fails") {
  auto const pass =
      amip::check(amip::compare(health, plan_of(2026), projection_of(2025)), builtin::health_project_above_last_year);
  REQUIRE(pass.size() == 1);
  CHECK(pass[0].passed());
  CHECK(pass[0].is_about("health_project"));
  CHECK(pass[0].value_of("now") == 390);
  CHECK(pass[0].value_of("prior") == 360);
  CHECK(pass[0].value_of("change") == 83);  // +8,3 %
  CHECK(amip::explanation(pass[0]) ==
        "health project participants change = 390 / 360 - 1 = +8,3 % > 0 % (Plan 2026 against Hochrechnung 2025)");
  CHECK(pass[0].reference() == "Abschnitt 5.2");

  auto lower = duesseldorf::health_project();
  lower.restate(amip::line_index{0}, plan_of(2026), 350 * amip::persons);
  auto const fail =
      amip::check(amip::compare(lower, plan_of(2026), projection_of(2025)), builtin::health_project_above_last_year);
  REQUIRE(fail.size() == 1);
  CHECK(fail[0].failed());
  CHECK(fail[0].value_of("now") == 350);
  CHECK(fail[0].value_of("change") == -28);  // 350 / 360 - 1 = -2,8 %
}

TEST_CASE("about 50 % of FbW ao entries are Umschulungen: 180 of 360 passes, 150 fails") {
  auto const retraining = amip::duesseldorf_2026::retraining_of(egt, plan_of(2026), 180 * entries);
  CHECK(retraining.fbw_ao_entries == 360 * entries);
  auto const pass = amip::check(retraining, builtin::umschulung_share);
  REQUIRE(pass.size() == 1);
  CHECK(pass[0].passed());
  CHECK(pass[0].is_about("fbw_ao"));
  CHECK(pass[0].value_of("umschulungen") == 180);
  CHECK(pass[0].value_of("ao entries") == 360);
  CHECK(pass[0].value_of("share") == 500);
  CHECK(pass[0].value_of("minimum") == 500);
  CHECK(amip::explanation(pass[0]) == "ao Umschulung share = 180 / 360 = 50,0 % ≥ 50 %");
  CHECK(amip::explanation(pass[0], amip::language::english) == "ao Umschulung share = 180 / 360 = 50.0 % ≥ 50 %");

  auto const fail =
      amip::check(amip::duesseldorf_2026::retraining_figures{360 * entries, 150 * entries}, builtin::umschulung_share);
  REQUIRE(fail.size() == 1);
  CHECK(fail[0].failed());
  CHECK(fail[0].value_of("share") == 417);  // 41,7 %
  CHECK(amip::explanation(fail[0]) == "ao Umschulung share = 150 / 360 = 41,7 % < 50 %");

  // amip reads "rd." as a floor; a tolerance is the caller's choice.
  auto const tolerant = amip::check(amip::duesseldorf_2026::retraining_figures{360 * entries, 150 * entries},
                                    builtin::umschulung_share_with_tolerance(amip::percent(10)));
  CHECK(tolerant[0].passed());
  CHECK(tolerant[0].value_of("minimum") == 400);
  CHECK(amip::explanation(tolerant[0]) ==
        "ao Umschulung share = 150 / 360 = 41,7 % ≥ 40 % (rd. 50 % less a tolerance of 10 %)");

  auto const none =
      amip::check(amip::duesseldorf_2026::retraining_figures{0 * entries, 0 * entries}, builtin::umschulung_share);
  CHECK(none[0].failed());
}

TEST_CASE("contact every 14 days for customers close to the labour market: 14 passes, 21 fails") {
  auto const pass =
      amip::check(amip::duesseldorf_2026::contact_density{14 * amip::days}, builtin::contact_every_14_days);
  REQUIRE(pass.size() == 1);
  CHECK(pass[0].passed());
  CHECK(pass[0].value_of("interval") == 14);
  CHECK(pass[0].value_of("limit") == 14);

  auto const fail =
      amip::check(amip::duesseldorf_2026::contact_density{21 * amip::days}, builtin::contact_every_14_days);
  REQUIRE(fail.size() == 1);
  CHECK(fail[0].failed());
  CHECK(fail[0].value_of("interval") == 21);
  CHECK(amip::explanation(fail[0]) == "contact interval for customers close to the labour market = 21 days > 14 days");
}

TEST_CASE("§ 16e only for permanent jobs in the private sector: one finding per condition") {
  auto const pass =
      amip::check(amip::duesseldorf_2026::p16e_placement{amip::duesseldorf_2026::employment_term::permanent,
                                                         amip::duesseldorf_2026::employer_sector::private_sector},
                  builtin::p16e_permanent_private_sector);
  REQUIRE(pass.size() == 2);
  CHECK(pass.all_passed());
  CHECK(pass[0].value_of("permanent") == 1);
  CHECK(pass[1].value_of("private sector") == 1);
  CHECK(pass[0].is_about("p16e"));
  CHECK(pass[0].level() == severity::error);

  auto const fixed_term =
      amip::check(amip::duesseldorf_2026::p16e_placement{amip::duesseldorf_2026::employment_term::fixed_term,
                                                         amip::duesseldorf_2026::employer_sector::private_sector},
                  builtin::p16e_permanent_private_sector);
  CHECK(fixed_term.count_failed() == 1);
  CHECK(fixed_term[0].value_of("permanent") == 0);

  auto const both =
      amip::check(amip::duesseldorf_2026::p16e_placement{amip::duesseldorf_2026::employment_term::fixed_term,
                                                         amip::duesseldorf_2026::employer_sector::non_profit},
                  builtin::p16e_permanent_private_sector);
  CHECK(both.count_failed(severity::error) == 2);
  CHECK(amip::explanation(both[1]) ==
        "§ 16e job: private sector (freie Wirtschaft) = no, a non-profit employer; § 16e is meant for the private "
        "sector");
}

TEST_CASE("every built-in rule cites a section of the seed whose text states it") {
  // The phrase each rule rests on, and the section (a heading line of the seed) it stands in.
  struct citation {
    std::string_view rule_id;
    std::string_view section_heading;
    std::string_view phrase;
  };
  std::vector<citation> const citations{
      {"purchased-measures-grow-avgs-shrinks", "1. Einführung und Grundlagen für 2026",
       "Dieser Ausbau geht zu Lasten der Möglichkeiten über den Aktivierungs- und Vermittlungsgutschein"},
      {"more-for-egz-esg-16e", "1. Einführung und Grundlagen für 2026",
       "Mehr Mittel für EGZ, ESG und § 16e Förderungen"},
      {"mag-grows", "3. Geschäftspolitische Schwerpunkte und Handlungsstrategien für 2026",
       "Steigerung der Maßnahmen beim Arbeitgeber (MAG)"},
      {"agh-moderate-expansion", "1. Einführung und Grundlagen für 2026",
       "Moderater Ausbau der Plätze in Arbeitsgelegenheiten"},
      {"funding-reservation", "2. Rahmenbedingungen für 2026", "Die Planung steht unter einem Finanzierungsvorbehalt"},
      {"funding-reservation", "Anlage 1: Kennzahlen 2026", "Die Planung steht unter einem Finanzierungsvorbehalt"},
      {"health-project-above-last-year", "5.2. Fortsetzung Modellprojekt Gesundheitsförderung",
       "Jahr 2026\t390 Teilnehmende als Ziel"},
      {"umschulung-share-ao", "4. Gemeinsame Bildungszielplanung mit der Agentur für Arbeit",
       "davon rd. 50% in Umschulungen mit Abschluss"},
      {"contact-every-14-days", "3. Geschäftspolitische Schwerpunkte und Handlungsstrategien für 2026",
       "Fortsetzung der angestrebten 14-tägigen Kontaktdichte marktnäherer Kundinnen und Kunden"},
      {"p16e-permanent-private-sector", "3. Geschäftspolitische Schwerpunkte und Handlungsstrategien für 2026",
       "§ 16e für unbefristete Beschäftigungsverhältnisse in der freien Wirtschaft"},
  };
  // Whether a reference ("Abschnitte 3, 4", "Abschnitt 2; Anlage 1") names the section of a heading: its number as
  // a whole token ("5.2" for "5.2. …"), or "Anlage 1" for "Anlage 1: …".
  auto const cites = [](std::string_view reference, std::string_view heading) {
    if (heading.starts_with("Anlage")) return reference.find(heading.substr(0, 8)) != std::string_view::npos;
    auto const number = heading.substr(0, heading.find(". "));
    std::string token;
    for (char const ch : std::string(reference) + " ") {
      if ((ch >= '0' && ch <= '9') || ch == '.') {
        token += ch;
      } else {
        if (token == number) return true;
        token.clear();
      }
    }
    return false;
  };
  auto const seed = amip_test::seed_text();
  // The section a position of the seed lies in: the last heading line before it (the table of contents has page
  // numbers after a tab, so its lines are not heading lines).
  auto const section_at = [&](std::size_t position) {
    std::string last;
    for (std::string_view const heading :
         {"1. Einführung und Grundlagen für 2026", "2. Rahmenbedingungen für 2026",
          "3. Geschäftspolitische Schwerpunkte und Handlungsstrategien für 2026",
          "4. Gemeinsame Bildungszielplanung mit der Agentur für Arbeit", "5. Gesundheit im Fokus",
          "5.2. Fortsetzung Modellprojekt Gesundheitsförderung",
          "6. Besondere Zielgruppen: Bewährtes fortsetzen und "
          "Neues erproben",
          "Anlage 1: Kennzahlen 2026"}) {
      auto const at = seed.find("\n" + std::string(heading) + "\n");
      if (at != std::string::npos && at < position) last = heading;
    }
    return last;
  };
  // Every rule's reference, from a run of all of them.
  amip::findings all = seed_findings();
  all.append(
      amip::check(amip::compare(health, plan_of(2026), projection_of(2025)), builtin::health_project_above_last_year));
  all.append(
      amip::check(amip::duesseldorf_2026::retraining_figures{360 * entries, 180 * entries}, builtin::umschulung_share));
  all.append(amip::check(amip::duesseldorf_2026::contact_density{14 * amip::days}, builtin::contact_every_14_days));
  all.append(amip::check(amip::duesseldorf_2026::p16e_placement{}, builtin::p16e_permanent_private_sector));

  for (auto const& c : citations) {
    INFO(c.rule_id << ": \"" << c.phrase << "\"");
    std::vector<std::string> sections;
    for (auto at = seed.find(c.phrase); at != std::string::npos; at = seed.find(c.phrase, at + 1)) {
      sections.push_back(section_at(at));
    }
    CHECK_THAT(sections, Catch::Matchers::VectorContains(std::string(c.section_heading)));
    auto const of_rule = all.of(c.rule_id);
    REQUIRE_FALSE(of_rule.empty());
    INFO("reference: " << of_rule[0].reference());
    CHECK(cites(of_rule[0].reference(), c.section_heading));
  }
}

TEST_CASE("a user's rule in a few lines: a bool check explains itself with its title") {
  constexpr auto agh_not_faster =
      amip::rule{"agh-not-faster-than-16i", "AGH grows no faster than § 16i",
                 [](auto const& cmp) { return cmp.change(amip::measure::agh) <= cmp.change(amip::measure::p16i); }};
  STATIC_REQUIRE(agh_not_faster.level() == severity::error);
  STATIC_REQUIRE(agh_not_faster.reference().empty());
  auto const found = amip::check(egt, plan_of(2026), actual_of(2025), builtin::plan_rules && agh_not_faster);
  REQUIRE(found.size() == 9);
  CHECK(found[8].rule_id() == "agh-not-faster-than-16i");
  CHECK(found[8].passed());  // +19,9 % against +82,7 %
  CHECK(amip::explanation(found[8]) == "AGH grows no faster than § 16i: holds");
  CHECK(found[8].now_period() == plan_of(2026));

  auto const cited = agh_not_faster.citing("own analysis").with_severity(severity::warning);
  auto const faster = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 3'000), cited);
  REQUIRE(faster.size() == 1);
  CHECK(faster[0].failed());
  CHECK(faster[0].level() == severity::warning);
  CHECK(amip::to_string(faster[0]) ==
        "[warning] FAILED agh-not-faster-than-16i (own analysis): AGH grows no faster than § 16i: does not hold");
}

TEST_CASE("a check returns an outcome with a formula, figures and the lines concerned") {
  auto const rule =
      amip::rule{"agh-not-faster-than-16i", "AGH grows no faster than § 16i", [](auto const& cmp) {
                   auto const agh = cmp.change(amip::measure::agh);
                   auto const p16i = cmp.change(amip::measure::p16i);
                   return amip::outcome{agh <= p16i,
                                        "AGH change {0} ≤ § 16i change {1}",
                                        {amip::change_figure("AGH", agh), amip::change_figure("§ 16i", p16i)}}
                       .concerning(amip::measure::agh)
                       .concerning(amip::measure::p16i);
                 }};
  auto const found = amip::check(egt, plan_of(2026), actual_of(2025), rule);
  REQUIRE(found.size() == 1);
  CHECK(found[0].passed());
  CHECK(found[0].is_about(amip::measure_id::agh));
  CHECK(found[0].is_about("p16i"));
  CHECK(found[0].value_of("AGH") == 199);
  CHECK(found[0].value_of("§ 16i") == 827);
  CHECK(amip::explanation(found[0]) == "AGH change +19,9 % ≤ § 16i change +82,7 %");
  CHECK(amip::explanation(found[0], amip::language::english) == "AGH change +19.9 % ≤ § 16i change +82.7 %");
}

TEST_CASE("a change without a value is unordered: a rule comparing it does not hold") {
  // § 16h: 0 against 0 is a change of 0; § 16c: 5 against 0 has no percentage.
  auto const p = plan_builder{amip::duesseldorf_2026::anlage1, plan_of(2026), actual_of(2025)}
                     .with(amip::measure::p16c, 5, 0)
                     .build();
  auto const cmp = amip::compare(p, plan_of(2026), actual_of(2025));
  auto const p16h = cmp.change(amip::measure::p16h);
  auto const p16c = cmp.change(amip::measure::p16c);
  bool const zero_against_zero = p16h <= p16h;
  bool const ordered = p16c <= p16h || p16c > p16h;
  CHECK(zero_against_zero);
  CHECK_FALSE(ordered);
  // So a user's rule comparing them does not hold, rather than pretending an order.
  auto const user_rule = amip::rule{"p16c-not-faster-than-16h", "§ 16c grows no faster than § 16h", [](auto const& c) {
                                      return c.change(amip::measure::p16c) <= c.change(amip::measure::p16h);
                                    }};
  CHECK(amip::check(cmp, user_rule)[0].failed());
  // A growth check reads "grows from zero" rather than a percentage.
  auto const found =
      amip::check(cmp, amip::rule{"p16c-grows", "§ 16c grows", amip::checks::grows{amip::measure::p16c}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].passed());
  CHECK_FALSE(found[0].value_of("change").has_value());
  CHECK(amip::explanation(found[0]) == "§ 16c: 5 against 0: grows from zero (Plan 2026 against Ergebnis 2025)");
}

TEST_CASE("a line without figures fails a growth check, naming the periods") {
  auto const found = amip::check(egt, plan_of(2027), actual_of(2026), builtin::mag_grows);
  REQUIRE(found.size() == 1);
  CHECK(found[0].failed());
  CHECK(amip::explanation(found[0]) == "MAG: no figure for Plan 2027 or Ergebnis 2026, so no change");
}

TEST_CASE("a subject comparing two periods names them in its findings, whether or not it is a plan's comparison") {
  // rule.hpp knows a comparison only by its periods (ComparesPeriods), not by amip::comparison.
  struct two_years {
    std::int64_t now_value;
    std::int64_t prior_value;
    [[nodiscard]] constexpr amip::period now_period() const { return plan_of(2026); }
    [[nodiscard]] constexpr amip::period prior_period() const { return actual_of(2025); }
  };
  STATIC_REQUIRE(amip::ComparesPeriods<two_years>);
  STATIC_REQUIRE_FALSE(amip::PlanComparison<two_years>);
  STATIC_REQUIRE_FALSE(amip::ComparesPeriods<int>);
  auto const more = amip::rule{
      "more", "more than before", [](two_years const& y) {
        return amip::outcome{y.now_value > y.prior_value,
                             "{0} > {1} ({now_period} against {prior_period})",
                             {amip::integer_figure("now", y.now_value), amip::integer_figure("prior", y.prior_value)}};
      }};
  auto const found = amip::check(two_years{3, 2}, more);
  REQUIRE(found.size() == 1);
  CHECK(found[0].now_period() == plan_of(2026));
  CHECK(found[0].prior_period() == actual_of(2025));
  CHECK(amip::explanation(found[0]) == "3 > 2 (Plan 2026 against Ergebnis 2025)");
  // Any other subject: no periods.
  CHECK_FALSE(amip::check(0, amip::rule{"yes", "always", [](int) { return true; }})[0].now_period().has_value());
}

TEST_CASE("rules compose: all_of in order, any_of, not_, only_when, inspecting, && || ! alike") {
  constexpr auto yes = amip::rule{"yes", "always", [](auto const&) { return true; }};
  constexpr auto no = amip::rule{"no", "never", [](auto const&) { return false; }};
  int const subject = 0;

  STATIC_REQUIRE(amip::check(subject, amip::all_of(yes, no, yes)).size() == 3);
  auto const both = amip::check(subject, yes && no);
  REQUIRE(both.size() == 2);
  CHECK(both[0].rule_id() == "yes");
  CHECK(both[1].rule_id() == "no");

  // any_of: the findings of the first alternative that holds; when none holds, every alternative's findings.
  auto const either = amip::check(subject, no || yes);
  REQUIRE(either.size() == 1);
  CHECK(either[0].rule_id() == "yes");
  CHECK(either.all_passed());
  auto const neither = amip::check(subject, amip::any_of(no, !yes));
  REQUIRE(neither.size() == 2);
  CHECK(neither.count_failed() == 2);

  // not_: each finding turned round and marked.
  auto const negated = amip::check(subject, !no);
  REQUIRE(negated.size() == 1);
  CHECK(negated[0].passed());
  CHECK(negated[0].is_negated());
  CHECK(amip::explanation(negated[0]) == "not (never: does not hold)");
  CHECK(amip::check(subject, amip::not_(amip::not_(no)))[0].failed());

  // only_when: no findings where the condition does not hold.
  auto const positive = [](int x) { return x > 0; };
  CHECK(amip::check(subject, amip::only_when(positive, no)).empty());
  CHECK(amip::check(1, amip::only_when(positive, no)).size() == 1);

  // inspecting: rules over different subjects in one set.
  struct programme {
    amip::duesseldorf_2026::retraining_figures retraining;
    amip::duesseldorf_2026::contact_density contact;
  };
  programme const draft{{360 * entries, 180 * entries}, {21 * amip::days}};
  auto const found = amip::check(draft, amip::inspecting(&programme::retraining, builtin::umschulung_share) &&
                                            amip::inspecting(&programme::contact, builtin::contact_every_14_days));
  REQUIRE(found.size() == 2);
  CHECK(found[0].passed());
  CHECK(found[1].failed());
}

TEST_CASE("findings count, filter and print") {
  auto const found = seed_findings();
  CHECK(found.count_passed() == 6);
  CHECK(found.of("more-for-egz-esg-16e").size() == 3);
  CHECK(found.failures().size() == 2);
  CHECK_FALSE(found.all_passed());
  CHECK(amip::findings{}.all_passed());
  auto const lines = text_of(found);
  CHECK_THAT(lines, Catch::Matchers::StartsWith("[warning] passed purchased-measures-grow-avgs-shrinks (Abschnitt 1): "
                                                "MAT + MAG change = 2.944 / 1.731 - 1 = +70,1 % > 0 % (Plan 2026 "
                                                "against Ergebnis 2025)\n"));
  CHECK_THAT(lines, Catch::Matchers::Contains("[info] FAILED funding-reservation (Abschnitt 2; Anlage 1): the plan "
                                              "stands under a funding reservation (Finanzierungsvorbehalt)"));
}

TEST_CASE("a rule without an id or a title is refused") {
  auto const no_id = [] { return amip::rule{"", "title", [](int) { return true; }}; };
  CHECK_THROWS_AS(no_id(), std::invalid_argument);
  auto const no_title = [] { return amip::rule{"id", "", [](int) { return true; }}; };
  CHECK_THROWS_AS(no_title(), std::invalid_argument);
}

TEST_CASE("an outcome holds at most 8 figures and 4 lines") {
  auto o = amip::outcome{true};
  for (int i = 0; i < 8; ++i) o = o.with(amip::integer_figure("n", i));
  CHECK_THROWS_AS(o.with(amip::integer_figure("n", 8)), std::length_error);
  auto c = amip::outcome{true}.concerning("a").concerning("b").concerning("c").concerning("d");
  CHECK_THROWS_AS(c.concerning("e"), std::length_error);
}

namespace {

// Two findings alike in every field a report or a test reads.
void require_same(amip::finding const& a, amip::finding const& b) {
  CHECK(a.rule_id() == b.rule_id());
  CHECK(a.title() == b.title());
  CHECK(a.level() == b.level());
  CHECK(a.passed() == b.passed());
  CHECK(a.is_negated() == b.is_negated());
  CHECK(a.result().formula() == b.result().formula());
  CHECK(a.result().label() == b.result().label());
  CHECK(std::vector(a.figures().begin(), a.figures().end()) == std::vector(b.figures().begin(), b.figures().end()));
  CHECK(std::vector(a.concerns().begin(), a.concerns().end()) == std::vector(b.concerns().begin(), b.concerns().end()));
  CHECK(a.now_period() == b.now_period());
  CHECK(a.prior_period() == b.prior_period());
  CHECK(amip::explanation(a, amip::language::german) == amip::explanation(b, amip::language::german));
  CHECK(amip::explanation(a, amip::language::english) == amip::explanation(b, amip::language::english));
}

// The same rule, its check called as a user's check is: returning outcomes that are copied into the findings.
template <class Check>
auto as_users_rule(amip::rule<Check> const& r) {
  return amip::rule{r.info(), [check = r.check()](auto const& cmp) { return check(cmp); }};
}

}  // namespace

TEST_CASE("check_into gives what check gives, replacing the findings it is handed and keeping their storage") {
  auto const cmp = amip::compare(egt, plan_of(2026), actual_of(2025));
  amip::findings out;
  amip::check_into(out, cmp, builtin::plan_rules);
  auto const expected = amip::check(cmp, builtin::plan_rules);
  REQUIRE(out.size() == 8);
  for (std::size_t i = 0; i < out.size(); ++i) require_same(out[i], expected[i]);

  auto const* storage = &out[0];
  auto const other = amip::compare(falling_agh, plan_of(2026), actual_of(2025));
  auto const& returned = amip::check_into(out, other, builtin::plan_rules);
  CHECK(&returned == &out);
  REQUIRE(out.size() == 8);  // replaced, not appended
  CHECK(&out[0] == storage);
  auto const expected_other = amip::check(other, builtin::plan_rules);
  for (std::size_t i = 0; i < out.size(); ++i) require_same(out[i], expected_other[i]);
  CHECK(out.count_failed() == 3);  // § 16e and the reservation as on the seed, and now AGH

  STATIC_REQUIRE([] {
    amip::findings found;
    amip::check_into(found, amip::compare(egt, plan_of(2026), actual_of(2025)), builtin::mag_grows);
    amip::check_into(found, amip::compare(egt, plan_of(2026), actual_of(2025)), builtin::more_for_egz_esg_16e);
    return found.size() == 3 && found[2].failed() && found[2].is_about("p16e");
  }());
}

TEST_CASE("the built-in checks give the same findings built in place as their outcomes copied") {
  constexpr auto from_zero = plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::p16c, 5, 0).build();
  constexpr auto shrinking =
      plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::avgs_mat, 10, 0).build();
  std::vector<amip::comparison<amip::fixed_plan<amip::entry_count>>> const subjects{
      amip::compare(egt, plan_of(2026), actual_of(2025)),
      amip::compare(falling_agh, plan_of(2026), actual_of(2025)),
      amip::compare(from_zero, plan_of(2026), actual_of(2025)),
      amip::compare(shrinking, plan_of(2026), actual_of(2025)),
      amip::compare(egt, plan_of(2027), actual_of(2026)),  // no figures
  };
  auto const p16c_grows = amip::rule{"p16c-grows", "§ 16c grows", amip::checks::grows{amip::measure::p16c}};
  auto const fast_agh = builtin::agh_moderate_expansion_up_to(amip::percent(1));
  auto const purchased = amip::rule{"purchased", "MAT and MAG grow",
                                    amip::checks::total_grows{"MAT + MAG", amip::measure::mat, amip::measure::mag}};
  auto const avgs_shrinks = amip::rule{"avgs-shrinks", "AVGS shrinks", amip::checks::shrinks{amip::measure::avgs_mat}};
  for (auto const& cmp : subjects) {
    auto const compare_both = [&](auto const& r) {
      auto const in_place = amip::check(cmp, r);
      auto const copied = amip::check(cmp, as_users_rule(r));
      REQUIRE(in_place.size() == copied.size());
      for (std::size_t i = 0; i < in_place.size(); ++i) require_same(in_place[i], copied[i]);
    };
    compare_both(builtin::more_for_egz_esg_16e);  // checks::grows, three lines
    compare_both(builtin::mag_grows);
    compare_both(p16c_grows);
    compare_both(builtin::agh_moderate_expansion);  // checks::grows_moderately
    compare_both(fast_agh);
    compare_both(purchased);     // checks::total_grows
    compare_both(avgs_shrinks);  // checks::shrinks
  }
}

TEST_CASE("findings are values: copies, moves, clearing and adding their own findings keep every field") {
  auto const seed = amip::check(amip::compare(egt, plan_of(2026), actual_of(2025)), builtin::plan_rules);
  REQUIRE(seed.size() == 8);
  auto const same_as_seed = [&](amip::findings const& f, std::size_t from = 0) {
    for (std::size_t i = 0; i + from < f.size() && i < seed.size(); ++i) require_same(f[i + from], seed[i]);
  };

  amip::findings found;
  amip::check_into(found, amip::compare(falling_agh, plan_of(2026), actual_of(2025)), builtin::plan_rules);
  amip::check_into(found, amip::compare(egt, plan_of(2026), actual_of(2025)), builtin::mag_grows);
  REQUIRE(found.size() == 1);  // seven spare findings behind it
  CHECK(std::distance(found.begin(), found.end()) == 1);
  CHECK_THROWS_WITH(found[1], "amip: finding 1 of 1 asked for");

  auto copy = found;  // copies the one finding, not the spares
  CHECK(copy.size() == 1);
  require_same(copy[0], found[0]);
  copy = seed;  // assigned into its storage
  REQUIRE(copy.size() == 8);
  same_as_seed(copy);

  auto moved = std::move(copy);
  REQUIRE(moved.size() == 8);
  same_as_seed(moved);
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from findings is empty, and usable
  copy.add(seed[3]);
  REQUIRE(copy.size() == 1);
  require_same(copy[0], seed[3]);

  amip::findings full = seed;  // no spare: adding one of its own makes room first
  full.add(full[7]);
  REQUIRE(full.size() == 9);
  require_same(full[8], seed[7]);

  moved.append(moved);  // its own findings, twice
  REQUIRE(moved.size() == 16);
  same_as_seed(moved);
  same_as_seed(moved, 8);

  moved.clear();
  CHECK(moved.empty());
  moved.add(seed[0]);   // into a spare
  moved.add(moved[0]);  // one of its own, into the next spare
  REQUIRE(moved.size() == 2);
  require_same(moved[0], seed[0]);
  require_same(moved[1], seed[0]);
  CHECK(moved.count_failed() == 0);
  CHECK(moved.of("purchased-measures-grow-avgs-shrinks").size() == 2);
  CHECK(moved.failures().empty());
}

namespace {
// A user's check derived from a built-in one, with an operator() of its own.
struct mag_falls : amip::checks::grows<1> {
  mag_falls() : grows{amip::measure::mag} {}
  template <class Subject>
  amip::outcome operator()(Subject const& cmp) const {
    return grows::operator()(cmp)[0].negated().labelled("MAG falls");
  }
};
}  // namespace

TEST_CASE("a check derived from a built-in one is run through its own operator()") {
  auto const found = amip::check(amip::compare(egt, plan_of(2026), actual_of(2025)),
                                 amip::rule{"mag-falls", "MAG falls", mag_falls{}});
  REQUIRE(found.size() == 1);
  CHECK(found[0].is_negated());
  CHECK(found[0].failed());  // MAG grows on the seed's plan: 950 against 569 (Anlage 1)
  CHECK(found[0].result().label() == "MAG falls");
}

TEST_CASE("a growth check over several lines adds no finding when one of its lines overflows") {
  constexpr auto huge = std::numeric_limits<std::int64_t>::max() / 2 + 1;
  amip::plan<amip::entry_count> p = egt;
  p.restate(amip::measure::mat, plan_of(2026), huge * entries)
      .restate(amip::measure::mag, plan_of(2026), huge * entries);
  auto const group_i =
      amip::checks::line_ref{amip::duesseldorf_2026::anlage1[amip::duesseldorf_2026::lines::group_i].key, "I"};
  auto const r = amip::rule{"grows", "AGH and group I grow", amip::checks::grows{amip::measure::agh, group_i}};
  auto const cmp = amip::compare(p, plan_of(2026), actual_of(2025));
  amip::findings out;
  amip::check_into(out, cmp, builtin::mag_grows);
  REQUIRE(out.size() == 1);
  CHECK_THROWS_AS(amip::check_into(out, cmp, builtin::mag_grows && r), amip::overflow_error);
  CHECK(out.size() == 1);  // mag_grows ran first; of r, not even AGH's finding
  CHECK(out[0].rule_id() == "mag-grows");
  CHECK_THROWS_AS(amip::check(cmp, as_users_rule(r)), amip::overflow_error);
}

TEST_CASE("a formula chosen at run time with a placeholder that names nothing is an error naming it and the rule") {
  // The formula is a std::string built at run time, so only rendering can check it.
  std::string const typo = std::string("{lable}") + " = {0}";
  std::string const beyond = "{label} = {0} + {1}";
  std::string const period = "{label} in {now_period}";
  auto const rule_with = [](std::string const& formula) {
    return amip::rule{amip::rule_info{"typo-rule", "A rule with a formula", ""}, [&formula](int subject) {
                        return amip::outcome{
                            subject > 0, std::string_view{formula}, {amip::integer_figure("subject", subject)}}
                            .labelled("n");
                      }};
  };
  auto const typo_found = amip::check(5, rule_with(typo));
  REQUIRE(typo_found.size() == 1);
  CHECK_THROWS_AS(amip::explanation(typo_found[0]), amip::formula_error);
  CHECK_THROWS_WITH(amip::explanation(typo_found[0]),
                    "amip: the formula of rule \"typo-rule\" has the placeholder {lable}, which names no figure; use "
                    "{0} … {7} for the figures, {label}, {now_period} or {prior_period}");
  // {1} of one figure
  CHECK_THROWS_WITH(amip::explanation(amip::check(5, rule_with(beyond))[0]),
                    "amip: the formula of rule \"typo-rule\" has the placeholder {1}, which names no figure: the "
                    "finding has 1 figure");
  // {now_period} of a finding that compares no periods
  CHECK_THROWS_WITH(amip::explanation(amip::check(5, rule_with(period))[0]),
                    Catch::Matchers::Contains("{now_period}, which names no period"));
  // an unclosed brace
  std::string const unclosed = "{label} = {0";
  CHECK_THROWS_WITH(amip::explanation(amip::check(5, rule_with(unclosed))[0]),
                    Catch::Matchers::Contains("the placeholder {0, which is not closed"));
  // the same formula spelled right renders
  std::string const right = "{label} = {0}";
  CHECK(amip::explanation(amip::check(5, rule_with(right))[0]) == "n = 5");
}

TEST_CASE("a formula known at compile time is checked when it is compiled") {
  STATIC_REQUIRE(!amip::unknown_placeholder("{label} = {0} / {1} = {2} ≥ {7} ({now_period} against {prior_period})"));
  STATIC_REQUIRE(amip::unknown_placeholder("{lable} = {0}") == std::string_view{"{lable}"});
  STATIC_REQUIRE(amip::unknown_placeholder("{label} = {8}") == std::string_view{"{8}"});
  STATIC_REQUIRE(amip::unknown_placeholder("{label} = {0") == std::string_view{"{0"});
  STATIC_REQUIRE(amip::unknown_placeholder("{}") == std::string_view{"{}"});
  constexpr amip::checked_formula checked = "{label} = {0}";
  STATIC_REQUIRE(checked.text() == "{label} = {0}");
  // A literal formula in an outcome is a checked_formula (the {lable} typo: tests/compile_fail).
  constexpr auto literal_formula = [] {
    amip::outcome const o{true, "{label}: {0}", {amip::integer_figure("n", 1)}};
    return o.formula() == "{label}: {0}";
  };
  STATIC_REQUIRE(literal_formula());
}

TEST_CASE("AGH growth of exactly 25 % is moderate and one entry more is not") {
  // 1.000 -> 1.250 is +25,0 %, the limit itself; 1.000 -> 1.251 is +25,1 %.
  auto const at_limit = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'250, 1'000),
                            builtin::agh_moderate_expansion);
  REQUIRE(at_limit.size() == 1);
  CHECK(at_limit[0].passed());
  CHECK(at_limit[0].value_of("change") == 250);
  auto const above = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'251, 1'000),
                         builtin::agh_moderate_expansion);
  REQUIRE(above.size() == 1);
  CHECK(above[0].failed());
  // One entry of growth is growth: 1.001 against 1.000 passes, 1.000 against 1.000 does not.
  auto const one_more = run(plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::agh, 1'001, 1'000),
                            builtin::agh_moderate_expansion);
  CHECK(one_more[0].passed());
}
