"""Who is calling, and what they may see: roles, staff accounts, API keys, sign-in sessions.

Shoppers are anonymous unless the shop's own site (or, in demo mode, the demo picker) signs them
in. Staff sign in with an account from settings (``SHOPASSIST_STAFF``); services call the REST
API with a bearer key (``SHOPASSIST_API_KEYS``). Nothing here is stored in the repository:
accounts and keys come from settings only, and the cookie-signing key from settings or from a
file created once in the data dir.

A sign-in opens a server-side session (`catalog.auth_sessions`); the cookie carries only that
session's random token, signed with itsdangerous (several keys accepted, so keys can be rotated).
Revoking the row (sign-out, `users forget`, a staff account no longer configured) ends the
session at once, whatever the cookie says.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from argon2 import PasswordHasher, extract_parameters
from argon2.exceptions import Argon2Error, InvalidHashError
from itsdangerous import BadData, URLSafeTimedSerializer

from catalog.auth_sessions import AuthSessionStore
from core.errors import ShopAssistError

logger = logging.getLogger(__name__)

COOKIE = "shopassist_session"
SESSION_SECONDS = 12 * 3600
ARGON2_PREFIX = "$argon2"
SHA256_PREFIX = "sha256:"


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

# entries are comma-separated, but an argon2 hash has commas of its own ("m=65536,t=3,p=4$")
_ENTRY_SEPARATOR = re.compile(r",(?!(?:t=\d+,)?p=\d+\$)")


def _entries(raw: str | None, field: str, parts: int) -> list[list[str]]:
    entries = []
    chunks = [c for c in _ENTRY_SEPARATOR.split(raw or "") if c.strip()]
    for number, chunk in enumerate(chunks, 1):
        # a password may hold colons (NAME:ROLE:PASSWORD); a key may too (sha256:HEX:ROLE)
        split = chunk.split(":", 2) if parts == 3 else chunk.rsplit(":", 1)
        fields = [f.strip() for f in split]
        if len(fields) != parts or not all(fields):
            # never echo the entry: it may hold a password or a key, and errors reach the logs
            shape = "NAME:ROLE:PASSWORD" if parts == 3 else "KEY:ROLE"
            named = f" (name {fields[0]!r})" if parts == 3 and len(fields) > 1 else ""
            raise AuthError(
                f"{field}: entry {number} of {len(chunks)}{named} is not {shape}; expected "
                f"comma-separated {shape} entries (its value is not shown: it may hold a secret)"
            )
        entries.append(fields)
    return entries


def _role(value: str, field: str) -> Role:
    try:
        return Role(value.lower())
    except ValueError:
        names = ", ".join(r.value for r in Role)
        raise AuthError(f"{field}: unknown role {value!r}; expected one of {names}") from None


def _utf8(text: str) -> bytes | None:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: no real password or key contains one
        return None


def hash_password(password: str) -> str:
    """An argon2id hash of ``password`` for ``SHOPASSIST_STAFF`` (``NAME:ROLE:HASH``)."""
    return PasswordHasher().hash(password)


def hash_api_key(key: str) -> str:
    """The ``sha256:HEX`` form of an API key for ``SHOPASSIST_API_KEYS`` (``HASH:ROLE``).

    A plain digest (no salt, no work factor) is enough for keys with 128 bits of randomness or
    more, as `new_api_key` makes; it keeps the per-request check cheap. Never use it for
    passwords a person chose.
    """
    return SHA256_PREFIX + hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_api_key() -> str:
    """A fresh random API key (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


class Accounts:
    """Staff accounts and API keys, parsed from settings.

    ``staff`` is ``"NAME:ROLE:SECRET,..."`` (roles agent, marketer, admin) where SECRET is an
    argon2 hash (``$argon2id$...``, from `hash_password`) or, discouraged, the password itself.
    ``api_keys`` is ``"KEY:ROLE,..."`` (any role; ``service`` acts for any customer) where KEY
    is ``sha256:HEX`` (from `hash_api_key`) or the key itself. Either way only digests are kept
    in memory for keys, and passwords are checked in constant time.
    """

    def __init__(self, staff: str | None = None, api_keys: str | None = None) -> None:
        self._hasher = PasswordHasher()
        self._staff: dict[str, tuple[Role, str]] = {}
        for name, role, secret in _entries(staff, "SHOPASSIST_STAFF", 3):
            parsed = _role(role, "SHOPASSIST_STAFF")
            if parsed not in STAFF_ROLES:
                raise AuthError(
                    f"SHOPASSIST_STAFF: {name!r} has role {role!r}; staff roles are "
                    "agent, marketer and admin"
                )
            if secret.startswith(ARGON2_PREFIX):
                try:
                    extract_parameters(secret)
                except InvalidHashError:
                    raise AuthError(
                        f"SHOPASSIST_STAFF: {name!r} has a password starting with "
                        f"{ARGON2_PREFIX!r} that is not a valid argon2 hash; paste the whole "
                        "output of `shopassist users hash-password`"
                    ) from None
            self._staff[name] = (parsed, secret)
        # unknown names are checked against a dummy hash made with the same parameters as a
        # real one, so timing does not tell which names exist
        hashed = self.hashed_staff
        self._dummy_hash = (
            PasswordHasher.from_parameters(extract_parameters(self._staff[hashed[0]][1])).hash(
                secrets.token_urlsafe(16)
            )
            if hashed
            else None
        )
        self._keys: dict[str, tuple[Role, bool]] = {}  # sha256 hex -> (role, given as hash)
        for key, role in _entries(api_keys, "SHOPASSIST_API_KEYS", 2):
            hashed = key.startswith(SHA256_PREFIX)
            digest = key.removeprefix(SHA256_PREFIX).lower() if hashed else hash_api_key(key)[7:]
            if not re.fullmatch(r"[0-9a-f]{64}", digest):
                raise AuthError(
                    f"SHOPASSIST_API_KEYS: {key[:12]!r}… starts with {SHA256_PREFIX!r} but is "
                    "not 64 hex digits; use `shopassist users hash-password --api-key`"
                )
            self._keys[digest] = (_role(role, "SHOPASSIST_API_KEYS"), hashed)

    @property
    def has_staff(self) -> bool:
        """At least one staff account is configured."""
        return bool(self._staff)

    @property
    def hashed_staff(self) -> list[str]:
        """Names of the staff accounts whose password is given as an argon2 hash."""
        return [n for n, (_, s) in self._staff.items() if s.startswith(ARGON2_PREFIX)]

    @property
    def plaintext_staff(self) -> list[str]:
        """Names of the staff accounts whose password is written in plain text."""
        return [n for n, (_, s) in self._staff.items() if not s.startswith(ARGON2_PREFIX)]

    @property
    def plaintext_keys(self) -> int:
        """How many API keys are written in plain text (not as ``sha256:HEX``)."""
        return sum(1 for _, hashed in self._keys.values() if not hashed)

    def role_of(self, name: str | None) -> Role | None:
        """The role staff account ``name`` has now; None when it is not configured."""
        entry = self._staff.get(name) if name is not None else None
        return entry[0] if entry else None

    def _password_ok(self, secret: str | None, password: str) -> bool:
        given = _utf8(password)
        if secret is None:  # unknown name: spend the same time as a real check, then refuse
            if self._dummy_hash is not None:
                self._verify(self._dummy_hash, password)
            else:
                hmac.compare_digest(given or b"", b"\0")
            return False
        if given is None:
            return False
        if secret.startswith(ARGON2_PREFIX):
            return self._verify(secret, password)
        return hmac.compare_digest(given, secret.encode("utf-8"))

    def _verify(self, hashed: str, password: str) -> bool:
        try:
            return self._hasher.verify(hashed, password)
        except (Argon2Error, UnicodeError):
            return False

    def login(self, name: str, password: str) -> Principal:
        """The staff principal for correct credentials; AuthError otherwise."""
        role, secret = self._staff.get(name, (None, None))
        if not self._password_ok(secret, password) or role is None:
            raise AuthError("sign-in: unknown name or wrong password")
        return Principal(role=role, name=name)

    def for_key(self, key: str) -> Principal | None:
        """The principal of an API key, or None for an unknown key."""
        given = _utf8(key)
        if given is None:
            return None
        digest = hashlib.sha256(given).hexdigest()
        found: Role | None = None
        for known, (role, _) in self._keys.items():  # every entry, in constant time
            if hmac.compare_digest(known, digest):
                found = role
        return Principal(role=found, name=f"key:{digest[:8]}") if found else None


class CookieSigner:
    """Signs and checks the session cookie's token (itsdangerous, HMAC-SHA256, timestamped).

    Args:
        keys: the signing key, or several, newest first: the newest signs, every one is
            accepted (rotate by putting a new key first and dropping the oldest after a
            session's lifetime).
    """

    def __init__(self, keys: bytes | Sequence[bytes]) -> None:
        keys = [keys] if isinstance(keys, bytes) else list(keys)
        if not keys or any(len(k) < 16 for k in keys):
            raise AuthError("secret key: expected at least 16 bytes")
        self._serializer = URLSafeTimedSerializer(
            list(reversed(keys)),  # itsdangerous wants oldest to newest
            salt="shopassist.session",
            signer_kwargs={"digest_method": hashlib.sha256},
        )

    def sign(self, token: str) -> str:
        """A cookie value carrying ``token``."""
        return self._serializer.dumps(token)

    def unsign(self, value: str | None, *, max_age: int = SESSION_SECONDS) -> str | None:
        """The token in a valid cookie at most ``max_age`` seconds old; None for anything else
        (unsigned, tampered, expired, signed with an unknown key, or not even text)."""
        if not value or len(value) > 4096:
            return None
        try:
            token = self._serializer.loads(value, max_age=max_age)
        except (BadData, UnicodeError, ValueError, TypeError):
            return None
        return token if isinstance(token, str) else None


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
    """Turns a request's headers and cookies into a `Principal`; opens and ends sessions.

    Attributes:
        accounts: staff accounts and API keys in effect now.
        signer: signs the session cookie.
        sessions: where sessions live (the catalog store's database in a server; a private
            in-memory database by default, for tests and scripts).
    """

    accounts: Accounts
    signer: CookieSigner
    sessions: AuthSessionStore = field(default_factory=AuthSessionStore.in_memory)

    def issue(self, principal: Principal, *, seconds: int = SESSION_SECONDS) -> str:
        """Open a session for ``principal``; returns the cookie value that names it.

        This is also how a shop's own site signs a customer in:
        ``gate.issue(Principal(role=Role.SHOPPER, user_id=...))``.
        """
        token = self.sessions.create(
            role=principal.role.value, name=principal.name, user_id=principal.user_id,
            seconds=seconds,
        )  # fmt: skip
        return self.signer.sign(token)

    def revoke(self, cookie: str | None) -> bool:
        """End the session a cookie names (sign-out); True when there was one."""
        token = self.signer.unsign(cookie)
        return token is not None and self.sessions.revoke(token)

    def session_principal(self, cookie: str | None) -> Principal | None:
        """The principal of a live session cookie; None for anything else.

        A staff session counts only while its account is still configured with the same
        role; otherwise the session is deleted.
        """
        token = self.signer.unsign(cookie)
        record = self.sessions.get(token) if token is not None else None
        if record is None:
            return None
        try:
            role = Role(record.role)
        except ValueError:
            return None
        if role in STAFF_ROLES and self.accounts.role_of(record.name) is not role:
            self.sessions.revoke(token)  # type: ignore[arg-type]
            logger.info("staff session ended: the account is no longer configured")
            return None
        return Principal(role=role, name=record.name, user_id=record.user_id)

    def principal(self, headers: Mapping[str, str], cookies: Mapping[str, str]) -> Principal:
        """Bearer API key first, then the session cookie, else an anonymous shopper.

        A cookie that is malformed, tampered, expired or revoked counts as no cookie.
        """
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer "):
            found = self.accounts.for_key(auth[7:].strip())
            if found is None:
                raise AuthError("Authorization: unknown API key")
            return found
        return self.session_principal(cookies.get(COOKIE)) or ANONYMOUS


def warn_about_plaintext(accounts: Accounts) -> None:
    """Log a warning when staff passwords or API keys are written in plain text in settings."""
    if accounts.plaintext_staff:
        logger.warning(
            "SHOPASSIST_STAFF: %d account(s) have a plain-text password; store argon2 hashes "
            "instead (NAME:ROLE:$argon2id$...): shopassist users hash-password",
            len(accounts.plaintext_staff),
        )
    if accounts.plaintext_keys:
        logger.warning(
            "SHOPASSIST_API_KEYS: %d key(s) written in plain text; store their sha256:HEX form "
            "instead: shopassist users hash-password --api-key",
            accounts.plaintext_keys,
        )


def _secret(settings: object, name: str) -> str | None:
    value = getattr(settings, name, None)
    return value.get_secret_value() if value is not None else None


def signing_keys(settings: object) -> list[bytes]:
    """The cookie-signing keys of `Settings`, newest first: ``secret_key`` (or the data dir's
    key file), then ``old_secret_keys`` (comma-separated), which are accepted but never used to
    sign."""
    keys = [secret_key(_secret(settings, "secret_key"), settings.data_dir)]  # type: ignore[attr-defined]
    old = _secret(settings, "old_secret_keys") or ""
    keys += [k.strip().encode() for k in old.split(",") if k.strip()]
    return keys


def make_gate(settings: object, sessions: AuthSessionStore) -> Gate:
    """The gate for an `core.settings.Settings` (accounts, keys, signing keys) over a
    session store (``AuthSessionStore(store.engine)`` in a server). Warns about plain-text
    credentials."""
    accounts = Accounts(_secret(settings, "staff"), _secret(settings, "api_keys"))
    warn_about_plaintext(accounts)
    return Gate(accounts=accounts, signer=CookieSigner(signing_keys(settings)), sessions=sessions)


def open_gate() -> Gate:
    """A gate with no accounts or keys, a random signing key and in-memory sessions (tests,
    local scripts)."""
    return Gate(Accounts(), CookieSigner(secrets.token_bytes(32)))
