#pragma once
// The few constants physics estimates rest on, each with the range it is
// believed to lie in and the reason. The node share and the utilisation are
// calibrated on published training runs (tests/calibration/, docs/estimation.md).

namespace costlint::assumptions {

/// What a node draws per accelerator while training, as a multiple of the
/// accelerator's TDP: the device runs below its TDP, but the host's CPUs,
/// memory, network, fans and power supply add their share. The catalog's
/// derived `typical_w` is TDP × this share (corpus/hardware.md; checked by
/// tests/hardware_power_test.cpp), and the estimator gives it this spread.
/// Fitted on the runs Patterson et al. 2021 (Table 4) measured
/// (tests/calibration/, docs/estimation.md): 0.9–1.1 for V100 and P100 GPUs,
/// 0.54–0.82 for TPU v2 and v3. Both spreads are the 80% band of the large
/// runs' errors held out by source (tests/energy_calibration_test.cpp): pools
/// measured by others than Patterson et al. stray further than their own runs.
inline constexpr double kNodeShareGpu = 1.0, kNodeShareSpreadGpu = 1.45;
inline constexpr double kNodeShareTpu = 0.7, kNodeShareSpreadTpu = 1.45;
/// A node's energy over its accelerators' alone, when a log measured only theirs
/// (nvidia-smi, MLflow's GPU power): CPUs, memory and the rest of the node add a
/// quarter to a half in training servers; Dodge et al. 2022 (section 3.2) report
/// GPU energy alone for that reason.
inline constexpr double kNodeOverDevice = 1.3, kNodeOverDeviceSpread = 1.3;
/// The calibration groups by pool size (issue 13): what most academic papers
/// run, and industrial pools.
inline constexpr unsigned kSmallJobDevices = 8, kLargeJobDevices = 64;
/// What a device of a job of at most 8 devices draws on average, as a share of
/// its TDP, the devices alone: fitted on the measured runs of
/// tests/calibration/small_runs.csv (docs/estimation.md, judged leave-one-source-out).
inline constexpr double kSmallJobDeviceShare = 0.55, kSmallJobDeviceShareSpread = 1.6;
/// A training job's devices are busier the larger its model: where the model's
/// parameters are given, the share above is that of a model of
/// kSmallJobReferenceParameters, and scales as parameters^kSmallJobSizeElasticity,
/// between the device's idle and its TDP (fitted on the same runs).
inline constexpr double kSmallJobReferenceParameters = 3e7, kSmallJobSizeElasticity = 0.165;
/// The most a small job's device is taken to draw on average, over its TDP:
/// a device holds near its TDP at most, and the hours papers state are rounded.
inline constexpr double kSmallJobDrawCeiling = 1.05;
/// A device's idle draw as a share of its TDP where the catalog has no measured
/// one: measured idles span 0.4% to 18% (corpus/hardware.md).
inline constexpr double kIdleShare = 0.1;
/// A draw from a declared utilisation, between idle and the TDP: utilisation
/// (busy time) says little of how hard the busy kernels push the device.
inline constexpr double kUtilizationDrawSpread = 1.3;
/// A draw from the declared FLOP per device-second: the same, looser.
inline constexpr double kFlopShareDrawSpread = 1.4;
/// A CPU's package draws near its TDP under load; the rest of its node is not counted.
inline constexpr double kNodeShareCpu = 1.0, kNodeShareSpreadCpu = 1.5;
/// A measured per-device draw (the catalog's `typical_w`) varies by workload:
/// Patterson et al. measured 245–310 W per TPU v3 over four runs.
inline constexpr double kTypicalPowerSpread = 1.15;

/// The PUE of a data centre the paper does not describe: the industry average
/// (corpus/pue.csv), anything from a hyperscaler's 1.1 to an old room's 2.
inline constexpr double kUnknownPueSpread = 1.35;
/// A cloud provider's fleet average, for one of its regions.
inline constexpr double kProviderPueSpread = 1.1;

/// A grid's yearly average intensity (corpus/grid.csv) against the hours a run
/// used: years differ, and hours within a year by tens of percent.
inline constexpr double kGridIntensitySpread = 1.25;
/// The world average for a site nobody located: national grids range from
/// ~30 (Sweden) to ~800 gCO2e/kWh (Poland), a factor of five either way.
inline constexpr double kWorldIntensitySpread = 5;

/// The share of the device's peak FLOP/s that training turns into model FLOP
/// (6·N·D) over the whole device-time a paper reports: restarts, evaluation,
/// checkpoints and idle devices included, so below the model FLOP utilisation
/// runs report while stepping (30–55%: Chowdhery et al. 2022, Table 3; PaLM
/// 46%, which is 0.30 over its reported chip-hours). Fitted on 27 published
/// dense runs on A100, H100 and TPU v3/v4 that state parameters, tokens and
/// device-time (tests/calibration/, docs/estimation.md): the geometric mean of
/// what they achieved is 0.32 (0.35 before, from the step-time MFUs); they
/// range from 0.16 (Llama 3 8B) to 0.51 (LLaMA 13B), hence the spread. Judged
/// leave-one-out: median |log(estimate / published)| 0.23, the interval
/// covering 26 of 27; above the 0.20 the energy meets, and no single value
/// does better, as a run's family sets most of its utilisation.
inline constexpr double kTrainingUtilization = 0.32, kTrainingUtilizationSpread = 1.7;

/// A pool whose duration is known ran at most all its devices throughout; some
/// of them may have idled part of it (evaluation, stragglers, a node down): down
/// to this share of device-time, which also bounds the duration from above.
inline constexpr double kAllDevicesBusyLow = 0.7;
/// How far a device count written `~1000 x` is taken to be from the true one:
/// ±20%, an assumption about how papers round, not a measurement.
inline constexpr double kApproximateCountShare = 0.2;

/// A search trial is often cut short (early stopping, smaller budgets): half a
/// training run, anything from a tenth to a whole one.
inline constexpr double kTrialShareOfRun = 0.5, kTrialShareLow = 0.1, kTrialShareHigh = 1;

/// Training FLOP ≈ 6·N·D for a dense transformer (Kaplan et al. 2020, §2.1);
/// attention over long contexts and activation recomputation add up to a third.
inline constexpr double kFlopPerParameterToken = 6;
inline constexpr double kFlopLowFactor = 0.95, kFlopHighFactor = 1.35;
/// Inference FLOP ≈ 2·N per token (one multiply-add per weight).
inline constexpr double kInferenceFlopPerParameterToken = 2;

/// The bytes of a weight when the paper gives no precision: bf16, as models are
/// served, anything from int8 to fp32.
inline constexpr double kAssumedBytesPerWeight = 2;
inline constexpr double kAssumedBytesPerWeightLow = 1, kAssumedBytesPerWeightHigh = 4;

/// Training memory per parameter with mixed-precision Adam: 2 (weights) + 2
/// (gradients) + 4 + 4 + 4 (fp32 master weights and two moments) = 16 bytes
/// (Rajbhandari et al. 2020, ZeRO, §3.1). Published full fine-tunes with Adam
/// on the device peaked at 1.5–2.9 times it (tests/calibration/memory_runs.csv).
/// Methods that hold less state go below it, down to the bf16 weights alone, 2
/// bytes: LoRA (0.14–0.30 times 16 B per parameter), 8-bit, paged and low-rank
/// optimizers (0.16–1.03), pure bf16 training (0.80); 4-bit QLoRA and CPU
/// offload go lower still.
inline constexpr double kTrainingBytesPerParameter = 16;
inline constexpr double kTrainingBytesLow = 2;
/// A pool that cannot hold the weights in bf16 held them in 4 bits (QLoRA), or
/// offloaded them: half a byte a parameter on the device, at least.
inline constexpr double kQuantizedBytesLow = 0.5;
/// Training memory with activations, as a multiple of the state alone, when no
/// device bounds it: BERT-base fine-tuned at batch 32 and 128 tokens holds about
/// 8 GB for 1.7 GB of state (the interval's top, not a point estimate).
inline constexpr double kActivationsHigh = 8;

}  // namespace costlint::assumptions
