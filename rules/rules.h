#pragma once
// Every rule object, for the registry (rules/rule_registry.cpp) and for tests.

#include "rules/rule.h"

namespace costlint::rules {

// S0xx: syntax, names, units, files (rules/front_end_rules.cpp; S008 in
// rules/s008_unknown_hardware.cpp).
extern const Rule kS001, kS002, kS003, kS004, kS005, kS006, kS007, kS008, kS009, kS010, kS011,
    kS012, kS013, kS014, kS015, kS016;

// C1xx: compute.
extern const Rule kC100, kC101, kC102, kC103, kC104, kC105, kC106;
// E2xx: energy and carbon.
extern const Rule kE201, kE202, kE203, kE204, kE205, kE206;
// M3xx: memory.
extern const Rule kM301, kM302, kM303, kM304;

// B4xx: baselines.
extern const Rule kB401, kB402, kB403, kB404;

// X5xx: consistency.
extern const Rule kX501, kX502, kX503, kX504, kX505, kX506, kX507, kX508, kX509;

// P6xx: the Pareto frontier.
extern const Rule kP601, kP602, kP603, kP604;

// D7xx: the paper against its manifest.
extern const Rule kD701, kD702, kD703;

}  // namespace costlint::rules
