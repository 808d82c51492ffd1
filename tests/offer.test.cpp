// Offer specifications (offer.hpp) and the seed's offer rules (section 1): the standards for every newly procured
// offer, and the tighter rules for activation and placement vouchers (AVGS).
#include <amip/model/offer.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rules.hpp>
#include <amip/testing/catch_matchers.hpp>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace builtin = amip::duesseldorf_2026;
using amip::days;
using amip::severity;
using amip::testing::HasFinding;
using amip::testing::NoFindingsOf;

namespace {

// A full-time MAT in presence with a placement mandate, meeting every standard: passes, at compile time.
constexpr amip::offer_spec good_mat{.measure = amip::measure_id::mat,
                                    .acquired_by = amip::acquisition::procured,
                                    .delivery = amip::delivery_mode::presence,
                                    .time = amip::time_model::full_time,
                                    .part_time_reason = {},
                                    .placement_mandate = true,
                                    .internships_with_ready_employers = true,
                                    .adequate_support = true,
                                    .absence_rules = true,
                                    .digital_contact = true};
static_assert(good_mat.ok());
static_assert(amip::check(good_mat, builtin::offer_rules()).size() == 7);
static_assert(amip::check(good_mat, builtin::offer_rules()).all_passed());
static_assert(amip::check(builtin::standard_offer(amip::measure_id::mat), builtin::offer_rules()).all_passed());

std::vector<std::string> failed_ids(amip::findings const& found) {
  std::vector<std::string> ids;
  for (auto const& f : found.failures()) ids.emplace_back(f.rule_id());
  return ids;
}

}  // namespace

TEST_CASE("a full-time MAT in presence with a placement mandate meets the standards of section 1") {
  auto const found = amip::check(good_mat, builtin::offer_rules());
  REQUIRE(found.size() == 7);
  CHECK(found.all_passed());
  CHECK_THAT(found, NoFindingsOf(severity::error));
  std::vector<std::string> ids;
  for (auto const& f : found) ids.emplace_back(f.rule_id());
  CHECK(ids == std::vector<std::string>{"offer-placement-mandate", "offer-internships", "offer-in-presence",
                                        "offer-full-time", "offer-support", "offer-absence-rules",
                                        "offer-digital-contact"});
  CHECK(found[0].is_about(amip::measure_id::mat));
  CHECK(found[0].is_about("placement_mandate"));
  CHECK(found[0].value_of("placement mandate") == 1);
  CHECK(amip::explanation(found[0]) == "MAT: placement mandate (Vermittlungsauftrag) = yes");
  CHECK(found[0].reference() == "Abschnitt 1");
}

TEST_CASE("a hybrid offer breaks one standard: one finding") {
  auto offer = good_mat;
  offer.delivery = amip::delivery_mode::hybrid;
  auto const found = amip::check(offer, builtin::offer_rules());
  CHECK(failed_ids(found) == std::vector<std::string>{"offer-in-presence"});
  CHECK_THAT(found, HasFinding("offer-in-presence").that_failed().about("delivery").with_figure("in presence", 0));
  CHECK(amip::explanation(found.of("offer-in-presence")[0]) ==
        "MAT: in presence (Präsenz) = no, hybrid; procured offers are always in presence");

  offer.delivery = amip::delivery_mode::online;
  CHECK(failed_ids(amip::check(offer, builtin::offer_rules())) == std::vector<std::string>{"offer-in-presence"});
}

TEST_CASE("part time needs a reason: without one it is one finding, with one it passes") {
  auto offer = good_mat;
  offer.time = amip::time_model::part_time;
  auto const without = amip::check(offer, builtin::offer_rules());
  CHECK(failed_ids(without) == std::vector<std::string>{"offer-full-time"});
  auto const finding = without.of("offer-full-time")[0];
  CHECK(finding.value_of("full time") == 0);
  CHECK(finding.value_of("part-time reason") == 0);
  CHECK(amip::explanation(finding) ==
        "MAT: full time (Vollzeit) = no, part-time reason = no; part time only where there is a reason");

  offer.part_time_reason = "childcare (Kinderbetreuung)";
  CHECK(offer.ok());
  auto const with = amip::check(offer, builtin::offer_rules());
  CHECK(with.all_passed());
  CHECK(with.of("offer-full-time")[0].value_of("part-time reason") == 1);
  CHECK(amip::explanation(with.of("offer-full-time")[0]) ==
        "part time (Teilzeit) for a reason: childcare (Kinderbetreuung)");
}

