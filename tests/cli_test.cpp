// The command line as a user meets it: the real binary, run in a scratch
// folder, its whole output and its exit status pinned for each class of input.

#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "test_support.h"

namespace fs = std::filesystem;

namespace {

using costlint::testing::Outcome;

/// A scratch folder with files in it, removed afterwards, where costlint runs.
class Scratch : public costlint::testing::TempFolder {
 public:
  Scratch() : TempFolder("cli") {}

  Outcome run(const std::string& args) const {
    return costlint::testing::run_command("cd '" + dir().string() + "' && " + COSTLINT_BINARY + " " + args);
  }
};

}  // namespace

TEST_CASE("cli: a clean manifest exits 0") {
  Scratch s;
  s.write("paper.cost", "costlint 1\npaper { title = \"t\" }\n");
  Outcome o = s.run("check paper.cost");
  CHECK(o.output == "no findings in 1 manifest\n");
  CHECK(o.status == 0);
}

TEST_CASE("cli: the bundled examples have warnings and notes only") {
  Scratch s;
  Outcome tabular = s.run("check " + costlint::testing::source_dir() + "/corpus/examples/tabular.cost");
  CHECK(tabular.output == "no findings in 1 manifest\n");  // its logs agree with it
  CHECK(tabular.status == 0);
  Outcome all = s.run("check " + costlint::testing::source_dir() + "/corpus/examples");
  CHECK(all.output.ends_with(" in 3 manifests\n"));
  CHECK(all.status == 0);
}

TEST_CASE("cli: a syntax error exits 2 with one located message") {
  Scratch s;
  s.write("paper.cost", "costlint 1\nmodel a {\n  train {\n    duration = 6.5 h\n");
  Outcome o = s.run("check paper.cost");
  CHECK(o.output ==
        "paper.cost:4:21: error: expected '}' to close the `train` block opened at 3:3, found "
        "end of file [S001]\n"
        "    duration = 6.5 h\n"
        "                    ^\n"
        "paper.cost:3:3: note: `train` block opened here\n"
        "  train {\n"
        "  ^~~~~\n"
        "1 error in 1 manifest\n");
  CHECK(o.status == 2);
}

TEST_CASE("cli: name, duplicate, dimension and unit errors exit 1") {
  Scratch s;
  // No model in these: the rules have nothing to judge, the front end speaks alone.
  s.write("a.cost", "costlint 1\nbenchmark b { better = hihger }\n");
  s.write("b.cost", "costlint 1\nsite a { }\nsite a { }\n");
  s.write("c.cost", "costlint 1\nsite s { intensity = 41.2 h }\n");
  s.write("d.cost", "costlint 1\nsite s { intensity = 41.2 kwh }\n");
  for (auto [file, code] : {std::pair{"a.cost", "S002"}, {"b.cost", "S003"}, {"c.cost", "S004"},
                            {"d.cost", "S005"}}) {
    CAPTURE(file);
    Outcome o = s.run(std::string("check ") + file);
    CHECK(o.output.find(std::string("[") + code + "]") != std::string::npos);
    CHECK(o.status == 1);
  }
  Outcome o = s.run("check d.cost");
  CHECK(o.output ==
        "d.cost:2:27: error: unknown unit `kwh`; did you mean `kWh`? [S005]\n"
        "site s { intensity = 41.2 kwh }\n"
        "                          ^~~\n"
        "                          kWh\n"
        "1 error in 1 manifest\n");
}

TEST_CASE("cli: a missing header warns and exits 0, an unknown version exits 1") {
  Scratch s;
  s.write("old.cost", "paper { }\n");
  s.write("new.cost", "costlint 9\n");
  CHECK(s.run("check old.cost").output ==
        "old.cost:1:1: warning: missing header: a manifest starts with `costlint 1` [S009]\n"
        "paper { }\n"
        "^\n"
        "costlint 1\n"
        "1 warning in 1 manifest\n");
  CHECK(s.run("check old.cost").status == 0);
  CHECK(s.run("check new.cost").status == 1);
}

TEST_CASE("cli: the empty file, BOM and CRLF") {
  Scratch s;
  s.write("empty.cost", "");
  s.write("bom.cost", "\xEF\xBB\xBF" "costlint 1\npaper { year = 2026 kwh }\n");
  s.write("crlf.cost", "costlint 1\r\npaper {\r\n  year = 2026 kwh\r\n}\r\n");
  Outcome empty = s.run("check empty.cost");
  CHECK(empty.output ==
        "empty.cost:1:1: warning: missing header: a manifest starts with `costlint 1` [S009]\n"
        "\n^\ncostlint 1\n1 warning in 1 manifest\n");
  CHECK(empty.status == 0);
  CHECK(s.run("check bom.cost").output.starts_with("bom.cost:2:21: error: unknown unit `kwh`"));
  Outcome crlf = s.run("check crlf.cost");
  CHECK(crlf.output.starts_with("crlf.cost:3:15: error: unknown unit `kwh`"));
  CHECK(crlf.output.find('\r') == std::string::npos);
}

TEST_CASE("cli: invalid UTF-8 and NUL bytes are located syntax errors") {
  Scratch s;
  s.write("utf8.cost", "costlint 1\npaper { title = \"caf\xE9\" }\n");
  s.write("nul.cost", std::string("costlint 1\n\0\n", 13));
  Outcome utf8 = s.run("check utf8.cost");
  CHECK(utf8.output.starts_with(
      "utf8.cost:2:21: error: invalid UTF-8 byte 0xE9; a manifest is UTF-8 text [S001]\n"));
  CHECK(utf8.status == 2);
  Outcome nul = s.run("check nul.cost");
  CHECK(nul.output.starts_with("nul.cost:2:1: error: NUL byte in manifest"));
  CHECK(nul.status == 2);
}

TEST_CASE("cli: 10,000-deep nesting is refused at the limit") {
  Scratch s;
  s.write("deep.cost", "costlint 1\npaper { year = " + std::string(10000, '(') + "1" +
                           std::string(10000, ')') + " }\n");
  s.write("braces.cost", "costlint 1\nmodel m {\n" + std::string(10000, '{') + "\n");
  Outcome deep = s.run("check deep.cost");
  CHECK(deep.output.starts_with(
      "deep.cost:2:80: error: parentheses nest deeper than 64 levels [S001]\n"));
  CHECK(deep.status == 2);
  Outcome braces = s.run("check braces.cost");
  CHECK(braces.output.starts_with(
      "braces.cost:3:1: error: expected a field or '}' in the `model m` block, found `{` [S001]"));
  CHECK(braces.status == 2);
}

