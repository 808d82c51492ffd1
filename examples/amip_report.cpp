// amip-report: any two periods of a plan file compared, as a table, with the programme's rules, from the command
// line.
//
//   amip-report [PLAN.csv] [--format text|aligned|markdown|csv|html] [--lang de|en] [--now PERIOD] [--prior PERIOD]
//               [--unit UNIT] [--against anlage1 | --self-describing] [--title TEXT] [--label-header TEXT]
//               [--no-absolute-change] [--no-rules] [--strict] [--diff OTHER.csv] [--as-of MONTH [--method M]]
//               [--help]
//
// Without PLAN.csv it reports the embedded Jobcenter Düsseldorf programme 2026. Standard output holds the table(s)
// alone (or, with --format html, the page); which periods were compared, the reader's warnings and the rules'
// findings go to standard error. Exit codes: 0 when no rule of severity error fails, 1 when one does (with
// --strict, also a warning), 2 for unusable input (the reason on stderr; with --strict, also a reader's warning).
// README.md, "The command-line tool", describes it.
#include <amip/io/plan_csv.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/programmes/duesseldorf_2026.hpp>
#include <amip/report/csv.hpp>
#include <amip/report/html.hpp>
#include <amip/report/markdown.hpp>
#include <amip/report/monitoring.hpp>
#include <amip/report/text.hpp>

#include <algorithm>
#include <cstdint>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

constexpr std::string_view usage = R"usage(usage: amip-report [PLAN.csv] [options]

Compares two periods of a plan file as a table (label, both figures, absolute change, change
in %), like Anlage 1 of the Jobcenter Duesseldorf's programme, and checks the programme's rules.
Standard output holds the table alone; which periods were compared, the reader's warnings and
the rules' findings go to standard error.

  PLAN.csv            a plan CSV (docs/csv.md); without it, the embedded Duesseldorf 2026 plan
  --format FORMAT     aligned (default), text (tab-separated, as the seed prints it), markdown, csv,
                      html (one self-contained page with a bar chart)
  --lang de|en        German (default: 8.510, 17,0%) or English (8,510, 17.0%)
  --now PERIOD        the period to report, as a column header names it: "plan 2026",
                      "Ist 03/2026", "Soll Q3 2026", "Planung 2026 (Entwurf)" (default: the newest
                      plan of the file, else its newest actual)
  --prior PERIOD      the period to compare with (default: the actual a year before PERIOD, else
                      the newest actual before it, else the projection a year before or the
                      newest projection before it)
  --unit UNIT         the quantity to report when the file has several: entries, persons, cases
                      or EUR (also Eintritte, Personen, Faelle, Euro)
  --against anlage1   read the file's keys as Duesseldorf's Anlage 1 (for a file with columns key
                      and periods only)
  --self-describing   read the file by its own columns key, parent, children, [measure,] label
                      (the default when its header has one of them, in any case)
  --title TEXT        the table's title (default: "Planung EGT 2026" for the embedded plan, else the file name)
  --label-header TEXT the label column's header (default: "Zweckbestimmung" for Anlage 1, else "Zeile")
  --no-absolute-change  leave out the absolute change (Anlage 1 as printed)
  --no-rules          do not check the programme's rules
  --strict            count a failed warning as an error (exit code 1) and a reader's warning
                      (a header-only file, a "darunter" total left empty) as unusable input (2)
  --as-of MONTH       monitoring instead of a comparison: the year as of MONTH ("09/2026",
                      "2026-09", "September 2026"): label, plan, actual to date, projection,
                      projection - plan, in % (docs/monitoring.md); the plan is --now or "plan <year>"
  --method METHOD     the projection of --as-of: run-rate (default; actual to date x 12 / month) or
                      prior-year (actual to date x last year / last year to the same month)
  --diff OTHER.csv    a second table: the reported period of PLAN and of OTHER.csv, line by line, with
                      the change (with --format csv, this table alone; with html, on stderr)
  --help              this text

Exit codes: 0 no rule of severity error fails; 1 one does (or, with --strict, a warning);
2 the input cannot be used.
)usage";

struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

enum class reading { detect, self_describing, anlage1 };

