// The extractor on Markdown as READMEs and model cards write it: HTML's
// character references, brackets that are no links.

#include <doctest/doctest.h>

#include <algorithm>

#include "extract/html_entity.h"
#include "extract/plain_text.h"
#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: HTML character references read as the characters they stand for") {
  CHECK(one("Trained on 8&times;A100 GPUs.", "README.md").value == 8);
  CHECK(one("Training took 12&nbsp;hours.", "README.md").value == 12 * 3600);
  CostStatement range = one("It takes 3&ndash;4 days.", "README.md");
  CHECK(range.value == doctest::Approx(3.5 * 86400));
  CHECK(one("| Model | Time |\n|---|---|\n| A | 4d&nbsp;06h |\n", "card.md").value == 4 * 86400 + 6 * 3600);
  CHECK(one("300&#8239;GPU hours", "README.md").value == 300 * 3600);
  CHECK(one("8&#xD7;V100 GPUs were used.", "README.md").value == 8);
  // What is no reference stays as written; a reference's text is the reader's.
  CHECK(!html_entity("&unknown;"));
  CHECK(!html_entity("& nbsp;"));
  CHECK(!html_entity("&#;"));
  CHECK(!html_entity("&#xD800;"));  // a surrogate is no character
  CHECK(!html_entity("&#99999999;"));
  CHECK(!html_entity("&nbsp"));
  CHECK(html_entity("&lt;sup>")->text == "<");
  CHECK(html_entity("&lt;sup>")->length == 4);
  CHECK(markdown_to_plain("a &amp; b &copy; c").text == "a & b &copy; c");
}

TEST_CASE("extract: a Markdown bracket that opens no link is prose") {
  CHECK(markdown_to_plain("Training [s] and [the docs](https://example.org).").text == "Training [s] and the docs.");
  // A badge: an image's alternative text inside a link, neither of them text.
  CHECK(markdown_to_plain("[![badge](img.svg)](https://example.org) ok").text == " ok");
}

TEST_CASE("extract: a label read as a header gives the bare number after it its unit") {
  CostStatement hours = one("- **GPU hours:** 288\n", "card.md");
  CHECK(hours.figure == FigureKind::DeviceTime);
  CHECK(hours.value == 288 * 3600);
  CHECK(one("Energy (kWh): 12.4\n", "card.md").value == doctest::Approx(12.4 * 3.6e6));
  CHECK(one("{'epoch': 1, 'duration (s)': 8}\n", "README.md").value == 8);
  // A count of devices, parameters in the magnitude the label gives; a setting's label gives nothing.
  CHECK(one("  * \\# of GPUs: 10\n", "README.md").value == 10);
  CHECK(one("  * \\# of parameters (million): 89.98\n", "README.md").value == doctest::Approx(89.98e6));
  CHECK(found("- **Batch size:** 512\n- **Params:** 89\n", "card.md").empty());
  // Nor does a sentence that ends in a colon.
  CHECK(found("Developing the model emitted far more than its training as the following shows in GPU hours: 15\n",
              "card.md")
            .empty());
}

TEST_CASE("extract: a numeric reference to a control character stays as written") {
  CHECK(!html_entity("&#9;"));
  CHECK(!html_entity("&#10;"));
  CHECK(!html_entity("&#x85;"));
  CHECK(one("We trained on 8&#9;A100 GPUs for 12 hours.", "README.md").figure == FigureKind::Duration);
}

TEST_CASE("extract: an HTML cell spanning rows keeps the cells below under their headers") {
  std::string card =
      "<table>\n  <tr>\n    <td>Group</td>\n    <td>Name</td>\n    <td># Tokens</td>\n  </tr>\n"
      "  <tr>\n    <td rowspan=\"2\">News</td>\n    <td>TRC2</td>\n    <td>\u00a0227.39 M\u00a0</td>\n  </tr>\n"
      "  <tr>\n    <td>Investing.com</td>\n    <td>\u00a0130.88 M</td>\n  </tr>\n</table>\n";
  auto tokens = found(card, "README.md");
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].figure == FigureKind::Tokens);
  CHECK(tokens[0].value == doctest::Approx(227.39e6));
  CHECK(tokens[1].value == doctest::Approx(130.88e6));  // under `# Tokens`, not `Name`
  // A header's span down ends with its section: `<thead>` does not reach into `<tbody>`.
  auto sized = found("<table><thead><tr><th rowspan=\"3\">Method</th><th rowspan=\"3\">Params</th></tr></thead>\n"
                     "<tbody><tr><td>DAViD-Base</td><td>0.12B</td></tr></tbody></table>\n",
                     "card.md");
  REQUIRE(sized.size() == 1);
  CHECK(sized[0].value == doctest::Approx(0.12e9));
  // A no-break space is a space: `12\u00a0hours`.
  CHECK(one("Training took 12\u00a0hours.", "README.md").value == 12 * 3600);
}

