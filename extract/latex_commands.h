#pragma once
// The LaTeX commands read by their name alone: those that stand for a
// character, and those dropped with their arguments (keys, sizes, colours).
// Internal to extract/ (latex_text.cpp).

#include <optional>
#include <string_view>

namespace costlint::extract {

struct LatexCommand {
  enum class Kind {
    Symbol,                   ///< read as `text` (`\times` as `×`)
    DroppedWithArgument,      ///< `\cite{key}`, `\vspace{2pt}`
    DroppedFirstArgument,     ///< `\textcolor{red}{12.5}`: the second is text
    DroppedWithTwoArguments,  ///< `\rule{0pt}{2ex}`, `\resizebox{\textwidth}{!}`
  };
  Kind kind;
  std::string_view text;  ///< a symbol's
};

/// What a command named `name` (without its backslash) is, if one of those.
std::optional<LatexCommand> known_latex_command(std::string_view name);

}  // namespace costlint::extract
