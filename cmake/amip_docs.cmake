# The HTML reference (`cmake --build <build> --target docs`, into <build>/docs/html): Doxygen reads the `///`
# comments of include/amip and the guide pages in docs/ (docs/index.md is the main page). Only where Debian's
# doxygen is installed (cmake/deps.sh installs it); never part of the default build.
#
# Every public symbol has a `///` comment: an undocumented one is a warning (WARN_IF_UNDOCUMENTED without
# EXTRACT_ALL), as is a broken command, a reference that resolves to nothing, a @param that names no parameter or a
# guide page Doxygen cannot parse; any warning fails the target. amip::detail and the *_access classes (amip's
# internals, which tests and friends use) are left out.
find_package(Doxygen 1.9)
if(NOT DOXYGEN_FOUND)
  return()
endif()

set(DOXYGEN_PROJECT_NAME amip)
set(DOXYGEN_PROJECT_NUMBER ${PROJECT_VERSION})
set(DOXYGEN_PROJECT_BRIEF "${PROJECT_DESCRIPTION}")
set(DOXYGEN_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/docs)
set(DOXYGEN_USE_MDFILE_AS_MAINPAGE ${PROJECT_SOURCE_DIR}/docs/index.md)
set(DOXYGEN_FILE_PATTERNS *.hpp *.md)
set(DOXYGEN_RECURSIVE YES)
set(DOXYGEN_STRIP_FROM_PATH ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR})
set(DOXYGEN_STRIP_FROM_INC_PATH ${PROJECT_SOURCE_DIR}/include)
set(DOXYGEN_EXTRACT_ALL NO)
# amip::units::names maps Boost.Units units to amip's names for units::product, units::quotient and
# units::boost_unit (documented there); nothing outside core/quantity.hpp names it.
set(DOXYGEN_EXCLUDE_SYMBOLS amip::detail amip::*::detail *_access amip::units::names)
set(DOXYGEN_WARN_IF_UNDOCUMENTED YES)  # docs/index.md says what the reference promises
# A member group (`/// @name` heading, `//@{` ... `//@}`) shares the comment of its first member: operators of a
# quantity are documented once, not once each.
set(DOXYGEN_DISTRIBUTE_GROUP_DOC YES)
set(DOXYGEN_WARN_IF_DOC_ERROR YES)
set(DOXYGEN_WARN_IF_INCOMPLETE_DOC YES)
set(DOXYGEN_WARN_AS_ERROR FAIL_ON_WARNINGS)
set(DOXYGEN_QUIET YES)
set(DOXYGEN_HAVE_DOT NO)  # no graphviz needed; the layer table in README.md says what includes what
set(DOXYGEN_GENERATE_LATEX NO)
set(DOXYGEN_GENERATE_TREEVIEW YES)
set(DOXYGEN_SHOW_USED_FILES NO)
set(DOXYGEN_SOURCE_BROWSER NO)
set(DOXYGEN_MARKDOWN_SUPPORT YES)
set(DOXYGEN_AUTOLINK_SUPPORT YES)
# amip's macros, as the reader of a declaration should see them: AMIP_LIFETIMEBOUND is an attribute for clang,
# AMIP_REJECTED(sentence) the return type of an overload that exists only to reject a mistake (docs/errors.md).
set(DOXYGEN_ENABLE_PREPROCESSING YES)
set(DOXYGEN_MACRO_EXPANSION YES)
set(DOXYGEN_EXPAND_ONLY_PREDEF YES)
# Doxygen 1.9 does not parse C++20's conditional explicit (basic_plan's converting constructor): it reads the
# function body as members of the class. The reference shows such a constructor as explicit; its comment says when.
set(DOXYGEN_PREDEFINED "AMIP_LIFETIMEBOUND=" "AMIP_DELETED==delete" "AMIP_REJECTED(sentence)=rejected_overload"
                       "explicit(...)=explicit")
# Comments that show escape sequences ('\t', \r, \xNN in include/amip/io) mean the text, not Doxygen commands.
set(DOXYGEN_ALIASES "t=\\\\t" "r=\\\\r" "xNN=\\\\xNN")

doxygen_add_docs(docs ${PROJECT_SOURCE_DIR}/include/amip ${PROJECT_SOURCE_DIR}/docs
                 WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
                 COMMENT "amip: HTML reference and guides into ${PROJECT_BINARY_DIR}/docs/html")
