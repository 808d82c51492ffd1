// The catalogue of lines: a programme table's rows as data that code walks (the model layer).
//
// Synopsis
//
//   namespace amip {
//   enum class line_index : std::size_t {};             // a row of a catalogue, by position: of that catalogue only
//   class line_handle;                                  // a row that knows its catalogue (lines::mat, handle("mat"))
//   template <class L> concept LineName;                // a line_handle or a key: what a plan resolves by itself
//   class line_error;                                   // a handle asked of another catalogue than its own
//   enum class line_kind { total, group, subgroup, leaf };
//   enum class children_rule { sum, subset };           // "davon" lines add up to their parent; "darunter" need not
//   struct line { key, kind, parent, children, measure, purpose, davon, german_label, english_label };
//   struct owned_line;                                  // the same with std::string key and labels and an
//                                                       // owned_measure (run time)
//   class catalog {                                     // a name and lines, validated
//     constexpr catalog(name, std::span<line const>, label headers…);  // static data: viewed, never copied
//     catalog(name, std::vector<owned_line>, label headers…);          // built at run time: owned
//     line_index at(key | measure_id | line_handle) const;  // the position; line_error for another's handle
//     line_handle handle(key | line_index) const;           // a handle of this catalogue's line
//     bool contains(line_handle const&) const;              // whether a handle is one of its lines
//   };
//   }
//
// A catalogue is a table: a line names its parent, and how its own children relate to it. Roll-up,
// comparison and reports walk that table; nothing is written per line. A programme's own table (Anlage 1 of the
// reference programme: amip/programmes/duesseldorf_2026/anlage1.hpp) is one such catalogue.
//
// Lines are named three ways. A line_index is a position, meaningful only in the catalogue it was taken from (a loop
// over a plan's structure(), at()). A line_handle is a line of one catalogue, and plans check it: a handle of
// Anlage 1 asked of a plan read from another table is amip::line_error naming both catalogues and the key (in
// constant evaluation a compile error), never the figure of whatever line has the same position there. A key
// ("mat") or a measure (amip::measure::mat) is looked up in the catalogue asked.
#pragma once

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <amip/core/diagnostics.hpp>
#include <amip/core/language.hpp>
#include <amip/core/text.hpp>
#include <amip/model/measure.hpp>
#include <amip/model/purpose.hpp>

