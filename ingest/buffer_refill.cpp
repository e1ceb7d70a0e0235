#include "ingest/buffer_refill.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace costlint {

bool refill_buffer(int fd, char* buffer, size_t capacity, size_t& begin, size_t& end) {
  if (begin > 0) {
    std::memmove(buffer, buffer + begin, end - begin);
    end -= begin;
    begin = 0;
  }
  ssize_t n;
  do {
    n = ::read(fd, buffer + end, capacity - end);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) return false;
  end += static_cast<size_t>(n);
  return true;
}

}  // namespace costlint
