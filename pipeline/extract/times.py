"""Temporal expressions normalised to TIMEX3 values against the publication time."""
from __future__ import annotations

from typing import Optional

from pipeline.records import TimeExpr


def find_times(doc, published_at: Optional[str]) -> list[TimeExpr]:
    raise NotImplementedError
