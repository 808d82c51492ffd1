// National roll-up: many Jobcenters' plans, each over its own catalogue mapped onto a common one, summed per group
// (a Land) and nationally, with the Jobcenters that are missing listed (the model layer).
//
// Synopsis
//
//   namespace amip {
//   class mapping_error;                                // a mapping that would count a figure twice or lose it
//   class rollup_error;                                 // a Jobcenter delivered twice, a plan of another catalogue
//   class line_mapping {                                // the lines of one catalogue onto those of a common one
//     line_mapping(catalog from, catalog to);           // maps nothing yet
//     static line_mapping by_key(catalog from, catalog to);       // every line whose key the common one has
//     static line_mapping by_measure(catalog from, catalog to);   // every line of a measure the common one has
//     line_mapping& map(std::string_view from_key, std::string_view to_key);   // one pair; mapping_error
//     std::optional<line_index> target(line_index) const;         // where a line goes, if anywhere
//     catalog const& from() const&;  catalog const& to() const&;
//   };
//   struct jobcenter { std::string id, name, group; };  // Träger-Nummer, name, Land (or any group: user data)
//   enum class rollup_problem { unknown_jobcenter, unmapped_line, incomplete_line, inconsistent_plan };
//   template <Quantity Q> struct rollup_finding { what, jobcenter_id, line_key, when, figure, message };
//   template <Quantity Q> struct rollup_total {         // a group's or the nation's sum
//     std::string group;  plan<Q> figures;  std::size_t expected;  std::vector<jobcenter> delivered, missing;
//     bool complete() const;  std::string coverage(language) const;   // "2 von 3 Jobcentern"
//   };
//   template <Quantity Q> class national_rollup {
//     national_rollup(std::vector<jobcenter> registry, catalog common);
//     national_rollup& add(std::string_view id, plan<Q> const&, line_mapping const&);   // mapped at once
//     std::vector<rollup_total<Q>> groups() const;     // per group, in the registry's order
//     rollup_total<Q> national() const;                 // all groups together
//     std::vector<rollup_finding<Q>> findings() const;  // unknown ids, unmapped lines, lines left out, …
//   };
//   }
//
// Which Land a Jobcenter belongs to is the caller's data (the `group` of the registry): the EinglMV 2026 Anlagen
// (data/einglmv_2026/README.md) list Träger-Nummer, form and name, not the Land, and amip does not guess it.
//
// How figures travel. A Jobcenter's plan is mapped line by line: a mapped line's figure (rolled up in its own plan)
// is stated on its common line, several lines onto one common line add up. The mapped plan then rolls up in the
// common catalogue. A group's (or the nation's) figure of a common line is the sum of its delivered Jobcenters'
// figures, stated only where every one of them has a figure: a sum of some of them would be a wrong figure (and a
// total rolled up from such lines another), so the line is left out and a finding names the Jobcenters without
// one. Nothing is dropped in silence: a line with a figure that maps nowhere (and is not the sum of lines that
// map), a plan of an id the registry does not know (never summed), and a mapped plan whose stated totals disagree
// with its lines (a line of its own left out under a mapped total) are findings. Sums are exact: an overflow throws
// amip::overflow_error naming the group, the line and the period.
//
// A mapping refuses what would count a figure twice or in the wrong total (amip::mapping_error, saying which lines):
// a line mapped twice; two lines onto one common line where one is part of the other; a line under a mapped total
// that maps outside that total's common line, or a line onto a part of a common total whose own line is not part of
// the line mapped to that total.
//
// Everything a roll-up returns owns what it shows (plans with their catalogue, strings): it outlives the plans,
// mappings and registry it was made from.
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <amip/core/checked.hpp>
#include <amip/core/diagnostics.hpp>
#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/period.hpp>
#include <amip/model/plan.hpp>

