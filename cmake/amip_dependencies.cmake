# amip's dependencies, found the same way in the build tree and by find_package(amip) after installation.
include(CMakeFindDependencyMacro)
if(NOT TARGET Boost::headers)
  find_dependency(Boost 1.74 CONFIG)
endif()
if(NOT TARGET range-v3::range-v3)
  # range-v3 0.12 declares an ExactVersion policy, so a version request would reject every later release:
  # find it without one and check the minimum here.
  find_dependency(range-v3 CONFIG)
  if(range-v3_VERSION VERSION_LESS 0.12)
    message(FATAL_ERROR "amip needs range-v3 0.12 or later; found ${range-v3_VERSION} in ${range-v3_DIR}")
  endif()
endif()
