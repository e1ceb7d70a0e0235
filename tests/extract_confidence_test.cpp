// The confidence model of the extractor: the features it reads of a
// statement, the weights it is given, and what extract leaves out with it.

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "extract/confidence_model.h"
#include "extract/statement_features.h"
#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::one;

namespace {

bool has(const std::vector<std::string>& features, const std::string& feature) {
  return std::find(features.begin(), features.end(), feature) != features.end();
}

/// A duration of `text`, its number the first `number` there.
CostStatement duration_in(std::string text, std::string unit, std::string_view number = "12") {
  CostStatement s{};
  s.figure = FigureKind::Duration;
  s.value = 43200;
  s.unit = std::move(unit);
  s.text_at = static_cast<uint32_t>(text.find(number));
  s.text = std::move(text);
  s.file = "paper/main.tex";
  return s;
}

}  // namespace

TEST_CASE("extract confidence: a statement's features are its figure's words around it") {
  std::vector<std::string> f =
      statement_features(duration_in("We Trained the model for 12 hours on 8 GPUs in 2021.", "hours"));
  CHECK(std::is_sorted(f.begin(), f.end()));
  CHECK(std::adjacent_find(f.begin(), f.end()) == f.end());
  for (const char* feature : {"duration", "duration|ext=tex", "duration|u=hours", "duration|mag=4", "duration|len=1",
                              "duration|b=trained", "duration|b=the", "duration|b=model", "duration|b=for",
                              "duration|a=on", "duration|a=8", "duration|a=gpus", "duration|a=in",
                              "duration|w=trained", "duration|w=gpus"})
    CHECK_MESSAGE(has(f, feature), feature);
  CHECK(!has(f, "duration|b=we"));     // five words before: out of reach
  CHECK(!has(f, "duration|b=12"));     // the number is not before itself
  CHECK(!has(f, "duration|a=2021"));   // five words after
  CHECK(!has(f, "duration|w=2021"));   // numbers are no words of the sentence
  CHECK(!has(f, "duration|approx"));
  CHECK(!has(f, "duration|system"));
}

TEST_CASE("extract confidence: the words around are the statement's own, not its unit's first place") {
  const std::string sentence = "Audio clips are cropped to 4 seconds, and training the model took 9 seconds.";
  std::vector<std::string> clip = statement_features(duration_in(sentence, "seconds", "4"));
  std::vector<std::string> run = statement_features(duration_in(sentence, "seconds", "9"));
  CHECK(has(clip, "duration|b=cropped"));
  CHECK(has(clip, "duration|a=and"));
  CHECK(!has(clip, "duration|b=took"));
  CHECK(has(run, "duration|b=took"));
  CHECK(has(run, "duration|b=training"));
  CHECK(!has(run, "duration|b=cropped"));
  CHECK(!has(run, "duration|a=and"));
  // A unit of one letter is not found inside a word after the number.
  std::vector<std::string> hours = statement_features(duration_in("It took 12 for this and 3 h after.", "h"));
  CHECK(has(hours, "duration|a=after"));
  CHECK(!has(hours, "duration|a=is"));
  // As extract finds it: where its number begins in its sentence.
  CHECK(one("Before this. We trained the model for 3.5 days.").text_at == 25);
}

TEST_CASE("extract confidence: a system, a device, an estimate and the file's kind are features") {
  CostStatement s = duration_in("12", "Time (h)");
  s.approximate = true;
  s.row_label = "LLaMA";
  s.device = DeviceMention{std::nullopt, "A100"};
  s.file = "paper/v1.2/Main.TEX";
  std::vector<std::string> f = statement_features(s);
  CHECK(has(f, "duration|approx"));
  CHECK(has(f, "duration|system"));
  CHECK(has(f, "duration|nocount"));
  CHECK(has(f, "duration|u=time"));
  CHECK(has(f, "duration|u=h"));
  CHECK(has(f, "duration|ext=tex"));
  s.file = "v1.2/README";
  CHECK(has(statement_features(s), "duration|ext"));
  // Not UTF-8 nor ASCII letters: a separator, never part of a word.
  CHECK(has(statement_features(duration_in("Ca\xc3\xa9 d\xff" "b 5 hours", "hours", "5")), "duration|w=ca"));
}

