"""`shopassist users ...`: a customer's privacy requests (forget, personalisation opt-out)."""

from __future__ import annotations

import typer

from assistant.cli.common import console, print_json, settings_of, store_of

app = typer.Typer(help="Customers' privacy requests.", no_args_is_help=True)


@app.command("forget")
def forget(
    ctx: typer.Context,
    user_id: str = typer.Argument(..., help="The customer to forget."),
    json_output: bool = typer.Option(False, "--json", help="Print what was removed as JSON."),
) -> None:
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
    user_id: str = typer.Argument(..., help="The customer."),
    undo: bool = typer.Option(False, "--undo", help="Turn personalisation back on."),
) -> None:
    """Switch personalisation off for a customer (their profile is no longer used or kept)."""
    store_of(ctx).set_personalisation_opt_out(user_id, not undo)
    state = "on" if undo else "off"
    console.print(f"personalisation is {state} for {user_id}", highlight=False)
