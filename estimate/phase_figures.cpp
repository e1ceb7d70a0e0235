#include "estimate/phase_figures.h"

#include <fmt/format.h>

#include "ir/quantity_format.h"

namespace costlint {

std::optional<Stated> stated(const Phase& phase, Quantity quantity, const Dimension& dimension,
                             std::string_view device) {
  const auto& declared = phase[quantity];
  if (declared && declared->dimension == dimension)
    return Stated{declared->value,
                  fmt::format("{} ({})", format_quantity(declared->value, dimension, device),
                              declared->origin == Origin::Estimated ? "estimated by the paper"
                                                                    : "declared")};
  for (const EvidenceRef& evidence : phase.evidence)
    if (evidence.logged)
      for (const LoggedFigure& figure : evidence.logged->figures)
        if (figure.quantity == quantity && figure.fact.dimension == dimension && !figure.at_least)
          return Stated{figure.fact.value,
                        fmt::format("{} (logged in `{}`)",
                                    format_quantity(figure.fact.value, dimension, device), evidence.path)};
  return std::nullopt;
}

}  // namespace costlint