namespace amip {

/// Thrown when a line mapping would count a figure twice or in the wrong total; the message names the lines.
class mapping_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// Thrown when a roll-up is given a Jobcenter twice, or a plan or mapping of another catalogue than it says.
class rollup_error : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

namespace detail {
// Whether line a is strictly under line b in the catalogue.
[[nodiscard]] inline bool is_under(catalog const& table, std::size_t a, std::size_t b) {
  for (auto p = table.lines()[a].parent; p != no_parent; p = table.lines()[p].parent) {
    if (p == b) return true;
  }
  return false;
}
// "mat (Maßnahmen bei einem Träger)", or the key alone for a line without a label.
[[nodiscard]] inline std::string line_named(catalog const& table, std::size_t i) {
  auto const label = table.label(line_index{i});
  return std::string(table.lines()[i].key) + (label.empty() ? "" : " (" + label + ")");
}
[[nodiscard]] inline bool same_catalog(catalog const& a, catalog const& b) noexcept {
  return a.lines().data() == b.lines().data() && a.size() == b.size();
}
}  // namespace detail

/// The lines of one catalogue (a Jobcenter's table) mapped onto the lines of a common catalogue. Each line maps to
/// one common line or nowhere; several lines may map onto one common line (their figures add up).
class line_mapping {
 public:
  /// A mapping from `from` onto `to` that maps nothing yet.
  line_mapping(catalog from, catalog to) : from_{std::move(from)}, to_{std::move(to)}, target_(from_.size()) {}

  /// Every line of `from` whose key `to` has, onto that line. Throws amip::mapping_error where the two tables
  /// nest the lines differently (a line under a total in one and outside it in the other).
  [[nodiscard]] static line_mapping by_key(catalog from, catalog to) {
    line_mapping m{std::move(from), std::move(to)};
    for (auto const& l : m.from_.lines()) {
      if (m.to_.find(l.key)) m.map(l.key, l.key);
    }
    return m;
  }
  /// Every line of `from` that stands for a measure, onto the common line of that measure where there is one.
  [[nodiscard]] static line_mapping by_measure(catalog from, catalog to) {
    line_mapping m{std::move(from), std::move(to)};
    for (auto const& l : m.from_.lines()) {
      if (!l.measure) continue;
      if (auto const t = m.to_.find(*l.measure)) m.map(l.key, m.to_.lines()[index_of(*t)].key);
    }
    return m;
  }

  /// Maps the line `from_key` onto the common line `to_key`. Throws std::out_of_range for a key either catalogue
  /// does not have, and amip::mapping_error where the line is mapped already or the pair would count a figure twice
  /// or in the wrong total (the message says which lines).
  line_mapping& map(std::string_view from_key, std::string_view to_key) {
    auto const a = index_of(from_.at(from_key));
    auto const t = index_of(to_.at(to_key));
    if (target_[a]) {
      fail("the line \"" + std::string(from_key) + "\" is mapped already, onto \"" + key_to(*target_[a]) +
           "\"; a line maps onto one line only");
    }
    for (std::size_t b = 0; b < target_.size(); ++b) {
      if (!target_[b]) continue;
      auto const u = *target_[b];
      auto const a_under_b = detail::is_under(from_, a, b);
      auto const b_under_a = detail::is_under(from_, b, a);
      if (t == u && (a_under_b || b_under_a)) {
        fail("\"" + key_from(a) + "\" and \"" + key_from(b) + "\" both map onto \"" + key_to(t) + "\", and \"" +
             key_from(a_under_b ? a : b) + "\" is a part of \"" + key_from(a_under_b ? b : a) +
             "\": its figure would be counted twice");
      }
      if (t != u && ((detail::is_under(to_, t, u) && !a_under_b) || (a_under_b && !detail::is_under(to_, t, u)))) {
        fail(nesting(a, t, b, u));
      }
      if (t != u && ((detail::is_under(to_, u, t) && !b_under_a) || (b_under_a && !detail::is_under(to_, u, t)))) {
        fail(nesting(b, u, a, t));
      }
    }
    target_[a] = t;
    return *this;
  }

