"""Roles, staff accounts, API keys and signed cookies."""

from __future__ import annotations

import pytest

from assistant.auth import Accounts, AuthError, CookieSigner, Principal, Role, secret_key


def test_accounts_parse_and_check_passwords() -> None:
    accounts = Accounts("ann:agent:s3cret:with:colons,bob:admin:x", "k1:service")
    assert accounts.login("ann", "s3cret:with:colons").role is Role.AGENT
    assert accounts.for_key("k1") == Principal(role=Role.SERVICE, name="key:k1…")
    assert accounts.for_key("k2") is None
    for name, password in [("ann", "wrong"), ("nobody", "x"), ("bob", "")]:
        with pytest.raises(AuthError, match="wrong password"):
            accounts.login(name, password)


@pytest.mark.parametrize(
    "staff, message",
    [("ann:agent", "NAME:ROLE:PASSWORD"), ("ann:boss:x", "unknown role"), ("a:shopper:x", "staff")],
)
def test_bad_account_settings_name_the_variable(staff: str, message: str) -> None:
    with pytest.raises(AuthError, match=message) as caught:
        Accounts(staff)
    assert "SHOPASSIST_STAFF" in str(caught.value)


def test_cookies_round_trip_and_reject_tampering() -> None:
    signer = CookieSigner(b"0123456789abcdef0123")
    shopper = Principal(role=Role.SHOPPER, user_id="A1")
    cookie = signer.sign(shopper)
    assert signer.verify(cookie) == shopper
    body, mac = cookie.split(".")
    assert signer.verify(body[:-2] + "xx." + mac) is None
    assert signer.verify(cookie + "x") is None
    assert signer.verify(signer.sign(shopper, seconds=-1)) is None  # expired
    assert CookieSigner(b"another key 1234567").verify(cookie) is None
    assert signer.verify(None) is None and signer.verify("garbage") is None


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
