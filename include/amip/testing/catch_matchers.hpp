// For test authors: Catch2 v2 matchers on findings, and a plan in a few lines. Needs Catch2, so amip/amip.hpp does
// not include it; include it in test files only.
//
// Synopsis
//
//   namespace amip::testing {
//   has_finding_matcher HasFinding(std::string_view rule_id);   // a finding of that rule, narrowed by
//     .that_failed()  .that_passed()  .of_severity(severity)  .about("p16e")  .about(measure_id)
//     .with_figure("now", 25)
//   no_findings_of_matcher NoFindingsOf(severity);              // no failed finding of that severity
//
//   template <class P = fixed_plan<entry_count>>
//   class plan_builder {                                        // a plan of entries, for a comparison
//     constexpr plan_builder(catalog const&, period now, period prior);      // every leaf 0
//     constexpr plan_builder(P start, period now, period prior);
//     constexpr plan_builder& with(measure, now, prior);        // plain integers, read as entries
//     constexpr plan_builder& with(measure, now);
//     constexpr plan<entry_count> build() const;
//     constexpr period now() const, prior() const;
//   };
//   }
//   namespace Catch { StringMaker<amip::finding>, StringMaker<amip::findings> }   // one finding a line
//
//   CHECK_THAT(amip::check(p, b.now(), b.prior(), rules), HasFinding("more-for-egz-esg-16e").that_failed()
//                                                             .about(amip::measure_id::p16e).with_figure("now", 25));
//
// A failed match prints every finding and the expectation, e.g.
//   2 findings:
//     [warning] passed mag-grows (Abschnitt 3): MAG change = 950 / 569 - 1 = +67,0 % > 0 % (…)
//     [warning] FAILED p16e-grows (Abschnitt 1): § 16e change = 25 / 28 - 1 = -10,7 % ≤ 0 % (…): does not grow
//    has a finding of rule "mag-grows" that failed
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <catch2/catch.hpp>

#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/plan.hpp>
#include <amip/rules/explanation.hpp>
#include <amip/rules/finding.hpp>

/// Helpers for testing rules with Catch2: matchers on findings and a plan builder.
namespace amip::testing {

/// Matches findings that include one of the given rule, narrowed by status, severity, line and figure.
class has_finding_matcher : public Catch::MatcherBase<findings> {
 public:
  /// Any finding of the rule with this id (amip::testing::HasFinding makes it). The id is viewed: it must
  /// outlive the matcher (a literal does).
  explicit has_finding_matcher(std::string_view rule_id) : rule_id_{rule_id} {}

  /// Only a finding that failed.
  [[nodiscard]] has_finding_matcher that_failed() const {
    auto copy = *this;
    copy.failed_ = true;
    return copy;
  }
  /// Only a finding that passed.
  [[nodiscard]] has_finding_matcher that_passed() const {
    auto copy = *this;
    copy.failed_ = false;
    return copy;
  }
  /// Only a finding of this severity.
  [[nodiscard]] has_finding_matcher of_severity(severity level) const {
    auto copy = *this;
    copy.level_ = level;
    return copy;
  }
  /// Only a finding about this line or measure key ("p16e", "health_project", "delivery").
  [[nodiscard]] has_finding_matcher about(std::string_view key) const {
    auto copy = *this;
    copy.about_ = key;
    return copy;
  }
  /// Only a finding about one of amip's own measures.
  [[nodiscard]] has_finding_matcher about(measure_id measure) const { return about(info_of(measure).key); }
  /// Only a finding about this measure (by its key).
  [[nodiscard]] has_finding_matcher about(measure_ref measure) const { return about(measure.key()); }
  /// Only a finding whose figure `name` is known and equals `value`.
  [[nodiscard]] has_finding_matcher with_figure(std::string_view name, std::int64_t value) const {
    auto copy = *this;
    copy.figure_name_ = name;
    copy.figure_value_ = value;
    return copy;
  }

  /// Whether one of the findings meets every condition given.
  bool match(findings const& all) const override {
    for (auto const& f : all) {
      if (f.rule_id() != rule_id_) continue;
      if (failed_ && f.failed() != *failed_) continue;
      if (level_ && f.level() != *level_) continue;
      if (about_ && !f.is_about(*about_)) continue;
      if (figure_name_ && f.value_of(*figure_name_) != figure_value_) continue;
      return true;
    }
    return false;
  }

  /// The conditions as Catch prints them: has a finding of rule "…" that failed, of severity …
  std::string describe() const override {
    std::string out = "has a finding of rule \"" + std::string(rule_id_) + "\"";
    if (failed_) out += *failed_ ? " that failed" : " that passed";
    if (level_) out += ", of severity " + std::string(to_string(*level_));
    if (about_) out += ", about \"" + std::string(*about_) + "\"";
    if (figure_name_) out += ", with figure \"" + std::string(*figure_name_) + "\" = " + std::to_string(figure_value_);
    return out;
  }