  /// The common line a line maps onto, or nothing.
  [[nodiscard]] std::optional<line_index> target(line_index line) const {
    auto const i = index_of(line);
    if (i >= target_.size()) throw std::out_of_range("amip: line " + std::to_string(i) + " is outside the catalogue");
    return target_[i] ? std::optional{line_index{*target_[i]}} : std::nullopt;
  }
  /// The catalogue mapped (a Jobcenter's), and the common one; each kept alive by the mapping.
  [[nodiscard]] catalog const& from() const& noexcept AMIP_LIFETIMEBOUND { return from_; }
  /// The common catalogue the lines map onto.
  [[nodiscard]] catalog const& to() const& noexcept AMIP_LIFETIMEBOUND { return to_; }
  AMIP_REJECTED("the catalogue of a temporary mapping would dangle at once; keep the mapping in a variable first")
  from() const&& AMIP_DELETED;
  AMIP_REJECTED("the catalogue of a temporary mapping would dangle at once; keep the mapping in a variable first")
  to() const&& AMIP_DELETED;

 private:
  [[nodiscard]] std::string key_from(std::size_t i) const { return std::string(from_.lines()[i].key); }
  [[nodiscard]] std::string key_to(std::size_t i) const { return std::string(to_.lines()[i].key); }
  // Line a maps onto t and line b onto u, and the two nest differently in the two catalogues.
  [[nodiscard]] std::string nesting(std::size_t a, std::size_t t, std::size_t b, std::size_t u) const {
    if (detail::is_under(to_, t, u)) {
      return "\"" + key_from(a) + "\" maps onto \"" + key_to(t) + "\", a part of \"" + key_to(u) +
             "\", but is no part of \"" + key_from(b) + "\", which maps onto \"" + key_to(u) + "\": \"" + key_to(u) +
             "\" would count its figure twice or miss it";
    }
    return "\"" + key_from(a) + "\" is a part of \"" + key_from(b) + "\", which maps onto \"" + key_to(u) +
           "\", but maps onto \"" + key_to(t) + "\", no part of \"" + key_to(u) +
           "\": its figure would be counted twice";
  }
  [[noreturn]] void fail(std::string const& what) const {
    throw mapping_error("amip: mapping \"" + std::string(from_.name()) + "\" onto \"" + std::string(to_.name()) +
                        "\": " + what);
  }

  catalog from_;
  catalog to_;
  std::vector<std::optional<std::size_t>> target_;  // per line of from_, its line in to_
};

/// A Jobcenter a roll-up expects: its id (the Träger-Nummer, "33702"), its name and its group (the Land, or any
/// grouping the caller chooses). The group is the caller's data: amip ships no Land per Jobcenter.
struct jobcenter {
  std::string id;     ///< the Träger-Nummer ("33702"), as the plans delivered name it
  std::string name;   ///< the Jobcenter's name, as shown in reports ("Düsseldorf")
  std::string group;  ///< the group it is summed into: the Land, or the caller's own grouping
  /// The same id, name and group.
  friend bool operator==(jobcenter const&, jobcenter const&) = default;
};

/// What a roll-up finding is about.
enum class rollup_problem : unsigned char {
  unknown_jobcenter,  ///< a plan of an id the registry does not hold: not summed
  unmapped_line,      ///< a line with a figure that maps onto no common line
  incomplete_line,    ///< a common line some delivered Jobcenters give a figure for and others not: not summed
  inconsistent_plan,  ///< a mapped plan whose stated total disagrees with its lines
};

/// A finding of a roll-up: what, which Jobcenter (empty for a line left out of a total), which line and period, the
/// figure where there is one, and a sentence saying all of it.
template <Quantity Q>
struct rollup_finding {
  rollup_problem what;       ///< what the finding is about
  std::string jobcenter_id;  ///< the Jobcenter concerned; empty for a line left out of a total
  std::string line_key;  ///< of the Jobcenter's catalogue (unmapped_line) or the common one; empty for unknown ids
  std::optional<period> when;  ///< the period of the figure concerned, where there is one
  std::optional<Q> figure;     ///< the figure not summed, where there is one
  std::string message;         ///< all of the above as a sentence, for a log or a report
};

/// The sum over the delivered Jobcenters of one group (a Land) or of all groups (the nation), as a plan over the
/// common catalogue, and how many Jobcenters it covers.
template <Quantity Q>
struct rollup_total {
  std::string group;  ///< the group's name; for the national total the name given to national()
  plan<Q> figures;    ///< the sums; a line some Jobcenters give no figure for is left out (a finding says so)
  std::size_t expected = 0;          ///< the Jobcenters of the group in the registry, delivered or not
  std::vector<jobcenter> delivered;  ///< in the registry's order
  std::vector<jobcenter> missing;    ///< expected, but no plan delivered: in the registry's order

