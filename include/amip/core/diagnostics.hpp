// Helpers for compile errors that read as sentences.
#pragma once

namespace amip::detail {
/// false, but only once the template is instantiated: static_assert(always_false<T>, "sentence").
template <class...>
inline constexpr bool always_false = false;
}  // namespace amip::detail
