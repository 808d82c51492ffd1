// Synthetic programmes for the benchmarks: 405 Jobcenters (as many as Germany has), each the Düsseldorf plan of
// Anlage 1 scaled to its size with noise, and 32 scenarios of its plan for 2026. Deterministic: the same figures on
// every machine and in every run.
#pragma once

#include <amip/model/measure.hpp>
#include <amip/programmes/duesseldorf_2026/data.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace amip_bench {

inline constexpr std::size_t jobcenter_count = 405;
inline constexpr std::size_t scenario_count = 32;
inline constexpr std::size_t leaf_count = 16;

/// The measures of Anlage 1's 16 leaves, in the order printed.
inline constexpr std::array<amip::measure_id, leaf_count> leaf_measures = [] {
  std::array<amip::measure_id, leaf_count> out{};
  for (std::size_t k = 0; k < leaf_count; ++k) out[k] = amip::duesseldorf_2026::anlage1_leaves[k].measure;
  return out;
}();

/// splitmix64: small, fast, and the same everywhere.
class random_bits {
 public:
  explicit random_bits(std::uint64_t seed) : state_{seed} {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30U)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27U)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31U);
  }
  /// Uniform in [lo, hi].
  std::int64_t between(std::int64_t lo, std::int64_t hi) {
    return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }

 private:
  std::uint64_t state_;
};

/// The leaves of every Jobcenter: the result of 2025, and the plan for 2026 under each scenario.
class programme {
 public:
  programme() : prior_(jobcenter_count * leaf_count), plan_(jobcenter_count * scenario_count * leaf_count) {}

  [[nodiscard]] std::int64_t const* prior(std::size_t jobcenter) const { return &prior_[jobcenter * leaf_count]; }
  [[nodiscard]] std::int64_t const* scenario(std::size_t jobcenter, std::size_t s) const {
    return &plan_[(jobcenter * scenario_count + s) * leaf_count];
  }
  std::int64_t* prior(std::size_t jobcenter) { return &prior_[jobcenter * leaf_count]; }
  std::int64_t* scenario(std::size_t jobcenter, std::size_t s) {
    return &plan_[(jobcenter * scenario_count + s) * leaf_count];
  }

 private:
  std::vector<std::int64_t> prior_;
  std::vector<std::int64_t> plan_;
};

/// Each Jobcenter is Düsseldorf scaled by 5 % to 250 %, each leaf by another 60 % to 140 %; one leaf in 20 had no
/// entries in 2025 (so that changes against zero occur). A scenario changes each planned leaf by -60 % to +100 %,
/// and sets one in 30 to zero.
inline programme make_programme() {
  programme p;
  random_bits random{2026};
  auto const& leaves = amip::duesseldorf_2026::anlage1_leaves;
  for (std::size_t j = 0; j < jobcenter_count; ++j) {
    std::int64_t const size = random.between(5, 250);  // percent of Düsseldorf
    std::array<std::int64_t, leaf_count> planned{};
    for (std::size_t k = 0; k < leaf_count; ++k) {
      std::int64_t const noise = random.between(60, 140);
      p.prior(j)[k] = random.between(1, 20) == 1 ? 0 : leaves[k].actual_2025 * size * noise / 10'000;
      planned[k] = leaves[k].plan_2026 * size * random.between(60, 140) / 10'000;
    }
    for (std::size_t s = 0; s < scenario_count; ++s) {
      for (std::size_t k = 0; k < leaf_count; ++k) {
        std::int64_t const change = random.between(-60, 100);
        p.scenario(j, s)[k] = random.between(1, 30) == 1 ? 0 : planned[k] * (100 + change) / 100;
      }
    }
  }
  return p;
}

}  // namespace amip_bench
