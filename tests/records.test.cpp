// From records to monthly actuals (amip/monitoring/records.hpp, amip/io/records_csv.hpp): individual entry records
// counted into the lines of a catalogue by month and Jobcenter, nothing dropped unseen. The records are made up;
// every expected count is worked out by hand beside it.
#include <amip/core/quantity.hpp>
#include <amip/io/plan_csv.hpp>
#include <amip/io/records_csv.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/period.hpp>
#include <amip/monitoring/projection.hpp>
#include <amip/monitoring/records.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>

#include <catch2/catch.hpp>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

using amip::actual_of;
using amip::entry_count;
using amip::measure_id;
using amip::month_of;
using amip::tally_result;

namespace {

entry_count n(std::int64_t v) { return entry_count::from_value(v); }

amip::catalog small_table() {
  auto const read = amip::io::read_plan_csv("key;parent;children;measure;label\n"
                                           "total;;sum;;Insgesamt\n"
                                           "mat;total;sum;mat;MAT\n"
                                           "agh;total;sum;agh;AGH\n",
                                           "table.csv");
  return read.structure();
}

amip::owned_measure coaching() {
  amip::measure_data d;
  d.key = "coaching";
  d.german_name = "Coaching";
  d.section = "§ 16f";
  d.book = amip::social_code::sgb_ii;
  d.purpose = amip::purpose_group::free_support;
  d.paid_from = amip::budget_line::egt;
  return amip::declare_measure(d);
}

// Read in a function and returned, as a tool would: the records own what they show.
amip::io::tallied_records read(std::string const& text, amip::io::csv_read_options const& options = {}) {
  return amip::io::read_records_csv(text, "records.csv", small_table(), 2026, 1, options);
}

}  // namespace

TEST_CASE("a tally counts records on the lines of their measures month by month and counts the rest apart") {
  amip::entry_tally tally{amip::duesseldorf_2026::anlage1, 2025, 2, 2};
  auto const mat = amip::duesseldorf_2026::anlage1.at(measure_id::mat);
  CHECK(tally.add(measure_id::mat, 2026, 3) == tally_result::counted);
  CHECK(tally.add(measure_id::mat, 2026, 3) == tally_result::counted);
  CHECK(tally.add(measure_id::mat, 2025, 12, 1) == tally_result::counted);
  CHECK(tally.add(mat, 2026, 4) == tally_result::counted);
  CHECK(tally.add(measure_id::vermittlungsbudget, 2026, 3) == tally_result::no_line);  // beside Anlage 1
  CHECK(tally.add(measure_id::mat, 2027, 1) == tally_result::outside_years);
  CHECK(tally.add(measure_id::mat, 2026, 13) == tally_result::outside_years);
  CHECK(tally.add(measure_id::mat, 2026, 1, 2) == tally_result::unknown_group);
  CHECK(tally.add(static_cast<measure_id>(200), 2026, 1) == tally_result::unknown_measure);
  // 10 records: 4 counted, 1 apart, 4 rejected (2 outside the years, 1 unknown group, 1 unknown measure)
  CHECK(tally.counted() == n(4));
  CHECK(tally.without_line() == n(1));
  CHECK(tally.rejected() == n(4));
  CHECK(tally.count(mat, 2026, 3) == n(2));
  CHECK(tally.count(mat, 2025, 12, 1) == n(1));
  CHECK_THROWS_AS(tally.count(mat, 2024, 1), std::out_of_range);

  auto const plan = tally.to_plan();
  // March 2026: mat 2; its group I (Aktivierung) and the total roll up to 2; April 1; every other month 0
  CHECK(plan.figure(mat, actual_of(month_of(2026, 3))) == n(2));
  CHECK(plan.figure(mat, actual_of(month_of(2026, 4))) == n(1));
  CHECK(plan.figure(amip::line_index{0}, actual_of(month_of(2026, 3))) == n(2));
  CHECK(plan.figure(mat, actual_of(month_of(2025, 12))) == n(0));  // group 1 has that one
  CHECK(plan.periods().size() == 24);
  CHECK(tally.to_plan(1).figure(mat, actual_of(month_of(2025, 12))) == n(1));
  CHECK_THROWS_AS(tally.to_plan(2), std::out_of_range);
}

