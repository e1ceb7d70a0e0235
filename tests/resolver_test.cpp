#include <doctest/doctest.h>

#include "corpus/hardware_catalog.h"
#include "corpus/profile.h"
#include "test_support.h"

using namespace costlint;
using costlint::testing::diagnose;
using Lines = std::vector<std::string>;

TEST_CASE("the MANIFEST.md example resolves into systems, phases and facts") {
  std::unique_ptr<SourceFile> file;
  Disclosure d = testing::resolve_clean(
      testing::read_file(testing::source_dir() + "/corpus/examples/tabular.cost"), file);
  CHECK(d.version == "1");
  REQUIRE(d.paper);
  CHECK(d.paper->title->value == "Small Tabular Models Suffice");
  CHECK(d.paper->year->value == 2026);
  REQUIRE(d.hardware.size() == 2);
  CHECK(d.hardware[0].count == 8);
  CHECK(d.hardware[0].model == "NVIDIA A100-SXM4-80GB");
  REQUIRE(d.sites.size() == 1);
  CHECK(d.sites[0].pue->value == doctest::Approx(1.15));
  REQUIRE(d.systems.size() == 2);

  const System& model = d.systems[0];
  CHECK(model.role == SystemRole::Model);
  CHECK(model.parameters.declared->value == doctest::Approx(12.4e6));
  CHECK(model.precision->value == "bf16");
  REQUIRE(model.scores.size() == 1);
  CHECK(model.scores[0].value.interval->low == doctest::Approx(0.870));

  const Phase& train = *model.phase(PhaseKind::Train);
  CHECK(train.hardware == 0u);
  CHECK(train.site == 0u);
  CHECK(train[Quantity::Energy].declared->value == doctest::Approx(41.2 * 3.6e6));
  CHECK(train[Quantity::Compute].declared->dimension == dim::device * dim::time);
  CHECK(train[Quantity::Runs].declared->value == 5);
  CHECK(train.evidence.size() == 2);
  CHECK(train.evidence[1].format == "nvidia-smi");

  const Phase& infer = *model.phase(PhaseKind::Infer);
  CHECK(infer.hardware == 1u);
  CHECK(infer[Quantity::Energy].declared->origin == Origin::Estimated);
  CHECK(infer[Quantity::Energy].declared->dimension == dim::energy / dim::item);

  const System& baseline = d.systems[1];
  CHECK(baseline.role == SystemRole::Baseline);
  CHECK(baseline.kind->value == "simple");
  CHECK((*baseline.phase(PhaseKind::Train))[Quantity::Duration].declared->value == 240);
}

TEST_CASE("declaration order does not matter, and inline pools resolve") {
  std::unique_ptr<SourceFile> file;
  Disclosure d = testing::resolve_clean(
      "costlint 1\nmodel m {\n  score b = 0.5\n  train { hardware = gpus; site = s }\n"
      "  infer { hardware = 1 x \"Intel Core i7-1185G7\" }\n}\n"
      "benchmark b { metric = accuracy }\nsite s { region = \"FR\" }\n"
      "hardware gpus = 2 x \"V100\"\n",
      file);
  CHECK(d.systems[0].scores[0].benchmark == 0);
  CHECK(d.systems[0].phase(PhaseKind::Train)->hardware == 0u);
  REQUIRE(d.hardware.size() == 2);
  CHECK(d.hardware[1].name.empty());
  CHECK(d.hardware[1].model == "Intel Core i7-1185G7");
  CHECK(d.systems[0].phase(PhaseKind::Infer)->hardware == 1u);
}

TEST_CASE("pool counts take digit separators, and `~` for a count a paper gives roughly") {
  std::unique_ptr<SourceFile> file;
  Disclosure d = testing::resolve_clean(
      "costlint 1\nhardware big = 10_000 x \"V100\"\nhardware rough = ~1000 x \"V100\"\n"
      "model m { infer { hardware = ~8 x \"Intel Core i7-1185G7\" } }\n",
      file);
  REQUIRE(d.hardware.size() == 3);
  CHECK(d.hardware[0].count == 10000);
  CHECK_FALSE(d.hardware[0].approximate);
  CHECK(d.hardware[1].count == 1000);
  CHECK(d.hardware[1].approximate);
  CHECK(d.hardware[2].approximate);
}

