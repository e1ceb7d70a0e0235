// D703: the paper and the manifest give one figure different values.

#include <cmath>

#include <fmt/format.h>

#include "rules/paper_figures.h"
#include "rules/rules.h"

namespace costlint::rules {
namespace {

void check(RuleContext& context) {
  const Disclosure& disclosure = context.disclosure;
  for (const ManifestFigure& figure : manifest_figures(disclosure)) {
    const PaperStatement* closest = nullptr;
    bool agreed = false;
    size_t stated = 0;
    for (const PaperStatement& paper : disclosure.paper_statements) {
      if (!same_field(paper, figure.quantity, *figure.fact)) continue;
      ++stated;
      agreed = agreed || agrees(paper.value, *figure.fact);
      auto distance = [&](const PaperStatement& p) { return std::abs(std::log(p.value.value / figure.fact->value)); };
      if (paper.value.value > 0 && (!closest || distance(paper) < distance(*closest))) closest = &paper;
    }
    if (agreed || !closest) continue;
    std::string field = field_of(figure.quantity);
    context
        .report(figure.fact->source,
                fmt::format("{} {} {} = {}, but the paper states {}{}", figure.owner,
                            figure.declared ? "declares" : "logs", field,
                            as_written(*figure.fact),
                            closest->drafted,
                            stated > 1 ? fmt::format(" at the closest of its {} statements of {}", stated, field)
                                       : ""))
        .note(fmt::format("the paper: \"{}\"", closest->written), closest->value.source);
  }
}

}  // namespace

const Rule kD703{
    {RuleCode::D703, "paper-disagrees", Severity::Warning,
     "the paper and the manifest give one figure different values",
     "The paper and its manifest describe one study: when they give a figure different values "
     "(beyond the 5% a paper's rounding explains), one of them is wrong, and a reader cannot "
     "tell which. The paper is read as `costlint extract` reads it (docs/extract.md). Source: "
     "Varoquaux, Luccioni & Whittaker 2025, \"Ways forward\" (costs reported as measured).",
     "% main.tex: \"trained for 3.5 days\"\nmodel m {\n  train { duration = 5 d }\n}",
     "Correct whichever is wrong; the note shows the paper's sentence."},
    check};

}  // namespace costlint::rules
