#include "extract/confidence_model.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <future>

#include "corpus/embedded_corpus.h"
#include "extract/statement_features.h"

namespace costlint::extract {
namespace {

constexpr uint64_t kFnvOffset = 14695981039346656037ull;

/// FNV-1a over `bytes`, continued from `hash`: a feature hashed whole or as
/// its kind then its value gives one hash.
uint64_t fnv1a(uint64_t hash, std::string_view bytes) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  return hash;
}

uint64_t slot_key(uint64_t hash) { return hash ? hash : 1; }  // 0 marks an empty slot

}  // namespace

void ConfidenceModel::add(uint64_t hash, double weight) {
  hash = slot_key(hash);
  size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].hash && slots_[i].hash != hash) i = (i + 1) & mask;
  slots_[i].hash = hash;
  slots_[i].weight += weight;
}

double ConfidenceModel::weight_of(uint64_t hash) const {
  if (slots_.empty()) return 0;
  hash = slot_key(hash);
  size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask; slots_[i].hash; i = (i + 1) & mask)
    if (slots_[i].hash == hash) return slots_[i].weight;
  return 0;
}

// Read here rather than by ir/csv_table.h: its rows of copied fields cost 11 M
// instructions more for the model's 7,800 rows, at the start of every extract
// (3 ms of its 50 ms target). The file is ours, two columns without quotes.
std::optional<ConfidenceModel> ConfidenceModel::parse(std::string_view csv, std::string* error) {
  ConfidenceModel model;
  size_t rows = static_cast<size_t>(std::count(csv.begin(), csv.end(), '\n')) + 1;
  model.slots_.resize(std::bit_ceil(2 * rows));
  size_t line_number = 0;
  while (!csv.empty()) {
    size_t end = csv.find('\n');
    std::string_view line = csv.substr(0, end);
    if (line.ends_with('\r')) line.remove_suffix(1);
    csv = end == std::string_view::npos ? std::string_view() : csv.substr(end + 1);
    if (++line_number == 1 || line.empty()) continue;  // the header
    size_t comma = line.rfind(',');
    double weight = 0;
    auto [rest, status] = comma == std::string_view::npos
                              ? std::from_chars_result{nullptr, std::errc::invalid_argument}
                              : std::from_chars(line.data() + comma + 1, line.data() + line.size(), weight);
    if (status != std::errc() || rest != line.data() + line.size() || !std::isfinite(weight)) {
      if (error) *error = "line " + std::to_string(line_number) + ": expected `feature,weight`";
      return std::nullopt;
    }
    std::string_view feature = line.substr(0, comma);
    if (feature == "bias")
      model.bias_ = weight;
    else
      model.add(fnv1a(kFnvOffset, feature), weight);
  }
  return model;
}

const ConfidenceModel& ConfidenceModel::embedded() {
  // A model that does not parse weighs every statement 0.5, which the default
  // least confidence keeps; a test parses the one compiled in.
  static const ConfidenceModel model =
      parse(corpus_file("extract_confidence.csv").value_or(""), nullptr).value_or(ConfidenceModel());
  return model;
}

double ConfidenceModel::confidence(const CostStatement& statement) const {
  double sum = bias_;
  visit_features(statement, [&](std::string_view kind, std::string_view value) {
    sum += weight_of(fnv1a(fnv1a(kFnvOffset, kind), value));
  });
  return 1 / (1 + std::exp(-sum));
}

void ConfidenceModel::weigh(std::vector<CostStatement>& statements) const {
  auto weigh_range = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) statements[i].confidence = confidence(statements[i]);
  };
  // A statement takes about 12,000 instructions to weigh (cachegrind, the 2 MB
  // paper): 512 of them a few milliseconds, far more than a thread's start.
  constexpr size_t kWorthAThread = 512;
  // A thread that cannot start is run where its result is awaited (`deferred`), as in text_scan.cpp.
  auto policy = statements.size() >= kWorthAThread ? std::launch::async | std::launch::deferred
                                                   : std::launch::deferred;
  size_t half = statements.size() / 2;
  std::future<void> first = std::async(policy, weigh_range, 0, half);
  weigh_range(half, statements.size());
  first.get();
}

}  // namespace costlint::extract

