// Text a value shows, and the shared storage behind values that own what they show (the core layer).
//
// Synopsis
//
//   namespace amip {
//   class text {                                        // a string literal it views, or a string it owns
//     constexpr text(char const (&literal)[N]);         // a string literal: viewed, it lives as long as the program
//     constexpr text(std::string_view);                 // copied at run time; viewed in constant evaluation
//     constexpr text(char const*);                      // likewise
//     text(std::string);                                // copied (owned)
//     static constexpr text of_static(std::string_view);  // a view of data of static storage duration, not copied
//     constexpr std::string_view view() const&;          // valid while this text (or a copy of it) lives
//     constexpr bool owns() const;                       // whether it holds a copy of its own
//   };
//   }
//
// Owned text is shared by the copies of a value, never changed, and freed with the last copy: copying costs a
// reference count (an atomic increment), never an allocation. Nothing is counted in constant evaluation: there a
// text is always a view, which is sound, because a view in a constant that outlives its evaluation can only refer to
// data of static storage duration (anything else is a compile error, not a dangling view).
#pragma once

#include <atomic>
#include <concepts>
#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <amip/core/diagnostics.hpp>

namespace amip::detail {

/// The start of a block of storage shared by the copies of a value (a catalogue's lines, an owned text): counted,
/// freed with its last reference. Only ever on the heap, so never met in constant evaluation.
struct shared_block {
  shared_block() = default;
  shared_block(shared_block const&) = delete;
  shared_block& operator=(shared_block const&) = delete;
  virtual ~shared_block() = default;
  mutable std::atomic<std::size_t> references{1};
};

/// A counted reference to a shared_block, or to nothing (static data: the value only views it). constexpr, and a
/// null reference is never counted, so that values with static data stay literal types usable in constant
/// expressions; the count is touched only at run time, where a block exists.
class shared_ref {
 public:
  constexpr shared_ref() noexcept = default;
  /// Takes over the one reference a newly made block holds.
  explicit shared_ref(shared_block const* adopted) noexcept : block_{adopted} {}
  constexpr shared_ref(shared_ref const& other) noexcept : block_{other.block_} {
    if (block_ != nullptr) acquire();
  }
  constexpr shared_ref(shared_ref&& other) noexcept : block_{std::exchange(other.block_, nullptr)} {}
  // Both null (static data on both sides, the common case) costs one comparison.
  constexpr shared_ref& operator=(shared_ref const& other) noexcept {
    if (block_ != other.block_) {
      if (other.block_ != nullptr) other.acquire();
      if (block_ != nullptr) release();
      block_ = other.block_;
    }
    return *this;
  }
  constexpr shared_ref& operator=(shared_ref&& other) noexcept {
    if (this != &other) {
      if (block_ != nullptr) release();
      block_ = std::exchange(other.block_, nullptr);
    }
    return *this;
  }
  constexpr ~shared_ref() {
    if (block_ != nullptr) release();
  }
  [[nodiscard]] constexpr bool holds() const noexcept { return block_ != nullptr; }
  [[nodiscard]] constexpr shared_block const* get() const noexcept { return block_; }

 private:
  void acquire() const noexcept { block_->references.fetch_add(1, std::memory_order_relaxed); }
  void release() const noexcept {
    if (block_->references.fetch_sub(1, std::memory_order_acq_rel) == 1) delete block_;
  }
  shared_block const* block_ = nullptr;
};

struct text_block final : shared_block {
  explicit text_block(std::string s) : value{std::move(s)} {}
  std::string const value;
};

}  // namespace amip::detail

namespace amip {

namespace detail {
class kept_texts;
}

/// Text a value shows (a finding's label, the source of a plan's period): a string literal, which it views, or a
/// string it owns, shared by its copies. Built from a std::string_view or std::string at run time it copies; in
/// constant evaluation it views (see the comment at the top of this header). Compares by its characters.
class text {
 public:
  constexpr text() noexcept = default;
  /// A string literal: viewed, not copied; it lives as long as the program. (An array of characters that is not a
  /// literal is taken as one too: pass it as a std::string_view to have it copied.)
  template <std::size_t N>
  constexpr text(char const (&literal)[N]) noexcept  // NOLINT(google-explicit-constructor): a literal is text
      : view_{literal, N - 1} {}
  /// Copied at run time, so that the text stays valid when `s` is gone; viewed in constant evaluation.
  constexpr text(std::string_view s) : view_{s} {  // NOLINT(google-explicit-constructor)
    if (!std::is_constant_evaluated()) *this = owning(std::string(s));
  }
  /// A C string (what `cond ? "a" : "bb"` gives): copied at run time, as its lifetime is unknown. (Of literals,
  /// text::of_static(cond ? "a" : "bb") views them.)
  template <class P>
  requires std::same_as<P, char const*> || std::same_as<P, char*>
  constexpr text(P s) : text{std::string_view{s}} {}  // NOLINT(google-explicit-constructor)
  /// A std::string: copied (or moved) into a text of its own.
  template <class S>
  requires std::same_as<std::remove_cvref_t<S>, std::string> text(S&& s)  // NOLINT(google-explicit-constructor)
      : text{owning(std::string(std::forward<S>(s)))} {}

