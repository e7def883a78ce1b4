"""Roles, staff accounts (plain or argon2-hashed passwords), API keys (plain or sha256), signed
cookies with key rotation, and server-side sessions."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pytest
from argon2 import PasswordHasher
from pydantic import SecretStr

from catalog.auth_sessions import AuthSessionStore
from ui.auth import (
    ANONYMOUS,
    COOKIE,
    Accounts,
    AuthError,
    CookieSigner,
    Gate,
    Principal,
    Role,
    hash_api_key,
    make_gate,
    secret_key,
)

# cheap argon2 parameters for tests; the server checks whatever parameters a hash names
FAST = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)


def test_accounts_parse_and_check_passwords() -> None:
    accounts = Accounts("ann:agent:s3cret:with:colons,bob:admin:x", "k1:service")
    assert accounts.login("ann", "s3cret:with:colons").role is Role.AGENT
    label = "key:" + hash_api_key("k1")[7:15]  # a digest prefix, never the key's characters
    assert accounts.for_key("k1") == Principal(role=Role.SERVICE, name=label)
    assert accounts.for_key("k2") is None
    for name, password in [("ann", "wrong"), ("nobody", "x"), ("bob", ""), ("ann", "\udfff")]:
        with pytest.raises(AuthError, match="wrong password"):
            accounts.login(name, password)


@pytest.mark.parametrize(
    "staff, message",
    [
        ("ann:agent", "NAME:ROLE:PASSWORD"),
        ("ann:boss:x", "unknown role"),
        ("a:shopper:x", "staff"),
        ("ann:agent:$argon2id$v=19$garbage", "not a valid argon2 hash"),
    ],
)
def test_bad_account_settings_name_the_variable(staff: str, message: str) -> None:
    with pytest.raises(AuthError, match=message) as caught:
        Accounts(staff)
    assert "SHOPASSIST_STAFF" in str(caught.value)


@pytest.mark.parametrize(
    "staff, api_keys, secret",
    [
        ("ann agent hunter2-secret", None, "hunter2-secret"),
        ("ann:agent:pw-1,bob:hunter2-secret", None, "hunter2-secret"),
        (None, "plain-key-123:service,sk-live-0123456789", "sk-live-0123456789"),
    ],
)
def test_a_malformed_entry_is_named_by_its_place_never_echoed(
    staff: str | None, api_keys: str | None, secret: str
) -> None:
    """The error quoted the whole entry, so a key missing its ':ROLE' (or a password typed with
    spaces) was printed to the server's log."""
    with pytest.raises(AuthError, match=r"entry \d of \d") as caught:
        Accounts(staff, api_keys=api_keys)
    assert secret not in str(caught.value)


def test_argon2_password_hashes_sign_in() -> None:
    """Before: SHOPASSIST_STAFF held passwords in plain text and compared them as strings, so a
    hash in the setting could never sign in."""
    ann, bob = FAST.hash("pw-ann"), FAST.hash("pw,bob:x")
    assert "," in ann  # "m=8,t=1,p=1": commas inside a hash do not split the entries
    accounts = Accounts(f"ann:agent:{ann}, bob:admin:{bob},cy:marketer:plain")
    assert accounts.login("ann", "pw-ann") == Principal(role=Role.AGENT, name="ann")
    assert accounts.login("bob", "pw,bob:x").role is Role.ADMIN
    assert accounts.login("cy", "plain").role is Role.MARKETER
    for name, password in [("ann", "pw-bob"), ("ann", ann), ("nobody", "pw-ann")]:
        with pytest.raises(AuthError, match="wrong password"):
            accounts.login(name, password)
    assert accounts.hashed_staff == ["ann", "bob"] and accounts.plaintext_staff == ["cy"]


def test_api_keys_in_sha256_form() -> None:
    key = "a-long-random-key-0123456789abcdef"
    accounts = Accounts(api_keys=f"{hash_api_key(key)}:service,plain-key-123:agent")
    assert accounts.for_key(key) is not None and accounts.for_key(key).role is Role.SERVICE
    assert accounts.for_key("plain-key-123").role is Role.AGENT  # type: ignore[union-attr]
    assert accounts.for_key(hash_api_key(key)) is None  # the digest itself is not a key
    assert accounts.for_key("é\udfff") is None
    assert accounts.plaintext_keys == 1
    with pytest.raises(AuthError, match="64 hex digits"):
        Accounts(api_keys="sha256:abc:service")


def test_plain_text_credentials_log_a_warning(tmp_path, caplog) -> None:
    settings = SimpleNamespace(
        staff=SecretStr(f"ann:agent:{FAST.hash('x')},mo:marketer:plain-secret"),
        api_keys=SecretStr("plain-key-123:service"),
        secret_key=None,
        old_secret_keys=None,
        data_dir=tmp_path,
    )
    with caplog.at_level(logging.WARNING, logger="ui.auth"):
        make_gate(settings, AuthSessionStore.in_memory())
    assert "1 account(s) have a plain-text password" in caplog.text
    assert "users hash-password" in caplog.text and "1 key(s)" in caplog.text
    assert "plain-secret" not in caplog.text and "plain-key-123" not in caplog.text


