"""`shopassist users ...`: a customer's privacy requests (forget, personalisation opt-out) and
hashes for the credentials in settings (hash-password)."""

from __future__ import annotations

from typing import Annotated

import typer

from ui.cli.common import JsonOutput, console, print_json, settings_of, store_of

Customer = Annotated[str, typer.Argument(help="The customer.")]

app = typer.Typer(
    help="Customers' privacy requests; hashes for staff passwords and API keys.",
    no_args_is_help=True,
)


@app.command("forget")
def forget(ctx: typer.Context, user_id: Customer, json_output: JsonOutput = False) -> None:
    """Delete a customer's events, profile, sessions and quarantined rows, everywhere."""
    from assistant.privacy import forget_user

    removed = forget_user(store_of(ctx), user_id, settings_of(ctx).data_dir)
    if json_output:
        print_json({"user_id": user_id, "removed": removed})
        return
    parts = ", ".join(f"{n} {place}" for place, n in removed.items())
    console.print(f"forgot {user_id}: removed {parts}", highlight=False)


@app.command("opt-out")
def opt_out(
    ctx: typer.Context,
    user_id: Customer,
    undo: bool = typer.Option(False, "--undo", help="Turn personalisation back on."),
) -> None:
    """Switch personalisation off for a customer (their profile is no longer used or kept)."""
    store_of(ctx).set_personalisation_opt_out(user_id, not undo)
    state = "on" if undo else "off"
    console.print(f"personalisation is {state} for {user_id}", highlight=False)


@app.command("hash-password")
def hash_password(
    api_key: bool = typer.Option(
        False, "--api-key", help="Hash an API key instead (sha256:HEX, for SHOPASSIST_API_KEYS)."
    ),
    stdin: bool = typer.Option(
        False, "--stdin", help="Read the secret from the first line of standard input."
    ),
) -> None:
    """Print a hash of a staff password (argon2id) or an API key to put in settings.

    The secret is read without echo (or from stdin with --stdin), never from the command line,
    so it stays out of shell history and process lists. Use the output in place of the
    plain-text secret: SHOPASSIST_STAFF='ann:agent:$argon2id$...' (single quotes: the hash has
    dollar signs), SHOPASSIST_API_KEYS='sha256:HEX:service'.
    """
    import sys

    from ui.auth import hash_api_key, new_api_key
    from ui.auth import hash_password as argon2_hash

    what = "API key" if api_key else "password"
    if stdin:
        secret = sys.stdin.readline().rstrip("\r\n")
    else:
        secret = typer.prompt(what.capitalize(), hide_input=True, confirmation_prompt=not api_key)
    if not secret:
        raise typer.BadParameter(f"{what}: expected a non-empty {what}, got nothing")
    if api_key and len(secret) < 24:
        console.print(
            f"[yellow]note:[/yellow] the sha256 form suits random keys of 24+ characters; "
            f"make one with: python -c 'import secrets; print(secrets.token_urlsafe(32))' "
            f"(e.g. {new_api_key()})",
            highlight=False,
        )
    typer.echo(hash_api_key(secret) if api_key else argon2_hash(secret))
