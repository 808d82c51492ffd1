// The rules the Jobcenter Düsseldorf's programme 2026 states, as checkable rules. Each cites its section of the seed
// (tests/data/seed_duesseldorf_2026.txt). Where the seed's own figures do not meet its own stated intention, the
// rule says so: none is tuned to pass.
//
// Synopsis
//
//   namespace amip::duesseldorf_2026 {                // what the non-plan rules inspect
//   struct retraining_figures { fbw_ao_entries, umschulungen };   // Umschulungen among FbW ao entries
//   constexpr retraining_figures retraining_of(plan, period, entry_count umschulungen);
//   struct contact_density { interval };                          // for customers close to the labour market
//   enum class employment_term { permanent, fixed_term };         // unbefristet, befristet
//   enum class employer_sector { private_sector, public_sector, non_profit };
//   struct p16e_placement { term, sector };
//   // on a comparison of the EGT plan (compare(egt, plan_of(2026), actual_of(2025)))    severity  seed's plan
//   purchased_measures_grow_avgs_shrinks   // Abschnitt 1: MAT + MAG grow, AVGS MAT shrinks   warning   passes
//   more_for_egz_esg_16e                   // Abschnitt 1: EGZ, ESG, § 16e each grow          warning   § 16e fails
//   mag_grows                              // Abschnitt 3: MAG grows                          warning   passes
//   agh_moderate_expansion                 // Abschnitt 1: 0 % < AGH change <= 25 % (amip's)  warning   passes
//   agh_moderate_expansion_up_to(limit)    //   the same with another limit of "moderate"
//   funding_reservation                    // Abschnitt 2, Anlage 1: Finanzierungsvorbehalt   info      fails (open)
//   funding_reservation_given(allocation_status)
//   plan_rules                             // all five above, in this order
//   // on other subjects
//   health_project_above_last_year         // Abschnitt 5.2, on compare(health_project(), plan_of(2026),
//                                          //   projection_of(2025)): 390 > 360                 warning   passes
//   umschulung_share                       // Abschnitte 3, 4: Umschulungen >= 50 % of ao     warning
//   umschulung_share_with_tolerance(r)
//   contact_every_14_days                  // Abschnitt 3: contact_density.interval <= 14 days warning
//   p16e_permanent_private_sector          // Abschnitt 3: § 16e jobs permanent, private     error
//   // on an amip::offer_spec (offer.hpp)
//   constexpr offer_spec standard_offer(measure_id);           // an offer meeting every standard below
//   offer_placement_mandate, offer_internships, offer_in_presence, offer_full_time, offer_support,
//   offer_absence_rules, offer_digital_contact                 // Abschnitt 1, procured offers, error
//   procured_offer_standards                                   // the seven, only for procured offers
//   avgs_in_presence                                           // Abschnitt 1, vouchers, error
//   constexpr auto avgs_rules(voucher_limits);                 // presence + the caller's limits, vouchers only
//   constexpr auto offer_rules(voucher_limits = {});           // procured_offer_standards && avgs_rules(limits)
//   }
//
// Money: "Mehr Mittel für EGZ, ESG und § 16e" speaks of funds; more_for_egz_esg_16e checks planned entries, the
// figures Anlage 1 gives. A rule on the money (and the funding reservation once the allocation is known) belongs to
// the budget layer: an amip::rule over an amip::budget, combined with these through amip::inspecting().
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/offer.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/rules/comparison_checks.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/formula.hpp>
#include <amip/rules/rule.hpp>

