"""Claims: attributed statements (who said what, with which cue) and the author's own checkable statements."""
from __future__ import annotations

from pipeline.records import Claim


def find_claims(doc) -> list[Claim]:
    raise NotImplementedError
