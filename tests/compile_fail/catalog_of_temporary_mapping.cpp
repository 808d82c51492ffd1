// expect: the catalogue of a temporary mapping would dangle at once
// A line mapping keeps its catalogues: a reference to one of a temporary mapping would dangle at once.
#include <amip/model/rollup.hpp>

#include <string>
#include <vector>

amip::line_mapping mapping_of(std::string const& key) {
  amip::catalog const table{"built at run time", std::vector<amip::owned_line>{{key, amip::line_kind::leaf}}};
  return amip::line_mapping::by_key(table, table);
}

int main() {
#ifdef AMIP_MUST_FAIL
  auto const& from = mapping_of("a key longer than fifteen characters").from();
#else
  auto const mapping = mapping_of("a key longer than fifteen characters");
  auto const& from = mapping.from();
#endif
  return from.size() == 1 ? 0 : 1;
}