namespace amip {

/// The position of a line in its catalogue.
enum class line_index : std::size_t {};

/// The position of a line as a number (0 for the first line).
[[nodiscard]] constexpr std::size_t index_of(line_index i) noexcept { return static_cast<std::size_t>(i); }

/// What a line is in the table.
enum class line_kind : unsigned char {
  total,     ///< a total over groups ("mit FbW / Reha")
  group,     ///< a purpose group (Zweckbestimmung I. to VIII.)
  subgroup,  ///< a line inside a group that carries "davon" lines ("Förderung berufliche Weiterbildung")
  leaf,      ///< a line stated directly, usually one measure
};

/// How the children of a line relate to it.
enum class children_rule : unsigned char {
  sum,     ///< "davon": the line is the sum of its children, and its figure is rolled up from them
  subset,  ///< "darunter": each child is a part of the line; the children need not add up to it
};

/// The parent of a top line (line::parent): no line.
inline constexpr std::size_t no_parent = static_cast<std::size_t>(-1);

/// One row of a catalogue.
struct line {
  std::string_view key;  ///< stable ASCII key for files and code ("I", "mat", "with_fbw_reha")
  /// What the line is: a total, a purpose group, a subgroup with "davon" lines, or a leaf stated directly.
  line_kind kind;
  std::size_t parent = no_parent;               ///< index of the parent line, or no_parent
  children_rule children = children_rule::sum;  ///< how this line's own children relate to it
  std::optional<measure_ref> measure{};         ///< the measure a leaf (or a one-measure group) stands for
  std::optional<purpose_group> purpose{};       ///< the purpose group a group line stands for
  bool davon = false;                           ///< printed with "davon" in front
  std::string_view german_label{};              ///< own label; empty where it follows from the purpose group or measure
  /// The same in English; empty where it follows from the purpose group or measure.
  std::string_view english_label{};
};

/// A line of a catalogue built at run time (read from a file, made in a loop): as amip::line, but the key and the
/// labels are strings of its own, and its measure keeps its traits (a measure declared at run time). A catalogue made
/// from owned lines keeps a copy of them for as long as it or any copy of it lives (every plan, finding and
/// comparison row holding it).
struct owned_line {
  /// @copydoc line::key
  std::string key;
  /// @copydoc line::kind
  line_kind kind;
  /// @copydoc line::parent
  std::size_t parent = no_parent;
  /// @copydoc line::children
  children_rule children = children_rule::sum;
  /// @copydoc line::measure
  std::optional<owned_measure> measure{};
  /// @copydoc line::purpose
  std::optional<purpose_group> purpose{};
  /// @copydoc line::davon
  bool davon = false;
  /// @copydoc line::german_label
  std::string german_label{};
  /// @copydoc line::english_label
  std::string english_label{};
};

namespace detail {
// What a catalogue built at run time owns: its name, label headers and lines, and the lines as amip::line (views
// into `owned`, made once the strings have their final place).
struct catalog_block final : shared_block {
  catalog_block(std::string_view name_, std::vector<owned_line> lines_, std::string_view german,
                std::string_view english)
      : name{name_}, german_label_header{german}, english_label_header{english}, owned{std::move(lines_)} {
    lines.reserve(owned.size());
    for (auto const& l : owned) {
      std::optional<measure_ref> measure;
      if (l.measure) measure = l.measure->ref();
      lines.push_back(
          line{l.key, l.kind, l.parent, l.children, measure, l.purpose, l.davon, l.german_label, l.english_label});
    }
  }
  std::string const name;
  std::string const german_label_header;
  std::string const english_label_header;
  std::vector<owned_line> const owned;
  std::vector<line> lines;
};
}  // namespace detail

/// Thrown when a line is asked of a catalogue it is not a line of: a line_handle of one catalogue used on a plan (or a
/// catalogue, comparison, scenario) of another. The message names both catalogues and the line's key.
class line_error : public std::out_of_range {
 public:
  using std::out_of_range::out_of_range;
};

class catalog;

/// A line of one catalogue: its position there, and which catalogue that is. The lines of a programme's table are
/// handles (amip::duesseldorf_2026::lines::mat); catalog::handle("mat") makes one of any catalogue.
///
/// Asked of a plan, catalogue, comparison or scenario, a handle is checked to be one of that catalogue's own lines
/// (it came from the catalogue or a copy of it, so from the plan's catalogue or the same static table): then it is
/// its position, one comparison of two pointers; else amip::line_error names both catalogues and the key. A handle
/// of a catalogue built at run time keeps it alive, as a plan does: kept after the plan it came from, it still names
/// its line and catalogue, and a later catalogue at the same address cannot be mistaken for its own.
class line_handle {
 public:
  /// The line's position in its own catalogue (a position in another catalogue is another line).
  [[nodiscard]] constexpr line_index index() const noexcept { return line_index{index_}; }
  /// The line's key ("mat"); valid while the handle (or its catalogue) lives.
  [[nodiscard]] constexpr std::string_view key() const& noexcept AMIP_LIFETIMEBOUND { return lines_[index_].key; }
  AMIP_REJECTED("the key of a temporary line handle would dangle at once; keep the handle in a variable first")
  key() const&& AMIP_DELETED;
  /// The name of its catalogue ("Planung EGT"); valid while the handle (or its catalogue) lives.
  [[nodiscard]] constexpr std::string_view catalog_name() const& noexcept AMIP_LIFETIMEBOUND { return catalog_name_; }
  AMIP_REJECTED("the catalogue name of a temporary line handle would dangle at once; keep the handle first")
  catalog_name() const&& AMIP_DELETED;

