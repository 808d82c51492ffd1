// expect: a temporary container of them would be gone at once
// A catalogue refers to its lines: a temporary vector of lines would be gone at once.
#include <amip/model/catalog.hpp>

#include <vector>

int main() {
#ifdef AMIP_MUST_FAIL
  amip::catalog const table{"Eintritte", std::vector<amip::line>{{"total", amip::line_kind::leaf}}};
#else
  static std::vector<amip::line> const lines{{"total", amip::line_kind::leaf}};
  amip::catalog const table{"Eintritte", lines};
#endif
  return table.size() == 1 ? 0 : 1;
}
