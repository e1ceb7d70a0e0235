#include "extract/draft_manifest.h"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include <fmt/format.h>

#include "extract/manifest_field.h"
#include "ir/text_case.h"
#include "ir/utf8.h"

namespace costlint::extract {
namespace {

/// How the draft writes a figure (manifest_field.h says which field it is):
/// the unit, and how many canonical units that is.
struct FieldForm {
  FigureKind figure;
  const char* unit;
  double scale;

  std::string_view field() const { return manifest_field(figure)->name(); }
};

constexpr std::array kSystemFields = {FieldForm{FigureKind::Parameters, "", 1}};
constexpr std::array kTrainFields = {
    FieldForm{FigureKind::Duration, "h", 3600},     FieldForm{FigureKind::DeviceTime, "GPU.h", 3600},
    FieldForm{FigureKind::Flop, "FLOP", 1},         FieldForm{FigureKind::Energy, "kWh", 3.6e6},
    FieldForm{FigureKind::Emissions, "kgCO2e", 1e3}, FieldForm{FigureKind::Memory, "GB", 1e9},
    FieldForm{FigureKind::Cost, "USD", 1},          FieldForm{FigureKind::Tokens, "", 1},
    FieldForm{FigureKind::Samples, "", 1},
};

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

std::string value_in(const CostStatement& s, const FieldForm& form) {
  std::string number = fmt::format("{:.6g}", s.value / form.scale);
  return (s.approximate ? "~" : "") + number + (*form.unit ? std::string(" ") + form.unit : "");
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
  auto add = [&](const auto& forms, bool of_phase) {
    for (const FieldForm& form : forms) {
      const auto& statements = found[form.figure];
      bool given = std::any_of(out.begin(), out.end(), [&](const PaperField& f) { return f.field == form.field(); });
      if (!statements.empty() && !given)
        out.push_back({std::string(form.field()), of_phase, value_in(*statements.front(), form), citation(*statements.front())});
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
      "# row; the prose's make `paper`, where a figure stated more than once has the\n"
      "# others beneath it as comments: split them among the models they are of.\n\n";
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

  // The systems: the prose, then each table row's label in the order first seen.
  std::vector<std::string> labels = {""};
  std::map<std::string, std::map<FigureKind, std::vector<const CostStatement*>>> by_system;
  for (const ExtractedFile& file : files)
    for (const CostStatement& s : file.statements) {
      if (std::find(labels.begin(), labels.end(), s.row_label) == labels.end()) labels.push_back(s.row_label);
      by_system[s.row_label][s.figure].push_back(&s);
    }
  std::set<std::string> taken;
  for (const std::string& label : labels) {
    auto& figures = by_system[label];
    if (!label.empty() && figures.empty()) continue;
    std::map<std::string, bool> given;
    auto write = [&](const auto& fields, const std::string& indent) {
      for (const FieldForm& form : fields) {
        const auto& found = figures[form.figure];
        if (found.empty() || given[std::string(form.field())]) continue;
        given[std::string(form.field())] = true;
        out += fmt::format("{}{} = {}   # {}\n", indent, form.field(), value_in(*found.front(), form),
                           citation(*found.front()));
        for (size_t i = 1; i < found.size(); ++i)
          out += fmt::format("{}# also: {} = {}   # {}\n", indent, form.field(), value_in(*found[i], form),
                             citation(*found[i]));
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
