// The language of labels and numbers in reports.
#pragma once

namespace amip {

/// German (the seed's: "8.510", "17,0%", "davon MAT inkl. U25") is the default everywhere; English is the
/// alternative ("8,510", "17.0%", "of which: Measures with a provider").
enum class language : unsigned char {
  german,
  english,
};

}  // namespace amip