TEST_CASE("the header is required and must be version 1") {
  CHECK(diagnose("paper { }\n") ==
        Lines{"1:1: warning: missing header: a manifest starts with `costlint 1` [S009]"});
  CHECK(diagnose("") ==
        Lines{"1:1: warning: missing header: a manifest starts with `costlint 1` [S009]"});
  CHECK(diagnose("costlint 2\n") ==
        Lines{"1:10: error: unknown language version `2`; this costlint reads version 1 [S009]"});
}

TEST_CASE("names are declared once, in one namespace") {
  CHECK(diagnose("costlint 1\nsite a { }\nmodel a { }\n") ==
        Lines{"3:7: error: `a` is already declared as a site [S003]",
              "  2:6: note: `a` first declared here"});
  CHECK(diagnose("costlint 1\npaper { }\npaper { }\n") ==
        Lines{"3:1: error: a second `paper` block [S003]",
              "  2:1: note: the first `paper` block is here"});
  CHECK(diagnose("costlint 1\nmodel m {\n  train { }\n  train { }\n}\n") ==
        Lines{"4:3: error: a second `train` block in `m` [S003]",
              "  3:3: note: the first `train` block is here"});
}

TEST_CASE("references resolve to names of the right kind") {
  CHECK(diagnose("costlint 1\nmodel m { train { site = paris } }\n") ==
        Lines{"2:26: error: unknown site `paris` [S002]",
              "  note: this manifest declares no site"});
  CHECK(diagnose("costlint 1\nsite paris { }\nmodel m { train { hardware = paris } }\n") ==
        Lines{"3:30: error: `paris` is a site, not a hardware pool [S002]",
              "  2:6: note: `paris` declared here"});
  CHECK(diagnose("costlint 1\nbenchmark mmlu { }\nmodel m { score mmlu = 0.7; score mlu = 0.6 }\n") ==
        Lines{"3:35: error: unknown benchmark `mlu`; did you mean `mmlu`? [S002]",
              "  2:11: note: `mmlu` declared here"});
}

TEST_CASE("each field takes the dimension its meaning needs") {
  CHECK(diagnose("costlint 1\nmodel m { train { energy = 41.2 h } }\n") ==
        Lines{"2:28: error: `energy` expects energy or energy per item, found time (`s`) [S004]"});
  CHECK(diagnose("costlint 1\nmodel m { train { memory = 31 } }\n") ==
        Lines{"2:28: error: `memory` expects bytes, found a plain number with no unit [S004]"});
  CHECK(diagnose("costlint 1\nmodel m { infer { throughput = 5 W } }\n") ==
        Lines{"2:32: error: `throughput` expects items per time, found power (`J/s`) [S004]"});
  CHECK(diagnose("costlint 1\nmodel m { train { cost = 5 USD + 3 EUR } }\n") ==
        Lines{"2:26: error: cannot add money (USD) and money (EUR) [S004]",
              "  2:26: note: `5 USD` is money (USD)",
              "  2:34: note: `3 EUR` is money (EUR)"});
  CHECK(diagnose("costlint 1\nmodel m { train { energy = 41 kWh ± 2 h } }\n") ==
        Lines{"2:39: error: the uncertainty is in time but the value is in energy [S004]"});
}

TEST_CASE("inference compute may be per item") {
  CHECK(diagnose("costlint 1\nmodel m { infer { compute = 0.39 GFLOP / (1 image) } }\n").empty());
  CHECK(diagnose("costlint 1\nmodel m { infer { compute = 2 ms / (1 image) } }\n") ==
        Lines{"2:29: error: `compute` expects device-time or FLOP (per item at inference), found "
              "time per item (`s/item`) [S004]"});
}