TEST_CASE("an offer without a placement mandate is one finding") {
  auto offer = good_mat;
  offer.placement_mandate = false;
  auto const found = amip::check(offer, builtin::offer_rules());
  CHECK(failed_ids(found) == std::vector<std::string>{"offer-placement-mandate"});
  CHECK_THAT(found, HasFinding("offer-placement-mandate")
                        .that_failed()
                        .of_severity(severity::error)
                        .about(amip::measure_id::mat)
                        .with_figure("placement mandate", 0));
}

TEST_CASE("an offer that is hybrid, part time without a reason and without placement mandate: three findings") {
  auto offer = good_mat;
  offer.delivery = amip::delivery_mode::hybrid;
  offer.time = amip::time_model::part_time;
  offer.placement_mandate = false;
  auto const found = amip::check(offer, builtin::offer_rules());
  CHECK(found.size() == 7);
  CHECK(found.count_failed(severity::error) == 3);
  CHECK(failed_ids(found) ==
        std::vector<std::string>{"offer-placement-mandate", "offer-in-presence", "offer-full-time"});
}

TEST_CASE("each of the other standards is a finding of its own") {
  struct criterion {
    bool amip::offer_spec::*member;
    std::string rule_id;
    std::string figure;
  };
  for (auto const& [member, rule_id, figure] : std::vector<criterion>{
           {&amip::offer_spec::internships_with_ready_employers, "offer-internships",
            "internships with employers ready to hire"},
           {&amip::offer_spec::adequate_support, "offer-support", "adequate support"},
           {&amip::offer_spec::absence_rules, "offer-absence-rules", "rules for unexcused absence"},
           {&amip::offer_spec::digital_contact, "offer-digital-contact", "digital contact"},
       }) {
    INFO(rule_id);
    CHECK(amip::check(good_mat, builtin::offer_rules()).of(rule_id)[0].value_of(figure) == 1);
    auto offer = good_mat;
    offer.*member = false;
    auto const found = amip::check(offer, builtin::offer_rules());
    CHECK(failed_ids(found) == std::vector<std::string>{rule_id});
    CHECK(found.of(rule_id)[0].value_of(figure) == 0);
    CHECK(found.of(rule_id)[0].is_about(amip::measure_id::mat));
  }
  // An offer stated with nothing but its measure meets none of the yes/no standards: the defaults claim nothing.
  constexpr amip::offer_spec bare{.measure = amip::measure_id::mag};
  CHECK(amip::check(bare, builtin::offer_rules()).count_failed() == 5);
}

TEST_CASE("an AVGS voucher: presence instead of hybrid, the procured-offer standards do not apply") {
  auto const standard = builtin::standard_offer(amip::measure_id::avgs_mat);
  CHECK(standard.acquired_by == amip::acquisition::voucher);
  auto const passing = amip::check(standard, builtin::offer_rules());
  REQUIRE(passing.size() == 1);  // no limits given: presence only
  CHECK(passing[0].rule_id() == "avgs-in-presence");
  CHECK(passing[0].passed());

  auto hybrid = standard;
  hybrid.delivery = amip::delivery_mode::hybrid;
  hybrid.placement_mandate = false;  // a voucher is not procured: no finding for this
  auto const found = amip::check(hybrid, builtin::offer_rules());
  REQUIRE(found.size() == 1);
  CHECK(found[0].failed());
  CHECK(found[0].is_about(amip::measure_id::avgs_mat));
  CHECK(found[0].value_of("in presence") == 0);
  CHECK(passing[0].value_of("in presence") == 1);
  CHECK(amip::explanation(found[0]) == "AVGS-MAT: in presence (Präsenz) = no, hybrid; AVGS: Präsenz statt hybrid");
}