TEST_CASE("cli: a 100 MB manifest is refused where the limit is crossed") {
  Scratch s;
  std::string line = "# " + std::string(97, 'x') + "\n";  // 100 bytes
  {
    std::ofstream big(s.dir() / "big.cost", std::ios::binary);
    big << "costlint 1\n";
    for (int i = 0; i < 1'000'000; ++i) big << line;
  }
  Outcome o = s.run("check big.cost");
  CHECK(o.output.starts_with(
      "big.cost:167774:6: error: the manifest is 95.4 MiB, over the 16 MiB limit; reading stops "
      "here [S012]\n"));
  CHECK(o.status == 2);
}

TEST_CASE("cli: unreadable manifests exit 2") {
  Scratch s;
  fs::create_directories(s.dir() / "folder.cost");
  CHECK(s.run("check missing.cost").output ==
        "missing.cost: error: cannot read the manifest: no such file [S012]\n"
        "1 error in 1 manifest\n");
  CHECK(s.run("check missing.cost").status == 2);
  Outcome empty_dir = s.run("check folder.cost");
  CHECK(empty_dir.output.starts_with("costlint: error: no *.cost manifest found"));
  CHECK(empty_dir.status == 2);
}

TEST_CASE("cli: a manifest outside --root is refused") {
  Scratch s;
  s.write("repo/.git/HEAD", "");
  s.write("other/paper.cost", "costlint 1\n");
  Outcome o = s.run("check --root repo other/paper.cost");
  CHECK(o.output.starts_with("other/paper.cost: error: the manifest is outside the repository "
                             "root `repo` [S007]\n"));
  CHECK(o.status == 2);
}

TEST_CASE("cli: without a path, every manifest under the current folder, hidden ones skipped") {
  Scratch s;
  s.write("b/two.cost", "costlint 1\nsite a { region = 5 }\n");
  s.write("a/one.cost", "costlint 1\n");
  s.write(".hidden/three.cost", "not a manifest");
  s.write("notes.txt", "not a manifest either");
  Outcome o = s.run("check");
  CHECK(o.output ==
        "b/two.cost:2:19: error: `region` takes a quoted string, found a number [S013]\n"
        "site a { region = 5 }\n"
        "                  ^\n"
        "1 error in 2 manifests\n");
  CHECK(o.status == 1);
}

TEST_CASE("cli: usage errors exit 2 and say what to do") {
  Scratch s;
  s.write("p.cost", "costlint 1\n");
  CHECK(s.run("chek p.cost").output ==
        "costlint: error: unknown command `chek`; did you mean `check`?\n"
        "run `costlint --help` for usage\n");
  CHECK(s.run("chek p.cost").status == 2);
  CHECK(s.run("check --frobnicate p.cost").status == 2);
  CHECK(s.run("check --format xml p.cost").output ==
        "costlint: error: unknown format `xml`; expected one of text, sarif, json, github\n"
        "run `costlint --help` for usage\n");
  CHECK(s.run("check --root").status == 2);
  CHECK(s.run("").status == 2);
  CHECK(s.run("--version").output == "costlint " COSTLINT_VERSION "\n");
  Outcome help = s.run("--help");
  CHECK(help.output.starts_with("usage: costlint <command>"));
  CHECK(help.status == 0);
}

TEST_CASE("cli: colour only when asked or on a terminal") {
  Scratch s;
  s.write("p.cost", "costlint 2\n");
  CHECK(s.run("check --color=always p.cost").output.find("\x1b[") != std::string::npos);
  CHECK(s.run("check --color=never p.cost").output.find("\x1b[") == std::string::npos);
  CHECK(s.run("check p.cost").output.find("\x1b[") == std::string::npos);  // a pipe
}

TEST_CASE("cli: SARIF carries every finding with root-relative locations") {
  Scratch s;
  s.write(".git/HEAD", "");
  s.write("paper/costs.cost", "costlint 1\nsite a { }\nsite a { pue = 1 kWh }\n");
  s.write("paper/broken.cost", "costlint 1\nmodel m {\n");
  Outcome o = s.run("check --format sarif paper");
  CHECK(o.status == 2);
  auto sarif = nlohmann::json::parse(o.output);
  CHECK(sarif["version"] == "2.1.0");
  const auto& run = sarif["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "costlint");
  CHECK(run["tool"]["driver"]["rules"].size() >= 13);
  const auto& results = run["results"];
  REQUIRE(results.size() == 3);
  CHECK(results[0]["ruleId"] == "S001");
  CHECK(results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "paper/broken.cost");
  CHECK(results[1]["ruleId"] == "S003");
  CHECK(results[1]["relatedLocations"][0]["message"]["text"] == "`a` first declared here");
  CHECK(results[2]["ruleId"] == "S004");
  const auto& region = results[2]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["startLine"] == 3);
  CHECK(region["startColumn"] == 16);
  CHECK(region["endColumn"] == 21);
  CHECK(results[2]["partialFingerprints"]["costlint/v1"].get<std::string>().size() == 16);
  // Deterministic: the same input gives the same bytes.
  CHECK(s.run("check --format sarif paper").output == o.output);
}

TEST_CASE("cli: explain lists the rules, prints one, or its docs page") {
  Scratch s;
  Outcome list = s.run("explain");
  CHECK(list.output.find("C101  warning  training-compute-missing") != std::string::npos);
  CHECK(list.output.find("S004  error    dimension-mismatch") != std::string::npos);
  CHECK(list.status == 0);
  Outcome one = s.run("explain C101");
  CHECK(one.output.starts_with("C101 training-compute-missing (warning by default)\n"
                               "a model's training compute is not disclosed\n\nWhy\n"));
  CHECK(s.run("explain training-compute-missing").output == one.output);
  CHECK(s.run("explain --markdown E201").output ==
        costlint::testing::read_file(costlint::testing::source_dir() + "/docs/rules/E201.md"));
  Outcome unknown = s.run("explain X999");
  CHECK(unknown.output.starts_with("costlint: error: unknown rule `X999`"));
  CHECK(unknown.status == 2);
}

