#pragma once
// One reader per evidence format (CodeCarbon, nvidia-smi, ...) behind this
// interface, as bloaty has one per binary format. A reader streams its file
// and yields logged figures, each pointing at the row it came from; problems
// with the file are findings (S006) at the line, never exceptions or crashes.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/line_reader.h"
#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "ir/source_file.h"

namespace costlint {

/// Files found in a folder beside a log.
struct FileList {
  std::vector<std::string> names;
  bool truncated = false;  ///< there were more than asked for
};

/// The log being read: its lines, its names, and where its findings go.
class LogInput {
 public:
  LogInput(LineReader& lines, std::string path, std::string uri, DiagnosticSink& sink,
           std::vector<std::unique_ptr<SourceFile>>& excerpts)
      : lines(lines), path_(std::move(path)), uri_(std::move(uri)), sink_(sink),
        excerpts_(excerpts), problems_scope_(path_) {}
  /// The file `name` beside `log` (found by log.required_sibling()), read
  /// through `lines` as a log of its own: its findings and locations are in it.
  /// It shares `log`'s root and its limit on problems.
  LogInput(LineReader& lines, LogInput& log, std::string_view name);
  LogInput(const LogInput&) = delete;
  LogInput& operator=(const LogInput&) = delete;

  /// Where the log really is, and the root it may not leave: for readers that
  /// also read a file beside it (wandb-metadata.json beside wandb-summary.json).
  void place(std::string real_path, std::string root) {
    real_path_ = std::move(real_path);
    root_ = std::move(root);
  }
  /// The real path of the regular file `name` beside the log, if it stays
  /// inside the root; nothing otherwise.
  std::optional<std::string> sibling(std::string_view name) const;
  /// The same for a file the log's format holds (an MLflow run's metrics):
  /// one that cannot be read is reported at its name, S007 when it leaves the
  /// root, S006 otherwise.
  std::optional<std::string> required_sibling(std::string_view name);
  /// The files under the folder `folder` beside the log, named as beside it
  /// (`metrics/system/gpu_0_power_usage_watts`) and sorted: at most `limit`.
  /// Links are listed, not followed: required_sibling() says where they lead.
  FileList files_beside(std::string_view folder, size_t limit);

  LineReader& lines;

  /// A location in the line just read (by byte range in it), kept as an excerpt.
  Location here(std::string_view line, size_t begin = 0, size_t end = 0);
  /// A location in a line read earlier, whose text and number the reader kept.
  Location at(std::string_view line, uint64_t number, size_t begin = 0, size_t end = 0);
  /// The same, in the file `name` beside the log (see sibling()).
  Location at_beside(std::string_view name, std::string_view line, uint64_t number,
                     size_t begin, size_t end);
  /// Reports a problem with a row (S006, a warning: the rest is still read),
  /// up to kMaxProblems a log (the files of a run together), then once that
  /// more were left out.
  void row_problem(std::string_view line, std::string message, size_t begin = 0,
                   size_t end = SIZE_MAX);
  /// The same at a place read earlier (a key of a JSON file read whole, a
  /// figure a reader returned).
  void row_problem(Location at, std::string message);
  /// The same for a record of a binary log, which has no lines: `message` says where.
  void record_problem(std::string message);
  /// Reports that the log as a whole cannot be used (S006, an error).
  void fatal(Location at, std::string message);
  /// Tells the reader of the report something the log shows (S006, a note).
  void note(Location at, std::string message);
  /// The whole log, or the file `name` beside it, for a problem with no line.
  Location whole_file(std::string_view name = {});
  /// The first line, or nothing when the log is empty (reported).
  std::optional<std::string_view> header();

  const std::string& path() const { return path_; }

  static constexpr size_t kMaxProblems = 20;

 private:
  enum class Reach { Inside, Outside, NotRegular };
  /// Where `name` beside the log leads, and its real path.
  std::pair<Reach, std::string> reach(std::string_view name) const;

  std::string real_path_, root_;
  std::string path_, uri_;
  DiagnosticSink& sink_;
  std::vector<std::unique_ptr<SourceFile>>& excerpts_;
  size_t own_problems_ = 0;
  size_t& problems_ = own_problems_;  ///< those of the log this file is beside, if any
  std::string problems_scope_;        ///< the log or run they are counted in
};

/// A figure a log holds: a total over the log, pointing at its last row.
struct LoggedFigure {
  Quantity quantity;
  Fact fact;              ///< origin Logged
  std::string what;       ///< how it was read: "`energy_consumed`, 5 runs"
  bool at_least = false;  ///< a lower bound: GPU energy of a whole node's
};

/// What a reader yields: the figures of the log, which ingest_evidence() files
/// under the phase's Figures, and the rest of what it recorded.
struct LogReading : LoggedEvidence {
  std::vector<LoggedFigure> figures;
};

/// A figure read from a log, pointing at where it was read.
Fact logged_fact(double value, const Dimension& dimension, Location source);

/// `value` as a count of devices when it is one: a whole number from 1 to a
/// million, which no node exceeds; anything else is not a device count.
std::optional<uint64_t> device_count_of(double value);

class EvidenceReader {
 public:
  virtual ~EvidenceReader() = default;
  /// The name written after `evidence`: "codecarbon".
  virtual std::string_view format() const = 0;
  /// Whether a file that starts with `head` is this format's, for `evidence
  /// auto`. `head` is the file's first kHeadBytes bytes as they are: several
  /// lines, since a JSON file's first may be `{` alone.
  virtual bool recognizes(std::string_view head) const = 0;
  /// Reads the whole log; reports its problems through `input`.
  virtual LogReading read(LogInput& input) const = 0;
  /// For a format that is a folder (an MLflow run), the file in it that the
  /// reader starts from when the evidence path names the folder; it reaches the
  /// others through LogInput::required_sibling(). Empty for a one-file format.
  virtual std::string_view folder_entry() const { return {}; }
  static constexpr size_t kHeadBytes = 4096;
};

/// The reader for `format`, or nullptr.
const EvidenceReader* find_reader(std::string_view format);
/// Every reader, for `auto`.
const std::vector<const EvidenceReader*>& all_readers();

}  // namespace costlint
