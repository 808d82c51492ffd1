// Budget lines and their money: allocations, transfers between lines, commitments carried over, and the balance
// against planned spend (the money layer).
//
// Synopsis
//
//   namespace amip {
//   template <budget_line Line> class line_money;       // money of one budget line: egt_money, vwhh_money, …
//   using egt_money, vwhh_money, pat_money, special_allocation_money, vermittlungsbudget_money, municipal_money;
//   struct transfer_record { from, to, amount, reason };          // an Umschichtung, e.g. EGT -> VwHH
//   struct commitment { line, amount, description, from_year };   // Vorbindung / Ausfinanzierung
//   struct balance { line, allocated, transferred_in, transferred_out, committed, planned;
//                   available(), remaining() };
//   class budget {                                                // the ledger of one budget year
//     budget& allocate(line_money<L>, std::string_view source);
//     budget& transfer(line_money<From>, to line, reason);        // recorded, never silent
//     budget& commit(commitment);
//     line_money<L> available<L>() const;                         // allocated ± transfers − commitments
//     balance balance_of(budget_line, money planned) const;
//   };
//   }
//
// Money of one line never adds to another's: egt_money + vwhh_money does not compile. Moving money between
// lines is a transfer that the budget records with its reason.
#pragma once

#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/budget_line.hpp>

namespace amip {

/// Money of one budget line. Only money of the same line adds, subtracts and compares.
template <budget_line Line>
class line_money {
 public:
  static constexpr budget_line line = Line;

  /// Zero.
  constexpr line_money() noexcept = default;
  /// This amount, in this budget line.
  constexpr explicit line_money(money amount) noexcept : amount_{amount} {}

  [[nodiscard]] constexpr money amount() const noexcept { return amount_; }

  constexpr line_money& operator+=(line_money other) {
    amount_ += other.amount_;
    return *this;
  }
  constexpr line_money& operator-=(line_money other) {
    amount_ -= other.amount_;
    return *this;
  }
  [[nodiscard]] friend constexpr line_money operator+(line_money a, line_money b) { return a += b; }
  [[nodiscard]] friend constexpr line_money operator-(line_money a, line_money b) { return a -= b; }
  friend constexpr bool operator==(line_money, line_money) noexcept = default;
  friend constexpr auto operator<=>(line_money, line_money) noexcept = default;

  /// "EGT 1460000.00 EUR" (the line's abbreviation, or its German name where it has none)
  [[nodiscard]] friend std::string to_string(line_money m) {
    auto const& info = info_of(Line);
    return std::string(info.abbreviation.empty() ? info.german_name : info.abbreviation) + ' ' + to_string(m.amount_);
  }

 private:
  money amount_{};
};

// Money of different budget lines does not mix: move it with budget::transfer, which records the Umschichtung.
template <budget_line A, budget_line B>
requires(A != B) AMIP_REJECTED(
    "cannot add money of different budget lines (for example EGT and VwHH); move it with "
    "amip::budget::transfer, which records the Umschichtung and its reason")
operator+(line_money<A>, line_money<B>) AMIP_DELETED;
template <budget_line A, budget_line B>
requires(A != B) AMIP_REJECTED(
    "cannot subtract money of one budget line from that of another line; move it with amip::budget::transfer")
operator-(line_money<A>, line_money<B>) AMIP_DELETED;
template <budget_line A, class T>
requires(Quantity<T> || std::is_arithmetic_v<T>) AMIP_REJECTED(
    "money of a budget line adds only to money of the same line; wrap plain money with "
    "amip::line_money<line>{amount} to say which line it belongs to")
operator+(line_money<A>, T) AMIP_DELETED;
template <budget_line A, class T>
requires(Quantity<T> || std::is_arithmetic_v<T>) AMIP_REJECTED(
    "money of a budget line adds only to money of the same line; wrap plain money with "
    "amip::line_money<line>{amount} to say which line it belongs to")
operator+(T, line_money<A>) AMIP_DELETED;

using egt_money = line_money<budget_line::egt>;                                ///< Eingliederungstitel
using vwhh_money = line_money<budget_line::vwhh>;                              ///< Verwaltungshaushalt
using pat_money = line_money<budget_line::pat>;                                ///< Passiv-Aktiv-Transfer
using special_allocation_money = line_money<budget_line::special_allocation>;  ///< Sonderzuweisung
using vermittlungsbudget_money = line_money<budget_line::vermittlungsbudget>;  ///< Vermittlungsbudget
using municipal_money = line_money<budget_line::municipal>;                    ///< kommunale Mittel (§ 16a)

/// An Umschichtung: money moved from one budget line to another, with its reason.
struct transfer_record {
  budget_line from;
  budget_line to;
  money amount;
  std::string_view reason;
  friend constexpr bool operator==(transfer_record const&, transfer_record const&) = default;
};

/// Money already bound by earlier decisions (Vorbindung, Ausfinanzierung), e.g. FbW cases from 2024 still to be
/// paid in 2026 (seed, section 4).
struct commitment {
  budget_line line;
  money amount;
  std::string_view description;
  std::int32_t from_year;  ///< the year of the decision that binds the money
  friend constexpr bool operator==(commitment const&, commitment const&) = default;
};

/// The state of one budget line: what was allocated, moved, bound and planned, and what remains.
struct balance {
  budget_line line;
  money allocated;        ///< Zuweisung
  money transferred_in;   ///< received by Umschichtung
  money transferred_out;  ///< given away by Umschichtung
  money committed;        ///< Vorbindungen
  money planned;          ///< planned spend of the year

