// expect: a projection to the year end sums months: it applies to plans of entries or money
// A Hochrechnung adds the months to date and scales them: persons (Teilnehmende, a stock) are counted at a time.
#include <amip/io/plan_csv.hpp>
#include <amip/monitoring/projection.hpp>

int main() {
  auto const text = "key;parent;children;label;Ist 01/2026 [Personen];Ist 01/2026\nx;;sum;X;10;10\n";
#ifdef AMIP_MUST_FAIL
  auto const plan = amip::io::read_plan_csv<amip::plan<amip::person_count>>(text, "persons.csv").plan();
#else
  auto const plan = amip::io::read_plan_csv<amip::plan<amip::entry_count>>(text, "entries.csv").plan();
#endif
  auto const projected = amip::project(plan, amip::month_of(2026, 1), amip::run_rate{});
  return projected.lines().size() == 1 ? 0 : 1;
}
