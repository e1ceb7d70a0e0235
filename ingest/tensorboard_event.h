#pragma once
// A TensorBoard `Event` record decoded as far as costlint needs: its time,
// its step and the scalars of its summary (tensorflow/core/util/event.proto,
// framework/summary.proto, tensor.proto). A scalar is a value written as
// `simple_value` (TF1, PyTorch's SummaryWriter), or a tensor of rank 0 and of
// a numeric type (TF2, `new_style` writers) that no plugin other than
// `scalars` claims.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace costlint {

struct EventScalar {
  std::string_view tag;  ///< points into the record
  double value = 0;
};

struct Event {
  std::optional<double> wall_time;  ///< seconds since the epoch
  int64_t step = 0;
  std::vector<EventScalar> scalars;
};

/// Decodes `record` into `event`, whose vector is reused; false, with `why`
/// set, when the record is not a well-formed `Event`. Fields costlint does not
/// read are skipped, as protobuf skips fields it does not know.
bool decode_event(std::string_view record, Event& event, std::string& why);

}  // namespace costlint
