#include "ingest/tensorboard_event.h"

#include <bit>

#include <fmt/format.h>

#include "ingest/byte_reader.h"
#include "ingest/protobuf_wire.h"

namespace costlint {
namespace {

// tensorflow.DataType values of the numeric types a scalar is logged as.
constexpr uint64_t kFloat = 1, kDouble = 2, kInt32 = 3, kInt64 = 9;

/// A malformed message: its type, and why.
struct Malformed {
  const char* type;
  const char* why;
};

/// The fields of `bytes` read as message `name`, each passed to `visit`; a
/// Malformed when the bytes are not a message.
template <typename Visit>
void each_field(std::string_view bytes, const char* name, Visit visit) {
  WireReader reader(bytes);
  while (auto field = reader.next()) visit(*field);
  if (reader.error()) throw Malformed{name, reader.error()};
}

/// Counts the values of a repeated numeric field, packed or not, and keeps the first.
struct Repeated {
  size_t count = 0;
  double first = 0;

  void add(double value) {
    if (count++ == 0) first = value;
  }
};

void add_varints(Repeated& out, const WireField& field, bool is_int32) {
  auto convert = [&](uint64_t bits) {
    return is_int32 ? static_cast<double>(static_cast<int32_t>(bits))
                    : static_cast<double>(static_cast<int64_t>(bits));
  };
  if (field.type == WireType::Varint) return out.add(convert(field.bits));
  if (field.type != WireType::Bytes) return;
  std::string_view packed = field.bytes;
  while (!packed.empty()) {
    auto bits = read_varint(packed);
    if (!bits) throw Malformed{"TensorProto", "a packed varint does not end within 10 bytes"};
    out.add(convert(*bits));
  }
}

void add_fixed(Repeated& out, const WireField& field, size_t size) {
  auto convert = [&](uint64_t bits) {
    return size == 4 ? double{std::bit_cast<float>(static_cast<uint32_t>(bits))}
                     : std::bit_cast<double>(bits);
  };
  WireType single = size == 4 ? WireType::Fixed32 : WireType::Fixed64;
  if (field.type == single) return out.add(convert(field.bits));
  if (field.type != WireType::Bytes) return;
  if (field.bytes.size() % size != 0)
    throw Malformed{"TensorProto", "a packed field's length is not a whole number of values"};
  for (size_t at = 0; at < field.bytes.size(); at += size)
    out.add(convert(little_endian(field.bytes.substr(at, size))));
}

/// The value of a rank-0 numeric tensor, or nothing for any other tensor.
std::optional<double> tensor_scalar(std::string_view tensor) {
  uint64_t dtype = 0;
  bool rank_zero = true;
  std::string_view content;
  Repeated floats, doubles, int32s, int64s;  // any order: `dtype` may come last
  each_field(tensor, "TensorProto", [&](const WireField& field) {
    switch (field.number) {
      case 1: dtype = field.type == WireType::Varint ? field.bits : 0; break;
      case 2:
        if (field.type == WireType::Bytes)
          each_field(field.bytes, "TensorShapeProto", [&](const WireField& shape) {
            rank_zero &= shape.number != 2 && shape.number != 3;  // a `dim`, or `unknown_rank`
          });
        break;
      case 4: content = field.type == WireType::Bytes ? field.bytes : content; break;
      case 5: add_fixed(floats, field, 4); break;
      case 6: add_fixed(doubles, field, 8); break;
      case 7: add_varints(int32s, field, true); break;
      case 10: add_varints(int64s, field, false); break;
    }
  });
  const Repeated* values = dtype == kFloat    ? &floats
                           : dtype == kDouble ? &doubles
                           : dtype == kInt32  ? &int32s
                           : dtype == kInt64  ? &int64s
                                              : nullptr;
  if (!rank_zero || !values) return std::nullopt;
  if (content.empty()) return values->count == 1 ? std::optional(values->first) : std::nullopt;
  // tensor_content: the value's bytes, little-endian.
  size_t size = dtype == kFloat || dtype == kInt32 ? 4 : 8;
  if (content.size() != size) return std::nullopt;
  uint64_t bits = little_endian(content);
  if (dtype == kFloat) return std::bit_cast<float>(static_cast<uint32_t>(bits));
  if (dtype == kDouble) return std::bit_cast<double>(bits);
  if (dtype == kInt32) return static_cast<int32_t>(bits);
  return static_cast<double>(static_cast<int64_t>(bits));
}

/// Whether a value's metadata gives it to a plugin other than `scalars`.
bool claimed_by_other_plugin(std::string_view metadata) {
  bool other = false;
  each_field(metadata, "SummaryMetadata", [&](const WireField& field) {
    if (field.number != 1 || field.type != WireType::Bytes) return;
    each_field(field.bytes, "PluginData", [&](const WireField& plugin) {
      if (plugin.number == 1 && plugin.type == WireType::Bytes)
        other = plugin.bytes != "scalars";
    });
  });
  return other;
}

void read_value(std::string_view value, Event& event) {
  std::string_view tag, tensor;
  std::optional<double> simple;
  bool other_plugin = false;
  each_field(value, "Summary.Value", [&](const WireField& field) {
    if (field.number == 1 && field.type == WireType::Bytes) tag = field.bytes;
    if (field.number == 2 && field.type == WireType::Fixed32) simple = field.as_float();
    if (field.number == 8 && field.type == WireType::Bytes) tensor = field.bytes;
    if (field.number == 9 && field.type == WireType::Bytes)
      other_plugin = claimed_by_other_plugin(field.bytes);
  });
  if (!simple && !tensor.empty() && !other_plugin) simple = tensor_scalar(tensor);
  if (simple) event.scalars.push_back({tag, *simple});
}

}  // namespace

bool decode_event(std::string_view record, Event& event, std::string& why) {
  event.wall_time.reset();
  event.step = 0;
  event.scalars.clear();
  try {
    each_field(record, "Event", [&](const WireField& field) {
      if (field.number == 1 && field.type == WireType::Fixed64) event.wall_time = field.as_double();
      if (field.number == 2 && field.type == WireType::Varint)
        event.step = static_cast<int64_t>(field.bits);
      if (field.number == 5 && field.type == WireType::Bytes)
        each_field(field.bytes, "Summary", [&](const WireField& value) {
          if (value.number == 1 && value.type == WireType::Bytes) read_value(value.bytes, event);
        });
    });
  } catch (const Malformed& malformed) {
    why = fmt::format("its `{}` is malformed: {}", malformed.type, malformed.why);
    return false;
  }
  return true;
}

}  // namespace costlint
