"""Training data for the recommenders: an item vocabulary and one ordered sequence per user.

Built from the store's fast path (`CatalogStore.event_rows`) or from plain lists. Sequences hold
item indices (into ``item_ids``), oldest first. Anonymous baskets become sequences of their own
(order within a basket carries no meaning for the co-occurrence models).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from catalog.event_reads import EventRow
from catalog.schema import EventKind
from catalog.store import CatalogStore
from ranking.errors import LeakError, RankingError

TRAIN_KINDS = (
    EventKind.PURCHASE,
    EventKind.RATING,
    EventKind.REVIEW,
    EventKind.CART,
    EventKind.CLICK,
    EventKind.VIEW,
)


@dataclass
class Interactions:
    """An item vocabulary and ordered per-user item sequences (indices into ``item_ids``)."""

    item_ids: list[str]
    user_ids: list[str]
    sequences: list[np.ndarray]
    index: dict[str, int] = field(default_factory=dict)
    times: list[np.ndarray] | None = None  # epoch seconds per event, when the data has them

    def __post_init__(self) -> None:
        if not self.index:
            self.index = {item: i for i, item in enumerate(self.item_ids)}
        if len(self.user_ids) != len(self.sequences):
            raise RankingError(
                f"Interactions: expected one user id per sequence, got {len(self.user_ids)} "
                f"ids for {len(self.sequences)} sequences"
            )

    @property
    def n_items(self) -> int:
        """Size of the item vocabulary."""
        return len(self.item_ids)

    @property
    def n_events(self) -> int:
        """Total number of items over all sequences."""
        return int(sum(len(s) for s in self.sequences))

    @classmethod
    def from_sequences(
        cls,
        sequences: Mapping[str, Sequence[str]],
        item_ids: Sequence[str] | None = None,
    ) -> Interactions:
        """From ``{user_id: [item_id, ...]}`` (oldest first); the vocabulary is every item seen
        (plus ``item_ids``, so items with no interactions can be scored by content)."""
        vocab: dict[str, int] = {}
        for item in item_ids or ():
            vocab.setdefault(item, len(vocab))
        users, seqs = [], []
        for user, items in sequences.items():
            for item in items:
                vocab.setdefault(item, len(vocab))
            users.append(user)
            seqs.append(np.fromiter((vocab[i] for i in items), dtype=np.int64, count=len(items)))
        return cls(item_ids=list(vocab), user_ids=users, sequences=seqs, index=vocab)

    @classmethod
    def from_event_rows(
        cls,
        rows: Iterable[EventRow],
        item_ids: Sequence[str] | None = None,
        kinds: Iterable[EventKind | str] = TRAIN_KINDS,
    ) -> Interactions:
        """From `CatalogStore.event_rows()` tuples (grouped by user, in order).

        Events with a user form that user's sequence; events without one are grouped by basket.
        """
        wanted = {EventKind(k).value for k in kinds}
        groups: dict[str, list[str]] = {}
        stamps: dict[str, list[float]] = {}
        any_time = False
        for user_id, item_id, kind, _value, ts, _pos, basket_id in rows:
            if kind not in wanted:
                continue
            key = user_id if user_id is not None else f"basket:{basket_id}"
            groups.setdefault(key, []).append(item_id)
            stamps.setdefault(key, []).append(ts.timestamp() if ts is not None else np.nan)
            any_time = any_time or ts is not None
        data = cls.from_sequences(groups, item_ids)
        if any_time:
            data.times = [np.array(stamps[u], dtype=np.float64) for u in data.user_ids]
        return data

    @classmethod
    def from_store(cls, store: CatalogStore, *, all_products: bool = True) -> Interactions:
        """Every user's sequence from the store; the vocabulary includes every product."""
        items = list(store.product_hashes()) if all_products else None
        data = cls.from_event_rows(store.event_rows(), items)
        if data.n_events == 0:
            raise RankingError(
                "the store has no events: expected purchases or ratings to learn from; "
                "import some with `shopassist data import PATH`"
            )
        return data

    def encode(self, items: Iterable[str]) -> np.ndarray:
        """Indices of the known items among ``items`` (unknown ones are dropped), in order."""
        index = self.index
        return np.array([index[i] for i in items if i in index], dtype=np.int64)

    def user_item_matrix(self, binary: bool = True) -> object:
        """The users x items CSR matrix of the sequences (counts, or 1/0 with ``binary``)."""
        from scipy.sparse import csr_matrix

        lengths = np.array([len(s) for s in self.sequences], dtype=np.int64)
        indptr = np.concatenate([[0], np.cumsum(lengths)])
        cols = np.concatenate(self.sequences) if self.sequences else np.zeros(0, np.int64)
        data = np.ones(len(cols), dtype=np.float32)
        m = csr_matrix((data, cols, indptr), shape=(len(self.sequences), self.n_items))
        m.sum_duplicates()
        if binary:
            m.data[:] = 1.0
        return m

    def fingerprint(self) -> str:
        """A digest of the vocabulary and sequences (identifies the training data)."""
        digest = hashlib.sha256()
        digest.update("\x1f".join(self.item_ids).encode())
        for user, seq in zip(self.user_ids, self.sequences, strict=True):
            digest.update(user.encode())
            digest.update(seq.astype(np.int64).tobytes())
        return digest.hexdigest()[:16]


