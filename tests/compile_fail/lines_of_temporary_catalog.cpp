// expect: the lines of a temporary catalogue would dangle at once
// A catalogue built at run time owns its lines: the span of a temporary one would dangle at once.
#include <amip/model/catalog.hpp>

#include <string>
#include <vector>

amip::catalog table_of(std::string const& key) {
  return amip::catalog{"built at run time", std::vector<amip::owned_line>{{key, amip::line_kind::leaf}}};
}

int main() {
#ifdef AMIP_MUST_FAIL
  auto const lines = table_of("a key longer than fifteen characters").lines();
#else
  auto const table = table_of("a key longer than fifteen characters");
  auto const lines = table.lines();
#endif
  return lines.size() == 1 ? 0 : 1;
}
