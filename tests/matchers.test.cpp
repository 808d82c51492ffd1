// The test authors' kit (amip/testing/catch_matchers.hpp): matchers on findings with readable failure messages, and
// the plan builder.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/programmes/duesseldorf_2026/rules.hpp>
#include <amip/rules/rules.hpp>
#include <amip/testing/catch_matchers.hpp>

#include <catch2/catch.hpp>
#include <string>

namespace builtin = amip::duesseldorf_2026;
using amip::actual_of;
using amip::entries;
using amip::plan_of;
using amip::severity;
using amip::testing::HasFinding;
using amip::testing::NoFindingsOf;
using amip::testing::plan_builder;

namespace {

constexpr auto egt = amip::duesseldorf_2026::egt_plan();

amip::findings seed_findings() { return amip::check(egt, plan_of(2026), actual_of(2025), builtin::plan_rules); }

constexpr amip::rule_info p16e_grows{"p16e-grows", "§ 16e grows", "Abschnitt 1", severity::warning};

// Two findings of a small plan: MAG grows, § 16e does not.
amip::findings two_findings() {
  auto const p = plan_builder{amip::duesseldorf_2026::anlage1, plan_of(2026), actual_of(2025)}
                     .with(amip::measure::mag, 950, 569)
                     .with(amip::measure::p16e, 25, 28)
                     .build();
  return amip::check(p, plan_of(2026), actual_of(2025),
                     builtin::mag_grows && amip::rule{p16e_grows, amip::checks::grows{amip::measure::p16e}});
}

}  // namespace

TEST_CASE("HasFinding matches a finding of the rule, narrowed by status, severity, line and figure") {
  auto const found = seed_findings();
  CHECK_THAT(found, HasFinding("mag-grows"));
  CHECK_THAT(found, HasFinding("mag-grows").that_passed().of_severity(severity::warning).about("mag"));
  CHECK_THAT(found,
             HasFinding("more-for-egz-esg-16e").that_failed().about(amip::measure_id::p16e).with_figure("now", 25));
  CHECK_THAT(found, HasFinding("more-for-egz-esg-16e").that_passed().about("egz").with_figure("change", 575));

  CHECK_FALSE(HasFinding("no-such-rule").match(found));
  CHECK_FALSE(HasFinding("mag-grows").that_failed().match(found));
  CHECK_FALSE(HasFinding("mag-grows").of_severity(severity::error).match(found));
  CHECK_FALSE(HasFinding("mag-grows").about("agh").match(found));
  CHECK_FALSE(HasFinding("more-for-egz-esg-16e").that_failed().with_figure("now", 26).match(found));
  // All conditions hold for one and the same finding: § 16e failed, but EGZ (which passed) has change 575.
  CHECK_FALSE(HasFinding("more-for-egz-esg-16e").that_failed().with_figure("change", 575).match(found));
  // An unknown figure (a change against 0) matches no value.
  CHECK_FALSE(HasFinding("funding-reservation").with_figure("change", 0).match(found));
}

TEST_CASE("NoFindingsOf counts failed findings of one severity only") {
  auto const found = seed_findings();
  CHECK_THAT(found, NoFindingsOf(severity::error));
  CHECK_FALSE(NoFindingsOf(severity::warning).match(found));  // § 16e
  CHECK_FALSE(NoFindingsOf(severity::info).match(found));     // the funding reservation
  CHECK(NoFindingsOf(severity::warning).match(amip::findings{}));
  // Matchers compose the Catch2 way.
  CHECK_THAT(found, NoFindingsOf(severity::error) && HasFinding("agh-moderate-expansion").that_passed());
}

