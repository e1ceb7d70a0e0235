#pragma once
// HTML's character references as Markdown and model cards write them (`8&times;A100`,
// `12&nbsp;hours`, `12.8&ndash;13.7`, `&#215;`): the text a reader sees.

#include <optional>
#include <string>
#include <string_view>

namespace costlint::extract {

struct HtmlEntity {
  std::string text;    ///< what it stands for, in UTF-8; a space for the spaces that do not break
  size_t length = 0;   ///< of the reference in the source, `&` to `;`
};

/// The reference that starts at the `&` of `source`, if it is one.
std::optional<HtmlEntity> html_entity(std::string_view source);

}  // namespace costlint::extract
