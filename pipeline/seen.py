"""When each article was first ingested, kept in the state folder so rebuilds keep ``ingested_at`` stable."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Iterable

from pipeline.records import Article


class SeenArticles:
    """A JSON map article_id -> first ingested_at, under ``<state>/seen_articles.json``."""

    def __init__(self, state: Path):
        self.path = Path(state) / "seen_articles.json"
        try:
            self.first_seen: dict[str, str] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.first_seen = {}

    def stamp(self, articles: Iterable[Article]) -> int:
        """Give each article its first ingestion time (recording new ones); returns how many were new."""
        new = 0
        for a in articles:
            if a.article_id in self.first_seen:
                a.ingested_at = self.first_seen[a.article_id]
            else:
                self.first_seen[a.article_id] = a.ingested_at
                new += 1
        return new

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-seen-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(self.first_seen, fh, indent=0, sort_keys=True)
        os.replace(tmp, self.path)