TEST_CASE("the matchers describe what they expect in a sentence") {
  CHECK(HasFinding("mag-grows").describe() == "has a finding of rule \"mag-grows\"");
  CHECK(HasFinding("more-for-egz-esg-16e")
            .that_failed()
            .of_severity(severity::warning)
            .about("p16e")
            .with_figure("now", 25)
            .describe() ==
        "has a finding of rule \"more-for-egz-esg-16e\" that failed, of severity warning, about \"p16e\", with "
        "figure \"now\" = 25");
  CHECK(HasFinding("mag-grows").that_passed().describe() == "has a finding of rule \"mag-grows\" that passed");
  CHECK(NoFindingsOf(severity::error).describe() == "has no failed finding of severity error");
}

TEST_CASE("a failed match shows every finding, one a line, then the expectation") {
  auto const found = two_findings();
  auto const matcher = HasFinding("mag-grows").that_failed();
  REQUIRE_FALSE(matcher.match(found));
  // What Catch2 prints for CHECK_THAT(found, matcher): the findings, then the matcher's sentence.
  auto const message = Catch::Detail::stringify(found) + " " + matcher.describe();
  CHECK(message ==
        "2 findings:\n"
        "  [warning] passed mag-grows (Abschnitt 3): MAG change = 950 / 569 - 1 = +67,0 % > 0 % (Plan 2026 against "
        "Ergebnis 2025)\n"
        "  [warning] FAILED p16e-grows (Abschnitt 1): § 16e change = 25 / 28 - 1 = -10,7 % ≤ 0 % (Plan 2026 against "
        "Ergebnis 2025): does not grow\n"
        " has a finding of rule \"mag-grows\" that failed");
  CHECK(Catch::Detail::stringify(amip::findings{}) == "0 findings:");
  CHECK(Catch::Detail::stringify(found[0]) == amip::to_string(found[0]));
}

// Catch2 runs this test and expects it to fail: its output shows the message a test author sees.
TEST_CASE("a failing HasFinding as Catch2 reports it", "[!shouldfail]") {
  CHECK_THAT(two_findings(), HasFinding("mag-grows").that_failed());
}

TEST_CASE("plan_builder: the rest is zero or the seed's, as the test says") {
  constexpr auto zero = plan_builder{amip::duesseldorf_2026::anlage1, plan_of(2026), actual_of(2025)}
                            .with(amip::measure::agh, 1'600, 1'335)
                            .build();
  STATIC_REQUIRE(zero.total(amip::measure::agh, plan_of(2026)) == 1'600 * entries);
  STATIC_REQUIRE(zero.total(amip::measure::agh, actual_of(2025)) == 1'335 * entries);
  STATIC_REQUIRE(zero.total(amip::measure::mat, plan_of(2026)) == 0 * entries);
  STATIC_REQUIRE(zero.total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 1'600 * entries);
  STATIC_REQUIRE(zero.check().empty());

  constexpr auto seed = plan_builder{egt, plan_of(2026), actual_of(2025)}.with(amip::measure::p16e, 30).build();
  STATIC_REQUIRE(seed.total(amip::measure::p16e, plan_of(2026)) == 30 * entries);
  STATIC_REQUIRE(seed.total(amip::measure::p16e, actual_of(2025)) == 28 * entries);  // the seed's, untouched
  STATIC_REQUIRE(seed.total(amip::measure::mat, plan_of(2026)) == 1'994 * entries);
  STATIC_REQUIRE(seed.total(amip::duesseldorf_2026::lines::with_fbw_reha, plan_of(2026)) == 8'515 * entries);

  // Other periods, for a zero plan.
  auto const b =
      plan_builder{amip::duesseldorf_2026::anlage1, plan_of(2027), plan_of(2026)}.with(amip::measure::mag, 1'000, 950);
  CHECK(b.now() == plan_of(2027));
  CHECK(b.prior() == plan_of(2026));
  auto const p = b.build();
  CHECK(p.total(amip::measure::mag, plan_of(2027)) == 1'000 * entries);
  CHECK(p.total(amip::measure::eq, plan_of(2026)) == 0 * entries);
  CHECK_THAT(amip::check(p, b.now(), b.prior(), builtin::mag_grows),
             HasFinding("mag-grows").that_passed().with_figure("change", 53));  // 1.000 / 950 - 1 = +5,3 %
}
