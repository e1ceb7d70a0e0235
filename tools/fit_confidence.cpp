// Fits the confidence model of extract/confidence_model.h on the annotated
// papers of tests/extract/, and measures it held out by folder.
//
//   tests/extract/label.py build/costlint tests/extract/*/ > labelled.jsonl
//   build/fit_confidence labelled.jsonl > corpus/extract_confidence.csv
//   build/fit_confidence --hold-out labelled.jsonl
//
// Each line of the input is a statement `costlint extract --format json
// --min-confidence 0` found, with `folder` and `label` (right, false or
// optional, as score.py matches it), or a statement the folder expects
// (`label: expected`). The model is a logistic regression with an
// L2 penalty of 1 (the intercept unpenalised) over the features seen at least
// three times, fitted by full-batch AdaGrad: the same input gives the same bytes.

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "extract/confidence_model.h"
#include "extract/extractor.h"
#include "extract/statement_features.h"

namespace {

using costlint::extract::ConfidenceModel;
using costlint::extract::CostStatement;
using costlint::extract::FigureKind;

constexpr int kMinCount = 3;
constexpr int kIterations = 400;
constexpr double kStep = 0.5;
constexpr double kPenalty = 1.0;

struct Example {
  std::vector<int> features;  ///< indices into the model's weights; the intercept is apart
  bool right = false;
};

FigureKind figure_of(const std::string& name) {
  constexpr FigureKind kLast = FigureKind::Cost;  // the enum's last
  for (int k = 0; k <= static_cast<int>(kLast); ++k)
    if (costlint::extract::figure_name(static_cast<FigureKind>(k)) == name) return static_cast<FigureKind>(k);
  throw std::runtime_error("unknown figure `" + name + "`");
}

/// The statement as extract found it, from the fields of its JSON.
CostStatement statement_of(const nlohmann::json& j) {
  CostStatement s{};
  s.figure = figure_of(j.at("figure").get<std::string>());
  s.value = j.at("value").get<double>();
  s.unit = j.at("unit").get<std::string>();
  s.approximate = j.at("approximate").get<bool>();
  s.text = j.at("text").get<std::string>();
  s.text_at = j.at("text_at").get<uint32_t>();
  s.file = j.at("file").get<std::string>();
  if (j.contains("system")) s.row_label = j.at("system").get<std::string>();
  if (j.contains("device")) {
    const auto& count = j.at("device").at("count");
    s.device = costlint::extract::DeviceMention{
        count.is_null() ? std::nullopt : std::optional<double>(count.get<double>()),
        j.at("device").at("model").get<std::string>()};
  }
  return s;
}

struct Labelled {
  std::vector<CostStatement> statements;
  std::vector<std::vector<std::string>> features;  ///< each statement's, made once for every fit
  std::vector<std::string> folders;
  std::vector<bool> right;
  std::map<std::string, int> expected;            ///< scored expectations per folder
  std::map<std::string, int> expected_by_figure;  ///< and per figure, over all folders
};

Labelled read_labelled(std::istream& in) {
  Labelled data;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line);
    std::string label = j.at("label").get<std::string>();
    std::string folder = j.at("folder").get<std::string>();
    if (label == "expected") {
      ++data.expected[folder];
      ++data.expected_by_figure[j.at("figure").get<std::string>()];
    } else if (label == "right" || label == "false") {
      data.statements.push_back(statement_of(j));
      data.features.push_back(costlint::extract::statement_features(data.statements.back()));
      data.folders.push_back(folder);
      data.right.push_back(label == "right");
    }
  }
  return data;
}

/// The model fitted on the examples `use` admits, as corpus/extract_confidence.csv writes it.
template <typename Use>
std::string fit(const Labelled& data, Use use) {
  std::map<std::string, int> counts;
  for (size_t i = 0; i < data.features.size(); ++i)
    if (use(i))
      for (const std::string& f : data.features[i]) ++counts[f];
  std::vector<std::string> names;
  std::unordered_map<std::string, int> index;
  for (const auto& [name, count] : counts)
    if (count >= kMinCount) {
      index[name] = static_cast<int>(names.size());
      names.push_back(name);
    }
  std::vector<Example> examples;
  for (size_t i = 0; i < data.features.size(); ++i) {
    if (!use(i)) continue;
    Example e{{}, data.right[i]};
    for (const std::string& f : data.features[i])
      if (auto it = index.find(f); it != index.end()) e.features.push_back(it->second);
    examples.push_back(std::move(e));
  }
  std::vector<double> w(names.size() + 1, 0.0), squares(names.size() + 1, 0.0);
  const size_t bias = names.size();
  for (int iteration = 0; iteration < kIterations; ++iteration) {
    std::vector<double> gradient(w.size(), 0.0);
    for (const Example& e : examples) {
      double sum = w[bias];
      for (int f : e.features) sum += w[f];
      double error = 1 / (1 + std::exp(-sum)) - (e.right ? 1.0 : 0.0);
      gradient[bias] += error;
      for (int f : e.features) gradient[f] += error;
    }
    for (size_t f = 0; f < bias; ++f) gradient[f] += kPenalty * w[f];
    for (size_t f = 0; f < w.size(); ++f) {
      squares[f] += gradient[f] * gradient[f];
      if (squares[f] > 0) w[f] -= kStep * gradient[f] / std::sqrt(squares[f]);
    }
  }
  std::string csv = fmt::format("feature,weight\nbias,{:.4f}\n", w[bias]);
  for (size_t f = 0; f < names.size(); ++f)  // names are sorted, as counts' keys
    if (std::fabs(w[f]) >= 0.0005) csv += fmt::format("{},{:.4f}\n", names[f], w[f]);
  return csv;
}