namespace amip::duesseldorf_2026 {

/// Umschulungen (retraining leading to a vocational qualification, "Umschulungen mit Abschluss") among the entries
/// into degree-oriented further training (abschlussorientierte FbW) of a year: what umschulung_share inspects.
struct retraining_figures {
  entry_count fbw_ao_entries;  ///< Eintritte in abschlussorientierte FbW
  entry_count umschulungen;    ///< davon Umschulungen mit Abschluss
};

/// The FbW ao entries of `plan` for `when`, with the given number of Umschulungen among them. Throws
/// amip::missing_figure when the plan has no FbW ao figure for the period.
template <class P>
[[nodiscard]] constexpr retraining_figures retraining_of(P const& plan, period when, entry_count umschulungen) {
  static_assert(Plan<P> && std::same_as<typename P::quantity_type, entry_count>,
                "amip: retraining_of reads the FbW ao entries of a plan of entries (amip::plan<amip::entry_count>).");
  return {plan.total(plan.structure().at(measure_id::fbw_ao), when), umschulungen};
}

/// How often customers close to the labour market (marktnähere Kundinnen und Kunden) are contacted: what
/// contact_every_14_days inspects.
struct contact_density {
  day_count interval;  ///< days between two contacts
};

/// Whether a job is permanent.
enum class employment_term : unsigned char {
  permanent,   ///< unbefristet
  fixed_term,  ///< befristet
};

/// Where an employer belongs.
enum class employer_sector : unsigned char {
  private_sector,  ///< freie Wirtschaft
  public_sector,   ///< öffentlicher Dienst
  non_profit,      ///< gemeinnützige Träger
};

/// A job funded under § 16e SGB II (Eingliederung von Langzeitarbeitslosen): what p16e_permanent_private_sector
/// inspects.
struct p16e_placement {
  /// Permanent (unbefristet) or fixed-term (befristet); the seed wants permanent.
  employment_term term = employment_term::permanent;
  /// Who employs: the seed wants the private sector (freie Wirtschaft).
  employer_sector sector = employer_sector::private_sector;
};

/// The seed's sections as the rules cite them.
namespace references {
/// Abschnitt 1, "Einführung und Grundlagen für 2026".
inline constexpr std::string_view section_1 = "Abschnitt 1";
/// Abschnitt 2, "Rahmenbedingungen für 2026", and Anlage 1, "Planung EGT 2026".
inline constexpr std::string_view section_2_anlage_1 = "Abschnitt 2; Anlage 1";
/// Abschnitt 3, "Geschäftspolitische Schwerpunkte und Handlungsstrategien für 2026".
inline constexpr std::string_view section_3 = "Abschnitt 3";
/// Abschnitte 3 and 4 ("Gemeinsame Bildungszielplanung mit der Agentur für Arbeit").
inline constexpr std::string_view sections_3_4 = "Abschnitte 3, 4";
/// Abschnitt 3 with § 16e SGB II.
inline constexpr std::string_view section_3_p16e = "Abschnitt 3; § 16e SGB II";
/// Abschnitt 5.2, "Fortsetzung Modellprojekt Gesundheitsförderung".
inline constexpr std::string_view section_5_2 = "Abschnitt 5.2";
}  // namespace references

// ---------------------------------------------------------------------------------------------------------------
// Plan rules: on a comparison of the EGT plan, plan 2026 against Ergebnis 2025

/// Seed, section 1: "Ausbau eingekaufter Maßnahmen, zu denen mit Rechtsfolgen zugewiesen werden kann. Dieser Ausbau
/// geht zu Lasten der Möglichkeiten über den Aktivierungs- und Vermittlungsgutschein." Two findings: MAT + MAG
/// together grow (the purchased measures: MAT and MAG are bought
/// from providers and employers, AVGS MAT is a voucher), and AVGS MAT shrinks.
inline constexpr auto purchased_measures_grow_avgs_shrinks = all_of(
    rule{rule_info{"purchased-measures-grow-avgs-shrinks",
                   "Purchased measures (MAT, MAG) grow at the expense of AVGS (Ausbau eingekaufter Maßnahmen zu Lasten "
                   "des AVGS)",
                   references::section_1, severity::warning},
         checks::total_grows{"MAT + MAG", measure::mat, measure::mag}},
    rule{rule_info{"purchased-measures-grow-avgs-shrinks",
                   "Purchased measures (MAT, MAG) grow at the expense of AVGS (Ausbau eingekaufter Maßnahmen zu Lasten "
                   "des AVGS)",
                   references::section_1, severity::warning},
         checks::shrinks{measure::avgs_mat}});

/// Seed, section 1: "Mehr Mittel für EGZ, ESG und § 16e Förderungen". One finding per measure: its planned entries
/// grow. On the seed's own plan § 16e falls from 28 to 25 entries (Anlage 1), and this rule says so.
inline constexpr auto more_for_egz_esg_16e =
    rule{rule_info{"more-for-egz-esg-16e", "More for EGZ, ESG and § 16e (Mehr Mittel für EGZ, ESG und § 16e)",
                   references::section_1, severity::warning},
         checks::grows{measure::egz, measure::einstiegsgeld, measure::p16e}};

/// Seed, section 3: "der Erfolg soll sich eine Steigerung der Maßnahmen beim Arbeitgeber (MAG) widerspiegeln".
inline constexpr auto mag_grows =
    rule{rule_info{"mag-grows", "Measures with an employer grow (Steigerung der Maßnahmen beim Arbeitgeber, MAG)",
                   references::section_3, severity::warning},
         checks::grows{measure::mag}};

/// amip's reading of "moderat" (the seed gives no number): AGH grow by at most 25 % against the prior year. An
/// assumption of amip, not a figure of the seed; agh_moderate_expansion_up_to takes another.
inline constexpr exact_ratio moderate_agh_growth = percent(25);

/// Seed, section 1: "Moderater Ausbau der Plätze in Arbeitsgelegenheiten". AGH grow, by no more than `limit`.
[[nodiscard]] constexpr auto agh_moderate_expansion_up_to(exact_ratio limit) {
  return rule{rule_info{"agh-moderate-expansion",
                        "AGH expand moderately (Moderater Ausbau der Plätze in Arbeitsgelegenheiten; 'moderate' is "
                        "amip's assumption)",
                        references::section_1, severity::warning},
              checks::grows_moderately{measure::agh, limit}};
}

/// agh_moderate_expansion_up_to(moderate_agh_growth): 0 % < AGH change <= 25 %.
inline constexpr auto agh_moderate_expansion = agh_moderate_expansion_up_to(moderate_agh_growth);

/// Whether the money for the year is known: the seed's plan stands under a funding reservation until the
/// allocation is ("Die konkrete Mittelausstattung wird in einer separaten Vorlage … nach Eingang der
/// Eingliederungsmittelverordnung 2026 ausgewiesen", section 2).
enum class allocation_status : unsigned char {
  pending,  ///< not yet known: the reservation stands
  known,    ///< allocated: the reservation is lifted
};

/// The funding reservation as a check: on any subject, an open reservation while the allocation is pending.
struct funding_reservation_check {
  /// Whether the allocation is known; pending keeps the reservation open.
  allocation_status allocation = allocation_status::pending;

