"""Ranking: recommenders behind one contract, fusion with reasons, training and evaluation.

Importing this package is cheap: models import torch / implicit lazily.
"""

from __future__ import annotations

from ranking.data import Interactions, LeaveOneOut
from ranking.errors import LeakError, RankingError
from ranking.ranker import RankedItem, Ranker
from ranking.state import UserState

__all__ = [
    "Interactions",
    "LeakError",
    "LeaveOneOut",
    "RankedItem",
    "Ranker",
    "RankingError",
    "UserState",
]
