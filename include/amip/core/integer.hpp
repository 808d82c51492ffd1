// The integers amip accepts where a count, a year or a ratio's term is expected.
#pragma once

#include <concepts>
#include <type_traits>

namespace amip {

/// A whole number: any integer type except bool and the character types. Floating-point values never pass, so
/// percent(50.9), plan_of(2026.5) or 2.5 * entries do not compile instead of being truncated.
template <class T>
concept Integer =
    std::integral<T> && !std::same_as<std::remove_cv_t<T>, bool> && !std::same_as<std::remove_cv_t<T>, char> &&
    !std::same_as<std::remove_cv_t<T>, char8_t> && !std::same_as<std::remove_cv_t<T>, char16_t> &&
    !std::same_as<std::remove_cv_t<T>, char32_t> && !std::same_as<std::remove_cv_t<T>, wchar_t>;

}  // namespace amip
