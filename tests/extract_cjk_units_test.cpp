// The extractor on Chinese units after a number, as Chinese models' READMEs
// write their costs: read in English, located in the source.

#include <doctest/doctest.h>

#include "extract/cjk_units.h"
#include "extract/plain_text.h"
#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: Chinese units after a number read as their English words") {
  CHECK(to_plain("耗时 3 天。", SourceKind::Markdown).text == "耗时 3 days。");
  CHECK(to_plain("1小时", SourceKind::Markdown).text == "1 hours");
  CHECK(to_plain("70亿参数", SourceKind::Markdown).text == "70e8 parameters");
  CHECK(to_plain("使用 8 张 A100", SourceKind::Markdown).text == "使用 8  A100");
  // A measure word before Chinese is no device's (`8张图` is eight pictures); no number, no unit.
  CHECK(to_plain("8张图", SourceKind::Markdown).text == "8张图");
  CHECK(to_plain("每天", SourceKind::Markdown).text == "每天");
  CHECK(to_plain("天气", SourceKind::Markdown).text == "天气");
  // The source's offsets stay: what follows a unit maps to its own bytes.
  PlainText plain = to_plain("3天 x", SourceKind::Plain);
  REQUIRE(plain.text == "3 days x");
  CHECK(plain.origin[0] == 0);
  CHECK(plain.origin[1] == 1);
  CHECK(plain.origin[plain.text.size() - 1] == std::string_view("3天 x").size() - 1);
}

TEST_CASE("extract: a Chinese unit's statement spans the unit in the source, and is no part of a longer word") {
  auto hours = one("耗时 12 小时。", "README.md");
  CHECK(hours.length == std::string_view("12 小时").size());
  // `周期` is a period (an epoch), `卡车` a truck; `3090卡` a card's model, not 3090 cards.
  CHECK(found("训练 100 周期。", "README.md").empty());
  CHECK(found("使用8张3090卡训练。", "README.md").empty());
  CHECK(one("训练数据 1.5 万张图片。", "README.md").value == 15000);
  // Thousands of units stay linear: each rewritten once.
  std::string days;
  for (int i = 0; i < 100000; ++i) days += "1天 ";
  CHECK(to_plain(days, SourceKind::Markdown).text.size() == 100000 * std::string_view("1 days ").size());
}

TEST_CASE("extract: a Chinese README's devices, times and sizes") {
  auto cards = found("我们使用 8 张 A100 显卡进行预训练。", "README.md");
  REQUIRE(cards.size() == 1);
  CHECK(cards[0].value == 8);
  CHECK(cards[0].column == 6);  // where `8` is in the source, counted in characters
  auto run = found("训练在 4 块 V100 GPU 上完成，耗时 3 天。", "README.md");
  REQUIRE(run.size() == 2);
  CHECK(run[0].value == 4);
  CHECK(run[1].figure == FigureKind::Duration);
  CHECK(run[1].value == 3 * 86400);
  CHECK(one("推理使用单张 RTX 4090。", "README.md").value == 1);
  CHECK(one("A100单机8卡(1x8)", "README.md").value == 8);
  CHECK(one("训练数据 1.5万张图片。", "README.md").value == 15000);
  CHECK(one("数据规模在50k篇文章左右。", "README.md").value == 50000);
  // The sentence ends at the full stop: the next one's words are not its own.
  CHECK(one("耗时 12 小时。下一句。", "README.md").text == "耗时 12 hours。");
}