namespace {
// Discloses its training partly: which findings appear depends on the profile.
constexpr const char* kPartial =
    "costlint 1\nhardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\nsite p { region = \"FR\"; pue = 1.2 }\n"
    "baseline b { kind = simple; train { duration = 1 h } }\n"
    "model m {\n  parameters = 7 B; precision = bf16\n"
    "  train { hardware = g; site = p; duration = 6 h; energy = 9 kWh; memory = 30 GiB }\n"
    "  infer { hardware = g; throughput = 5 token/s; energy = 100 J/token; memory = 14 GiB }\n}\n";

std::string codes(const std::string& output) {
  std::string out;
  for (size_t at = output.find(" ["); at != std::string::npos; at = output.find(" [", at + 1))
    out += output.substr(at + 2, 4) + " ";
  return out;
}
}  // namespace

TEST_CASE("cli: --profile chooses the rule set, the paper's profile is the default") {
  Scratch s;
  s.write("p.cost", kPartial);
  CHECK(codes(s.run("check p.cost").output) == "C104 C101 C105 E206 ");
  CHECK(codes(s.run("check --profile neurips p.cost").output) == "C104 C101 C105 ");
  CHECK(s.run("check --profile neurips p.cost").status == 1);  // C101 is an error there
  CHECK(codes(s.run("check --profile acl p.cost").output) == "C101 ");
  CHECK(codes(s.run("check --profile strict p.cost").output) == "C104 C101 C105 E206 ");
  s.write("q.cost", std::string(kPartial) + "paper { profile = acl }\n");
  CHECK(codes(s.run("check q.cost").output) == "C101 ");
  Outcome bogus = s.run("check --profile bogus p.cost");
  CHECK(bogus.output.starts_with("costlint: error: unknown profile `bogus`; expected one of norms"));
  CHECK(bogus.status == 2);
}

TEST_CASE("cli: --enable, --disable and --Werror") {
  Scratch s;
  s.write("p.cost", kPartial);
  CHECK(codes(s.run("check --disable C104 --disable runs-not-stated p.cost").output) ==
        "C101 E206 ");
  CHECK(codes(s.run("check --profile acl --enable E206 p.cost").output) == "C101 E206 ");
  CHECK(s.run("check p.cost").status == 0);
  Outcome werror = s.run("check --Werror p.cost");
  CHECK(werror.output.find("error: `m` has no `tune` block") != std::string::npos);
  CHECK(werror.status == 1);
  CHECK(s.run("check --disable S004 p.cost").output ==
        "costlint: error: S004 cannot be disabled: without it the manifest is not read as "
        "written\nrun `costlint --help` for usage\n");
  CHECK(s.run("check --enable C1O1 p.cost").output.starts_with(
      "costlint: error: unknown rule `C1O1`; did you mean `C101`?"));
}

TEST_CASE("cli: --data reads the reference data from a folder") {
  Scratch s;
  s.write("p.cost", kPartial);
  std::string corpus = costlint::testing::source_dir() + "/corpus";
  CHECK(s.run("check --data " + corpus + " p.cost").output == s.run("check p.cost").output);
  s.write("data/hardware.csv", "not,a,hardware,table\n");
  Outcome bad = s.run("check --data data p.cost");
  CHECK(bad.output.starts_with("costlint: error: --data `data`: hardware.csv: the header is not"));
  CHECK(bad.status == 2);
  s.write("data/hardware.csv", costlint::testing::read_file(corpus + "/hardware.csv"));
  CHECK(s.run("check --data data p.cost").output ==
        "costlint: error: --data `data`: no grid.csv in the reference data\n"
        "run `costlint --help` for usage\n");
  s.write("data/grid.csv", "region,provider,country,gco2e_per_kwh,year,source\nWORLD,,,4e3,2018,s\n");
  s.write("data/pue.csv", costlint::testing::read_file(corpus + "/pue.csv"));
  CHECK(s.run("check --data data p.cost").output.starts_with(
      "costlint: error: --data `data`: grid.csv:2: malformed row\n"));
}

TEST_CASE("cli: a suppressed finding is counted, not shown") {
  Scratch s;
  s.write("p.cost", std::string(kPartial).replace(std::string(kPartial).find("model m {"), 9,
                                                  "model m {  # costlint: ignore C104 -- no search"));
  CHECK(codes(s.run("check p.cost").output) == "C101 C105 E206 ");
  CHECK(s.run("check p.cost").output.ends_with("in 1 manifest (1 suppressed)\n"));
}

TEST_CASE("cli: evidence may not leave the root, by `..`, an absolute path or a symlink") {
  Scratch s;
  s.write("repo/.git/HEAD", "");
  s.write("secret/emissions.csv", "timestamp,duration,emissions,energy_consumed\nt,1,1,1\n");
  fs::create_directory_symlink(s.dir() / "secret", s.dir() / "repo" / "logs");
  s.write("repo/paper.cost",
          "costlint 1\npaper { profile = model-card }\n"
          "model m { train {\n"
          "  evidence codecarbon \"../secret/emissions.csv\"\n"
          "  evidence codecarbon \"" + (s.dir() / "secret" / "emissions.csv").string() + "\"\n"
          "  evidence codecarbon \"logs/emissions.csv\"\n"
          "} }\n");
  Outcome o = s.run("check repo/paper.cost");
  CHECK(o.output.find("repo/paper.cost:4:23: error: `../secret/emissions.csv` leaves the "
                      "repository root") != std::string::npos);
  CHECK(o.output.find("repo/paper.cost:5:23: error: `/") != std::string::npos);
  CHECK(o.output.find("repo/paper.cost:6:23: error: `logs/emissions.csv` leaves the repository "
                      "root") != std::string::npos);
  CHECK(o.output.find("[X50") == std::string::npos);  // nothing outside was read
  CHECK(o.status == 1);
}

