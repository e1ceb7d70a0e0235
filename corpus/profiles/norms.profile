# The default profile: the norms of the paper costlint is built on.
# Varoquaux, Luccioni & Whittaker (FAccT 2025), "Hype, Sustainability, and the
# Price of the Bigger-is-Better Paradigm in AI", section "Ways forward"
# (paraphrased): report the compute cost, energy and memory footprint of both
# training and inference; compare with simpler baselines and their cost; report
# efficiency (e.g. samples per kWh, throughput); read the state of the art as a
# Pareto frontier of performance against resources.
name     norms
source   Varoquaux, Luccioni & Whittaker 2025, "Ways forward"
require  train infer
others   default
P601     off       # placement notes: the `frontier` profile or `--enable P601` shows them
