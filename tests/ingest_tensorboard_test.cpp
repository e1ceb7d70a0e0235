// The TensorBoard reader on the real event file of ../shared/samples (skipped,
// saying so, where it is absent) and on event files written here, record by
// record, by a small encoder: each form of scalar, and each kind of damage.

#include <doctest/doctest.h>

#include <bit>
#include <cmath>

#include <fmt/format.h>

#include "ingest/readers.h"
#include "ingest/tfrecord_reader.h"
#include "ingest_support.h"
#include "test_support.h"

using namespace costlint;
using namespace std::string_literals;

namespace {

std::string little_endian_bytes(uint64_t value, size_t size) {
  std::string out;
  for (size_t i = 0; i < size; ++i) out.push_back(static_cast<char>(value >> (8 * i)));
  return out;
}

std::string varint(uint64_t value) {
  std::string out;
  for (; value >= 0x80; value >>= 7) out.push_back(static_cast<char>(value | 0x80));
  out.push_back(static_cast<char>(value));
  return out;
}

std::string field(uint32_t number, std::string_view bytes) {
  return varint(number << 3 | 2) + varint(bytes.size()) + std::string(bytes);
}
std::string varint_field(uint32_t number, uint64_t value) {
  return varint(number << 3) + varint(value);
}
std::string float_field(uint32_t number, float value) {
  return varint(number << 3 | 5) + little_endian_bytes(std::bit_cast<uint32_t>(value), 4);
}
std::string double_field(uint32_t number, double value) {
  return varint(number << 3 | 1) + little_endian_bytes(std::bit_cast<uint64_t>(value), 8);
}

/// One TFRecord: length, its masked CRC, data, its masked CRC.
std::string record(std::string_view data) {
  std::string length = little_endian_bytes(data.size(), 8);
  return length + little_endian_bytes(masked_crc32c(length), 4) + std::string(data) +
         little_endian_bytes(masked_crc32c(data), 4);
}

/// An `Event` at `wall_time` and `step` whose summary holds `values`.
std::string event(double wall_time, uint64_t step, std::string_view values) {
  return record(double_field(1, wall_time) + (step ? varint_field(2, step) : "") +
                field(5, values));
}
std::string first_record(double wall_time) {
  return record(double_field(1, wall_time) + field(3, "brain.Event:2"));
}
std::string simple(std::string_view tag, float value) {
  return field(1, field(1, tag) + float_field(2, value));
}
/// A Summary.Value holding `tensor` (a TensorProto), with a plugin's metadata if named.
std::string tensor_value(std::string_view tag, std::string_view tensor,
                         std::string_view plugin = {}) {
  std::string metadata = plugin.empty() ? "" : field(9, field(1, field(1, plugin)));
  return field(1, field(1, tag) + field(8, tensor) + metadata);
}

constexpr uint64_t kFloat = 1, kDouble = 2, kInt64 = 9;

const std::string kSample = "samples/ml-logs/tensorboard/events.out.tfevents.1622543341.janoshs-mbp.lan.86862.0";

}  // namespace

TEST_CASE("tensorboard: the span and the scalars of the real event file" * testing::needs_shared()) {
  auto shared = testing::shared_dir();
  REQUIRE(shared);
  Read read = read_file(tensorboard_reader(), *shared + "/" + kSample);
  CHECK(read.problems.empty());
  // Decoded independently (Python, struct and a bitwise CRC-32C): wall times
  // 1622543341.75773 to 1622543341.7694452; 100 values of `strict/foo`.
  CHECK(value(read.logged, Quantity::Duration) == doctest::Approx(0.011715173721313477));
  CHECK(figure(read.logged, Quantity::Duration)->what ==
        "the span of `wall_time` over 101 records: how long logging lasted");
  CHECK(figure(read.logged, Quantity::Duration)->at_least);  // a run may set up before it logs
  REQUIRE(read.logged.scores.size() == 1);
  const LoggedScore* foo = score(read.logged, "strict/foo");
  REQUIRE(foo);
  CHECK(foo->last.value == 1.212090253829956);
  CHECK(foo->lowest.value == 1.0012359619140625);
  CHECK(foo->highest.value == 1.9970664978027344);
  // `auto` reads the first line, cut at the first '\n'.
  LineReader lines(*shared + "/" + kSample);
  CHECK(tensorboard_reader().recognizes(*lines.next()));
}

