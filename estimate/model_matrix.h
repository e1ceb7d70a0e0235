#pragma once
// Rows of a ModelTable in the space where trends are fitted and gaps imputed: the
// decimal year, log10 of each numeric column (NaN where missing), then one 0/1
// column per single domain, sorted by name (a model in several domains has several).

#include <string>
#include <vector>

#include <Eigen/Dense>

#include "corpus/model_table.h"

namespace costlint {

struct ModelMatrix {
  Eigen::MatrixXd values;            ///< one row per selected model
  std::vector<std::string> columns;  ///< "year", the numeric columns, "domain=NAME"
};

/// The column of `column` in a ModelMatrix; the year is column 0.
inline Eigen::Index matrix_column(ModelColumn column) {
  return 1 + static_cast<Eigen::Index>(column);
}

/// The matrix of table.rows[i] for each i in `rows`.
ModelMatrix model_matrix(const ModelTable& table, const std::vector<size_t>& rows);

}  // namespace costlint