  /// Takes any subject: the reservation concerns the whole plan, whatever the rule set inspects.
  template <class Subject>
  [[nodiscard]] constexpr outcome operator()(Subject const&) const {
    if (allocation == allocation_status::known) {
      return outcome{true,
                     "the funding reservation (Finanzierungsvorbehalt) is lifted: the allocation is known",
                     {flag_figure("allocation known", true)}};
    }
    return outcome{false,
                   "the plan stands under a funding reservation (Finanzierungsvorbehalt): the allocation "
                   "(Eingliederungsmittelverordnung) is not yet known, so every figure holds only if the money comes",
                   {flag_figure("allocation known", false)}};
  }
};

/// Seed, section 2 and Anlage 1: "Die Planung steht unter einem Finanzierungsvorbehalt". An info finding, open
/// (failed) while the allocation is pending, passed once it is known.
[[nodiscard]] constexpr auto funding_reservation_given(allocation_status allocation) {
  return rule{rule_info{"funding-reservation",
                        "The plan stands under a funding reservation (Die Planung steht unter einem "
                        "Finanzierungsvorbehalt)",
                        references::section_2_anlage_1, severity::info},
              funding_reservation_check{allocation}};
}

/// funding_reservation_given(allocation_status::pending): the state the seed describes.
inline constexpr auto funding_reservation = funding_reservation_given(allocation_status::pending);

/// The plan rules, in this order: purchased measures and AVGS, EGZ / ESG / § 16e, MAG, AGH, funding reservation.
/// On the seed's plan (plan 2026 against Ergebnis 2025): 8 findings, 2 failed: § 16e (warning) and the funding
/// reservation (info).
inline constexpr auto plan_rules = all_of(purchased_measures_grow_avgs_shrinks, more_for_egz_esg_16e, mag_grows,
                                          agh_moderate_expansion, funding_reservation);

// ---------------------------------------------------------------------------------------------------------------
// Rules on other subjects

/// Seed, section 5.2: 334 participants (2024), 360 (2025, projected), "390 Teilnehmende als Ziel" (2026); "eine
/// weitere Steigerung [wird] angestrebt". On compare(health_project(), plan_of(2026), projection_of(2025)): the
/// target lies above last year's figure.
inline constexpr auto health_project_above_last_year =
    rule{rule_info{"health-project-above-last-year",
                   "Health project target above last year (Modellprojekt Gesundheitsförderung: weitere Steigerung)",
                   references::section_5_2, severity::warning},
         checks::grows{
             checks::line_ref{amip::duesseldorf_2026::health_project_lines[0].key, "health project participants"}}};

/// The share of Umschulungen among FbW ao entries, at least `target` less `tolerance`.
struct umschulung_share_check {
  exact_ratio target = percent(50);       ///< the seed's "rd. 50%"
  exact_ratio tolerance = exact_ratio{};  ///< how far below "rd." may go: amip's reading is none

