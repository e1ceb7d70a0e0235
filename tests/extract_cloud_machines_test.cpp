// The extractor on machines a cloud rents, named by their type: AWS's
// instances, Google Cloud's machine types, Azure's sizes.

#include <doctest/doctest.h>

#include "extract_support.h"

using namespace costlint;
using namespace costlint::extract;

using testing::found;
using testing::one;

TEST_CASE("extract: a cloud's machine by its type, counted by its article or its number") {
  auto aws = one("The tests have been carried out on a Amazon EC2 c3.8xlarge instance (32 cores).",
                 "README.md");
  CHECK(aws.figure == FigureKind::Hardware);
  CHECK(aws.value == 1);
  REQUIRE(aws.device);
  CHECK(aws.device->model == "Amazon EC2 c3.8xlarge");
  CHECK(one("Results are collected from an AWS EC2 **g4dn.metal**.", "README.md").device->model ==
        "AWS EC2 g4dn.metal");
  CHECK(one("StatsForecast ran on a `c5d.24xlarge` EC2 instance.", "README.md").device->model == "c5d.24xlarge");
  CHECK(one("Training used a single a2-highgpu-8g VM on Google Cloud.").device->model == "a2-highgpu-8g");
  CHECK(one("We fine-tune on one Standard_NC24ads_A100_v4 machine.", "README.md").device->model ==
        "Standard_NC24ads_A100_v4");
  CHECK(one("We used 4 p3.16xlarge instances for the search.").value == 4);
  CHECK(one("We used 20 AWS p4d.24xlarge instances.").value == 20);
}

TEST_CASE("extract: a cloud's machine type that no count or article gives is no statement") {
  // A count of more than one in the singular counts something else; a type in parentheses names
  // the machine of devices the sentence counts.
  CHECK(found("We compare 2 n1-standard-8 configurations.").empty());
  auto devices = found("Hardware: 8$\\times$ NVIDIA A100 40GB GPUs (p4d.24xlarge)");
  REQUIRE(devices.size() == 1);
  CHECK(devices[0].value == 8);
  CHECK(found("The p3.2xlarge type is priced per hour.").empty());
  // Not a type: a version, a file, a plain word.
  CHECK(found("We use a v1.large model.").empty());
  CHECK(found("We release a model.large checkpoint.").empty());
  // Offered to the reader, not used.
  CHECK(found("If you have a g5.2xlarge instance, training takes longer.").empty());
}

TEST_CASE("extract: one machine named by its cores") {
  auto both = found("The i-vector training took 17 hours on a 32-core machine.", "README.md");
  REQUIRE(both.size() == 2);
  CHECK(both[1].figure == FigureKind::Hardware);
  CHECK(both[1].value == 1);
  CHECK(both[1].device->model == "32-core machine");
  CHECK(one("Inference ran on a 32 core CPU.", "README.md").value == 1);
  // The host of the devices named is no other device.
  auto host = found("The hardware is a NVIDIA RTX A6000 in a 24 core machine.", "README.md");
  REQUIRE(host.size() == 1);
  CHECK(host[0].device->model == "NVIDIA RTX A6000");
}
