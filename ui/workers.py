"""`shopassist serve --workers N`: N uvicorn worker processes answer the REST API on one port,
and the web UI runs in one process of its own on another port.

Why the web UI is not on the N workers: Gradio keeps each browser session's event queue, its
server-sent event stream and its ``gr.State`` in the memory of the process that served the
page. uvicorn's workers share one listening socket and the kernel hands every new connection
to any of them, so a browser's ``/gradio_api/queue/join`` and ``/gradio_api/queue/data`` land
on different workers and the page fails with "Session not found" (gradio-app/gradio#7224,
#9070). Nothing can pin a browser to one of them behind one socket. The REST API keeps nothing
in the process (chat sessions, profiles and sign-in sessions live in the SQL store, rate limits
in Redis/Valkey when ``SHOPASSIST_RATE_LIMIT_URL`` is set), so any worker may answer any call.

Across machines, run one `serve` per machine (or container) behind a load balancer with
sticky sessions (a cookie) for the web UI: docs/DEPLOY.md.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any

from core.errors import ShopAssistError

OPTIONS_ENV = "SHOPASSIST_WORKER_OPTIONS"
"""The environment variable that carries `WorkerOptions` from `serve` to its worker processes."""
FACTORY = "ui.workers:create_api_worker"
WORKER_HEALTHCHECK_S = 120
"""How long uvicorn's supervisor waits for a worker to answer its ping before it kills and
restarts it. uvicorn's 5 s is too short for a worker that is loading torch, the index and the
models on a busy machine (the import holds the interpreter lock): at a load average of 9 on
2 cores every worker was killed before it was ready, again and again."""


@dataclass(frozen=True)
class WorkerOptions:
    """What `serve` tells its workers beyond `Settings` (which they read from the same
    environment and .env).

    Attributes:
        with_copy: load the language model (False: ``--no-copy``).
        demo_sign_in: demo sign-in on (``shopassist demo``).
    """

    with_copy: bool = True
    demo_sign_in: bool = False

    def to_env(self) -> dict[str, str]:
        """The environment entries that carry these options to a worker process."""
        env = {OPTIONS_ENV: json.dumps(asdict(self))}
        if self.demo_sign_in:
            env["SHOPASSIST_DEMO_SIGN_IN"] = "true"
        return env

    @classmethod
    def from_env(cls, environ: Mapping[str, str]) -> WorkerOptions:
        """The options `to_env` wrote (the defaults when there are none).

        Raises:
            ShopAssistError: the variable is there but is not `to_env`'s JSON.
        """
        raw = environ.get(OPTIONS_ENV)
        if not raw:
            return cls()
        try:
            return cls(**json.loads(raw))
        except (ValueError, TypeError) as e:
            raise ShopAssistError(
                f"{OPTIONS_ENV}: expected the JSON `shopassist serve` writes, such as "
                f'{{"with_copy": true, "demo_sign_in": false}}, got {raw!r:.80}; unset it'
            ) from e


def create_api_worker() -> Any:
    """The app one API worker serves: the REST API, the sign-in page and /health, without the
    web UI. uvicorn calls it in each worker process (``factory=True``); this is the edge of
    that process, so it reads `Settings` and `WorkerOptions` from the environment here."""
    from core.settings import Settings
    from ui.compose import build_services
    from ui.server import HttpSettings, create_server

    options = WorkerOptions.from_env(os.environ)
    settings = Settings()
    if options.demo_sign_in:
        settings = settings.model_copy(update={"demo_sign_in": True})
    from ui.cli.common import console

    services = build_services(settings, with_copy=options.with_copy)
    console.print(f"API worker {os.getpid()} ready", highlight=False)
    return create_server(services, HttpSettings.from_settings(settings), web_ui=False)


def check_workers(workers: int, port: int, ui_port: int | None) -> int | None:
    """The web UI's port for ``--workers``/``--ui-port`` (None: no UI process).

    Raises:
        ShopAssistError: fewer than one worker, or the UI on the API's port.
    """
    if workers < 1:
        raise ShopAssistError(f"--workers: expected 1 or more, got {workers}")
    if workers == 1:
        return None
    ui_port = port + 1 if ui_port is None else ui_port
    if ui_port == port:
        raise ShopAssistError(
            f"--ui-port {ui_port}: the web UI needs a port of its own beside the API workers' "
            f"--port {port} (e.g. --ui-port {port + 1}); --ui-port 0 runs no web UI"
        )
    return ui_port or None


def _ui_process(host: str, ui_port: int, options: WorkerOptions) -> subprocess.Popen[bytes]:
    """`shopassist serve` (one process: the web UI and the API) on ``ui_port``."""
    args = [
        sys.executable, "-c", "from ui.cli.main import main; main()",
        "serve", "--host", host, "--port", str(ui_port), "--allow-remote-demo",
    ]  # fmt: skip
    if not options.with_copy:
        args.append("--no-copy")
    # --allow-remote-demo: this command already refused a remote demo host unless allowed
    return subprocess.Popen(args, env={**os.environ, **options.to_env()})


def serve_workers(
    host: str,
    port: int,
    workers: int,
    *,
    ui_port: int | None,
    options: WorkerOptions,
    uvicorn_options: dict[str, Any],
) -> None:
    """Run ``workers`` API worker processes on ``port`` and, unless ``ui_port`` is None, the
    web UI in one more process on ``ui_port``, until interrupted.

    Each worker builds its own services from the settings (memory: one copy of the models per
    process). The workers read `Settings` from this process's environment, which is theirs.
    """
    import uvicorn

    os.environ.update(options.to_env())  # the edge hands its options to the workers it spawns
    ui = _ui_process(host, ui_port, options) if ui_port else None
    try:
        uvicorn.run(
            FACTORY,
            factory=True,
            host=host,
            port=port,
            workers=workers,
            timeout_worker_healthcheck=WORKER_HEALTHCHECK_S,
            **uvicorn_options,
        )
    finally:
        if ui is not None:
            ui.terminate()
            try:
                ui.wait(timeout=20)
            except subprocess.TimeoutExpired:
                ui.kill()