  /// The same line of the same catalogue.
  friend constexpr bool operator==(line_handle const& a, line_handle const& b) noexcept {
    return a.lines_ == b.lines_ && a.index_ == b.index_;
  }

 private:
  friend class catalog;
  constexpr line_handle(detail::shared_ref owner, line const* lines, std::size_t index, std::string_view name) noexcept
      : owner_{std::move(owner)}, lines_{lines}, index_{index}, catalog_name_{name} {}

  detail::shared_ref owner_;  // a catalogue built at run time, kept alive; none for static data
  line const* lines_;         // the first line of its catalogue: which catalogue it is
  std::size_t index_;
  std::string_view catalog_name_;
};

/// A line named by something a catalogue resolves itself, not by position: a line_handle (checked to be one of its
/// lines) or a key ("mat").
template <class L>
concept LineName = std::same_as<std::remove_cvref_t<L>, line_handle> || std::convertible_to<L const&, std::string_view>;

/// Thrown when a catalogue's lines do not form a tree (unknown parent, a cycle, a duplicate key).
class invalid_catalog : public std::invalid_argument {
 public:
  using std::invalid_argument::invalid_argument;
};

/// A named table of lines: the structure a plan is stated against. Either static (its lines and names are constants
/// it views: Anlage 1) or built at run time from owned lines (it owns them, shared by all its copies). Copying a
/// catalogue never copies lines; every copy keeps an owned catalogue's lines alive.
class catalog {
 public:
  /// A catalogue of static data: validates the lines (every parent exists and precedes no cycle, keys are unique and
  /// non-empty) and views them.
  ///
  /// For static data only: the catalogue refers to the lines and names (a span and string views), which must
  /// outlive it and every plan made with it, as a static constexpr array of lines with string literals does. Lines
  /// made at run time go in as std::vector<owned_line> (below). The label headers name the label column of reports
  /// ("Zweckbestimmung" for Anlage 1); by default "Zeile" / "Line".
  constexpr catalog(std::string_view name, std::span<line const> lines, std::string_view german_label_header = "Zeile",
                    std::string_view english_label_header = "Line")
      : name_{name},
        lines_{lines},
        german_label_header_{german_label_header},
        english_label_header_{english_label_header} {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      auto const& l = lines_[i];
      if (l.key.empty())
        throw invalid_catalog("amip: catalogue \"" + std::string(name_) + "\": line " + std::to_string(i + 1) +
                              " has no key");
      if (l.parent != no_parent && l.parent >= lines_.size())
        throw invalid_catalog("amip: catalogue \"" + std::string(name_) + "\": line \"" + std::string(l.key) +
                              "\" names a parent that does not exist");
      for (std::size_t j = 0; j < i; ++j) {
        if (lines_[j].key == l.key)
          throw invalid_catalog("amip: catalogue \"" + std::string(name_) + "\": the key \"" + std::string(l.key) +
                                "\" is used twice");
      }
      std::size_t steps = 0;
      for (std::size_t p = l.parent; p != no_parent; p = lines_[p].parent) {
        if (++steps > lines_.size())
          throw invalid_catalog("amip: catalogue \"" + std::string(name_) + "\": line \"" + std::string(l.key) +
                                "\" is its own ancestor");
      }
    }
    for (auto& i : line_of_measure_) i = no_parent;
    for (std::size_t i = lines_.size(); i-- > 0;) {  // backwards: the first line of a measure wins
      if (auto const& m = lines_[i].measure; m && m->amips_own()) {
        line_of_measure_[static_cast<std::size_t>(*m->amips_own())] = i;
      }
    }
  }

  /// A catalogue built at run time that owns its name, label headers, keys and labels: the lines are validated as
  /// above and kept (moved, not copied, from `lines`), shared by every copy of the catalogue. Throws
  /// amip::invalid_catalog as above.
  catalog(std::string_view name, std::vector<owned_line> lines, std::string_view german_label_header = "Zeile",
          std::string_view english_label_header = "Line")
      : catalog{detail::shared_ref{
            new detail::catalog_block{name, std::move(lines), german_label_header, english_label_header}}} {}