/// Each folder scored by the model fitted on all the others: what was found
/// and kept, and recall and precision without the model and with it, per
/// folder, pooled, and per figure pooled; then how often a statement weighed
/// in each tenth of (0, 1) is right (the model's calibration, held out).
void hold_out(const Labelled& data) {
  std::set<std::string> folders(data.folders.begin(), data.folders.end());
  struct Tally { int expected = 0, found = 0, right = 0, kept = 0, kept_right = 0; };
  auto ratio = [](int a, int b) { return b ? static_cast<double>(a) / b : 0.0; };
  auto print = [&](const std::string& name, const Tally& t) {
    std::printf("%-14s %8d %7d %7d %7d %7d %10.3f %10.3f %10.3f %10.3f\n", name.c_str(), t.expected, t.found, t.right,
                t.kept, t.kept_right, ratio(t.right, t.expected), ratio(t.right, t.found),
                ratio(t.kept_right, t.expected), ratio(t.kept_right, t.kept));
  };
  Tally all;
  std::map<std::string, Tally> by_figure;
  std::array<std::pair<int, int>, 10> tenths{};  ///< statements weighed in each tenth, and those right
  for (const auto& [figure, expected] : data.expected_by_figure) by_figure[figure].expected = expected;
  std::printf("%-14s %8s %7s %7s %7s %7s %10s %10s %10s %10s\n", "folder", "expected", "found", "right", "kept",
              "right", "recall", "precision", "recall", "precision");
  for (const std::string& folder : folders) {
    // Weighed by the model as extract reads it, its weights rounded as written.
    std::optional<ConfidenceModel> model =
        ConfidenceModel::parse(fit(data, [&](size_t i) { return data.folders[i] != folder; }), nullptr);
    Tally t;
    t.expected = data.expected.count(folder) ? data.expected.at(folder) : 0;
    for (size_t i = 0; i < data.features.size(); ++i) {
      if (data.folders[i] != folder) continue;
      double confidence = model->confidence(data.statements[i]);
      bool kept = confidence >= costlint::extract::kMinConfidence;
      auto& tenth = tenths[std::min(9, static_cast<int>(confidence * 10))];
      tenth.first += 1;
      tenth.second += data.right[i];
      t.found += 1;
      t.right += data.right[i];
      t.kept += kept;
      t.kept_right += kept && data.right[i];
      Tally& f = by_figure[std::string(costlint::extract::figure_name(data.statements[i].figure))];
      f.found += 1;
      f.right += data.right[i];
      f.kept += kept;
      f.kept_right += kept && data.right[i];
    }
    print(folder, t);
    all.expected += t.expected;
    all.found += t.found;
    all.right += t.right;
    all.kept += t.kept;
    all.kept_right += t.kept_right;
  }
  print("all", all);
  for (const auto& [figure, t] : by_figure) print(figure, t);
  std::printf("\n%-14s %8s %7s %10s\n", "weighed", "found", "right", "share");
  for (size_t k = 0; k < tenths.size(); ++k)
    std::printf("%.1f-%.1f %13d %7d %10.3f\n", k / 10.0, (k + 1) / 10.0, tenths[k].first, tenths[k].second,
                ratio(tenths[k].second, tenths[k].first));
}

}  // namespace

int main(int argc, char** argv) {
  bool held_out = argc == 3 && std::string(argv[1]) == "--hold-out";
  if (argc != 2 && !held_out) {
    std::fprintf(stderr, "usage: fit_confidence [--hold-out] LABELLED.jsonl\n");
    return 2;
  }
  std::ifstream in(argv[argc - 1]);
  if (!in) {
    std::fprintf(stderr, "fit_confidence: cannot read %s\n", argv[argc - 1]);
    return 2;
  }
  try {
    Labelled data = read_labelled(in);
    if (held_out)
      hold_out(data);
    else
      std::fputs(fit(data, [](size_t) { return true; }).c_str(), stdout);
  } catch (const std::exception& e) {  // a line that is not a labelled statement
    std::fprintf(stderr, "fit_confidence: %s: %s\n", argv[argc - 1], e.what());
    return 1;
  }
  return 0;
}
