// The byte reader: pieces across its buffer's chunks, pieces larger than a
// chunk, and the end of the file.

#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "ingest/byte_reader.h"

using namespace costlint;
namespace fs = std::filesystem;

TEST_CASE("byte reader: pieces of any size, then fewer bytes at the end") {
  fs::path path = fs::temp_directory_path() / fmt::format("costlint-bytes-{}.bin", ::getpid());
  std::string bytes;
  for (size_t i = 0; i < 300'000; ++i) bytes.push_back(static_cast<char>(i % 251));
  std::ofstream(path, std::ios::binary) << bytes;
  ByteReader reader(path.string());
  REQUIRE(reader.ok());
  CHECK(reader.remaining() == bytes.size());
  CHECK(reader.take(10) == std::string_view(bytes).substr(0, 10));
  CHECK(reader.take(65'530) == std::string_view(bytes).substr(10, 65'530));  // across a chunk
  CHECK(reader.take(200'000) == std::string_view(bytes).substr(65'540, 200'000));  // larger
  CHECK(reader.offset() == 265'540);
  CHECK(reader.remaining() == 34'460);
  CHECK(reader.take(40'000) == std::string_view(bytes).substr(265'540));
  CHECK(reader.take(1).empty());
  CHECK(reader.remaining() == 0);
  fs::remove(path);
  ByteReader missing("/nonexistent/costlint");
  CHECK_FALSE(missing.ok());
  CHECK(missing.error() == "No such file or directory");
  CHECK(missing.take(4).empty());
}

TEST_CASE("little_endian: up to eight bytes") {
  CHECK(little_endian("") == 0u);
  CHECK(little_endian("\x01\x02") == 0x0201u);
  CHECK(little_endian("\xff\xff\xff\xff\xff\xff\xff\xff") == UINT64_MAX);
}