  /// Passes when Umschulungen ÷ FbW ao entries ≥ target − tolerance; fails where there are no ao entries or more
  /// Umschulungen than ao entries.
  [[nodiscard]] constexpr outcome operator()(retraining_figures const& r) const {
    auto const finish = [](outcome o) { return o.concerning(measure_id::fbw_ao).labelled("ao Umschulung share"); };
    auto const ao = r.fbw_ao_entries.value();
    auto const umschulungen = r.umschulungen.value();
    auto const counts = {quantity_figure("umschulungen", r.umschulungen),
                         quantity_figure("ao entries", r.fbw_ao_entries)};
    if (ao <= 0) return finish(outcome{false, "{label}: no FbW ao entries ({1}), so no share", counts});
    if (umschulungen < 0 || umschulungen > ao) {
      return finish(outcome{false, "{label}: {0} Umschulungen do not fit {1} ao entries", counts});
    }
    auto const ratio = share(umschulungen, ao);
    auto const minimum = target - tolerance;
    bool const met = ratio >= minimum;
    bool const tolerant = tolerance != exact_ratio{};
    // Formulas are chosen by assignment, not by ?: between checked literals (clang 14 crashes generating that code).
    checked_formula formula = "{label} = {0} / {1} = {2} < {3}";
    if (met && tolerant) {
      formula = "{label} = {0} / {1} = {2} ≥ {3} (rd. {4} less a tolerance of {5})";
    } else if (met) {
      formula = "{label} = {0} / {1} = {2} ≥ {3}";
    } else if (tolerant) {
      formula = "{label} = {0} / {1} = {2} < {3} (rd. {4} less a tolerance of {5})";
    }
    return finish(outcome{met, formula, counts}
                      .with(share_figure("share", ratio))
                      .with(limit_figure("minimum", minimum))
                      .with(limit_figure("target", target))
                      .with(limit_figure("tolerance", tolerance)));
  }
};

/// Seed, section 4 ("Eintritte in abschlussorientierte FbW: 360, davon rd. 50% in Umschulungen mit Abschluss") and
/// section 3's margin ("Ziel = rd. 50% der abschlussorientierten Fort- und Weiterbildung als Umschulungen"), with
/// amip's reading of "rd." as a floor less `tolerance` (none by default).
[[nodiscard]] constexpr auto umschulung_share_with_tolerance(exact_ratio tolerance) {
  return rule{rule_info{"umschulung-share-ao",
                        "About 50 % of degree-oriented FbW entries are retraining (rd. 50 % Umschulungen)",
                        references::sections_3_4, severity::warning},
              umschulung_share_check{percent(50), tolerance}};
}

/// umschulung_share_with_tolerance(0): "ao Umschulung share = 180 / 360 = 50,0 % ≥ 50 %".
inline constexpr auto umschulung_share = umschulung_share_with_tolerance(exact_ratio{});

/// The contact interval for customers close to the labour market is at most `limit`.
struct contact_density_check {
  /// The longest interval allowed: 14 days, the seed's "14-tägige Kontaktdichte".
  day_count limit = 14 * days;

