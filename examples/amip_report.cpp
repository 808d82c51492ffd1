// amip-report: a plan as the Jobcenter publishes it, with the programme's rules, from the command line.
//
//   amip-report [PLAN.csv] [--format text|aligned|markdown|csv|html] [--lang de|en] [--now PERIOD] [--prior PERIOD]
//               [--title TEXT] [--label-header TEXT] [--no-rules] [--strict] [--diff OTHER.csv] [--help]
//
// Without PLAN.csv it reports the embedded Jobcenter Düsseldorf programme 2026. Exit codes: 0 when no rule of
// severity error fails, 1 when one does, 2 for unusable input (the reason on stderr). With --format html the
// standard output is one HTML page (amip/report/html.hpp) and the findings go to stderr.
#include <amip/io/plan_csv.hpp>
#include <amip/programmes/duesseldorf_2026.hpp>

#include <cstdint>
#include <exception>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr std::string_view usage = R"(usage: amip-report [PLAN.csv] [options]

Prints a plan as a table with the change against a prior period (like Anlage 1 of the
Jobcenter Duesseldorf's programme) and checks the programme's rules on it.

  PLAN.csv            a plan CSV (docs/csv.md); without it, the embedded Duesseldorf 2026 plan
  --format FORMAT     aligned (default), text (tab-separated, as the seed prints it), markdown, csv,
                      html (one self-contained page with a bar chart; the findings go to stderr)
  --lang de|en        German (default: 8.510, 17,0%) or English (8,510, 17.0%)
  --title TEXT        the table's title (default: "Planung EGT 2026" for the embedded plan, else the file name)
  --label-header TEXT the label column's header (default: "Zweckbestimmung" for Anlage 1, else "Zeile")
  --now PERIOD        the period to report, e.g. "plan 2026" (default: the latest plan in the file)
  --prior PERIOD      the period to compare against (default: "actual <year - 1>", else the projection)
  --no-rules          do not check the programme's rules
  --strict            count a failed warning as an error (exit code 1)
  --diff OTHER.csv    also show OTHER.csv's figures for the reported period, line by line, and the change
  --help              this text

Exit codes: 0 no rule of severity error fails; 1 one does (or, with --strict, a warning);
2 the input cannot be used.
)";

struct options {
  std::optional<std::string> plan_file;
  std::optional<std::string> diff_file;
  std::string format = "aligned";
  amip::language lang = amip::language::german;
  std::optional<std::string> title;
  std::optional<std::string> label_header;
  std::optional<amip::period> now;
  std::optional<amip::period> prior;
  bool rules = true;
  bool strict = false;
  bool help = false;
};

struct usage_error : std::runtime_error {
  using std::runtime_error::runtime_error;
};

