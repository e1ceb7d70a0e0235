#include "ir/utf8.h"

#include <fmt/format.h>

#include <utf8proc.h>

namespace costlint::utf8 {
namespace {

// Decodes one character; a negative code point marks an invalid sequence.
utf8proc_int32_t decode(std::string_view text, size_t* length) {
  utf8proc_int32_t code_point = -1;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                        static_cast<utf8proc_ssize_t>(text.size()), &code_point);
  *length = n > 0 ? static_cast<size_t>(n) : 1;
  return n > 0 ? code_point : -1;
}

}  // namespace

std::optional<size_t> find_invalid(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t length = 0;
    if (decode(text.substr(i), &length) < 0) return i;
    i += length;
  }
  return std::nullopt;
}

std::string replace_invalid(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    std::optional<size_t> bad = find_invalid(text);
    out.append(text.substr(0, bad.value_or(text.size())));
    if (!bad) break;
    append(out, 0xFFFD);
    text.remove_prefix(*bad + 1);
  }
  return out;
}

size_t count_chars(std::string_view text) {
  size_t count = 0;
  for (char c : text)
    if (!is_continuation(c)) ++count;
  return count;
}

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    size_t length = 0;
    utf8proc_int32_t code_point = decode(text.substr(i), &length);
    width += code_point < 0 ? 1 : static_cast<size_t>(std::max(0, utf8proc_charwidth(code_point)));
    if (code_point == '\t') width += 1;  // printed as-is; counted as one column
    i += length;
  }
  return width;
}

size_t char_length(std::string_view text) {
  if (text.empty()) return 0;
  size_t length = 0;
  decode(text, &length);
  return length;
}

void append(std::string& out, char32_t code_point) {
  utf8proc_uint8_t buffer[4];
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(code_point), buffer);
  out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
}

std::optional<char32_t> invisible_at(std::string_view text) {
  if (text.empty() || static_cast<unsigned char>(text[0]) < 0x80) return std::nullopt;
  size_t length = 0;
  auto c = static_cast<char32_t>(decode(text, &length));
  bool bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
              c == 0x200F || c == 0x061C;
  bool format = (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
  if (bidi || format) return c;
  return std::nullopt;
}

std::string escape_invisible(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t length = char_length(text.substr(i));
    if (auto c = invisible_at(text.substr(i))) out += fmt::format("<U+{:04X}>", static_cast<uint32_t>(*c));
    else out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

}  // namespace costlint::utf8
