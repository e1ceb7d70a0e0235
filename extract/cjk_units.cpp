#include "extract/cjk_units.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace costlint::extract {

namespace {

struct Reading {
  std::string_view chinese, english;
  bool before_a_name;  ///< a measure word: only before a name in Latin letters (`8 张 A100`)
  bool counts = false;  ///< its own count (`单卡`, a single card): after no number
};

// Longest first where one starts another (`个小时` before `个`).
constexpr Reading kReadings[] = {
    // Durations.
    {"个小时", " hours", false},
    {"小时", " hours", false},
    {"分钟", " minutes", false},
    {"个月", " months", false},
    {"秒", " seconds", false},
    {"天", " days", false},
    {"周", " weeks", false},
    // Magnitudes, joined to their number (`1.5万` as `1.5e4`).
    {"万", "e4", false},
    {"亿", "e8", false},
    // Cards, parameters, data.
    {"卡", " GPUs", false},
    {"参数", " parameters", false},
    {"个样本", " samples", false},
    {"条样本", " samples", false},
    {"样本", " samples", false},
    {"张图片", " images", false},
    {"张图像", " images", false},
    {"篇文章", " articles", false},
    {"篇论文", " papers", false},
    // Measure words before a device's name.
    {"张", " ", true},
    {"块", " ", true},
    {"台", " ", true},
    {"个", " ", true},
    // Their own count: a single card.
    {"单卡", " a single GPU", false, true},
    {"单张", " a single ", true, true},
    {"单块", " a single ", true, true},
};

/// Words a unit starts but is no unit in (`周期`, a period or an epoch; `卡车`, a truck).
constexpr std::string_view kLongerWords[] = {"周期", "周年", "卡车", "卡尔", "卡片", "天线", "天然", "天气", "秒杀"};

/// What the readings that count themselves start with (`单卡`, a single card).
constexpr std::string_view kSingle = "单";

bool digit(char c) { return c >= '0' && c <= '9'; }
bool latin(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

/// Whether a number ends just before `at`, spaces apart (`3 天`, `1.5万`, `50k篇文章`).
bool number_before(std::string_view text, size_t at) {
  size_t p = at;
  while (p > 0 && text[p - 1] == ' ') --p;
  // `70亿参数`, `1.5 万张`: after a magnitude, itself after a number.
  for (std::string_view magnitude : {"万", "亿"})
    if (text.substr(0, p).ends_with(magnitude)) {
      size_t q = p - magnitude.size();
      while (q > 0 && text[q - 1] == ' ') --q;
      if (q > 0 && digit(text[q - 1])) return true;
    }
  if (p == 0) return false;
  char before = text[p - 1];
  // `50k篇文章`: a magnitude's letter after the number.
  return digit(before) || ((before == 'k' || before == 'K' || before == 'M') && p >= 2 && digit(text[p - 2]));
}

/// Whether a letter ends just before `at` (`GPU小时`: hours after a unit in Latin letters).
bool latin_before(std::string_view text, size_t at) { return at > 0 && latin(text[at - 1]); }

/// Whether `reading` may stand where it does: after a number, or `小时` after a unit.
bool after_its_count(std::string_view text, size_t at, const Reading& reading) {
  return reading.counts || number_before(text, at) || (reading.english == " hours" && latin_before(text, at));
}

/// Whether the digits before `at` are a GeForce card's number, not a count (`3090卡`, `4090卡`):
/// four digits, the last a zero after a 6 to 9 (`1024卡` and `2048卡` count cards).
bool card_model_before(std::string_view text, size_t at) {
  size_t start = at;
  while (start > 0 && digit(text[start - 1])) --start;
  return at - start == 4 && text[at - 1] == '0' && text[at - 2] >= '6' && text[at - 2] <= '9';
}

/// Whether a name in Latin letters follows `at`, spaces apart (`A100`, `RTX 4090`).
bool name_follows(std::string_view text, size_t at) {
  while (at < text.size() && text[at] == ' ') ++at;
  return at < text.size() && latin(text[at]);
}

/// The first byte at or after `at` that leads a character from U+4000 to U+7FFF (every
/// reading's first is one); the text's size if none.
size_t next_lead(std::string_view text, size_t at) {
  constexpr uint64_t kHighBits = 0x8080808080808080ULL;
  while (at < text.size()) {
    // Most text is ASCII: eight bytes at a time, past those without a high bit.
    uint64_t word = 0;
    if (at + sizeof word <= text.size()) {
      std::memcpy(&word, text.data() + at, sizeof word);
      if ((word & kHighBits) == 0) {
        at += sizeof word;
        continue;
      }
    }
    auto byte = static_cast<unsigned char>(text[at]);
    if (byte >= 0xE4 && byte <= 0xE7) return at;
    ++at;
  }
  return text.size();
}

}  // namespace

std::optional<CjkUnit> next_cjk_unit(std::string_view text, size_t from) {
  for (size_t at = from; at < text.size(); ++at) {
    at = next_lead(text, at);
    if (at == text.size()) break;
    // Most characters follow no number and start no reading that counts (`单卡`): one test each.
    if (!text.substr(at).starts_with(kSingle) && !number_before(text, at) && !latin_before(text, at)) continue;
    std::string_view here = text.substr(at);
    if (std::any_of(std::begin(kLongerWords), std::end(kLongerWords),
                    [&](std::string_view word) { return here.starts_with(word); }))
      continue;
    for (const Reading& reading : kReadings) {
      if (!here.starts_with(reading.chinese) || !after_its_count(text, at, reading)) continue;
      size_t end = at + reading.chinese.size();
      if (reading.before_a_name && !name_follows(text, end)) continue;
      if (reading.english == " GPUs" && card_model_before(text, at)) continue;
      std::string_view english = reading.english;
      size_t begin = at;
      if (english.starts_with('e'))  // `1.5 万`: a magnitude joins its number
        while (begin > 0 && text[begin - 1] == ' ') --begin;
      else if (at > 0 && text[at - 1] == ' ' && english.starts_with(' '))
        english.remove_prefix(1);  // one space
      return CjkUnit{begin, end, english};
    }
  }
  return std::nullopt;
}

}  // namespace costlint::extract
