#include "grammar/parser.h"

#include <cstring>

#include "ir/edit_distance.h"
#include "grammar/grammar.h"
#include "ir/line_index.h"
#include "grammar/parse_state.h"
#include "grammar/parser_actions.h"
#include "grammar/parser_errors.h"
#include "ir/utf8.h"

namespace costlint {
namespace grammar {
namespace {

bool is_ident_first(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_'; }
bool is_ident_other(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
}

/// Turns a failed must<Rule> into a SyntaxError that says what Rule expected.
template <typename Rule>
struct error_control : normal<Rule> {
  template <typename Input>
  [[noreturn]] static void raise(const Input& in, ParseState& s) {
    FoundToken found = describe_token(s.text, s.offset_of(in.current()));
    Expectation expectation = expected<Rule>::at(s, found);
    SyntaxError error{found.range,
                      expectation.whole ? *expectation.whole
                                        : fmt::format("expected {}, found {}", expectation.what,
                                                      found.description),
                      {}};
    if (expectation.note) error.notes.push_back(*expectation.note);
    throw SyntaxFailure{std::move(error)};
  }
};

/// Manifests are UTF-8 text: a NUL byte or a malformed sequence is reported
/// where it is, before the grammar sees it.
std::optional<SyntaxError> check_encoding(std::string_view text) {
  if (text.size() > UINT32_MAX) return SyntaxError{{0, 0}, "manifest is larger than 4 GiB", {}};
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    uint32_t at = static_cast<uint32_t>(static_cast<const char*>(nul) - text.data());
    return SyntaxError{{at, at + 1}, "NUL byte in manifest; a manifest is UTF-8 text", {}};
  }
  if (auto bad = utf8::find_invalid(text)) {
    uint32_t at = static_cast<uint32_t>(*bad);
    return SyntaxError{{at, at + 1},
                       fmt::format("invalid UTF-8 byte 0x{:02X}; a manifest is UTF-8 text",
                                   static_cast<unsigned char>(text[at])),
                       {}};
  }
  return std::nullopt;
}

}  // namespace

FoundToken describe_token(std::string_view text, uint32_t offset) {
  size_t p = offset;
  while (p < text.size() && (text[p] == ' ' || text[p] == '\t')) ++p;
  auto at = static_cast<uint32_t>(p);
  if (p == text.size()) return {"end of file", {at, at}, {}, true};
  char c = text[p];
  if (c == '\n' || text.substr(p, 2) == "\r\n") return {"end of line", {at, at}, {}};
  if (c == '#') return {"a comment", {at, at + 1}, {}};
  if (c == '"') return {"a string", {at, at + 1}, {}};
  size_t end = p + 1;
  if (is_ident_first(c)) {
    while (end < text.size() && is_ident_other(text[end])) ++end;
    std::string word(text.substr(p, end - p));
    return {fmt::format("`{}`", word), {at, static_cast<uint32_t>(end)}, word};
  }
  if (std::isdigit(static_cast<unsigned char>(c))) {
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                 text[end] == '.' || text[end] == '_'))
      ++end;
  } else {
    end = p + utf8::char_length(text.substr(p));
  }
  return {fmt::format("`{}`", text.substr(p, end - p)), {at, static_cast<uint32_t>(end)}, {}};
}

std::string position_of(std::string_view text, uint32_t offset) {
  LineColumn position = LineIndex(text).locate(offset);
  return fmt::format("{}:{}", position.line, position.column);
}

Expectation expected<end_of_manifest>::at(const ParseState& s, const FoundToken& found) {
  if (found.word == "costlint")
    return {{}, {}, "the header `costlint 1` must be the first statement of the manifest"};
  if (s.text.substr(found.range.begin, 1) == "}")
    return {{}, {}, "unexpected '}': no block is open here"};
  std::string message = fmt::format(
      "expected a top-level item (`paper`, `benchmark`, `hardware`, `site`, `model` or "
      "`baseline`), found {}",
      found.description);
  static const std::vector<std::string_view> kItems = {"paper", "benchmark", "hardware",
                                                       "site",  "model",     "baseline"};
  if (!found.word.empty())
    if (auto suggestion = closest_match(found.word, kItems))
      message += fmt::format("; did you mean `{}`?", *suggestion);
  return {{}, {}, message};
}

}  // namespace grammar

ParseResult parse_manifest(std::string_view text) {
  ParseResult result;
  if (auto error = grammar::check_encoding(text)) {
    result.error = std::move(error);
    return result;
  }
  grammar::ParseState state;
  state.text = text;
  tao::pegtl::memory_input<tao::pegtl::tracking_mode::lazy> in(text.data(), text.size(),
                                                               "manifest");
  try {
    tao::pegtl::parse<grammar::manifest, grammar::action, grammar::error_control>(in, state);
    result.manifest = std::move(state.manifest);
  } catch (grammar::SyntaxFailure& failure) {
    result.error = std::move(failure.error);
  }
  return result;
}

}  // namespace costlint
