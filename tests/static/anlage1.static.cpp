// Compile-time proof that the 16 leaves of the embedded plan give Anlage 1's printed totals and changes.
// The expected figures are the seed's (Anlage 1 "Planung EGT 2026"); the library computes them.
#include <amip/model/comparison.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

namespace {
using amip::actual_of;
using amip::entries;
using amip::plan_of;
namespace lines = amip::duesseldorf_2026::lines;

constexpr auto egt = amip::duesseldorf_2026::egt_plan();
constexpr auto vergleich = amip::compare(egt, plan_of(2026), actual_of(2025));

// The two totals.
static_assert(egt.total(lines::with_fbw_reha, plan_of(2026)) == 8'510 * entries);
static_assert(egt.total(lines::with_fbw_reha, actual_of(2025)) == 7'274 * entries);
static_assert(egt.total(lines::without_fbw_reha, plan_of(2026)) == 7'300 * entries);
static_assert(egt.total(lines::without_fbw_reha, actual_of(2025)) == 5'938 * entries);
// Each group.
static_assert(egt.total(lines::group_i, plan_of(2026)) == 4'444 * entries);
static_assert(egt.total(lines::group_i, actual_of(2025)) == 3'693 * entries);
static_assert(egt.total(lines::group_ii, plan_of(2026)) == 1'160 * entries);
static_assert(egt.total(lines::group_ii, actual_of(2025)) == 1'326 * entries);
static_assert(egt.total(lines::group_iii, plan_of(2026)) == 1'000 * entries);
static_assert(egt.total(lines::group_iii, actual_of(2025)) == 706 * entries);
static_assert(egt.total(lines::group_iv, plan_of(2026)) == 61 * entries);
static_assert(egt.total(lines::group_iv, actual_of(2025)) == 33 * entries);
static_assert(egt.total(lines::group_v, plan_of(2026)) == 50 * entries);
static_assert(egt.total(lines::group_v, actual_of(2025)) == 10 * entries);
static_assert(egt.total(lines::group_vi, plan_of(2026)) == 1'720 * entries);
static_assert(egt.total(lines::group_vi, actual_of(2025)) == 1'415 * entries);
static_assert(egt.total(lines::group_vii, plan_of(2026)) == 75 * entries);
static_assert(egt.total(lines::group_vii, actual_of(2025)) == 91 * entries);
static_assert(egt.total(lines::group_viii, plan_of(2026)) == 0 * entries);
static_assert(egt.total(lines::group_viii, actual_of(2025)) == 0 * entries);
// Every row's change, as printed: 17,0% … 0,0%.
static_assert(vergleich.change(lines::with_fbw_reha).tenths_of_percent() == 170);
static_assert(vergleich.change(lines::without_fbw_reha).tenths_of_percent() == 229);
static_assert(vergleich.change(lines::group_i).tenths_of_percent() == 203);
static_assert(vergleich.change(lines::activation).tenths_of_percent() == 203);
static_assert(vergleich.change(lines::mat).tenths_of_percent() == 716);
static_assert(vergleich.change(lines::avgs_mat).tenths_of_percent() == -235);
static_assert(vergleich.change(lines::mag).tenths_of_percent() == 670);
static_assert(vergleich.change(lines::group_ii).tenths_of_percent() == -125);
static_assert(vergleich.change(lines::fbw).tenths_of_percent() == -125);
static_assert(vergleich.change(lines::fbw_nao).tenths_of_percent() == -215);
static_assert(vergleich.change(lines::fbw_ao).tenths_of_percent() == 173);
static_assert(vergleich.change(lines::group_iii).tenths_of_percent() == 416);
static_assert(vergleich.change(lines::egz).tenths_of_percent() == 575);
static_assert(vergleich.change(lines::einstiegsgeld).tenths_of_percent() == 339);
static_assert(vergleich.change(lines::p16c).tenths_of_percent() == -1'000);
static_assert(vergleich.change(lines::group_iv).tenths_of_percent() == 848);
static_assert(vergleich.change(lines::asa).tenths_of_percent() == 864);
static_assert(vergleich.change(lines::eq).tenths_of_percent() == 818);
static_assert(vergleich.change(lines::group_v).tenths_of_percent() == 4'000);
static_assert(vergleich.change(lines::group_vi).tenths_of_percent() == 216);
static_assert(vergleich.change(lines::agh).tenths_of_percent() == 199);
static_assert(vergleich.change(lines::p16e).tenths_of_percent() == -107);
static_assert(vergleich.change(lines::p16i).tenths_of_percent() == 827);
static_assert(vergleich.change(lines::group_vii).tenths_of_percent() == -176);
static_assert(vergleich.change(lines::group_viii).tenths_of_percent() == 0);
// And the printed totals, fed in as claims, agree with the leaves.
constexpr auto with_printed_totals = [] {
  auto p = egt;
  p.state(lines::with_fbw_reha, plan_of(2026), 8'510 * entries)
      .state(lines::without_fbw_reha, plan_of(2026), 7'300 * entries);
  return p;
}();
static_assert(with_printed_totals.check().empty());
}  // namespace
