"""People, organisations and places, linked to ISO 3166 and GeoNames."""
from __future__ import annotations

from pipeline.records import Mention


def find_mentions(doc) -> list[Mention]:
    raise NotImplementedError
