#pragma once
// What a table's column header names when it gives no unit: another quantity
// than a cost (`Batch Size`, `Year`), data held out (`Validation`), a time,
// memory or carbon its cells' own units measure (`Duration`, `GPU Mem`, `CO₂`),
// the devices its cells name (`Board`), or a device, a system or a split a
// caption's unit may reach (`A100`, `Total`). Internal to extract/.

#include <string>
#include <string_view>
#include <vector>

namespace costlint::extract {

/// Whether a header (folded) names a quantity that is no cost: a batch, a year, a score.
bool names_other_quantity(std::string_view words);
/// Whether a header (folded) names data held out: `Validation`, `Test`, `Dev`.
bool names_held_out(std::string_view words);
/// Whether a header names a training split: `Train`, `#Train`, `Training set`.
bool names_training_split(std::string_view header);
/// `Training Set`, `Train set`: a header that names the training set itself, not its split's scores.
bool names_training_set(std::string_view header);
/// Whether a table's headers say its rows are datasets: its first is `Dataset`, `Corpus`, `Benchmark`.
bool lists_datasets(const std::vector<std::string>& headers);
/// Whether a column without a unit of its own takes its table's caption unit.
bool captioned_column(std::string_view header);
/// Whether a header (folded) names a time or a duration: `Time (hh:mm:ss)`, `Duration`.
bool names_time(std::string_view words);
/// Whether a header's words (folded) name a time that is no run's: a rate (`s/iter`, `per image`),
/// a length or latency, a data's time scale.
bool names_other_time(std::string_view words);
/// Whether a header (folded) names the time scale of the data, not a run's time:
/// `Freq.`, `Sampling interval`, `Horizon`, `Window`.
bool names_time_scale(std::string_view words);
/// Whether a header is one letter, a symbol (`$W$`, `T`): it heads a setting (a window's
/// width, a horizon), not a run's time.
bool symbol_only(std::string_view header);
/// Whether a table's headers measure runs: a time, a speed, an energy (`Time (s)`, `img/s`).
bool measures_runs(const std::vector<std::string>& headers);
/// Whether a header (folded) names emissions: `CO₂/exp (g)`, `Carbon`, `Emissions`.
bool names_carbon(std::string_view words);
/// Whether a header (folded) names memory: `GPU Mem`, `Peak memory`, `VRAM`.
bool names_memory(std::string_view words);
/// Whether a header names the devices its column lists: `GPU`, `Device`, `Board`, `Hardware`.
bool names_devices(std::string_view header);

}  // namespace costlint::extract
