#include "reporters/markup.h"

#include <array>
#include <utility>

namespace costlint {

std::string html_escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string latex_escape(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 14> kUnicode = {{
      {"×", "$\\times$"}, {"·", "$\\cdot$"}, {"µ", "\\textmu{}"}, {"±", "$\\pm$"},
      {"–", "--"}, {"—", "---"}, {"≤", "$\\leq$"}, {"≥", "$\\geq$"}, {"≈", "$\\approx$"},
      {"…", "\\dots{}"}, {"’", "'"}, {"“", "``"}, {"”", "''"}, {"°", "\\textdegree{}"},
  }};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      bool known = false;
      for (const auto& [from, to] : kUnicode)
        if (text.substr(i, from.size()) == from) {
          out += to;
          i += from.size();
          known = true;
          break;
        }
      if (!known) {  // pdflatex's utf8 input covers Latin letters; keep the character
        out += text[i++];
        while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80)
          out += text[i++];
      }
      continue;
    }
    switch (c) {
      case '\\': out += "\\textbackslash{}"; break;
      case '{': out += "\\{"; break;
      case '}': out += "\\}"; break;
      case '$': out += "\\$"; break;
      case '&': out += "\\&"; break;
      case '#': out += "\\#"; break;
      case '%': out += "\\%"; break;
      case '_': out += "\\_"; break;
      case '^': out += "\\textasciicircum{}"; break;
      case '~': out += "\\textasciitilde{}"; break;
      case '`': out += "\\textasciigrave{}"; break;
      case '<': out += "\\textless{}"; break;
      case '>': out += "\\textgreater{}"; break;
      case '|': out += "\\textbar{}"; break;
      default: out += static_cast<char>(c);
    }
    ++i;
  }
  return out;
}

std::string with_code_spans(std::string_view text, std::string (*plain)(std::string_view),
                            std::string (*code)(std::string_view)) {
  std::string out;
  bool inside = false;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '`') continue;
    std::string_view part = text.substr(start, i - start);
    out += inside ? code(part) : plain(part);
    inside = !inside;
    start = i + 1;
  }
  return out;
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|') out += "\\|";
    else if (c == '\n' || c == '\r') out += ' ';
    else out += c;
  }
  return out;
}

}  // namespace costlint
