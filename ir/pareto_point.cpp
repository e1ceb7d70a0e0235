#include "ir/pareto_point.h"

namespace costlint {

std::string_view resource_axis_name(ResourceAxis axis) {
  switch (axis) {
    case ResourceAxis::Parameters: return "parameters";
    case ResourceAxis::WeightsMemory: return "weights memory";
    case ResourceAxis::TrainingCompute: return "training compute";
    case ResourceAxis::TrainingEnergy: return "training energy";
    case ResourceAxis::InferenceCompute: return "inference compute";
    case ResourceAxis::InferenceEnergy: return "inference energy";
  }
  return "";
}

std::string_view resource_axis_key(ResourceAxis axis) {
  switch (axis) {
    case ResourceAxis::Parameters: return "parameters";
    case ResourceAxis::WeightsMemory: return "weights_memory";
    case ResourceAxis::TrainingCompute: return "training_compute";
    case ResourceAxis::TrainingEnergy: return "training_energy";
    case ResourceAxis::InferenceCompute: return "inference_compute";
    case ResourceAxis::InferenceEnergy: return "inference_energy";
  }
  return "";
}

Dimension resource_axis_dimension(ResourceAxis axis) {
  switch (axis) {
    case ResourceAxis::Parameters: return dim::count;
    case ResourceAxis::WeightsMemory: return dim::bytes;
    case ResourceAxis::TrainingCompute: return dim::flop;
    case ResourceAxis::TrainingEnergy: return dim::energy;
    case ResourceAxis::InferenceCompute: return dim::flop / dim::item;
    case ResourceAxis::InferenceEnergy: return dim::energy / dim::item;
  }
  return dim::count;
}

std::string_view fewer_word(ResourceAxis axis) {
  return axis == ResourceAxis::Parameters ? "fewer" : "less";
}

}  // namespace costlint
