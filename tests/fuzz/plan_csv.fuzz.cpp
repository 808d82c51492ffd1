// libFuzzer target for the plan CSV reader (amip/io/plan_csv.hpp).
//
// Every input is read self-describing and against amip::duesseldorf_2026::anlage1, collecting all errors and stopping
// at the first. Besides "no crash, no leak, no undefined behaviour" it checks what the reader promises:
//   - errors come in file order, each with a line and column >= 1 and a message in valid UTF-8;
//   - stopping at the first error throws exactly the first error collected, and nothing else;
//   - unless a sum leaves int64 (reported as sum_overflow), plan::check() does not throw and finds what the
//     reader reported as inconsistent totals;
//   - the plan read from the valid parts, written with report::write_plan_csv and read again, is the same plan,
//     and reading it again finds no error other than its inconsistent totals;
//   - read as a plan per quantity (read_plans_csv: period columns of entries, persons, cases and euros, any
//     spelling of a period, numbers in either notation), the same holds for every plan, written side by side with
//     report::write_plans_csv; read as a plan of money, errors keep their order;
//   - every header cell that reads as a period column ("<kind> <when> (<version>) [<unit>]") reads as the same
//     period and unit when written back as the writer names it ("plan Q3 2026 (Entwurf) [EUR]");
//   - the options that force the delimiter (';', ',' or tab) and the number convention (German or English), chosen
//     by the input, change what is read but keep every promise above.
// Build and run (clang 14):
//   clang++ -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all -Iinclude \
//       tests/fuzz/plan_csv.fuzz.cpp -o /tmp/fuzz_plan_csv
//   sh tests/fuzz/run_fuzzer.sh /tmp/fuzz_plan_csv tests/fuzz/corpus/plan_csv 60
#include <amip/io/csv.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/model/catalog.hpp>
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>
#include <amip/report/csv.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_checks.hpp"