TEST_CASE("cli: a disagreement with a log points into the log, in one unit") {
  Scratch s;
  s.write(".git/HEAD", "");
  s.write("logs/emissions.csv",
          "timestamp,project_name,run_id,duration,emissions,energy_consumed\n"
          "2026-03-02T09:00:00,t,a,3600,0.5,20.6\n");
  s.write("paper.cost",
          "costlint 1\npaper { profile = model-card }\nsite s { region = \"FR\"; pue = 1.2 }\n"
          "model m { train {\n  site = s\n  energy = 10 kWh\n  emissions = 0.5 kgCO2e\n"
          "  evidence codecarbon \"logs/emissions.csv\"\n} }\n");
  Outcome o = s.run("check paper.cost");
  CHECK(o.output ==
        "paper.cost:4:11: warning: the `train` block of `m` does not disclose its hardware "
        "(`hardware`) [C103]\n"
        "model m { train {\n"
        "          ^~~~~\n"
        "paper.cost:6:12: error: the declared 10 kWh differs from `logs/emissions.csv` by -51%: "
        "10 kWh declared, 20.6 kWh logged (node) [X501]\n"
        "  energy = 10 kWh\n"
        "           ^~~~~~\n"
        "logs/emissions.csv:2:34: note: logged here: 20.6 kWh (`energy_consumed`, 1 run: CPU, "
        "GPU and RAM)\n"
        "2026-03-02T09:00:00,t,a,3600,0.5,20.6\n"
        "                                 ^~~~\n"
        "paper.cost:8:3: warning: `logs/emissions.csv` logs duration 1 h, which the `train` block "
        "does not declare [X503]\n"
        "  evidence codecarbon \"logs/emissions.csv\"\n"
        "  ^~~~~~~~\n"
        "fix-it: insert at paper.cost:9:1\n"
        "+   duration = 1 h\n"
        "logs/emissions.csv:2:25: note: logged here: 1 h (`duration`, 1 run)\n"
        "2026-03-02T09:00:00,t,a,3600,0.5,20.6\n"
        "                        ^~~~\n"
        "1 error and 2 warnings in 1 manifest\n");
  CHECK(o.status == 1);
}

TEST_CASE("cli: a log that is a FIFO is refused, not waited on") {
  Scratch s;
  s.write(".git/HEAD", "");
  REQUIRE(::mkfifo((s.dir() / "pipe.csv").c_str(), 0600) == 0);
  s.write("paper.cost", "costlint 1\npaper { profile = model-card }\n"
                        "model m { train { evidence codecarbon \"pipe.csv\" } }\n");
  Outcome o = s.run("check paper.cost");
  CHECK(o.output.find("paper.cost:3:39: error: cannot read `pipe.csv`: it is not a regular file "
                      "[S006]") != std::string::npos);
  CHECK(o.status == 1);
}

TEST_CASE("cli: wandb-metadata.json beside a summary is not read through a link out of the root") {
  Scratch s;
  s.write("repo/.git/HEAD", "");
  s.write("repo/run/wandb-summary.json", "{\"_runtime\": 7200}\n");
  s.write("outside/wandb-metadata.json", "{\"gpu\": \"Tesla V100-SXM2-16GB\", \"gpu_count\": 4}\n");
  fs::create_symlink(s.dir() / "outside" / "wandb-metadata.json",
                     s.dir() / "repo" / "run" / "wandb-metadata.json");
  s.write("repo/paper.cost",
          "costlint 1\npaper { profile = model-card }\nhardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
          "model m { train { hardware = g; duration = 2 h; evidence wandb \"run/wandb-summary.json\" } }\n");
  Outcome o = s.run("check repo/paper.cost");
  CHECK(o.output.find("Tesla V100") == std::string::npos);  // the outside file was not read
  CHECK(o.output.find("[X501]") == std::string::npos);
}

TEST_CASE("cli: absurd magnitudes and bytes that are not UTF-8 in a log are reported and not used") {
  Scratch s;
  s.write(".git/HEAD", "");
  s.write("logs/e.csv",
          "timestamp,project_name,run_id,duration,emissions,energy_consumed,gpu_count,gpu_model,"
          "country_iso_code\n2026,t,a,100,1e-3,1e40,8,NVIDIA \xff\xfe" "A100,F\xffRA\n");
  s.write("paper.cost",
          "costlint 1\npaper { profile = model-card }\nsite s { region = \"US\" }\n"
          "hardware g = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
          "model m { train { hardware = g; site = s; energy = 1 kWh; emissions = 1 g; "
          "evidence codecarbon \"logs/e.csv\" } }\n");
  Outcome o = s.run("check paper.cost");
  CHECK(o.output.find(
            "logs/e.csv:2:19: warning: the logged 1e34 GWh (`energy_consumed`, 1 run: CPU, GPU "
            "and RAM) is more than any training run could log (at most 2778 GWh): it is not "
            "used [S006]\n2026,t,a,100,1e-3,1e40,8,NVIDIA ??A100,F?RA\n") != std::string::npos);
  CHECK(o.output.find("logs/e.csv:2:26: warning: the device the log names holds bytes that are "
                      "not UTF-8: it is not used [S006]") != std::string::npos);
  CHECK(o.output.find("logs/e.csv:2:40: warning: the region the log names holds bytes that are "
                      "not UTF-8: it is not used [S006]") != std::string::npos);
  // Neither the energy, nor the device, nor the region is compared.
  CHECK(o.output.find("[X501]") == std::string::npos);
  CHECK(o.output.find('\xff') == std::string::npos);
}

TEST_CASE("cli: an inference phase's energy in all and per item are rows of their own") {
  Scratch s;
  s.write(".git/HEAD", "");
  s.write("serve.cost",
          "costlint 1\nhardware node = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
          "model sd { infer { hardware = node; duration = 1.13 h; utilization = 0.125; "
          "throughput = 0.25 image/s } }\n");
  Outcome text = s.run("estimate serve.cost");
  CHECK(text.status == 0);
  CHECK(text.output.find("    device_energy            -                  -                  ~919 Wh [") !=
        std::string::npos);
  CHECK(text.output.find("    device_energy_per_item   -                  -                  ~3.25 kJ/item [") !=
        std::string::npos);
  auto infer = nlohmann::json::parse(s.run("estimate --format json serve.cost").output)["systems"][0]["phases"]["infer"];
  CHECK(infer["facility_energy"]["unit"] == "J");
  CHECK(infer["facility_energy_per_item"]["unit"] == "J/item");
  CHECK(infer["facility_energy_per_item"]["value"].get<double>() < infer["facility_energy"]["value"].get<double>());
}

