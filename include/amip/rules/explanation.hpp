// Explanations: a finding as text. The formula of its outcome rendered with its figures, label and periods, in
// German number format by default ("ao Umschulung share = 180 / 360 = 50,0 % ≥ 50 %"), and a finding or the
// findings of a run as lines of a report. Run time only; the one rules header that needs number formatting and
// streams.
//
// Synopsis
//
//   namespace amip {
//   std::string explanation(finding const&, language = language::german);   // the formula with its inputs;
//                                                                            // throws amip::formula_error
//   std::string to_string(finding const&, language = language::german);     // "[warning] FAILED id (ref): …"
//   std::ostream& operator<<(std::ostream&, finding const&);                 // to_string(finding)
//   std::ostream& operator<<(std::ostream&, findings const&);                // one finding a line
//   }
//
// Placeholders of a formula: {0} … {7} the figures (each printed by its figure_format), {label}, {now_period} and
// {prior_period} ("Plan 2026", "Ergebnis 2025"). A placeholder that names no figure or period of the finding throws
// amip::formula_error (formula.hpp) naming the placeholder and the rule: explanation() of a finding whose formula
// "{lable}: {0}" was chosen at run time. (A string literal with such a placeholder does not compile.) Without a formula
// the explanation is the rule's title followed by "holds" or "does not hold"; a negated finding reads "not (…)".
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include <amip/core/language.hpp>
#include <amip/core/quantity.hpp>
#include <amip/model/period.hpp>
#include <amip/report/number_format.hpp>
#include <amip/rules/finding.hpp>
#include <amip/rules/formula.hpp>

namespace amip {

namespace detail {
[[nodiscard]] inline std::string format_figure(figure_view const& f, language lang) {
  using namespace amip::report;
  if (!f.known) return std::string(no_value_text(lang));
  switch (f.format) {
    case figure_format::count:
    case figure_format::integer:
      return format_integer(f.value, lang);
    case figure_format::share:
      return formatted_tenths_of_percent(f.value, lang, percent_spacing::space).str();
    case figure_format::change:
      return (f.value > 0 ? "+" : "") + formatted_tenths_of_percent(f.value, lang, percent_spacing::space).str();
    case figure_format::limit:
      if (f.value % 10 == 0) return format_integer(f.value / 10, lang) + " %";
      return formatted_tenths_of_percent(f.value, lang, percent_spacing::space).str();
    case figure_format::day_span:
      return format_integer(f.value, lang) + (f.value == 1 || f.value == -1 ? " day" : " days");
    case figure_format::euro_cents:
      return formatted_money(money::from_value(f.value), lang).str();
    case figure_format::yes_no:
      return f.value != 0 ? "yes" : "no";
  }
  return format_integer(f.value, lang);
}

[[noreturn]] inline void throw_formula_error(std::string_view rule_id, std::string_view placeholder,
                                             std::string_view why) {
  throw formula_error("amip: the formula of rule \"" + std::string(rule_id) + "\" has the placeholder " +
                      std::string(placeholder) + ", which " + std::string(why));
}

// Renders {0}…{7}, {label}, {now_period}, {prior_period}. A placeholder that names no figure or period of the outcome
// (a typo such as {lable}, {3} of two figures, {now_period} of a finding that compares nothing, an unclosed '{')
// throws amip::formula_error naming it and the rule.
[[nodiscard]] inline std::string render_formula(outcome const& o, std::string_view rule_id, language lang) {
  std::string out;
  std::string_view const text = o.formula();
  auto const figures = o.figures();
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '{') {
      out += text[i];
      continue;
    }
    auto const close = text.find('}', i);
    if (close == std::string_view::npos) throw_formula_error(rule_id, text.substr(i), "is not closed by '}'");
    std::string_view const placeholder = text.substr(i, close - i + 1);
    std::string_view const name = placeholder.substr(1, placeholder.size() - 2);
    if (name.size() == 1 && name[0] >= '0' && name[0] <= '9') {
      auto const n = static_cast<std::size_t>(name[0] - '0');
      if (n >= figures.size()) {
        throw_formula_error(rule_id, placeholder,
                            "names no figure: the finding has " + std::to_string(figures.size()) + " figure" +
                                (figures.size() == 1 ? "" : "s"));
      }
      out += format_figure(figures[n], lang);
    } else if (name == "label") {
      out += o.label();
    } else if (name == "now_period" || name == "prior_period") {
      auto const p = name == "now_period" ? o.now_period() : o.prior_period();
      if (!p) throw_formula_error(rule_id, placeholder, "names no period: the finding compares no periods");
      out += to_string(*p, lang);
    } else {
      throw_formula_error(rule_id, placeholder,
                          "names no figure; use {0} … {7} for the figures, {label}, {now_period} or {prior_period}");
    }
    i = close;
  }
  return out;
}
}  // namespace detail

/// The formula with its inputs, one line: "ao Umschulung share = 180 / 360 = 50,0 % ≥ 50 %". Run time only.
[[nodiscard]] inline std::string explanation(finding const& f, language lang = language::german) {
  outcome const& o = f.result();
  std::string text = o.formula().empty()
                         ? std::string(f.title()) + (o.passed() != o.is_negated() ? ": holds" : ": does not hold")
                         : detail::render_formula(o, f.rule_id(), lang);
  return o.is_negated() ? "not (" + text + ")" : text;
}

/// "[warning] FAILED more-for-egz-esg-16e (Abschnitt 1): § 16e change = 25 / 28 - 1 = -10,7 % ≤ 0 % …"
[[nodiscard]] inline std::string to_string(finding const& f, language lang = language::german) {
  std::string out =
      "[" + std::string(to_string(f.level())) + "] " + (f.passed() ? "passed " : "FAILED ") + std::string(f.rule_id());
  if (!f.reference().empty()) out += " (" + std::string(f.reference()) + ")";
  return out + ": " + explanation(f, lang);
}

/// Writes to_string(f), the finding's explanation.
inline std::ostream& operator<<(std::ostream& os, finding const& f) { return os << to_string(f); }

/// One finding a line.
inline std::ostream& operator<<(std::ostream& os, findings const& all) {
  for (auto const& f : all) os << f << '\n';
  return os;
}

}  // namespace amip
