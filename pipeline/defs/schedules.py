"""The nightly rebuild: 02:00 UTC by default (``CLAIMPACK_NIGHTLY_CRON``), stopped until a user turns it on."""
from __future__ import annotations

import os

import dagster as dg

from pipeline.defs.jobs import build_job

NIGHTLY_CRON = os.environ.get("CLAIMPACK_NIGHTLY_CRON", "0 2 * * *")

nightly_rebuild = dg.ScheduleDefinition(
    name="nightly_rebuild",
    job=build_job,
    cron_schedule=NIGHTLY_CRON,
    execution_timezone=os.environ.get("CLAIMPACK_NIGHTLY_TIMEZONE", "UTC"),
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuild and publish the claims dataset every night (unchanged input publishes no new version).",
)