TEST_CASE("cli: estimate prints declared, logged and estimated figures, as text or JSON") {
  Scratch s;
  s.write(".git/HEAD", "");
  s.write("paper.cost",
          "costlint 1\nhardware gpus = 8 x \"NVIDIA A100-SXM4-80GB\"\n"
          "site paris { pue = 1.15 }\n"
          "model m { train { hardware = gpus; site = paris; duration = 6.5 h } }\n");
  Outcome text = s.run("estimate paper.cost");
  CHECK(text.status == 0);
  CHECK(text.output.find("model `m`\n  train             declared           logged             estimated\n"
                         "    duration        6.5 h              -                  \n"
                         "    device_time     -                  -                  ~52 GPU.h [36.4 GPU.h – 52 GPU.h]\n")
        != std::string::npos);
  // Energy in each scope, each with its interval and method.
  CHECK(text.output.find("    facility_energy -                  -                  ~17.1 kWh") != std::string::npos);
  CHECK(text.output.find("    node_energy     -                  -                  ~14.9 kWh") != std::string::npos);
  CHECK(text.output.find("    device_energy   -                  -                  ~11.4 kWh") != std::string::npos);
  Outcome json = s.run("estimate --format json paper.cost");
  CHECK(json.status == 0);
  auto parsed = nlohmann::json::parse(json.output);
  const auto& train = parsed["systems"][0]["phases"]["train"];
  CHECK(parsed["systems"][0]["name"] == "m");
  CHECK(parsed["systems"][0]["kind"] == "model");
  CHECK(train["duration"]["origin"] == "declared");
  CHECK(train["duration"]["value"] == 23400.0);
  CHECK(train["duration"]["unit"] == "s");
  CHECK(train["device_time"]["unit"] == "device.s");
  CHECK(train["device_time"]["value"] == 187200.0);
  CHECK(train["facility_energy"]["origin"] == "estimated");
  CHECK(train["facility_energy"]["unit"] == "J");
  CHECK(train["facility_energy"]["low"].get<double>() < train["facility_energy"]["value"].get<double>());
  CHECK(train["facility_energy"]["method"].get<std::string>().find("PUE of `paris`") != std::string::npos);
  CHECK(train["device_energy"]["method"].get<std::string>().find("device scope") != std::string::npos);

  Outcome bad = s.run("estimate --format sarif paper.cost");
  CHECK(bad.status == 2);
  CHECK(bad.output.find("unknown format `sarif`; expected one of text, json") != std::string::npos);
  s.write("broken.cost", "costlint 1\nmodel {\n");
  Outcome broken = s.run("estimate broken.cost");
  CHECK(broken.status == 2);
  CHECK(broken.output.find("[S001]") != std::string::npos);
}

TEST_CASE("cli: frontier prints the placements, against --reference points when given") {
  Scratch s;
  s.write("paper.cost",
          "costlint 1\n"
          "benchmark toy { name = \"toy\"; metric = accuracy; better = higher }\n"
          "model big { parameters = 20 B; score toy = 0.95 }\n"
          "baseline small { kind = simple; parameters = 1 M; score toy = 0.7 }\n");
  s.write("toy.csv",
          "system,year,score,metric,better,parameters,training_flop,weights_bytes,"
          "inference_flop,source,status\n"
          "prior,2023,0.9,accuracy,higher,10000000000,,,,a paper's Table 2,quoted\n");
  Outcome own = s.run("frontier paper.cost");
  CHECK(own.status == 0);
  CHECK(own.output.find("against the manifest's own systems (2 points, 2 on the frontier)") !=
        std::string::npos);
  CHECK(own.output.find("intensive: 20000× more than `small`") != std::string::npos);
  Outcome placed = s.run("frontier --reference toy.csv paper.cost");
  CHECK(placed.output.find("intensive: 2.0× more than `prior`") != std::string::npos);
  CHECK(placed.output.find("by 0 point") == std::string::npos);
  Outcome warned = s.run("check --reference toy.csv paper.cost");
  CHECK(warned.output.find("[P602]") == std::string::npos);  // `small` is the cheaper comparison
  Outcome bad = s.run("frontier --reference missing.csv paper.cost");
  CHECK(bad.status == 2);
  CHECK(bad.output.find("--reference `missing.csv`") != std::string::npos);
  s.write("loose.csv", "system,score\nprior,0.9\n");
  Outcome loose = s.run("frontier --reference loose.csv paper.cost");
  CHECK(loose.status == 2);
  CHECK(loose.output.find("--reference `loose.csv`: loose.csv: the header is not system,year,") !=
        std::string::npos);
  CHECK(s.run("frontier --format sarif paper.cost").status == 2);
}

TEST_CASE("cli: frontier --format json gives the plots and the placements as data") {
  Scratch s;
  s.write("paper.cost",
          "costlint 1\n"
          "benchmark toy { name = \"toy\"; metric = accuracy; better = higher }\n"
          "model big { parameters = 20 B; score toy = 0.95 ± 0.01 }\n"
          "baseline small { kind = simple; parameters = 1 M; score toy = 0.7 }\n");
  Outcome out = s.run("frontier --format json paper.cost");
  REQUIRE(out.status == 0);
  nlohmann::json parsed = nlohmann::json::parse(out.output);
  const nlohmann::json& manifest = parsed["manifests"][0];
  const nlohmann::json& plot = manifest["plots"][0];
  CHECK(plot["axis"] == "parameters");
  CHECK(plot["unit"] == "");  // a count has no unit
  CHECK(plot["against"] == "manifest");
  CHECK(plot["frontier"] == nlohmann::json::array({"small", "big"}));
  CHECK(plot["points"][0]["label"] == "big");
  CHECK(plot["points"][0]["score"]["low"] == 0.94);
  const nlohmann::json& big = manifest["placements"][0];
  CHECK(big["system"] == "big");
  CHECK(big["standing"] == "frontier");
  CHECK(big["progress"] == "intensive");
  CHECK(big["compared_with"] == "small");
  CHECK(big["progress_factor"] == 20000.0);
  CHECK(big["resource"]["value"] == 2e10);
  CHECK(big["resource"]["estimated"] == false);
  CHECK(big["robust"] == true);
  CHECK(big["sentence"].get<std::string>().starts_with("`big` is on the frontier of parameters"));
  CHECK(manifest["joint"] == nlohmann::json::array());  // one axis each: nothing to place jointly
}