namespace {

// A record as a user's extract might hold it.
struct record {
  int measure;
  int year;
  int month;
  std::size_t jobcenter;
};

// Records through an end that cannot be subtracted from an iterator: a range that does not know its size.
struct end_of_records {
  std::vector<record>::const_iterator at;
  friend bool operator==(std::vector<record>::const_iterator i, end_of_records e) { return i == e.at; }
};
struct records_without_size {
  std::vector<record> const* all;
  [[nodiscard]] auto begin() const { return all->begin(); }
  [[nodiscard]] end_of_records end() const { return {all->end()}; }
};

}  // namespace

TEST_CASE("add_all counts a range of records exactly as add does one by one, sized or not") {
  // 8 records: 4 counted (mat 03/2026 twice, agh 04/2026, mat 12/2025 for Jobcenter 1), 1 apart
  // (Vermittlungsbudget), 3 rejected (a month of 2027, Jobcenter 2 of 2, measure id 200)
  std::vector<record> const records{{0, 2026, 3, 0},  {0, 2026, 3, 0},   {static_cast<int>(measure_id::agh), 2026, 4, 0},
                                    {0, 2025, 12, 1}, {static_cast<int>(measure_id::vermittlungsbudget), 2026, 3, 0},
                                    {0, 2027, 1, 0},  {0, 2026, 1, 2},   {200, 2026, 1, 0}};
  REQUIRE(static_cast<int>(measure_id::mat) == 0);
  auto const to_record = [](record const& r) {
    return amip::tally_record{static_cast<measure_id>(r.measure), amip::serial_month::of(r.year, r.month),
                              r.jobcenter};
  };
  amip::tally_summary const expected{n(4), n(1), n(3), n(0)};

  amip::entry_tally one_by_one{amip::duesseldorf_2026::anlage1, 2025, 2, 2};
  for (auto const& r : records) {
    (void)one_by_one.add(static_cast<measure_id>(r.measure), r.year, r.month, r.jobcenter);
  }

  // A sized range (checked once, before the loop) and an unsized one (checked record by record).
  amip::entry_tally sized{amip::duesseldorf_2026::anlage1, 2025, 2, 2};
  CHECK(sized.add_all(records, to_record) == expected);
  amip::entry_tally unsized{amip::duesseldorf_2026::anlage1, 2025, 2, 2};
  records_without_size const not_sized{&records};
  STATIC_REQUIRE(std::ranges::input_range<records_without_size const>);
  STATIC_REQUIRE(!std::ranges::sized_range<records_without_size const>);
  CHECK(unsized.add_all(not_sized, to_record) == expected);

  auto const mat = amip::duesseldorf_2026::anlage1.at(measure_id::mat);
  auto const agh = amip::duesseldorf_2026::anlage1.at(measure_id::agh);
  for (auto const* t : {&one_by_one, &sized, &unsized}) {
    CHECK(t->counted() == n(4));
    CHECK(t->without_line() == n(1));
    CHECK(t->rejected() == n(3));
    CHECK(t->count(mat, 2026, 3) == n(2));
    CHECK(t->count(agh, 2026, 4) == n(1));
    CHECK(t->count(mat, 2025, 12, 1) == n(1));
    CHECK(t->count(mat, 2025, 12) == n(0));
  }
  // A second batch adds to the first: 8 more records, the same outcome again.
  CHECK(sized.add_all(records, to_record) == expected);
  CHECK(sized.count(mat, 2026, 3) == n(4));
  CHECK(sized.counted() == n(8));
  CHECK(sized.rejected() == n(6));
  // tally_records themselves, without a conversion
  std::vector<amip::tally_record> const plain{{measure_id::mat, amip::serial_month::of(2026, 3), 0}};
  CHECK(sized.add_all(plain) == amip::tally_summary{n(1), n(0), n(0), n(0)});
  CHECK(sized.count(mat, 2026, 3) == n(5));
}

