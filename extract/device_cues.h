#pragma once
// What the words around a device say of it: that a run used it (a sentence
// about running), that it is only compared, that it names the machines it is
// in. Internal to extract/ (device_phrases.cpp).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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
/// Whether a word names machines: a cloud's, a vendor's, or an instance type (`p4d.24xlarge`, `g6.48xlarge`).
bool names_machines(std::string_view word);
/// Whether a device phrase ends with its class word in the singular: `A100 GPU`, not `A100 GPUs` nor `A100`.
bool singular_device(std::string_view written);
/// Whether a count ending at `at` is joined to a class of devices that nodes hold (`8-GPU nodes`).
bool joined_class_of_nodes(std::string_view text, size_t at);
/// Whether a device named in a table's cell under `own` is its row's count's (`| 8 | ... | A100 |`
/// under `#GPUs` and `GPU Type`): its column names devices and another of `headers` counts them.
/// The table reader gives it to that count (table_reader.cpp); it is no statement of its own.
bool counted_in_row(std::string_view own, const std::vector<std::string>& headers);

/// Whether the words before `p` in its sentence speak to the reader of what they may
/// have (`if you have`, `unless you have`, `I have a GPU`): not what was used.
bool addressed_to_reader(std::string_view text, size_t p);
/// Whether the words before `p` in its clause deny a device (`without a GPU`, `does not
/// require an ILP solver or a GPU`): not what was used.
bool denied_before(std::string_view text, size_t p);
/// `80 GB A100`, `16GB GPUs`: whether a device's name follows a size ending at `end`
/// (not `47.14GB GPU / 2.96GB CPU`, what each kind of device held).
bool device_follows(std::string_view text, size_t end);

}  // namespace costlint::extract
