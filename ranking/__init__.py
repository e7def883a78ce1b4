"""Ranking: recommenders behind one contract, fusion with reasons, training and evaluation.

Import from the module that defines a name (`ranking.ranker.Ranker`, `ranking.state.UserState`,
...): importing this package loads nothing, and the models import torch / implicit lazily.
"""
