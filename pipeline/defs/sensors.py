"""A sensor that starts a build when files are added to or changed in the inbox (stopped by default)."""

import hashlib
from pathlib import Path

import dagster as dg

from pipeline.defs.jobs import build_job
from pipeline.defs.partitions import today
from pipeline.defs.resources import ClaimpackSettings


def inbox_fingerprint(inbox: Path) -> str:
    """A hash of the names, sizes and modification times of the visible files in the inbox."""
    h = hashlib.sha256()
    if inbox.is_dir():
        for path in sorted(p for p in inbox.rglob("*") if p.is_file() and not p.name.startswith(".")):
            st = path.stat()
            h.update(f"{path.relative_to(inbox)}\x1f{st.st_size}\x1f{st.st_mtime_ns}\n".encode())
    return h.hexdigest()


@dg.sensor(job=build_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs the build when the inbox's files change.")
def inbox_sensor(context: dg.SensorEvaluationContext, claimpack: ClaimpackSettings):
    fingerprint = inbox_fingerprint(claimpack.inbox_path)
    if fingerprint == context.cursor:
        return dg.SkipReason("inbox unchanged")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint, partition_key=today())