TEST_CASE("tensorboard: scalars written as tensors, in each encoding") {
  std::string shape = field(2, "");  // rank 0
  std::string values =
      tensor_value("packed", varint_field(1, kFloat) + shape + field(5, little_endian_bytes(std::bit_cast<uint32_t>(0.25f), 4))) +
      tensor_value("unpacked", varint_field(1, kFloat) + float_field(5, 0.5f), "scalars") +
      tensor_value("content", varint_field(1, kFloat) + field(4, little_endian_bytes(std::bit_cast<uint32_t>(0.75f), 4))) +
      tensor_value("double", shape + double_field(6, 1.5) + varint_field(1, kDouble)) +
      tensor_value("content-double", varint_field(1, kDouble) + field(4, little_endian_bytes(std::bit_cast<uint64_t>(2.5), 8))) +
      tensor_value("int64", varint_field(1, kInt64) + varint_field(10, static_cast<uint64_t>(-3))) +
      tensor_value("vector", varint_field(1, kFloat) + field(2, field(2, varint_field(1, 1))) + float_field(5, 9)) +
      tensor_value("two-values", varint_field(1, kFloat) + float_field(5, 9) + float_field(5, 9)) +
      tensor_value("text", varint_field(1, kFloat) + float_field(5, 9), "text");
  Read read = read_text(tensorboard_reader(), first_record(100) + event(160, 1, values));
  CHECK(read.problems.empty());
  CHECK(value(read.logged, Quantity::Duration) == 60);
  std::vector<std::pair<std::string, double>> scalars;
  for (const LoggedScore& s : read.logged.scores) scalars.emplace_back(s.metric, s.last.value);
  CHECK(scalars == std::vector<std::pair<std::string, double>>{
                       {"packed", 0.25}, {"unpacked", 0.5}, {"content", 0.75}, {"double", 1.5},
                       {"content-double", 2.5}, {"int64", -3}});
}

TEST_CASE("tensorboard: a record whose data fails its checksum is skipped, the rest read") {
  std::string bad = event(20, 1, simple("loss", 5));
  bad[bad.size() - 1] ^= 1;
  std::string head = first_record(10) + event(15, 0, simple("loss", 9));
  Read read = read_text(tensorboard_reader(), head + bad + event(30, 2, simple("loss", 1)));
  CHECK(read.problems ==
        std::vector<std::string>{fmt::format(
            "0: warning: record 3 at byte {}: the checksum of its data does not match: it is "
            "skipped",
            head.size())});
  CHECK(value(read.logged, Quantity::Duration) == 20);
  CHECK(score(read.logged, "loss")->highest.value == 9);
  CHECK(score(read.logged, "loss")->last.value == 1);
}

TEST_CASE("tensorboard: a length that fails its checksum ends the file") {
  std::string head = first_record(10) + event(15, 0, simple("loss", 9));
  std::string bad = event(20, 1, simple("loss", 5));
  bad[0] ^= 1;
  Read read = read_text(tensorboard_reader(), head + bad + event(30, 2, simple("loss", 1)));
  CHECK(read.problems ==
        std::vector<std::string>{fmt::format(
            "0: warning: record 3 at byte {}: the checksum of its length does not match: the "
            "rest of the file is not read",
            head.size())});
  CHECK(value(read.logged, Quantity::Duration) == 5);
  CHECK(score(read.logged, "loss")->last.value == 9);
}

TEST_CASE("tensorboard: a record cut short by a stopped writer is a note, the rest is kept") {
  std::string head = first_record(10) + event(15, 0, simple("loss", 9));
  std::string last = event(20, 1, simple("loss", 5));
  Read read = read_text(tensorboard_reader(), head + last.substr(0, 20));
  CHECK(read.problems ==
        std::vector<std::string>{fmt::format(
            "0: note: record 3 at byte {} is cut short, the file holding 20 of its {} bytes: the "
            "writer may have been stopped mid-write; the records before it are read",
            head.size(), last.size())});
  CHECK(value(read.logged, Quantity::Duration) == 5);
  Read header_cut = read_text(tensorboard_reader(), head + last.substr(0, 5));
  CHECK(header_cut.problems.size() == 1);
  CHECK(header_cut.problems[0].find("the file holding 5 of its 12-byte header") != std::string::npos);
}

TEST_CASE("tensorboard: a huge declared length is neither allocated nor read") {
  std::string head = first_record(10) + event(15, 0, simple("loss", 9));
  std::string huge = little_endian_bytes(uint64_t{1} << 40, 8);
  Read read = read_text(tensorboard_reader(),
                        head + huge + little_endian_bytes(masked_crc32c(huge), 4) + "data");
  CHECK(read.problems ==
        std::vector<std::string>{fmt::format(
            "0: warning: record 3 at byte {} declares 1099511627776 bytes, more than the 16 MiB "
            "an event may hold: the rest of the file is not read",
            head.size())});
  CHECK(value(read.logged, Quantity::Duration) == 5);
  // Under the limit but past the end of the file: cut short, and no buffer of 8 MiB.
  std::string long_one = little_endian_bytes(8 << 20, 8);
  Read past = read_text(tensorboard_reader(),
                        head + long_one + little_endian_bytes(masked_crc32c(long_one), 4) + "data");
  REQUIRE(past.problems.size() == 1);
  CHECK(past.problems[0].find("is cut short, the file holding 16 of its 8388624 bytes") !=
        std::string::npos);
}