  /// Whether every expected Jobcenter delivered a plan.
  [[nodiscard]] bool complete() const noexcept { return missing.empty(); }
  /// "2 von 3 Jobcentern" / "2 of 3 Jobcenters": print it wherever the total is shown.
  [[nodiscard]] std::string coverage(language lang = language::german) const {
    auto const n = std::to_string(delivered.size());
    auto const of = std::to_string(expected);
    if (lang == language::german) return n + " von " + of + (expected == 1 ? " Jobcenter" : " Jobcentern");
    return n + " of " + of + (expected == 1 ? " Jobcenter" : " Jobcenters");
  }
};

/// Many Jobcenters' plans summed per group and nationally. The registry lists the Jobcenters expected; add() maps
/// each delivered plan onto the common catalogue at once, so that the roll-up keeps nothing of what it was given.
template <Quantity Q>
class national_rollup {
 public:
  /// Expects the Jobcenters of `registry` (ids unique: else amip::rollup_error), with plans mapped onto `common`.
  national_rollup(std::vector<jobcenter> registry, catalog common)
      : registry_{std::move(registry)}, common_{std::move(common)}, mapped_(registry_.size()) {
    for (std::size_t i = 0; i < registry_.size(); ++i) {
      for (std::size_t j = 0; j < i; ++j) {
        if (registry_[i].id == registry_[j].id) {
          throw rollup_error("amip: the registry lists the Jobcenter \"" + registry_[i].id + "\" twice");
        }
      }
    }
  }

  /// The plan of the Jobcenter `id`, over mapping.from(), mapped onto the common catalogue. A plan of an id the
  /// registry does not hold is a finding and never summed. Throws amip::rollup_error where the Jobcenter has
  /// delivered already, the plan is over another catalogue than the mapping's, or the mapping onto another common
  /// catalogue; amip::overflow_error where lines mapped onto one common line add up beyond 64 bits.
  national_rollup& add(std::string_view id, plan<Q> const& figures, line_mapping const& mapping) {
    if (!detail::same_catalog(figures.structure(), mapping.from())) {
      throw rollup_error("amip: the plan of Jobcenter \"" + std::string(id) + "\" is over the catalogue \"" +
                         std::string(figures.structure().name()) + "\", the mapping from \"" +
                         std::string(mapping.from().name()) + "\"");
    }
    if (!detail::same_catalog(mapping.to(), common_)) {
      throw rollup_error("amip: the mapping for Jobcenter \"" + std::string(id) + "\" is onto the catalogue \"" +
                         std::string(mapping.to().name()) + "\", not the common \"" + std::string(common_.name()) +
                         "\"");
    }
    auto const k = position(id);
    if (!k) {
      findings_.push_back({rollup_problem::unknown_jobcenter,
                           std::string(id),
                           {},
                           std::nullopt,
                           std::nullopt,
                           "amip: a plan of Jobcenter \"" + std::string(id) + "\" (catalogue \"" +
                               std::string(figures.structure().name()) +
                               "\"), which the registry does not list: not summed"});
      return *this;
    }
    if (mapped_[*k]) {
      throw rollup_error("amip: Jobcenter \"" + std::string(id) + "\" (" + registry_[*k].name +
                         ") has delivered a plan already");
    }
    mapped_[*k] = map_plan(registry_[*k], figures, mapping);
    return *this;
  }

  /// The sum per group, in the order the registry first names each group.
  [[nodiscard]] std::vector<rollup_total<Q>> groups() const {
    std::vector<std::string> names;
    for (auto const& j : registry_) {
      if (std::find(names.begin(), names.end(), j.group) == names.end()) names.push_back(j.group);
    }
    std::vector<rollup_total<Q>> out;
    for (auto const& g : names) {
      out.push_back(total_of(g, [&](jobcenter const& j) { return j.group == g; }));
    }
    return out;
  }
  /// The sum of one group (a group no Jobcenter of the registry belongs to: std::out_of_range).
  [[nodiscard]] rollup_total<Q> group(std::string_view name) const {
    if (std::none_of(registry_.begin(), registry_.end(), [&](jobcenter const& j) { return j.group == name; })) {
      throw std::out_of_range("amip: no Jobcenter of the registry belongs to the group \"" + std::string(name) + "\"");
    }
    return total_of(std::string(name), [&](jobcenter const& j) { return j.group == name; });
  }
  /// The sum over all groups, named `name`.
  [[nodiscard]] rollup_total<Q> national(std::string_view name = "Bund") const {
    return total_of(std::string(name), [](jobcenter const&) { return true; });
  }

