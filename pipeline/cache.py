"""Per-article extraction cache: a JSON file per (text hash, publication time, extractor version, model)."""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Optional

from pipeline.records import Claim, Extraction, Mention, Quantity, TimeExpr


def cache_key(text_sha256: str, published_at: Optional[str], extractor_version: str, model: str) -> str:
    raw = "\x1f".join([text_sha256, published_at or "", extractor_version, model])
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def from_dict(d: dict) -> Extraction:
    return Extraction(
        claims=[Claim(**c) for c in d["claims"]],
        quantities=[Quantity(**q) for q in d["quantities"]], quantity_claim=d["quantity_claim"],
        times=[TimeExpr(**t) for t in d["times"]], time_claim=d["time_claim"],
        mentions=[Mention(**m) for m in d["mentions"]], mention_claim=d["mention_claim"],
    )


class ExtractionCache:
    """Stores extractions under ``root/<key[:2]>/<key>.json``; writes are atomic (temp file + rename)."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def has(self, key: str) -> bool:
        return self._path(key).is_file()

    def get(self, key: str) -> Optional[Extraction]:
        path = self._path(key)
        try:
            return from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, key: str, extraction: Extraction) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(extraction.to_dict(), fh, ensure_ascii=False)
        os.replace(tmp, path)
