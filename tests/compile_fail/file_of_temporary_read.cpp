// expect: the file name of a temporary result would dangle at once
// The result of a read owns the file name; a view of it from a temporary result would dangle at once. (Its plan()
// may be taken from a temporary: the plan owns what it shows.)
#include <amip/io/plan_csv.hpp>

#include <string_view>

int main() {
  std::string_view const csv = "key;parent;children;label;plan 2026\ntotal;;sum;Eintritte;5\n";
#ifdef AMIP_MUST_FAIL
  std::string_view const file = amip::io::read_plan_csv(csv, "a file name longer than fifteen.csv").file();
#else
  auto const read = amip::io::read_plan_csv(csv, "a file name longer than fifteen.csv");
  std::string_view const file = read.file();
#endif
  return file.size() > 0 ? 0 : 1;
}
