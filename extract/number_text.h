#pragma once
// Numbers as the cost grammar matched them (`1,082,990`, `3.1 × 10^21`, `3.3M`,
// `41–140`, `1h 41m 27s`, `a single`), and the grammar's entry point for
// matching one rule at the start of a text. Internal to extract/.

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <tao/pegtl.hpp>

#include "ir/text_case.h"

namespace costlint::extract {

/// Parses `Rule` at the start of `text`; the length it matched. Called at
/// every word of a paper: the input tracks no lines and names no source, so
/// that it allocates nothing.
template <typename Rule>
std::optional<size_t> match(std::string_view text) {
  using namespace tao::pegtl;
  memory_input<tracking_mode::lazy, eol::lf_crlf, const char*> in(text.data(), text.size(), "");
  try {
    if (!tao::pegtl::parse<Rule>(in)) return std::nullopt;
  } catch (const tao::pegtl::parse_error&) {
    return std::nullopt;
  }
  return static_cast<size_t>(in.current() - text.data());
}


/// The value of a `number`: digit groups, `× 10^21`, `M` and `million`.
double number_value(std::string_view text);

/// `10.636`, `1.082.990`: a count whose thousands a dot sets apart, as many European
/// writers do; its value, or none where the digits are not grouped so or a magnitude
/// follows (`1.281M` is a decimal). `written` is the number alone.
std::optional<double> dotted_thousands(std::string_view written);

/// `1 374 327`, `3 500`: a count whose thousands a space sets apart (SI's style, and many
/// European writers'): how many bytes of `text` it takes from its start, or 0 where no
/// group of three digits follows the first digits after a single space.
size_t spaced_thousands_length(std::string_view text);
/// The value of such a count, `written` alone; none where it is not one.
std::optional<double> spaced_thousands(std::string_view written);

/// A count in digits or in words (`one`, `a single`, `thirty-two`).
double count_value(std::string_view word);
/// `million`, `billions`, `bn`: the scale a magnitude's word gives (cost_grammar's magnitude_word).
double magnitude_scale(std::string_view word);
/// Where the words before a number end, its unit starting at `unit_at`: back over the
/// spaces, digits, points and commas between them (`segments at 1,000 s` -> after `at`).
size_t before_number(std::string_view text, size_t unit_at);
/// Past the spread after a mean that ends at `after` (`9.02±6.79`, `12.3 +/- 0.4`), or `after` where none follows.
size_t past_spread(std::string_view text, size_t after);
/// Past the same count restated in brackets after one ending at `after` (`1 trillion (1T)`,
/// `1.3B (1,300M)`), or its share of a whole (`46893 (75%) samples`), or `after` where none follows.
size_t past_restatement(std::string_view text, size_t after);

/// Whether the number at [p, after) is one of the sizes alone in brackets after a
/// model's name: `GPT-2 (124M)`, each a count of millions or billions (`OLMo 1B (3T)` is
/// its tokens); a list of them after a name or models (`the CodeGen models (350M, 2B, 6B, 16B)`).
bool in_bracketed_sizes(std::string_view text, size_t p, size_t after);

/// Whether each byte is an ASCII letter or digit: a lookup where a scan reads every byte.
inline constexpr std::array<bool, 256> kAlnumBytes = [] {
  std::array<bool, 256> alnum{};
  for (int c = 0; c < 256; ++c) alnum[c] = ascii_alnum(static_cast<char>(c));
  return alnum;
}();

/// Past the word at `p`, and past the groups of a number it starts (`4,096`, `1.082.990`), so
/// that a scan that found no statement there does not read `096` as another number. Called at
/// every word of a paper: inline, a table's lookup a byte.
inline size_t past_word(std::string_view text, size_t p) {
  auto alnum = [&](size_t i) { return kAlnumBytes[static_cast<unsigned char>(text[i])]; };
  auto digit = [&](size_t i) { return ascii_digit(text[i]); };
  bool number = digit(p);
  while (++p < text.size()) {
    if (alnum(p)) continue;
    // A separator before a group of three digits goes on with the number: `4,096`, `1.082.990`
    // (not `2,4,8 GPUs`, a list).
    bool group = number && (text[p] == ',' || text[p] == '.') && digit(p - 1) && p + 3 < text.size() &&
                 digit(p + 1) && digit(p + 2) && digit(p + 3) && (p + 4 == text.size() || !digit(p + 4));
    if (!group) break;
  }
  return p;
}

/// A number, or the middle of a range (`41–140`; `2 and 3`, where `between` opens it).
double number_or_range(std::string_view text);

/// `1h 41m 27s` in seconds.
double clock_seconds(std::string_view text);
/// The seconds of a `clock_hms`: `2:52:22` is 10342.
double hms_seconds(std::string_view text);

}  // namespace costlint::extract
