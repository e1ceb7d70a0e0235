#pragma once
// The Disclosure IR: what a manifest says, resolved. Systems × phases ×
// Figures. Names are indices, units are gone (values in canonical units: s, J,
// B, FLOP, gCO2e, USD, device·s ...), and every Fact remembers where it came
// from. Built by resolve(); ingest/ adds what the logs hold, estimate/ what it
// derives; rules and reporters read it.

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ir/diagnostic.h"
#include "ir/dimension.h"
#include "ir/fact.h"
#include "ir/figure.h"
#include "ir/interval.h"
#include "ir/suppression.h"

namespace costlint {

struct TextFact {
  std::string value;
  Location source;
};

enum class PhaseKind { Train, Tune, Infer };
inline constexpr size_t kPhaseKindCount = 3;

/// The quantities a phase can disclose; the order is that of MANIFEST.md.
enum class Quantity {
  Duration, Compute, Energy, Emissions, Memory, Throughput, Latency, Cost,
  Samples, Tokens, Epochs, Runs, Trials
};
inline constexpr size_t kQuantityCount = 13;

/// A metric a log holds (accuracy, loss ...): its last value and its extremes,
/// so that a declared score can be matched to the final or the best one.
struct LoggedScore {
  std::string task;    ///< the benchmark it was measured on, when the log says (lm-eval)
  std::string metric;  ///< as logged: "acc,none", "eval_accuracy", "val_acc"
  Fact last, lowest, highest;  ///< dimensionless, origin Logged
};

/// What one log recorded besides its figures (which ingest/ files under the
/// phase's Figures), each pointing at the row it came from.
struct LoggedEvidence {
  std::string format;  ///< the reader used (the detected one for `auto`)
  std::vector<LoggedScore> scores;
  std::optional<TextFact> device_model;
  std::optional<uint64_t> device_count;
  std::optional<TextFact> region;  ///< as the log writes it
  /// The devices' average utilisation over the log, 0 to 1 (nvidia-smi's
  /// `utilization.gpu`), which the power model draws on when the paper gives none.
  std::optional<Fact> utilization;
  /// The PUE the log applied to its energy, when it says (CodeCarbon's `pue`):
  /// the stated factor between its facility energy and its node's.
  std::optional<double> pue;
};

struct EvidenceRef {
  std::string format;
  std::string path;  ///< as written, relative to the manifest's folder
  Location source;
  Location path_source;
  std::optional<LoggedEvidence> logged;  ///< none until read, or when unreadable
};

struct HardwarePool {
  std::string name;  ///< empty for a pool written inline in a phase
  /// How many devices; none when the paper does not say (`hardware g = "TPU v3"`).
  std::optional<uint64_t> count;
  bool approximate = false;  ///< `~1000 x "..."`: the paper gives the count roughly
  std::string model;
  Location source;
  Location model_source;
};

struct Site {
  std::string name;
  Location source;
  std::optional<TextFact> region;
  std::optional<Fact> pue;
  std::optional<Fact> intensity;  ///< gCO2e/J
};

struct Benchmark {
  std::string name;
  Location source;
  std::optional<TextFact> key;  ///< the `name` field: a corpus key or free text
  std::optional<TextFact> metric;
  std::optional<TextFact> better;  ///< "higher" or "lower"
};

struct Phase {
  PhaseKind kind = PhaseKind::Train;
  Location keyword;
  Location block;
  std::optional<size_t> hardware;  ///< index into Disclosure::hardware
  /// A `hardware` field was written, even one that did not resolve: its error
  /// (S002, S013) is the finding, not a missing-hardware warning besides.
  bool hardware_written = false;
  std::optional<size_t> site;      ///< index into Disclosure::sites
  /// The devices' average utilisation (0–1, busy time as nvidia-smi reports
  /// it), when the paper gives it: an extension the power model draws on.
  std::optional<Fact> utilization;
  std::array<Figure, kQuantityCount> figures;  ///< by Quantity
  std::vector<EvidenceRef> evidence;
  /// What its device-time counts ("GPU", "TPU"), once the estimator knows the device.
  std::string device_unit = "device";

  const Figure& operator[](Quantity q) const { return figures[static_cast<size_t>(q)]; }
  Figure& operator[](Quantity q) { return figures[static_cast<size_t>(q)]; }
};

struct Score {
  size_t benchmark = 0;  ///< index into Disclosure::benchmarks
  Fact value;
};

enum class SystemRole { Model, Baseline };

struct System {
  std::string name;
  SystemRole role = SystemRole::Model;
  Location keyword;
  Location source;  ///< the name
  std::optional<TextFact> label;
  std::optional<TextFact> architecture;
  std::optional<TextFact> precision;
  std::optional<TextFact> kind;  ///< baselines: simple, strong or prior-work
  Figure parameters;  ///< declared, or estimated from the trend of notable models
  std::optional<Fact> size;
  std::vector<Score> scores;
  /// By PhaseKind; on the heap, as most systems of a large manifest have few phases.
  std::array<std::unique_ptr<Phase>, kPhaseKindCount> phases;

  const std::unique_ptr<Phase>& phase(PhaseKind kind) const {
    return phases[static_cast<size_t>(kind)];
  }
};

struct Paper {
  Location source;
  std::optional<TextFact> title, venue, domain, profile, source_path;
  std::optional<Fact> year;
  /// The whole study's compute (every experiment, tuning and discarded runs
  /// included), when the paper gives one total.
  std::optional<Fact> compute;
};

/// A cost the paper's source states (`costlint extract`), as the rules compare
/// it with the manifest: the phase quantity it is (device-time and FLOP are both
/// Compute), or a model's parameters.
struct PaperStatement {
  std::optional<Quantity> quantity;  ///< none for a parameter count
  Fact value;                        ///< origin Declared, located in the paper
  std::string written;               ///< the sentence, for the message
  std::string drafted;               ///< the value as a manifest writes it in the paper's unit: `8 GB`
};

struct Disclosure {
  const SourceFile* file = nullptr;
  std::optional<std::string> version;
  std::optional<Paper> paper;
  std::vector<Benchmark> benchmarks;
  std::vector<HardwarePool> hardware;
  std::vector<Site> sites;
  std::vector<System> systems;
  std::vector<Suppression> suppressions;
  /// What the paper (`paper { source }`, or `check --paper`) states; empty when
  /// no paper was read, and `paper_read` false.
  std::vector<PaperStatement> paper_statements;
  bool paper_read = false;
};

}  // namespace costlint
