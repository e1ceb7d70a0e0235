// The doctest runner. A test case that cannot run here (it needs ../shared,
// absent from a user's clone: testing::needs_shared()) is decorated skip; doctest
// leaves such cases out of --list-test-cases, so that ctest would not know them.
// Listing with no-skip registers every case, and a skipped case run by name
// reports "test cases: 0", which tests/CMakeLists.txt tells ctest is a skip.

#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <string_view>

int main(int argc, char** argv) {
  doctest::Context context(argc, argv);
  for (int i = 1; i < argc; ++i)
    if (std::string_view(argv[i]) == "--list-test-cases") context.setOption("no-skip", true);
  return context.run();
}
