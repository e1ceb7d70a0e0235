# Hugging Face model card metadata, `co2_eq_emissions` (paraphrased): the
# emissions in grams of CO2e, their source (e.g. CodeCarbon or a paper), the
# training type (pre-training or fine-tuning), the geographical location (as
# precise as possible) and the hardware used (how many devices, of what kind).
name     model-card
source   Hugging Face model card metadata, co2_eq_emissions
require  train
others   off
C100     warning   # the phases this profile requires
E206     error     # emissions
E203     warning   # geographical location
C103     warning   # hardware used
E201     note      # energy, from which emissions follow
E204     note      # so that emissions include the data centre
X501     error     # the figure agrees with its source
X503     warning   # a logged figure is disclosed
D701     warning   # the paper states what the manifest declares
D702     warning   # the manifest declares what the paper states
D703     warning   # and they agree
X507     warning   # emissions agree with energy and the grid
X508     warning   # FLOP agree with parameters and tokens
X509     warning   # energy and device-time agree with the device
