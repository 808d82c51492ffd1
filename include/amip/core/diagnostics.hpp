// How amip rejects a mistake: the overload that catches it is not there for the standard traits and concepts, and
// the sentence that explains it is in the first line of the compile error, on g++ 12 and on clang 14.
//
// Synopsis
//
//   template <class U1, class U2> requires (!std::same_as<U1, U2>)
//   AMIP_REJECTED("cannot add quantities of different kinds") operator+(quantity<U1>, quantity<U2>) AMIP_DELETED;
//
//   template <std::floating_point F>
//   AMIP_REJECTED_CONSTRUCTOR(quantity, F, "money is never a floating-point value");
//
// AMIP_REJECTED(sentence) stands where a declaration's return type goes; AMIP_DELETED ends the declaration.
//   - g++ 12 prints the signature of a deleted function in the first error line ("use of deleted function
//     'amip::detail::rejected<amip::detail::reason<41>{"amip: cannot add ..."}> amip::operator+(...)'"), so the
//     sentence rides in the return type, and the function is deleted.
//   - clang 14 prints only "call to deleted function" for a deleted one, but the message of
//     __attribute__((unavailable("..."))) in the first line ("'operator+' is unavailable: amip: cannot add ...").
//     An unavailable function is no candidate in a SFINAE context either, so on clang it is declared unavailable,
//     not deleted.
// Either way std::is_constructible_v, std::is_convertible_v, user concepts and requires-expressions answer false.
// Constructors have no return type: AMIP_REJECTED_CONSTRUCTOR(Class, Parameter, sentence) declares the whole
// constructor, with the sentence as the type of a defaulted second parameter.
//
// AMIP_LIFETIMEBOUND marks what a returned view refers to, so that clang warns (-Wdangling) where the view outlives
// it: after a member function's qualifiers (`std::string_view name() const& noexcept AMIP_LIFETIMEBOUND;`, the
// object) or after a parameter (`period_figures f(P const& plan AMIP_LIFETIMEBOUND)`). It is
// [[clang::lifetimebound]] on clang and nothing on g++ (which warns about attributes it does not know); there the
// deleted rvalue overloads beside each such function catch the commonest case, a view of a temporary.
#pragma once

#include <cstddef>

namespace amip::detail {

/// A sentence as a template argument, so that g++ prints it where it prints a signature.
template <std::size_t N>
struct reason {
  char text[N];
  consteval reason(char const (&sentence)[N]) {  // NOLINT(google-explicit-constructor): a string literal converts
    for (std::size_t i = 0; i < N; ++i) text[i] = sentence[i];
  }
};

/// The result type of an overload that exists only to reject a mistake; never returned. It converts to anything, so
/// that using the result (`int n = p.rejected_call();`) adds no error before the one that explains the mistake.
template <reason Why>
struct rejected {
  template <class T>
  operator T() const;  // NOLINT(google-explicit-constructor): declared only, see above
};

}  // namespace amip::detail

#if defined(__clang__)
#define AMIP_DETAIL_UNAVAILABLE(sentence) __attribute__((unavailable("amip: " sentence)))
#define AMIP_DELETED
#else
#define AMIP_DETAIL_UNAVAILABLE(sentence)
#define AMIP_DELETED = delete
#endif
#if defined(__clang__)
#define AMIP_LIFETIMEBOUND [[clang::lifetimebound]]
#else
#define AMIP_LIFETIMEBOUND
#endif
#define AMIP_REJECTED(sentence) AMIP_DETAIL_UNAVAILABLE(sentence)::amip::detail::rejected<"amip: " sentence>
#define AMIP_REJECTED_CONSTRUCTOR(Class, Parameter, sentence) \
  AMIP_DETAIL_UNAVAILABLE(sentence) Class(Parameter, ::amip::detail::rejected<"amip: " sentence> = {}) AMIP_DELETED
/// The same for a constructor of several parameters: AMIP_REJECTED_CONSTRUCTOR_N(Class, sentence, P1, P2, ...).
#define AMIP_REJECTED_CONSTRUCTOR_N(Class, sentence, ...) \
  AMIP_DETAIL_UNAVAILABLE(sentence) Class(__VA_ARGS__, ::amip::detail::rejected<"amip: " sentence> = {}) AMIP_DELETED
