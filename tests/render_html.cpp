// The HTML report in a real browser: the Düsseldorf comparison (Anlage 1, plan 2026 against Ergebnis 2025, as the
// demo prints it) written by amip/report/html.hpp, rendered by headless Chromium (Debian's chromium), checked
//  1. in the DOM Chromium builds from it (--dump-dom): every cell of the table (header, labels, figures, changes)
//     is the text of an element, and the chart has one bar per figure;
//  2. in its screenshot (--screenshot, read with libpng): the page is not blank, and the bars have the area the
//     figures give them. A bar of figure v is round(v × 4.100 / 8.510) tenths of a pixel wide (bar_scale, the
//     largest figure being the total plan 8.510) and 10 px high for the plan, 8 px for the prior, so its area in
//     pixels is its width in tenths (plan) or 0,8 × that (prior). The pixels of the bars' colours must add up to
//     at least 80 % and at most 120 % of that: the bars' edges blend with the background where they do not fall on
//     whole pixels (the top and bottom rows of each bar, at most 2 of its 8 or 10) and the legend adds a swatch of
//     each colour (12 × 10 and 12 × 8 px).
//
//   amip_render_html <work directory>
//
// Exit code 0 when every check passes, 1 when one fails (each failure on stderr), 77 when there is no chromium on
// PATH (CTest reports the test as skipped: SKIP_RETURN_CODE). Two runs of Chromium, a few seconds.
#include <amip/programmes/duesseldorf_2026/data.hpp>
#include <amip/report/html.hpp>

#include <png.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr auto egt = amip::duesseldorf_2026::egt_plan();
constexpr int skipped = 77;
constexpr int window_width = 1140;   // the chart (1080 px) and the page's margins (24 px each side)
constexpr int window_height = 1500;  // the whole page: the chart (700 px) and the table (about 640 px)

int failures = 0;

void fail(std::string const& what) {
  std::cerr << "FAILED: " << what << '\n';
  ++failures;
}

std::optional<std::filesystem::path> chromium_on_path() {
  char const* path = std::getenv("PATH");
  if (path == nullptr) return std::nullopt;
  std::istringstream dirs{path};
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    for (char const* name : {"chromium", "chromium-browser"}) {
      auto const candidate = std::filesystem::path(dir.empty() ? "." : dir) / name;
      if (::access(candidate.c_str(), X_OK) == 0) return candidate;
    }
  }
  return std::nullopt;
}

std::string file_text(std::filesystem::path const& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// A path in single quotes for sh; the paths here are the build tree's and hold no quote (checked).
std::string sh_quoted(std::filesystem::path const& path) { return "'" + path.string() + "'"; }

// Chromium with one action (--screenshot=… or --dump-dom) on the page; its own log to `log`.
bool run_chromium(std::filesystem::path const& chromium, std::filesystem::path const& dir, std::string const& action,
                  std::string const& redirect) {
  std::string const command = "timeout 60 " + sh_quoted(chromium) +
                              " --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1"
                              " --user-data-dir=" +
                              sh_quoted(dir / "profile") + " --window-size=" + std::to_string(window_width) + "," +
                              std::to_string(window_height) + " " + action + " " +
                              sh_quoted("file://" + (dir / "anlage1.html").string()) + " " + redirect + " 2>>" +
                              sh_quoted(dir / "chromium.log");
  int const status = std::system(command.c_str());
  if (status != 0) {
    fail("chromium exited with status " + std::to_string(status) + ": " + command +
         " (its log: " + (dir / "chromium.log").string() + ")");
    return false;
  }
  return true;
}

// A text as Chromium serializes a text node: &, <, > and the no-break space as references (HTML's serialization
// algorithm), nothing else.
std::string as_serialized(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char const c = text[i];
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (text.substr(i).starts_with("\xC2\xA0")) {
      out += "&nbsp;";
      ++i;
    } else {
      out += c;
    }
  }
  return out;
}

