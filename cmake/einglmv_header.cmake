# Generates include/amip/money/einglmv_2026.hpp from the CSV files of data/einglmv_2026/ (the Anlagen of the
# Eingliederungsmittel-Verordnung 2026, data/einglmv_2026/README.md). The CSV files are the data; the header is
# what C++ sees of them. After editing a CSV file, regenerate the header from the source directory:
#
#   cmake -DDATA_DIR=data/einglmv_2026 -DOUTPUT=include/amip/money/einglmv_2026.hpp -P cmake/einglmv_header.cmake
#
# With -DCOMPARE_WITH=<header> the script also compares what it wrote with that header and fails where they differ:
# the CTest case einglmv.header_is_generated (tests/CMakeLists.txt) does this with the committed header.
#
# Each row must read `Träger-Nummer;gE or zkT;Jobcenter;key`: five digits, the Träger-Form as printed, a name
# without '"' or '\', a key of one digit, a comma and four digits ("0,3407"). A row that does not is an error that
# names its file and line; nothing is skipped or repaired.
cmake_minimum_required(VERSION 3.25)

foreach(required IN ITEMS DATA_DIR OUTPUT)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "einglmv_header.cmake needs -D${required}=…")
  endif()
endforeach()

# The lines of a CSV file as a CMake list, each line's ';' turned into '|' (no field holds a '|').
function(einglmv_read_lines file out)
  if(NOT EXISTS "${file}")
    message(FATAL_ERROR "${file}: not found")
  endif()
  file(READ "${file}" content)
  foreach(bad IN ITEMS "\r" "|" "[" "]" "\\")
    string(FIND "${content}" "${bad}" at)
    if(NOT at EQUAL -1)
      message(FATAL_ERROR "${file}: holds a '${bad}', which no row of an Anlage holds")
    endif()
  endforeach()
  if(NOT content MATCHES "\n$")
    message(FATAL_ERROR "${file}: the last line does not end with a line feed")
  endif()
  string(REGEX REPLACE "\n$" "" content "${content}")
  string(REPLACE ";" "|" content "${content}")
  string(REPLACE "\n" ";" lines "${content}")
  set(${out} "${lines}" PARENT_SCOPE)
endfunction()

set(columns_before_key "Träger-Nummer ab 1. Januar 2026|Träger-Form ab 1. Januar 2026|Jobcenter|")

# anlagen.csv: number, the paragraph each Anlage belongs to, its title and where it is printed.
einglmv_read_lines("${DATA_DIR}/anlagen.csv" meta)
list(POP_FRONT meta meta_header)
if(NOT meta_header STREQUAL "Anlage|zu|Titel|Fundstelle")
  message(FATAL_ERROR "${DATA_DIR}/anlagen.csv:1: the header is not Anlage;zu;Titel;Fundstelle")
endif()

set(arrays "")
set(descriptors "")
set(synopsis "")
set(expected 1)
foreach(entry IN LISTS meta)
  math(EXPR line_number "${expected} + 1")
  if(NOT entry MATCHES "^([1-9])\\|([^|\"]+)\\|([^|\"]+)\\|([^|\"]+)$" OR NOT CMAKE_MATCH_1 EQUAL expected)
    string(REPLACE "|" ";" shown "${entry}")
    message(FATAL_ERROR "${DATA_DIR}/anlagen.csv:${line_number}: not `${expected};zu;Titel;Fundstelle`: ${shown}")
  endif()
  set(n ${CMAKE_MATCH_1})  # kept before string() and if(MATCHES) below set CMAKE_MATCH_n anew
  set(based_on "${CMAKE_MATCH_2}")
  set(title "${CMAKE_MATCH_3}")
  set(printed_at "${CMAKE_MATCH_4}")

  set(csv "${DATA_DIR}/anlage${n}.csv")
  einglmv_read_lines("${csv}" lines)
  list(POP_FRONT lines header)
  string(LENGTH "${columns_before_key}" prefix_length)
  string(SUBSTRING "${header}" 0 ${prefix_length} prefix)
  string(SUBSTRING "${header}" ${prefix_length} -1 key_header)
  if(NOT prefix STREQUAL columns_before_key OR key_header STREQUAL "" OR key_header MATCHES "[|\"]")
    message(FATAL_ERROR "${csv}:1: the header is not `Träger-Nummer ab 1. Januar 2026;Träger-Form ab 1. Januar "
                        "2026;Jobcenter;<the key column as printed>`")
  endif()

  set(rows "")
  set(count 0)
  set(row_line 1)
  foreach(row IN LISTS lines)
    math(EXPR row_line "${row_line} + 1")
    if(NOT row MATCHES "^([0-9][0-9][0-9][0-9][0-9])\\|(gE|zkT)\\|([^|\"]+)\\|([0-9]),([0-9][0-9][0-9][0-9])$")
      string(REPLACE "|" ";" shown "${row}")
      message(FATAL_ERROR "${csv}:${row_line}: not `Träger-Nummer;gE or zkT;Jobcenter;0,0000`: ${shown}")
    endif()
    set(number "${CMAKE_MATCH_1}")  # kept before string(REGEX) below sets CMAKE_MATCH_n anew
    set(jobcenter "${CMAKE_MATCH_3}")
    set(form ge)
    if(CMAKE_MATCH_2 STREQUAL "zkT")
      set(form zkt)
    endif()
    # "0,3407" is 3407 ten-thousandths of a percent; leading zeros go (a C++ literal "03407" would be octal).
    string(REGEX REPLACE "^0+" "" key "${CMAKE_MATCH_4}${CMAKE_MATCH_5}")
    if(key STREQUAL "")
      set(key 0)
    endif()
    string(APPEND rows "    {\"${number}\", carrier_form::${form}, \"${jobcenter}\", ${key}},\n")
    math(EXPR count "${count} + 1")
  endforeach()

  string(APPEND arrays "/// Anlage ${n} (zu ${based_on}): ${title}. ${printed_at}.\n"
                       "inline constexpr std::array<key_row, ${count}> anlage${n}_rows{{\n${rows}}};\n\n")
  string(APPEND descriptors "    {${n}, \"${based_on}\",\n     \"${title}\",\n     \"${printed_at}\",\n"
                            "     \"${key_header}\",\n     anlage${n}_rows},\n")
  string(APPEND synopsis "//   inline constexpr std::array<key_row, ${count}> anlage${n}_rows;\n")
  math(EXPR expected "${expected} + 1")