 private:
  std::string_view rule_id_;
  std::optional<bool> failed_;
  std::optional<severity> level_;
  std::optional<std::string_view> about_;
  std::optional<std::string_view> figure_name_;
  std::int64_t figure_value_ = 0;
};

/// Matches findings none of which failed with the given severity (findings that passed do not count).
class no_findings_of_matcher : public Catch::MatcherBase<findings> {
 public:
  /// No failed finding of this severity (amip::testing::NoFindingsOf makes it).
  explicit no_findings_of_matcher(severity level) : level_{level} {}

  /// Whether no finding of the severity failed.
  bool match(findings const& all) const override { return all.count_failed(level_) == 0; }

  /// "has no failed finding of severity …", as Catch prints it.
  std::string describe() const override {
    return "has no failed finding of severity " + std::string(to_string(level_));
  }

 private:
  severity level_;
};

/// The findings include one of rule `rule_id`: CHECK_THAT(found, HasFinding("mag-grows").that_passed()).
[[nodiscard]] inline has_finding_matcher HasFinding(std::string_view rule_id) { return has_finding_matcher{rule_id}; }

/// No finding of severity `level` failed: CHECK_THAT(found, NoFindingsOf(amip::severity::error)).
[[nodiscard]] inline no_findings_of_matcher NoFindingsOf(severity level) { return no_findings_of_matcher{level}; }

/// A plan of entries in a few lines, for tests: a starting plan (or a catalogue whose leaves all start at 0) and
/// the two periods a comparison looks at, then the figures a test is about:
///
///   constexpr auto p = amip::testing::plan_builder{my_catalogue, amip::plan_of(2026), amip::actual_of(2025)}
///                          .with(amip::measure::agh, 1'600, 1'335)      // now, prior
///                          .with(amip::measure::p16i, 95, 52)
///                          .build();
///
/// Figures are plain integers read as entries (a test states many; the builder names the unit once). The lines not
/// named hold what the starting plan holds, or 0: nothing is left to chance.
///
/// P is the plan built: by default a fixed plan of up to 64 lines (a constexpr value, as above); started from a
/// plan, its type (an amip::plan of any size); plan_builder<amip::plan<amip::entry_count>> for a larger catalogue.
template <class P = fixed_plan<entry_count>>
class plan_builder {
 public:
  /// Every leaf of `table` is 0 for both periods. The catalogue's lines must outlive the plan (a static table).
  constexpr plan_builder(catalog const& table, period now_period, period prior_period)
      : plan_{zero(table, now_period, prior_period)}, now_{now_period}, prior_{prior_period} {}
  /// Starts from `start` (the reference programme's: amip::duesseldorf_2026::egt_plan()).
  constexpr plan_builder(P start, period now_period, period prior_period)
      : plan_{std::move(start)}, now_{now_period}, prior_{prior_period} {}

  /// The measure's entries for the period compared (`now`) and the one compared against (`prior`).
  template <class M, class A, class B>
  constexpr plan_builder& with(M measure, A now_entries, B prior_entries) {
    static_assert(MeasureTag<M>, "amip: plan_builder::with takes a measure tag such as amip::measure::agh.");
    static_assert(Integer<A> && Integer<B>,
                  "amip: plan_builder::with takes whole numbers of entries (1'600, not 1'600.0).");
    plan_.restate(measure, now_, now_entries * entries);
    plan_.restate(measure, prior_, prior_entries * entries);
    return *this;
  }
  /// The measure's entries for the period compared only.
  template <class M, class A>
  constexpr plan_builder& with(M measure, A now_entries) {
    static_assert(MeasureTag<M>, "amip: plan_builder::with takes a measure tag such as amip::measure::agh.");
    static_assert(Integer<A>, "amip: plan_builder::with takes whole numbers of entries (1'600, not 1'600.0).");
    plan_.restate(measure, now_, now_entries * entries);
    return *this;
  }

  /// The plan as built so far.
  [[nodiscard]] constexpr P build() const { return plan_; }
  /// The period compared.
  [[nodiscard]] constexpr period now() const noexcept { return now_; }
  /// The period compared against.
  [[nodiscard]] constexpr period prior() const noexcept { return prior_; }

 private:
  [[nodiscard]] static constexpr P zero(catalog const& table, period now_period, period prior_period) {
    P p{table};
    for (std::size_t i = 0; i < table.size(); ++i) {
      line_index const line{i};
      if (!table.is_leaf(line)) continue;
      p.state(line, now_period, 0 * entries);
      p.state(line, prior_period, 0 * entries);
    }
    return p;
  }

  P plan_;
  period now_;
  period prior_;
};

}  // namespace amip::testing

namespace Catch {
/// A finding as to_string prints it.
template <>
struct StringMaker<amip::finding> {
  /// The text Catch prints for a finding.
  static std::string convert(amip::finding const& f) { return amip::to_string(f); }
};
/// "N findings:" and one finding a line, so that a failed match shows what was found; after the last a line break,
/// so that the matcher's sentence starts a line of its own.
template <>
struct StringMaker<amip::findings> {
  /// The text Catch prints for findings.
  static std::string convert(amip::findings const& all) {
    std::string out = std::to_string(all.size()) + (all.size() == 1 ? " finding:" : " findings:");
    for (auto const& f : all) out += "\n  " + amip::to_string(f);
    return all.empty() ? out : out + "\n";
  }
};
}  // namespace Catch