namespace {

using amip::io::csv_error_kind;
using amip_fuzz::check_errors;
using amip_fuzz::is_consistency;
using amip_fuzz::require;

template <class Read>
void check_against_plan_check(Read const& read) {
  std::size_t consistency = 0;
  for (auto const& e : read.errors()) {
    if (e.kind == csv_error_kind::sum_overflow) return;  // plan::check() would throw amip::overflow_error
    if (is_consistency(e.kind)) ++consistency;
  }
  require(read.plan().check().size() == consistency, "plan::check() finds what the reader reported");
}

// Labels are compared in the language written: a line without a label of its own shows its measure's name, which
// the writer writes in that language.
template <class P1, class P2>
void require_same(P1 const& a, P2 const& b, amip::language lang = amip::language::german) {
  auto const& ta = a.structure();
  auto const& tb = b.structure();
  require(ta.size() == tb.size(), "the same number of lines");
  require(a.periods() == b.periods(), "the same periods");
  for (std::size_t i = 0; i < ta.size(); ++i) {
    amip::line_index const index{i};
    require(ta[index].key == tb[index].key, "the same key");
    require(ta[index].parent == tb[index].parent, "the same parent");
    require(ta[index].children == tb[index].children, "the same children rule");
    require(ta[index].measure == tb[index].measure, "the same measure");
    require(ta.label(index, lang) == tb.label(index, lang), "the same label");
    for (auto const& when : a.periods()) require(a.stated(index, when) == b.stated(index, when), "the same figure");
  }
}

// Written with the default options, or (chosen by the input's size, to keep each run cheap) with ',', a BOM, CR LF
// and grouped figures.
template <class Read>
void check_round_trip(Read const& read, amip::catalog const* known, std::size_t size) {
  auto const options = size % 2 == 0 ? amip::report::csv_options{}
                                     : amip::report::csv_options{amip::language::german, ',', true, true, true};
  {
    std::ostringstream out;
    amip::report::write_plan_csv(out, read.plan(), options);
    auto const text = out.str();
    auto const again = known != nullptr ? amip::io::read_plan_csv_collecting(text, "again.csv", *known)
                                        : amip::io::read_plan_csv_collecting(text, "again.csv");
    for (auto const& e : again.errors()) require(is_consistency(e.kind), "a written plan reads without errors");
    require_same(read.plan(), again.plan());
  }
}

// The plan per quantity of a read, or an empty plan of Q over the read's lines.
template <class Q>
amip::plan<Q> plan_or_empty(amip::io::collected_plans const& read) {
  return read.has<Q>() ? read.plan<Q>() : amip::plan<Q>{read.structure()};
}

void check_plans(std::string_view text, std::size_t size) {
  auto const read = amip::io::read_plans_csv_collecting(text, "fuzz.csv");
  check_errors(read, "fuzz.csv");
  if (size % 3 == 0) {
    try {
      auto const stopped = amip::io::read_plans_csv(text, "fuzz.csv");
      require(read.ok(), "no exception only without errors");
      require(stopped.units() == read.units(), "the same units");
    } catch (amip::io::csv_error const& e) {
      require(!read.ok() && e.diagnostic() == read.errors().front(), "stop mode throws the first error");
    }
  }
  std::size_t consistency = 0;
  for (auto const& e : read.errors()) {
    if (e.kind == csv_error_kind::sum_overflow) return;  // plan::check() would throw amip::overflow_error
    if (is_consistency(e.kind)) ++consistency;
  }
  auto const entries = plan_or_empty<amip::entry_count>(read);
  auto const persons = plan_or_empty<amip::person_count>(read);
  auto const cases = plan_or_empty<amip::case_count>(read);
  auto const euros = plan_or_empty<amip::money>(read);
  require(entries.check().size() + persons.check().size() + cases.check().size() + euros.check().size() ==
              consistency,
          "plan::check() of every plan finds what the reader reported");
  if (read.units().empty()) return;
  amip::report::csv_options const choices[] = {{},
                                               {amip::language::english, ';', false, true, true},
                                               {amip::language::german, '\t', true, false, true},
                                               {amip::language::english, '\t', false, false, false}};
  auto const options = choices[size % 4];
  std::ostringstream out;
  amip::report::write_plans_csv(out, options, entries, persons, cases, euros);
  auto const again = amip::io::read_plans_csv_collecting(out.str(), "again.csv");
  for (auto const& e : again.errors()) require(is_consistency(e.kind), "written plans read without errors");
  require(again.units().size() == read.units().size(), "the same number of units");
  require_same(entries, plan_or_empty<amip::entry_count>(again), options.lang);
  require_same(persons, plan_or_empty<amip::person_count>(again), options.lang);
  require_same(cases, plan_or_empty<amip::case_count>(again), options.lang);
  require_same(euros, plan_or_empty<amip::money>(again), options.lang);
}

// The header grammar alone: each cell of the first line (split at ';', ',' and tab) that reads as a period column
// reads the same when written as the writer names it (to_string in English, then the unit's English word).
void check_headers(std::string_view text) {
  auto const end = text.find_first_of("\r\n");
  auto const first = text.substr(0, end == std::string_view::npos ? text.size() : end);
  std::size_t start = 0;
  while (start <= first.size()) {
    auto const stop = first.find_first_of(";,\t", start);
    auto const cell = first.substr(start, (stop == std::string_view::npos ? first.size() : stop) - start);
    auto const read = amip::io::detail::parse_period_header(cell);
    if (read.header) {
      auto const written = amip::io::detail::column_name(read.header->when, read.header->unit);
      auto const again = amip::io::detail::parse_period_header(written);
      require(again.header.has_value(), "a period column as the writer names it reads");
      require(again.header->when == read.header->when, "the same period");
      require(again.header->unit == read.header->unit, "the same unit");
    }
    if (stop == std::string_view::npos) break;
    start = stop + 1;
  }
}

template <class Collect, class Stop>
void check_mode(std::string_view text, amip::catalog const* known, bool round_trip, bool stop_too, Collect collect,
                Stop stop) {
  auto const read = collect();
  check_errors(read, "fuzz.csv");
  if (stop_too) {  // every third input per mode: it reads the whole input again
    try {
      auto const stopped = stop();
      require(read.ok(), "no exception only without errors");
      require_same(read.plan(), stopped.plan());
    } catch (amip::io::csv_error const& e) {
      require(!read.ok() && e.diagnostic() == read.errors().front(), "stop mode throws the first error");
    }
  }
  check_against_plan_check(read);
  // Against a catalogue, only when a figure was read: writing all of Anlage 1 for every input would be slow.
  bool read_something = known == nullptr && read.structure().size() != 0;
  for (std::size_t i = 0; i < read.structure().size() && !read_something; ++i) {
    for (auto const& when : read.plan().periods())
      read_something |= read.plan().stated(amip::line_index{i}, when).has_value();
  }
  if (round_trip && read_something) check_round_trip(read, known, text.size());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  std::string_view const text(reinterpret_cast<char const*>(data), size);
  check_mode(
      text, nullptr, true, size % 3 == 0, [&] { return amip::io::read_plan_csv_collecting(text, "fuzz.csv"); },
      [&] { return amip::io::read_plan_csv(text, "fuzz.csv"); });
  check_mode(
      text, &amip::duesseldorf_2026::anlage1, true, size % 3 == 1,
      [&] { return amip::io::read_plan_csv_collecting(text, "fuzz.csv", amip::duesseldorf_2026::anlage1); },
      [&] { return amip::io::read_plan_csv(text, "fuzz.csv", amip::duesseldorf_2026::anlage1); });
  // Forced options: the delimiter and the number convention chosen by the input's first byte.
  amip::io::csv_read_options forced;
  auto const choice = size == 0 ? 0U : static_cast<unsigned>(data[0]);
  constexpr char delimiters[] = {',', ';', '\t'};
  forced.delimiter = delimiters[choice % 3];
  forced.numbers = (choice / 3) % 2 == 0 ? amip::language::english : amip::language::german;
  forced.require_every_leaf = false;
  check_mode(
      text, nullptr, false, size % 3 == 2, [&] { return amip::io::read_plan_csv_collecting(text, "fuzz.csv", forced); },
      [&] { return amip::io::read_plan_csv(text, "fuzz.csv", forced); });
  check_plans(text, size);
  check_headers(text);
  auto const money = amip::io::read_plan_csv_collecting<amip::plan<amip::money>>(text, "fuzz.csv");
  check_errors(money, "fuzz.csv");
  return 0;
}