TEST_CASE("count suffixes belong to count fields, `B` is bytes elsewhere") {
  CHECK(diagnose("costlint 1\nmodel m { parameters = 7 B; size = 14 GB }\n").empty());
  CHECK(diagnose("costlint 1\nmodel m { train { energy = 5 M } }\n") ==
        Lines{"2:30: error: count suffix `M` is allowed only in count fields such as "
              "`parameters` or `samples` [S005]"});
  CHECK(diagnose("costlint 1\nmodel m { train { memory = 7 B } }\n").empty());
  CHECK(diagnose("costlint 1\nmodel m { train { energy = 7 B } }\n") ==
        Lines{"2:28: error: `energy` expects energy or energy per item, found bytes (`B`) [S004]"});
}

TEST_CASE("unknown units, fields and choices get suggestions") {
  CHECK(diagnose("costlint 1\nmodel m { train { energy = 41.2 kwh } }\n") ==
        Lines{"2:33: error: unknown unit `kwh`; did you mean `kWh`? [S005]"});
  CHECK(diagnose("costlint 1\nmodel m { train { duraton = 4 h } }\n") ==
        Lines{"2:19: error: unknown field `duraton` in a `train` block; did you mean `duration`? "
              "[S002]"});
  CHECK(diagnose("costlint 1\nmodel m { precision = bf61 }\n") ==
        Lines{"2:23: error: unknown precision `bf61`; did you mean `bf16`? [S002]",
              "  note: `precision` is one of `fp32`, `tf32`, `bf16`, `fp16`, `fp8`, `int8`, "
              "`int4`, `mixed`"});
  CHECK(diagnose("costlint 1\nmodel m { kind = simple }\n") ==
        Lines{"2:11: error: `kind` applies only to a `baseline` [S002]"});
}

TEST_CASE("values of the wrong kind or impossible values are S013") {
  CHECK(diagnose("costlint 1\nmodel m { label = 5 }\n") ==
        Lines{"2:19: error: `label` takes a quoted string, found a number [S013]"});
  CHECK(diagnose("costlint 1\nmodel m { train { runs = 2.5 } }\n") ==
        Lines{"2:26: error: `runs` must be a whole number, found 2.5 [S013]"});
  CHECK(diagnose("costlint 1\nmodel m { train { duration = 1 h - 2 h } }\n") ==
        Lines{"2:30: error: `duration` cannot be negative [S013]"});
  CHECK(diagnose("costlint 1\nmodel m { train { duration = 1 h / (2 - 2) } }\n") ==
        Lines{"2:36: error: division by zero [S013]"});
  CHECK(diagnose("costlint 1\nhardware g = 0 x \"A100\"\n") ==
        Lines{"2:14: error: a hardware pool needs at least one device [S013]"});
  CHECK(diagnose("costlint 1\nmodel m { train { energy = 1e300 kWh * 1e300 } }\n") ==
        Lines{"2:28: error: the value is too large to represent [S013]"});
}

TEST_CASE("every shipped profile loads") {
  for (std::string_view name : profile_names()) {
    CAPTURE(name);
    std::string error;
    auto profile = load_profile(name, "", &error);
    CHECK_MESSAGE(profile, error);
  }
  std::string error;
  CHECK_FALSE(parse_profile("C101 sometimes\n", &error));
  CHECK(error == "line 1: unknown severity `sometimes`");
  CHECK_FALSE(parse_profile("X999 error\n", &error));
  CHECK(error == "line 1: unknown rule or setting `X999`");
}

