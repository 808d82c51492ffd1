// Offers: the specification of a measure the Jobcenter procures or issues a voucher for, as offer rules inspect it
// (seed, section 1: "Alle Angebote, die das Jobcenter neu beschaffen wird, werden standardmäßig so ausgestaltet",
// and the tightening of the rules for activation and placement vouchers).
//
// Synopsis
//
//   namespace amip {
//   enum class delivery_mode { presence, hybrid, online };   // Präsenz, hybrid, online
//   enum class time_model { full_time, part_time };          // Vollzeit, Teilzeit
//   enum class acquisition { procured, voucher };            // eingekauft (Vergabe), Gutschein (AVGS)
//   struct offer_spec {                                      // every member has a default; name what you set
//     measure, acquired_by, delivery, time, part_time_reason,
//     placement_mandate, internships_with_ready_employers, adequate_support, absence_rules, digital_contact,
//     duration, teaching_days_per_week, redemption_period;   // optional<day_count>
//     constexpr bool ok() const;                             // internally consistent (see there)
//   };
//   struct day_bounds { at_least, at_most; constexpr bool contains(day_count) const; };
//   struct voucher_limits { duration, teaching_days_per_week, redemption_period; };   // caller-supplied
//   struct procured_offer, voucher_offer;                    // conditions for only_when (amip/rules/)
//   constexpr std::string_view to_string(delivery_mode | time_model | acquisition);
//   }
//
// This header states what an offer is; which offers are acceptable is for rules to say
// (amip/programmes/duesseldorf_2026/rules.hpp holds the seed's).
#pragma once

#include <optional>
#include <string_view>

#include <amip/core/quantity.hpp>
#include <amip/model/measure.hpp>

namespace amip {

/// How an offer is delivered (Maßnahmeform).
enum class delivery_mode : unsigned char {
  presence,  ///< Präsenz: participants attend in person
  hybrid,    ///< hybrid: partly in person, partly remote
  online,    ///< online only
};

/// How much of a working week an offer takes.
enum class time_model : unsigned char {
  full_time,  ///< Vollzeit
  part_time,  ///< Teilzeit
};

/// How the Jobcenter obtains an offer.
enum class acquisition : unsigned char {
  procured,  ///< eingekauft: bought by the Jobcenter (Vergabe), e.g. MAT
  voucher,   ///< Gutschein: the customer redeems a voucher with an approved provider, e.g. AVGS
};

/// "presence", "hybrid", "online".
[[nodiscard]] constexpr std::string_view to_string(delivery_mode mode) noexcept {
  switch (mode) {
    case delivery_mode::presence:
      return "presence";
    case delivery_mode::hybrid:
      return "hybrid";
    case delivery_mode::online:
      return "online";
  }
  return "?";
}

/// "full time", "part time".
[[nodiscard]] constexpr std::string_view to_string(time_model model) noexcept {
  return model == time_model::full_time ? "full time" : "part time";
}

/// "procured", "voucher".
[[nodiscard]] constexpr std::string_view to_string(acquisition how) noexcept {
  return how == acquisition::procured ? "procured" : "voucher";
}

/// The specification of an offer (Angebot, Maßnahme) as the Jobcenter procures it or issues a voucher for it.
///
/// Every member has a default so that designated initialisers name only what they set. The yes/no criteria default
/// to false (unmet: a specification that does not say it has a placement mandate has none); measure, acquisition,
/// delivery and time default to the plain case (a procured MAT in presence, full time), so name them.
///
///   constexpr amip::offer_spec mat{.measure = amip::measure_id::mat, .delivery = amip::delivery_mode::presence,
///                                  .time = amip::time_model::full_time, .placement_mandate = true, …};
struct offer_spec {
  measure_id measure = measure_id::mat;              ///< the measure (MAT, MAG, AVGS MAT, …)
  acquisition acquired_by = acquisition::procured;   ///< procured (Vergabe) or a voucher (AVGS)
  delivery_mode delivery = delivery_mode::presence;  ///< Präsenz, hybrid, online
  time_model time = time_model::full_time;           ///< Vollzeit or Teilzeit
  /// Why the offer is designed as part time (Gründe für Teilzeit); empty: none given. Meaningful for part time.
  std::string_view part_time_reason = {};
  bool placement_mandate = false;                 ///< mit einem Vermittlungsauftrag
  bool internships_with_ready_employers = false;  ///< Praktika bei grundsätzlich einstellungsbereiten Arbeitgebenden
  bool adequate_support = false;  ///< ausreichende persönliche und fachliche Unterstützung der Teilnehmenden
  bool absence_rules = false;     ///< klare Regelungen zum Vorgehen bei unentschuldigtem Fehlen
  bool digital_contact = false;   ///< Befähigung zur digitalen Kommunikation mit dem Jobcenter (jobcenter.digital)
  std::optional<day_count> duration = std::nullopt;                ///< Dauer, in calendar days
  std::optional<day_count> teaching_days_per_week = std::nullopt;  ///< Frequenz der Unterrichtstage, 1 to 7
  std::optional<day_count> redemption_period = std::nullopt;       ///< Einlösefrist of a voucher, in calendar days

