#include "extract/manifest_field.h"

#include "ir/field_schema.h"

namespace costlint::extract {

std::string_view ManifestField::name() const { return quantity ? field_name(*quantity) : "parameters"; }

std::optional<ManifestField> manifest_field(FigureKind figure) {
  switch (figure) {
    case FigureKind::Duration: return ManifestField{Quantity::Duration, dim::time};
    case FigureKind::DeviceTime: return ManifestField{Quantity::Compute, dim::device * dim::time};
    case FigureKind::Flop: return ManifestField{Quantity::Compute, dim::flop};
    case FigureKind::Energy: return ManifestField{Quantity::Energy, dim::energy};
    case FigureKind::Emissions: return ManifestField{Quantity::Emissions, dim::co2e};
    case FigureKind::Memory: return ManifestField{Quantity::Memory, dim::bytes};
    case FigureKind::Cost: return ManifestField{Quantity::Cost, dim::usd};
    case FigureKind::Tokens: return ManifestField{Quantity::Tokens, Dimension{}};
    case FigureKind::Samples: return ManifestField{Quantity::Samples, Dimension{}};
    case FigureKind::Parameters: return ManifestField{std::nullopt, Dimension{}};
    case FigureKind::Hardware:
    case FigureKind::Power:
    case FigureKind::Throughput: break;
  }
  return std::nullopt;
}

}  // namespace costlint::extract
