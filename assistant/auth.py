"""Who is calling, and what they may see: roles, staff accounts, API keys, signed cookies.

Shoppers are anonymous unless the shop's own site (or, in demo mode, the demo picker) gives them
a signed session cookie naming their customer id. Staff sign in with an account from settings
(``SHOPASSIST_STAFF``); services call the REST API with a bearer key (``SHOPASSIST_API_KEYS``).
Nothing here is stored in the repository: accounts and keys come from settings only, and the
cookie-signing key from settings or from a file created once in the data dir.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from catalog.errors import ShopAssistError

COOKIE = "shopassist_session"
SESSION_SECONDS = 12 * 3600


class AuthError(ShopAssistError):
    """Bad credentials, or a caller without the role an action needs."""


class Role(StrEnum):
    """What a caller is allowed to do."""

    SHOPPER = "shopper"  # their own chat, profile and suggestions
    AGENT = "agent"  # customer look-up: any customer's profile and suggestions
    MARKETER = "marketer"  # marketing copy
    ADMIN = "admin"  # agent and marketer
    SERVICE = "service"  # a backend of the shop: acts for any customer


STAFF_ROLES = {Role.AGENT, Role.MARKETER, Role.ADMIN}


@dataclass(frozen=True)
class Principal:
    """The caller of one request: a role and, for shoppers, their customer id (or None)."""

    role: Role = Role.SHOPPER
    name: str | None = None
    user_id: str | None = None

    @property
    def is_staff(self) -> bool:
        """An agent, marketer or admin signed in."""
        return self.role in STAFF_ROLES

    def can_see_customer(self, user_id: str) -> bool:
        """May this caller read or clear ``user_id``'s profile and suggestions?"""
        if self.role in (Role.AGENT, Role.ADMIN, Role.SERVICE):
            return True
        return self.user_id is not None and self.user_id == user_id

    def can_act_as(self, user_id: str | None) -> bool:
        """May this caller chat or give feedback as ``user_id`` (None: anonymous)?"""
        return user_id is None or self.role is Role.SERVICE or self.user_id == user_id

    @property
    def can_write_copy(self) -> bool:
        """May this caller generate marketing copy?"""
        return self.role in (Role.MARKETER, Role.ADMIN, Role.SERVICE)

    @property
    def can_look_up_customers(self) -> bool:
        """May this caller use the agent view?"""
        return self.role in (Role.AGENT, Role.ADMIN)


ANONYMOUS = Principal()


def _entries(raw: str | None, field: str, parts: int) -> list[list[str]]:
    entries = []
    for chunk in (raw or "").split(","):
        if not chunk.strip():
            continue
        fields = [f.strip() for f in chunk.split(":", parts - 1)]
        if len(fields) != parts or not all(fields):
            shape = "NAME:ROLE:PASSWORD" if parts == 3 else "KEY:ROLE"
            raise AuthError(f"{field}: expected comma-separated {shape} entries, got {chunk!r}")
        entries.append(fields)
    return entries


def _role(value: str, field: str) -> Role:
    try:
        return Role(value.lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise AuthError(f"{field}: unknown role {value!r}; expected one of {names}") from None


class Accounts:
    """Staff accounts and API keys, parsed from settings.

    ``staff`` is ``"NAME:ROLE:PASSWORD,..."`` (roles agent, marketer, admin) and ``api_keys`` is
    ``"KEY:ROLE,..."`` (any role; ``service`` acts for any customer).
    """

    def __init__(self, staff: str | None = None, api_keys: str | None = None) -> None:
        self._staff: dict[str, tuple[Role, str]] = {}
        for name, role, password in _entries(staff, "SHOPASSIST_STAFF", 3):
            parsed = _role(role, "SHOPASSIST_STAFF")
            if parsed not in STAFF_ROLES:
                raise AuthError(
                    f"SHOPASSIST_STAFF: {name!r} has role {role!r}; staff roles are "
                    "agent, marketer and admin"
                )
            self._staff[name] = (parsed, password)
        self._keys: dict[str, Role] = {
            key: _role(role, "SHOPASSIST_API_KEYS")
            for key, role in _entries(api_keys, "SHOPASSIST_API_KEYS", 2)
        }

    @property
    def has_staff(self) -> bool:
        """At least one staff account is configured."""
        return bool(self._staff)

    def login(self, name: str, password: str) -> Principal:
        """The staff principal for correct credentials; AuthError otherwise."""
        role, expected = self._staff.get(name, (None, ""))
        # compare even for unknown names, so timing does not tell which names exist
        ok = hmac.compare_digest(password.encode(), expected.encode() or b"\0")
        if role is None or not ok:
            raise AuthError("sign-in: unknown name or wrong password")
        return Principal(role=role, name=name)

    def for_key(self, key: str) -> Principal | None:
        """The principal of an API key, or None for an unknown key."""
        for known, role in self._keys.items():
            if hmac.compare_digest(known.encode(), key.encode()):
                return Principal(role=role, name=f"key:{known[:4]}…")
        return None


class CookieSigner:
    """Signs and checks session cookies (HMAC-SHA256 over a small JSON payload)."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 16:
            raise AuthError("secret key: expected at least 16 bytes")
        self._key = key

    def _mac(self, body: bytes) -> str:
        digest = hmac.new(self._key, body, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    def sign(self, principal: Principal, *, seconds: int = SESSION_SECONDS) -> str:
        """A cookie value naming ``principal``, valid for ``seconds``."""
        payload = {
            "r": principal.role.value,
            "n": principal.name,
            "u": principal.user_id,
            "e": int(time.time()) + seconds,
        }
        body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
        return f"{body}.{self._mac(body.encode())}"

    def verify(self, value: str | None) -> Principal | None:
        """The principal in a valid, unexpired cookie; None for anything else."""
        if not value or value.count(".") != 1:
            return None
        body, mac = value.split(".")
        if not hmac.compare_digest(mac, self._mac(body.encode())):
            return None
        try:
            payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            if int(payload["e"]) < time.time():
                return None
            return Principal(role=Role(payload["r"]), name=payload["n"], user_id=payload["u"])
        except (ValueError, KeyError, TypeError):
            return None


def secret_key(configured: str | None, data_dir: Path) -> bytes:
    """The cookie-signing key: from settings, else a random one kept in ``data_dir``."""
    if configured:
        return configured.encode()
    path = data_dir / "secret_key"
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip().encode()


@dataclass
class Gate:
    """Turns a request's headers and cookies into a `Principal`."""

    accounts: Accounts
    signer: CookieSigner

    def principal(self, headers: Mapping[str, str], cookies: Mapping[str, str]) -> Principal:
        """Bearer API key first, then the session cookie, else an anonymous shopper."""
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            found = self.accounts.for_key(auth[7:].strip())
            if found is None:
                raise AuthError("Authorization: unknown API key")
            return found
        return self.signer.verify(cookies.get(COOKIE)) or ANONYMOUS


def make_gate(settings: object) -> Gate:
    """The gate for an `assistant.settings.Settings` (accounts, keys and signing key)."""

    def secret(name: str) -> str | None:
        value = getattr(settings, name, None)
        return value.get_secret_value() if value is not None else None

    return Gate(
        accounts=Accounts(secret("staff"), secret("api_keys")),
        signer=CookieSigner(secret_key(secret("secret_key"), settings.data_dir)),  # type: ignore[attr-defined]
    )