TEST_CASE("markdown: a list item that is one link is a reading list's title, not a claim") {
  CHECK(found("* [Benchmarking TensorFlow on the Raspberry Pi](https://example.org/a)\n", "README.md").empty());
  auto claim = found("- Trained on [4 A100 GPUs](https://example.org/hw) for 3 days.\n", "README.md");
  CHECK(claim.size() == 2);
}

TEST_CASE("markdown: LaTeX's tie pasted between words is a space, an approximation's tilde stays") {
  auto cpus = found("We used a server with 2 Intel~Xeon CPU (E5-2650v2,~2.60GHz).", "README.md");
  REQUIRE(cpus.size() == 1);
  CHECK(cpus[0].value == 2);
  auto hours = one("It took ~14 hours.", "README.md");
  CHECK(hours.value == 14 * 3600);
  CHECK(hours.approximate);
}

TEST_CASE("extract: a table's header after a blank line is no row of the table above") {
  auto statements = found(
      "| Model | Params | GPU |\n|---|---|---|\n| Small | 25M | 1x V100 |\n\n"
      "| Model | Latency (ms) | Throughput (img/s) |\n|---|---:|---:|\n| ViT-B | 12.3 | 820 |\n",
      "README.md");
  // Params and the device of the first table's row; latency and throughput of the second's.
  REQUIRE(statements.size() == 4);
  CHECK(std::none_of(statements.begin(), statements.end(),
                     [](const CostStatement& s) { return s.device && s.device->model == "Throughput (img/s)"; }));
  CHECK(statements[3].figure == FigureKind::Throughput);
}

TEST_CASE("markdown: an image's alternative text is no text, a link's is") {
  CHECK(found("#### Graphs\n![50W Used RAM](Images/resnet_50W_used_ram.png)\n", "README.md").empty());
  CHECK(one("See [our run on 8 A100 GPUs](runs/a100.md).", "README.md").value == 8);
  CHECK(one("Wow! [It took 3 days](log.md).", "README.md").value == 3 * 86400);
}

TEST_CASE("markdown: a header's second line after </br> is its unit, as after <br>") {
  auto statements = found("| Model | Par.</br><sup>M</sup> | FPS</br><sup>&nbsp;</sup> |\n|---|---:|---:|\n"
                          "| BEiT-L | **345** | **5.7** |\n",
                          "README.md");
  REQUIRE(statements.size() == 2);
  CHECK(statements[0].figure == FigureKind::Parameters);
  CHECK(statements[0].value == 345e6);
  CHECK(statements[1].figure == FigureKind::Throughput);
  CHECK(one("| Model | Params M |\n|---|---|\n| A | 12 |\n", "README.md").value == 12e6);
  CHECK(found("| Model | Group B |\n|---|---|\n| A | 12 |\n", "README.md").empty());
}

TEST_CASE("extract: a number in Markdown's inline math is no dollar amount") {
  auto statements = found("It runs in roughly $24$ hours, $2\\times$ faster than the $3$ studies, at a cost of $24.",
                          "README.md");
  REQUIRE(statements.size() == 2);
  CHECK(statements[0].figure == FigureKind::Duration);
  CHECK(statements[0].value == 24 * 3600.0);
  CHECK(statements[1].figure == FigureKind::Cost);
  CHECK(statements[1].value == 24);
  // A power of ten in math, and a dollar amount raised to one outside it.
  auto powers = found("We train it with $10^5$ data points. Running it costs $10^5 a year.", "README.md");
  REQUIRE(powers.size() == 1);
  CHECK(powers[0].figure == FigureKind::Cost);
  CHECK(powers[0].column > 40);
}

TEST_CASE("extract: an HTML superscript after digits is a power of ten, after a name a note's mark") {
  CHECK(one("The base model was trained with ~6.67x10<sup>22</sup> FLOPs.", "README.md").value ==
        doctest::Approx(6.67e22));
  auto noted = found("| Device | TPU Pod v3-32<sup>[3]</sup> |\n|---|---|\n| Steps | 1M |\n", "README.md");
  CHECK(std::none_of(noted.begin(), noted.end(), [](const auto& s) { return s.figure == FigureKind::Flop; }));
}
