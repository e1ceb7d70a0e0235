// D702: the paper states a cost the manifest does not declare.

#include <map>

#include <fmt/format.h>

#include "rules/paper_figures.h"
#include "rules/rules.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  const Disclosure& disclosure = context.disclosure;
  std::vector<ManifestFigure> figures = manifest_figures(disclosure);
  // One finding per field and unit the manifest lacks, at the paper's first statement of it.
  std::map<std::pair<std::string, std::string>, std::vector<const PaperStatement*>> missing;
  for (const PaperStatement& paper : disclosure.paper_statements) {
    bool declared = false;
    for (const ManifestFigure& figure : figures)
      declared = declared || same_field(paper, figure.quantity, *figure.fact);
    if (!declared)
      missing[{field_of(paper.quantity), paper.value.dimension.name()}].push_back(&paper);
  }
  for (const auto& [field, statements] : missing) {
    const PaperStatement& first = *statements.front();
    const std::string& value = first.drafted;
    std::string more = statements.size() > 1 ? fmt::format(" (and {} more)", statements.size() - 1) : "";
    context
        .report(first.value.source,
                fmt::format("the paper states {} {}{}, which the manifest does not declare", field.first,
                            value, more))
        .note(fmt::format("declare it: `{} = {}` in the system and phase it is of", field.first, value));
  }
}

}  // namespace

const Rule kD702{
    {RuleCode::D702, "paper-cost-not-declared", Severity::Warning,
     "the paper states a cost the manifest does not declare",
     "The manifest is the paper's cost disclosure in a form tools can check: a cost the paper "
     "gives and the manifest leaves out is neither checked against the logs nor placed on a "
     "frontier. The paper is read as `costlint extract` reads it (docs/extract.md); one "
     "finding per field, at the paper's first statement of it. Source: Varoquaux, Luccioni & "
     "Whittaker 2025, \"Ways forward\" (costs reported so that they can be compared).",
     "% main.tex\nTraining took 3.5 days on 8 P100 GPUs.\n# the manifest declares no `duration`",
     "Declare the figure in the system and phase it is of; `costlint extract main.tex` drafts "
     "the lines."},
    check};

}  // namespace costlint::rules
