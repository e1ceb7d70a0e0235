# The norms profile, with each system's place on the Pareto frontier of every
# benchmark it is scored on as notes (P601): Varoquaux, Luccioni & Whittaker
# (FAccT 2025) ask that the state of the art be read as a frontier of
# performance against resources, and that progress by fewer resources count as
# much as progress by more (their Figure 7).
name     frontier
source   Varoquaux, Luccioni & Whittaker 2025, "Ways forward" and Figure 7
require  train infer
others   default
P601     note
