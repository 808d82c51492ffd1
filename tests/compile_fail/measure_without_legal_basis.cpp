// expect: error_every_measure_needs_a_legal_basis_with_a_paragraph_and_a_book
// expect in notes: a missing legal basis or id is a value, caught in constant evaluation
// A catalogue row must name its legal basis; leaving it out does not compile.
#include <amip/model/measure.hpp>

#ifdef AMIP_MUST_FAIL
constexpr amip::measure_info coaching{.key = "coaching",
                                      .german_name = "Coaching",
                                      .english_name = "coaching",
                                      .abbreviation = "",
                                      .purpose = amip::purpose_group::outside_anlage_1,
                                      .paid_from = amip::budget_line::egt};
#else
constexpr amip::measure_info coaching{.key = "coaching",
                                      .german_name = "Coaching",
                                      .english_name = "coaching",
                                      .abbreviation = "",
                                      .basis = {{"§ 16k", amip::social_code::sgb_ii}, "Ganzheitliche Betreuung"},
                                      .purpose = amip::purpose_group::outside_anlage_1,
                                      .paid_from = amip::budget_line::egt};
#endif

int main() { return coaching.basis.primary().section.empty() ? 1 : 0; }
