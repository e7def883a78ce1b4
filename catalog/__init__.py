"""Products, events and users: schema, validation, importers and the SQL store."""

from catalog.errors import CatalogError
from catalog.schema import Event, EventKind, Product, User
from catalog.store import CatalogStore, make_store

__all__ = [
    "CatalogError",
    "CatalogStore",
    "Event",
    "EventKind",
    "Product",
    "User",
    "make_store",
]
