#include "ir/trend_lines.h"

namespace costlint {

std::string_view trend_quantity_name(TrendQuantity quantity) {
  switch (quantity) {
    case TrendQuantity::Parameters: return "parameters";
    case TrendQuantity::TrainingCompute: return "training compute";
    case TrendQuantity::TrainingCost: return "training cost";
  }
  return "";
}

}  // namespace costlint
