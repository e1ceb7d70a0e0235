#include "estimate/model_matrix.h"

#include <cmath>
#include <map>

namespace costlint {

ModelMatrix model_matrix(const ModelTable& table, const std::vector<size_t>& rows) {
  std::map<std::string, Eigen::Index> domains;
  for (size_t r : rows)
    for (std::string& domain : split_domains(table.rows[r].domain)) domains.emplace(domain, 0);
  ModelMatrix matrix;
  matrix.columns.push_back("year");
  for (size_t c = 0; c < kModelColumns; ++c)
    matrix.columns.emplace_back(model_column_name(static_cast<ModelColumn>(c)));
  for (auto& [name, column] : domains) {
    column = static_cast<Eigen::Index>(matrix.columns.size());
    matrix.columns.push_back("domain=" + name);
  }
  matrix.values = Eigen::MatrixXd::Zero(static_cast<Eigen::Index>(rows.size()),
                                        static_cast<Eigen::Index>(matrix.columns.size()));
  for (Eigen::Index i = 0; i < matrix.values.rows(); ++i) {
    const ModelRow& row = table.rows[rows[static_cast<size_t>(i)]];
    matrix.values(i, 0) = row.year;
    for (size_t c = 0; c < kModelColumns; ++c)
      matrix.values(i, matrix_column(static_cast<ModelColumn>(c))) = std::log10(row.values[c]);
    for (const std::string& domain : split_domains(row.domain))
      matrix.values(i, domains.at(domain)) = 1;
  }
  return matrix;
}

}  // namespace costlint
