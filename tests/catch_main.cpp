// The one translation unit that compiles Catch2's main (slow); every test executable links against it.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