TEST_CASE("cli: --reference takes an Epoch AI export for every benchmark it has a column for") {
  Scratch s;
  s.write("paper.cost",
          "costlint 1\n"
          "benchmark gpqa { name = \"GPQA\"; metric = accuracy; better = higher }\n"
          "benchmark bbh { name = \"BIG-Bench Hard\"; metric = accuracy; better = higher }\n"
          "model m { parameters = 1 B; score gpqa = 0.3; score bbh = 0.4 }\n");
  const char* rows =
      "System,Model size (parameters),Date,Training compute (FLOP),BBH,GPQA\n"
      "tiny-lm,500000000,2024-01-10,1e21,0.45,0.32\n";
  s.write("GPQA.csv", rows);
  Outcome placed = s.run("frontier --reference GPQA.csv paper.cost");
  CHECK(placed.status == 0);
  // BBH is a corpus table, which tiny-lm joins; GPQA is named by the file.
  CHECK(placed.output.find("`bbh` (BIG-Bench Hard, table `bbh`) on parameters, higher is better: against its reference points (58 points") != std::string::npos);
  CHECK(placed.output.find("`gpqa` (GPQA) on parameters, higher is better: against its reference points (1 point,") != std::string::npos);
  s.write("export.csv", "System,Model size (parameters),Date,Training compute (FLOP),SEAL\n");
  Outcome none = s.run("frontier --reference export.csv paper.cost");
  CHECK(none.status == 2);
  CHECK(none.output.find("an Epoch export with no column for a known benchmark") !=
        std::string::npos);
}

TEST_CASE("cli: an Epoch AI export with a line break inside a quoted cell is read whole") {
  Scratch s;
  s.write("paper.cost",
          "costlint 1\n"
          "benchmark gpqa { name = \"GPQA\"; metric = accuracy; better = higher }\n"
          "model m { parameters = 1 B; score gpqa = 0.3 }\n");
  s.write("GPQA.csv",
          "System,Model size (parameters),Date,Training compute (FLOP),GPQA,Notes\n"
          "tiny-lm,500000000,2024-01-10,1e21,0.32,\"trained twice;\nthe second run is reported\"\n"
          "small-lm,2000000000,2024-03-01,4e21,0.35,\n");
  Outcome placed = s.run("frontier --reference GPQA.csv paper.cost");
  CHECK(placed.status == 0);
  CHECK(placed.output.find("`gpqa` (GPQA) on parameters, higher is better: against its reference "
                           "points (2 points") != std::string::npos);
  // A malformed row is still located by file and line: the third row starts on line 4.
  s.write("GPQA.csv",
          "System,Model size (parameters),Date,Training compute (FLOP),GPQA,Notes\n"
          "tiny-lm,500000000,2024-01-10,1e21,0.32,\"two\nlines\"\n"
          "small-lm,2000000000,2024-03-01\n");
  Outcome bad = s.run("frontier --reference GPQA.csv paper.cost");
  CHECK(bad.status == 2);
  CHECK(bad.output.find("--reference `GPQA.csv`: GPQA.csv:4: 3 fields; the header has 6") !=
        std::string::npos);
}

TEST_CASE("cli: a log whose figures overflow to infinity is reported, in every format, without a crash") {
  // 1e308 W on three rows integrates to an infinite energy: it aborted in
  // format_number (std::stoi on "inf"), exit 134, printing nothing.
  Scratch s;
  s.write("gpu.csv",
          "timestamp, name, index, power.draw [W], memory.used [MiB]\n"
          "2026/03/02 09:00:00.000, Tesla V100-SXM2-32GB, 0, 1e308 W, 30000 MiB\n"
          "2026/03/02 12:00:00.000, Tesla V100-SXM2-32GB, 0, 1e308 W, 30000 MiB\n"
          "2026/03/02 15:30:00.000, Tesla V100-SXM2-32GB, 0, 1e308 W, 30000 MiB\n");
  s.write("paper.cost", "costlint 1\nmodel m {\n  train {\n    evidence nvidia-smi \"gpu.csv\"\n  }\n}\n");
  for (std::string command : {"check", "check --format sarif", "check --format json",
                              "check --format github", "estimate", "estimate --format json",
                              "frontier --format json", "report --format latex"}) {
    CAPTURE(command);
    Outcome out = s.run(command + " paper.cost");
    CHECK((out.status == 0 || out.status == 1));
  }
  CHECK(s.run("check paper.cost").output.find(
            "gpu.csv:4:1: warning: the logged energy (`power.draw` integrated over time, 1 GPU) is "
            "not a finite number: it is not used [S006]") != std::string::npos);
}

TEST_CASE("cli: batch checks each submission, summarises, resumes, and merges shards to the same bytes") {
  Scratch s;
  std::string examples = costlint::testing::source_dir() + "/corpus/examples/";
  for (int i = 0; i < 6; ++i)
    s.write(fmt::format("subs/paper-{}/paper.cost", i),
            costlint::testing::read_file(examples + (i % 2 ? "vision.cost" : "llm.cost")));
  s.write("subs/broken/paper.cost", "costlint 1\nmodel m {\n");
  Outcome all = s.run("batch subs --jobs 2 --summary all.json");
  CHECK(all.status == 1);  // the broken submission has an error
  CHECK(all.output.find("== broken\n") != std::string::npos);
  CHECK(all.output.find("== paper-5\n") != std::string::npos);
  CHECK(all.output.find("7 submissions: 7 checked, 0 unchanged since the last summary") !=
        std::string::npos);
  auto summary = nlohmann::json::parse(costlint::testing::read_file((s.dir() / "all.json").string()));
  CHECK(summary["submissions"] == 7);
  CHECK(summary["rows"][0]["submission"] == "broken");
  CHECK(summary["disclosure_rates"]["training energy"].get<double>() > 0);
  CHECK(summary["frontiers"].contains("MMLU"));
  // The vision example gives no precision: its weights memory would be a guess, drawn nowhere.
  CHECK(summary["frontiers"]["ImageNet"].contains("parameters"));
  CHECK_FALSE(summary["frontiers"]["ImageNet"].contains("weights_memory"));
  // Shards, each on its own, merge into the bytes of the whole run.
  CHECK(s.run("batch subs --shard 1/2 --summary one.json").status != 2);
  CHECK(s.run("batch subs --shard 2/2 --summary two.json").status != 2);
  Outcome merged = s.run("summary merge one.json two.json > merged.json");
  CHECK(merged.status == 0);
  CHECK(costlint::testing::read_file((s.dir() / "merged.json").string()) ==
        costlint::testing::read_file((s.dir() / "all.json").string()));
  // Resumed, only what changed is checked again.
  s.write("subs/paper-3/paper.cost", "costlint 1\npaper { title = \"changed\" }\n");
  Outcome resumed = s.run("batch subs --resume --summary all.json");
  CHECK(resumed.output.find("7 submissions: 1 checked, 6 unchanged since the last summary") !=
        std::string::npos);
  // The other summary formats.
  CHECK(s.run("batch subs --summary s.csv").status == 1);
  CHECK(costlint::testing::read_file((s.dir() / "s.csv").string()).starts_with("submission,status,"));
  CHECK(s.run("batch subs --summary s.html").status == 1);
  CHECK(costlint::testing::read_file((s.dir() / "s.html").string()).find("<svg class=\"frontier\"") !=
        std::string::npos);
  CHECK(s.run("batch subs --summary s.txt").status == 2);
}

