#pragma once
// One file that diagnostics point into: a manifest (later, a log too). Owns its
// bytes and knows where its lines are. Lives as long as the CheckRun holding it.

#include <memory>
#include <string>
#include <string_view>

#include "ir/line_index.h"
#include "ir/source_range.h"

namespace llvm {
class MemoryBuffer;
}

namespace costlint {

class SourceFile {
 public:
  /// `path` is shown to the user as given; `uri` is the path relative to the
  /// repository root, with forward slashes, for SARIF.
  SourceFile(std::string path, std::string uri, std::unique_ptr<llvm::MemoryBuffer> buffer,
             size_t visible_size);
  /// An excerpt of a file too large to keep: `text` (a row of a log), which is
  /// line `first_line` of the file at `path`.
  static std::unique_ptr<SourceFile> excerpt(std::string path, std::string uri, std::string text,
                                             uint32_t first_line);
  ~SourceFile();

  const std::string& path() const { return path_; }
  const std::string& uri() const { return uri_; }
  std::string_view text() const { return text_; }
  /// The bytes of `range`, as written.
  std::string_view text(SourceRange range) const { return text_.substr(range.begin, range.end - range.begin); }
  LineColumn locate(uint32_t offset) const { return lines_.locate(offset); }
  std::string_view line_text(uint32_t line) const { return lines_.line_text(line); }

 private:
  struct ExcerptTag {};
  SourceFile(ExcerptTag, std::string path, std::string uri, std::string text, uint32_t first_line);

  std::string path_;
  std::string uri_;
  std::unique_ptr<llvm::MemoryBuffer> buffer_;
  std::string excerpt_;
  std::string_view text_;
  LineIndex lines_;
};

}  // namespace costlint
