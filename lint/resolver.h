#pragma once
// Resolution: from the syntax tree of one manifest to its Disclosure IR. Checks
// the header (S009), that every name is declared once (S003) and every
// reference resolves (S002), and hands each field's value to FieldValues.
// Whatever cannot be resolved is reported and left out of the IR.

#include "grammar/ast.h"
#include "lint/diagnostic.h"
#include "lint/disclosure.h"
#include "lint/source_file.h"

namespace costlint {

Disclosure resolve(const ast::Manifest& manifest, const SourceFile& file, DiagnosticSink& sink);

}  // namespace costlint
