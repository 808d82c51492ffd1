// Splitting an amount into parts that add up to it exactly: by weights (largest remainder, Hare) or into equal
// parts. A split of money neither creates nor loses a cent (the core layer).
//
// Synopsis
//
//   namespace amip {
//   template <Quantity Q> std::vector<Q> split(Q total, std::span<std::int64_t const> weights);
//   template <Quantity Q> std::vector<Q> split_equally(Q total, std::size_t parts);
//   }
//
// split: each part is first total × weight / Σ weights rounded down (in 128-bit integers, exact), then the units
// left over (cents, entries) go one each to the parts with the largest remainders; among equal remainders the
// earlier part first. So the parts add up to `total`, each differs from its exact share by less than one unit,
// and the same input always gives the same parts. Weights are integers of 0 or more, not all 0 (else
// std::invalid_argument); a weight of 0 gets 0. The total is 0 or more.
//
// split_equally(1.460.000,00 €, 219): 146.000.000 cents / 219 = 666.666 rest 146, so the first 146 parts are
// 6.666,67 € and the other 73 are 6.666,66 €: together 1.460.000,00 €.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include <amip/core/checked.hpp>
#include <amip/core/quantity.hpp>

namespace amip {

/// `total` in parts proportional to `weights`, adding up to `total` exactly (largest remainder).
template <Quantity Q>
[[nodiscard]] std::vector<Q> split(Q total, std::span<std::int64_t const> weights) {
  if (total < Q{}) throw std::invalid_argument("amip: split: the total cannot be negative");
  detail::int128 sum = 0;
  for (auto const w : weights) {
    if (w < 0) throw std::invalid_argument("amip: split: a weight cannot be negative (" + std::to_string(w) + ")");
    sum += w;
  }
  if (sum == 0) throw std::invalid_argument("amip: split: the weights add up to 0; nothing says how to split");
  std::vector<Q> parts(weights.size());
  std::vector<detail::int128> remainders(weights.size());
  detail::int128 given = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) {
    auto const exact = static_cast<detail::int128>(total.value()) * weights[i];
    parts[i] = Q::from_value(static_cast<std::int64_t>(exact / sum));  // at most total: fits
    remainders[i] = exact % sum;
    given += exact / sum;
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  auto left = static_cast<std::size_t>(static_cast<detail::int128>(total.value()) - given);  // < number of parts
  for (std::size_t k = 0; k < left; ++k) parts[order[k]] += Q::from_value(1);
  return parts;
}

/// `total` in `parts` equal parts, the first (total mod parts) one unit more; they add up to `total`.
template <Quantity Q>
[[nodiscard]] std::vector<Q> split_equally(Q total, std::size_t parts) {
  if (parts == 0) throw std::invalid_argument("amip: split_equally: into 0 parts");
  if (total < Q{}) throw std::invalid_argument("amip: split_equally: the total cannot be negative");
  auto const n = static_cast<std::int64_t>(parts);
  auto const each = total.value() / n;
  auto const rest = total.value() % n;
  std::vector<Q> out(parts, Q::from_value(each));
  for (std::int64_t i = 0; i < rest; ++i) out[static_cast<std::size_t>(i)] += Q::from_value(1);
  return out;
}

}  // namespace amip
