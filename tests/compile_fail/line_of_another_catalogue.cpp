// expect: error_the_line_belongs_to_another_catalogue
// expect in notes: a handle of another catalogue is a value, caught in constant evaluation
// Anlage 1's handle of "mat" asked of a constexpr plan of another table (issue 12's five lines: total, activation,
// mat, mag, agh; position 4, Anlage 1's "mat", is "agh" there). The plan's type does not name its catalogue, so the
// mistake is found where the values are known: in constant evaluation a compile error, at run time amip::line_error
// (tests/line_handles.test.cpp). The twin asks by key and gets mat's own 600.
#include <amip/model/plan.hpp>
#include <amip/programmes/duesseldorf_2026/anlage1.hpp>

#include <array>

constexpr std::array<amip::line, 5> five_lines{{
    {"total", amip::line_kind::total},
    {"activation", amip::line_kind::subgroup, 0},
    {"mat", amip::line_kind::leaf, 1, amip::children_rule::sum, amip::measure_id::mat},
    {"mag", amip::line_kind::leaf, 1, amip::children_rule::sum, amip::measure_id::mag},
    {"agh", amip::line_kind::leaf, 0, amip::children_rule::sum, amip::measure_id::agh},
}};
constexpr amip::catalog five_line_table{"five lines", five_lines};

constexpr amip::fixed_plan<amip::entry_count> five_line_plan() {
  amip::fixed_plan<amip::entry_count> p{five_line_table};
  p.state("mat", amip::plan_of(2026), 600 * amip::entries).state("agh", amip::plan_of(2026), 300 * amip::entries);
  return p;
}
constexpr auto plan = five_line_plan();

#ifdef AMIP_MUST_FAIL
static_assert(plan.figure(amip::duesseldorf_2026::lines::mat, amip::plan_of(2026)) == 600 * amip::entries);
#else
static_assert(plan.figure("mat", amip::plan_of(2026)) == 600 * amip::entries);
#endif

int main() { return 0; }
