#include "extract/number_text.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>
#include <cstdlib>
#include <utility>

#include "extract/cost_grammar.h"
#include "ir/text_case.h"

namespace costlint::extract {

namespace g = cost_grammar;

namespace {

/// The power in `×10¹⁸` (`rest` after a number's digits), if it is written in superscript digits.
std::optional<double> superscript_power_after_ten(std::string_view rest) {
  size_t ten = rest.find("10");
  if (ten == std::string_view::npos) return std::nullopt;
  for (std::string_view between = rest.substr(0, ten); !between.empty();)  // only `×`, `x`, `*`, `·` and spaces
    if (between.starts_with("×") || between.starts_with("·")) between.remove_prefix(2);
    else if (between.front() == ' ' || between.front() == 'x' || between.front() == 'X' || between.front() == '*')
      between.remove_prefix(1);
    else return std::nullopt;
  rest.remove_prefix(ten + 2);
  static constexpr std::array<std::string_view, 10> kDigits = {"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"};
  double sign = 1, power = 0;
  if (rest.starts_with("⁻")) sign = -1, rest.remove_prefix(std::string_view("⁻").size());
  bool any = false;
  for (bool more = true; more;) {
    more = false;
    for (size_t d = 0; d < kDigits.size(); ++d)
      if (rest.starts_with(kDigits[d])) {
        power = power * 10 + static_cast<double>(d);
        rest.remove_prefix(kDigits[d].size());
        more = any = true;
        break;
      }
  }
  if (!any) return std::nullopt;
  return sign * power;
}

/// How many bytes from the start of `text` a count takes whose thousands `mark` sets apart
/// (`1 374 327`, `1.082.990`): its first one to three digits and each group of three after a
/// mark, a group followed by no digit nor another mark of a number (`12 345.6`, `1.500,5`); 0
/// where no group follows.
size_t grouped_length(std::string_view text, char mark) {
  size_t lead = 0;
  while (lead < text.size() && ascii_digit(text[lead])) ++lead;
  if (lead == 0 || lead > 3 || text[0] == '0') return 0;
  auto group_at = [&](size_t at) {
    if (at + 4 > text.size() || text[at] != mark || !ascii_digit(text[at + 1]) || !ascii_digit(text[at + 2]) ||
        !ascii_digit(text[at + 3]))
      return false;
    char next = at + 4 < text.size() ? text[at + 4] : ' ';
    return !ascii_digit(next) && (next == mark || (next != '.' && next != ','));
  };
  size_t at = lead;
  while (group_at(at)) at += 4;
  return at == lead ? 0 : at;
}

/// The value of `written`, a count whose thousands `mark` sets apart and nothing more, read
/// whatever marks group its digits; none where it is not one.
std::optional<double> grouped_thousands(std::string_view written, char mark) {
  size_t length = grouped_length(written, mark);
  if (length == 0 || length != written.size()) return std::nullopt;
  double value = 0;
  for (char c : written)
    if (ascii_digit(c)) value = value * 10 + (c - '0');
  return value;
}

}  // namespace

// `10.6367`, `1.500.5`: no grouping; `1.281M`, `1.281 million`: a decimal before its magnitude.
std::optional<double> dotted_thousands(std::string_view written) { return grouped_thousands(written, '.'); }

size_t spaced_thousands_length(std::string_view text) { return grouped_length(text, ' '); }

std::optional<double> spaced_thousands(std::string_view written) { return grouped_thousands(written, ' '); }

double number_value(std::string_view text) {
  std::string digits;
  size_t i = 0;
  bool bare_power = match<g::bare_power>(text).has_value();
  if (bare_power) digits = "1";  // `10^{22}`: one, times the power read below
  for (; !bare_power && i < text.size(); ++i) {
    char c = text[i];
    if (ascii_digit(c) || c == '.' ||
        ((c == 'e' || c == 'E') && i + 1 < text.size() &&
         (ascii_digit(text[i + 1]) || text[i + 1] == '-' || text[i + 1] == '+')))
      digits += c;
    else if ((c == '-' || c == '+') && !digits.empty() && (digits.back() == 'e' || digits.back() == 'E'))
      digits += c;
    else if (c != ',')
      break;
  }
  double value = 0;  // stays 0 where the digits do not read, as strtod gave
  if (std::from_chars(digits.data(), digits.data() + digits.size(), value).ec == std::errc::result_out_of_range)
    value = std::strtod(digits.c_str(), nullptr);  // its infinity or 0, as before
  std::string_view rest = text.substr(i);
  if (auto power = superscript_power_after_ten(rest)) return value * std::pow(10.0, *power);
  if (size_t ten = rest.find("10^"); ten != std::string_view::npos) {
    std::string_view exponent = rest.substr(ten + 3);
    if (!exponent.empty() && exponent.front() == '{') exponent.remove_prefix(1);
    value *= std::pow(10.0, std::strtod(std::string(exponent.substr(0, 5)).c_str(), nullptr));
    return value;
  }
  std::string word = folded(rest);
  word.erase(0, std::min(word.size(), word.find_first_not_of(" -")));  // `1.5 billion`, `1.3-trillion`
  if (word.starts_with("k") || word.starts_with("thousand")) return value * 1e3;
  if (word.starts_with("m")) return value * 1e6;
  if (word.starts_with("b")) return value * 1e9;
  if (word.starts_with("t")) return value * 1e12;
  return value;
}

double count_value(std::string_view word) {
  static constexpr std::array<std::pair<std::string_view, double>, 30> kWords = {{
      {"one", 1}, {"single", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
      {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"eleven", 11}, {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40}, {"fifty", 50},
      {"sixty", 60}, {"seventy", 70}, {"eighty", 80}, {"ninety", 90}, {"dual", 2}, {"quad", 4}}};
  std::string w = folded(word);
  if (w == "a" || w == "an" || w.starts_with("a ")) return 1;
  // `thirty-two`, `thirty two`: the tens, then the units.
  if (size_t joint = w.find_first_of("- "); joint != std::string::npos && joint >= 5 && ascii_letter(w[0]))
    return count_value(std::string_view(w).substr(0, joint)) + count_value(std::string_view(w).substr(joint + 1));
  for (const auto& [name, value] : kWords)
    if (w == name) return value;
  return number_value(word);
}

double magnitude_scale(std::string_view word) {
  std::string w = folded(word);
  if (w.starts_with("thousand")) return 1e3;
  if (w.starts_with("million")) return 1e6;
  if (w.starts_with("billion") || w == "bn") return 1e9;
  if (w.starts_with("trillion")) return 1e12;
  return 1;
}

size_t before_number(std::string_view text, size_t unit_at) {
  size_t p = unit_at;
  while (p > 0 && (text[p - 1] == ' ' || text[p - 1] == '.' || text[p - 1] == ',' || ascii_digit(text[p - 1]))) --p;
  return p;
}

size_t past_spread(std::string_view text, size_t after) {
  size_t q = after;
  while (q < text.size() && text[q] == ' ') ++q;
  if (q >= text.size() || (text[q] != '+' && text[q] != '\xC2')) return after;  // most numbers: no `±` nor `+`
  size_t sign = 0;
  for (std::string_view plus_minus : {"±", "+/-", "+-"})
    if (text.substr(q).starts_with(plus_minus)) sign = plus_minus.size();
  if (sign == 0) return after;
  q += sign;
  while (q < text.size() && text[q] == ' ') ++q;
  auto spread = match<g::number_value>(text.substr(q));
  return spread ? q + *spread : after;
}

size_t past_restatement(std::string_view text, size_t after) {
  size_t q = after;
  while (q < text.size() && text[q] == ' ') ++q;
  if (q >= text.size() || text[q] != '(') return after;
  auto count = match<g::number>(text.substr(q + 1));
  if (!count || q + 1 + *count >= text.size()) return after;
  size_t close = q + 1 + *count;
  if (text[close] == '%' && close + 1 < text.size()) ++close;  // `46893 (75%) samples`: its share, not a restatement
  return text[close] == ')' ? close + 1 : after;
}

bool in_bracketed_sizes(std::string_view text, size_t p, size_t after) {
  constexpr size_t kMostBytes = 64;  // a few sizes
  auto listed = [](char c) { return ascii_digit(c) || c == '.' || c == ',' || c == ' ' || c == 'M' || c == 'B'; };
  size_t open = p, close = after;
  while (open > 0 && p - open < kMostBytes && listed(text[open - 1])) --open;
  while (close < text.size() && close - after < kMostBytes && listed(text[close])) ++close;
  if (open == 0 || text[open - 1] != '(' || close == text.size() || text[close] != ')') return false;
  // A list is of models' sizes after their name or models (`the CodeGen models (350M, 2B)`), not after
  // a setting's (`the training set size (1M, 10M, 100M)`).
  std::string_view inside = text.substr(open, close - open);
  if (inside.find(',') != std::string_view::npos) {
    size_t end = open - 1;
    while (end > 0 && text[end - 1] == ' ') --end;
    size_t start = end;
    while (start > 0 && end - start < kMostBytes && (ascii_alnum(text[start - 1]) || text[start - 1] == '-')) --start;
    std::string_view name = text.substr(start, end - start);
    bool capital = std::any_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    bool models = false;
    for (std::string_view word : {"models", "model", "sizes", "variants", "checkpoints", "parameters", "params"})
      models = models || same_folded(name, word);
    if (!capital && !models) return false;
  }
  while (!inside.empty()) {
    size_t comma = std::min(inside.find(','), inside.size());
    std::string_view member = inside.substr(0, comma);
    while (!member.empty() && member.front() == ' ') member.remove_prefix(1);
    while (!member.empty() && member.back() == ' ') member.remove_suffix(1);
    auto number = match<g::number>(member);
    if (!number || *number != member.size() || (member.back() != 'M' && member.back() != 'B') ||
        number_value(member) < 1e6)
      return false;
    inside.remove_prefix(std::min(comma + 1, inside.size()));
  }
  return true;
}

double number_or_range(std::string_view text) {
  auto first = match<g::number>(text);
  if (!first) return number_value(text);
  double low = number_value(text.substr(0, *first));
  std::string_view rest = text.substr(*first);
  auto sign_end = match<g::range_end>(rest);
  if (!sign_end) sign_end = match<g::between_end>(rest);
  if (!sign_end) return low;
  size_t second = rest.find_first_of("0123456789", 1);
  std::string_view high_text = rest.substr(second, *sign_end - second);
  double high = number_value(high_text);
  // `7-15M`, `100-200 million`: a magnitude only the high end writes is the low end's too.
  auto digits = [](std::string_view number) { return match<g::number_value>(number).value_or(0); };
  bool low_bare = digits(text) == *first, high_scaled = digits(high_text) < high_text.size();
  if (low_bare && high_scaled) {
    double magnitude = high / number_value(high_text.substr(0, digits(high_text)));
    if (std::isfinite(magnitude) && low * magnitude <= high) low *= magnitude;
  }
  return (low + high) / 2;
}

double hms_seconds(std::string_view text) {
  double seconds = 0;
  size_t start = 0;
  for (int part = 0; part < 3; ++part) {
    size_t end = part < 2 ? text.find(':', start) : text.size();
    double value = 0, scale = 0;
    for (char c : text.substr(start, end - start)) {
      if (c == '.') scale = 1;
      else if (scale > 0) scale /= 10, value += (c - '0') * scale;
      else value = value * 10 + (c - '0');
    }
    seconds = seconds * 60 + value;
    start = end + 1;
  }
  return seconds;
}

double clock_seconds(std::string_view text) {
  double seconds = 0, value = 0;
  for (char c : text) {
    if (ascii_digit(c)) value = value * 10 + (c - '0');
    else if (c == 'd' || c == 'h' || c == 'm' || c == 's')
      seconds += value * (c == 'd' ? 86400 : c == 'h' ? 3600 : c == 'm' ? 60 : 1), value = 0;
  }
  return seconds;
}

}  // namespace costlint::extract
