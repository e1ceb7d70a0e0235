#include "extract/latex_switched_off.h"

#include <algorithm>

#include "ir/text_case.h"

namespace costlint::extract {
namespace {

/// How far before an `\iffalse` on its line a definition is looked for.
constexpr size_t kDefinitionReach = 48;

}  // namespace

bool defines_a_conditional(std::string_view source, size_t at) {
  size_t from = at > kDefinitionReach ? at - kDefinitionReach : 0;
  std::string_view before = source.substr(from, at - from);
  if (size_t line = before.find_last_of('\n'); line != std::string_view::npos) before.remove_prefix(line + 1);
  return before.find("\\let") != std::string_view::npos || before.find("\\def") != std::string_view::npos ||
         before.find("command") != std::string_view::npos || before.ends_with("{");
}

size_t past_conditional(std::string_view source, size_t from) {
  int depth = 1;
  for (size_t i = from; i < source.size();) {
    if (source[i] == '%') {  // a comment's `\fi` closes nothing
      size_t line = source.find('\n', i);
      i = line == std::string_view::npos ? source.size() : line;
      continue;
    }
    if (source[i] != '\\') {
      ++i;
      continue;
    }
    size_t end = i + 1;
    while (end < source.size() && ascii_letter(source[end])) ++end;
    std::string_view name = source.substr(i + 1, end - i - 1);
    i = std::max(end, i + 2);
    if (name == "fi" && --depth == 0) return i;
    // `\ifx`, `\ifdim`: a conditional of its own; not `\iff` (a symbol) nor `\ifthenelse` (a macro).
    if (name.starts_with("if") && name != "iff" && name != "ifthenelse") ++depth;
  }
  return source.size();
}

size_t past_marker(std::string_view source, size_t from, std::string_view marker) {
  size_t at = source.find(marker, from);
  return at == std::string_view::npos ? source.size() : at + marker.size();
}

}  // namespace costlint::extract