endforeach()
math(EXPR anlage_count "${expected} - 1")

file(CONFIGURE OUTPUT "${OUTPUT}" @ONLY NEWLINE_STYLE UNIX CONTENT [=[
// GENERATED by cmake/einglmv_header.cmake from data/einglmv_2026/*.csv: do not edit; edit the CSV files and run
//   cmake -DDATA_DIR=data/einglmv_2026 -DOUTPUT=include/amip/money/einglmv_2026.hpp -P cmake/einglmv_header.cmake
//
// The Eingliederungsmittel-Verordnung 2026 (EinglMV 2026, BGBl. 2025 I Nr. 335, of 17 December 2025) as data:
// its Anlagen 1 to 6, each Jobcenter with its Träger-Nummer, Träger-Form and key exactly as printed. Where the text
// was taken from, what each Anlage distributes and what its keys add up to: data/einglmv_2026/README.md. The
// printed keys of no Anlage add up to exactly 100 %, and Anlage 3 lists 403 Jobcenters (no Miesbach, 85504);
// this header states the keys as printed and neither rounds nor completes them.
//
// Synopsis
//
//   namespace amip::einglmv_2026 {
//   enum class carrier_form { ge, zkt };        // Träger-Form: gemeinsame Einrichtung, zugelassener kommunaler Träger
//   constexpr std::string_view printed(carrier_form);   // "gE", "zkT"
//   struct key_row { traeger_nummer, form, jobcenter, key_in_ten_thousandths_of_percent };
//   struct anlage { number, based_on, title, printed_at, key_header, rows };
@synopsis@//   inline constexpr std::array<anlage, @anlage_count@> anlagen;   // Anlage n is anlagen[n - 1]
//   }
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>

/// The Eingliederungsmittel-Verordnung 2026 (EinglMV 2026): the keys of its Anlagen and the national
/// allocation of the pots they split (money/allocation.hpp).
namespace amip::einglmv_2026 {

/// Träger-Form: how a Jobcenter is run. gE: gemeinsame Einrichtung (Agentur für Arbeit and municipality); zkT:
/// zugelassener kommunaler Träger (the municipality alone).
enum class carrier_form : std::uint8_t { ge, zkt };

/// The Träger-Form as the Anlagen print it: "gE" or "zkT".
[[nodiscard]] constexpr std::string_view printed(carrier_form form) noexcept {
  return form == carrier_form::ge ? "gE" : "zkT";
}

/// A row of an Anlage: a Jobcenter and its key.
struct key_row {
  std::string_view traeger_nummer;  ///< Träger-Nummer as printed, five digits with leading zeros ("03002")
  carrier_form form;                ///< Träger-Form from 1 January 2026
  std::string_view jobcenter;       ///< the Jobcenter's name as printed ("Düsseldorf, Stadt")
  /// The printed key in ten-thousandths of a percent: the printed digits without the comma ("0,3407" is 3407,
  /// i.e. 0,3407 %); 1'000'000 is 100 %.
  std::int32_t key_in_ten_thousandths_of_percent;
};

/// An Anlage of the regulation: its number, the sentence it belongs to, its title, where it is printed, the
/// heading of its key column and its rows in printed order.
struct anlage {
  /// The Anlage's number, 1 to 6.
  int number;
  std::string_view based_on;    ///< "§ 1 Absatz 5 Satz 5": the sentence of the regulation the Anlage belongs to
  std::string_view title;       ///< as printed
  std::string_view printed_at;  ///< "BGBl. 2025 I Nr. 335, S. 4 - 13"
  std::string_view key_header;  ///< the heading of the key column ("Eingliederungsmittel in Prozent")
  /// Its rows, one per Jobcenter, in printed order.
  std::span<key_row const> rows;
};

// clang-format off
@arrays@/// The six Anlagen; Anlage n is anlagen[n - 1].
inline constexpr std::array<anlage, @anlage_count@> anlagen{{
@descriptors@}};
// clang-format on

}  // namespace amip::einglmv_2026
]=])

if(DEFINED COMPARE_WITH)
  file(READ "${OUTPUT}" generated)
  file(READ "${COMPARE_WITH}" committed)
  if(NOT generated STREQUAL committed)
    message(FATAL_ERROR "${COMPARE_WITH} is not what cmake/einglmv_header.cmake makes of ${DATA_DIR}/*.csv "
                        "(generated: ${OUTPUT}); regenerate it with the command at the top of the script")
  endif()
  message(STATUS "${COMPARE_WITH} is what cmake/einglmv_header.cmake makes of ${DATA_DIR}/*.csv")
endif()
