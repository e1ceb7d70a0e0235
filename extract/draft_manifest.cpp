#include "extract/draft_manifest.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <fmt/format.h>

#include "extract/draft_values.h"
#include "extract/manifest_field.h"
#include "ir/text_case.h"
#include "ir/utf8.h"

namespace costlint::extract {
namespace {

/// The figures the draft writes, in the order of the manifest's fields.
constexpr std::array kSystemFields = {FigureKind::Parameters};
constexpr std::array kTrainFields = {FigureKind::Duration, FigureKind::DeviceTime, FigureKind::Flop,
                                     FigureKind::Energy,   FigureKind::Emissions,  FigureKind::Memory,
                                     FigureKind::Cost,     FigureKind::Tokens,     FigureKind::Samples};

std::string_view field_of(FigureKind figure) { return manifest_field(figure)->name(); }

}  // namespace

std::string manifest_name(std::string_view words, std::string_view fallback, std::set<std::string>& taken) {
  std::string name;
  for (char c : words) {
    if (ascii_alnum(c) || c == '_' || c == '-')
      name += ascii_lower(c);
    else if (!name.empty() && name.back() != '_')
      name += '_';
  }
  while (!name.empty() && name.back() == '_') name.pop_back();
  if (name.empty()) name = fallback;
  else if (!ascii_letter(name.front())) name = fmt::format("{}_{}", fallback, name);
  std::string unique = name;
  for (int n = 2; !taken.insert(unique).second; ++n) unique = fmt::format("{}_{}", name, n);
  return unique;
}

std::string manifest_string(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

namespace {

/// A comment's text on one line, shortened.
std::string citation(const CostStatement& s) {
  std::string text = s.text;
  if (text.size() > 100) {
    size_t cut = 97;  // at a character's first byte: a manifest is UTF-8
    while (cut > 0 && utf8::is_continuation(text[cut])) --cut;
    text = text.substr(0, cut) + "...";
  }
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return fmt::format("{}:{} \"{}\"", s.file, s.line, text);
}

/// Whether the sentence of `s` speaks of training (`trained`, `pre-training`, `fine-tuning`).
bool of_training(const CostStatement& s) {
  std::string words = folded(s.text);
  return words.find("train") != std::string::npos || words.find("fine-tun") != std::string::npos ||
         words.find("finetun") != std::string::npos;
}

/// The statements of a training phase's field, the one the draft declares first: the
/// first whose sentence speaks of training (`It takes nearly one day to finish the
/// training`, not an earlier `this will take about half a day` of preprocessing), else
/// the first; the others after it in the order read.
std::vector<const CostStatement*> training_first(std::vector<const CostStatement*> found) {
  auto training = std::find_if(found.begin(), found.end(), [](const CostStatement* s) { return of_training(*s); });
  if (training != found.end()) std::rotate(found.begin(), training, training + 1);
  return found;
}

std::map<FigureKind, std::vector<const CostStatement*>> by_figure(const std::vector<ExtractedFile>& files) {
  std::map<FigureKind, std::vector<const CostStatement*>> out;
  for (const ExtractedFile& file : files)
    for (const CostStatement& s : file.statements) out[s.figure].push_back(&s);
  return out;
}

}  // namespace

std::vector<PaperField> paper_fields(const std::vector<ExtractedFile>& files) {
  auto found = by_figure(files);
  std::vector<PaperField> out;
  auto add = [&](const auto& figures, bool of_phase) {
    for (FigureKind figure : figures) {
      auto statements = of_phase ? training_first(found[figure]) : found[figure];
      bool given = std::any_of(out.begin(), out.end(), [&](const PaperField& f) { return f.field == field_of(figure); });
      if (!statements.empty() && !given)
        out.push_back({std::string(field_of(figure)), of_phase, draft_value(*statements.front()), citation(*statements.front())});
    }
  };
  add(kSystemFields, false);
  add(kTrainFields, true);
  return out;
}

std::string draft_manifest(const std::vector<ExtractedFile>& files) {
  auto by_figure = extract::by_figure(files);

  std::string out =
      "costlint 1\n"
      "# Drafted by `costlint extract` from what the paper states. Each figure cites\n"
      "# its line. A table row's figures make a model of their own, named after the\n"
      "# row (a row of dataset sizes alone joins `paper`); the prose's make `paper`,\n"
      "# where a figure stated more than once has the others beneath it as comments:\n"
      "# split them among the models they are of.\n\n";
  const CostStatement* pool = nullptr;
  for (const CostStatement* s : by_figure[FigureKind::Hardware])
    if (s->device && s->device->count) {
      pool = s;
      break;
    }
  // A count whose device the paper leaves unnamed (`16 x 8` under `#GPUs`) fills the TODO's count.
  const CostStatement* counted = nullptr;
  for (const CostStatement* s : by_figure[FigureKind::Hardware])
    if (!s->device && s->value >= 1) {
      counted = s;
      break;
    }
  if (pool)
    out += fmt::format("hardware devices = {} x {}   # {}\n\n", *pool->device->count,
                       manifest_string(pool->device->model), citation(*pool));
  else if (counted)
    out += fmt::format("# TODO hardware devices = {:g} x \"DEVICE\"   (the paper names no device model) # {}\n\n",
                       counted->value, citation(*counted));
  else
    out += "# TODO hardware devices = N x \"DEVICE\"   (the paper names no device count)\n\n";

  // The systems: the prose, then each table row's label in the order first seen. A row that
  // gives only sizes of data (a table of datasets) is no system: its figures join the prose's.
  std::map<std::string, bool> data_rows;
  for (const ExtractedFile& file : files)
    for (const CostStatement& s : file.statements) {
      bool data = s.figure == FigureKind::Samples;  // (tokens alone may be a model's: `| LLaMA 7B | 1T |`)
      auto [row, first] = data_rows.try_emplace(s.row_label, data);
      if (!first) row->second = row->second && data;
    }
  std::vector<std::string> labels = {""};
  std::map<std::string, std::map<FigureKind, std::vector<const CostStatement*>>> by_system;
  for (const ExtractedFile& file : files)
    for (const CostStatement& s : file.statements) {
      const std::string& label = data_rows[s.row_label] ? labels.front() : s.row_label;
      if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
      by_system[label][s.figure].push_back(&s);
    }
  std::set<std::string> taken;
  for (const std::string& label : labels) {
    auto& figures = by_system[label];
    if (!label.empty() && figures.empty()) continue;
    std::map<std::string, bool> given;
    auto write = [&](const auto& fields, const std::string& indent) {
      for (FigureKind figure : fields) {
        std::string_view field = field_of(figure);
        auto found = indent.size() > 2 ? training_first(figures[figure]) : figures[figure];
        if (found.empty() || given[std::string(field)]) continue;
        given[std::string(field)] = true;
        // A data row's figure under the prose's model says its row.
        auto cite = [&](const CostStatement& s) {
          return s.row_label == label ? citation(s) : fmt::format("{} (row {})", citation(s), manifest_string(s.row_label));
        };
        out += fmt::format("{}{} = {}   # {}\n", indent, field, draft_value(*found.front()), cite(*found.front()));
        for (size_t i = 1; i < found.size(); ++i)
          out += fmt::format("{}# also: {} = {}   # {}\n", indent, field, draft_value(*found[i]), cite(*found[i]));
      }
    };
    out += fmt::format("model {} {{\n", manifest_name(label, label.empty() ? "paper" : "system", taken));
    if (!label.empty()) out += fmt::format("  label = {}\n", manifest_string(label));
    write(kSystemFields, "  ");
    out += "  train {\n";
    if (pool) out += "    hardware = devices\n";
    write(kTrainFields, "    ");
    for (std::string_view field : kTodoFields)
      if (!given[std::string(field)]) out += fmt::format("    # TODO {}: the paper does not state it\n", field);
    out += "  }\n}\n";
  }
  return out;
}

}  // namespace costlint::extract
