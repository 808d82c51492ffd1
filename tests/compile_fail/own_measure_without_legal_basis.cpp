// expect: error_every_measure_needs_a_legal_basis_with_a_paragraph_and_a_book
// expect in notes: a missing legal basis is a value, caught in constant evaluation
// A measure of one's own, declared in code as a tag, must name its legal basis as amip's own measures do.
#include <amip/model/measure.hpp>

struct jobcoaching_t final : amip::own_measure<jobcoaching_t> {
#ifdef AMIP_MUST_FAIL
  static constexpr amip::measure_info info{.key = "jobcoaching",
                                           .german_name = "Jobcoaching",
                                           .english_name = "Job coaching",
                                           .abbreviation = "JC",
                                           .purpose = amip::purpose_group::free_support,
                                           .paid_from = amip::budget_line::egt};
#else
  static constexpr amip::measure_info info{.key = "jobcoaching",
                                           .german_name = "Jobcoaching",
                                           .english_name = "Job coaching",
                                           .abbreviation = "JC",
                                           .basis = {{"§ 16f", amip::social_code::sgb_ii}, "Freie Förderung"},
                                           .purpose = amip::purpose_group::free_support,
                                           .paid_from = amip::budget_line::egt};
#endif
};
inline constexpr jobcoaching_t jobcoaching{};

int main() { return amip::measure_ref{jobcoaching}.info().basis.primary().section.empty() ? 1 : 0; }
