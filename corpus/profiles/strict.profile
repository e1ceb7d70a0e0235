# All of the other profiles at once: every rule on, at warning or above, and
# both training and inference required.
name     strict
source   norms, neurips, acl and model-card together
require  train infer
others   default
minimum  warning
P601     off       # a note of information, not a finding to raise to a warning
