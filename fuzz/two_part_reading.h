#pragma once
// A text read in two parts must give the statements of one reading
// (extract/text_scan.h), wherever the second part starts. Shared by the fuzz
// target (fuzz/fuzz_extract.cpp), which lets the input's last byte choose the
// place, and the replay of its findings (tests/fuzz_regression_test.cpp).

#include <string>
#include <string_view>

#include "corpus/hardware_catalog.h"
#include "extract/plain_text.h"
#include "extract/text_scan.h"
#include "ir/line_index.h"

namespace costlint::fuzzing {

/// Whether `source`, named `path`, read from the place its last byte chooses by
/// a second thread, gives the statements of one reading.
inline bool read_alike_in_two_parts(std::string_view source, const std::string& path,
                                    const HardwareCatalog& hardware) {
  extract::PlainText plain = extract::to_plain(source, extract::source_kind(path));
  LineIndex lines(source);
  size_t split = source.empty() ? 0 : plain.text.size() * static_cast<unsigned char>(source.back()) / 255;
  return extract::scan_text(plain, lines, path, hardware, plain.text.size()) ==
         extract::scan_text(plain, lines, path, hardware, split);
}

}  // namespace costlint::fuzzing