TEST_CASE("add_all finds the records counted apart in a large batch from their cells, as add counts them") {
  // Anlage 1 has lines for amip's measure ids 0 to 15; ids 16 to 21 (Vermittlungsbudget and the rest) have none.
  // A batch of at least groups × months × 6 records (here 1 × 12 × 6 = 72) takes the path that sums the cells of
  // those six ids after the loop; a smaller one looks each record up.
  auto const ids = static_cast<int>(amip::measures.size());
  REQUIRE(ids == 22);
  for (int id = 0; id < ids; ++id) {
    CHECK(amip::duesseldorf_2026::anlage1.find(static_cast<measure_id>(id)).has_value() == (id < 16));
  }
  // 200 records, record i of measure i % 22 in month i % 12 + 1 of 2026. Apart: i % 22 in 16…21, six of each
  // 22 in the nine full rounds (198 records) = 54, the last two (i % 22 = 0, 1) have lines: 146 counted.
  std::vector<record> many;
  for (int i = 0; i < 200; ++i) many.push_back({i % 22, 2026, i % 12 + 1, 0});
  auto const to_record = [](record const& r) {
    return amip::tally_record{static_cast<measure_id>(r.measure), amip::serial_month::of(r.year, r.month),
                              r.jobcenter};
  };
  amip::entry_tally batch{amip::duesseldorf_2026::anlage1, 2026};
  amip::entry_tally one_by_one{amip::duesseldorf_2026::anlage1, 2026};
  CHECK(batch.add_all(many, to_record) == amip::tally_summary{n(146), n(54), n(0), n(0)});
  for (auto const& r : many) (void)one_by_one.add(static_cast<measure_id>(r.measure), r.year, r.month);

  // Between two large batches, records apart one by one (a cell each), and one of a measure of one's own without
  // a line (no cell): the second batch still finds exactly its own 54.
  CHECK(batch.add(measure_id::vermittlungsbudget, 2026, 5) == tally_result::no_line);
  CHECK(one_by_one.add(measure_id::vermittlungsbudget, 2026, 5) == tally_result::no_line);
  std::vector<record> const few{{16, 2026, 1, 0}, {21, 2026, 2, 0}, {0, 2026, 2, 0}};  // 2 apart, 1 counted
  CHECK(batch.add_all(few, to_record) == amip::tally_summary{n(1), n(2), n(0), n(0)});
  for (auto const& r : few) (void)one_by_one.add(static_cast<measure_id>(r.measure), r.year, r.month);
  CHECK(batch.add_without_line(2026, 6) == tally_result::no_line);
  CHECK(one_by_one.add_without_line(2026, 6) == tally_result::no_line);
  CHECK(batch.add_all(many, to_record) == amip::tally_summary{n(146), n(54), n(0), n(0)});
  for (auto const& r : many) (void)one_by_one.add(static_cast<measure_id>(r.measure), r.year, r.month);

  // 146 + 1 + 146 counted; 54 + 1 + 2 + 1 + 54 apart
  for (auto const* t : {&batch, &one_by_one}) {
    CHECK(t->counted() == n(293));
    CHECK(t->without_line() == n(112));
    CHECK(t->rejected() == n(0));
  }
  // Every count the same both ways; e.g. MAT (id 0) in January: i = 0, 132 (i % 22 = 0 and i % 12 = 0 for i a
  // multiple of 132 below 200) in each large batch = 4.
  auto const mat = amip::duesseldorf_2026::anlage1.at(measure_id::mat);
  CHECK(batch.count(mat, 2026, 1) == n(4));
  for (std::size_t line = 0; line < amip::duesseldorf_2026::anlage1.size(); ++line) {
    for (int month = 1; month <= 12; ++month) {
      CHECK(batch.count(amip::line_index{line}, 2026, month) == one_by_one.count(amip::line_index{line}, 2026, month));
    }
  }
}