amip::period parse_period(std::string_view text) {
  // "plan 2026", "projection 2025", "actual 2025" (also German: Plan, Hochrechnung, Ergebnis)
  auto const space = text.find(' ');
  if (space == std::string_view::npos)
    throw usage_error("amip-report: a period is \"<kind> <year>\", not \"" + std::string(text) + "\"");
  auto const kind = text.substr(0, space);
  auto const year_text = text.substr(space + 1);
  std::int32_t year = 0;
  for (char const c : year_text) {
    if (c < '0' || c > '9' || year > 100'000)
      throw usage_error("amip-report: \"" + std::string(year_text) + "\" is not a year");
    year = year * 10 + (c - '0');
  }
  if (kind == "plan" || kind == "Plan") return amip::plan_of(year);
  if (kind == "projection" || kind == "Hochrechnung") return amip::projection_of(year);
  if (kind == "actual" || kind == "Ergebnis") return amip::actual_of(year);
  throw usage_error("amip-report: the kind of a period is plan, projection or actual, not \"" + std::string(kind) +
                    "\"");
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
      out.now = parse_period(value());
    } else if (arg == "--prior") {
      out.prior = parse_period(value());
    } else if (arg == "--no-rules") {
      out.rules = false;
    } else if (arg == "--strict") {
      out.strict = true;
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
  return out;
}

std::string file_text(std::string const& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw usage_error("amip-report: cannot open " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A plan file: self-describing when it has a "parent" column, else against Anlage 1.
amip::io::loaded_plan<> load(std::string const& path) {
  auto const text = file_text(path);
  // the header is the first line that is neither blank nor a comment (after a byte order mark)
  std::istringstream lines(text.starts_with("\xEF\xBB\xBF") ? text.substr(3) : text);
  std::string header;
  while (std::getline(lines, header) && (header.empty() || header == "\r" || header.starts_with("#"))) {
  }
  bool const self_describing = header.find("parent") != std::string::npos;
  auto collected = self_describing ? amip::io::read_plan_csv_collecting(text, path)
                                   : amip::io::read_plan_csv_collecting(text, path, amip::duesseldorf_2026::anlage1);
  if (!collected.ok()) {
    std::string all;
    for (auto const& e : collected.errors()) all += e.to_string() + '\n';
    throw usage_error(all + "amip-report: " + std::to_string(collected.errors().size()) +
                      (collected.errors().size() == 1 ? " error" : " errors") + " in " + path);
  }
  return collected;
}

template <class P>
amip::period default_now(P const& plan) {
  std::optional<amip::period> latest;
  for (auto const p : plan.periods()) {
    if (p.kind == amip::figure_kind::plan && (!latest || p.year > latest->year)) latest = p;
  }
  if (!latest) throw usage_error("amip-report: the plan has no plan period; name one with --now");
  return *latest;
}

template <class P>
amip::period default_prior(P const& plan, amip::period now) {
  for (auto const candidate : {amip::actual_of(now.year - 1), amip::projection_of(now.year - 1)}) {
    if (plan.holds(candidate)) return candidate;
  }
  throw usage_error("amip-report: the plan has neither an actual nor a projection for " + std::to_string(now.year - 1) +
                    "; name the prior period with --prior");
}

template <class P>
void print_table(P const& plan, options const& opt, amip::period now, amip::period prior) {
  if (!plan.holds(now))
    throw usage_error("amip-report: the plan has no figures for " + amip::to_string(now, amip::language::english));
  if (!plan.holds(prior))
    throw usage_error("amip-report: the plan has no figures for " + amip::to_string(prior, amip::language::english));
  auto const rows = amip::compare(plan, now, prior);
  amip::report::table_options table;
  table.lang = opt.lang;
  if (opt.title) table.title = *opt.title;
  if (opt.label_header) table.label_header = *opt.label_header;
  if (!opt.title && opt.plan_file) {
    auto const slash = opt.plan_file->find_last_of('/');
    table.title = slash == std::string::npos ? *opt.plan_file : opt.plan_file->substr(slash + 1);
  }
  if (opt.format == "csv") {
    amip::report::csv_options csv;
    csv.lang = opt.lang;
    csv.delimiter = opt.lang == amip::language::german ? ';' : ',';
    amip::report::write_comparison_csv(std::cout, rows, csv);
  } else if (opt.format == "html") {
    amip::report::write_html(std::cout, rows, table);
  } else if (opt.format == "markdown") {
    amip::report::write_markdown(std::cout, amip::report::make_table(rows, table));
  } else {
    amip::report::write_text(
        std::cout, amip::report::make_table(rows, table),
        opt.format == "text" ? amip::report::text_layout::tabbed : amip::report::text_layout::aligned);
  }
}

// Where the text around the table goes: with --format html, stderr, so that stdout is the page alone.
std::ostream& notes(options const& opt) { return opt.format == "html" ? std::cerr : std::cout; }

template <class P>
void print_diff(P const& plan, std::string const& other_file, options const& opt, amip::period now) {
  auto const other = load(other_file);
  auto const rows = amip::diff(plan, other.plan(), now);
  bool const de = opt.lang == amip::language::german;
  notes(opt) << '\n'
             << (de ? "Vergleich mit " : "Compared with ") << other_file << " (" << amip::to_string(now, opt.lang)
             << ")\n\n";
  for (auto const& row : rows) {
    auto const show = [&](auto const& value) {
      return value ? amip::report::format_value(*value, opt.lang) : std::string(amip::report::no_value_text(opt.lang));
    };
    if (row.difference && *row.difference == amip::entry_count{}) continue;
    notes(opt) << "  " << plan.structure().label(row.line, opt.lang) << ": " << show(row.before) << " -> "
               << show(row.after) << " ("
               << (row.difference ? (row.difference->value() > 0 ? "+" : "") +
                                        amip::report::format_integer(row.difference->value(), opt.lang)
                                  : std::string(amip::report::no_value_text(opt.lang)))
               << ", " << amip::report::format_change(row.change, opt.lang) << ")\n";
  }
}

template <class P>
int check_rules(std::ostream& out, P const& plan, amip::period now, amip::period prior, bool strict) {
  auto const& table = plan.structure();
  for (auto const& m : {amip::measure_id::mat, amip::measure_id::avgs_mat, amip::measure_id::mag, amip::measure_id::egz,
                        amip::measure_id::einstiegsgeld, amip::measure_id::p16e, amip::measure_id::agh}) {
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

template <class P>
int report(P const& plan, options const& opt) {
  auto const now = opt.now.value_or(default_now(plan));
  auto const prior = opt.prior.value_or(default_prior(plan, now));
  print_table(plan, opt, now, prior);
  if (opt.diff_file) print_diff(plan, *opt.diff_file, opt, now);
  return opt.rules ? check_rules(notes(opt), plan, now, prior, opt.strict) : 0;
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
      static constexpr auto egt = amip::duesseldorf_2026::egt_plan();
      return report(egt, opt);
    }
    auto const loaded = load(*opt.plan_file);
    return report(loaded.plan(), opt);
  } catch (usage_error const& e) {
    std::cerr << e.what() << '\n';
    return 2;
  } catch (std::exception const& e) {
    std::cerr << "amip-report: " << e.what() << '\n';
    return 2;
  }
}
