# The NeurIPS Paper Checklist, question "Experiments compute resources"
# (paraphrased): for each experiment, give the type of compute workers (CPU or
# GPU, internal cluster or cloud provider) with relevant memory and storage, and
# the time of execution; give the compute of each individual run and an estimate
# of the total; say whether the whole project needed more compute than the
# reported experiments (preliminary or failed runs).
name     neurips
source   NeurIPS Paper Checklist, "Experiments compute resources"
require  train
others   off
C100     error     # the phases this profile requires
C101     error     # compute of the runs, and the total
C103     error     # type of compute workers
C104     warning   # preliminary and failed experiments
C105     warning   # individual runs: how many
C106     error     # time of execution
M301     warning   # memory
D701     warning   # the paper states what the manifest declares
D702     warning   # the manifest declares what the paper states
D703     warning   # and they agree
