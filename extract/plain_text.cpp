#include "extract/plain_text.h"

#include <string>
#include <utility>

#include "extract/cjk_units.h"

namespace costlint::extract {

void PlainText::add(std::string_view bytes, uint32_t from) {
  text += bytes;
  origin.stood(bytes.size(), from);
}

void PlainText::add_source(std::string_view bytes, uint32_t from) {
  size_t start = text.size();
  text += bytes;
  // A tab in the source is a space (indentation, alignment), never a table's cell.
  for (size_t tab = text.find(kCellSeparator, start); tab != std::string::npos; tab = text.find(kCellSeparator, tab + 1))
    text[tab] = ' ';
  origin.copied(bytes.size(), from);
}

SourceKind source_kind(std::string_view path) {
  if (path.ends_with(".tex")) return SourceKind::Latex;
  if (path.ends_with(".md") || path.ends_with(".markdown")) return SourceKind::Markdown;
  return SourceKind::Plain;
}

namespace {

/// `plain` with the Chinese units after its numbers in English (extract/cjk_units.h).
PlainText with_english_units(PlainText plain) {
  auto unit = next_cjk_unit(plain.text, 0);
  if (!unit) return plain;
  PlainText out;
  out.inputs = std::move(plain.inputs);
  size_t done = 0;
  for (; unit; unit = next_cjk_unit(plain.text, done)) {
    out.text.append(plain.text, done, unit->begin - done);
    out.origin.append(plain.origin, done, unit->begin);
    // The English stands for the unit's first byte but its last (`hours` for `小时`), so that a
    // statement ending with it spans the whole unit in the source.
    std::string_view english = unit->english;
    if (!english.empty()) {
      out.add(english.substr(0, english.size() - 1), plain.origin[unit->begin]);
      out.add(english.substr(english.size() - 1), plain.origin[unit->end - 1]);
    }
    done = unit->end;
  }
  out.text.append(plain.text, done);
  out.origin.append(plain.origin, done, plain.text.size());
  return out;
}

PlainText markup_to_plain(std::string_view source, SourceKind kind) {
  switch (kind) {
    case SourceKind::Latex: return latex_to_plain(source);
    case SourceKind::Markdown: return markdown_to_plain(source);
    case SourceKind::Plain: break;
  }
  return rst_to_plain(source);
}

}  // namespace

PlainText to_plain(std::string_view source, SourceKind kind) {
  return with_english_units(markup_to_plain(source, kind));
}

}  // namespace costlint::extract
