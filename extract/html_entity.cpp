#include "extract/html_entity.h"

#include <array>
#include <utility>

#include "ir/text_case.h"
#include "ir/utf8.h"

namespace costlint::extract {
namespace {

/// The longest reference read: `&#x1F600;`, `&thinsp;`.
constexpr size_t kMaxEntityBytes = 10;

/// Named references papers' numbers meet; the spaces that do not break are spaces.
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kNamed = {{
    {"nbsp", " "},  {"thinsp", " "}, {"ensp", " "},  {"emsp", " "},  {"times", "×"},
    {"ndash", "–"}, {"mdash", "—"},  {"minus", "−"}, {"plusmn", "±"}, {"asymp", "≈"},
    {"sim", "~"},   {"approx", "≈"}, {"le", "≤"},    {"ge", "≥"},    {"lt", "<"},
    {"gt", ">"},    {"amp", "&"},    {"quot", "\""}, {"middot", "·"}, {"micro", "µ"},
}};

/// A numeric reference's code point, in decimal (`215`) or hexadecimal (`xD7`).
std::optional<char32_t> code_point(std::string_view digits) {
  bool hex = !digits.empty() && (digits.front() == 'x' || digits.front() == 'X');
  if (hex) digits.remove_prefix(1);
  if (digits.empty()) return std::nullopt;
  char32_t value = 0;
  for (char c : digits) {
    int digit = ascii_digit(c) ? c - '0' : hex && ascii_letter(c) && ascii_lower(c) <= 'f' ? ascii_lower(c) - 'a' + 10 : -1;
    if (digit < 0) return std::nullopt;
    value = value * (hex ? 16 : 10) + static_cast<char32_t>(digit);
  }
  // No control character: `&#9;` would make a table's cell, `&#10;` a line.
  if (value < 0x20 || (value >= 0x7F && value <= 0x9F) || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
    return std::nullopt;
  return value;
}

}  // namespace

std::optional<HtmlEntity> html_entity(std::string_view source) {
  if (source.empty() || source.front() != '&') return std::nullopt;
  size_t semicolon = source.substr(0, kMaxEntityBytes).find(';');
  if (semicolon == std::string_view::npos || semicolon < 2) return std::nullopt;
  std::string_view name = source.substr(1, semicolon - 1);
  if (name.front() == '#') {
    auto value = code_point(name.substr(1));
    if (!value) return std::nullopt;
    bool space = *value == 0xA0 || *value == 0x202F || *value == 0x2009 || *value == 0x2002 || *value == 0x2003;
    std::string text;
    if (space) text = " ";
    else utf8::append(text, *value);
    return HtmlEntity{text, semicolon + 1};
  }
  for (const auto& [known, text] : kNamed)
    if (name == known) return HtmlEntity{std::string(text), semicolon + 1};
  return std::nullopt;
}

}  // namespace costlint::extract
