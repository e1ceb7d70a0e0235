// Counts as papers group them: thousands a dot sets apart (number_text.h), and
// the counts of a dataset's splits named in order (split_counts.h).

#include <doctest/doctest.h>

#include <string_view>

#include "extract/number_text.h"
#include "extract/split_counts.h"

using namespace costlint::extract;

TEST_CASE("dotted_thousands: a European writer's grouping, and no decimal before its magnitude") {
  CHECK(dotted_thousands("10.636") == 10636);
  CHECK(dotted_thousands("1.082.990") == 1082990);
  CHECK_FALSE(dotted_thousands("1.281M").has_value());
  CHECK_FALSE(dotted_thousands("1.281 million").has_value());
  CHECK_FALSE(dotted_thousands("10.6367").has_value());
  CHECK_FALSE(dotted_thousands("0.500").has_value());
  CHECK_FALSE(dotted_thousands("1234.567").has_value());
  CHECK_FALSE(dotted_thousands("3.14").has_value());
}

TEST_CASE("spaced_thousands: thousands a space sets apart, as SI writes them") {
  CHECK(spaced_thousands_length("1 374 327 images") == 9);
  CHECK(spaced_thousands_length("3 500 hours") == 5);
  CHECK(spaced_thousands_length("3 shows 500 images") == 0);
  CHECK(spaced_thousands_length("64 1280 images") == 0);  // a group is three digits
  CHECK(spaced_thousands_length("12 345.6 s") == 0);     // nor the start of a decimal
  CHECK(spaced_thousands_length("0 500") == 0);
  CHECK(spaced_thousands("1 374 327") == 1374327);
  CHECK_FALSE(spaced_thousands("1 374 32").has_value());
  CHECK_FALSE(spaced_thousands("1374").has_value());
}

TEST_CASE("split_counts_at: counts joined by slashes, their splits named in the sentence") {
  std::string_view sst = "For the remaining 6920/872/1821 sentences in train/dev/test sets, we merged.";
  auto split = split_counts_at(sst, sst.find("6920"));
  REQUIRE(split.has_value());
  REQUIRE(split->train_begin.has_value());
  CHECK(*split->train_begin == sst.find("6920"));
  CHECK(split->train_value == 6920);
  CHECK(split->noun == "sentences");
  CHECK(split->end == sst.find(" sentences"));
  // The training split named second; a held-out pair has none; no noun, or another sentence's names.
  std::string_view second = "We use 100/800 questions for dev/train.";
  auto swapped = split_counts_at(second, second.find("100"));
  REQUIRE(swapped.has_value());
  CHECK(swapped->train_value == 800);
  std::string_view held_out = "The dev/test sets hold 872/1821 sentences.";
  auto none = split_counts_at(held_out, held_out.find("872"));
  REQUIRE(none.has_value());
  CHECK_FALSE(none->train_begin.has_value());
  std::string_view proportions = "We use an 80/10/10 train/validation/test split.";
  CHECK_FALSE(split_counts_at(proportions, proportions.find("80")).has_value());
  std::string_view other = "F1 is averaged over the dev/test sets. The base/large models use 2/4 images each.";
  CHECK_FALSE(split_counts_at(other, other.find("2/4")).has_value());
  std::string_view date = "It ran from 09/22/1997 to 01/10/2005 on train/dev/test images.";
  CHECK_FALSE(split_counts_at(date, date.find("09")).has_value());
}

TEST_CASE("held_out_by_order: a count's place in a list that ends with `respectively`") {
  std::string_view cifar = "The train and test sets of CIFAR-10 contain 50,000 and 10,000 images, respectively.";
  size_t train = cifar.find("50,000"), test = cifar.find("10,000");
  CHECK(held_out_by_order(cifar, train, train + 6) == false);
  CHECK(held_out_by_order(cifar, test, cifar.find(", resp")) == true);
  std::string_view yelp = "We keep the original training, validation and test splits of the Yelp polarity review "
                          "corpus, which contain 560,000, 38,000 and 38,000 reviews, respectively.";
  size_t first = yelp.find("560,000");
  CHECK(held_out_by_order(yelp, first, first + 7) == false);
  // Without `respectively`, or with more counts than splits, the order says nothing.
  std::string_view plain = "The train and test sets contain 50,000 and 10,000 images.";
  CHECK_FALSE(held_out_by_order(plain, plain.find("50,000"), plain.find("50,000") + 6).has_value());
  std::string_view more = "The train and test sets hold 5, 50,000 and 10,000 images, respectively.";
  CHECK_FALSE(held_out_by_order(more, more.find("50,000"), more.find("50,000") + 6).has_value());
}
