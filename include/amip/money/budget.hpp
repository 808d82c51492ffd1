// Budget lines and their money: allocations, transfers between lines, commitments carried over, and the balance
// against planned spend (the money layer).
//
// Synopsis
//
//   namespace amip {
//   template <budget_line Line> class line_money;       // money of one budget line: egt_money, vwhh_money, …
//   using egt_money, vwhh_money, pat_money, special_allocation_money, vermittlungsbudget_money, municipal_money;
//   class ledger_text;                                            // text a ledger owns; from "…", std::string
//   struct transfer_record { from, to, amount, ledger_text reason };          // an Umschichtung, e.g. EGT -> VwHH
//   struct commitment { line, amount, ledger_text description, from_year };   // Vorbindung / Ausfinanzierung
//   struct budget_shift { from, to, moved, allocated; share() };   // an Umschichtung over the year
//   struct balance { line, allocated, transferred_in, transferred_out, committed, planned;   // untyped, for rules
//                   available(), remaining() };
//   template <budget_line L> struct line_balance { the same in line_money<L>; untyped() };  // converts to balance
//   class budget {                                                // the ledger of one budget year; owns its texts
//     budget& allocate(line_money<L>, ledger_text source = {});
//     budget& transfer<To>(line_money<From>, ledger_text reason);   // recorded, never silent; To != From
//     budget& commit(commitment);  budget& commit(line_money<L>, ledger_text description, from_year);
//     line_money<L> available<L>() const;                         // allocated ± transfers − commitments
//     line_balance<L> balance_of<L>(line_money<L> planned = {}) const;
//     balance untyped_balance_of(budget_line, money planned = {}) const;   // a line chosen at run time
//     money moved(budget_line from, budget_line to) const;        // Umschichtung, e.g. EGT -> VwHH
//     exact_ratio moved_share(budget_line from, budget_line to) const;   // its share of from's allocation
//     budget_shift shift_of(budget_line from, budget_line to) const;   // both, for reports and rules
//     transfers(), commitments()
//   };
//   }
//
// Money of one line never adds to another's: egt_money + vwhh_money does not compile. Moving money between
// lines is a transfer that the budget records with its reason.
#pragma once

#include <array>
#include <compare>
#include <concepts>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/quantity.hpp>
#include <amip/core/ratio.hpp>
#include <amip/model/budget_line.hpp>

namespace amip {

/// Money of one budget line. Only money of the same line adds, subtracts and compares.
template <budget_line Line>
class line_money {
 public:
  /// The budget line the money belongs to.
  static constexpr budget_line line = Line;

  /// Zero.
  constexpr line_money() noexcept = default;
  /// This amount, in this budget line.
  constexpr explicit line_money(money amount) noexcept : amount_{amount} {}

  /// The amount as plain money, leaving the line behind (explicitly).
  [[nodiscard]] constexpr money amount() const noexcept { return amount_; }

  /// @name Arithmetic and comparison within one line
  //@{
  /// Money of the same line adds, subtracts and compares as money does (overflow-checked: amip::overflow_error).
  /// Money of another line, plain money and numbers do not compile here: move money with budget::transfer.
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
  //@}

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

/// Text a ledger keeps (the reason of a transfer, the source of an allocation, the description of a commitment):
/// its own copy of the characters, so that a reason built in a loop or returned from a function stays valid as long
/// as the budget does. Made implicitly from anything that views as a std::string_view ("Umschichtung",
/// std::string, std::string_view). Usable in constant evaluation (it holds a std::vector<char>, not a std::string).
class ledger_text {
 public:
  /// Empty.
  constexpr ledger_text() noexcept = default;
  /// A copy of `text`.
  template <class S>
  requires(std::convertible_to<S const&, std::string_view> && !std::same_as<S, ledger_text>) constexpr ledger_text(
      S const& text) {  // NOLINT(google-explicit-constructor): a reason is given as plain text
    std::string_view const v = text;
    chars_.assign(v.begin(), v.end());
  }

  /// The text; valid while this ledger_text lives and is not changed.
  [[nodiscard]] constexpr std::string_view view() const noexcept { return {chars_.data(), chars_.size()}; }
  /// The text as view() gives it, where a std::string_view is expected.
  constexpr operator std::string_view() const noexcept { return view(); }  // NOLINT(google-explicit-constructor)
  /// Whether there is no text (a reason or source left out).
  [[nodiscard]] constexpr bool empty() const noexcept { return chars_.empty(); }

  /// Compares the text with another ledger_text, a string literal, a std::string or a std::string_view.
  template <class S>
  requires std::convertible_to<S const&, std::string_view>
  friend constexpr bool operator==(ledger_text const& a, S const& b) noexcept {
    return a.view() == static_cast<std::string_view>(b);
  }

