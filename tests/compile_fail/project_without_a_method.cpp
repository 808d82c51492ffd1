// expect: a projection method has name\(\) and a call operator that takes projection_inputs<Q>
// A method is a type with name() and a call operator on projection_inputs<Q>: a plain function is none.
#include <amip/io/plan_csv.hpp>
#include <amip/monitoring/projection.hpp>

#include <string_view>

namespace {
struct twice_the_actual {  // no name()
  amip::projected<amip::entry_count> operator()(amip::projection_inputs<amip::entry_count> const& in) const {
    return {in.actual_to_date + in.actual_to_date, "twice"};
  }
};
struct named_twice : twice_the_actual {
  static std::string_view name() { return "twice"; }
};
}  // namespace

int main() {
  auto const plan = amip::io::read_plan_csv("key;parent;children;label;Ist 01/2026\nx;;sum;X;10\n", "x.csv").plan();
#ifdef AMIP_MUST_FAIL
  auto const projected = amip::project(plan, amip::month_of(2026, 1), twice_the_actual{});
#else
  auto const projected = amip::project(plan, amip::month_of(2026, 1), named_twice{});
#endif
  return projected.lines().size() == 1 ? 0 : 1;
}
