#include "ingest/tfrecord_reader.h"

#include <fmt/format.h>

#include "ingest/crc32c.h"

namespace costlint {
namespace {

constexpr size_t kLengthBytes = 8;
constexpr size_t kCrcBytes = 4;
constexpr size_t kHeaderBytes = kLengthBytes + kCrcBytes;

}  // namespace

std::string where(const TfRecord& record) {
  return fmt::format("record {} at byte {}", record.number, record.offset);
}

uint32_t masked_crc32c(std::string_view bytes) {
  // Masked, because a CRC of data that holds CRCs is weak (TensorFlow's crc32c.h).
  uint32_t crc = crc32c(bytes);
  return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}

bool starts_tfrecord(std::string_view head) {
  return head.size() >= kHeaderBytes &&
         little_endian(head.substr(0, kLengthBytes)) <= TfRecordReader::kMaxRecord &&
         masked_crc32c(head.substr(0, kLengthBytes)) ==
             little_endian(head.substr(kLengthBytes, kCrcBytes));
}

TfRecord TfRecordReader::next() {
  TfRecord record;
  if (stopped_) return record;
  record.number = ++count_;
  record.offset = bytes_.offset();
  std::string_view header = bytes_.take(kHeaderBytes);
  auto stop = [&](TfRecord::Status status) {
    stopped_ = true;
    record.status = status;
    return record;
  };
  if (header.empty()) return stop(TfRecord::Status::End);
  record.present = header.size();
  if (header.size() < kHeaderBytes) return stop(TfRecord::Status::Truncated);
  record.length = little_endian(header.substr(0, kLengthBytes));
  if (masked_crc32c(header.substr(0, kLengthBytes)) != little_endian(header.substr(kLengthBytes)))
    return stop(TfRecord::Status::BadLength);
  if (record.length > kMaxRecord) return stop(TfRecord::Status::TooLong);
  // Checked before reading, so that a length past the end never sizes a buffer.
  if (record.length + kCrcBytes > bytes_.remaining()) {
    record.present += bytes_.remaining();
    return stop(TfRecord::Status::Truncated);
  }
  std::string_view body = bytes_.take(record.length + kCrcBytes);
  if (body.size() < record.length + kCrcBytes) {  // the file shrank while read
    record.present += body.size();
    return stop(TfRecord::Status::Truncated);
  }
  record.data = body.substr(0, record.length);
  record.status = masked_crc32c(record.data) == little_endian(body.substr(record.length))
                      ? TfRecord::Status::Ok
                      : TfRecord::Status::BadData;
  return record;
}

}  // namespace costlint
