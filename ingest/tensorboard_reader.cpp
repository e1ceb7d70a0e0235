// TensorBoard event files (`events.out.tfevents.*`), as TensorFlow, PyTorch's
// SummaryWriter, tensorboardX and Lightning's TensorBoardLogger write them:
// TFRecord-framed `Event` protobufs, whose times and scalars an EventTally
// adds up (a duration, epochs, scores).
// Damage is read as TensorFlow's reader reads it: a record whose data fails
// its checksum is skipped; a bad length, or a record cut short by a writer
// that was stopped mid-write, ends the file, and what came before is kept.

#include <fmt/format.h>

#include "ingest/byte_reader.h"
#include "ingest/event_tally.h"
#include "ingest/readers.h"
#include "ingest/tfrecord_reader.h"

namespace costlint {
namespace {

/// Reports why reading stopped at `record`, unless it is the end of the file.
void report_stop(LogInput& input, const TfRecord& record) {
  using Status = TfRecord::Status;
  if (record.status == Status::Truncated) {
    std::string held = record.present < 12
                           ? fmt::format("{} of its 12-byte header", record.present)
                           : fmt::format("{} of its {} bytes", record.present, record.length + 16);
    input.note(input.whole_file(),
               fmt::format("{} is cut short, the file holding {}: the writer may have been "
                           "stopped mid-write; the records before it are read",
                           where(record), held));
  } else if (record.status == Status::BadLength) {
    input.record_problem(fmt::format(
        "{}: the checksum of its length does not match: the rest of the file is not read",
        where(record)));
  } else if (record.status == Status::TooLong) {
    input.record_problem(fmt::format(
        "{} declares {} bytes, more than the {} MiB an event may hold: the rest of the file is "
        "not read",
        where(record), record.length, TfRecordReader::kMaxRecord >> 20));
  }
}

/// Whether `record` began with a length and its checksum, as TFRecord files do.
bool framed(const TfRecord& record) {
  return record.status != TfRecord::Status::BadLength &&
         !(record.status == TfRecord::Status::Truncated && record.present < 12);
}

class TensorboardReader final : public EvidenceReader {
 public:
  std::string_view format() const override { return "tensorboard"; }

  /// `auto` passes the bytes up to the first '\n', which the first record's
  /// wall time may hold: its data must name the format only when all there.
  bool recognizes(std::string_view first_line) const override {
    if (!starts_tfrecord(first_line)) return false;
    uint64_t length = little_endian(first_line.substr(0, 8));
    std::string_view data = first_line.substr(12);
    return data.size() < length ||
           data.substr(0, length).find("brain.Event:") != std::string_view::npos;
  }

  LogReading read(LogInput& input) const override {
    LogReading out;
    ByteReader bytes(input.lines.path());
    if (!bytes.ok() || bytes.remaining() == 0) {
      input.fatal(input.whole_file(), bytes.ok() ? fmt::format("`{}` is empty", input.path())
                                                 : fmt::format("cannot read `{}`: {}",
                                                               input.path(), bytes.error()));
      return out;
    }
    TfRecordReader records(bytes);
    EventTally tally(input);
    Event event;
    std::string why;
    for (;;) {
      TfRecord record = records.next();
      if (record.status == TfRecord::Status::Ok) {
        if (decode_event(record.data, event, why))
          tally.add(record, event);
        else
          input.record_problem(fmt::format("{}: {}: it is skipped", where(record), why));
      } else if (record.status == TfRecord::Status::BadData) {
        input.record_problem(fmt::format(
            "{}: the checksum of its data does not match: it is skipped", where(record)));
      } else if (record.number == 1 && !framed(record)) {
        input.fatal(input.whole_file(),
                    fmt::format("`{}` is not a TensorBoard event file: it does not begin with a "
                                "TFRecord length and its checksum",
                                input.path()));
        return out;
      } else {
        report_stop(input, record);
        break;
      }
    }
    tally.finish(out);
    return out;
  }
};

}  // namespace

const EvidenceReader& tensorboard_reader() {
  static const TensorboardReader reader;
  return reader;
}

}  // namespace costlint