@dataclass
class LeaveOneOut:
    """The leave-one-out split of a sequence dataset.

    For each user with at least 3 items: ``test`` is the last item, ``valid`` the second last,
    ``train`` the rest. Models are fitted on ``train`` only; validation ranks ``valid`` given the
    train history; test ranks ``test`` given the train history plus the validation item.
    """

    full: Interactions
    train: Interactions
    users: np.ndarray  # indices into full.user_ids of the evaluated users
    valid: np.ndarray  # the validation item of each evaluated user
    test: np.ndarray  # the test item of each evaluated user

    @classmethod
    def split(cls, full: Interactions, min_length: int = 3) -> LeaveOneOut:
        """Split every sequence: last item test, second last validation, the rest train."""
        users, valid, test, train_seqs = [], [], [], []
        for u, seq in enumerate(full.sequences):
            if len(seq) >= min_length:
                users.append(u)
                valid.append(seq[-2])
                test.append(seq[-1])
                train_seqs.append(seq[:-2].copy())
            else:
                train_seqs.append(seq.copy())
        train = Interactions(
            item_ids=full.item_ids,
            user_ids=full.user_ids,
            sequences=train_seqs,
            index=full.index,
            times=None
            if full.times is None
            else [t[: len(s)].copy() for t, s in zip(full.times, train_seqs, strict=True)],
        )
        if not users:
            raise RankingError(
                f"leave-one-out: expected users with at least {min_length} items, got none"
            )
        return cls(full, train, np.array(users), np.array(valid), np.array(test))

    def train_item_sequences(self) -> list[list[str]]:
        """Every user's training sequence as item ids (what may be learned from; nothing held out).

        The embedder fine-tune (`retrieval.tuning`) mines its ``bought`` pairs from these only.
        """
        ids = self.train.item_ids
        return [[ids[i] for i in seq] for seq in self.train.sequences if len(seq)]

    def valid_histories(self) -> list[np.ndarray]:
        """Each evaluated user's history when ranking the validation item (train only)."""
        return [self.train.sequences[u] for u in self.users]

    def test_histories(self) -> list[np.ndarray]:
        """Each evaluated user's history when ranking the test item (train + validation)."""
        return [
            np.append(self.train.sequences[u], v)
            for u, v in zip(self.users, self.valid, strict=True)
        ]

    def check_no_leak(self, train: Interactions | None = None) -> None:
        """Raise `LeakError` when training data holds a held-out item or anything after it.

        Every evaluated user's training sequence must be exactly their full sequence without its
        last two items; unevaluated users' sequences must be unchanged.

        Args:
            train: the data a model was (or will be) fitted on; default the split's own.
        """
        train = train or self.train
        if train.item_ids != self.full.item_ids:
            raise LeakError("training vocabulary differs from the evaluation vocabulary")
        if len(train.sequences) != len(self.full.sequences):
            raise LeakError(
                f"training data has {len(train.sequences)} users: expected "
                f"{len(self.full.sequences)}, the same users as the full data"
            )
        held_out = np.zeros(len(self.full.sequences), dtype=bool)
        held_out[self.users] = True
        for u, (seq, full_seq) in enumerate(zip(train.sequences, self.full.sequences, strict=True)):
            expected = full_seq[:-2] if held_out[u] else full_seq
            if len(seq) != len(expected) or not np.array_equal(seq, expected):
                user = self.full.user_ids[u]
                raise LeakError(
                    f"user {user!r}: training sequence has {len(seq)} items, expected the "
                    f"{len(expected)} before the held-out ones; held-out items (validation, test "
                    "or later) must not reach training"
                )

    def check_histories(self, histories: Sequence[np.ndarray], phase: str) -> None:
        """Raise `LeakError` when a query history contains its own target or later items."""
        limit = 2 if phase == "valid" else 1
        for u, hist in zip(self.users, histories, strict=True):
            full_seq = self.full.sequences[u]
            allowed = len(full_seq) - limit
            if len(hist) > allowed or not np.array_equal(hist, full_seq[: len(hist)]):
                raise LeakError(
                    f"user {self.full.user_ids[u]!r}: the {phase} history reaches the held-out "
                    f"items ({len(hist)} items, expected at most {allowed} from the start)"
                )