  /// Not from a temporary container of lines, which would be gone at once: name the lines first, or make them
  /// owned_line, which the catalogue keeps.
#define AMIP_DETAIL_TEMPORARY_LINES                                                                      \
  "a catalogue of amip::line views its lines, and a temporary container of them would be gone at once; " \
  "name the lines first, or make them amip::owned_line, which the catalogue keeps"
  AMIP_DETAIL_UNAVAILABLE(AMIP_DETAIL_TEMPORARY_LINES)
  catalog(std::string_view, std::vector<line>&&, std::string_view = {}, std::string_view = {},
          ::amip::detail::rejected<"amip: " AMIP_DETAIL_TEMPORARY_LINES> = {}) AMIP_DELETED;
  template <std::size_t N>
  AMIP_DETAIL_UNAVAILABLE(AMIP_DETAIL_TEMPORARY_LINES)
  catalog(std::string_view, std::array<line, N>&&, std::string_view = {}, std::string_view = {},
          ::amip::detail::rejected<"amip: " AMIP_DETAIL_TEMPORARY_LINES> = {}) AMIP_DELETED;
#undef AMIP_DETAIL_TEMPORARY_LINES

  /// Whether the catalogue owns its lines (built at run time from owned lines), else it views static data.
  [[nodiscard]] constexpr bool owns_lines() const noexcept { return owner_.holds(); }

  /// The catalogue's name ("Planung EGT"), as errors and reports name it; valid while this catalogue or a copy of it
  /// lives.
  [[nodiscard]] constexpr std::string_view name() const& noexcept AMIP_LIFETIMEBOUND { return name_; }
  AMIP_REJECTED("the name of a temporary catalogue would dangle at once; keep the catalogue in a variable first")
  name() const&& AMIP_DELETED;
  /// The header of the label column in reports: "Zweckbestimmung" / "Purpose" for Anlage 1.
  [[nodiscard]] constexpr std::string_view label_header(language lang = language::german) const& noexcept
      AMIP_LIFETIMEBOUND {
    return lang == language::german ? german_label_header_ : english_label_header_;
  }
  AMIP_REJECTED("the label header of a temporary catalogue would dangle at once; keep the catalogue first")
  label_header(language = language::german) const&& AMIP_DELETED;
  /// The number of lines (25 for Anlage 1).
  [[nodiscard]] constexpr std::size_t size() const noexcept { return lines_.size(); }
  /// The lines; valid while this catalogue or a copy of it lives.
  [[nodiscard]] constexpr std::span<line const> lines() const& noexcept AMIP_LIFETIMEBOUND { return lines_; }
  AMIP_REJECTED("the lines of a temporary catalogue would dangle at once; keep the catalogue in a variable first")
  lines() const&& AMIP_DELETED;
  /// A line; valid while this catalogue or a copy of it lives.
  [[nodiscard]] constexpr line const& operator[](line_index i) const& AMIP_LIFETIMEBOUND { return lines_[checked(i)]; }
  AMIP_REJECTED("a line of a temporary catalogue would dangle at once; keep the catalogue in a variable first")
  operator[](line_index) const&& AMIP_DELETED;
  /// The line of a handle, checked as at(line_handle).
  [[nodiscard]] constexpr line const& operator[](line_handle const& h) const& AMIP_LIFETIMEBOUND {
    return lines_[index_of(at(h))];
  }
  AMIP_REJECTED("a line of a temporary catalogue would dangle at once; keep the catalogue in a variable first")
  operator[](line_handle const&) const&& AMIP_DELETED;