TEST_CASE("records of a measure go to the catalogues first line of it and add_all settles what it counted when a record throws") {
  // Two lines of MAT: records of MAT are counted on the first, as catalog::find says; the second is reached by
  // its line.
  auto const read = amip::io::read_plan_csv("key;parent;children;measure;label\n"
                                           "total;;sum;;Insgesamt\n"
                                           "mat_u25;total;sum;mat;MAT U25\n"
                                           "mat_ue25;total;sum;mat;MAT Ü25\n",
                                           "table.csv");
  auto const table = read.structure();
  auto const first = table.at("mat_u25");
  auto const second = table.at("mat_ue25");
  REQUIRE(table.find(measure_id::mat) == first);
  amip::entry_tally tally{table, 2026};
  CHECK(tally.add(measure_id::mat, 2026, 1) == tally_result::counted);
  CHECK(tally.add(second, 2026, 1) == tally_result::counted);
  std::vector<amip::tally_record> const mats(3, amip::tally_record{measure_id::mat, amip::serial_month::of(2026, 1), 0});
  CHECK(tally.add_all(mats) == amip::tally_summary{n(3), n(0), n(0), n(0)});
  CHECK(tally.count(first, 2026, 1) == n(4));
  CHECK(tally.count(second, 2026, 1) == n(1));
  auto const plan = tally.to_plan();
  // January: 4 + 1 = 5 in the total
  CHECK(plan.figure(amip::line_index{0}, actual_of(month_of(2026, 1))) == n(5));

  // The third record cannot be converted: the two before it are counted and the sums say so.
  std::vector<record> const records{{0, 2026, 2, 0}, {21, 2026, 2, 0}, {-1, 2026, 2, 0}, {0, 2026, 2, 0}};
  auto const throwing = [](record const& r) {
    if (r.measure < 0) throw std::invalid_argument("no measure");
    return amip::tally_record{static_cast<measure_id>(r.measure), amip::serial_month::of(r.year, r.month), 0};
  };
  CHECK_THROWS_AS(tally.add_all(records, throwing), std::invalid_argument);
  // before: 5 counted; now 6 counted (MAT 02/2026) and 1 apart (id 21 has no line here)
  CHECK(tally.counted() == n(6));
  CHECK(tally.without_line() == n(1));
  CHECK(tally.count(first, 2026, 2) == n(1));
}

TEST_CASE("a total line counts nothing of its own and a kept plan is restated only from its own catalogue") {
  amip::entry_tally tally{amip::duesseldorf_2026::anlage1, 2026};
  // Line 0 is the total "mit FbW / Reha": it only rolls up, so a record given to it is rejected, not lost.
  CHECK(tally.add(amip::line_index{0}, 2026, 3) == tally_result::line_without_measure);
  CHECK(tally.rejected() == n(1));
  CHECK(tally.count(amip::line_index{0}, 2026, 3) == n(0));
  CHECK(tally.add(measure_id::mat, 2026, 3) == tally_result::counted);

  // restate_into refills a plan it made: March becomes 2 after a second MAT record; the total rolls up.
  auto kept = tally.to_plan();
  auto const mat = amip::duesseldorf_2026::anlage1.at(measure_id::mat);
  CHECK(kept.figure(mat, actual_of(month_of(2026, 3))) == n(1));
  CHECK(tally.add(measure_id::mat, 2026, 3) == tally_result::counted);
  tally.restate_into(kept);
  CHECK(kept.figure(mat, actual_of(month_of(2026, 3))) == n(2));
  CHECK(kept.figure(amip::line_index{0}, actual_of(month_of(2026, 3))) == n(2));
  CHECK(kept.periods().size() == 12);

  // A plan of another catalogue is refused, naming both.
  amip::plan<entry_count> other{small_table()};
  CHECK_THROWS_AS(tally.restate_into(other), std::invalid_argument);
  CHECK_THROWS_AS(tally.restate_into(kept, 1), std::out_of_range);
}