  /// Passes when the interval is positive and at most `limit`.
  [[nodiscard]] constexpr outcome operator()(contact_density const& c) const {
    std::initializer_list<figure> const shown{quantity_figure("interval", c.interval), quantity_figure("limit", limit)};
    auto const label = text{"contact interval for customers close to the labour market"};
    if (c.interval.value() <= 0) {
      return outcome{false, "{label} = {0}: not an interval", shown}.labelled(label);
    }
    return c.interval <= limit ? outcome{true, "{label} = {0} ≤ {1}", shown}.labelled(label)
                               : outcome{false, "{label} = {0} > {1}", shown}.labelled(label);
  }
};

/// Seed, section 3: "Fortsetzung der angestrebten 14-tägigen Kontaktdichte marktnäherer Kundinnen und Kunden".
inline constexpr auto contact_every_14_days =
    rule{rule_info{"contact-every-14-days",
                   "Contact every 14 days for customers close to the labour market (14-tägige Kontaktdichte)",
                   references::section_3, severity::warning},
         contact_density_check{}};

/// § 16e jobs are permanent and in the private sector: two findings, one per condition.
struct p16e_placement_check {
  /// Two outcomes: the job is permanent; the employer is in the private sector.
  [[nodiscard]] constexpr std::array<outcome, 2> operator()(p16e_placement const& p) const {
    bool const permanent = p.term == employment_term::permanent;
    bool const private_sector = p.sector == employer_sector::private_sector;
    checked_formula sector_formula = "{label}: private sector (freie Wirtschaft) = {0}";
    if (p.sector == employer_sector::public_sector) {
      sector_formula =
          "{label}: private sector (freie Wirtschaft) = {0}, a public-sector employer; § 16e is meant for the "
          "private sector";
    } else if (!private_sector) {
      sector_formula =
          "{label}: private sector (freie Wirtschaft) = {0}, a non-profit employer; § 16e is meant for the "
          "private sector";
    }
    checked_formula term_formula = "{label}: permanent (unbefristet) = {0}";
    if (!permanent) term_formula = "{label}: permanent (unbefristet) = {0}; § 16e is meant for permanent jobs";
    return {outcome{permanent, term_formula, {flag_figure("permanent", permanent)}}
                .concerning(measure_id::p16e)
                .labelled("§ 16e job"),
            outcome{private_sector, sector_formula, {flag_figure("private sector", private_sector)}}
                .concerning(measure_id::p16e)
                .labelled("§ 16e job")};
  }
};

/// Seed, section 3: "Weitere Nutzung des Teilhabechancengesetzes als Brücke in den ersten Arbeitsmarkt, wobei § 16e
/// für unbefristete Beschäftigungsverhältnisse in der freien Wirtschaft vorgesehen wird".
inline constexpr auto p16e_permanent_private_sector =
    rule{rule_info{"p16e-permanent-private-sector",
                   "§ 16e only for permanent jobs in the private sector (unbefristet, freie Wirtschaft)",
                   references::section_3_p16e, severity::error},
         p16e_placement_check{}};

// ---------------------------------------------------------------------------------------------------------------
// Offer rules: on an amip::offer_spec

/// An offer of `measure` that meets every standard of section 1: procured (a voucher for AVGS MAT), in presence,
/// full time, with placement mandate, internships, support, rules for absence and digital contact. Durations and
/// the redemption period are left open.
[[nodiscard]] constexpr offer_spec standard_offer(measure_id measure) noexcept {
  return offer_spec{.measure = measure,
                    .acquired_by = measure == measure_id::avgs_mat ? acquisition::voucher : acquisition::procured,
                    .delivery = delivery_mode::presence,
                    .time = time_model::full_time,
                    .part_time_reason = {},
                    .placement_mandate = true,
                    .internships_with_ready_employers = true,
                    .adequate_support = true,
                    .absence_rules = true,
                    .digital_contact = true};
}

/// One yes/no criterion of an offer, one finding.
struct offer_criterion_check {
  /// The offer's yes/no field checked (&offer_spec::placement_mandate).
  bool offer_spec::*criterion;
  text key;               ///< the criterion's key, concerned beside the measure ("placement_mandate")
  text name;              ///< the figure's name ("placement mandate")
  checked_formula holds;  ///< formula when met
  checked_formula fails;  ///< formula when not