TEST_CASE("tensorboard: a non-finite scalar is noted once a tag, and a malformed event skipped") {
  std::string start = first_record(10) + event(11, 0, simple("loss", 1) + simple("epoch", 0));
  std::string head = start + event(12, 1, simple("loss", NAN) + simple("acc", INFINITY)) +
                     event(13, 2, simple("loss", NAN) + simple("epoch", 1));
  std::string malformed = record(double_field(1, 25) + "\x2a\x09short"s);
  Read read = read_text(tensorboard_reader(),
                        head + malformed + event(14, 3, simple("loss", 0.5) + simple("epoch", 1)));
  CHECK(read.problems ==
        std::vector<std::string>{
            fmt::format("0: note: `loss` is first NaN at step 1 (record 3 at byte {}): the run "
                        "may have diverged",
                        start.size()),
            fmt::format("0: note: `acc` is first infinite at step 1 (record 3 at byte {}): the "
                        "run may have diverged",
                        start.size()),
            fmt::format("0: warning: record 5 at byte {}: its `Event` is malformed: a field's "
                        "length runs past the end of the message: it is skipped",
                        head.size())});
  CHECK(value(read.logged, Quantity::Epochs) == 2);
  CHECK(value(read.logged, Quantity::Duration) == 4);
  CHECK(score(read.logged, "loss")->last.value == 0.5);
  CHECK(score(read.logged, "loss")->highest.value == 1);
  CHECK_FALSE(score(read.logged, "acc"));
  CHECK_FALSE(score(read.logged, "epoch"));
}

TEST_CASE("tensorboard: a tag too long for a name, a fractional epoch, a time before 1970") {
  std::string head = first_record(10);
  std::string odd = event(11, 1, simple(std::string(2000, 'x'), 1) + simple("epoch", 0.5));
  Read read = read_text(tensorboard_reader(), head + odd + event(-5, 2, simple("loss", 1)));
  CHECK(read.problems ==
        std::vector<std::string>{
            fmt::format("0: warning: record 2 at byte {}: a tag of 2000 bytes is not a metric's "
                        "name: it is skipped", head.size()),
            fmt::format("0: warning: record 2 at byte {}: `epoch` is 0.5, not a whole number: it "
                        "is not counted", head.size()),
            fmt::format("0: warning: record 3 at byte {}: its `wall_time` is not a time since "
                        "1970: it is not counted", head.size() + odd.size())});
  CHECK(read.logged.scores.size() == 1);
  CHECK_FALSE(figure(read.logged, Quantity::Epochs));
  CHECK(value(read.logged, Quantity::Duration) == 1);
}

TEST_CASE("tensorboard: what is not an event file says so once") {
  std::string temp = read_text(tensorboard_reader(), "").problems.at(0);
  CHECK(temp.starts_with("0: error: `"));
  CHECK(temp.ends_with("` is empty"));
  for (std::string text : {"a,b,c\n1,2,3\n"s, "abc"s}) {
    Read read = read_text(tensorboard_reader(), text);
    REQUIRE(read.problems.size() == 1);
    CHECK(read.problems[0].ends_with(
        "is not a TensorBoard event file: it does not begin with a TFRecord length and its "
        "checksum"));
    CHECK(read.logged.figures.empty());
  }
}

TEST_CASE("tensorboard: `auto` knows an event file by its first record, even cut at a '\\n'") {
  std::string first = first_record(1622543341.75773);
  CHECK(tensorboard_reader().recognizes(first));
  // A wall time with a '\n' in its bytes: the line holds the length, its
  // checksum and part of the data.
  double with_newline = std::bit_cast<double>(0x41d82d0a00000000ull);
  std::string cut = first_record(with_newline);
  CHECK(tensorboard_reader().recognizes(cut.substr(0, cut.find('\n'))));
  CHECK_FALSE(tensorboard_reader().recognizes(record(double_field(1, 1) + field(3, "other"))));
  CHECK_FALSE(tensorboard_reader().recognizes("step,epoch,loss"));
  CHECK_FALSE(tensorboard_reader().recognizes(""));
  for (const EvidenceReader* reader : all_readers())
    if (reader != &tensorboard_reader()) CHECK_FALSE(reader->recognizes(first));
}
