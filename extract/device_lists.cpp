// Counts of a list whose last member names the device: `with 1 and 2 GPUs`,
// `2x and 4x B200`, `on 1, 2, 4 and 8 GPUs`. Each member counts that device.
// A list of devices grows (a scaling study's); one that does not (`a batch of
// 32 and 8 GPUs`) is no list of them.

#include <array>
#include <string_view>

#include "extract/cost_grammar.h"
#include "extract/device_phrases.h"
#include "extract/number_text.h"
#include "extract/prose_cues.h"
#include "extract/unit_phrase.h"
#include "ir/text_case.h"

namespace costlint::extract {
namespace {

namespace g = cost_grammar;

/// How many members a list may have after the first.
constexpr int kMaxListedCounts = 6;

/// The end of the count at `p` of `text` (digits, then `x` or `×` if `times`), or `p`.
size_t past_count(std::string_view text, size_t p, bool times) {
  size_t q = p;
  while (q < text.size() && ascii_digit(text[q])) ++q;
  if (q == p || !times) return q;
  if (q < text.size() && text[q] == 'x') return q + 1;
  if (text.substr(q).starts_with("×")) return q + std::string_view("×").size();
  return p;
}

/// Past `, `, ` and `, ` or ` or `, and ` at `q`, or `q`.
size_t past_joint(std::string_view text, size_t q) {
  static constexpr std::array<std::string_view, 5> kJoints = {", and ", ", or ", ", ", " and ", " or "};
  for (std::string_view joint : kJoints)
    if (text.substr(q).starts_with(joint)) return q + joint.size();
  return q;
}

/// Whether a time follows the device phrase ending at `end` (`1 and 2 GPU-days`): a list of
/// device-times, whose unit is read as one (`GPU-days`).
bool time_follows(std::string_view text, size_t end) {
  while (end < text.size() && (text[end] == ' ' || text[end] == '-')) ++end;
  auto word = match<g::unit_word>(text.substr(end));
  auto unit = word ? read_unit(text.substr(end, *word)) : std::nullopt;
  return unit && unit->figure == FigureKind::Duration;
}

/// Whether a count's magnitude in words follows `end` (`5 and 8 thousand GPU hours`).
bool magnitude_follows(std::string_view text, size_t end) {
  return end < text.size() && text[end] == ' ' && match<g::magnitude_word>(text.substr(end + 1)).has_value();
}

}  // namespace

std::optional<DevicePhrase> DevicePhrases::listed_at(size_t p) const {
  size_t digits_end = past_count(text_, p, false);
  if (digits_end == p || digits_end - p > 5) return std::nullopt;
  bool times = digits_end < text_.size() && (text_[digits_end] == 'x' || text_.substr(digits_end).starts_with("×"));
  size_t end = past_count(text_, p, times);
  if (past_joint(text_, end) == end || batch_before(text_, p)) return std::nullopt;
  double first = number_value(text_.substr(p, digits_end - p)), last = first;
  if (first < 1) return std::nullopt;  // `0, 1 and 2 GPUs`: no device counts none
  size_t q = end;
  for (int member = 0; member < kMaxListedCounts; ++member) {
    size_t next = past_joint(text_, q);
    if (next == q) return std::nullopt;
    size_t next_digits = past_count(text_, next, false);
    size_t next_end = past_count(text_, next, times);
    if (next_digits == next || next_end == next || next_digits - next > 5) return std::nullopt;
    double count = number_value(text_.substr(next, next_digits - next));
    if (count <= last) return std::nullopt;
    last = count;
    if (magnitude_follows(text_, next_digits)) return std::nullopt;
    if (auto found = counted_at(next)) {
      if (!found->device || found->device->count != count || time_follows(text_, found->end)) return std::nullopt;
      return DevicePhrase{end, DeviceMention{first, found->device->model}, found->written};
    }
    q = next_end;
  }
  return std::nullopt;
}

}  // namespace costlint::extract
