#pragma once
// The readers costlint has, one file each.

#include "ingest/evidence_reader.h"

namespace costlint {

const EvidenceReader& codecarbon_reader();  // codecarbon_reader.cpp
const EvidenceReader& nvidia_smi_reader();  // nvidia_smi_reader.cpp
const EvidenceReader& wandb_reader();       // wandb_reader.cpp
const EvidenceReader& lightning_csv_reader();  // lightning_csv_reader.cpp
const EvidenceReader& eco2ai_reader();         // eco2ai_reader.cpp
const EvidenceReader& carbontracker_reader();  // carbontracker_reader.cpp
const EvidenceReader& tensorboard_reader();    // tensorboard_reader.cpp
const EvidenceReader& hf_trainer_reader();  // hf_trainer_reader.cpp
const EvidenceReader& mlflow_reader();  // mlflow_reader.cpp
const EvidenceReader& lm_eval_reader();  // lm_eval_reader.cpp

}  // namespace costlint