 private:
  std::vector<char> chars_;
};

/// An Umschichtung: money moved from one budget line to another, with its reason.
struct transfer_record {
  /// The line the money leaves.
  budget_line from;
  /// The line the money goes to.
  budget_line to;
  /// The money moved (not negative).
  money amount;
  ledger_text reason;  ///< owned: print it with reason.view()
  /// Equal when lines, amount and reason are.
  friend constexpr bool operator==(transfer_record const&, transfer_record const&) = default;
};

/// Money already bound by earlier decisions (Vorbindung, Ausfinanzierung), e.g. FbW cases from 2024 still to be
/// paid in 2026 (seed, section 4).
struct commitment {
  /// The line whose money is bound.
  budget_line line;
  /// The money bound (not negative).
  money amount;
  ledger_text description;  ///< owned: "219 FbW-Förderfälle aus 2024", built however the caller likes
  std::int32_t from_year;   ///< the year of the decision that binds the money
  /// Equal when line, amount, description and year are.
  friend constexpr bool operator==(commitment const&, commitment const&) = default;
};

/// An Umschichtung over a budget year: the money moved from one line to another by all its transfers, and the
/// allocation of the line it left, of which it is a share (budget::shift_of). What a report prints beside the
/// balance, and what amip::rules::budget::moved_share_at_most (amip/rules/budget.hpp) inspects.
struct budget_shift {
  budget_line from;  ///< the line the money left (e.g. the EGT)
  budget_line to;    ///< the line it went to (e.g. the VwHH)
  money moved;      ///< the sum of the transfers from `from` to `to`
  money allocated;  ///< what `from` was allocated (Zuweisung)

  /// moved / allocated, exact (the Umschichtungsquote); amip::domain_error where `from` has no allocation.
  [[nodiscard]] constexpr exact_ratio share() const { return exact_ratio{moved.value(), allocated.value()}; }
  /// The same lines and amounts.
  friend constexpr bool operator==(budget_shift const&, budget_shift const&) = default;
};

/// The state of one budget line: what was allocated, moved, bound and planned, and what remains. Untyped (the line
/// is a value): what the budget rules of amip/rules/budget.hpp inspect, and what untyped_balance_of returns.
struct balance {
  /// The budget line described.
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

/// The state of budget line Line, in money of that line: what budget::balance_of<Line>() returns.
/// year.balance_of<budget_line::egt>(need).available() is egt_money, ready for amip::fit.
template <budget_line Line>
struct line_balance {
  /// The budget line described.
  static constexpr budget_line line = Line;
  line_money<Line> allocated;        ///< Zuweisung
  line_money<Line> transferred_in;   ///< received by Umschichtung
  line_money<Line> transferred_out;  ///< given away by Umschichtung
  line_money<Line> committed;        ///< Vorbindungen
  line_money<Line> planned;          ///< planned spend of the year

  /// allocated + transferred_in − transferred_out − committed − planned; negative when the plan does not fit.
  [[nodiscard]] constexpr line_money<Line> remaining() const { return available() - planned; }
  /// allocated + transferred_in − transferred_out − committed: what the year's plan may spend.
  [[nodiscard]] constexpr line_money<Line> available() const {
    return allocated + transferred_in - transferred_out - committed;
  }
  /// The untyped balance (the budget rules inspect it; a line_balance converts to it where one is expected).
  [[nodiscard]] constexpr balance untyped() const {
    return {Line,
            allocated.amount(),
            transferred_in.amount(),
            transferred_out.amount(),
            committed.amount(),
            planned.amount()};
  }
  /// The untyped balance, as untyped().
  constexpr operator balance() const { return untyped(); }  // NOLINT(google-explicit-constructor): same figures
};

/// Thrown when a transfer would move more than a line has, or an amount is negative.
class budget_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// The ledger of one budget year: allocations per line, commitments and recorded transfers. It owns every text it
/// is given (sources, reasons, descriptions).
class budget {
 public:
  /// An empty ledger for a budget year (2026).
  constexpr explicit budget(std::int32_t year) noexcept : year_{year} {}

  /// The budget year.
  [[nodiscard]] constexpr std::int32_t year() const noexcept { return year_; }

  /// Adds an allocation (Zuweisung) to a line; `source` names it ("Eingliederungsmittelverordnung 2026").
  template <budget_line Line>
  constexpr budget& allocate(line_money<Line> amount, ledger_text source = {}) {
    require_not_negative(amount.amount(), "an allocation");
    allocated_[index(Line)] += amount.amount();
    if (!source.empty()) sources_.push_back({Line, amount.amount(), std::move(source)});
    return *this;
  }

