#include "corpus/reference_data.h"

#include <stdexcept>

#include "corpus/embedded_corpus.h"
#include "corpus/profile.h"

namespace costlint {

std::optional<ReferenceData> load_reference_data(const std::string& data_dir, std::string* error) {
  auto hardware = HardwareCatalog::load(data_dir, error);
  auto grid = hardware ? GridCatalog::load(data_dir, error) : std::nullopt;
  if (!grid) return std::nullopt;
  for (std::string_view name : profile_names())
    if (!load_profile(name, data_dir, error)) return std::nullopt;
  std::optional<std::string> text = corpus_file("models.csv", data_dir);
  if (!text) {
    *error = "no models.csv";
    return std::nullopt;
  }
  CsvError table_error;
  auto models = parse_model_table(*text, "models.csv", &table_error);
  if (!models) {
    *error = table_error.located();
    return std::nullopt;
  }
  auto benchmarks = BenchmarkCatalog::load(data_dir, error);
  if (!benchmarks) return std::nullopt;
  return ReferenceData{std::move(*hardware), std::move(*grid), std::move(*models),
                       std::move(*benchmarks), data_dir};
}

const ReferenceData& embedded_reference() {
  static const ReferenceData reference = [] {
    std::string error;
    std::optional<ReferenceData> data = load_reference_data("", &error);
    // Compiled in and tested: a broken corpus is a bug of the build, not an input error.
    if (!data) throw std::logic_error("the embedded corpus is broken: " + error);
    return std::move(*data);
  }();
  return reference;
}

}  // namespace costlint
