"""`shopassist chat`: the assistant in a terminal, interactive or from a script file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import typer

from assistant.dialogue.turn import Turn
from core.errors import ShopAssistError
from ui.cli.common import console, settings_of, store_of


def _messages(script: Path | None) -> Iterator[str]:
    if script is not None:
        if not script.exists():
            raise ShopAssistError(f"--script: no such file {script}; expected one message a line")
        for line in script.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                yield line.strip()
        return
    while True:
        try:
            text = console.input("[bold cyan]you>[/bold cyan] ")
        except (EOFError, KeyboardInterrupt):
            return
        if text.strip().lower() in {"quit", "exit", ":q"}:
            return
        yield text


def turn_json(turn: Turn) -> dict[str, object]:
    """The per-turn JSON of `chat --json`: reply, question and picks with their copy."""
    data = turn.to_json()
    data["picks"] = [
        {k: p[k] for k in ("id", "title", "brand", "price", "rating", "reason", "copy", "grounded")}
        for p in data["picks"]
    ]
    return data


def _show(turn: Turn) -> None:
    console.print(f"[bold green]bot>[/bold green] {turn.reply}", highlight=False)
    for n, pick in enumerate(turn.picks, start=1):
        price = f"${pick.price:.2f}" if pick.price is not None else "no price"
        console.print(
            f"  {n}. [bold]{pick.title}[/bold] ({pick.brand or 'unknown brand'}, {price})\n"
            f"     why: {pick.reason}" + (f"\n     {pick.copy}" if pick.copy else ""),
            highlight=False,
        )
    if turn.table:
        for row in turn.table:
            console.print("  - " + " | ".join(f"{k}: {v}" for k, v in row.items()), highlight=False)


def chat(
    ctx: typer.Context,
    user: str | None = typer.Option(None, "--user", help="Chat as this customer (history used)."),
    script: Path | None = typer.Option(None, "--script", help="File with one message per line."),
    json_output: bool = typer.Option(False, "--json", help="Print one JSON object per turn."),
    no_copy: bool = typer.Option(False, "--no-copy", help="Skip language-model copy (faster)."),
) -> None:
    """Chat with the assistant in the terminal (type 'quit' to leave)."""
    from ui.compose import build_conversation

    assistant = build_conversation(settings_of(ctx), store_of(ctx), with_copy=not no_copy)
    session = assistant.new_session()
    for message in _messages(script):
        try:
            turn = assistant.respond(session, user, message)
        except ShopAssistError as e:
            if json_output:
                typer.echo(json.dumps({"message": message, "error": str(e)}))
            else:
                console.print(f"[red]error:[/red] {e}", highlight=False)
            continue
        if json_output:
            typer.echo(json.dumps({"message": message, **turn_json(turn)}, default=str))
        else:
            if script is not None:
                console.print(f"[bold cyan]you>[/bold cyan] {message}", highlight=False)
            _show(turn)