TEST_CASE("a hardware table from --data is checked row by row") {
  std::string header =
      "model,aliases,kind,year,tdp_w,idle_w,idle_basis,typical_w,typical_basis,fp32_flops,"
      "tf32_flops,bf16_flops,fp16_flops,fp8_flops,int8_ops,memory_bytes,source\n";
  std::string error;
  auto typical = HardwareCatalog::parse(
      header + "G,,gpu,2020,300,30,derived,271,measured,1e12,,,,,,,s\n", &error);
  REQUIRE(typical);
  CHECK(typical->find("G")->typical.watts == 271);
  CHECK(typical->find("G")->typical.measured);
  CHECK(typical->find("G")->idle.watts == 30);
  CHECK_FALSE(typical->find("G")->idle.measured);
  CHECK(typical->find("G")->peak(Precision::Fp32) == 1e12);
  CHECK_FALSE(HardwareCatalog::parse(header + "G,,gpu,1e300,300,30,derived,300,derived,,,,,,,,s\n", &error));
  CHECK(error == "hardware.csv:2: malformed row");
  CHECK_FALSE(HardwareCatalog::parse(header + "G,,gpu,2020,-5,30,derived,300,derived,,,,,,,,s\n", &error));
  CHECK_FALSE(HardwareCatalog::parse(header + "G,,gpu,2020,300,30,derived,-1,measured,,,,,,,,s\n", &error));
  // 16 fields: a row written for the header before the basis columns.
  CHECK_FALSE(HardwareCatalog::parse(header + "G,,gpu,2020,300,30,271,,,,,,,,,s\n", &error));
  CHECK_FALSE(HardwareCatalog::parse("model,tdp\n", &error));
  auto catalog = HardwareCatalog::parse(
      header + "NVIDIA A100-SXM4-80GB,A100 80GB SXM,gpu,2021,400,50,measured,400,derived,,,312e12,,,,,s\n",
      &error);
  REQUIRE(catalog);
  CHECK(catalog->find("a100 80gb sxm") == catalog->find("NVIDIA A100-SXM4-80GB"));
  CHECK(catalog->find("Tesla A100-SXM4-80GB") != nullptr);
  CHECK(catalog->find("H100") == nullptr);
}

TEST_CASE("every power figure of a hardware table has a value and a basis") {
  std::string header =
      "model,aliases,kind,year,tdp_w,idle_w,idle_basis,typical_w,typical_basis,fp32_flops,"
      "tf32_flops,bf16_flops,fp16_flops,fp8_flops,int8_ops,memory_bytes,source\n";
  std::string ok_row = "G,,gpu,2020,300,30,derived,300,derived,,,,,,,,s\n";
  for (std::string bad : {"G,,gpu,2020,300,30,guessed,300,derived,,,,,,,,s\n",
                          "G,,gpu,2020,300,30,derived,300,,,,,,,,,s\n",
                          "G,,gpu,2020,300,30,derived,,derived,,,,,,,,s\n",
                          "G,,gpu,2020,300,,measured,300,derived,,,,,,,,s\n",
                          "G,,gpu,2020,300,0,measured,300,derived,,,,,,,,s\n"}) {
    CAPTURE(bad);
    std::string error;
    CHECK_FALSE(HardwareCatalog::parse(header + ok_row + bad, &error));
    CHECK(error == "hardware.csv:3: malformed row");
  }
}

TEST_CASE("the corpus gives a measured power only where a source measured one") {
  const HardwareCatalog& corpus = embedded_reference().hardware;
  CHECK(corpus.find("TPU v3")->typical.watts == 283);  // Patterson et al. 2021, Table 3
  CHECK(corpus.find("TPU v3")->typical.measured);
  CHECK(corpus.find("TPU v3")->tdp_w == 450);
  CHECK(corpus.find("V100 32GB")->typical.watts == 325);
  CHECK(corpus.find("A100")->typical.watts == 400);  // its TDP × the GPU node share
  CHECK_FALSE(corpus.find("A100")->typical.measured);
  CHECK(corpus.find("A100")->idle.watts == 50);  // nvidia-smi, facebookresearch/vissl#422
  CHECK(corpus.find("A100")->idle.measured);
  CHECK(corpus.find("RTX 3090")->idle.watts == 6);  // nvidia-smi, noonghunna/club-3090#1127
  CHECK(corpus.find("H100")->idle.watts == 70);  // its TDP × 0.1
  CHECK_FALSE(corpus.find("H100")->idle.measured);
}
