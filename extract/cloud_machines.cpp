// Machines named by what they are rather than by their devices: a cloud's, by
// their type (`an Amazon EC2 c3.8xlarge instance`, `4 p3.16xlarge instances`,
// `a single a2-highgpu-8g VM`), or one by its cores (`a 32-core machine`). The
// hardware catalog knows devices, not these; the name as written is the model.

#include "extract/device_phrases.h"

#include <string>

#include "extract/cost_grammar.h"
#include "extract/number_text.h"
#include "ir/text_case.h"

namespace costlint::extract {

namespace g = cost_grammar;

namespace {

/// The words that may follow a machine's type: the machine, once or more.
struct MachineWord {
  std::string_view singular, plural;
};
constexpr MachineWord kMachineWords[] = {
    {" instance", " instances"}, {" vm", " vms"}, {" machine", " machines"}, {" node", " nodes"}, {" server", " servers"}};

/// Whether `word` ends at `at` in `next` (`instance`, not `instanced`).
bool ends_at(std::string_view next, size_t at) { return at >= next.size() || !ascii_letter(next[at]); }

/// How far into a word a machine's type shows its `.`, `-` or `_` (`Standard_NC24ads_A100_v4`).
constexpr size_t kMaxTypeBytes = 24;

/// Whether `next`, the text after a count, may name a machine: a provider's or Markdown's mark
/// first, digits (`32-core`), or a word in lower case with a type's `.` or `-` in it (most
/// counts are of words that are neither: `a model`, `two days`).
bool may_name_a_machine(std::string_view next) {
  if (next.empty()) return false;
  char first = next.front();
  if (ascii_digit(first) || first == '`' || first == '*' || (first >= 'A' && first <= 'Z')) return true;
  if (!(first >= 'a' && first <= 'z')) return false;
  size_t word_end = next.find(' ');
  std::string_view word = next.substr(0, word_end);
  return word.find_first_of(".-") != std::string_view::npos;
}

/// How far after a machine the devices it holds may be named.
constexpr size_t kMaxHeldReach = 40;

/// Whether the machine ending at `end` holds devices named after it (`a 32-core server with 4
/// A100s`, not `with around 60GB of memory`): then it is their host, no device of its own.
bool hosts_devices(std::string_view text, size_t end) {
  std::string after = folded(text.substr(end, kMaxHeldReach));
  if (!after.starts_with(" with ")) return false;
  if (size_t stop = after.find_first_of(".;,"); stop != std::string::npos) after.erase(stop);
  return after.find("gpu") != std::string::npos || after.find("tpu") != std::string::npos ||
         after.find("a100") != std::string::npos || after.find("v100") != std::string::npos ||
         after.find("h100") != std::string::npos;
}

/// The type without Markdown's marks (`**g4dn.metal**`).
std::string unmarked(std::string_view written) {
  std::string name;
  for (char c : written)
    if (c != '`' && c != '*') name += c;
  return name;
}

}  // namespace

std::optional<DevicePhrase> DevicePhrases::cloud_machine_at(size_t p, size_t count_length) const {
  size_t q = p + count_length;
  auto space = match<g::gap>(text_.substr(q));
  if (!space || *space == 0) return std::nullopt;
  q += *space;
  if (!may_name_a_machine(text_.substr(q, kMaxTypeBytes))) return std::nullopt;  // `a model`, `two days`
  double machines = count_value(text_.substr(p, count_length));
  auto machine = match<g::cloud_machine>(text_.substr(q));
  if (!machine) {
    // `a 32-core machine`: one machine, named by its cores; not `an A6000 in a 24 core machine`, the
    // host of the devices named.
    auto cores = match<g::cores_machine>(text_.substr(q));
    if (!cores || machines != 1 || !ascii_letter(text_[p])) return std::nullopt;
    if (p >= 3 && same_folded(text_.substr(p - 3, 3), "in ")) return std::nullopt;
    if (hosts_devices(text_, q + *cores)) return std::nullopt;
    size_t end = q + *cores;
    if (not_in_use(p, end)) return DevicePhrase{end, std::nullopt, ""};
    return DevicePhrase{end, DeviceMention{1, std::string(text_.substr(q, *cores))}, std::string(text_.substr(p, end - p))};
  }
  size_t end = q + *machine;
  if (machines < 1 || machines > 1e5 || machines != static_cast<long>(machines)) return std::nullopt;
  // More than one is counted in the plural (`4 p3.16xlarge instances`): `2 n1-standard-8` alone may be
  // anything's count.
  std::string next = folded(text_.substr(end, 12));
  bool plural = false;
  for (const MachineWord& word : kMachineWords) {
    if (next.starts_with(word.plural) && ends_at(next, word.plural.size())) {
      plural = true, end += word.plural.size();
      break;
    }
    if (next.starts_with(word.singular) && ends_at(next, word.singular.size())) {
      end += word.singular.size();
      break;
    }
  }
  if (machines > 1 && !plural) return std::nullopt;
  if (not_in_use(p, end)) return DevicePhrase{end, std::nullopt, ""};
  std::string model = unmarked(text_.substr(q, *machine));
  return DevicePhrase{end, DeviceMention{machines, model}, std::string(text_.substr(p, end - p))};
}

}  // namespace costlint::extract
