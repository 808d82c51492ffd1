// The national allocation of the EinglMV 2026: national totals split into the regulation's pots, each pot split
// over the Jobcenters by its Anlage, exact to the cent. The keys and the regulation's text:
// include/amip/money/einglmv_2026.hpp and data/einglmv_2026/README.md.
//
// Synopsis
//
//   namespace amip::einglmv_2026 {
//   enum class unallocated { reported, renormalised };   // what becomes of the part the printed keys do not cover
//   struct jobcenter_share { traeger_nummer, form, jobcenter, amount };
//   struct pot_allocation { int anlage; money pot; std::vector<jobcenter_share> shares; money remainder;
//                           std::optional<money> of(traeger_nummer) const; money allocated() const; };
//   pot_allocation allocate(money pot, anlage const&, unallocated);
//   struct national_totals { money eingliederungsmittel, p16e, verwaltungskosten; };
//   struct national_allocation { money anlage1_pot ... ; std::array<pot_allocation, 6> pots; };
//   national_allocation allocate(national_totals const&, unallocated);
//   }
//
// The printed keys of no Anlage add up to 100 % (data/einglmv_2026/README.md), and the regulation does not say what
// becomes of the rest. The caller states it, there is no default:
//   reported      each Jobcenter gets pot × key / 1 000 000; the part of 1 000 000 the keys leave uncovered is a
//                 further weight whose part is `remainder`, left undistributed (amip::split over the keys and
//                 1 000 000 − Σ keys);
//   renormalised  the pot is split over the keys alone (amip::split: pot × key / Σ keys), `remainder` is 0.
// Either way the parts are rounded by the largest-remainder rule (include/amip/core/split.hpp) and
// Σ shares + remainder == pot to the cent.
//
// Not modelled (the regulation gives no key or no figure for them): how the § 16e money (§ 1 Abs. 2) is split
// ("nach Maßgabe der ... bestehenden Verpflichtungen", per Jobcenter obligations the Anlagen do not hold): it is
// only deducted; the Verpflichtungsermächtigungen (§ 1 Abs. 7); money of the Zentrale handed on under § 2 Abs. 5
// Satz 5; recomputed shares under § 3.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/quantity.hpp>
#include <amip/core/split.hpp>
#include <amip/money/einglmv_2026.hpp>

namespace amip::einglmv_2026 {

/// What becomes of the part of a pot the printed keys do not cover (they add up to less than 100 %).
enum class unallocated : std::uint8_t {
  reported,      ///< left undistributed and reported as the pot's remainder
  renormalised,  ///< distributed too: the pot is split in proportion to the keys alone
};

/// 100 % in the unit of the keys (ten-thousandths of a percent).
inline constexpr std::int64_t whole_key = 1'000'000;

// The amounts the regulation itself states (EinglMV 2026, data/einglmv_2026/README.md).
/// § 1 Abs. 3: kept back for overarching purposes ("für übergeordnete Zwecke einbehalten").
inline constexpr money retained_overarching = eur(17'050'000);
/// § 1 Abs. 1 Satz 3 (§ 459 SGB III): Förderung der beruflichen Weiterbildung, split by Anlage 3 (§ 1 Abs. 8).
inline constexpr money fbw_459 = eur(72'000'000);
/// § 1 Abs. 1 Satz 3 (§ 459 SGB III): Förderung der beruflichen Rehabilitation, split by Anlage 4 (§ 1 Abs. 8).
inline constexpr money reha_459 = eur(15'000'000);
/// § 2 Abs. 2: kept back for supra-regional special needs ("überregionale Sonderbedarfe").
inline constexpr money retained_supra_regional = eur(2'700'000);
/// § 2 Abs. 3: to the Bundesagentur für Arbeit for tasks concerning all Jobcenters (28,4815 Mio. EUR).
inline constexpr money ba_common_tasks = eur(28'481'500);
/// § 2 Abs. 5 Satz 2: the Zentrale der Bundesagentur für Arbeit's part of the Bundesagentur's money (165,1 Mio.).
inline constexpr money ba_zentrale = eur(165'100'000);

/// A Jobcenter's part of a pot. The text fields view the static rows of include/amip/money/einglmv_2026.hpp.
struct jobcenter_share {
  /// The Träger-Nummer that identifies the Jobcenter in the Anlagen.
  std::string_view traeger_nummer;
  /// Träger-Form: gemeinsame Einrichtung (gE) or zugelassener kommunaler Träger (zkT).
  carrier_form form;
  /// The Jobcenter's name as the Anlage prints it.
  std::string_view jobcenter;
  /// The Jobcenter's part of the pot, in cents.
  money amount;
};

/// One pot split by one Anlage: every listed Jobcenter's amount, in the Anlage's order, and what was left over.
struct pot_allocation {
  /// The number of the Anlage whose keys split the pot (1 to 6).
  int anlage = 0;
  /// The pot split.
  money pot{};
  /// Each listed Jobcenter's part, in the Anlage's order.
  std::vector<jobcenter_share> shares;
  money remainder{};  ///< undistributed (unallocated::reported); 0 when renormalised