TEST_CASE("a CSV of records is counted per Jobcenter and every record not counted is reported at its cell") {
  auto const records = read(
      "measure;date;jobcenter\n"          // line 1
      "mat;2026-01-15;05111\n"            // 2: counted
      "mat;15.01.2026;05111\n"            // 3: counted
      "agh;2026-02-01;05111\n"            // 4: counted
      "mat;2026-02-28;05315\n"            // 5: counted, a second Jobcenter
      "vermittlungsbudget;2026-03-01;05111\n"  // 6: no line in the table: counted apart
      "mat;31.02.2026;05111\n"            // 7: no such day
      "agh;2025-12-31;05111\n"            // 8: outside 2026
      "xyz;2026-04-01;05111\n"            // 9: no measure
      "mat;2026-04-01;\n"                 // 10: no Jobcenter
      "mat;2026-04-01\n");                // 11: two cells
  CHECK(records.jobcenters() == std::vector<std::string>{"05111", "05315"});
  CHECK(records.tally().counted() == n(4));
  CHECK(records.tally().without_line() == n(1));
  REQUIRE(records.errors().size() == 5);
  CHECK(records.errors()[0].to_string() ==
        "records.csv:7:5: \"31.02.2026\" is not a date; expected a day such as 2026-03-15 or 15.03.2026");
  CHECK(records.errors()[0].kind == amip::io::csv_error_kind::bad_date);
  CHECK(records.errors()[1].to_string() == "records.csv:8:5: \"2025-12-31\" is outside the years counted (2026)");
  CHECK(records.errors()[1].kind == amip::io::csv_error_kind::date_outside_years);
  CHECK(records.errors()[2].to_string() ==
        "records.csv:9:1: \"xyz\" is not the key of a measure; expected one of amip's (mat, agh, …), one of the "
        "catalogue's lines or one given in csv_read_options::measures");
  CHECK(records.errors()[3].to_string() ==
        "records.csv:10:16: the record names no Jobcenter; expected its id in the column jobcenter");
  CHECK(records.errors()[4].to_string() == "records.csv:11:1: the record has 2 cells; the header has 3");

  auto const first = records.plan("05111");
  auto const& table = first.structure();
  // 05111: mat 2 in January, agh 1 in February; total 2 and 1; December 0
  CHECK(first.figure(table.at("mat"), actual_of(month_of(2026, 1))) == n(2));
  CHECK(first.figure(table.at("agh"), actual_of(month_of(2026, 2))) == n(1));
  CHECK(first.figure(table.at("total"), actual_of(month_of(2026, 2))) == n(1));
  CHECK(first.figure(table.at("total"), actual_of(month_of(2026, 12))) == n(0));
  CHECK(records.plan("05315").figure(table.at("mat"), actual_of(month_of(2026, 2))) == n(1));
  CHECK_THROWS_WITH(records.plan("99999"),
                    "amip: the records name no Jobcenter \"99999\"; they name \"05111\", \"05315\"");
  // The monthly actuals are what a projection reads: as of February, mat 2 × 12 / 2 = 12
  auto const projected = amip::project(first, month_of(2026, 2), amip::run_rate{});
  CHECK(projected.value(table.at("mat")) == n(12));
}

TEST_CASE("records of a measure of ones own are counted apart or on its line and header errors are reported") {
  // Without a jobcenter column: one Jobcenter, "". The measure "coaching" is declared by the caller and has no
  // line in the table: counted apart. A date in either spelling, columns in any order and case.
  auto const records = read("Date;Measure\n2026-05-04;coaching\n04.05.2026;mat\n", {.measures = {coaching()}});
  CHECK(records.ok());
  CHECK(records.jobcenters() == std::vector<std::string>{""});
  CHECK(records.tally().without_line() == n(1));
  CHECK(records.plan().figure("mat", actual_of(month_of(2026, 5))) == n(1));

  auto const header = read("measure;when\nmat;2026-01-01\n");
  REQUIRE(records.ok());
  REQUIRE(header.errors().size() == 2);
  CHECK(header.errors()[0].to_string() ==
        "records.csv:1:1: the header has no column date; expected the columns measure and date (and, optionally, "
        "jobcenter)");
  CHECK(header.errors()[1].to_string() ==
        "records.csv:1:9: \"when\" is not a column of a CSV of records; expected measure, date and, optionally, "
        "jobcenter");
  CHECK(read("").errors()[0].kind == amip::io::csv_error_kind::empty_file);
  // 29 February: a day in 2028, none in 2026
  CHECK(amip::io::detail::parse_record_date("29.02.2028"));
  CHECK_FALSE(amip::io::detail::parse_record_date("29.02.2026"));
}