struct options {
  std::optional<std::string> plan_file;
  std::optional<std::string> diff_file;
  std::string format = "aligned";
  amip::language lang = amip::language::german;
  std::optional<std::string> title;
  std::optional<std::string> label_header;
  std::optional<amip::period> now;
  std::optional<amip::period> prior;
  std::optional<amip::io::detail::column_unit> unit;
  reading mode = reading::detect;
  std::optional<amip::calendar_period> as_of;
  std::string method = "run-rate";
  bool absolute_change = true;
  bool rules = true;
  bool strict = false;
  bool help = false;
};

// A period as a column header names it (amip/io/plan_csv_columns.hpp's parse_period_header, the reader's own).
amip::period parse_period(std::string_view option, std::string_view text) {
  using problem = amip::io::detail::period_header_problem::what;
  auto const read = amip::io::detail::parse_period_header(text);
  std::string const given = "amip-report: " + std::string(option) + " \"" + std::string(text) + "\": ";
  if (read.header) {
    if (read.header->unit) {
      throw usage_error(given + "a period names no unit here; choose the quantity with --unit " +
                        std::string(amip::io::detail::unit_name(*read.header->unit)));
    }
    return read.header->when;
  }
  auto const& p = read.problem;
  switch (p.problem) {
    case problem::unknown_kind:
      throw usage_error(given + "\"" + p.part +
                        "\" is not a kind of figure; expected plan (Plan, Planung, Soll), actual (Ergebnis, Ist), "
                        "projection (Hochrechnung, Prognose) or target (Ziel)");
    case problem::unknown_when:
      throw usage_error(given + "\"" + p.part +
                        "\" is not a year, quarter or month; expected 2026, Q3 2026, 03/2026, 2026-03 or Maerz 2026");
    case problem::bad_version:
      throw usage_error(given + "the version \"" + p.part + "\" cannot be one: " + p.why);
    case problem::unknown_unit:
    case problem::not_a_period:
      break;
  }
  throw usage_error(given + "expected a period as a column header names it: \"<kind> <when> [(<version>)]\", such as "
                            "\"plan 2026\", \"Ist 03/2026\" or \"Plan 2026 (Entwurf)\"");
}

options parse_arguments(std::vector<std::string_view> const& args) {
  options out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    auto const arg = args[i];
    auto const value = [&]() -> std::string_view {
      if (i + 1 >= args.size()) throw usage_error("amip-report: " + std::string(arg) + " needs a value");
      return args[++i];
    };
    if (arg == "--help" || arg == "-h") {
      out.help = true;
    } else if (arg == "--format") {
      out.format = std::string(value());
      if (out.format != "aligned" && out.format != "text" && out.format != "markdown" && out.format != "csv" &&
          out.format != "html") {
        throw usage_error("amip-report: --format is aligned, text, markdown, csv or html, not \"" + out.format + "\"");
      }
    } else if (arg == "--lang") {
      auto const lang = value();
      if (lang == "de")
        out.lang = amip::language::german;
      else if (lang == "en")
        out.lang = amip::language::english;
      else
        throw usage_error("amip-report: --lang is de or en, not \"" + std::string(lang) + "\"");
    } else if (arg == "--label-header") {
      out.label_header = std::string(value());
    } else if (arg == "--title") {
      out.title = std::string(value());
    } else if (arg == "--now") {
      out.now = parse_period("--now", value());
    } else if (arg == "--prior") {
      out.prior = parse_period("--prior", value());
    } else if (arg == "--unit") {
      auto const unit = value();
      out.unit = amip::io::detail::unit_named(amip::io::detail::lowered_words(amip::io::detail::trimmed(unit)));
      if (!out.unit) {
        throw usage_error("amip-report: --unit is entries, persons, cases or EUR (Eintritte, Personen, Faelle, "
                          "Euro), not \"" +
                          std::string(unit) + "\"");
      }
    } else if (arg == "--against") {
      auto const catalogue = value();
      if (catalogue != "anlage1")
        throw usage_error("amip-report: --against knows anlage1 (Duesseldorf's Anlage 1), not \"" +
                          std::string(catalogue) + "\"");
      if (out.mode == reading::self_describing)
        throw usage_error("amip-report: --against anlage1 and --self-describing exclude each other");
      out.mode = reading::anlage1;
    } else if (arg == "--self-describing") {
      if (out.mode == reading::anlage1)
        throw usage_error("amip-report: --against anlage1 and --self-describing exclude each other");
      out.mode = reading::self_describing;
    } else if (arg == "--no-absolute-change") {
      out.absolute_change = false;
    } else if (arg == "--no-rules") {
      out.rules = false;
    } else if (arg == "--strict") {
      out.strict = true;
    } else if (arg == "--as-of") {
      auto const text = value();
      auto const when = amip::io::detail::parse_when(amip::io::detail::lowered_words(text));
      if (!when || when->part.span() != amip::period_span::month) {
        throw usage_error("amip-report: --as-of \"" + std::string(text) +
                          "\": expected a month such as 09/2026, 2026-09 or September 2026");
      }
      out.as_of = *when;
    } else if (arg == "--method") {
      out.method = std::string(value());
      if (out.method != "run-rate" && out.method != "prior-year") {
        throw usage_error("amip-report: --method is run-rate or prior-year, not \"" + out.method + "\"");
      }
    } else if (arg == "--diff") {
      out.diff_file = std::string(value());
    } else if (arg.starts_with("-")) {
      throw usage_error("amip-report: unknown option " + std::string(arg) + " (see --help)");
    } else if (out.plan_file) {
      throw usage_error("amip-report: one plan file only; a second one was given: " + std::string(arg));
    } else {
      out.plan_file = std::string(arg);
    }
  }
  if (out.now && out.prior && *out.now == *out.prior)
    throw usage_error("amip-report: --now and --prior name the same period");
  return out;
}

