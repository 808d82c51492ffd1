// Compile-time proof that amip's table of measures is in measure_id order (each id's row carries the id's name as
// its key: measure_info has no id of its own), and that a measure of one's own declared in code is a measure tag.
#include <amip/model/measure.hpp>

namespace {
using amip::info_of;
using amip::measure_id;

static_assert(info_of(measure_id::mat).key == "mat");
static_assert(info_of(measure_id::avgs_mat).key == "avgs_mat");
static_assert(info_of(measure_id::mag).key == "mag");
static_assert(info_of(measure_id::fbw_nao).key == "fbw_nao");
static_assert(info_of(measure_id::fbw_ao).key == "fbw_ao");
static_assert(info_of(measure_id::egz).key == "egz");
static_assert(info_of(measure_id::einstiegsgeld).key == "einstiegsgeld");
static_assert(info_of(measure_id::p16c).key == "p16c");
static_assert(info_of(measure_id::asa).key == "asa");
static_assert(info_of(measure_id::eq).key == "eq");
static_assert(info_of(measure_id::reha).key == "reha");
static_assert(info_of(measure_id::agh).key == "agh");
static_assert(info_of(measure_id::p16e).key == "p16e");
static_assert(info_of(measure_id::p16i).key == "p16i");
static_assert(info_of(measure_id::p16f).key == "p16f");
static_assert(info_of(measure_id::p16h).key == "p16h");
static_assert(info_of(measure_id::vermittlungsbudget).key == "vermittlungsbudget");
static_assert(info_of(measure_id::childcare).key == "childcare");
static_assert(info_of(measure_id::home_care).key == "home_care");
static_assert(info_of(measure_id::debt_counselling).key == "debt_counselling");
static_assert(info_of(measure_id::psychosocial).key == "psychosocial");
static_assert(info_of(measure_id::p16k).key == "p16k");
static_assert(amip::measures.size() == 22);

// A tag of one's own.
struct local_t final : amip::own_measure<local_t> {
  static constexpr amip::measure_info info{.key = "local",
                                           .german_name = "Lokales Instrument",
                                           .english_name = "Local instrument",
                                           .abbreviation = "LI",
                                           .basis = {{"§ 16f", amip::social_code::sgb_ii}, "Freie Förderung"},
                                           .purpose = amip::purpose_group::free_support,
                                           .paid_from = amip::budget_line::egt};
};
constexpr local_t local{};
static_assert(amip::MeasureTag<local_t> && !amip::BuiltinMeasureTag<local_t> && amip::Measure<local_t>);
static_assert(amip::Measure<amip::measure_id> && amip::Measure<amip::measure_ref> && amip::Measure<amip::owned_measure>);
static_assert(!amip::Measure<int> && !amip::MeasureTag<amip::measure_id>);
static_assert(amip::measure_ref{local} == amip::measure_ref::of_static(local_t::info));
static_assert(amip::measure_ref{amip::measure::p16i} == amip::measure_id::p16i);
static_assert(!(amip::measure_ref{local} == amip::measure_id::p16f));
constexpr amip::owned_measure kept_local{local};
static_assert(kept_local.ref().key() == "local" && !kept_local.owns());
// A struct that merely looks like a tag is none: it must derive from own_measure of itself.
struct lookalike {
  [[maybe_unused]] static constexpr amip::measure_info const& info = amip::measures[0];
};
static_assert(!amip::MeasureTag<lookalike>);
}  // namespace
