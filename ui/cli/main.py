"""Entry point of the `shopassist` command: one Typer app, every command registered here.

To add a command: write it in a module of this package (one module per area) and register it
below, as a command or as a sub-app.
"""

from __future__ import annotations

import sys

import typer

from catalog.private import private_dir
from core.errors import ShopAssistError
from core.settings import Settings
from ui.cli import ab as ab_cli
from ui.cli import chat as chat_cli
from ui.cli import copy as copy_cli
from ui.cli import data, train, tune_copy
from ui.cli import evaluate as evaluate_cli
from ui.cli import index as index_cli
from ui.cli import search as search_cli
from ui.cli import serve as serve_cli
from ui.cli import tune as tune_cli
from ui.cli import users as users_cli
from ui.cli.common import console, setup_logging

app = typer.Typer(
    name="shopassist",
    help="An LLM-powered shopping assistant that runs on your own catalog and behaviour logs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(data.app, name="data")
app.command("train")(train.train)
app.command("recommend")(train.recommend)
app.command("copy")(copy_cli.copy_command)
app.add_typer(evaluate_cli.app, name="eval")
app.add_typer(index_cli.app, name="index")
tune_cli.app.command("copy")(tune_copy.copy_command)
app.add_typer(tune_cli.app, name="tune")
app.command("search")(search_cli.search_command)
app.command("chat")(chat_cli.chat)
app.add_typer(users_cli.app, name="users")
app.add_typer(ab_cli.app, name="ab")
app.command("serve")(serve_cli.serve)
app.command("demo")(serve_cli.demo)


@app.callback()
def root(
    ctx: typer.Context,
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log progress details."),
) -> None:
    """Read the settings once (SHOPASSIST_* variables, .env) and share them with commands."""
    setup_logging(verbose)
    settings = Settings()
    private_dir(settings.data_dir)  # the store, the signing key and the models: owner only
    ctx.obj = {"settings": settings}


def main() -> None:
    """Run the CLI; errors we raise on purpose print as one readable line, exit code 2."""
    try:
        app()
    except ShopAssistError as e:
        console.print(f"[red]error:[/red] {e}", highlight=False, markup=True)
        sys.exit(2)