std::size_t count_of(std::string const& text, std::string const& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

struct rgb {
  int r, g, b;
  [[nodiscard]] bool near(rgb other) const {
    return std::abs(r - other.r) <= 8 && std::abs(g - other.g) <= 8 && std::abs(b - other.b) <= 8;
  }
};

void check_dom(std::string const& dom, amip::report::table const& table) {
  if (!dom.starts_with("<!DOCTYPE html>")) fail("the DOM dump does not start with <!DOCTYPE html>");
  if (dom.find("<h1>" + as_serialized(table.title) + "</h1>") == std::string::npos) fail("no title " + table.title);
  std::size_t cells = 0;
  auto const expect = [&](std::string const& tag, std::string const& text) {
    ++cells;
    // the cell's text as the whole content of an element: >text</th> or >text</td>
    if (dom.find('>' + as_serialized(text) + "</" + tag + '>') == std::string::npos) {
      fail("the DOM has no <" + tag + "> holding \"" + text + "\"");
    }
  };
  for (auto const& cell : table.header) expect("th", cell);
  for (auto const& row : table.rows) {
    for (auto const& cell : row.cells) expect("td", cell);
  }
  // 25 lines of 5 cells and the 5 headers; each line has both figures, so two bars, and the legend one of each.
  if (cells != 130) fail("expected 130 cells of Anlage 1, checked " + std::to_string(cells));
  if (count_of(dom, "<rect class=\"now\"") != 26) fail("expected 26 plan bars (25 lines and the legend)");
  if (count_of(dom, "<rect class=\"prior\"") != 26) fail("expected 26 prior bars (25 lines and the legend)");
  std::cout << "DOM: " << cells << " cells of the table found as elements' text, 26 + 26 bars\n";
}

void check_screenshot(std::filesystem::path const& png, std::int64_t now_area, std::int64_t prior_area) {
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  if (png_image_begin_read_from_file(&image, png.c_str()) == 0) {
    fail("cannot read " + png.string() + ": " + image.message);
    return;
  }
  image.format = PNG_FORMAT_RGB;
  std::vector<png_byte> pixels(PNG_IMAGE_SIZE(image));
  if (png_image_finish_read(&image, nullptr, pixels.data(), 0, nullptr) == 0) {
    fail("cannot decode " + png.string() + ": " + image.message);
    return;
  }
  if (image.width != window_width || image.height != window_height) {
    fail("the screenshot is " + std::to_string(image.width) + " × " + std::to_string(image.height) + " px, not " +
         std::to_string(window_width) + " × " + std::to_string(window_height));
  }
  constexpr rgb now_colour{0x2f, 0x6d, 0xb5};    // svg .now in html.hpp's style
  constexpr rgb prior_colour{0xa9, 0xb1, 0xbd};  // svg .prior
  std::int64_t ink = 0;
  std::int64_t now_pixels = 0;
  std::int64_t prior_pixels = 0;
  for (std::size_t i = 0; i + 2 < pixels.size(); i += 3) {
    rgb const p{pixels[i], pixels[i + 1], pixels[i + 2]};
    if (p.r < 240 || p.g < 240 || p.b < 240) ++ink;
    if (p.near(now_colour)) ++now_pixels;
    if (p.near(prior_colour)) ++prior_pixels;
  }
  auto const total = static_cast<std::int64_t>(image.width) * image.height;
  std::cout << "screenshot: " << image.width << " × " << image.height << " px, " << ink << " not white; plan bars "
            << now_pixels << " px (figures give " << now_area << "), prior bars " << prior_pixels
            << " px (figures give " << prior_area << ")\n";
  if (ink * 100 < total) fail("the screenshot is blank: fewer than 1 % of its pixels are not white");
  auto const within = [](std::int64_t found, std::int64_t expected) {
    return found * 10 >= expected * 8 && found * 10 <= expected * 12;
  };
  if (!within(now_pixels, now_area)) fail("the plan bars do not cover 80 % to 120 % of their figures' area");
  if (!within(prior_pixels, prior_area)) fail("the prior bars do not cover 80 % to 120 % of their figures' area");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: amip_render_html <work directory>\n";
    return 1;
  }
  auto const chromium = chromium_on_path();
  if (!chromium) {
    std::cout << "skipped: no chromium on PATH (Debian: apt-get install chromium)\n";
    return skipped;
  }
  std::filesystem::path const dir = std::filesystem::absolute(argv[1]);
  if (dir.string().find('\'') != std::string::npos) {
    std::cerr << "amip_render_html: the work directory must not hold a quote: " << dir << '\n';
    return 1;
  }
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);

  auto const rows = amip::compare(egt, amip::plan_of(2026), amip::actual_of(2025));
  std::ofstream(dir / "anlage1.html", std::ios::binary) << amip::report::to_html(rows);

  // What the bars must cover, in pixels (see the comment at the top).
  amip::report::table_options options;
  options.absolute_change = true;
  auto const table = amip::report::make_table(rows, options);
  std::vector<std::int64_t> figures;
  for (auto const& row : rows) {
    figures.push_back(row.now()->value());
    figures.push_back(row.prior()->value());
  }
  auto const scale = amip::report::bar_scale::holding(figures, amip::report::detail::chart_plot_width);
  std::int64_t now_area = 12 * 10;   // the legend's swatch
  std::int64_t prior_area = 12 * 8;  // the legend's swatch
  for (auto const& row : rows) {
    now_area += scale.position(row.now()->value());
    prior_area += scale.position(row.prior()->value()) * 8 / 10;
  }

  if (run_chromium(*chromium, dir, "--dump-dom", ">" + sh_quoted(dir / "dom.html"))) {
    check_dom(file_text(dir / "dom.html"), table);
  }
  if (run_chromium(*chromium, dir, "--screenshot=" + sh_quoted(dir / "anlage1.png"), "")) {
    check_screenshot(dir / "anlage1.png", now_area, prior_area);
  }
  std::cout << (failures == 0 ? "passed" : "FAILED") << '\n';
  return failures == 0 ? 0 : 1;
}
