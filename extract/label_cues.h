#pragma once
// What a label before a bare number says of it (`Hours used: 150000`,
// `Total training tokens: 2T`): whether the label's unit alone makes the
// number a cost. Internal to extract/ (extractor.cpp).

#include <string_view>

#include "extract/unit_phrase.h"

namespace costlint::extract {

/// Whether a label's unit alone makes the bare number after it a cost: a
/// count of devices, a duration, a device-time, an energy, emissions, compute,
/// memory or power, parameters in the magnitude it gives (`Size:` or `Params:`
/// before a number may count anything), data written with its magnitude (`2T`).
bool labels_a_cost(const UnitReading& unit, bool magnitude_written, std::string_view label);

}  // namespace costlint::extract
