#pragma once
// Resolution: from the syntax tree of one manifest to its Disclosure IR. Checks
// the header (S009), that every name is declared once (S003) and every
// reference resolves (S002), and hands each field's value to FieldValues.
// Whatever cannot be resolved is reported and left out of the IR.

#include "grammar/ast.h"
#include "ir/diagnostic.h"
#include "ir/disclosure.h"
#include "ir/source_file.h"

namespace costlint {

Disclosure resolve(const ast::Manifest& manifest, const SourceFile& file, DiagnosticSink& sink);

}  // namespace costlint