  /// The line with this key.
  [[nodiscard]] constexpr std::optional<line_index> find(std::string_view key) const noexcept {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].key == key) return line_index{i};
    }
    return std::nullopt;
  }
  /// The line that stands for this measure (the first one).
  [[nodiscard]] constexpr std::optional<line_index> find(measure_id m) const noexcept {
    if (auto const k = static_cast<std::size_t>(m); k < line_of_measure_.size()) {
      if (auto const i = line_of_measure_[k]; i != no_parent && lines_[i].measure == m) return line_index{i};
    }
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].measure == m) return line_index{i};
    }
    return std::nullopt;
  }
  /// The line that stands for a measure of any kind: amip's own through the table above, a measure of one's own by
  /// its key.
  [[nodiscard]] constexpr std::optional<line_index> find(measure_ref m) const noexcept {
    if (auto const own = m.amips_own()) return find(*own);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].measure && *lines_[i].measure == m) return line_index{i};
    }
    return std::nullopt;
  }
  /// The same for a measure's tag (amip's own or one's own).
  template <MeasureTag M>
  [[nodiscard]] constexpr std::optional<line_index> find(M m) const noexcept {
    if constexpr (BuiltinMeasureTag<M>) {
      return find(M::id);
    } else {
      return find(measure_ref{m});
    }
  }
  /// The same for an owned measure.
  [[nodiscard]] constexpr std::optional<line_index> find(owned_measure const& m) const noexcept {
    return find(m.ref());
  }
  /// The line with this key; throws std::out_of_range naming the key and the catalogue.
  [[nodiscard]] constexpr line_index at(std::string_view key) const {
    if (auto i = find(key)) return *i;
    throw std::out_of_range("amip: catalogue \"" + std::string(name_) + "\" has no line \"" + std::string(key) + "\"");
  }
  /// The line of a measure; throws std::out_of_range when the catalogue has none.
  [[nodiscard]] constexpr line_index at(measure_id m) const {
    if (auto i = find(m)) return *i;
    throw_no_line_for(info_of(m).key);
  }
  /// The position of a handle's line, which must be one of this catalogue's lines; else throws amip::line_error
  /// naming both catalogues and the key (in constant evaluation: a compile error, whose note names
  /// error_the_line_belongs_to_another_catalogue). Never the line that has the same position here.
  [[nodiscard]] constexpr line_index at(line_handle const& h) const {
    if (contains(h)) [[likely]]
      return h.index();
    error_the_line_belongs_to_another_catalogue(h);
  }
  /// Whether a handle is one of this catalogue's lines: made from this catalogue or a copy of it (any plan's).
  [[nodiscard]] constexpr bool contains(line_handle const& h) const noexcept {
    return h.lines_ == lines_.data() && h.index_ < lines_.size();
  }

  /// A handle of the line with this key, which knows this catalogue; throws std::out_of_range as at(key). A handle
  /// of a catalogue built at run time keeps it alive.
  [[nodiscard]] constexpr line_handle handle(std::string_view key) const { return handle(at(key)); }
  /// A handle of the line at a position; throws std::out_of_range for a position outside the catalogue.
  [[nodiscard]] constexpr line_handle handle(line_index i) const {
    return line_handle{owner_, lines_.data(), checked(i), name_};
  }
  /// @name The line of a measure of any kind
  //@{
  /// As at(measure_id), for a measure_ref, a measure's tag or an owned_measure: throws std::out_of_range naming the
  /// measure's key when the catalogue has no line for it.
  [[nodiscard]] constexpr line_index at(measure_ref m) const {
    if (auto i = find(m)) return *i;
    throw_no_line_for(m.key());
  }
  template <MeasureTag M>
  [[nodiscard]] constexpr line_index at(M m) const {
    if (auto i = find(m)) return *i;
    throw_no_line_for(info_of(m).key);
  }
  [[nodiscard]] constexpr line_index at(owned_measure const& m) const { return at(m.ref()); }
  //@}

  /// The parent of a line, if any.
  [[nodiscard]] constexpr std::optional<line_index> parent(line_index i) const {
    auto const p = lines_[checked(i)].parent;
    return p == no_parent ? std::nullopt : std::optional{line_index{p}};
  }
  /// True when no line names this one as its parent.
  [[nodiscard]] constexpr bool is_leaf(line_index i) const {
    auto const n = checked(i);
    for (auto const& l : lines_) {
      if (l.parent == n) return false;
    }
    return true;
  }
  /// The number of ancestors (0 for a top line).
  [[nodiscard]] constexpr std::size_t depth(line_index i) const {
    std::size_t d = 0;
    for (auto p = lines_[checked(i)].parent; p != no_parent; p = lines_[p].parent) ++d;
    return d;
  }
  /// Calls f(line_index) for each child of a line, in catalogue order.
  template <class F>
  constexpr void for_each_child(line_index i, F&& f) const {
    auto const n = checked(i);
    for (std::size_t c = 0; c < lines_.size(); ++c) {
      if (lines_[c].parent == n) f(line_index{c});
    }
  }

  /// The label of a line as a report prints it: its own label, else the purpose group's ("I. Aktivierung und
  /// berufliche Eingliederung"), else the measure's ("davon Maßnahmen bei einem Träger").
  [[nodiscard]] std::string label(line_index i, language lang = language::german) const {
    auto const& l = lines_[checked(i)];
    auto const own = lang == language::german ? l.german_label : l.english_label;
    if (!own.empty()) return std::string(own);
    std::string out;
    if (l.purpose) {
      auto const& g = info_of(*l.purpose);
      return out.append(g.numeral).append(" ").append(lang == language::german ? g.german_label : g.english_label);
    }
    if (l.davon) out.append(lang == language::german ? "davon " : "of which: ");
    if (l.measure) {
      auto const& m = l.measure->info();
      out.append(lang == language::german ? m.german_name : m.english_name);
    }
    return out;
  }
  /// The label of a handle's line, checked as at(line_handle).
  [[nodiscard]] std::string label(line_handle const& h, language lang = language::german) const {
    return label(at(h), lang);
  }

 private:
  [[nodiscard]] constexpr std::size_t checked(line_index i) const {
    auto const n = index_of(i);
    if (n >= lines_.size()) throw_outside(n);
    return n;
  }
  // Not constexpr, so that in constant evaluation the note names the mistake.
  [[noreturn]] void error_the_line_belongs_to_another_catalogue(line_handle const& h) const {
    auto const key = std::string(h.key());
    throw line_error("amip: the line \"" + key + "\" of the catalogue \"" + std::string(h.catalog_name()) +
                     "\" is not a line of the catalogue \"" + std::string(name_) +
                     "\"; its position there is another line. Ask by key (\"" + key +
                     "\") or by measure for the line of that name in \"" + std::string(name_) + "\"");
  }
  [[noreturn]] void throw_no_line_for(std::string_view measure_key) const {
    throw std::out_of_range("amip: catalogue \"" + std::string(name_) + "\" has no line for the measure \"" +
                            std::string(measure_key) + "\"");
  }
  [[noreturn]] void throw_outside(std::size_t n) const {
    throw std::out_of_range("amip: line " + std::to_string(n) + " is outside the catalogue \"" + std::string(name_) +
                            "\"");
  }

  // The block is counted from the start, so that it is freed if the lines are refused (the parameter is destroyed).
  explicit catalog(detail::shared_ref owner) : catalog{static_cast<detail::catalog_block const&>(*owner.get())} {
    owner_ = std::move(owner);
  }
  explicit catalog(detail::catalog_block const& block)
      : catalog{block.name, block.lines, block.german_label_header, block.english_label_header} {}

  detail::shared_ref owner_{};  // the lines, names and headers of a catalogue built at run time; none if static
  std::string_view name_;
  std::span<line const> lines_;
  std::string_view german_label_header_;
  std::string_view english_label_header_;
  std::array<std::size_t, measures.size()> line_of_measure_{};  // the first line of each measure, or no_parent
};

}  // namespace amip
