#include "corpus/model_table.h"

#include <charconv>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include <fmt/format.h>

#include "ir/csv_table.h"

namespace costlint {
namespace {

constexpr std::string_view kColumnNames[kModelColumns] = {
    "Parameters", "Training compute (FLOP)", "Inference compute (FLOP)",
    "Training compute cost (", "Training dataset size (datapoints)", "Epochs"};
/// Columns without which no trend can be fitted; the others may be absent.
constexpr bool kRequired[kModelColumns] = {true, true, false, true, false, false};

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/// A figure as Epoch writes it: "1.75e+11", "$4,324,883.00"; NaN for nothing, and for
/// 0 too (a dataset size of 0: no figure a logarithm can take).
std::optional<double> parse_figure(std::string_view text) {
  text = trim(text);
  if (text.empty()) return std::numeric_limits<double>::quiet_NaN();
  if (text.front() == '$') text.remove_prefix(1);
  std::string digits;
  for (char c : text)
    if (c != ',') digits += c;
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value) ||
      value < 0)
    return std::nullopt;
  return value > 0 ? value : std::numeric_limits<double>::quiet_NaN();
}

/// FNV-1a, over the fields that the fits read.
void mix(uint64_t& hash, std::string_view bytes) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 1099511628211ull;
  hash = (hash ^ 0xff) * 1099511628211ull;
}

}  // namespace

std::string_view model_column_name(ModelColumn column) {
  return kColumnNames[static_cast<size_t>(column)];
}

std::optional<double> decimal_year(std::string_view date) {
  int year = 0, month = 0, day = 0;
  if (date.size() < 10 || date[4] != '-' || date[7] != '-' ||
      (date.size() > 10 && date[10] != ' ' && date[10] != 'T'))
    return std::nullopt;
  auto number = [&](size_t at, size_t length, int& out) {
    auto [end, ec] = std::from_chars(date.data() + at, date.data() + at + length, out);
    return ec == std::errc() && end == date.data() + at + length;
  };
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return std::nullopt;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1] + (month == 2 && leap))
    return std::nullopt;
  int day_of_year = day - 1;
  for (int m = 1; m < month; ++m) day_of_year += kDays[m - 1] + (m == 2 && leap);
  return year + day_of_year / (leap ? 366.0 : 365.0);
}

std::vector<std::string> split_domains(std::string_view domain) {
  std::vector<std::string> domains;
  while (!domain.empty()) {
    size_t comma = domain.find(',');
    std::string_view one = trim(domain.substr(0, comma));
    if (!one.empty()) domains.emplace_back(one);
    if (comma == std::string_view::npos) break;
    domain.remove_prefix(comma + 1);
  }
  return domains;
}

std::optional<ModelTable> parse_model_table(std::string_view text, std::string_view file,
                                            CsvError* error) {
  std::optional<CsvTable> csv = read_csv_table(text, file, error, {kMaxModelRows, 10'000});
  if (!csv) return std::nullopt;
  const std::vector<std::string>& header = csv->header;
  ModelTable table;
  auto find = [&](std::string_view name, bool prefix = false) -> std::optional<size_t> {
    for (size_t i = 0; i < header.size(); ++i)
      if (prefix ? header[i].starts_with(name) : header[i] == name) return i;
    return std::nullopt;
  };
  // The 2025 exports call the first column `Model`; earlier ones `System`.
  std::optional<size_t> system = find("System");
  if (!system) system = find("Model");
  std::optional<size_t> date = find("Publication date"), domain = find("Domain");
  std::optional<size_t> notability = find("Notability criteria");
  std::array<std::optional<size_t>, kModelColumns> columns;
  for (size_t c = 0; c < kModelColumns; ++c) {
    columns[c] = find(kColumnNames[c], c == static_cast<size_t>(ModelColumn::TrainingCost));
    if (!columns[c] && kRequired[c]) {
      *error = {csv->file, csv->header_line, fmt::format("no `{}` column", kColumnNames[c])};
      if (c == static_cast<size_t>(ModelColumn::TrainingCost))
        error->message = "no `Training compute cost (YEAR USD)` column";
      return std::nullopt;
    }
  }
  for (auto [column, name] : {std::pair{system, "System"}, {date, "Publication date"},
                              {domain, "Domain"}})
    if (!column) {
      *error = {csv->file, csv->header_line, fmt::format("no `{}` column", name)};
      return std::nullopt;
    }
  table.cost_column = header[*columns[static_cast<size_t>(ModelColumn::TrainingCost)]];
  uint64_t hash = 14695981039346656037ull;
  for (const CsvRow& record : csv->rows) {
    if (notability && trim(record.fields[*notability]).empty()) continue;
    ModelRow row;
    row.line = record.line;
    row.system = trim(record.fields[*system]);
    row.date = trim(record.fields[*date]);
    row.domain = trim(record.fields[*domain]);
    if (row.date.empty()) {
      ++table.undated;
      continue;
    }
    std::optional<double> year = decimal_year(row.date);
    if (!year) {
      *error = csv->error_at(
          record, fmt::format("`Publication date` holds `{}`, not a date YYYY-MM-DD", row.date));
      return std::nullopt;
    }
    row.year = *year;
    for (size_t c = 0; c < kModelColumns; ++c) {
      row.values[c] = std::numeric_limits<double>::quiet_NaN();
      if (!columns[c]) continue;
      const std::string& field = record.fields[*columns[c]];
      std::optional<double> value = parse_figure(field);
      if (!value) {
        *error = csv->error_at(record, fmt::format("`{}` holds `{}`, not a number of 0 or more",
                                                   header[*columns[c]], trim(field)));
        return std::nullopt;
      }
      row.values[c] = *value;
      mix(hash, field);
    }
    mix(hash, row.date);
    mix(hash, row.domain);
    table.rows.push_back(std::move(row));
  }
  table.fingerprint = hash;
  return table;
}

std::optional<ModelTable> load_model_table(const std::string& path, CsvError* error) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    *error = {path, 0, "not a readable file"};
    return std::nullopt;
  }
  uintmax_t size = std::filesystem::file_size(path, ec);
  if (ec || size > kMaxModelFileBytes) {
    *error = {path, 0, ec ? ec.message()
                    : fmt::format("the file has {} bytes, more than the {} MiB limit", size,
                                  kMaxModelFileBytes >> 20)};
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  if (!in) {
    *error = {path, 0, "the file could not be read"};
    return std::nullopt;
  }
  return parse_model_table(content.str(), path, error);
}

}  // namespace costlint
