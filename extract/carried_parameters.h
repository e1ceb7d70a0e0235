#pragma once
// Parameters a sentence counts once and then lists bare: `uses 64,997
// parameters at H=96 and 487,445 at H=720, comparable to DLinear (64,704 /
// 485,280)`, `0.08M parameters (2.58M → 2.66M)`. The numbers after the first,
// written alike in the same sentence, share its unit. Internal to extract/
// (text_scan.cpp).

#include <cstddef>
#include <string>
#include <string_view>

namespace costlint::extract {

class CarriedParameters {
 public:
  /// A count of parameters, written `written`, whose statement ends at `end` of `text`.
  void counted(std::string_view text, size_t end, std::string_view written);
  /// Whether the bare number at [p, after) of `text`, written `written`, is one more of them.
  bool shares(std::string_view text, size_t p, size_t after, std::string_view written) const;
  /// Whether the sentence of the last count goes on at `p`.
  bool reaches(size_t p) const { return p < until_; }

 private:
  size_t from_ = 0, until_ = 0;  ///< the rest of the sentence after the count
  std::string style_;            ///< how its numbers are written (style_of)
  std::string verb_;             ///< the word before the count (`had`), folded: a comparison repeats it
};

}  // namespace costlint::extract
