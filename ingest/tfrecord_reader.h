#pragma once
// TFRecord framing, as TensorFlow writes event files (tensorflow/core/lib/io/
// record_writer.cc): each record is its data's length (uint64, little-endian),
// a masked CRC-32C of those 8 bytes, the data, and a masked CRC-32C of the
// data. Records are read one at a time through a ByteReader; damage is told
// as TensorFlow's reader tells it, and the caller decides what to do.

#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/byte_reader.h"

namespace costlint {

struct TfRecord {
  enum class Status {
    Ok,
    End,           ///< the file ends where a record would start
    Truncated,     ///< the file ends inside the record: a writer stopped mid-write
    BadLength,     ///< the length's checksum fails: nothing after it can be framed
    BadData,       ///< the data's checksum fails: the record can be skipped
    TooLong,       ///< the length is past kMaxRecord
  };
  Status status = Status::End;
  uint64_t number = 0;    ///< 1-based
  uint64_t offset = 0;    ///< of its length, in the file
  uint64_t length = 0;    ///< as declared
  uint64_t present = 0;   ///< Truncated: the bytes of it the file holds
  std::string_view data;  ///< Ok: valid until the next read
};

class TfRecordReader {
 public:
  explicit TfRecordReader(ByteReader& bytes) : bytes_(bytes) {}

  /// The next record. After End, Truncated, BadLength or TooLong, there is none.
  TfRecord next();

  /// Larger than any event record (images included); a length past it is
  /// damage, not data, and no buffer grows to it.
  static constexpr uint64_t kMaxRecord = 16 << 20;

 private:
  ByteReader& bytes_;
  uint64_t count_ = 0;
  bool stopped_ = false;
};

/// "record 12 at byte 560": where a record is, for messages about it.
std::string where(const TfRecord& record);

/// The CRC-32C of `bytes`, masked as TFRecord stores it.
uint32_t masked_crc32c(std::string_view bytes);

/// Whether `head`, the first bytes of a file, begins as a TFRecord file does:
/// a length at most kMaxRecord whose masked checksum follows it.
bool starts_tfrecord(std::string_view head);

}  // namespace costlint
