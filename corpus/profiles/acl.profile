# The ACL Responsible NLP Research checklist, item C1 (paraphrased): report the
# number of parameters of the models used, the total computational budget (for
# example in GPU hours) and the computing infrastructure used.
name     acl
source   ACL Responsible NLP Research checklist, C1
require  train
others   off
C100     error     # the phases this profile requires
M304     error     # number of parameters
C101     error     # total computational budget
C103     error     # computing infrastructure
D701     warning   # the paper states what the manifest declares
D702     warning   # the manifest declares what the paper states
D703     warning   # and they agree
