"""`shopassist serve` and `shopassist demo`: the web UI and the REST API in one process, or
with ``--workers N`` the REST API in N processes and the web UI in one more (`ui.workers`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from core.errors import ShopAssistError
from ui.cli.common import console, settings_of, store_of

if TYPE_CHECKING:
    from core.settings import Settings
    from ui.server import HttpSettings

DEFAULT_PORT = 7860


ALLOW_REMOTE_DEMO_HELP = (
    "Allow demo sign-in on a host other machines can reach (it shows real customer ids and "
    "lets any visitor sign in as those customers)."
)

# The options `serve` and `demo` share (typer reads them; one object may default many commands).
HOST = typer.Option("127.0.0.1", "--host", help="Interface to listen on.")
PORT = typer.Option(DEFAULT_PORT, "--port", help="Port to listen on.")
NO_COPY = typer.Option(False, "--no-copy", help="Serve without the language model.")
ALLOW_REMOTE_DEMO = typer.Option(False, "--allow-remote-demo", help=ALLOW_REMOTE_DEMO_HELP)
WORKERS = typer.Option(
    1,
    "--workers",
    help="Processes answering the REST API on --port (uvicorn workers). Above 1 the web UI "
    "runs in one more process on --ui-port: Gradio keeps a browser's session in one process.",
)
UI_PORT = typer.Option(
    None,
    "--ui-port",
    help="With --workers above 1: the web UI's port (default: --port + 1; 0: no web UI). "
    "With one worker, 0 serves the REST API alone in one process (no Gradio: it starts about "
    "4 s sooner and holds less memory).",
)


def _check_host(ctx: typer.Context, host: str, *, demo: bool, allow_remote_demo: bool) -> None:
    from ui.server import check_demo_host

    demo_sign_in = demo or settings_of(ctx).demo_sign_in
    check_demo_host(host, demo_sign_in=demo_sign_in, allow_remote_demo=allow_remote_demo)


def _serve(
    ctx: typer.Context,
    host: str,
    port: int,
    *,
    demo: bool,
    no_copy: bool,
    allow_remote_demo: bool = False,
    workers: int = 1,
    ui_port: int | None = None,
) -> None:
    from ui.server import NO_STAFF_HINT, HttpSettings
    from ui.workers import check_workers

    _check_host(ctx, host, demo=demo, allow_remote_demo=allow_remote_demo)
    api_only = workers == 1 and ui_port == 0
    ui_port = check_workers(workers, port, ui_port)
    settings = settings_of(ctx)
    http = HttpSettings.from_settings(settings)  # bad CORS / proxy settings fail before loading
    if demo:
        settings = settings.model_copy(update={"demo_sign_in": True})
    if settings.staff is None:
        console.print(f"[yellow]note:[/yellow] {NO_STAFF_HINT}", highlight=False)
    if workers > 1 or api_only:
        _serve_workers(settings, host, port, workers, ui_port, http, no_copy=no_copy)
        return
    from ui.compose import build_services
    from ui.server import serve as run_server

    with console.status("loading the catalog, index, models and language model…"):
        services = build_services(settings, with_copy=not no_copy)
    console.print(
        f"[bold green]shopassist is ready[/bold green] at http://{host}:{port}/ "
        f"(REST API: http://{host}:{port}/docs). Ctrl+C stops it.",
        highlight=False,
    )
    run_server(services, host=host, port=port, http=http)


def _serve_workers(
    settings: Settings,
    host: str,
    port: int,
    workers: int,
    ui_port: int | None,
    http: HttpSettings,
    *,
    no_copy: bool,
) -> None:
    from ui.limit_store import redact
    from ui.server import uvicorn_options
    from ui.workers import WorkerOptions, serve_workers

    if settings.rate_limit_url is None and workers > 1:
        console.print(
            f"[yellow]note:[/yellow] rate limits are counted in each of the {workers} workers "
            "(a caller gets up to that many times the limits); set SHOPASSIST_RATE_LIMIT_URL="
            "redis://HOST:6379/0 to share them.",
            highlight=False,
        )
    elif settings.rate_limit_url is not None:
        console.print(f"rate limits: shared in {redact(settings.rate_limit_url)}", highlight=False)
    web = f"web UI: http://{host}:{ui_port}/" if ui_port else "no web UI (--ui-port 0)"
    what = f"{workers} API workers" if workers > 1 else "the REST API alone"
    console.print(
        f"[bold green]starting {what}[/bold green] at http://{host}:{port}/docs; "
        f"{web}. Each worker loads the catalog, index and models; Ctrl+C stops it.",
        highlight=False,
    )
    options = WorkerOptions(with_copy=not no_copy, demo_sign_in=settings.demo_sign_in)
    serve_workers(
        host, port, workers, ui_port=ui_port, options=options, uvicorn_options=uvicorn_options(http)
    )


def serve(
    ctx: typer.Context,
    host: str = HOST,
    port: int = PORT,
    no_copy: bool = NO_COPY,
    allow_remote_demo: bool = ALLOW_REMOTE_DEMO,
    workers: int = WORKERS,
    ui_port: int | None = UI_PORT,
) -> None:
    """Serve the web UI and the REST API (OpenAPI schema at /openapi.json) in one process, or
    the REST API in --workers processes and the web UI beside them (docs/DEPLOY.md)."""
    _serve(
        ctx, host, port, demo=False, no_copy=no_copy, allow_remote_demo=allow_remote_demo,
        workers=workers, ui_port=ui_port,
    )  # fmt: skip


def _ensure_data(ctx: typer.Context, data: Path | None, mirror: str | None) -> None:
    from ui.cli import data as data_cli

    if store_of(ctx).count("products") > 0:
        console.print("catalog: already imported", highlight=False)
        return
    if data is not None:
        if not data.exists():
            raise ShopAssistError(f"--data: no such file or folder {data}")
        data_cli.import_(ctx, path=data, format="auto", json_output=False)
        return
    try:
        data_cli.get(ctx, name="amazon-beauty", mirror=mirror, do_import=True, json_output=False)
    except ShopAssistError as e:
        raise ShopAssistError(
            f"could not fetch the Beauty demo data ({e}). Without internet, pass a local copy: "
            "shopassist demo --data PATH (the folder with reviews_Beauty_5.json.gz and "
            "meta_Beauty.json.gz, e.g. ../shared/data/amazon-beauty-2014) or --mirror URL|DIR"
        ) from e


def _ensure_index(ctx: typer.Context) -> None:
    from ui.cli import index as index_cli
    from ui.cli.common import index_of

    if not index_of(ctx).exists():
        index_cli.build(ctx, json_output=False)
    else:
        index_cli.update(ctx, json_output=False)


def _ensure_models(ctx: typer.Context) -> None:
    from ranking.errors import RankingError
    from ui.cli import train as train_cli
    from ui.compose import load_ranker

    try:
        load_ranker(settings_of(ctx))
        console.print("ranking models: already trained", highlight=False)
    except RankingError:
        train_cli.train(
            ctx, models=None, sasrec_epochs=train_cli.SASREC_EPOCHS, valid_users=4000, as_json=False
        )


def demo(
    ctx: typer.Context,
    data: Path | None = typer.Option(
        None, "--data", help="Local Beauty folder (offline); default: download it."
    ),
    mirror: str | None = typer.Option(None, "--mirror", help="Mirror URL or folder to fetch from."),
    host: str = HOST,
    port: int = PORT,
    no_copy: bool = NO_COPY,
    allow_remote_demo: bool = ALLOW_REMOTE_DEMO,
) -> None:
    """Import the Beauty demo data if needed, index it, train the models, then serve it.

    Shoppers can sign in as one of the demo customers with the longest histories; on a host
    other than 127.0.0.1 only with --allow-remote-demo.
    """
    _check_host(ctx, host, demo=True, allow_remote_demo=allow_remote_demo)  # before any work
    _ensure_data(ctx, data, mirror)
    _ensure_index(ctx)
    _ensure_models(ctx)
    _serve(ctx, host, port, demo=True, no_copy=no_copy, allow_remote_demo=allow_remote_demo)