  /// Internally consistent: a part-time reason only on a part-time offer, a redemption period only on a voucher,
  /// a positive duration and redemption period, 1 to 7 teaching days a week. Says nothing about the standards.
  [[nodiscard]] constexpr bool ok() const noexcept {
    if (!part_time_reason.empty() && time != time_model::part_time) return false;
    if (redemption_period && acquired_by != acquisition::voucher) return false;
    if (duration && duration->value() <= 0) return false;
    if (redemption_period && redemption_period->value() <= 0) return false;
    if (teaching_days_per_week && (teaching_days_per_week->value() < 1 || teaching_days_per_week->value() > 7)) {
      return false;
    }
    return true;
  }
};

/// Bounds on a span of days, each optional: "at most 84 days", "at least 4 days", both, or neither.
struct day_bounds {
  /// The shortest span allowed, if any.
  std::optional<day_count> at_least = std::nullopt;
  /// The longest span allowed, if any.
  std::optional<day_count> at_most = std::nullopt;

  /// Whether any bound is set.
  [[nodiscard]] constexpr bool bounded() const noexcept { return at_least.has_value() || at_most.has_value(); }
  /// Whether `span` lies within the bounds set (true when none is).
  [[nodiscard]] constexpr bool contains(day_count span) const noexcept {
    return (!at_least || *at_least <= span) && (!at_most || span <= *at_most);
  }
};

/// Limits for vouchers (AVGS) on duration, teaching days per week and redemption period. The seed announces that
/// these are tightened ("Verschärfung der Vorgaben … zu … Dauer, Frequenz der Unterrichtstage und Einlösefrist")
/// but gives no numbers: the caller supplies them; amip ships none.
struct voucher_limits {
  day_bounds duration{};                ///< Dauer
  day_bounds teaching_days_per_week{};  ///< Frequenz der Unterrichtstage
  day_bounds redemption_period{};       ///< Einlösefrist
};

/// True for an offer the Jobcenter procures: a condition for amip::only_when.
struct procured_offer {
  /// Whether the offer is acquired by procurement (acquisition::procured).
  [[nodiscard]] constexpr bool operator()(offer_spec const& offer) const noexcept {
    return offer.acquired_by == acquisition::procured;
  }
};

/// True for an offer obtained through a voucher (AVGS): a condition for amip::only_when.
struct voucher_offer {
  /// Whether the offer is acquired through a voucher (acquisition::voucher).
  [[nodiscard]] constexpr bool operator()(offer_spec const& offer) const noexcept {
    return offer.acquired_by == acquisition::voucher;
  }
};

}  // namespace amip
