"""`shopassist train` and `shopassist recommend USER_ID`: fit the rankers, then use them."""

from __future__ import annotations

import logging
from typing import Annotated, Any

import typer
from rich.table import Table

from ui.artifacts import RANKER, publish
from ui.cli.common import JsonOutput, console, print_json, settings_of, store_of
from ui.compose import load_suggester, open_index

logger = logging.getLogger(__name__)

DEFAULT_TRAIN_MODELS = "popularity,itemcf,transitions,seqknn,mf,content"
"""The default on CPU; with CUDA, SASRec joins (about 3 minutes for 10 epochs on a 2-core CPU)."""
SASREC_EPOCHS = 10
"""SASRec's epochs unless ``--sasrec-epochs`` says otherwise (chosen on Beauty validation)."""

SasrecEpochs = Annotated[int, typer.Option("--sasrec-epochs", help="SASRec training epochs.")]
ValidUsers = Annotated[int, typer.Option("--valid-users", help="Users that fit fusion weights.")]
"""The flags `train` and `eval ranking` share (``sasrec_epochs: SasrecEpochs = SASREC_EPOCHS``)."""


def ranking_models(
    models: str, sasrec_epochs: int, device: str, *, progress: bool
) -> tuple[list[str], dict[str, dict[str, Any]]]:
    """The names in a comma-separated ``--models`` and the models' parameters (SASRec's from
    its flags), as `train` and `eval ranking` read them."""
    names = [n.strip() for n in models.split(",") if n.strip()]
    return names, {"sasrec": {"epochs": sasrec_epochs, "device": device, "progress": progress}}


def _index_vectors(settings: Any, ids: list[str]) -> dict | None:
    """Item vectors from the retrieval index when it is built, else None (content is skipped)."""
    try:
        index = open_index(settings)
        if not index.exists():
            logger.warning("content model skipped: no retrieval index (`shopassist index build`)")
            return None
        return index.vectors(ids) or None
    except ImportError as e:
        logger.warning("content model skipped: retrieval is not importable (%s)", e)
        return None
    except Exception as e:
        logger.warning("content model skipped: the retrieval index could not be read (%s)", e)
        return None


def train(
    ctx: typer.Context,
    models: str | None = typer.Option(
        None,
        "--models",
        help=f"Comma-separated models (default: {DEFAULT_TRAIN_MODELS}, plus sasrec on CUDA).",
    ),
    sasrec_epochs: SasrecEpochs = SASREC_EPOCHS,
    valid_users: ValidUsers = 4000,
    as_json: JsonOutput = False,
) -> None:
    """Train every ranking model on the store's events; artifacts and a manifest in the data dir."""
    from ranking.attributes import ItemAttributes
    from ranking.data import Interactions
    from ranking.training import train_all

    settings = settings_of(ctx)
    store = store_of(ctx)
    if models is None:
        models = DEFAULT_TRAIN_MODELS + (",sasrec" if settings.resolved_device == "cuda" else "")
    names, params = ranking_models(
        models, sasrec_epochs, settings.resolved_device, progress=not as_json
    )
    data = Interactions.from_store(store)
    vectors = _index_vectors(settings, data.item_ids) if "content" in names else None
    manifest = train_all(
        data,
        settings.artifacts_dir,
        names=names,
        params=params,
        vectors=vectors,
        attributes=ItemAttributes.from_store(store, data.item_ids),
        valid_users=valid_users,
        progress=not as_json,
    )
    published = publish(settings, store, RANKER)
    if published is not None:
        manifest["published"] = {"artifact": RANKER, "version": published.version}
    if as_json:
        print_json(manifest)
        return
    table = Table(title=f"trained into {settings.artifacts_dir} (validation metrics)")
    for col in ("model", "recall@10", "ndcg@10", "mrr", "weight"):
        table.add_column(col)
    for name, m in manifest["validation"]["metrics"].items():
        w = manifest["weights"].get(name, "")
        table.add_row(
            name, f"{m['recall@10']:.4f}", f"{m['ndcg@10']:.4f}", f"{m['mrr']:.4f}", str(w)
        )
    console.print(table)


def recommend(
    ctx: typer.Context,
    user_id: str = typer.Argument(..., help="The user to recommend for."),
    k: int = typer.Option(10, "--k", help="How many picks."),
    as_json: JsonOutput = False,
) -> None:
    """Top-k picks for a user over the whole catalog, with reasons."""
    suggester = load_suggester(settings_of(ctx), store_of(ctx))
    picks = suggester.for_user(user_id, k)
    if as_json:
        rows = [
            {"item_id": p.item_id, "title": p.title[:60], "score": p.score,
             "reasons": p.reasons, "signals": p.signals}
            for p in picks
        ]  # fmt: skip
        print_json({"user_id": user_id, "history": suggester.history(user_id)[-10:], "picks": rows})
        return
    table = Table(title=f"top {k} for {user_id}")
    for col in ("#", "item", "title", "score", "reasons"):
        table.add_column(col)
    for i, p in enumerate(picks, 1):
        table.add_row(str(i), p.item_id, p.title[:60], f"{p.score:.3f}", "; ".join(p.reasons))
    console.print(table)
