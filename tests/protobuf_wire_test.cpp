// The protobuf wire reader on well-formed messages and on hostile bytes: each
// malformed case stops reading with a reason and reads nothing past the end.

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "ingest/protobuf_wire.h"

using namespace costlint;
using namespace std::string_literals;

namespace {

/// Every field of `message`, and the error that stopped reading ("" if none).
std::pair<std::vector<WireField>, std::string> fields(std::string_view message) {
  WireReader reader(message);
  std::vector<WireField> out;
  while (auto field = reader.next()) out.push_back(*field);
  return {out, reader.error() ? reader.error() : ""};
}

std::string error_of(std::string_view message) { return fields(message).second; }

}  // namespace

TEST_CASE("protobuf wire: each wire type, in the order written") {
  // 1: varint 150; 2: bytes "hi"; 3: fixed32 1.5f; 4: fixed64 -2.0.
  std::string message = "\x08\x96\x01"s + "\x12\x02hi"s + "\x1d\x00\x00\xc0\x3f"s +
                        "\x21\x00\x00\x00\x00\x00\x00\x00\xc0"s;
  auto [read, error] = fields(message);
  CHECK(error.empty());
  REQUIRE(read.size() == 4);
  CHECK((read[0].number == 1 && read[0].type == WireType::Varint && read[0].bits == 150));
  CHECK((read[1].number == 2 && read[1].type == WireType::Bytes && read[1].bytes == "hi"));
  CHECK((read[2].type == WireType::Fixed32 && read[2].as_float() == 1.5f));
  CHECK((read[3].type == WireType::Fixed64 && read[3].as_double() == -2.0));
  // Field 1000 (a two-byte key), and the largest varint.
  auto [large, none] = fields("\xc0\x3e\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01"s);
  REQUIRE(large.size() == 1);
  CHECK((large[0].number == 1000 && large[0].bits == UINT64_MAX));
  CHECK(none.empty());
  CHECK(fields("").first.empty());
}

TEST_CASE("protobuf wire: hostile bytes stop reading with a reason") {
  CHECK(error_of("\x08\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80\x01"s) ==
        "a varint field does not end within 10 bytes or the message");  // 11 bytes
  CHECK(error_of("\x08\x80\x80\x80\x80\x80\x80\x80\x80\x80\x02"s) ==
        "a varint field does not end within 10 bytes or the message");  // past 64 bits
  CHECK(error_of("\x08\x80"s) == "a varint field does not end within 10 bytes or the message");
  CHECK(error_of("\x80"s) == "a field's key is not a varint of at most 10 bytes");
  CHECK(error_of("\x12\x05hi"s) == "a field's length runs past the end of the message");
  CHECK(error_of("\x12\xff\xff\xff\xff\xff\xff\xff\xff\x7f"s) ==
        "a field's length runs past the end of the message");
  CHECK(error_of("\x1d\x00\x00"s) == "a fixed-size field runs past the end of the message");
  CHECK(error_of("\x21\x00"s) == "a fixed-size field runs past the end of the message");
  CHECK(error_of("\x00\x01"s) == "a field's number is 0 or past 2^29 - 1");
  CHECK(error_of("\x0b\x0c"s) ==
        "a field is a group (wire type 3 or 4), which proto3 messages never hold");
  CHECK(error_of("\x0c"s) ==
        "a field is a group (wire type 3 or 4), which proto3 messages never hold");
  CHECK(error_of("\x0e"s) == "a field has wire type 6 or 7, which protobuf does not define");
  CHECK(error_of("\x0f"s) == "a field has wire type 6 or 7, which protobuf does not define");
  // The fields before the damage are read; none after it.
  auto [read, error] = fields("\x08\x01\x12\x09short"s);
  CHECK(read.size() == 1);
  CHECK_FALSE(error.empty());
}

TEST_CASE("protobuf wire: a varint is consumed from the front of its bytes") {
  std::string_view packed = "\x01\xac\x02\x7f";
  CHECK(read_varint(packed) == 1u);
  CHECK(read_varint(packed) == 300u);
  CHECK(read_varint(packed) == 127u);
  CHECK(packed.empty());
  CHECK_FALSE(read_varint(packed));
}
