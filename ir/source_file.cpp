#include "ir/source_file.h"

#include <llvm/Support/MemoryBuffer.h>

#include "ir/utf8.h"

namespace costlint {

namespace {
std::string_view prefix_of(const llvm::MemoryBuffer* buffer, size_t size) {
  if (!buffer) return {};
  llvm::StringRef bytes = buffer->getBuffer();
  return std::string_view(bytes.data(), std::min(size, bytes.size()));
}
}  // namespace

SourceFile::SourceFile(std::string path, std::string uri,
                       std::unique_ptr<llvm::MemoryBuffer> buffer, size_t visible_size)
    : path_(std::move(path)),
      uri_(std::move(uri)),
      buffer_(std::move(buffer)),
      text_(prefix_of(buffer_.get(), visible_size)),
      lines_(text_) {}

std::unique_ptr<SourceFile> SourceFile::excerpt(std::string path, std::string uri,
                                                std::string text, uint32_t first_line) {
  // A log may hold any bytes: each one that is not UTF-8 is shown as `?`, in
  // its place, so that ranges into the line still hold.
  for (size_t at = 0; auto bad = utf8::find_invalid(std::string_view(text).substr(at));) {
    at += *bad;
    text[at++] = '?';
  }
  return std::unique_ptr<SourceFile>(
      new SourceFile(ExcerptTag{}, std::move(path), std::move(uri), std::move(text), first_line));
}

SourceFile::SourceFile(ExcerptTag, std::string path, std::string uri, std::string text,
                       uint32_t first_line)
    : path_(std::move(path)),
      uri_(std::move(uri)),
      excerpt_(std::move(text)),
      text_(excerpt_),
      lines_(text_, first_line) {}

SourceFile::~SourceFile() = default;

}  // namespace costlint
