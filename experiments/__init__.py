"""A/B tests and interleaving: assignment, exposure and outcome logs, analysis, offline replay.

Depends only on `catalog` (the SQL store it keeps its tables in), numpy and scipy. Modules:

- `model`: the types (Experiment, Arm, Exposure, Outcome) and their validation;
- `assignment`: deterministic, sticky salted-hash assignment of a unit to an arm;
- `store`: the experiment tables over the catalog store's engine;
- `stats`: rates, differences with intervals, fixed-horizon and always-valid (mSPRT) tests, SRM;
- `interleaving`: team-draft interleaving, click credit, the sign test over units;
- `analysis`: a logged experiment -> its report (vectorised);
- `replay`: offline screening of a candidate ranker on randomised logs (IPS / replay);
- `live`: `ExperimentLog`, the small object the chat path calls;
- `simulate`: click-model simulations behind the tests and `bench/ab_bench.py`.
"""