  /// Moves money of line From to line To and records it with its reason: year.transfer<budget_line::vwhh>(
  /// egt_money{100'000_eur}, "Umschichtung EGT -> VwHH"). Throws amip::budget_error when From has less available
  /// than the amount; nothing is changed then.
  template <budget_line To, budget_line From>
  requires(To != From) constexpr budget& transfer(line_money<From> amount, ledger_text reason) {
    require_not_negative(amount.amount(), "a transfer");
    auto const have = untyped_balance_of(From).available();
    if (amount.amount() > have) {
      throw budget_error("amip: cannot move " + detail::message_text(amount.amount()) + " from " +
                         std::string(info_of(From).german_name) + ": only " + detail::message_text(have) +
                         " are available");
    }
    transfers_.push_back({From, To, amount.amount(), std::move(reason)});
    return *this;
  }
  template <budget_line To, budget_line From>
  requires(To == From) AMIP_REJECTED("a transfer moves money between two different budget lines")
  transfer(line_money<From>, ledger_text) AMIP_DELETED;

  /// Binds money of a line for an earlier decision.
  constexpr budget& commit(commitment c) {
    require_not_negative(c.amount, "a commitment");
    commitments_.push_back(std::move(c));
    return *this;
  }
  /// The same, the line taken from the money: commit(special_allocation_money{…}, "219 FbW cases", 2024).
  template <budget_line Line>
  constexpr budget& commit(line_money<Line> amount, ledger_text description, std::int32_t from_year) {
    return commit(commitment{Line, amount.amount(), std::move(description), from_year});
  }

  /// Allocated ± transfers − commitments of a line, as money of that line.
  template <budget_line Line>
  [[nodiscard]] constexpr line_money<Line> available() const {
    return line_money<Line>{untyped_balance_of(Line).available()};
  }

  /// The balance of line Line against a planned spend, in money of that line.
  template <budget_line Line>
  [[nodiscard]] constexpr line_balance<Line> balance_of(line_money<Line> planned = {}) const {
    auto const b = untyped_balance_of(Line, planned.amount());
    return {line_money<Line>{b.allocated}, line_money<Line>{b.transferred_in}, line_money<Line>{b.transferred_out},
            line_money<Line>{b.committed}, planned};
  }

  /// The balance of a line chosen at run time (a loop over amip::budget_lines), in plain money.
  [[nodiscard]] constexpr balance untyped_balance_of(budget_line line, money planned = money{}) const {
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

  /// The money moved from one line to another over all transfers (an Umschichtung, e.g. EGT -> VwHH).
  [[nodiscard]] constexpr money moved(budget_line from, budget_line to) const {
    money sum{};
    for (auto const& t : transfers_) {
      if (t.from == from && t.to == to) sum += t.amount;
    }
    return sum;
  }
  /// That money as a share of what `from` was allocated (the Umschichtungsquote, e.g. of the EGT): exact;
  /// amip::domain_error where `from` has no allocation.
  [[nodiscard]] constexpr exact_ratio moved_share(budget_line from, budget_line to) const {
    return exact_ratio{moved(from, to).value(), allocated_[index(from)].value()};
  }

  /// The Umschichtung from one line to another: moved(from, to) and the allocation of `from`, for a report's row
  /// or a rule (amip::rules::budget::moved_share_at_most).
  [[nodiscard]] constexpr budget_shift shift_of(budget_line from, budget_line to) const {
    return {from, to, moved(from, to), allocated_[index(from)]};
  }

  /// Every transfer recorded, in the order made; valid while the budget lives and is not changed.
  [[nodiscard]] constexpr std::vector<transfer_record> const& transfers() const noexcept { return transfers_; }
  /// Every commitment recorded, in the order made; valid while the budget lives and is not changed.
  [[nodiscard]] constexpr std::vector<commitment> const& commitments() const noexcept { return commitments_; }

 private:
  struct allocation_source {
    budget_line line;
    money amount;
    ledger_text source;
  };
  [[nodiscard]] static constexpr std::size_t index(budget_line line) noexcept { return static_cast<std::size_t>(line); }
  static constexpr void require_not_negative(money amount, std::string_view what) {
    if (amount < money{}) {
      throw budget_error("amip: " + std::string(what) + " cannot be negative (" + detail::message_text(amount) + ")");
    }
  }

  std::int32_t year_;
  std::array<money, budget_lines.size()> allocated_{};
  std::vector<allocation_source> sources_{};
  std::vector<transfer_record> transfers_{};
  std::vector<commitment> commitments_{};
};

}  // namespace amip
