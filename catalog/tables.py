"""SQL table definitions of the catalog store (SQLAlchemy Core, portable SQLite/PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

products = Table(
    "products",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("title", Text, nullable=False, default=""),
    Column("brand", String(200), nullable=True),
    Column("categories", JSON, nullable=False),
    Column("category_path", Text, nullable=False, default=""),
    Column("price", Float, nullable=True),
    Column("description", Text, nullable=False, default=""),
    Column("attributes", JSON, nullable=False),
    Column("rating", Float, nullable=True),
    Column("in_stock", Boolean, nullable=False, default=True),
    Column("content_hash", String(40), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_products_brand", "brand"),
    Index("ix_products_category_path", "category_path"),
)

events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("user_id", String(128), nullable=True),
    Column("item_id", String(128), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("value", Float, nullable=True),
    Column("timestamp", DateTime(timezone=False), nullable=True),
    Column("position", Integer, nullable=True),
    Column("basket_id", String(128), nullable=True),
    Index("ix_events_user_order", "user_id", "timestamp", "position"),
    Index("ix_events_item", "item_id"),
    Index("ix_events_basket", "basket_id"),
)

users = Table(
    "users",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("personalisation_opt_out", Boolean, nullable=False, default=False),
)

imports = Table(
    "imports",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", Text, nullable=False),
    Column("format", String(64), nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("read", Integer, nullable=False),
    Column("imported", Integer, nullable=False),
    Column("rejected", Integer, nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("user_id", String(128), nullable=True),
    Column("state", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_sessions_user", "user_id"),
)

profiles = Table(
    "profiles",
    metadata,
    Column("user_id", String(128), primary_key=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

# -- experiments (A/B tests and interleaving; the `experiments` package reads and writes these) --

experiments = Table(
    "experiments",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("spec", JSON, nullable=False),  # experiments.model.Experiment, as JSON
    Column("status", String(16), nullable=False),
    Column("created_at", DateTime(timezone=False), nullable=False),
    Column("updated_at", DateTime(timezone=False), nullable=False),
)

experiment_exposures = Table(
    "experiment_exposures",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("experiment", String(64), nullable=False),
    Column("arm", String(64), nullable=False),  # an arm, "holdout", or "interleaved"
    Column("unit", String(128), nullable=False),  # customer id, or session id when anonymous
    Column("user_id", String(128), nullable=True),  # the customer, when known (for forget)
    Column("session_id", String(64), nullable=True),
    Column("items", JSON, nullable=False),  # item ids shown, in order
    Column("teams", JSON, nullable=True),  # interleaving: the arm that placed each item
    Column("propensity", Float, nullable=True),  # randomised arms: P(first item shown)
    Column("timestamp", DateTime(timezone=False), nullable=False),
    Index("ix_experiment_exposures_unit", "experiment", "unit"),
    Index("ix_experiment_exposures_session", "experiment", "session_id"),
    Index("ix_experiment_exposures_user", "user_id"),
)

experiment_outcomes = Table(
    "experiment_outcomes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("experiment", String(64), nullable=False),
    Column("arm", String(64), nullable=False),  # the unit's arm; interleaving: the team credited
    Column("unit", String(128), nullable=False),
    Column("user_id", String(128), nullable=True),
    Column("session_id", String(64), nullable=True),
    Column("item_id", String(128), nullable=False),
    Column("kind", String(16), nullable=False),  # click | cart | purchase
    Column("timestamp", DateTime(timezone=False), nullable=False),
    Index("ix_experiment_outcomes_unit", "experiment", "unit"),
    Index("ix_experiment_outcomes_user", "user_id"),
)

# -- sign-in sessions (ui/auth.py: a session cookie names one of these rows) --

auth_sessions = Table(
    "auth_sessions",
    metadata,
    Column("id", String(64), primary_key=True),  # SHA-256 of the cookie's token, never the token
    Column("role", String(16), nullable=False),
    Column("name", String(128), nullable=True),  # staff account or API-key label
    Column("user_id", String(128), nullable=True),  # the customer, for shoppers (for forget)
    Column("created_at", Float, nullable=False),  # Unix seconds
    Column("expires_at", Float, nullable=False),
    Index("ix_auth_sessions_user", "user_id"),
    Index("ix_auth_sessions_expires", "expires_at"),
)

# -- published artifacts (catalog/artifacts.py: trained rankers, BM25 indexes for every worker) --

artifacts = Table(
    "artifacts",
    metadata,
    Column("name", String(128), primary_key=True),  # e.g. "ranker", "bm25-products"
    Column("version", Integer, primary_key=True),  # 1, 2, ... per name
    Column("created", DateTime(timezone=True), nullable=False),
    Column("sha256", String(64), nullable=False),  # of the whole archive
    Column("size", BigInteger, nullable=False),  # bytes of the archive
    Column("chunks", Integer, nullable=False),
)

artifact_chunks = Table(
    "artifact_chunks",
    metadata,
    Column("name", String(128), primary_key=True),
    Column("version", Integer, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)