TEST_CASE("cli: the batch summary names the profile each submission was checked under") {
  Scratch s;
  s.write("subs/own/paper.cost", "costlint 1\npaper { profile = acl }\nmodel m { }\n");
  s.write("subs/none/paper.cost", "costlint 1\nmodel m { }\n");
  s.run("batch subs --summary paper.json");
  auto own = nlohmann::json::parse(costlint::testing::read_file((s.dir() / "paper.json").string()));
  CHECK(own["rows"][0]["profile"] == "norms");  // `none`, sorted first
  CHECK(own["rows"][1]["profile"] == "acl");
  s.run("batch subs --profile strict --summary strict.json");
  auto strict = nlohmann::json::parse(costlint::testing::read_file((s.dir() / "strict.json").string()));
  CHECK(strict["rows"][0]["profile"] == "strict");
  CHECK(strict["rows"][1]["profile"] == "strict");
}

TEST_CASE("cli: init writes a manifest from the logs that check reads without an error, and never overwrites it") {
  Scratch s;
  std::string examples = costlint::testing::source_dir() + "/corpus/examples/";
  s.write("outputs/ft/emissions.csv", costlint::testing::read_file(examples + "logs/train/emissions.csv"));
  s.write("outputs/ft/notes.txt", "not a log\n");
  s.write(".git/HEAD", "ref: refs/heads/main\n");
  s.write("paper.tex", "% We used 99 GPUs.\nWe fine-tuned on a single NVIDIA A100 GPU for 6 hours, "
                       "a model of 110M parameters.\n");
  Outcome init = s.run("init --paper paper.tex");
  CHECK(init.status == 0);
  CHECK(init.output == "wrote ./costlint.cost: 1 model, 1 log\n");
  std::string written = costlint::testing::read_file((s.dir() / "costlint.cost").string());
  CHECK(written.find("model ft {") != std::string::npos);
  CHECK(written.find("evidence codecarbon \"outputs/ft/emissions.csv\"") != std::string::npos);
  CHECK(written.find("# logged in \"outputs/ft/emissions.csv\"") != std::string::npos);
  // The widest energy the log holds, with what it counts (its `pue` is 1.15).
  CHECK(written.find("energy = 41.2 kWh (facility)") != std::string::npos);
  CHECK(written.find("parameters = 110 M   # paper.tex:2") != std::string::npos);
  CHECK(written.find("# TODO compute") != std::string::npos);
  Outcome check = s.run("check costlint.cost");
  CHECK(check.status == 0);  // warnings for what is missing, no syntax or name error
  // Again: refused; with --force, the same bytes.
  Outcome again = s.run("init");
  CHECK(again.status == 2);
  CHECK(again.output.find("exists and is not overwritten; --force replaces it") != std::string::npos);
  CHECK(s.run("init --force --paper paper.tex").status == 0);
  CHECK(costlint::testing::read_file((s.dir() / "costlint.cost").string()) == written);
}

TEST_CASE("cli: init --paper without logs writes the paper's models, with logs fills their devices") {
  Scratch s;
  s.write("paper.tex", "We trained for 3.5 days on 8 NVIDIA P100 GPUs, a model of 110M parameters.\n");
  Outcome init = s.run("init --paper paper.tex");
  CHECK(init.status == 0);
  CHECK(init.output == "wrote ./costlint.cost: 1 model, 0 logs\n");
  std::string written = costlint::testing::read_file((s.dir() / "costlint.cost").string());
  CHECK(written.find("# TODO no log was found under this folder") != std::string::npos);
  CHECK(written.find("hardware devices = 8 x \"NVIDIA Tesla P100-PCIE-16GB\"   # paper.tex:1") != std::string::npos);
  CHECK(written.find("duration = 3.5 d   # paper.tex:1") != std::string::npos);
  CHECK(written.find("parameters = 110 M   # paper.tex:1") != std::string::npos);
  CHECK(s.run("check --paper paper.tex costlint.cost").status == 0);
  CHECK(s.run("check --paper paper.tex costlint.cost").output.find("[D70") == std::string::npos);
  CHECK(s.run("init --force --paper paper.tex").status == 0);
  CHECK(costlint::testing::read_file((s.dir() / "costlint.cost").string()) == written);
  // A run whose log names no devices takes the paper's.
  std::string trainer = costlint::testing::source_dir() + "/tests/golden/rules/logs/hf-trainer/trainer_state.json";
  s.write("runs/a/trainer_state.json", costlint::testing::read_file(trainer));
  CHECK(s.run("init --force --paper paper.tex").output == "wrote ./costlint.cost: 1 model, 1 log\n");
  std::string logged = costlint::testing::read_file((s.dir() / "costlint.cost").string());
  CHECK(logged.find("hardware a_devices = 8 x \"NVIDIA Tesla P100-PCIE-16GB\"   # paper.tex:1") != std::string::npos);
  CHECK(logged.find("    hardware = a_devices\n") != std::string::npos);
  CHECK(s.run("check costlint.cost").status == 0);
}

TEST_CASE("cli: init in a folder without logs, and on what is not a folder") {
  Scratch s;
  s.write("notes.md", "nothing\n");
  CHECK(s.run("init").status == 0);
  CHECK(costlint::testing::read_file((s.dir() / "costlint.cost").string()).find("# TODO no log was found") !=
        std::string::npos);
  CHECK(s.run("check costlint.cost").status == 0);
  Outcome file = s.run("init notes.md");
  CHECK(file.status == 2);
  CHECK(file.output == "costlint: error: `notes.md` is not a folder\n");
}