  /// The amount of the Jobcenter with this Träger-Nummer; none when the Anlage does not list it.
  [[nodiscard]] std::optional<money> of(std::string_view traeger_nummer) const {
    for (auto const& s : shares)
      if (s.traeger_nummer == traeger_nummer) return s.amount;
    return std::nullopt;
  }
  /// Σ of the shares (pot − remainder).
  [[nodiscard]] money allocated() const {
    money sum{};
    for (auto const& s : shares) sum += s.amount;
    return sum;
  }
};

/// `pot` split over the keys of `by` (largest remainder, exact to the cent); see the file comment for `rest`.
[[nodiscard]] inline pot_allocation allocate(money pot, anlage const& by, unallocated rest) {
  std::vector<std::int64_t> weights;
  weights.reserve(by.rows.size() + 1);
  std::int64_t sum = 0;
  for (auto const& row : by.rows) {
    weights.push_back(row.key_in_ten_thousandths_of_percent);
    sum += row.key_in_ten_thousandths_of_percent;
  }
  if (sum > whole_key)
    throw std::invalid_argument("amip: the keys of Anlage " + std::to_string(by.number) +
                                " add up to more than 100 %; nothing is left to report");
  if (rest == unallocated::reported) weights.push_back(whole_key - sum);
  auto const parts = split(pot, weights);
  pot_allocation out{by.number, pot, {}, money{}};
  out.shares.reserve(by.rows.size());
  for (std::size_t i = 0; i < by.rows.size(); ++i)
    out.shares.push_back({by.rows[i].traeger_nummer, by.rows[i].form, by.rows[i].jobcenter, parts[i]});
  if (rest == unallocated::reported) out.remainder = parts.back();
  return out;
}

/// The national totals the caller states (the budget's figures; the regulation does not print them).
struct national_totals {
  /// Kapitel 1101 Titel 685 11 as budgeted (§ 1 Abs. 1 Satz 1), without the 72 + 15 Mio. EUR of § 1 Abs. 1
  /// Satz 3, which are distributed on their own by Anlagen 3 and 4 (§ 1 Abs. 8).
  money eingliederungsmittel{};
  /// The money for § 16e SGB II (§ 1 Abs. 2): deducted, distributed by obligations (not modelled here).
  money p16e{};
  /// Kapitel 1101 Titel 636 13 with the Ausgabereste of § 1 Abs. 1 Satz 2 (§ 2 Abs. 1).
  money verwaltungskosten{};
};

/// The pots derived from the national totals and each split by its Anlage; pots[n - 1] is Anlage n's.
struct national_allocation {
  money eingliederung_distributable{};  ///< § 1 Abs. 4: eingliederungsmittel − p16e − 17,05 Mio.
  money verwaltung_distributable{};     ///< § 2 Abs. 4: verwaltungskosten − 2,7 Mio. − 28,4815 Mio. (Anlage 5's pot)
  money bundesagentur_part{};           ///< § 2 Abs. 5 Satz 1: the gE's shares of Anlage 5 together
  /// The six pots, each split by its Anlage: pots[n - 1] is Anlage n's.
  std::array<pot_allocation, 6> pots;
};

namespace detail {
[[nodiscard]] inline money less(money from, money deduct, char const* what) {
  if (from < deduct)
    throw std::invalid_argument(std::string("amip: ") + what + ": " + amip::detail::message_text(from) +
                                " is less than the " + amip::detail::message_text(deduct) + " to deduct");
  return from - deduct;
}
}  // namespace detail

/// The regulation's pots from `totals`, each split by its Anlage with the stated treatment of the rest.
[[nodiscard]] inline national_allocation allocate(national_totals const& totals, unallocated rest) {
  national_allocation out;
  // § 1 Abs. 4: what is left of Abs. 1 after Abs. 2 (§ 16e) and Abs. 3 (17,05 Mio.), one half by Anlage 1 (Abs. 5),
  // the other half by Anlage 2 (Abs. 6). An odd cent goes to Anlage 1's half (split_equally: the first part).
  out.eingliederung_distributable =
      detail::less(detail::less(totals.eingliederungsmittel, totals.p16e, "Eingliederungsmittel less the § 16e money"),
                   retained_overarching, "Eingliederungsmittel less § 16e and the 17,05 Mio. EUR of § 1 Abs. 3");
  auto const halves = split_equally(out.eingliederung_distributable, 2);
  out.pots[0] = allocate(halves[0], anlagen[0], rest);
  out.pots[1] = allocate(halves[1], anlagen[1], rest);
  // § 1 Abs. 8 with Abs. 1 Satz 3: 72 Mio. EUR by Anlage 3, 15 Mio. EUR by Anlage 4.
  out.pots[2] = allocate(fbw_459, anlagen[2], rest);
  out.pots[3] = allocate(reha_459, anlagen[3], rest);
  // § 2 Abs. 4: Abs. 1 less Abs. 2 (2,7 Mio.) and Abs. 3 (28,4815 Mio.) by Anlage 5, to the Bundesagentur (for
  // the gE) and the zkT.
  out.verwaltung_distributable = detail::less(
      detail::less(totals.verwaltungskosten, retained_supra_regional, "Verwaltungskosten less § 2 Abs. 2"),
      ba_common_tasks, "Verwaltungskosten less § 2 Abs. 2 and 3");
  out.pots[4] = allocate(out.verwaltung_distributable, anlagen[4], rest);
  // § 2 Abs. 5: the Bundesagentur's part (the gE's shares of Anlage 5) less 165,1 Mio. for its Zentrale, by Anlage 6.
  for (auto const& s : out.pots[4].shares)
    if (s.form == carrier_form::ge) out.bundesagentur_part += s.amount;
  out.pots[5] = allocate(detail::less(out.bundesagentur_part, ba_zentrale, "the Bundesagentur's part of Anlage 5"),
                         anlagen[5], rest);
  return out;
}

}  // namespace amip::einglmv_2026