  /// A view of characters of static storage duration (a table of constants), not copied: for data that certainly
  /// outlives every value holding it.
  [[nodiscard]] static constexpr text of_static(std::string_view s) noexcept {
    text t;
    t.view_ = s;
    return t;
  }

  /// The characters; valid while this text or a copy of it lives.
  [[nodiscard]] constexpr std::string_view view() const& noexcept AMIP_LIFETIMEBOUND { return view_; }
  AMIP_REJECTED("the view of a temporary text would dangle at once; keep the text in a variable first")
  view() const&& AMIP_DELETED;
  /// The characters as view() gives them, where a std::string_view is expected; not from a temporary.
  constexpr operator std::string_view() const& noexcept AMIP_LIFETIMEBOUND {  // NOLINT(google-explicit-constructor)
    return view_;
  }
  operator std::string_view() const&& = delete;
  /// Whether there are no characters.
  [[nodiscard]] constexpr bool empty() const noexcept { return view_.empty(); }
  /// The number of characters (bytes of UTF-8).
  [[nodiscard]] constexpr std::size_t size() const noexcept { return view_.size(); }
  /// Whether the text holds a copy of its own (else it views a literal or static data).
  [[nodiscard]] constexpr bool owns() const noexcept { return owner_.holds(); }

  /// @name Comparison
  //@{
  /// Texts compare by their characters, with each other and with std::string_view, std::string and literals.
  friend constexpr bool operator==(text const& a, text const& b) noexcept { return a.view_ == b.view_; }
  friend constexpr bool operator==(text const& a, std::string_view b) noexcept { return a.view_ == b; }
  friend bool operator==(text const& a, std::string const& b) noexcept { return a.view_ == b; }
  template <std::size_t N>
  friend constexpr bool operator==(text const& a, char const (&b)[N]) noexcept {
    return a.view_ == std::string_view{b, N - 1};
  }
  //@}

 private:
  friend class detail::kept_texts;
  static text owning(std::string s) {
    auto* block = new detail::text_block{std::move(s)};
    text t;
    t.view_ = block->value;
    t.owner_ = detail::shared_ref{block};
    return t;
  }
  std::string_view view_{};
  detail::shared_ref owner_{};
};

namespace detail {

/// Texts a value keeps for views it holds elsewhere (a plan's period sources, a finding's label): an immutable
/// chain of owned texts shared by the value's copies. One counted reference, however many texts: values that are
/// arrays of views stay arrays of views (g++ 12 fails on constexpr arrays of elements with a destructor). A copy
/// that keeps one more text starts a chain of its own on top of the shared one; nothing shared is ever changed.
class kept_texts {
 public:
  /// The view of `t`, valid while this chain or a copy of it lives: a text that owns nothing (a literal, static
  /// data, anything in constant evaluation) is viewed as it is; an owned one is kept.
  constexpr std::string_view keep(text const& t) {
    if (!t.owns()) return t.view_;  // not t.view(): the characters outlive t, which AMIP_LIFETIMEBOUND cannot tell
    return keep_owned(t);
  }
  [[nodiscard]] constexpr bool empty() const noexcept { return !head_.holds(); }

 private:
  struct node final : shared_block {
    node(text v, shared_ref n) noexcept : value{std::move(v)}, next{std::move(n)} {}
    text value;
    shared_ref next;
  };
  // Out of line: the common case, a literal, is the test in keep() alone.
  [[gnu::noinline, gnu::cold]] std::string_view keep_owned(text const& t) {
    auto* kept = new node{t, head_};
    head_ = shared_ref{kept};
    return kept->value.view_;
  }
  shared_ref head_{};
};

}  // namespace detail

}  // namespace amip
