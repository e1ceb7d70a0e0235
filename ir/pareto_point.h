#pragma once
// A point of a Pareto plot: a system's score on one benchmark and the resources
// it took, one value per axis when known. Reference points (corpus/benchmarks,
// `--reference`) and the manifest's own systems are both read into this type, so
// that the frontier, the placement and the trend know nothing of where points
// come from.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ir/interval.h"
#include "ir/dimension.h"

namespace costlint {

/// The resources a score can be read against, each minimised.
enum class ResourceAxis {
  Parameters, WeightsMemory, TrainingCompute, TrainingEnergy, InferenceCompute, InferenceEnergy
};
inline constexpr size_t kResourceAxisCount = 6;
inline constexpr ResourceAxis kResourceAxes[] = {
    ResourceAxis::Parameters,      ResourceAxis::WeightsMemory,    ResourceAxis::TrainingCompute,
    ResourceAxis::TrainingEnergy,  ResourceAxis::InferenceCompute, ResourceAxis::InferenceEnergy};

std::string_view resource_axis_name(ResourceAxis axis);  ///< "training compute"
std::string_view resource_axis_key(ResourceAxis axis);   ///< "training_compute"
std::string_view fewer_word(ResourceAxis axis);          ///< "fewer" parameters, "less" of the others
/// The canonical unit of the axis's values: count, B, FLOP, J, FLOP/item, J/item.
Dimension resource_axis_dimension(ResourceAxis axis);

/// One resource value; an estimate is marked and carries its interval.
struct Coordinate {
  double value = 0;
  bool estimated = false;
  std::optional<Interval> interval;  ///< only for estimates: where the value may lie

  static Coordinate exact(double value) { return {value, false, std::nullopt}; }
};

enum class Better { Higher, Lower };

struct ParetoPoint {
  std::string label;
  std::optional<int> year;  ///< when it was published, for comparing a paper with its time
  double score = 0;
  std::optional<Interval> score_range;  ///< where the score may lie, from its `±`
  std::array<std::optional<Coordinate>, kResourceAxisCount> resources;

  const std::optional<Coordinate>& operator[](ResourceAxis axis) const {
    return resources[static_cast<size_t>(axis)];
  }
  std::optional<Coordinate>& operator[](ResourceAxis axis) {
    return resources[static_cast<size_t>(axis)];
  }
};

/// The reference points of one benchmark, as the score stage reads them.
struct ReferenceSet {
  std::string benchmark;  ///< the corpus key, or the manifest's benchmark name
  std::string metric;     ///< "top-1 accuracy"; may be empty
  Better better = Better::Higher;
  std::vector<ParetoPoint> points;
};

}  // namespace costlint
