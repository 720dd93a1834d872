"""Quantities: numbers with bounds, units and what they count."""
from __future__ import annotations

from pipeline.records import Quantity


def find_quantities(doc) -> list[Quantity]:
    raise NotImplementedError
