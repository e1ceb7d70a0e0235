#pragma once
// The step both streaming readers (LineReader, ByteReader) take when their
// buffer runs dry: move the unread tail to the front, then read more behind it.

#include <cstddef>

namespace costlint {

/// Compacts `buffer`'s unread bytes [begin, end) to its front and reads from
/// `fd` into the rest of its `capacity`, retrying on EINTR; false at the end
/// of the file or on an error, when nothing more was read.
bool refill_buffer(int fd, char* buffer, size_t capacity, size_t& begin, size_t& end);

}  // namespace costlint
