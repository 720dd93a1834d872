"""The nightly rebuild: 02:00 UTC by default (``CLAIMPACK_NIGHTLY_CRON``), stopped until a user turns it on.

Each night it materializes the day's ingestion partition (only what is new) and then republishes the tables.
"""
import os
from datetime import timezone

import dagster as dg

from pipeline.defs.jobs import build_job

NIGHTLY_CRON = os.environ.get("CLAIMPACK_NIGHTLY_CRON", "0 2 * * *")
NIGHTLY_TIMEZONE = os.environ.get("CLAIMPACK_NIGHTLY_TIMEZONE", "UTC")


@dg.schedule(name="nightly_rebuild", job=build_job, cron_schedule=NIGHTLY_CRON, execution_timezone=NIGHTLY_TIMEZONE,
             default_status=dg.DefaultScheduleStatus.STOPPED,
             description="Ingest what is new into the day's partition and republish the dataset (unchanged "
                         "content publishes no new version).")
def nightly_rebuild(context: dg.ScheduleEvaluationContext):
    day = context.scheduled_execution_time.astimezone(timezone.utc).strftime("%Y-%m-%d")
    return dg.RunRequest(run_key=f"nightly-{day}", partition_key=day)
