"""What the REST API tests share: the service key's header (`SERVICE`) and a gate with the
staff accounts and the service key (`api_gate`)."""

from __future__ import annotations

from catalog.auth_sessions import AuthSessionStore
from catalog.store import CatalogStore
from ui.auth import Accounts, CookieSigner, Gate

SERVICE = {"Authorization": "Bearer service-key-123"}
STAFF = "ann:agent:pw-ann,mo:marketer:pw-mo"


def api_gate(store: CatalogStore | None = None, staff: str = STAFF) -> Gate:
    """Accounts, a fixed signing key, sessions in ``store``'s database (or in memory)."""
    sessions = AuthSessionStore(store.engine) if store else AuthSessionStore.in_memory()
    return Gate(Accounts(staff, "service-key-123:service"), CookieSigner(b"k" * 32), sessions)