TEST_CASE("cli: extract prints a draft manifest or JSON, and says what it cannot read") {
  Scratch s;
  s.write("paper/main.tex", "\\input{setup}\nWe trained for 3.5 days on 8 NVIDIA P100 GPUs.\n");
  s.write("paper/setup.tex", "It emitted 539 tCO$_2$eq.\n");
  Outcome draft = s.run("extract paper/main.tex");
  CHECK(draft.status == 0);
  CHECK(draft.output.find("hardware devices = 8 x \"NVIDIA Tesla P100-PCIE-16GB\"") != std::string::npos);
  CHECK(draft.output.find("emissions = 539 tCO2e   # setup.tex:1") != std::string::npos);
  CHECK(draft.output.find("duration = 3.5 d   # main.tex:2") != std::string::npos);
  s.write("draft.cost", draft.output);
  CHECK(s.run("check draft.cost").status != 2);
  Outcome json = s.run("extract --format json paper/main.tex");
  auto parsed = nlohmann::json::parse(json.output);
  CHECK(parsed["files"].size() == 2);
  CHECK(parsed["files"][0]["statements"][0]["figure"] == "duration");
  Outcome missing = s.run("extract nowhere.tex");
  CHECK(missing.status == 2);
  CHECK(missing.output.find("nowhere.tex: cannot be read") != std::string::npos);
  CHECK(s.run("extract").status == 2);
}

TEST_CASE("cli: extract leaves out what its confidence model doubts, unless --min-confidence 0") {
  Scratch s;
  s.write("main.tex", "We trained the model for 3.5 days.\n"
                      "All audio is resampled to 16 kHz mono and cropped or padded to 4 seconds.\n");
  auto statements = [&](const std::string& args) {
    Outcome o = s.run("extract --format json " + args + "main.tex");
    REQUIRE(o.status == 0);
    return nlohmann::json::parse(o.output)["files"][0]["statements"];
  };
  auto kept = statements("");
  REQUIRE(kept.size() == 1);
  CHECK(kept[0]["confidence"].get<double>() > 0.9);
  auto all = statements("--min-confidence 0 ");
  REQUIRE(all.size() == 2);
  CHECK(all[1]["confidence"].get<double>() < 0.5);
  CHECK(statements("--min-confidence 1 ").empty());
  Outcome wrong = s.run("extract --min-confidence 1.5 main.tex");
  CHECK(wrong.status == 2);
  CHECK(wrong.output.find("--min-confidence takes a number from 0 to 1, found `1.5`") != std::string::npos);
  Outcome elsewhere = s.run("init --min-confidence 0 .");
  CHECK(elsewhere.status == 2);
  CHECK(elsewhere.output.find("`--min-confidence` is an option of `costlint extract`") != std::string::npos);
}

TEST_CASE("cli: extract's JSON is written as nlohmann would, quotes, bytes that are not UTF-8 and all") {
  Scratch s;
  s.write("README.md",
          "It took 12 hours on 4 A100 GPUs, said \"Bob\" \xff\xfe\\ here.\n\n"
          "Training used 2.5e21 FLOPs \xc3\x97 3 and 1.2 trillion tokens \xe2\x89\x88 10 days.\n");
  Outcome json = s.run("extract --format json README.md");
  REQUIRE(json.status == 0);
  auto parsed = nlohmann::ordered_json::parse(json.output);
  CHECK(parsed.dump(2) + "\n" == json.output);
  CHECK(parsed["files"][0]["statements"].size() >= 4);
  CHECK(json.output.find("\\\"Bob\\\" \xef\xbf\xbd") != std::string::npos);  // escaped, then U+FFFD
  CHECK(json.output.find("\"value\": 2.5e+21") != std::string::npos);
  CHECK(json.output.find("\"value\": 1200000000000.0,") != std::string::npos);  // a whole number
}

TEST_CASE("cli: list shows what costlint knows, with its spellings, and explain takes any case") {
  Scratch s;
  Outcome hardware = s.run("list hardware");
  CHECK(hardware.status == 0);
  CHECK(hardware.output.find("NVIDIA Tesla P100-PCIE-16GB") != std::string::npos);
  CHECK(hardware.output.find("also: Tesla P100-PCIE-16GB, P100,") != std::string::npos);
  CHECK(s.run("list benchmarks").output.find("also: BIG-Bench Hard") != std::string::npos);
  CHECK(s.run("list regions").output.find("us-west4") != std::string::npos);
  Outcome profiles = s.run("list profiles --format json");
  auto parsed = nlohmann::json::parse(profiles.output);
  CHECK(parsed.size() == 6);
  CHECK(parsed[0]["name"] == "norms");
  Outcome typo = s.run("list hardwar");
  CHECK(typo.status == 2);
  CHECK(typo.output.find("did you mean `hardware`?") != std::string::npos);
  CHECK(s.run("list").status == 2);
  CHECK(s.run("explain x501").output.starts_with("X501 evidence-disagrees"));
  CHECK(s.run("explain Evidence-Disagrees").output.starts_with("X501 evidence-disagrees"));
}

TEST_CASE("cli: a pool counted roughly (`~1000 x`) widens the device-time it gives") {
  Scratch s;
  s.write("exact.cost", "costlint 1\nhardware g = 1000 x \"NVIDIA A100-SXM4-80GB\"\nmodel m { train { hardware = g; duration = 3 d } }\n");
  s.write("rough.cost", "costlint 1\nhardware g = ~1000 x \"NVIDIA A100-SXM4-80GB\"\nmodel m { train { hardware = g; duration = 3 d } }\n");
  std::string exact = s.run("estimate exact.cost").output;
  std::string rough = s.run("estimate rough.cost").output;
  CHECK(exact.find("[50400 GPU.h – 72000 GPU.h]") != std::string::npos);
  CHECK(rough.find("[50400 GPU.h – 86400 GPU.h]") != std::string::npos);
  CHECK(rough.find("= ~1000 × `NVIDIA A100-SXM4-80GB`") != std::string::npos);
}

TEST_CASE("cli: estimate shows a declared figure as written: its `~` and its item kind") {
  Scratch s;
  s.write("p.cost", "costlint 1\nmodel m {\n  infer { energy = ~0.002 J/sample; throughput = 12000 request/s }\n"
                    "  tune { compute = 60 * 0.9 GPU.h }\n}\n");
  std::string out = s.run("estimate p.cost").output;
  CHECK(out.find("energy          ~0.002 J/sample") != std::string::npos);
  CHECK(out.find("throughput      12000 request/s") != std::string::npos);
  CHECK(out.find("device_time     54 device.h") != std::string::npos);  // arithmetic is shown computed
}
