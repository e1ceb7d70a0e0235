// D701-D703: a manifest checked against the paper it names, as the paper's
// files are read from disk (`paper { source }` or --paper), within the root.

#include <doctest/doctest.h>

#include "lint/driver.h"
#include "test_support.h"

using namespace costlint;

namespace {

/// A repository `repo/`, with files beside it outside the root.
struct PaperRepo : testing::TempFolder {
  PaperRepo() : TempFolder("paper") { std::filesystem::create_directories(dir() / "repo"); }
  /// "CODE: message" of each finding of `manifest`, checked as repo/paper.cost.
  std::vector<std::string> findings(const std::string& manifest, std::optional<std::string> paper = {}) const {
    CheckOptions options;
    options.root = (dir() / "repo").string();
    options.paper = paper;
    CheckRun run = check_text((dir() / "repo" / "paper.cost").string(), manifest, options);
    std::vector<std::string> out;
    for (const Diagnostic& d : run.diagnostics)
      if (code_name(d.code)[0] == 'D' || code_name(d.code) == "S006" || code_name(d.code) == "S007")
        out.push_back(std::string(code_name(d.code)) + ": " + d.message);
    return out;
  }
};

const char* kPaper = "We trained on 8 NVIDIA P100 GPUs for 3.5 days, using 41.2 kWh.\n"
                     "% 99 tonnes of CO$_2$eq (commented out)\n";

}  // namespace

TEST_CASE("D702: a cost the paper states and the manifest leaves out, once per field") {
  PaperRepo repo;
  repo.write("repo/main.tex", std::string(kPaper) + "A second run took 2 days.\n");
  auto found = repo.findings("costlint 1\npaper { source = \"main.tex\" }\nmodel m { train { energy = 41.2 kWh } }\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0] == "D702: the paper states duration 3.5 d (and 1 more), which the manifest does not declare");
}

TEST_CASE("D702 and D703 write the paper's figure in the paper's unit, as the manifest would") {
  PaperRepo repo;
  repo.write("repo/main.tex", "We trained on a single GPU with 8GB of VRAM. It emitted 24.7 tonnes of CO$_2$eq.\n");
  auto found = repo.findings("costlint 1\npaper { source = \"main.tex\" }\nmodel m { train { emissions = 30 tCO2e } }\n");
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "D703: the `train` block of `m` declares emissions = 30 tCO2e, but the paper states 24.7 tCO2e");
  CHECK(found[1] == "D702: the paper states memory 8 GB, which the manifest does not declare");  // not 7.45 GiB
}

TEST_CASE("D701-D703 stay silent when the paper and the manifest agree") {
  PaperRepo repo;
  repo.write("repo/main.tex", kPaper);
  CHECK(repo.findings("costlint 1\npaper { source = \"main.tex\" }\n"
                      "model m { train { duration = 84 h; energy = 41.2 kWh } }\n")
            .empty());
  // Without a paper, nothing is compared.
  CHECK(repo.findings("costlint 1\nmodel m { train { duration = 5 d } }\n").empty());
}

TEST_CASE("D701 and D703 through --paper, which takes the place of `source`") {
  PaperRepo repo;
  repo.write("repo/main.tex", kPaper);
  auto found = repo.findings("costlint 1\nmodel m { train { duration = 5 d; energy = 41.2 kWh; cost = 300 USD } }\n",
                             (repo.dir() / "repo" / "main.tex").string());
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "D703: the `train` block of `m` declares duration = 5 d, but the paper states 3.5 d");
  CHECK(found[1] == "D701: the `train` block of `m` declares cost = 300 USD, which the paper never states");
}

TEST_CASE("a paper that is missing is S006, one outside the root S007 and is not read") {
  PaperRepo repo;
  repo.write("outside.tex", kPaper);
  auto missing = repo.findings("costlint 1\npaper { source = \"missing.tex\" }\nmodel m { }\n");
  REQUIRE(missing.size() == 1);
  CHECK(missing[0].starts_with("S006: the paper's source missing.tex: cannot be read"));
  auto outside = repo.findings("costlint 1\npaper { source = \"../outside.tex\" }\nmodel m { train { duration = 5 d } }\n");
  REQUIRE(outside.size() == 1);
  CHECK(outside[0].starts_with("S007: the paper"));
  CHECK(outside[0].find("is outside the repository root") != std::string::npos);
}
