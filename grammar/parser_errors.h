#pragma once
// What the parser says when a rule under `must<>` fails: "expected X, found Y",
// with a note at the opening of whatever is left unclosed. Every rule that
// appears under `must<>` needs an `expected<>` specialisation, or the parser
// does not compile. Internal to the parser.

#include <optional>
#include <string>

#include <fmt/format.h>

#include "grammar/grammar.h"
#include "grammar/parse_state.h"
#include "ir/utf8.h"

namespace costlint::grammar {

struct Expectation {
  std::string what;                 ///< completes "expected ..."
  std::optional<SyntaxNote> note;   ///< where the unclosed thing began
  std::optional<std::string> whole; ///< replaces the "expected ..., found ..." message
};

/// The next token at `offset`, for "found ...", and its range.
struct FoundToken {
  std::string description;
  SourceRange range;
  std::string word;  ///< the identifier found, if any
  bool end_of_file = false;
};
FoundToken describe_token(std::string_view text, uint32_t offset);

/// "7:3", the character position of `offset` in `text`.
std::string position_of(std::string_view text, uint32_t offset);

template <typename Rule>
struct expected;  // deliberately undefined: each must<> rule says what it expects

template <typename Rule>
struct expected<pad<Rule>> : expected<Rule> {};

#define COSTLINT_EXPECT(rule, text)                                   \
  template <>                                                         \
  struct expected<rule> {                                             \
    static Expectation at(const ParseState&, const FoundToken&) { return {text, {}, {}}; } \
  };

COSTLINT_EXPECT(value, "a value (a number, a quoted string or a name)")
COSTLINT_EXPECT(pool_spec, "a device pool such as `8 x \"NVIDIA A100-SXM4-80GB\"`")
COSTLINT_EXPECT(pool_model, "the device model as a quoted string")
COSTLINT_EXPECT(version, "the language version after `costlint`, as in `costlint 1`")
COSTLINT_EXPECT(unicode_open, "'{' after `\\u`")
COSTLINT_EXPECT(unicode_digits, "one to six hexadecimal digits in `\\u{...}`")
COSTLINT_EXPECT(unicode_close, "'}' to close `\\u{`")
COSTLINT_EXPECT(uncertainty_number, "a number after the uncertainty sign")
COSTLINT_EXPECT(unit_exponent, "an integer exponent after '^'")
COSTLINT_EXPECT(atom, "a value after '~'")
COSTLINT_EXPECT(qualifier_word, "what the figure counts after '(', as in `(device)`")
COSTLINT_EXPECT(qualifier_close, "')' to close what the figure counts, as in `(device)`")
COSTLINT_EXPECT(expr, "a value after '('")
COSTLINT_EXPECT(hardware_name,
                "a name after `hardware`, as in `hardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"`")

#undef COSTLINT_EXPECT

/// `52 GPU hours`, `52 GPU-h`: device-time as papers write it, at the word of time.
inline std::optional<SyntaxNote> device_time_hint(const ParseState& s, const FoundToken& found) {
  std::string_view word = s.text.substr(found.range.begin, found.range.end - found.range.begin);
  for (std::string_view time : {"h", "hr", "hrs", "hour", "hours", "d", "day", "days"})
    if (word == time)
      return SyntaxNote{found.range, "device-time is one unit, written with a dot: `52 GPU.h`, `3 TPU.d`"};
  return std::nullopt;
}

template <>
struct expected<stmt_end> {
  static Expectation at(const ParseState& s, const FoundToken& found) {
    return {"a new line or ';' to end the statement", device_time_hint(s, found), {}};
  }
};

template <>
struct expected<field_equals> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    return {fmt::format("'=' after `{}`", s.field_name), {}, {}};
  }
};

template <>
struct expected<score_equals> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    return {fmt::format("'=' after `score {}`", s.field_name), {}, {}};
  }
};

template <>
struct expected<hardware_equals> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    return {fmt::format("'=' after `hardware {}`", s.name), {}, {}};
  }
};

template <>
struct expected<evidence_path> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    return {fmt::format("the log file as a quoted path, as in `evidence {} \"logs/run.csv\"`",
                        s.field_name),
            {}, {}};
  }
};

template <>
struct expected<block_name> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    return {fmt::format("a name after `{}`, as in `{} NAME {{ ... }}`", s.keyword, s.keyword), {},
            {}};
  }
};

template <>
struct expected<block_open> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    std::string head = s.name.empty() ? s.keyword : s.keyword + " " + s.name;
    return {fmt::format("'{{' after `{}`", head), {}, {}};
  }
};

template <>
struct expected<escape_char> {
  static Expectation at(const ParseState& s, const FoundToken& found) {
    std::string_view bad = s.text.substr(found.range.begin, found.range.end - found.range.begin);
    bad = bad.substr(0, std::max<size_t>(1, utf8::char_length(bad)));
    return {{}, {}, fmt::format("unknown escape sequence `\\{}`; the escapes are `\\\"`, "
                                "`\\\\`, `\\n`, `\\t` and `\\u{{...}}`", bad)};
  }
};

template <>
struct expected<mul_operand> {
  static Expectation at(const ParseState& s, const FoundToken& found) {
    std::optional<SyntaxNote> hint;
    if (s.operators.back() == '-') hint = device_time_hint(s, found);
    return {fmt::format("a value after '{}'", s.operators.back()), hint, {}};
  }
};

template <>
struct expected<add_operand> : expected<mul_operand> {};

template <>
struct expected<paren_close> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    uint32_t open = s.open_parens.back();
    return {fmt::format("')' to close the '(' opened at {}", position_of(s.text, open)),
            SyntaxNote{{open, open + 1}, "'(' opened here"},
            {}};
  }
};

template <>
struct expected<string_close> {
  static Expectation at(const ParseState& s, const FoundToken&) {
    return {fmt::format("'\"' to close the string opened at {} (strings do not span lines)",
                        position_of(s.text, s.string_open)),
            SyntaxNote{{s.string_open, s.string_open + 1}, "string opened here"},
            {}};
  }
};

template <>
struct expected<block_close> {
  static Expectation at(const ParseState& s, const FoundToken& found) {
    const ast::Block& block = s.open_blocks.back();
    std::string name = block.name.empty() ? block.keyword : block.keyword + " " + block.name;
    SyntaxNote note{block.keyword_range, fmt::format("`{}` block opened here", name)};
    if (found.end_of_file)  // the block was never closed
      return {fmt::format("'}}' to close the `{}` block opened at {}", name,
                          position_of(s.text, block.keyword_range.begin)),
              note, {}};
    return {fmt::format("a field or '}}' in the `{}` block", name), note, {}};
  }
};

template <>
struct expected<end_of_manifest> {
  static Expectation at(const ParseState&, const FoundToken& found);
};

}  // namespace costlint::grammar