std::string file_text(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw usage_error("amip-report: cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string base_name(std::string const& path) {
  auto const slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The header line: the first line that is neither blank nor a comment (after a byte order mark).
std::string header_line(std::string const& text) {
  std::istringstream lines(text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text);
  std::string header;
  while (std::getline(lines, header)) {
    if (!header.empty() && header.back() == '\r') header.pop_back();
    if (!header.empty() && !header.starts_with("#")) return header;
  }
  return {};
}

// Whether the header names a structure column besides key: parent, children, measure or label, in any case.
bool describes_itself(std::string const& header) {
  std::size_t start = 0;
  while (start <= header.size()) {
    auto end = header.find_first_of(";,\t", start);
    if (end == std::string::npos) end = header.size();
    auto cell = amip::io::detail::trimmed(std::string_view(header).substr(start, end - start));
    if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
    using role = amip::io::detail::column_role;
    auto const r = amip::io::detail::role_of(cell);
    if (r == role::parent || r == role::children || r == role::measure || r == role::label) return true;
    start = end + 1;
  }
  return false;
}

// A plan file, read by its own columns or against a catalogue: --self-describing or --against anlage1 if given,
// else self-describing when its header has a structure column, else against `fallback` (the catalogue of the plan
// a --diff file is compared with), else an error that says what to add. Errors end the run; warnings are printed,
// and end it under --strict.
amip::io::collected_plans load(std::string const& path, options const& opt, amip::catalog const* fallback) {
  auto const text = file_text(path);
  auto const header = header_line(text);
  bool self = opt.mode == reading::self_describing || (opt.mode == reading::detect && describes_itself(header));
  amip::catalog const* against = nullptr;
  if (!self) {
    against = opt.mode == reading::anlage1 ? &amip::duesseldorf_2026::anlage1 : fallback;
    if (against == nullptr) {
      throw usage_error("amip-report: " + path + " has no column parent, children, measure or label (header: \"" +
                        header +
                        "\"), so it does not say how its lines add up; add the columns parent, children and label "
                        "(docs/csv.md), or give --against anlage1 if its keys are those of Duesseldorf's Anlage 1");
    }
  }
  auto read = self ? amip::io::read_plans_csv_collecting(text, path)
                   : amip::io::read_plans_csv_collecting(text, path, *against);
  for (auto const& w : read.warnings()) {
    std::cerr << w.file << ':' << w.line << ':' << w.column << ": warning: " << w.message << '\n';
  }
  if (!read.ok()) {
    std::string all;
    for (auto const& e : read.errors()) all += e.to_string() + '\n';
    throw usage_error(all + "amip-report: " + std::to_string(read.errors().size()) +
                      (read.errors().size() == 1 ? " error" : " errors") + " in " + path);
  }
  if (opt.strict && !read.warnings().empty()) {
    throw usage_error("amip-report: " + std::to_string(read.warnings().size()) +
                      (read.warnings().size() == 1 ? " warning" : " warnings") + " in " + path +
                      ", errors under --strict");
  }
  return read;
}

// The quantity to report: --unit, else the file's only one.
amip::io::detail::column_unit unit_to_report(amip::io::collected_plans const& read, std::string const& path,
                                             options const& opt) {
  using amip::io::detail::column_unit;
  auto const units = read.units();
  std::string has;
  for (std::size_t i = 0; i < units.size(); ++i)
    has.append(i == 0 ? "" : i + 1 == units.size() ? " and " : ", ").append(units[i]);
  if (units.empty()) throw usage_error("amip-report: " + path + " has no period column; add one such as plan 2026");
  if (opt.unit) {
    auto const wanted = amip::io::detail::unit_name(*opt.unit);
    if (std::find(units.begin(), units.end(), wanted) == units.end())
      throw usage_error("amip-report: " + path + " has no period column of " + std::string(wanted) +
                        " (--unit); its period columns are of " + has);
    return *opt.unit;
  }
  if (units.size() > 1)
    throw usage_error("amip-report: " + path + " has period columns of " + has + "; choose one with --unit");
  for (auto const u : {column_unit::entries, column_unit::persons, column_unit::cases, column_unit::money}) {
    if (amip::io::detail::unit_name(u) == units.front()) return u;
  }
  return column_unit::entries;
}

// Months since year 0 of a period's first and last month: the order of periods in time.
std::int64_t first_month(amip::period const& p) {
  auto const n = p.part.number();
  auto const month = p.span() == amip::period_span::year ? 1 : p.span() == amip::period_span::quarter ? 3 * n - 2 : n;
  return std::int64_t{p.year} * 12 + month - 1;
}
std::int64_t last_month(amip::period const& p) {
  auto const n = p.part.number();
  auto const month = p.span() == amip::period_span::year ? 12 : p.span() == amip::period_span::quarter ? 3 * n : n;
  return std::int64_t{p.year} * 12 + month - 1;
}

std::string name_of(amip::period const& p) { return amip::to_string(p, amip::language::english); }

std::string periods_of(std::vector<amip::period> const& periods) {
  std::string out;
  for (std::size_t i = 0; i < periods.size(); ++i) out.append(i == 0 ? "" : ", ").append(name_of(periods[i]));
  return out.empty() ? "none" : out;
}

// The newest period of a kind (the later column on a tie, as a later version); none if the file has none.
std::optional<amip::period> newest(std::vector<amip::period> const& periods, amip::figure_kind kind,
                                   std::optional<amip::period> before = {}) {
  std::optional<amip::period> out;
  for (auto const& p : periods) {
    if (p.kind != kind || (before && last_month(p) >= first_month(*before))) continue;
    if (!out || last_month(p) > last_month(*out) ||
        (last_month(p) == last_month(*out) && first_month(p) >= first_month(*out)))
      out = p;
  }
  return out;
}

struct chosen_periods {
  amip::period now;
  amip::period prior;
  std::string why_now;  // for the note on stderr: "--now", "the newest plan"
  std::string why_prior;
};

chosen_periods choose_periods(std::vector<amip::period> const& periods, options const& opt, std::string const& name) {
  auto const check = [&](amip::period const& p, std::string_view option) {
    if (std::find(periods.begin(), periods.end(), p) == periods.end())
      throw usage_error("amip-report: " + name + " has no column for " + name_of(p) + " (" + std::string(option) +
                        "); its periods are " + periods_of(periods));
  };
  std::string how;
  amip::period now;
  if (opt.now) {
    check(*opt.now, "--now");
    now = *opt.now;
    how = "as given (--now)";
  } else if (auto const plan = newest(periods, amip::figure_kind::plan)) {
    now = *plan;
    how = "the newest plan";
  } else if (auto const actual = newest(periods, amip::figure_kind::actual)) {
    now = *actual;
    how = "the newest actual, as there is no plan";
  } else {
    throw usage_error("amip-report: " + name + " has no plan and no actual period; name the period to report with "
                      "--now (its periods are " + periods_of(periods) + ")");
  }
  if (opt.prior) {
    check(*opt.prior, "--prior");
    return {now, *opt.prior, how, "as given (--prior)"};
  }
  auto const a_year_before = [&](amip::figure_kind kind) -> std::optional<amip::period> {
    for (auto const& p : periods) {
      if (p.kind == kind && p.year == now.year - 1 && p.part == now.part && p != now) return p;
    }
    return std::nullopt;
  };
  if (auto const p = a_year_before(amip::figure_kind::actual)) return {now, *p, how, "the actual a year before"};
  if (auto const p = newest(periods, amip::figure_kind::actual, now))
    return {now, *p, how, "the newest actual before it"};
  if (auto const p = a_year_before(amip::figure_kind::projection))
    return {now, *p, how, "the projection a year before, as there is no earlier actual"};
  if (auto const p = newest(periods, amip::figure_kind::projection, now))
    return {now, *p, how, "the newest projection before it, as there is no earlier actual"};
  throw usage_error("amip-report: " + name + " has no actual or projection before " + name_of(now) +
                    "; name the period to compare with --prior (its periods are " + periods_of(periods) + ")");
}

// --title, else the file's name, else (the embedded plan) make_table's: "Planung EGT 2026".
template <class P>
std::string default_title(P const& plan, options const& opt, amip::period now) {
  if (opt.title) return *opt.title;
  if (opt.plan_file) return base_name(*opt.plan_file);
  return std::string(plan.structure().name()) + " " + amip::calendar_label(now, opt.lang);
}

// --diff as a table: label, PLAN's and OTHER's figure for the reported period, the absolute change, the change in %.
template <class P, class Other>
amip::report::table diff_table(P const& plan, Other const& other, std::string const& other_file, options const& opt,
                               amip::period now) {
  auto const lang = opt.lang;
  bool const de = lang == amip::language::german;
  auto const no_value = std::string(amip::report::no_value_text(lang));
  auto const& structure = plan.structure();
  amip::report::table out;
  out.title = (de ? "Vergleich mit " : "Compared with ") + base_name(other_file) + " (" + amip::to_string(now, lang) +
              ")";
  out.header = {opt.label_header ? *opt.label_header : std::string(structure.label_header(lang)),
                default_title(plan, opt, now), base_name(other_file), de ? "Veränderung absolut" : "Change", "in %"};
  for (auto const& row : amip::diff(plan, other, now)) {
    auto const show = [&](auto const& value) { return value ? amip::report::format_value(*value, lang) : no_value; };
    auto const& line = structure[row.line];
    auto const kind = line.kind;
    out.rows.push_back({std::string(line.key), kind, structure.depth(row.line),
                        kind == amip::line_kind::total || kind == amip::line_kind::group || line.purpose.has_value(),
                        {structure.label(row.line, lang), show(row.before), show(row.after), show(row.difference),
                         amip::report::format_change(row.change, no_value, lang)}});
  }
  return out;
}

template <class P, class Other>
void write_diff_csv(P const& plan, Other const& other, std::string const& other_file, options const& opt,
                    amip::period now) {
  namespace report = amip::report;
  char const d = opt.lang == amip::language::german ? ';' : ',';
  auto const& structure = plan.structure();
  auto const value = [&](auto const& v) { return v ? report::detail::csv_value(*v, opt.lang) : std::string{}; };
  std::cout << "key" << d << "label" << d << report::csv_field(default_title(plan, opt, now), d) << d
            << report::csv_field(base_name(other_file), d) << d << "change_absolute" << d << "change_percent\n";
  for (auto const& row : amip::diff(plan, other, now)) {
    std::cout << report::csv_field(structure[row.line].key, d) << d
              << report::csv_field(structure.label(row.line, opt.lang), d) << d << value(row.before) << d
              << value(row.after) << d << value(row.difference) << d
              << report::detail::csv_change(row.change, opt.lang) << '\n';
  }
}

template <class P>
int check_rules(P const& plan, amip::period now, amip::period prior, bool strict) {
  auto& out = std::cerr;
  if constexpr (!std::is_same_v<typename P::quantity_type, amip::entry_count>) {
    out << "\nRules: not checked; the programme's rules speak of entries, and this table's figures are of "
        << amip::io::detail::unit_name(*amip::io::detail::unit_of<typename P::quantity_type>) << ".\n";
    return 0;
  } else {
    auto const& table = plan.structure();
    for (auto const& m : {amip::measure_id::mat, amip::measure_id::avgs_mat, amip::measure_id::mag,
                          amip::measure_id::egz, amip::measure_id::einstiegsgeld, amip::measure_id::p16e,
                          amip::measure_id::agh}) {
      if (!table.find(m)) {
        out << "\nRules: not checked; the programme's rules need a line for every measure they speak of, and this "
               "plan has none for \""
            << amip::info_of(m).key << "\".\n";
        return 0;
      }
    }
    auto const findings = amip::check(plan, now, prior, amip::duesseldorf_2026::plan_rules);
    out << '\n'
        << findings << findings.count_failed() << " of " << findings.size() << " findings failed, "
        << findings.count_failed(amip::severity::error) << " of them errors\n";
    auto const failing =
        findings.count_failed(amip::severity::error) + (strict ? findings.count_failed(amip::severity::warning) : 0);
    return failing == 0 ? 0 : 1;
  }
}

// --as-of: the monitoring table of the year as of a month, by the projection --method names.
template <class P>
int monitor(P const& plan, options const& opt) {
  using Q = typename P::quantity_type;
  if constexpr (!amip::Flow<Q>) {
    throw usage_error("amip-report: --as-of projects entries or money, whose year is the sum of its months; this "
                      "table counts " + std::string(amip::io::detail::unit_name(*amip::io::detail::unit_of<Q>)) +
                      " (choose another with --unit)");
  } else {
    auto const as_of = *opt.as_of;
    auto const planned = opt.now.value_or(amip::plan_of(as_of.year));
    auto const name = opt.plan_file ? *opt.plan_file : std::string("the embedded plan");
    if (!plan.holds(planned)) {
      throw usage_error("amip-report: " + name + " has no column for " + name_of(planned) +
                        " (--now, or the plan of the year of --as-of); its periods are " + periods_of(plan.periods()));
    }
    auto const projected = opt.method == "prior-year" ? amip::project(plan, as_of, amip::prior_year_profile{})
                                                      : amip::project(plan, as_of, amip::run_rate{});
    std::cerr << "amip-report: " << name_of(planned) << " as of " << amip::calendar_label(amip::actual_of(as_of),
                                                                                          amip::language::english)
              << ", projected by " << opt.method << "; rules are not checked in monitoring\n";
    amip::report::table_options table;
    table.lang = opt.lang;
    table.title = opt.title ? *opt.title
                            : (opt.plan_file ? base_name(*opt.plan_file) : std::string(plan.structure().name())) +
                                  (opt.lang == amip::language::german ? ", Stand " : ", as of ") +
                                  amip::calendar_label(amip::actual_of(as_of), opt.lang);
    if (opt.label_header) table.label_header = *opt.label_header;
    if (opt.format == "csv") {
      amip::report::csv_options csv;
      csv.lang = opt.lang;
      csv.delimiter = opt.lang == amip::language::german ? ';' : ',';
      amip::report::write_monitoring_csv(std::cout, plan, planned, projected, csv);
    } else if (opt.format == "html") {
      amip::report::write_monitoring_html(std::cout, plan, planned, projected, amip::line_index{0}, table);
    } else if (opt.format == "markdown") {
      amip::report::write_markdown(std::cout, amip::report::make_monitoring_table(plan, planned, projected, table));
    } else {
      amip::report::write_text(std::cout, amip::report::make_monitoring_table(plan, planned, projected, table),
                               opt.format == "text" ? amip::report::text_layout::tabbed
                                                    : amip::report::text_layout::aligned);
    }
    return 0;
  }
}

// `other`: the --diff file's plans, read already (its quantity is the reported plan's).
template <class P>
int report(P const& plan, options const& opt, std::optional<amip::io::collected_plans> const& other) {
  using Q = typename P::quantity_type;
  auto const name = opt.plan_file ? *opt.plan_file : std::string("the embedded plan");
  auto const chosen = choose_periods(plan.periods(), opt, name);
  std::cerr << "amip-report: compared " << name_of(chosen.now) << " with " << name_of(chosen.prior)
            << "; now: " << chosen.why_now << "; prior: " << chosen.why_prior << '\n';
  amip::plan<Q> const* other_plan = nullptr;
  if (other) {
    if (!other->has<Q>()) {
      throw usage_error("amip-report: " + *opt.diff_file + " has no period column of " +
                        std::string(amip::io::detail::unit_name(*amip::io::detail::unit_of<Q>)) +
                        ", the quantity of the table");
    }
    other_plan = &other->plan<Q>();
    if (!other_plan->holds(chosen.now))
      throw usage_error("amip-report: " + *opt.diff_file + " has no column for " + name_of(chosen.now) +
                        " (--diff); its periods are " + periods_of(other_plan->periods()));
  }
  auto const rows = amip::compare(plan, chosen.now, chosen.prior);
  amip::report::table_options table;
  table.lang = opt.lang;
  table.title = default_title(plan, opt, chosen.now);
  table.absolute_change = opt.absolute_change;
  if (opt.label_header) table.label_header = *opt.label_header;
  auto const text_layout =
      opt.format == "text" ? amip::report::text_layout::tabbed : amip::report::text_layout::aligned;
  if (opt.format == "csv") {
    if (other_plan) {
      write_diff_csv(plan, *other_plan, *opt.diff_file, opt, chosen.now);
    } else {
      amip::report::csv_options csv;
      csv.lang = opt.lang;
      csv.delimiter = opt.lang == amip::language::german ? ';' : ',';
      csv.absolute_change = opt.absolute_change;
      amip::report::write_comparison_csv(std::cout, rows, csv);
    }
  } else if (opt.format == "html") {
    amip::report::write_html(std::cout, rows, table);
    if (other_plan) {
      std::cerr << '\n';
      amip::report::write_text(std::cerr, diff_table(plan, *other_plan, *opt.diff_file, opt, chosen.now),
                               amip::report::text_layout::aligned);
    }
  } else {
    auto const write = [&](amip::report::table const& t) {
      if (opt.format == "markdown")
        amip::report::write_markdown(std::cout, t);
      else
        amip::report::write_text(std::cout, t, text_layout);
    };
    write(amip::report::make_table(rows, table));
    if (other_plan) {
      std::cout << '\n';
      write(diff_table(plan, *other_plan, *opt.diff_file, opt, chosen.now));
    }
  }
  return opt.rules ? check_rules(plan, chosen.now, chosen.prior, opt.strict) : 0;
}

template <class P>
int report_with_diff(P const& plan, options const& opt) {
  if (opt.as_of) {
    if (opt.diff_file) throw usage_error("amip-report: --as-of and --diff do not go together");
    return monitor(plan, opt);
  }
  std::optional<amip::io::collected_plans> other;
  if (opt.diff_file) other.emplace(load(*opt.diff_file, opt, &plan.structure()));
  return report(plan, opt, other);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    auto const opt = parse_arguments({argv + 1, argv + argc});
    if (opt.help) {
      std::cout << usage;
      return 0;
    }
    if (!opt.plan_file) {
      if (opt.mode == reading::self_describing)
        throw usage_error("amip-report: --self-describing reads a file; the embedded plan is Anlage 1");
      if (opt.unit && *opt.unit != amip::io::detail::column_unit::entries)
        throw usage_error("amip-report: the embedded plan counts entries, not " +
                          std::string(amip::io::detail::unit_name(*opt.unit)) + " (--unit)");
      static constexpr auto egt = amip::duesseldorf_2026::egt_plan();
      return report_with_diff(egt, opt);
    }
    auto const read = load(*opt.plan_file, opt, nullptr);
    using amip::io::detail::column_unit;
    switch (unit_to_report(read, *opt.plan_file, opt)) {
      case column_unit::entries:
        return report_with_diff(read.plan<amip::entry_count>(), opt);
      case column_unit::persons:
        return report_with_diff(read.plan<amip::person_count>(), opt);
      case column_unit::cases:
        return report_with_diff(read.plan<amip::case_count>(), opt);
      case column_unit::money:
        return report_with_diff(read.plan<amip::money>(), opt);
    }
    return 2;
  } catch (usage_error const& e) {
    std::cerr << e.what() << '\n';
    return 2;
  } catch (std::exception const& e) {
    std::cerr << "amip-report: " << e.what() << '\n';
    return 2;
  }
}