def test_cookies_round_trip_reject_tampering_and_rotate_keys() -> None:
    old, new = b"0123456789abcdef0123", b"another key 1234567"
    before = CookieSigner(old).sign("token-1")
    assert CookieSigner(old).unsign(before) == "token-1"
    rotated = CookieSigner([new, old])  # newest first: signs with new, still accepts old
    assert rotated.unsign(before) == "token-1"
    after = rotated.sign("token-2")
    assert CookieSigner(new).unsign(after) == "token-2" and CookieSigner(old).unsign(after) is None
    body, _, mac = after.rpartition(".")
    assert rotated.unsign(body[:-2] + "xx." + mac) is None
    assert rotated.unsign(after + "x") is None
    assert rotated.unsign(after, max_age=-1) is None  # expired
    for junk in (None, "", "garbage", "a.b.c", "e30.\xe9\xff", "x" * 5000, "\udfff.abc"):
        assert rotated.unsign(junk) is None


def test_sessions_are_server_side_and_revocable() -> None:
    gate = Gate(Accounts("ann:agent:pw"), CookieSigner(b"k" * 32))
    ann = Principal(role=Role.AGENT, name="ann")
    cookie = gate.issue(ann)
    assert gate.principal({}, {COOKIE: cookie}) == ann
    assert gate.revoke(cookie) and not gate.revoke(cookie)
    assert gate.principal({}, {COOKIE: cookie}) == ANONYMOUS
    shopper = gate.issue(Principal(user_id="A1"))
    assert gate.principal({}, {COOKIE: shopper}).user_id == "A1"
    assert gate.sessions.revoke_user("A1") == 1
    assert gate.principal({}, {COOKIE: shopper}) == ANONYMOUS
    # a non-ASCII byte in the cookie (decoded as latin-1 by the server) is no cookie, not a crash
    assert gate.principal({}, {COOKIE: "e30.\xe9"}) == ANONYMOUS


def test_sessions_expire_and_are_purged() -> None:
    now = [1_000.0]
    store = AuthSessionStore.in_memory(clock=lambda: now[0])
    token = store.create(role="agent", name="ann", user_id=None, seconds=60)
    assert store.get(token) is not None
    now[0] += 61
    assert store.get(token) is None
    store.create(role="agent", name="ann", user_id=None, seconds=60)  # purges the expired one
    assert store.count() == 1


def test_permissions() -> None:
    shopper = Principal(role=Role.SHOPPER, user_id="A1")
    assert shopper.can_see_customer("A1") and not shopper.can_see_customer("A2")
    assert shopper.can_act_as("A1") and shopper.can_act_as(None) and not shopper.can_act_as("A2")
    assert not shopper.can_write_copy and not shopper.can_look_up_customers
    agent = Principal(role=Role.AGENT, name="ann")
    assert agent.can_see_customer("A2") and not agent.can_act_as("A2")
    assert not agent.can_write_copy and agent.can_look_up_customers
    assert Principal(role=Role.MARKETER).can_write_copy
    assert not Principal(role=Role.MARKETER).can_see_customer("A1")


def test_secret_key_is_created_once_and_private(tmp_path) -> None:
    first = secret_key(None, tmp_path)
    assert first == secret_key(None, tmp_path) and len(first) >= 32
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0
    assert secret_key("configured-key-xyz", tmp_path) == b"configured-key-xyz"


def test_hash_password_command_prints_hashes_that_sign_in(tmp_path) -> None:
    from typer.testing import CliRunner

    from ui.cli.main import app

    runner = CliRunner(env={"SHOPASSIST_DATA_DIR": str(tmp_path)})
    prompted = runner.invoke(app, ["users", "hash-password"], input="s3cret\ns3cret\n")
    assert prompted.exit_code == 0, prompted.output
    hashed = prompted.stdout.strip().splitlines()[-1]
    assert hashed.startswith("$argon2id$") and "s3cret" not in prompted.stdout
    assert Accounts(f"ann:admin:{hashed}").login("ann", "s3cret").role is Role.ADMIN
    piped = runner.invoke(app, ["users", "hash-password", "--stdin"], input="other\n")
    assert Accounts(f"bo:agent:{piped.stdout.strip()}").login("bo", "other").name == "bo"
    key = "k" * 32
    digest = runner.invoke(app, ["users", "hash-password", "--api-key", "--stdin"], input=key)
    assert digest.stdout.strip() == hash_api_key(key)
    assert Accounts(api_keys=f"{digest.stdout.strip()}:service").for_key(key) is not None
