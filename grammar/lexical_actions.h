#pragma once
// Actions for comments, suppressions and strings. Internal to the parser.

#include "grammar/action_base.h"

namespace costlint::grammar {

// ---- comments ----

template <>
struct action<comment_hash> {
  template <typename Input>
  static void apply(const Input&, ParseState& s) {
    s.suppressed_rules.clear();
    s.suppression_reason.clear();
  }
};

template <>
struct action<suppressed_rule> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.suppressed_rules.push_back(in.string());
  }
};

template <>
struct action<suppression_reason> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    std::string_view reason = in.string_view();
    while (!reason.empty() && (reason.back() == ' ' || reason.back() == '\t' || reason.back() == '\r'))
      reason.remove_suffix(1);
    s.suppression_reason = std::string(reason);
  }
};

/// True when only blanks stand between the start of the line and `p`.
inline bool alone_on_line(const ParseState& s, const char* p) {
  while (p > s.text.data() && (p[-1] == ' ' || p[-1] == '\t')) --p;
  return p == s.text.data() || p[-1] == '\n';
}

template <>
struct action<suppression> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.manifest.suppressions.push_back(Suppression{
        std::move(s.suppressed_rules), std::move(s.suppression_reason),
        s.range_of(in.begin(), in.end()), alone_on_line(s, in.begin())});
  }
};

/// A comment that starts like a suppression but is not one is kept with no
/// rules, so that the checker can say why it silences nothing.
template <>
struct action<plain_comment> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    std::string_view text = in.string_view().substr(1);
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    if (text.starts_with("costlint:"))
      s.manifest.suppressions.push_back(
          Suppression{{}, {}, s.range_of(in.begin(), in.end()), alone_on_line(s, in.begin())});
  }
};

// ---- strings ----

template <>
struct action<string_open> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.string_buffer.clear();
    s.string_open = s.offset_of(in.begin());
  }
};

template <>
struct action<string_run> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    s.string_buffer.append(in.begin(), in.end());
  }
};

template <>
struct action<escape_simple> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    char c = *in.begin();
    s.string_buffer += c == 'n' ? '\n' : c == 't' ? '\t' : c;
  }
};

template <>
struct action<unicode_digits> {
  template <typename Input>
  static void apply(const Input& in, ParseState& s) {
    uint32_t code_point = 0;
    std::from_chars(in.begin(), in.end(), code_point, 16);
    if (code_point == 0 || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
      s.fail(s.range_of(in.begin(), in.end()),
             fmt::format("`\\u{{{}}}` is not a valid character", in.string_view()));
    utf8::append(s.string_buffer, static_cast<char32_t>(code_point));
  }
};

}  // namespace costlint::grammar
