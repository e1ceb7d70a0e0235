// The frontier and the trend of costlint frontier, timed on many points: read
// (resource, score) float64 pairs written by bench/gen_points.py and print what
// bench/frontier_python.py prints, so that both can be compared and timed.
//
//   costlint_frontier_bench frontier POINTS    the 2-D frontier: its size, first and last
//   costlint_frontier_bench trend POINTS B     the cubic 0.75-quantile fit, then B
//                                              bootstrap refits: the curve and its band

#include <malloc.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "estimate/frontier_trend.h"
#include "estimate/pareto_frontier.h"

using namespace costlint;

int main(int argc, char** argv) {
  // As cli/main.cpp does: keep freed memory instead of trimming the heap.
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s frontier|trend POINTS [RESAMPLES]\n", argv[0]);
    return 2;
  }
  std::ifstream in(argv[2], std::ios::binary | std::ios::ate);
  std::vector<double> pairs(static_cast<size_t>(in.tellg()) / sizeof(double));
  in.seekg(0);
  in.read(reinterpret_cast<char*>(pairs.data()),
          static_cast<std::streamsize>(pairs.size() * sizeof(double)));
  std::vector<double> resource(pairs.size() / 2), score(pairs.size() / 2);
  for (size_t i = 0; i < resource.size(); ++i) {
    resource[i] = pairs[2 * i];
    score[i] = pairs[2 * i + 1];
  }
  if (std::string(argv[1]) == "frontier") {
    std::vector<size_t> front = frontier_2d(resource, score, Better::Higher);
    std::printf("points %zu frontier %zu first %zu last %zu\n", resource.size(), front.size(),
                front.front(), front.back());
    return 0;
  }
  FrontierTrendOptions options;
  options.resamples = argc > 3 ? std::stoi(argv[3]) : 1000;
  options.grid_points = 7;
  std::optional<FrontierTrend> trend = fit_frontier_trend(resource, score, Better::Higher, options);
  if (!trend) return 1;
  std::printf("points %zu resamples %zu exact %d\n", trend->points, trend->resamples,
              trend->exact ? 1 : 0);
  for (size_t i = 0; i < trend->grid.size(); ++i)
    std::printf("log10 %.1f curve %.4f band %.4f %.4f\n", trend->grid[i], trend->curve[i],
                trend->low[i], trend->high[i]);
  return 0;
}
