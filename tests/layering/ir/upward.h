#pragma once
// A header of the ground floor that reaches up to the conductor: the layering
// check must reject it (tests/CMakeLists.txt, layering_rejects_upward_include).

#include "lint/driver.h"
