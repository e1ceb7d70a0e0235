#include "extract/draft_manifest.h"

#include <algorithm>
#include <array>
#include <cmath>
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

std::string manifest_string(std::string_view written) {
  std::string text = utf8::replace_invalid(written);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) out += c;
  }
  return out + "\"";
}

namespace {

/// A comment's text on one line, in UTF-8 whatever the source's bytes (a Latin-1 `\xE9`, a
/// NUL: a manifest holding either is unreadable); a long sentence cut to the words around the
/// statement, from its start where the statement is near it.
std::string citation(const CostStatement& s) {
  constexpr size_t kShown = 97, kBefore = 40, kStatement = 20;
  std::string text = s.text;
  if (text.size() > kShown + 3) {
    size_t from = 0;
    if (s.text_at + kStatement > kShown && s.text_at < text.size()) {
      from = s.text_at - kBefore;
      if (size_t space = text.find(' ', from); text[from - 1] != ' ' && space < s.text_at) from = space + 1;  // a word
      while (from < s.text_at && utf8::is_continuation(text[from])) ++from;          // or a character
    }
    size_t to = std::min(text.size(), from + kShown);
    // At a character's first byte: a manifest is UTF-8.
    while (to > from && to < text.size() && utf8::is_continuation(text[to])) --to;
    text = (from > 0 ? "..." : "") + text.substr(from, to - from) + (to < text.size() ? "..." : "");
  }
  std::string line = utf8::replace_invalid(fmt::format("{}:{} \"{}\"", s.file, s.line, text));
  for (char& c : line)
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  return line;
}

/// Whether the sentence of `s` says a model was trained (`trained`, `pre-training`,
/// `fine-tuning`), not a word that only holds the letters (`constraint`), an adjective
/// (`the pretrained checkpoint`) nor a set's name (`the training set`).
bool of_training(const CostStatement& s) {
  std::string words = folded(s.text);
  static constexpr std::string_view kVerbs[] = {
      "train",       "trains",       "trained",     "training",  "pre-train",  "pretrain",  "pre-training",
      "pretraining", "fine-tune",    "fine-tuned",  "finetune",  "finetuned",  "fine-tuning", "finetuning"};
  static constexpr std::string_view kSets[] = {"set", "sets", "data", "split", "splits", "samples", "examples",
                                               "images", "corpus", "loss", "accuracy"};
  auto word_at = [&](size_t at) {
    size_t end = at;
    while (end < words.size() && (ascii_alnum(words[end]) || words[end] == '-')) ++end;
    return std::string_view(words).substr(at, end - at);
  };
  for (size_t at = 0; at < words.size();) {
    std::string_view word = word_at(at);
    size_t next = at + word.size();
    while (next < words.size() && words[next] == ' ') ++next;
    bool verb = std::find(std::begin(kVerbs), std::end(kVerbs), word) != std::end(kVerbs);
    if (verb && std::find(std::begin(kSets), std::end(kSets), word_at(next)) == std::end(kSets)) return true;
    at = word.empty() ? at + 1 : at + word.size();
  }
  return false;
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

/// Whether a manifest can hold the statement's value (the extractor gives no other).
bool drafted(const CostStatement& s) { return std::isfinite(s.value) && s.value >= 0; }

/// A host's processors (`4 Intel Xeon Gold 6140M CPUs`), which the accelerators beside them
/// outrank as the run's pool (`4 Nvidia Tesla V100 GPUs`).
bool processors(const DeviceMention& device) {
  std::string model(1, ' ');
  model += folded(device.model);
  for (std::string_view word : {" cpu", "xeon", "epyc", " core i", "ryzen", "threadripper", "processor"})
    if (model.find(word) != std::string::npos) return true;
  return false;
}

std::map<FigureKind, std::vector<const CostStatement*>> by_figure(const std::vector<ExtractedFile>& files) {
  std::map<FigureKind, std::vector<const CostStatement*>> out;
  for (const ExtractedFile& file : files)
    for (const CostStatement& s : file.statements)
      if (drafted(s)) out[s.figure].push_back(&s);
  return out;
}

/// The most lines between two rows' statements of one table (a rule, a wrapped row).
constexpr unsigned kMaxRowGap = 4;

/// The statements of the tables whose rows give only dataset sizes (`| Adult | 48,842 |`): a
/// table is a run of row statements read one after another, each within a few lines of the last.
/// (Not a table of models' training tokens: `| LLaMA 7B | 1T |` is a model's.)
std::set<const CostStatement*> in_tables_of_datasets(const std::vector<ExtractedFile>& files) {
  std::set<const CostStatement*> out;
  for (const ExtractedFile& file : files)
    for (size_t begin = 0; begin < file.statements.size();) {
      size_t end = begin;
      bool datasets = true;
      while (end < file.statements.size() && !file.statements[end].row_label.empty() &&
             (end == begin || file.statements[end].line <= file.statements[end - 1].line + kMaxRowGap)) {
        datasets = datasets && file.statements[end].figure == FigureKind::Samples;
        ++end;
      }
      if (end == begin) {
        ++begin;
        continue;
      }
      if (datasets)
        for (size_t i = begin; i < end; ++i) out.insert(&file.statements[i]);
      begin = end;
    }
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

namespace {

/// The statement of the run's devices: the first counted; where that is a host's processors,
/// the accelerators its sentence names beside them (not a GPU another sentence infers on).
const CostStatement* pool_statement(std::map<FigureKind, std::vector<const CostStatement*>>& by_figure) {
  const CostStatement* pool = nullptr;
  for (const CostStatement* s : by_figure[FigureKind::Hardware]) {
    if (!s->device || !s->device->count) continue;
    if (!pool) pool = s;
    else if (s->file == pool->file && s->line == pool->line && s->text == pool->text && !processors(*s->device))
      return s;
    if (!processors(*pool->device)) break;
  }
  return pool;
}

/// `8 x "NVIDIA Tesla P100-PCIE-16GB"`: a pool counts whole devices (`2-3 GPUs`, read as their
/// middle, is about 3).
PaperPool pool_of(const CostStatement& pool) {
  double count = *pool.device->count;
  bool whole = count == std::floor(count) && count >= 1;
  return {fmt::format("{}{:.0f} x {}", whole ? "" : "~", std::max(1.0, std::round(count)),
                      manifest_string(pool.device->model)),
          citation(pool)};
}

}  // namespace

std::optional<PaperPool> paper_pool(const std::vector<ExtractedFile>& files) {
  auto found = by_figure(files);
  const CostStatement* pool = pool_statement(found);
  return pool ? std::optional(pool_of(*pool)) : std::nullopt;
}

std::string draft_manifest(const std::vector<ExtractedFile>& files) {
  return "costlint 1\n"
         "# Drafted by `costlint extract` from what the paper states. Each figure cites\n"
         "# its line. A table row's figures make a model of their own, named after the\n"
         "# row (a table of dataset sizes alone joins `paper`); the prose's make `paper`,\n"
         "# where a figure stated more than once has the others beneath it as comments:\n"
         "# split them among the models they are of.\n\n" +
         drafted_systems(files);
}

std::string drafted_systems(const std::vector<ExtractedFile>& files) {
  auto by_figure = extract::by_figure(files);
  std::string out;
  const CostStatement* pool = pool_statement(by_figure);
  // A count whose device the paper leaves unnamed (`16 x 8` under `#GPUs`) fills the TODO's count.
  const CostStatement* counted = nullptr;
  for (const CostStatement* s : by_figure[FigureKind::Hardware])
    if (!s->device && s->value >= 1) {
      counted = s;
      break;
    }
  if (pool) {
    PaperPool declared = pool_of(*pool);
    out += fmt::format("hardware devices = {}   # {}\n\n", declared.devices, declared.citation);
  } else if (counted)
    out += fmt::format("# TODO hardware devices = {:g} x \"DEVICE\"   (the paper names no device model) # {}\n\n",
                       counted->value, citation(*counted));
  else
    out += "# TODO hardware devices = N x \"DEVICE\"   (the paper names no device count)\n\n";

  // The systems: the prose, then each table row's label in the order first seen; a table's rows
  // that give only sizes of data (a table of datasets) are no systems: theirs join the prose's.
  std::set<const CostStatement*> of_datasets = in_tables_of_datasets(files);
  std::vector<std::string> labels = {""};
  std::map<std::string, std::map<FigureKind, std::vector<const CostStatement*>>> by_system;
  for (const ExtractedFile& file : files)
    for (const CostStatement& s : file.statements) {
      if (!drafted(s)) continue;
      const std::string& label = of_datasets.count(&s) ? labels.front() : s.row_label;
      if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
      by_system[label][s.figure].push_back(&s);
    }
  std::set<std::string> taken;
  for (const std::string& label : labels) {
    auto& figures = by_system[label];
    if (!label.empty() && figures.empty()) continue;
    std::map<std::string, bool> given;
    // A dataset table's figure under the prose's model says its row.
    auto cite = [&](const CostStatement& s) {
      return s.row_label == label ? citation(s) : fmt::format("{} (row {})", citation(s), manifest_string(s.row_label));
    };
    auto write = [&](const auto& fields, const std::string& indent, bool of_phase) {
      for (FigureKind figure : fields) {
        std::string_view field = field_of(figure);
        auto found = of_phase ? training_first(figures[figure]) : figures[figure];
        if (found.empty() || given[std::string(field)]) continue;
        given[std::string(field)] = true;
        out += fmt::format("{}{} = {}   # {}\n", indent, field, draft_value(*found.front()), cite(*found.front()));
        for (size_t i = 1; i < found.size(); ++i)
          out += fmt::format("{}# also: {} = {}   # {}\n", indent, field, draft_value(*found[i]), cite(*found[i]));
      }
    };
    out += fmt::format("model {} {{\n", manifest_name(label, label.empty() ? "paper" : "system", taken));
    if (!label.empty()) out += fmt::format("  label = {}\n", manifest_string(label));
    write(kSystemFields, "  ", false);
    out += "  train {\n";
    if (pool) out += "    hardware = devices\n";
    write(kTrainFields, "    ", true);
    for (std::string_view field : kTodoFields)
      if (!given[std::string(field)]) out += fmt::format("    # TODO {}: the paper does not state it\n", field);
    out += "  }\n}\n";
  }
  return out;
}

}  // namespace costlint::extract