  /// Plans of unknown ids, unmapped lines and inconsistent mapped plans (in the order the plans were added), then
  /// the common lines left out of the national total because some delivered Jobcenters give no figure for them.
  [[nodiscard]] std::vector<rollup_finding<Q>> findings() const {
    auto out = findings_;
    std::vector<std::size_t> delivered;
    for (std::size_t k = 0; k < registry_.size(); ++k) {
      if (mapped_[k]) delivered.push_back(k);
    }
    for (auto const& when : periods_of(delivered)) {
      for (std::size_t t = 0; t < common_.size(); ++t) {
        std::vector<std::size_t> without;
        for (auto const k : delivered) {
          if (!mapped_[k]->figure(line_index{t}, when)) without.push_back(k);
        }
        if (without.empty() || without.size() == delivered.size()) continue;
        std::string names;
        for (auto const k : without) {
          names += (names.empty() ? "" : ", ") + registry_[k].id + " (" + registry_[k].name + ")";
        }
        out.push_back({rollup_problem::incomplete_line,
                       {},
                       std::string(common_.lines()[t].key),
                       when,
                       std::nullopt,
                       "amip: " + std::string(common_.name()) + ", line " + detail::line_named(common_, t) + ", " +
                           to_string(when) + ": no figure from " + names + ", while " +
                           std::to_string(delivered.size() - without.size()) +
                           (delivered.size() - without.size() == 1 ? " other Jobcenter gives one"
                                                                   : " other Jobcenters give one") +
                           ": left out of the totals they belong to"});
      }
    }
    return out;
  }

  /// The registry, as given.
  [[nodiscard]] std::vector<jobcenter> const& registry() const& noexcept AMIP_LIFETIMEBOUND { return registry_; }
  AMIP_REJECTED("the registry of a temporary roll-up would dangle at once; keep the roll-up in a variable first")
  registry() const&& AMIP_DELETED;
  /// A delivered Jobcenter's plan mapped onto the common catalogue, or nothing.
  [[nodiscard]] std::optional<plan<Q>> mapped(std::string_view id) const {
    auto const k = position(id);
    if (!k || !mapped_[*k]) return std::nullopt;
    return mapped_[*k];
  }

 private:
  [[nodiscard]] std::optional<std::size_t> position(std::string_view id) const {
    for (std::size_t k = 0; k < registry_.size(); ++k) {
      if (registry_[k].id == id) return k;
    }
    return std::nullopt;
  }
  [[nodiscard]] std::string who(jobcenter const& j) const { return "Jobcenter " + j.id + " (" + j.name + ")"; }