  /// Passes when the offer meets the criterion; concerns the measure and `key`.
  [[nodiscard]] constexpr outcome operator()(offer_spec const& offer) const {
    bool const met = offer.*criterion;
    return outcome{met, met ? holds : fails, {flag_figure(name, met)}}
        .concerning(offer.measure)
        .concerning(key)
        .labelled(text::of_static(info_of(offer.measure).abbreviation));
  }
};

/// The delivery mode is presence, one finding.
struct presence_check {
  checked_formula hybrid_fails;  ///< formula for a hybrid offer
  checked_formula online_fails;  ///< formula for an online offer

  /// Passes when the offer is delivered in presence; concerns the measure and "delivery".
  [[nodiscard]] constexpr outcome operator()(offer_spec const& offer) const {
    bool const present = offer.delivery == delivery_mode::presence;
    checked_formula formula = "{label}: in presence (Präsenz) = {0}";
    if (!present) formula = offer.delivery == delivery_mode::hybrid ? hybrid_fails : online_fails;
    return outcome{present, formula, {flag_figure("in presence", present)}}
        .concerning(offer.measure)
        .concerning("delivery")
        .labelled(text::of_static(info_of(offer.measure).abbreviation));
  }
};

/// Full time, or part time with a reason, one finding.
struct full_time_check {
  /// Passes for full time, and for part time with a reason (which becomes the label); concerns the measure and "time".
  [[nodiscard]] constexpr outcome operator()(offer_spec const& offer) const {
    bool const full = offer.time == time_model::full_time;
    bool const reason = !offer.part_time_reason.empty();
    std::initializer_list<figure> const shown{flag_figure("full time", full), flag_figure("part-time reason", reason)};
    if (full) {
      return outcome{true, "{label}: full time (Vollzeit) = {0}", shown}
          .concerning(offer.measure)
          .concerning("time")
          .labelled(text::of_static(info_of(offer.measure).abbreviation));
    }
    if (reason) {
      // The label carries the reason here: the measure is among the lines concerned.
      return outcome{true, "part time (Teilzeit) for a reason: {label}", shown}
          .concerning(offer.measure)
          .concerning("time")
          .labelled(offer.part_time_reason);
    }
    return outcome{false,
                   "{label}: full time (Vollzeit) = {0}, part-time reason = {1}; part time only where there is a "
                   "reason",
                   shown}
        .concerning(offer.measure)
        .concerning("time")
        .labelled(text::of_static(info_of(offer.measure).abbreviation));
  }
};

/// A span of days of a voucher within caller-supplied bounds: one finding when a bound is set, none otherwise.
struct voucher_limit_check {
  /// The offer's span checked (&offer_spec::duration).
  std::optional<day_count> offer_spec::*span;
  /// The bounds the caller supplies (voucher_limits); none set, no finding.
  day_bounds bounds;
  text key;    ///< "duration", "teaching_days_per_week", "redemption_period"
  text label;  ///< "AVGS duration (Dauer)"

