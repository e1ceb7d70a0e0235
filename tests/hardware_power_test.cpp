// The power columns of corpus/hardware.csv: a measured figure names its source
// in the row, and a derived one follows the rule of corpus/hardware.md, so that
// the estimator, which takes the table's figure, behaves as documented.

#include <doctest/doctest.h>

#include <sstream>

#include "estimate/assumptions.h"
#include "ir/csv_line.h"
#include "lint/driver.h"
#include "corpus/embedded_corpus.h"

using namespace costlint;
namespace a = costlint::assumptions;

namespace {

/// The derived idle draw, as a share of the TDP: about the median of the measured
/// idles (corpus/hardware.md, *Idle power*). No rule uses it as a bound.
constexpr double kDerivedIdleShare = 0.1;

double node_share(const std::string& kind) {
  if (kind == "tpu") return a::kNodeShareTpu;
  if (kind == "cpu") return a::kNodeShareCpu;
  return a::kNodeShareGpu;
}

}  // namespace

TEST_CASE("hardware.csv: a derived power follows the documented rule, a measured one cites its source") {
  std::istringstream lines(*corpus_file("hardware.csv"));
  std::string line;
  std::getline(lines, line);  // header
  const HardwareCatalog& corpus = embedded_reference().hardware;
  int measured_idle = 0, measured_typical = 0;
  while (std::getline(lines, line)) {
    std::vector<std::string> fields = split_csv_line(line);
    const DeviceSpec* device = corpus.find(fields[0]);
    REQUIRE(device);
    CAPTURE(device->model);
    if (device->typical.measured) {
      ++measured_typical;
      CHECK(device->source.find("typical_w") != std::string::npos);
    } else {
      CHECK(device->typical.watts == doctest::Approx(device->tdp_w * node_share(device->kind)));
    }
    if (device->idle.measured) {
      ++measured_idle;
      CHECK(device->source.find("idle_w") != std::string::npos);
    } else {
      CHECK(device->idle.watts == doctest::Approx(device->tdp_w * kDerivedIdleShare));
    }
  }
  CHECK(corpus.size() == 93);
  CHECK(measured_typical == 6);
  CHECK(measured_idle == 10);
}
