"""Settings, read from the environment (PLANLINK_*) when built, and passed in, never global."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


def default_data_dir() -> Path:
    """A per-user data folder (XDG on Linux), used when PLANLINK_DATA_DIR is not set."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "planlink"


def default_buffer_pool_mb() -> int:
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not a POSIX system: assume 8 GB
        total = 8 << 30
    return max(512, total // 4 >> 20)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PLANLINK_", extra="ignore")

    engine: Literal["ladybug", "neo4j"] = "ladybug"
    data_dir: Path = Field(default_factory=default_data_dir)
    read_only: bool = False
    # LadybugDB's page cache per process: a quarter of the machine's memory (its own default is 80%,
    # and the API, the explorer and a loader may each open the store). A cache smaller than the store
    # makes reads wait on the disk (trace p95 4.99 ms with 2 GB on a 2.4 GB store); a checkpoint fails
    # when the cache cannot hold what it rewrites (seen with 256 MB)
    buffer_pool_mb: int = Field(default_factory=lambda: default_buffer_pool_mb(), ge=64)
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str | None = None
    neo4j_password: SecretStr | None = None
    neo4j_database: str | None = None
    api_token: SecretStr | None = None
    api_token_name: str = "api"  # recorded as `by` on the writes made with api_token
    # where the explorer sends writes (upload, mark done) so they take the API's path: "http://127.0.0.1:8000"
    api_url: str | None = None
    max_upload_bytes: int = 20 * 1024 * 1024