TEST_CASE("extract confidence: the logistic of the bias and the weights of the features present") {
  std::string error;
  auto model = ConfidenceModel::parse("feature,weight\nbias,-1\nduration|w=trained,3\nduration|w=audio,-5\n", &error);
  REQUIRE(model);
  CHECK(model->confidence(duration_in("We trained it for 12 hours.", "hours")) ==
        doctest::Approx(1 / (1 + std::exp(-2.0))));
  CHECK(model->confidence(duration_in("The audio is cut to 12 hours.", "hours")) ==
        doctest::Approx(1 / (1 + std::exp(6.0))));
  CHECK(ConfidenceModel::parse("feature,weight\n", &error)->confidence(duration_in("x 1 hours", "hours")) == 0.5);
  CHECK(!ConfidenceModel::parse("feature,weight\nbias,1\nduration|w=a,x\n", &error));
  CHECK(error == "line 3: expected `feature,weight`");
  CHECK(!ConfidenceModel::parse("feature,weight\nno comma\n", &error));
  CHECK(!ConfidenceModel::parse("feature,weight\nbias,inf\n", &error));
  // Lines ended by CR LF read as those ended by LF.
  auto crlf = ConfidenceModel::parse("feature,weight\r\nbias,-1\r\nduration|w=trained,3\r\n", &error);
  REQUIRE(crlf);
  CHECK(crlf->confidence(duration_in("We trained it for 12 hours.", "hours")) ==
        doctest::Approx(1 / (1 + std::exp(-2.0))));
}

TEST_CASE("extract confidence: weighing a paper's thousands in two halves weighs each as alone") {
  std::vector<CostStatement> statements;
  for (int i = 0; i < 1200; ++i)
    statements.push_back(duration_in(i % 2 ? "We trained it for 12 hours." : "Clips are cut to 12 seconds.",
                                     i % 2 ? "hours" : "seconds"));
  const ConfidenceModel& model = ConfidenceModel::embedded();
  model.weigh(statements);
  for (const CostStatement& s : statements) REQUIRE(s.confidence == model.confidence(s));
  CHECK(statements[0].confidence != statements[1].confidence);
  CHECK(statements.front().confidence != 1);  // the first half too
}

TEST_CASE("extract confidence: the model compiled in doubts an audio clip's length, not a run's time") {
  const ConfidenceModel& model = ConfidenceModel::embedded();
  CHECK(model.confidence(one("All audio is resampled to 16 kHz mono and cropped or padded to 4 seconds.")) < 0.5);
  CHECK(model.confidence(one("We trained the model for 3.5 days.")) > 0.9);
  for (const CostStatement& s : testing::found("Training took 12 hours on 8 NVIDIA V100 GPUs.", "README.md"))
    CHECK(model.confidence(s) > 0.5);
}

TEST_CASE("extract confidence: extract_paper leaves out the statements under its least confidence") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "costlint_confidence_test";
  fs::create_directories(dir);
  std::ofstream(dir / "main.tex") << "We trained the model for 3.5 days.\n"
                                     "All audio is resampled to 16 kHz mono and cropped or padded to 4 seconds.\n";
  std::vector<std::string> problems;
  auto kept = extract_paper((dir / "main.tex").string(), dir.string(), testing::catalog(), problems);
  REQUIRE(kept.size() == 1);
  REQUIRE(kept[0].statements.size() == 1);
  CHECK(kept[0].statements[0].line == 1);
  CHECK(kept[0].statements[0].confidence > 0.9);
  auto all = extract_paper((dir / "main.tex").string(), dir.string(), testing::catalog(), problems, 0);
  REQUIRE(all[0].statements.size() == 2);
  CHECK(all[0].statements[1].confidence < 0.5);
  fs::remove_all(dir);
}
