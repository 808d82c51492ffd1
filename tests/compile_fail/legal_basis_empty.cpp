// expect: error_every_measure_needs_a_legal_basis_with_a_paragraph_and_a_book
// expect in notes: a missing legal basis or id is a value, caught in constant evaluation
// An empty paragraph is no legal basis either.
#include <amip/model/measure.hpp>

#ifdef AMIP_MUST_FAIL
constexpr amip::legal_basis basis{{"", amip::social_code::sgb_ii}, "Ganzheitliche Betreuung"};
#else
constexpr amip::legal_basis basis{{"§ 16k", amip::social_code::sgb_ii}, "Ganzheitliche Betreuung"};
#endif

int main() { return basis.primary().section.empty() ? 1 : 0; }