  /// One outcome when a bound is set: the span is stated and within the bounds; none when no bound is set.
  [[nodiscard]] constexpr std::vector<outcome> operator()(offer_spec const& offer) const {
    std::vector<outcome> out;
    if (!bounds.bounded()) return out;
    auto const value = offer.*span;
    auto const finish = [&](outcome o) { return o.concerning(offer.measure).concerning(key).labelled(label); };
    if (!value) {
      out.push_back(finish(outcome{false, "{label}: not stated, so not within the limits set"}));
      return out;
    }
    std::vector<figure> shown{quantity_figure("value", *value)};
    if (bounds.at_least) shown.push_back(quantity_figure("at least", *bounds.at_least));
    if (bounds.at_most) shown.push_back(quantity_figure("at most", *bounds.at_most));
    bool const met = bounds.contains(*value);
    checked_formula formula = "{label} = {0} < {1}";
    if (bounds.at_least && bounds.at_most) {
      formula = "{label} = {0}, outside {1} to {2}";
      if (met) formula = "{label} = {0}, within {1} to {2}";
    } else if (bounds.at_most) {
      formula = "{label} = {0} > {1}";
      if (met) formula = "{label} = {0} ≤ {1}";
    } else if (met) {
      formula = "{label} = {0} ≥ {1}";
    }
    outcome o{met, formula};
    for (auto const& f : shown) o = o.with(f);
    out.push_back(finish(o));
    return out;
  }
};

/// Seed, section 1, every newly procured offer: "mit einem Vermittlungsauftrag".
inline constexpr auto offer_placement_mandate =
    rule{rule_info{"offer-placement-mandate",
                   "Every procured offer has a placement mandate "
                   "(mit einem Vermittlungsauftrag)",
                   references::section_1, severity::error},
         offer_criterion_check{&offer_spec::placement_mandate, "placement_mandate", "placement mandate",
                               "{label}: placement mandate (Vermittlungsauftrag) = {0}",
                               "{label}: placement mandate (Vermittlungsauftrag) = {0}; every procured offer has one"}};

/// Seed, section 1: "mit Vermittlung in Praktika bei grundsätzlich einstellungsbereiten Arbeitgebenden".
inline constexpr auto offer_internships =
    rule{rule_info{"offer-internships",
                   "Internships with employers ready to hire (Praktika bei "
                   "grundsätzlich einstellungsbereiten Arbeitgebenden)",
                   references::section_1, severity::error},
         offer_criterion_check{&offer_spec::internships_with_ready_employers, "internships",
                               "internships with employers ready to hire",
                               "{label}: internships with employers ready to hire = {0}",
                               "{label}: internships with employers ready to hire = {0}; every procured offer "
                               "places into internships"}};

/// Seed, section 1: "immer in Präsenz" (margin: "Keine hybriden Angebote aus grundsätzlich Erwägungen der
/// Wirksamkeit").
inline constexpr auto offer_in_presence = rule{
    rule_info{"offer-in-presence", "Always in presence (immer in Präsenz)", references::section_1, severity::error},
    presence_check{"{label}: in presence (Präsenz) = {0}, hybrid; procured offers are always in presence",
                   "{label}: in presence (Präsenz) = {0}, online; procured offers are always in presence"}};

/// Seed, section 1: "immer in Vollzeit, ermöglichen selbstverständlich bei Vorliegen entsprechender Gründe eine
/// Teilnahme in Teilzeit".
inline constexpr auto offer_full_time =
    rule{rule_info{"offer-full-time", "Always full time, part time for a reason (immer in Vollzeit)",
                   references::section_1, severity::error},
         full_time_check{}};

/// Seed, section 1: "mit ausreichender persönlicher und fachlicher Unterstützung der Teilnehmenden".
inline constexpr auto offer_support =
    rule{rule_info{"offer-support",
                   "Adequate personal and professional support (ausreichende persönliche "
                   "und fachliche Unterstützung)",
                   references::section_1, severity::error},
         offer_criterion_check{&offer_spec::adequate_support, "support", "adequate support",
                               "{label}: adequate personal and professional support = {0}",
                               "{label}: adequate personal and professional support = {0}; every procured offer "
                               "gives it"}};

/// Seed, section 1: "mit klaren Regelungen zum Vorgehen bei unentschuldigtem Fehlen".
inline constexpr auto offer_absence_rules =
    rule{rule_info{"offer-absence-rules",
                   "Clear rules for unexcused absence (klare Regelungen bei "
                   "unentschuldigtem Fehlen)",
                   references::section_1, severity::error},
         offer_criterion_check{&offer_spec::absence_rules, "absence_rules", "rules for unexcused absence",
                               "{label}: clear rules for unexcused absence = {0}",
                               "{label}: clear rules for unexcused absence = {0}; every procured offer has them"}};

/// Seed, section 1: "Befähigung zur digitalen Kommunikation mit dem Jobcenter Düsseldorf (jobcenter.digital)".
inline constexpr auto offer_digital_contact =
    rule{rule_info{"offer-digital-contact",
                   "Enables digital contact with the Jobcenter "
                   "(jobcenter.digital)",
                   references::section_1, severity::error},
         offer_criterion_check{&offer_spec::digital_contact, "digital_contact", "digital contact",
                               "{label}: enables digital contact with the Jobcenter (jobcenter.digital) = {0}",
                               "{label}: enables digital contact with the Jobcenter (jobcenter.digital) = {0}; every "
                               "procured offer does"}};

/// The seven standards of section 1, for procured offers only (a voucher is not procured: avgs_rules apply).
inline constexpr auto procured_offer_standards =
    only_when(procured_offer{}, all_of(offer_placement_mandate, offer_internships, offer_in_presence, offer_full_time,
                                       offer_support, offer_absence_rules, offer_digital_contact));

/// Seed, section 1: "Verschärfung der Vorgaben bei der Ausgabe von Aktivierungs- und Vermittlungsgutscheinen zu
/// Maßnahmeform (Präsenz statt hybrid) …".
inline constexpr auto avgs_in_presence =
    rule{rule_info{"avgs-in-presence", "AVGS in presence, not hybrid (Präsenz statt hybrid)", references::section_1,
                   severity::error},
         presence_check{"{label}: in presence (Präsenz) = {0}, hybrid; AVGS: Präsenz statt hybrid",
                        "{label}: in presence (Präsenz) = {0}, online; AVGS: Präsenz statt hybrid"}};

/// Seed, section 1: the tightened AVGS rules on "Dauer, Frequenz der Unterrichtstage und Einlösefrist". The seed
/// gives no numbers: `limits` are the caller's (an unset bound checks nothing). For vouchers only.
[[nodiscard]] constexpr auto avgs_rules(voucher_limits limits) {
  auto const info = [](std::string_view id, std::string_view title) {
    return rule_info{id, title, references::section_1, severity::error};
  };
  return only_when(
      voucher_offer{},
      all_of(avgs_in_presence,
             rule{info("avgs-duration", "AVGS duration within the limits set (Dauer)"),
                  voucher_limit_check{&offer_spec::duration, limits.duration, "duration", "AVGS duration (Dauer)"}},
             rule{info("avgs-teaching-days",
                       "AVGS teaching days per week within the limits set (Frequenz der "
                       "Unterrichtstage)"),
                  voucher_limit_check{&offer_spec::teaching_days_per_week, limits.teaching_days_per_week,
                                      "teaching_days_per_week", "AVGS teaching days per week"}},
             rule{info("avgs-redemption-period", "AVGS redemption period within the limits set (Einlösefrist)"),
                  voucher_limit_check{&offer_spec::redemption_period, limits.redemption_period, "redemption_period",
                                      "AVGS redemption period (Einlösefrist)"}}));
}

/// All offer rules: the standards for procured offers, the AVGS rules (with the caller's limits) for vouchers.
[[nodiscard]] constexpr auto offer_rules(voucher_limits limits = {}) {
  return all_of(procured_offer_standards, avgs_rules(limits));
}

}  // namespace amip::duesseldorf_2026
