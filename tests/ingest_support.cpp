#include "ingest_support.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "lint/driver.h"

namespace costlint {

namespace fs = std::filesystem;

Read read_file(const EvidenceReader& reader, const std::string& path) {
  LineReader lines(path);
  REQUIRE(lines.ok());
  DiagnosticSink sink;
  Read out;
  LogInput input(lines, path, path, sink, out.excerpts);
  input.place(fs::absolute(path).string(), "/");
  out.logged = reader.read(input);
  for (const Diagnostic& d : sink.diagnostics()) {
    uint32_t line = d.location.whole_file ? 0 : d.location.file->locate(d.location.range.begin).line;
    out.problems.push_back(fmt::format("{}: {}: {}", line, severity_name(d.severity), d.message));
  }
  return out;
}

Read read_text(const EvidenceReader& reader, std::string_view text) {
  fs::path path = fs::temp_directory_path() / fmt::format("costlint-ingest-{}.log", ::getpid());
  std::ofstream(path, std::ios::binary) << text;
  Read out = read_file(reader, path.string());
  fs::remove(path);
  return out;
}

Read ingest(std::string_view format, std::string_view path, const std::string& root) {
  CheckOptions options;
  options.root = root;
  CheckRun run = check_text(root + "/paper.cost",
                            fmt::format("costlint 1\nmodel m {{ train {{\n  evidence {} \"{}\"\n}} }}\n",
                                        format, path),
                            options);
  Read out;
  for (const Diagnostic& d : run.diagnostics) {
    if (!code_name(d.code).starts_with("S")) continue;
    std::string file = d.location.file->path();
    if (file.starts_with(root + "/")) file.erase(0, root.size() + 1);
    uint32_t line = d.location.whole_file ? 0 : d.location.file->locate(d.location.range.begin).line;
    out.problems.push_back(
        fmt::format("{}:{}: {}: {} [{}]", file, line, severity_name(d.severity), d.message, d.code));
  }
  REQUIRE(run.manifests.size() == 1);
  const auto& phase = run.manifests[0].disclosure->systems.at(0).phases[0];
  // What the reader yielded, gathered back from where ingest filed it.
  if (phase->evidence.at(0).logged) {
    static_cast<LoggedEvidence&>(out.logged) = *phase->evidence[0].logged;
    for (size_t q = 0; q < kQuantityCount; ++q)
      for (const Fact& fact : phase->figures[q].logged)
        out.logged.figures.push_back({static_cast<Quantity>(q), fact, fact.method, fact.at_least});
  }
  out.excerpts = std::move(run.log_excerpts);
  return out;
}

const LoggedFigure* figure(const LogReading& logged, Quantity quantity) {
  for (const LoggedFigure& f : logged.figures)
    if (f.quantity == quantity) return &f;
  return nullptr;
}

double value(const LogReading& logged, Quantity quantity) {
  const LoggedFigure* f = figure(logged, quantity);
  REQUIRE(f);
  return f->fact.value;
}

const LoggedScore* score(const LoggedEvidence& logged, std::string_view metric,
                         std::string_view task) {
  for (const LoggedScore& s : logged.scores)
    if (s.metric == metric && s.task == task) return &s;
  return nullptr;
}

}  // namespace costlint