  plan<Q> map_plan(jobcenter const& j, plan<Q> const& figures, line_mapping const& mapping) {
    auto const& from = figures.structure();
    plan<Q> out{common_};
    for (auto const& when : figures.periods()) {
      // Per common line: the sum of the figures mapped onto it, known only where each of them is.
      std::vector<std::optional<Q>> sum(common_.size());
      std::vector<bool> gap(common_.size(), false);
      for (std::size_t a = 0; a < from.size(); ++a) {
        auto const t = mapping.target(line_index{a});
        auto const value = figures.figure(line_index{a}, when);
        if (!t) {
          if (value && reported(from, mapping, figures, a, when)) {
            findings_.push_back({rollup_problem::unmapped_line, j.id, std::string(from.lines()[a].key), when, value,
                                 "amip: " + who(j) + ", " + std::string(from.name()) + ", line " +
                                     detail::line_named(from, a) + ", " + to_string(when) + ": " +
                                     detail::message_text(*value) + " maps onto no line of \"" +
                                     std::string(common_.name()) + "\""});
          }
          continue;
        }
        auto const i = index_of(*t);
        if (!value) {
          gap[i] = true;
          continue;
        }
        try {
          sum[i] = sum[i] ? *sum[i] + *value : *value;
        } catch (overflow_error const&) {
          throw overflow_error("amip: " + who(j) + ", " + to_string(when) + ": the lines mapped onto \"" +
                               std::string(common_.lines()[i].key) + "\" add up to more than a 64-bit integer holds");
        }
      }
      for (std::size_t i = 0; i < common_.size(); ++i) {
        if (sum[i] && !gap[i]) out.state(line_index{i}, when, *sum[i]);
      }
    }
    for (auto const& f : out.check()) {
      findings_.push_back({rollup_problem::inconsistent_plan, j.id, std::string(common_[f.line].key), f.when, f.found,
                           "amip: " + who(j) + ", mapped onto " + f.message()});
    }
    return out;
  }
  // Whether a line's figure reaches the common catalogue through mapped lines: it is mapped, or it is the sum of
  // "davon" lines that each do.
  [[nodiscard]] static bool carried(catalog const& from, line_mapping const& mapping, std::size_t i) {
    if (mapping.target(line_index{i})) return true;
    if (from.lines()[i].children != children_rule::sum) return false;
    bool any = false;
    for (std::size_t c = 0; c < from.size(); ++c) {
      if (from.lines()[c].parent != i) continue;
      if (!carried(from, mapping, c)) return false;
      any = true;
    }
    return any;
  }
  // Whether an unmapped line with a figure is reported as it is: not when its lines carry its figure, nor when it
  // lies under an unmapped line that has a figure and is reported itself.
  [[nodiscard]] static bool reported(catalog const& from, line_mapping const& mapping, plan<Q> const& figures,
                                     std::size_t a, period const& when) {
    if (carried(from, mapping, a)) return false;
    for (auto p = from.lines()[a].parent; p != no_parent; p = from.lines()[p].parent) {
      if (mapping.target(line_index{p})) return true;
      if (figures.figure(line_index{p}, when) && !carried(from, mapping, p)) return false;
    }
    return true;
  }
  // The periods of the given Jobcenters' mapped plans, in the order first met.
  [[nodiscard]] std::vector<period> periods_of(std::vector<std::size_t> const& members) const {
    std::vector<period> out;
    for (auto const k : members) {
      for (auto const& p : mapped_[k]->periods()) {
        if (std::find(out.begin(), out.end(), p) == out.end()) out.push_back(p);
      }
    }
    return out;
  }
  template <class Member>
  [[nodiscard]] rollup_total<Q> total_of(std::string name, Member member) const {
    rollup_total<Q> total{std::move(name), plan<Q>{common_}, 0, {}, {}};
    std::vector<std::size_t> delivered;
    for (std::size_t k = 0; k < registry_.size(); ++k) {
      if (!member(registry_[k])) continue;
      ++total.expected;
      if (mapped_[k]) {
        delivered.push_back(k);
        total.delivered.push_back(registry_[k]);
      } else {
        total.missing.push_back(registry_[k]);
      }
    }
    for (auto const& when : periods_of(delivered)) {
      for (std::size_t t = 0; t < common_.size(); ++t) {
        std::optional<Q> sum;
        bool all = true;
        for (auto const k : delivered) {
          auto const value = mapped_[k]->figure(line_index{t}, when);
          if (!value) {
            all = false;
            break;
          }
          try {
            sum = sum ? *sum + *value : *value;
          } catch (overflow_error const&) {
            throw overflow_error("amip: " + total.group + ", " + std::string(common_.name()) + ", line " +
                                 std::string(common_.lines()[t].key) + ", " + to_string(when) +
                                 ": the sum over its Jobcenters overflows a 64-bit integer (at " + who(registry_[k]) +
                                 ")");
          }
        }
        if (all && sum) total.figures.state(line_index{t}, when, *sum);
      }
    }
    return total;
  }

  std::vector<jobcenter> registry_;
  catalog common_;
  std::vector<std::optional<plan<Q>>> mapped_;  // per Jobcenter of the registry, its plan mapped onto common_
  std::vector<rollup_finding<Q>> findings_;
};

}  // namespace amip
