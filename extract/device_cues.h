#pragma once
// What the words around a device say of it: that a run used it (a sentence
// about running), that it is only compared, that it names the machines it is
// in. Internal to extract/ (device_phrases.cpp).

#include <cstddef>
#include <string_view>

namespace costlint::extract {

/// Whether the words before a device (folded, its clause's last) say that it was used: `trained
/// on`, `we used`, `done using`.
bool names_use(std::string_view before);
/// Whether the sentence around `p` speaks of running: training, inference, a time, a speed.
bool sentence_about_running(std::string_view text, size_t p);
/// Whether the words before a device (folded) compare it: `Compared with the A100`, `faster than`.
bool compared(std::string_view before);
/// Whether the words after a device ending at `end` name the machines it is in (`the A100 GPU cluster`).
bool machines_follow(std::string_view text, size_t end);

}  // namespace costlint::extract
