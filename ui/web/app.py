"""`create_app(services) -> gr.Blocks`: the three tabs on one page; `mount_ui` puts it on the
server's FastAPI app with Gradio's file serving locked down. Launching is `ui.server`."""

# No `from __future__ import annotations` here: Gradio reads the `gr.Request` annotation.

import contextlib
import logging
import shutil
import tempfile
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import Any

import gradio as gr
from fastapi import FastAPI
from starlette.routing import Mount

from ui.auth import Role
from ui.services import Services
from ui.web.agent import build_agent_tab
from ui.web.experiments_tab import build_experiments_tab
from ui.web.marketing import build_marketing_tab
from ui.web.shop import build_shop_tab, shopper, signed_in_text
from ui.web.views import MARKDOWN_AS_DATA, md_text

logger = logging.getLogger(__name__)

SYSTEM_DIRS = (
    "/etc", "/root", "/home", "/proc", "/sys", "/dev", "/boot", "/var", "/usr", "/opt", "/srv",
    "/mnt", "/media", "/run",
)  # fmt: skip
"""Never served by Gradio, whatever a component is handed (unless the temp folder is inside)."""
FILE_CACHE_PREFIX = "shopassist-gradio-"
MAX_UPLOAD_BYTES = 1
"""No component of this app takes a file, so Gradio's upload route (open to anyone) takes none."""
DELETE_CACHE = (3600, 86400)
"""Gradio deletes its cached files older than a day, every hour (and all of them at shutdown)."""

CSS = """
.sa-slot { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 8px; }
.sa-card h4.sa-title { margin: 4px 0; font-size: 1rem; line-height: 1.3; display: -webkit-box;
                      -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.sa-card .sa-meta { color: var(--body-text-color-subdued); font-size: 0.9rem; }
.sa-card .sa-price { font-weight: 600; color: var(--body-text-color); }
.sa-card .sa-reason { margin: 6px 0 2px; font-size: 0.9rem; }
.sa-card .sa-copy { margin: 4px 0; font-style: italic; font-size: 0.9rem; }
.sa-card .sa-pending { color: var(--body-text-color-subdued); }
.sa-head { display: flex; gap: 8px; align-items: center; }
.sa-n { background: var(--color-accent); color: white; border-radius: 50%; width: 1.5em;
        height: 1.5em; display: inline-flex; align-items: center; justify-content: center;
        font-size: 0.8rem; }
.sa-mark { background: var(--color-accent-soft); border-radius: 6px; padding: 0 6px;
           font-size: 0.8rem; }
.sa-actions { gap: 4px; flex-wrap: wrap; }
#staff-bar { text-align: right; }
"""


def create_app(services: Services) -> gr.Blocks:
    """The web UI over ready services: Shop, Agent, Marketing and Experiments tabs.

    The Agent, Marketing and Experiments tabs show a sign-in link until the request carries a
    staff session with their role (Experiments: admins); their handlers check the role again
    on every call.
    """
    with gr.Blocks(title="shopassist", analytics_enabled=False, delete_cache=DELETE_CACHE) as app:
        with gr.Row(equal_height=True):
            gr.Markdown("## shopassist", elem_id="brand")
            staff_bar = gr.Markdown(
                "[Staff sign-in](/login)", elem_id="staff-bar", container=False, **MARKDOWN_AS_DATA
            )
        with gr.Tabs():
            with gr.Tab("Shop", id="shop", elem_id="tab-shop"):
                shop = build_shop_tab(services)
            with gr.Tab("Agent", id="agent", elem_id="tab-agent"):
                agent = build_agent_tab(services)
            with gr.Tab("Marketing", id="marketing", elem_id="tab-marketing"):
                marketing = build_marketing_tab(services)
            with gr.Tab("Experiments", id="experiments", elem_id="tab-experiments") as lab:
                experiments = build_experiments_tab(services)

        def on_load(st: dict[str, Any], request: gr.Request) -> tuple[Any, ...]:
            principal = services.principal(request.headers, request.cookies)
            if principal.is_staff:
                who = f"**{md_text(principal.name)}** ({md_text(principal.role.value)})"
                bar = f"Signed in as {who} · [Sign out](/logout)"
            else:
                bar = "[Staff sign-in](/login)"
            agent_ok = principal.can_look_up_customers
            marketing_ok = principal.can_write_copy
            admin = principal.role is Role.ADMIN
            return (
                bar,
                gr.update(visible=not agent_ok),
                gr.update(visible=agent_ok),
                gr.update(visible=not marketing_ok),
                gr.update(visible=marketing_ok),
                gr.update(visible=not admin),
                gr.update(visible=admin),
                signed_in_text(services, shopper(services, st, request)),
            )

        app.load(
            on_load,
            [shop.state],
            [
                staff_bar,
                agent.locked,
                agent.panel,
                marketing.locked,
                marketing.panel,
                experiments.locked,
                experiments.panel,
                shop.signed_in,
            ],
        )
        lab.select(experiments.load, experiments.inputs, experiments.outputs)
    return app