TEST_CASE("AVGS duration, teaching days and redemption period are checked against the caller's limits") {
  // The seed gives no numbers; these are a test's.
  constexpr amip::voucher_limits limits{.duration = {.at_least = std::nullopt, .at_most = 84 * days},
                                        .teaching_days_per_week = {.at_least = 4 * days, .at_most = 5 * days},
                                        .redemption_period = {.at_least = std::nullopt, .at_most = 28 * days}};
  auto voucher = builtin::standard_offer(amip::measure_id::avgs_mat);
  voucher.duration = 56 * days;
  voucher.teaching_days_per_week = 5 * days;
  voucher.redemption_period = 14 * days;
  CHECK(voucher.ok());
  auto const pass = amip::check(voucher, builtin::offer_rules(limits));
  REQUIRE(pass.size() == 4);
  CHECK(pass.all_passed());
  CHECK(pass[1].rule_id() == "avgs-duration");
  CHECK(pass[1].value_of("value") == 56);
  CHECK(pass[1].value_of("at most") == 84);
  CHECK(amip::explanation(pass[1]) == "AVGS duration (Dauer) = 56 days ≤ 84 days");
  CHECK(amip::explanation(pass[2]) == "AVGS teaching days per week = 5 days, within 4 days to 5 days");
  CHECK(pass[3].value_of("at most") == 28);

  voucher.duration = 120 * days;
  voucher.teaching_days_per_week = 2 * days;
  voucher.redemption_period = std::nullopt;
  auto const fail = amip::check(voucher, builtin::offer_rules(limits));
  CHECK(failed_ids(fail) == std::vector<std::string>{"avgs-duration", "avgs-teaching-days", "avgs-redemption-period"});
  CHECK(fail[1].value_of("value") == 120);
  CHECK(amip::explanation(fail[1]) == "AVGS duration (Dauer) = 120 days > 84 days");
  CHECK(fail[2].value_of("at least") == 4);
  CHECK(amip::explanation(fail[2]) == "AVGS teaching days per week = 2 days, outside 4 days to 5 days");
  CHECK(amip::explanation(fail[3]) ==
        "AVGS redemption period (Einlösefrist): not stated, so not within the limits set");

  // A lower bound alone.
  constexpr amip::voucher_limits at_least_four{
      .duration = {},
      .teaching_days_per_week = {.at_least = 4 * days, .at_most = std::nullopt},
      .redemption_period = {}};
  auto const low = amip::check(voucher, builtin::avgs_rules(at_least_four));
  REQUIRE(low.size() == 2);
  CHECK(amip::explanation(low[1]) == "AVGS teaching days per week = 2 days < 4 days");
}

TEST_CASE("the AVGS limits do not apply to procured offers") {
  constexpr amip::voucher_limits tight{.duration = {.at_least = std::nullopt, .at_most = 1 * days},
                                       .teaching_days_per_week = {},
                                       .redemption_period = {}};
  auto offer = good_mat;
  offer.duration = 180 * days;
  CHECK(amip::check(offer, builtin::offer_rules(tight)).all_passed());
}

TEST_CASE("offer_spec::ok() says whether a specification is consistent, not whether it meets the standards") {
  auto offer = good_mat;
  CHECK(offer.ok());
  offer.part_time_reason = "health";  // a reason on a full-time offer
  CHECK_FALSE(offer.ok());
  offer = good_mat;
  offer.redemption_period = 14 * days;  // a redemption period on a procured offer
  CHECK_FALSE(offer.ok());
  offer = good_mat;
  offer.teaching_days_per_week = 8 * days;
  CHECK_FALSE(offer.ok());
  offer.teaching_days_per_week = 0 * days;
  CHECK_FALSE(offer.ok());
  offer = good_mat;
  offer.duration = 0 * days;
  CHECK_FALSE(offer.ok());
  CHECK(amip::to_string(amip::delivery_mode::hybrid) == "hybrid");
  CHECK(amip::to_string(amip::time_model::part_time) == "part time");
  CHECK(amip::to_string(amip::acquisition::voucher) == "voucher");
}

TEST_CASE("a user's offer rule composes with the seed's") {
  // e.g. a Jobcenter that wants every MAG offer to last at least 4 weeks.
  auto const mag_four_weeks = amip::only_when(
      [](amip::offer_spec const& o) { return o.measure == amip::measure_id::mag; },
      amip::rule{"mag-at-least-4-weeks", "MAG last at least 4 weeks",
                 [](amip::offer_spec const& o) { return o.duration.has_value() && *o.duration >= 28 * days; }});
  auto offer = builtin::standard_offer(amip::measure_id::mag);
  offer.duration = 14 * days;
  auto const found = amip::check(offer, builtin::offer_rules() && mag_four_weeks);
  CHECK(failed_ids(found) == std::vector<std::string>{"mag-at-least-4-weeks"});
  CHECK(amip::check(good_mat, builtin::offer_rules() && mag_four_weeks).size() == 7);
}
