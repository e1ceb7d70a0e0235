// D701: the manifest declares a figure the paper never states.

#include <fmt/format.h>

#include "ir/quantity_format.h"
#include "rules/paper_figures.h"
#include "rules/rules.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  const Disclosure& disclosure = context.disclosure;
  if (!disclosure.paper_read) return;
  for (const ManifestFigure& figure : manifest_figures(disclosure)) {
    if (!figure.declared) continue;
    bool stated = false;
    for (const PaperStatement& paper : disclosure.paper_statements)
      stated = stated || same_field(paper, figure.quantity, *figure.fact);
    if (stated) continue;  // stated otherwise: D703's to say
    context.report(figure.fact->source,
                   fmt::format("{} declares {} = {}, which the paper never states",
                               figure.owner, field_of(figure.quantity),
                               as_written(*figure.fact)));
  }
}

}  // namespace

const Rule kD701{
    {RuleCode::D701, "declared-not-in-paper", Severity::Warning,
     "the manifest declares a figure the paper never states",
     "A manifest beside a paper should say what the paper says: a figure only the manifest "
     "holds is a disclosure the paper's readers never see. The paper is read as `costlint "
     "extract` reads it (docs/extract.md). Source: Varoquaux, Luccioni & Whittaker 2025, "
     "\"Ways forward\" (report the costs in the paper).",
     "paper { source = \"main.tex\" }   # main.tex gives no training energy\nmodel m {\n"
     "  train { energy = 41.2 kWh }\n}",
     "State the figure in the paper (its table of training costs), or remove it from the "
     "manifest if it is not the paper's."},
    check};

}  // namespace costlint::rules
