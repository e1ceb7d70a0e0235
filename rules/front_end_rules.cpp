// The S0xx family: what the front end (grammar/, lint/resolver), the file
// readers and the suppression pass (lint/suppressions.cpp) report. Their checks
// live where the input is read; this file holds what each code means, for
// `explain`, docs/rules/ and SARIF. S008 is checked on the resolved
// disclosure, in rules/s008_unknown_hardware.cpp.

#include "rules/rules.h"

namespace costlint::rules {

const Rule kS001{{RuleCode::S001, "syntax-error", Severity::Error,
     "the manifest does not follow the grammar of the cost manifest language",
     "A manifest that does not parse discloses nothing a reader can check. costlint stops at "
     "the first syntax error and says what it expected there, so that one mistake gives one "
     "message, not a cascade. Source: MANIFEST.md, the language contract.",
     "model tabtiny {\n  train {\n    duration 6.5 h      # expected '=' after `duration`\n",
     "Write what the message says was expected; an unclosed block or string is named with the "
     "place it was opened."}};

const Rule kS002{{RuleCode::S002, "unknown-name", Severity::Error,
     "a name that the manifest or the language does not declare",
     "A reference to a hardware pool, site or benchmark that does not exist, a misspelt field "
     "or an unknown choice silently drops a figure from the disclosure. Every name must "
     "resolve. Source: MANIFEST.md, \"Every name is declared once per manifest\".",
     "train { hardware = gpu }   # only `gpus` is declared",
     "Use the name suggested after \"did you mean\", or declare the name."}};

const Rule kS003{{RuleCode::S003, "duplicate-name", Severity::Error,
     "a name, field or block declared twice",
     "When a name or a field is given twice, a reader cannot tell which figure the paper means. "
     "Source: MANIFEST.md, \"Every name is declared once per manifest\".",
     "train { energy = 41 kWh\n        energy = 38 kWh }",
     "Keep one declaration; the note shows where the other one is."}};

const Rule kS004{{RuleCode::S004, "dimension-mismatch", Severity::Error,
     "a value whose dimension does not fit its field, or arithmetic on unlike dimensions",
     "Energy written in hours or memory written in FLOP is a unit slip that changes the meaning "
     "of a disclosure by orders of magnitude. costlint keeps a dimension vector for every "
     "quantity and checks it against the field. Source: MANIFEST.md, \"Quantities and units\".",
     "train { energy = 41.2 h }",
     "Write the value in a unit of the dimension the message names (`kWh` for energy)."}};

const Rule kS005{{RuleCode::S005, "unknown-unit", Severity::Error, "a unit costlint does not know",
     "Units are case-sensitive and only those listed in the language are known (`kWh`, not "
     "`kwh`; `MB` is megabytes, `Mb` is nothing). A count suffix (`K`, `M`, `B`, `T`) is only "
     "a unit in count fields. Source: MANIFEST.md, \"Quantities and units\".",
     "train { energy = 41.2 kwh }",
     "Use the unit suggested after \"did you mean\"."}};

const Rule kS006{{RuleCode::S006, "unreadable-evidence", Severity::Error,
     "an evidence file that is missing, unreadable or malformed",
     "A disclosure that cites logs nobody can read is not backed by them. Source: MANIFEST.md, "
     "\"Evidence formats\".",
     "evidence codecarbon \"logs/missing.csv\"", "Fix the path or the file."}};

const Rule kS007{{RuleCode::S007, "path-outside-root", Severity::Error,
     "a path that leaves the repository root",
     "costlint runs on untrusted submissions: it never opens a file outside the repository "
     "root, including through symbolic links. Source: ARCHITECTURE.md, \"Trust boundary\".",
     "evidence codecarbon \"../../etc/passwd\"",
     "Keep manifests and logs inside the repository, or pass `--root`."}};

const Rule kS009{{RuleCode::S009, "header", Severity::Warning, "the `costlint 1` header is missing or unknown",
     "The header names the language version a manifest is written in, so that later versions "
     "can read it unambiguously. A missing header is a warning; an unknown version an error. "
     "Source: MANIFEST.md, \"Top-level items\".",
     "paper { title = \"...\" }   # no `costlint 1` line first",
     "Start the manifest with the line `costlint 1`."}};

const Rule kS010{{RuleCode::S010, "suppression-without-reason", Severity::Warning,
     "a suppression comment that gives no reason",
     "A silenced finding should say why, so that reviewers can judge it; ruff and clang-tidy "
     "users know the practice. Source: MANIFEST.md, \"Suppressions\" (a suppression without "
     "a reason is itself a warning).",
     "# costlint: ignore E201", "Add `-- reason` after the rule."}};

const Rule kS011{{RuleCode::S011, "unused-suppression", Severity::Warning, "a suppression that silences nothing",
     "A stale suppression hides the next real finding on that line, and a comment that looks "
     "like a suppression but is not one silences nothing its author meant to. Source: "
     "MANIFEST.md, \"Suppressions\".",
     "# costlint: ignore E201 -- measured elsewhere   (no E201 there)",
     "Remove the suppression."}};

const Rule kS012{{RuleCode::S012, "unreadable-manifest", Severity::Error,
     "a manifest that cannot be read: missing, not a regular file, or too large",
     "A manifest is bounded in size (16 MiB) so that a hostile submission cannot exhaust a "
     "conference's batch check. Source: ARCHITECTURE.md, \"Trust boundary\".",
     "costlint check missing.cost", "Check the path; split a very large manifest."}};

const Rule kS013{{RuleCode::S013, "invalid-value", Severity::Error,
     "a value of the wrong kind for its field, or one no figure can have",
     "A label written as a number, a fractional count of runs, a zero device count or a "
     "division by zero cannot be a disclosed figure. Source: MANIFEST.md, \"System fields\" "
     "and \"Phase fields\" (what each field holds).",
     "train { runs = 2.5 }", "Write the value the message asks for."}};

const Rule kS014{{RuleCode::S014, "evidence-format-detected", Severity::Note,
     "the format `evidence auto` chose for a log",
     "`auto` reads a log as the first format its first line matches; saying which one lets a "
     "reader check that the right figures were read. Source: MANIFEST.md, \"Evidence formats\" "
     "(`auto`: detect the format from the content).",
     "evidence auto \"logs/emissions.csv\"   # read as `codecarbon`",
     "Nothing to fix; write the format instead of `auto` to silence it."}};

const Rule kS015{{RuleCode::S015, "submission-over-budget", Severity::Error,
     "a submission of a batch that crashed, ran out of time or out of memory",
     "A conference checks every submission at once, on input nobody vetted: one submission "
     "must not stall or stop the others. Each is checked in a process of its own, under a "
     "time and a memory budget (`--timeout`, `--memory`); one that exceeds its budget or "
     "crashes is reported, and the batch goes on. Source: ARCHITECTURE.md, \"Trust boundary\".",
     "costlint batch submissions/ --timeout 60   # paper-17 still running after 60 s",
     "Look at the submission by hand: a manifest or a log built to exhaust a checker, or a "
     "bug of costlint to report with the submission attached."}};

const Rule kS016{{RuleCode::S016, "invisible-character", Severity::Warning,
     "a bidirectional control or an invisible character in a manifest",
     "A right-to-left override (U+202E) or an isolate reorders how a line is shown, and a "
     "zero-width character hides in a name: a manifest holding one can show a reviewer a line "
     "other than the one costlint reads (the Trojan Source attacks, Boucher & Anderson 2021). "
     "costlint shows each as `<U+202E>` and points at it, as rustc and clang do. Source: "
     "ARCHITECTURE.md, \"Trust boundary\".",
     "label = \"safe\u202e\"   # shown reversed in an editor",
     "Delete the character; write text that reads the same in every editor."}};

}  // namespace costlint::rules
