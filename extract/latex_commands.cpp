#include "extract/latex_commands.h"

#include <array>
#include <unordered_map>
#include <utility>

namespace costlint::extract {
namespace {

/// Commands dropped with their one argument: keys, addresses, sizes, a table note's mark; not prose.
/// Nor the authors' block: a street's number (`1002 W. Green St.`) is no power.
constexpr std::array<std::string_view, 50> kDroppedWithArgument = {
    "cite",    "citep",      "citet",        "citealp",   "citeauthor", "citeyear", "ref",
    "eqref",   "autoref",    "cref",         "Cref",      "pageref",    "label",    "url",
    "includegraphics", "bibliography", "bibliographystyle", "usepackage", "documentclass",
    "vspace",  "hspace",     "color",        "cellcolor", "rowcolor",   "hypersetup",
    "definecolor", "addlinespace", "cmidrule", "arraystretch", "todo", "phantom", "hphantom", "vphantom",
    "scalebox", "rotatebox", "cline", "hhline", "tnote",
    "author",  "affiliation", "affil",      "address",   "institute",  "institution", "streetaddress",
    "postcode", "email",     "orcid",        "IEEEauthorblockN", "IEEEauthorblockA"};

/// Commands whose first argument is dropped and whose second is text (`\textcolor{red}{12.5}`,
/// nicematrix's `\Block[c]{2-1}{n}`, whose first is the cells it spans).
constexpr std::array<std::string_view, 4> kDroppedFirstArgument = {"textcolor", "colorbox", "href", "Block"};

/// Commands dropped with their two arguments: lengths, counters, a box's size (`\rule{0pt}{2ex}`,
/// `\resizebox{\textwidth}{!}`; the box's content is read); ICML's authors and affiliations.
constexpr std::array<std::string_view, 8> kDroppedWithTwoArguments = {
    "rule", "setlength", "addtolength", "setcounter", "resizebox", "icmlauthor", "icmlaffiliation",
    "icmlcorrespondingauthor"};

/// Commands read as a character. Greek letters are kept so that a symbol's digits are its own
/// (`$\delta$1` heads a column of accuracies).
constexpr auto kSymbols = std::to_array<std::pair<std::string_view, std::string_view>>({
    {"times", "×"}, {"texttimes", "×"}, {"cdot", "·"}, {"sim", "~"}, {"approx", "≈"}, {"pm", "±"},
    {"le", "≤"}, {"leq", "≤"}, {"ge", "≥"}, {"geq", "≥"}, {"ldots", "..."},
    {"dots", "..."}, {"textasciitilde", "~"}, {"item", "\n"}, {"newline", "\n"},
    {"par", "\n"}, {"quad", " "}, {"qquad", " "}, {"mu", "µ"}, {"textmu", "µ"},
    {"degree", "°"}, {"to", "→"}, {"rightarrow", "→"},
    {"alpha", "α"}, {"beta", "β"}, {"gamma", "γ"}, {"delta", "δ"}, {"epsilon", "ε"}, {"varepsilon", "ε"},
    {"zeta", "ζ"}, {"eta", "η"}, {"theta", "θ"}, {"vartheta", "ϑ"}, {"iota", "ι"}, {"kappa", "κ"},
    {"lambda", "λ"}, {"nu", "ν"}, {"xi", "ξ"}, {"pi", "π"}, {"varpi", "ϖ"}, {"rho", "ρ"}, {"varrho", "ϱ"},
    {"sigma", "σ"}, {"varsigma", "ς"}, {"tau", "τ"}, {"upsilon", "υ"}, {"phi", "φ"}, {"varphi", "φ"},
    {"chi", "χ"}, {"psi", "ψ"}, {"omega", "ω"}, {"Gamma", "Γ"}, {"Delta", "Δ"}, {"Theta", "Θ"},
    {"Lambda", "Λ"}, {"Xi", "Ξ"}, {"Pi", "Π"}, {"Sigma", "Σ"}, {"Upsilon", "Υ"}, {"Phi", "Φ"},
    {"Psi", "Ψ"}, {"Omega", "Ω"},
});

/// The four lists by name: every command of a paper is looked up.
std::unordered_map<std::string_view, LatexCommand> by_name() {
  std::unordered_map<std::string_view, LatexCommand> commands;
  for (const auto& [symbol, text] : kSymbols) commands.emplace(symbol, LatexCommand{LatexCommand::Kind::Symbol, text});
  for (std::string_view name : kDroppedWithArgument)
    commands.emplace(name, LatexCommand{LatexCommand::Kind::DroppedWithArgument, {}});
  for (std::string_view name : kDroppedFirstArgument)
    commands.emplace(name, LatexCommand{LatexCommand::Kind::DroppedFirstArgument, {}});
  for (std::string_view name : kDroppedWithTwoArguments)
    commands.emplace(name, LatexCommand{LatexCommand::Kind::DroppedWithTwoArguments, {}});
  return commands;
}

}  // namespace

std::optional<LatexCommand> known_latex_command(std::string_view name) {
  static const std::unordered_map<std::string_view, LatexCommand> kCommands = by_name();
  auto found = kCommands.find(name);
  if (found == kCommands.end()) return std::nullopt;
  return found->second;
}

}  // namespace costlint::extract