def blocked_paths(private: Sequence[Path], temp_dir: str | Path | None = None) -> list[str]:
    """What Gradio must never serve or copy: ``private`` (the data dir and the store), the
    system folders, and Gradio's examples cache in the working folder. A system folder that
    holds the temp folder (``temp_dir``, the system's by default) is left out, or the file
    cache inside it could not be served either."""
    temp = Path(temp_dir or tempfile.gettempdir()).resolve()
    system = [Path(d) for d in SYSTEM_DIRS if not temp.is_relative_to(d)]
    paths = [*(Path(p).resolve() for p in private), *system, Path.cwd() / ".gradio"]
    return [str(p) for p in dict.fromkeys(paths)]


def _gradio_app(api: FastAPI, blocks: gr.Blocks) -> Any:
    for route in api.routes:
        app = getattr(route, "app", None)
        if isinstance(route, Mount) and getattr(app, "get_blocks", lambda: None)() is blocks:
            return app
    raise LookupError("blocks: expected mounted on the FastAPI app, found no Gradio mount")


def use_file_cache(blocks: gr.Blocks, gradio_app: Any, folder: Path) -> None:
    """Make ``folder`` the file cache and upload folder of ``blocks`` and its components.

    Gradio's default is one folder shared by every app on the machine (``/tmp/gradio``,
    world-readable). Components that an event re-creates with new properties start with the
    default again; none of this app's file outputs is re-created that way.
    """
    for block in [blocks, *blocks.blocks.values()]:
        block.GRADIO_CACHE = str(folder)
    gradio_app.uploaded_file_dir = str(folder)


def mount_ui(
    api: FastAPI,
    blocks: gr.Blocks,
    *,
    private: Sequence[Path] = (),
    path: str = "/",
    **options: Any,
) -> FastAPI:
    """Mount ``blocks`` on ``api`` at ``path`` (`gr.mount_gradio_app` with ``options``), with
    file serving locked down:

    - no folder is allowed beyond Gradio's own cache, and ``private`` (the data dir: see
      `Services.private_paths`) plus the system folders are blocked (`blocked_paths`);
    - Gradio's own path checks are on: `mount_gradio_app` leaves them off (they run only once
      ``launch()`` has run), so a component handed a path could copy any file into the cache;
    - the file cache is a folder of its own, private to this user (0700), made when the server
      starts and deleted when it stops;
    - Gradio's upload route takes no file (`MAX_UPLOAD_BYTES`) unless ``options`` says so.
    """
    blocked = blocked_paths(private)
    options.setdefault("max_file_size", MAX_UPLOAD_BYTES)
    mounted = gr.mount_gradio_app(
        api, blocks, path=path, allowed_paths=[], blocked_paths=blocked, **options
    )
    blocks.has_launched = True  # turns on processing_utils._check_allowed for every file
    gradio_app = _gradio_app(mounted, blocks)
    lifespan = mounted.router.lifespan_context

    @contextlib.asynccontextmanager
    async def with_private_cache(app: Any) -> AsyncIterator[Any]:
        folder = Path(tempfile.mkdtemp(prefix=FILE_CACHE_PREFIX))  # mode 0700
        use_file_cache(blocks, gradio_app, folder)
        try:
            async with lifespan(app) as state:
                yield state
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            logger.info("removed the UI's file cache %s", folder)

    mounted.router.lifespan_context = with_private_cache
    return mounted
