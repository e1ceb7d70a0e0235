// The extractor on whether a device a sentence names is the one the run used:
// not a reader's, not one denied or offered as a choice, but one a sentence
// about running opens with.

#include <doctest/doctest.h>

#include <algorithm>

#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: a device a reader may use is not the run's") {
  CHECK(found("#### Optional: Install TransformerEngine if using NVIDIA GPU (Linux only)", "README.md").empty());
  auto stated = found("Hardware: NVIDIA GPU with 24GB memory", "README.md");
  REQUIRE(!stated.empty());
  CHECK(stated[0].figure == FigureKind::Hardware);
  CHECK(stated[0].value == 1);
}

TEST_CASE("extract: a single GPU before a kind of run or of code is no device used") {
  CHECK(found("DeepSpeed significantly improves single GPU performance for BERT.", "README.md").empty());
  CHECK(found("We developed fused kernels that combine these operations into single GPU kernels.").empty());
  CHECK(found("To ensure correctness, we only support single-GPU evaluation for now.", "README.md").empty());
  CHECK(one("All experiments ran on a single GPU.").value == 1);
  CHECK(one("It is designed to run on a single GPU node.").value == 1);
}

TEST_CASE("extract: a device a sentence opens with, in a sentence about running, was used") {
  auto speed = found("On V100 you should be seeing ~3 gradient steps/sec, so increase the workers to accelerate "
                     "training.",
                     "README.md");
  REQUIRE(speed.size() == 2);
  CHECK(speed[0].figure == FigureKind::Hardware);
  CHECK(speed[0].device->model.starts_with("NVIDIA V100"));
  // Not in a sentence about something else.
  CHECK(found("On V100 the tensor cores are of the first generation.", "README.md").empty());
}

TEST_CASE("extract: a device denied, offered as a choice or awaited is not the run's") {
  CHECK(found("Our technique does not require an ILP solver or a GPU.").empty());
  CHECK(found("It is possible to run the program without a GPU, but performance will be much lower.", "README.md")
            .empty());
  CHECK(found("Mixed precision is enabled when a GPU is available.").empty());
  CHECK(found("The training script can be used in single GPU or multiple GPU settings.", "README.md").empty());
  CHECK(found("This implementation only supports multi-gpu training; single-gpu or DataParallel training is not "
              "supported.",
              "README.md")
            .empty());
  // A denial of something else, and a choice between two runs, leave the device used.
  CHECK(one("The encoder took no more than a few hours to train on a single Nvidia Tesla P100 GPU.").value == 1);
  auto not_bad = found("Not bad for 3 minutes of training on a single GPU.", "README.md");
  REQUIRE(not_bad.size() == 2);
  CHECK(not_bad[1].figure == FigureKind::Hardware);
  CHECK(found("It took 3.3 hours of a single Tesla T4 or 8.75 hours of a single Tesla K40c.").size() == 4);
}

TEST_CASE("extract: a GPU's cores are not GPUs, a TPU's cores are its devices") {
  auto mac = found("All experiments run on an Apple Mac Studio with M3 Ultra (512 GB unified memory, 80 GPU cores).");
  CHECK(std::none_of(mac.begin(), mac.end(), [](const auto& s) { return s.value == 80; }));
  CHECK(one("We train on 32 TPU cores.").value == 32);
}

TEST_CASE("extract: a real-time factor or a number format on a device says it ran there") {
  auto rtf = found("Real-Time Streaming: RTF as low as ~0.3 on NVIDIA RTX 4090.", "README.md");
  CHECK(std::any_of(rtf.begin(), rtf.end(), [](const auto& s) { return s.figure == FigureKind::Hardware; }));
  auto fp16 = found("Qwen3-8B: primary model, fp16 on NVIDIA A100 80GB.");
  CHECK(std::any_of(fp16.begin(), fp16.end(), [](const auto& s) { return s.figure == FigureKind::Hardware; }));
  // Named in passing, still not.
  auto thanked = found("We thank NVIDIA for the A100 they donated.");
  CHECK(std::none_of(thanked.begin(), thanked.end(), [](const auto& s) { return s.figure == FigureKind::Hardware; }));
}

TEST_CASE("extract: a Mac Studio and a Mac mini are devices, a Mac's system is not") {
  CHECK(one("Inference runs on a single Mac Studio.").device->model == "Mac Studio");
  CHECK(one("We train on a Mac mini.").value == 1);
  CHECK(found("We use Mac OS 13.").empty());
}

TEST_CASE("extract: runs on a kind of device are counted runs, not devices") {
  CHECK(found("CARNE requires six learning-rate trials, totalling 6,000 slow GPU runs.").empty());
  CHECK(found("Boxplot of the iterations needed for an edge by a GPU warp.").empty());
  CHECK(found("Fused, they run as 4 GPU kernels.").empty());
  CHECK(one("To evaluate DETR R50 on COCO val5k with a single GPU run:", "README.md").value == 1);
  CHECK(one("It used about 60 GPUs running constantly for the project.").value == 60);
}
