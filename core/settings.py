"""Settings, read once at the edge (CLI, server) and passed down as arguments.

Every field can be set by an environment variable ``SHOPASSIST_<FIELD>`` or in a ``.env`` file
in the working directory. Library code never reads the environment itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_cache_dir, user_data_dir
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Where shopassist keeps its data and which models and services it uses."""

    model_config = SettingsConfigDict(
        env_prefix="SHOPASSIST_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    data_dir: Path = Field(
        default_factory=lambda: Path(user_data_dir("shopassist", appauthor=False)),
        description="Folder for the SQLite store, the Chroma index, models' artifacts, quarantine.",
    )
    cache_dir: Path = Field(
        default_factory=lambda: Path(user_cache_dir("shopassist", appauthor=False)),
        description="Folder for downloads and converted model weights.",
    )
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite file in the data dir."
    )
    database_lock_timeout_s: float = Field(
        default=10.0,
        gt=0,
        description="How long a SQLite write waits for another process's write lock before it "
        "fails with a clear error.",
    )
    chroma_path: Path | None = Field(
        default=None, description="Chroma persistent folder; default: 'chroma' in the data dir."
    )
    chroma_url: str | None = Field(
        default=None, description="Chroma server URL (http://host:port); overrides chroma_path."
    )
    lancedb_uri: str | None = Field(
        default=None,
        description="LanceDB folder or object-store URL (s3://bucket/path); when set, the product "
        "vectors live there instead of Chroma.",
    )
    lancedb_nprobes: int = Field(
        default=16,
        ge=1,
        description="IVF partitions a LanceDB search probes (more: better recall, slower).",
    )
    embedding_model: str = Field(
        default="auto",
        description="'auto': the model the search index was built with; a fresh `index build` "
        "takes the newest `shopassist tune embedder` version, else the base. 'all-MiniLM-L6-v2' "
        "or 'base' (from the pip package), 'tuned' (the newest tuned version) or a "
        "sentence-transformers path.",
    )
    llm_model: str = Field(
        default="gemma-3-270m",
        description="'gemma-3-270m' (from the pip package) or a local Hugging Face model folder.",
    )
    llm_base_url: str | None = Field(
        default=None, description="OpenAI-compatible server URL; when set, used instead of local."
    )
    llm_api_key: str | None = Field(default=None, description="API key for llm_base_url.")
    llm_server_model: str | None = Field(
        default=None, description="Model name to ask the OpenAI-compatible server for."
    )
    llm_timeout: float = Field(
        default=60.0,
        gt=0,
        description="Seconds one generation may run; then it returns what it has.",
    )
    llm_int8_head: bool = Field(
        default=True,
        description="On CPU, decode with an int8 output projection (about 1.7x faster for "
        "gemma-3-270m); false keeps the model's fp32 weights exactly.",
    )
    parser: Literal["auto", "rules", "model"] | None = Field(
        default=None,
        description="Who reads each chat message: 'auto' (the rules, and the request parser's "
        "model where they fall short), 'model' (the model every turn, the rules as fallback) or "
        "'rules'; default: auto when the language model is a server (SHOPASSIST_LLM_BASE_URL), "
        "else rules (a small local model, tuned or not, reads about as well as the rules at "
        "seconds a turn on a CPU: docs/BENCHMARKS.md, Understanding).",
    )
    parser_model: str = Field(
        default="gemma-3-270m",
        description="Base model of the request parser: 'gemma-3-270m' (from the pip package) or a "
        "local Hugging Face model folder (the adapter must have been trained on it).",
    )
    parser_timeout: float = Field(
        default=2.0,
        gt=0,
        description="Seconds one reading of the request parser's model may take from its start "
        "(the wait for the model, the prompt's reading and the answer; a server: the request's "
        "read timeout, no retry); a reading that runs out is the parser giving up, and the "
        "rules read the turn. llm_timeout stays the copywriter's limit.",
    )
    parser_adapter: str = Field(
        default="default",
        description="LoRA adapter of the request parser: 'default' (shipped in the package, "
        "trained on the Beauty demo), 'latest' (the newest `shopassist tune parser` run in the "
        "data dir), 'none' (the base model, few-shot) or an adapter folder.",
    )
    copy_adapter: str = Field(
        default="default",
        description="LoRA adapter of the copywriter (local model only): 'default' (shipped in "
        "the package, trained on the Beauty demo; used with gemma-3-270m only), 'none' (the "
        "base model, few-shot), 'latest' (the newest `shopassist tune copy` run in the data "
        "dir) or an adapter folder.",
    )
    max_concurrent_turns: int = Field(
        default=8,
        ge=1,
        description="Chat turns computed at once per process (search and ranking); more wait "
        "up to 30 s for a slot, then get a 'busy' answer. Bounds memory under load.",
    )
    device: Literal["auto", "cpu", "cuda"] = Field(
        default="auto", description="Where models run: auto picks CUDA when present."
    )
    staff: SecretStr | None = Field(
        default=None,
        description="Staff accounts for the agent and marketing views: 'NAME:ROLE:PASSWORD,...' "
        "with ROLE agent, marketer or admin; PASSWORD is best an argon2 hash from "
        "`shopassist users hash-password` (plain text works, with a warning).",
    )
    api_keys: SecretStr | None = Field(
        default=None,
        description="REST API keys: 'KEY:ROLE,...'; role service acts for any customer; KEY is "
        "best given as its 'sha256:HEX' digest (`shopassist users hash-password --api-key`).",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Signs session cookies; default: a random key kept in the data dir.",
    )
    old_secret_keys: SecretStr | None = Field(
        default=None,
        description="Earlier signing keys, comma-separated: cookies they signed are still "
        "accepted, none are signed with them (rotation: move the old key here, set a new one).",
    )
    trusted_proxies: str = Field(
        default="",
        description="Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed, "
        "comma-separated IPs or CIDRs (e.g. '127.0.0.1,10.0.0.0/8'); empty: none, every caller "
        "is the address that connected.",
    )
    cors_origins: str = Field(
        default="",
        description="Web origins allowed to call the API from a browser with credentials, "
        "comma-separated (e.g. 'https://shop.example.com'); empty: none (same-origin only).",
    )
    rate_limit_per_minute: int = Field(
        default=60, gt=0, description="Chat messages a minute per session (x5 per address)."
    )
    api_key_rate_limit_per_minute: int = Field(
        default=600, gt=0, description="REST requests a minute per API key."
    )
    rate_limit_url: str | None = Field(
        default=None,
        description="Where rate-limit counters live, shared by every worker and machine: "
        "redis://HOST:PORT/DB (Redis or Valkey; rediss:// for TLS); empty: in each process "
        "(a caller behind N workers then gets N times the limits).",
    )
    rate_limit_on_outage: Literal["memory", "refuse"] = Field(
        default="memory",
        description="When the rate-limit store does not answer: 'memory' keeps serving with "
        "per-process counters (logged), 'refuse' fails closed (429 until it is back).",
    )
    max_request_bytes: int = Field(
        default=256 * 1024, gt=0, description="Largest request body accepted (413 above)."
    )
    demo_sign_in: bool = Field(
        default=False,
        description="Let shoppers pick a demo customer to sign in as (for demos only).",
    )
    artifact_store: Literal["local", "sql"] = Field(
        default="local",
        description="Where `train` and `index build/update` publish the trained ranker and the "
        "BM25 index for the workers: 'local' (folders in the data dir, one machine) or 'sql' "
        "(versions in the database, every worker on every machine loads them).",
    )
    artifact_check_s: float = Field(
        default=10.0,
        ge=0,
        description="A running worker looks for a newer published ranker or BM25 index at most "
        "this often (seconds, when it is used) and swaps it in without a restart; 0: never.",
    )

    @property
    def resolved_database_url(self) -> str:
        """The database URL in effect (the SQLite default lives in the data dir)."""
        return self.database_url or f"sqlite:///{self.data_dir / 'shopassist.db'}"

    @property
    def resolved_chroma_path(self) -> Path:
        """The Chroma persistent folder in effect."""
        return self.chroma_path or self.data_dir / "chroma"

    @property
    def resolved_device(self) -> str:
        """'cuda' or 'cpu': what ``device`` means on this machine (auto picks CUDA if present)."""
        if self.device != "auto":
            return self.device
        import torch  # lazy: importing settings must stay cheap

        return "cuda" if torch.cuda.is_available() else "cpu"

    @property
    def quarantine_dir(self) -> Path:
        """Where rejected import rows are written."""
        return self.data_dir / "quarantine"

    @property
    def artifacts_dir(self) -> Path:
        """Where trained models and their manifest live."""
        return self.data_dir / "models"

    @property
    def artifact_cache_dir(self) -> Path:
        """Where a worker unpacks the versions it fetched from the SQL artifact store."""
        return self.cache_dir / "artifacts"