  /// allocated + transferred_in − transferred_out − committed − planned; negative when the plan does not fit.
  [[nodiscard]] constexpr money remaining() const {
    return allocated + transferred_in - transferred_out - committed - planned;
  }
  /// allocated + transferred_in − transferred_out − committed: what the year's plan may spend.
  [[nodiscard]] constexpr money available() const { return allocated + transferred_in - transferred_out - committed; }
};

/// Thrown when a transfer would move more than a line has, or an amount is negative.
class budget_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// The ledger of one budget year: allocations per line, commitments and recorded transfers.
class budget {
 public:
  constexpr explicit budget(std::int32_t year) noexcept : year_{year} {}

  [[nodiscard]] constexpr std::int32_t year() const noexcept { return year_; }

  /// Adds an allocation (Zuweisung) to a line; `source` names it ("Eingliederungsmittelverordnung 2026").
  template <budget_line Line>
  constexpr budget& allocate(line_money<Line> amount, std::string_view source = {}) {
    require_not_negative(amount.amount(), "an allocation");
    allocated_[index(Line)] += amount.amount();
    if (!source.empty()) sources_.push_back({Line, amount.amount(), source});
    return *this;
  }

  /// Moves money from one line to another and records it. Throws amip::budget_error when the line has less
  /// available than the amount; nothing is changed then.
  template <budget_line From>
  constexpr budget& transfer(line_money<From> amount, budget_line to, std::string_view reason) {
    require_not_negative(amount.amount(), "a transfer");
    if (to == From) throw budget_error("amip: a transfer needs two different budget lines");
    auto const have = balance_of(From).available();
    if (amount.amount() > have) {
      throw budget_error("amip: cannot move " + std::to_string(amount.amount().value()) + " ct from " +
                         std::string(info_of(From).german_name) + ": only " + std::to_string(have.value()) +
                         " ct are available");
    }
    transfers_.push_back({From, to, amount.amount(), reason});
    return *this;
  }

  /// Binds money of a line for an earlier decision.
  constexpr budget& commit(commitment c) {
    require_not_negative(c.amount, "a commitment");
    commitments_.push_back(c);
    return *this;
  }

  /// Allocated ± transfers − commitments of a line, as money of that line.
  template <budget_line Line>
  [[nodiscard]] constexpr line_money<Line> available() const {
    return line_money<Line>{balance_of(Line).available()};
  }

  /// The balance of a line against a planned spend.
  [[nodiscard]] constexpr balance balance_of(budget_line line, money planned = money{}) const {
    balance b{line, allocated_[index(line)], money{}, money{}, money{}, planned};
    for (auto const& t : transfers_) {
      if (t.to == line) b.transferred_in += t.amount;
      if (t.from == line) b.transferred_out += t.amount;
    }
    for (auto const& c : commitments_) {
      if (c.line == line) b.committed += c.amount;
    }
    return b;
  }

  [[nodiscard]] constexpr std::vector<transfer_record> const& transfers() const noexcept { return transfers_; }
  [[nodiscard]] constexpr std::vector<commitment> const& commitments() const noexcept { return commitments_; }

 private:
  struct allocation_source {
    budget_line line;
    money amount;
    std::string_view source;
  };
  [[nodiscard]] static constexpr std::size_t index(budget_line line) noexcept { return static_cast<std::size_t>(line); }
  static constexpr void require_not_negative(money amount, std::string_view what) {
    if (amount < money{}) {
      throw budget_error("amip: " + std::string(what) + " cannot be negative (" + std::to_string(amount.value()) +
                         " ct)");
    }
  }

  std::int32_t year_;
  std::array<money, budget_lines.size()> allocated_{};
  std::vector<allocation_source> sources_{};
  std::vector<transfer_record> transfers_{};
  std::vector<commitment> commitments_{};
};

}  // namespace amip
