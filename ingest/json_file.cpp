#include "ingest/json_file.h"

#include <algorithm>

#include <fmt/format.h>

namespace costlint {
namespace {

using Json = nlohmann::json;

/// Python's names for the floats JSON cannot write, `-Infinity` before `Infinity`.
constexpr std::string_view kNonFinite[] = {"-Infinity", "Infinity", "NaN"};

/// What a look at `text` outside its strings finds before it is parsed.
struct Scan {
  std::vector<size_t> non_finite;  ///< where Python's NaN and Infinity are
  std::optional<size_t> too_deep;  ///< where the nesting passes kMaxJsonDepth
};

Scan scan(std::string_view text) {
  Scan out;
  bool in_string = false;
  size_t depth = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) {
        out.too_deep = i;
        break;
      }
    } else if (c == '}' || c == ']') {
      depth -= depth > 0;
    } else if (c == '-' || c == 'I' || c == 'N') {
      for (std::string_view name : kNonFinite)
        if (text.substr(i).starts_with(name)) {
          out.non_finite.push_back(i);
          i += name.size() - 1;
          break;
        }
    }
  }
  return out;
}

/// `text` with each non-finite number at `offsets` replaced by `[]` and blanks,
/// so that it parses and every other byte keeps its offset.
std::string blank(std::string text, const std::vector<size_t>& offsets) {
  for (size_t at : offsets) {
    size_t length = text[at] == '-' ? 9 : text[at] == 'I' ? 8 : 3;
    text.replace(at, length, "[]" + std::string(length - 2, ' '));
  }
  return text;
}

/// nlohmann's message without its prefix and the line and column it repeats:
/// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error ...".
std::string short_message(std::string what) {
  if (size_t tag = what.find("] "); tag != std::string::npos) what.erase(0, tag + 2);
  if (what.starts_with("parse error"))
    if (size_t colon = what.find(": "); colon != std::string::npos) what.erase(0, colon + 2);
  return what;
}

}  // namespace

JsonFile read_json(LineReader& lines) {
  JsonFile file;
  while (auto line = lines.next()) {
    file.text.append(*line).push_back('\n');
    if (file.text.size() > kMaxJsonBytes) {
      file.text.clear();
      file.error = fmt::format("it is larger than {} MiB", kMaxJsonBytes >> 20);
      return file;
    }
  }
  Scan found = scan(file.text);
  if (found.too_deep) {  // nlohmann would hold it, at some hundred bytes a level
    file.error = fmt::format("it nests deeper than {} levels", kMaxJsonDepth);
    file.error_at = found.too_deep;
    return file;
  }
  file.non_finite = std::move(found.non_finite);
  try {
    file.value =
        Json::parse(file.non_finite.empty() ? file.text : blank(file.text, file.non_finite));
  } catch (const Json::parse_error& e) {
    file.error = short_message(e.what());
    size_t at = e.byte == 0 ? 0 : e.byte - 1;
    // At the end of the input: the last byte written, not the empty line after it.
    if (at >= file.text.size()) at = file.text.find_last_not_of(" \t\n");
    file.error_at = at == std::string::npos ? 0 : at;
  } catch (const Json::exception& e) {  // a number too large for a double
    file.error = short_message(e.what());
  }
  if (file.ok() && !file.value.is_object())
    file.error = fmt::format("it holds a JSON {}, not an object", file.value.type_name());
  return file;
}

ReadAt text_at(std::string_view text, size_t offset, size_t length) {
  offset = std::min(offset, text.size());
  size_t start = offset == 0 ? std::string_view::npos : text.rfind('\n', offset - 1);
  start = start == std::string_view::npos ? 0 : start + 1;
  size_t end = std::min(text.find('\n', offset), text.size());
  uint64_t number = 1 + static_cast<uint64_t>(std::count(text.begin(), text.begin() + start, '\n'));
  return {text.substr(start, end - start), number, offset - start, offset - start + length};
}

Location key_location(LogInput& input, std::string_view beside, std::string_view text,
                      std::string_view key) {
  size_t at = text.find(fmt::format("\"{}\"", key));
  ReadAt where = text_at(text, at == std::string_view::npos ? 0 : at, key.size() + 2);
  return input.at_beside(beside, where.line, where.number, where.begin, where.end);
}

}  // namespace costlint
