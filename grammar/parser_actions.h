#pragma once
// The grammar's actions: each builds a piece of the syntax tree in ParseState
// when its rule has matched. Internal to the parser.

#include "grammar/lexical_actions.h"
#include "grammar/quantity_actions.h"
#include "grammar/statement_actions.h"
