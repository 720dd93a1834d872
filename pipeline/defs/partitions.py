"""Daily partitions by ingestion date (UTC).

An input belongs to the day of the first run that ingested it (``pipeline.archive.IngestRegistry``): the nightly
run materializes today's partition, which holds only what is new; re-running or backfilling a day reproduces that
day's articles from the inbox; the unpartitioned tables reassemble the whole archive from every day.
"""
import os
from datetime import datetime, timezone

import dagster as dg

PARTITION_START = os.environ.get("CLAIMPACK_PARTITION_START", "2024-01-01")

ingestion_days = dg.DailyPartitionsDefinition(start_date=PARTITION_START, timezone="UTC", end_offset=1)


def today() -> str:
    """Today's partition key (UTC)."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%d")
