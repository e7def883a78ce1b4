"""Public datasets that ``shopassist data get NAME`` knows how to fetch, and from where.

Each dataset is a list of files at their official locations. The McAuley Amazon 2014 files are
published by UCSD (https://cseweb.ucsd.edu/~jmcauley/datasets/amazon/links.html) and served from
Stanford SNAP: http://snap.stanford.edu/data/amazon/productGraph/categoryFiles/. No checksums
are published for them, so the first verified download records its size and SHA-256 in the
cache's manifest and every later use checks the file against it.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.errors import CatalogError

MCAULEY_2014_BASE = "http://snap.stanford.edu/data/amazon/productGraph/categoryFiles/"


@dataclass(frozen=True)
class RemoteFile:
    """One file of a dataset: its name and official URL (and checksum when published)."""

    name: str
    url: str
    sha256: str | None = None


@dataclass(frozen=True)
class Dataset:
    """A downloadable dataset: its files and the import format of the folder they land in."""

    name: str
    description: str
    files: tuple[RemoteFile, ...]
    format: str


def _mcauley_2014(category: str) -> tuple[RemoteFile, ...]:
    names = (f"meta_{category}.json.gz", f"reviews_{category}_5.json.gz")
    return tuple(RemoteFile(name, MCAULEY_2014_BASE + name) for name in names)


DATASETS: dict[str, Dataset] = {
    "amazon-beauty": Dataset(
        "amazon-beauty",
        "McAuley Amazon 2014 Beauty: product metadata (all Beauty products) and the 5-core reviews "
        "(198,502 reviews by 22,363 users of 12,101 products)",
        _mcauley_2014("Beauty"),
        "amazon-reviews",
    ),
}


def get_dataset(name: str) -> Dataset:
    """The dataset called ``name``.

    Raises:
        CatalogError: unknown name; the message lists the known ones.
    """
    try:
        return DATASETS[name]
    except KeyError:
        raise CatalogError(
            f"dataset: expected one of {', '.join(DATASETS)}, got {name!r}"
        ) from None
