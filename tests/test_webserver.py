"""What a user does in the UI, through the real Dagster webserver's GraphQL API on 127.0.0.1.

Starts `dagster dev` (webserver and daemon, as a user does) from workspace.yaml, finds every asset, the schedule and the sensor, launches the build
job with run config pointing at a temporary inbox/out/state, and waits for the run to succeed.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from support import REPO, SAMPLES
from schemas.tables import TABLES

DAGSTER = Path(sys.executable).parent / "dagster"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _gql(port: int, query: str, variables: dict | None = None) -> dict:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/graphql",
                                 data=json.dumps({"query": query, "variables": variables or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        body = json.loads(resp.read())
    assert "errors" not in body, body["errors"]
    return body["data"]


@pytest.fixture(scope="module")
def webserver(tmp_path_factory):
    home = tmp_path_factory.mktemp("dagster-home")
    port = _free_port()
    env = dict(os.environ, DAGSTER_HOME=str(home))
    log = open(home / "dagster-dev.log", "w+b")
    proc = subprocess.Popen([str(DAGSTER), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(port)],
                            cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5)
                break
            except OSError:
                if time.time() > deadline or proc.poll() is not None:
                    _stop(proc)
                    log.seek(0)
                    raise RuntimeError(log.read().decode(errors="replace")[-3000:])
                time.sleep(1)
        yield port
    finally:
        _stop(proc)
        log.close()


def _stop(proc: subprocess.Popen) -> None:
    """Stop `dagster dev` and the processes it started (its own session)."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
    except ProcessLookupError:
        return
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


REPOS = """{ repositoriesOrError { ... on RepositoryConnection { nodes { name location { name }
  jobs { name } schedules { name cronSchedule executionTimezone scheduleState { status } }
  sensors { name sensorState { status } } } } ... on PythonError { message } } }"""


def _repository(port: int) -> dict:
    deadline = time.time() + 60
    while True:
        data = _gql(port, REPOS)["repositoriesOrError"]
        if data.get("nodes"):
            return data["nodes"][0]
        if time.time() > deadline:
            raise AssertionError(f"no repository loaded: {data}")
        time.sleep(1)


def test_ui_lists_assets_schedule_and_sensor(webserver):
    repo = _repository(webserver)
    nodes = _gql(webserver, "{ assetNodes { assetKey { path } description } }")["assetNodes"]
    keys = {"/".join(n["assetKey"]["path"]): n for n in nodes}
    assert {"ingested_articles", "extractions", "published_package", "dataset_catalog", "download_page", *TABLES} <= set(keys)
    assert all(n["description"] for n in keys.values())
    schedules = {s["name"]: s for s in repo["schedules"]}
    assert schedules["nightly_rebuild"]["cronSchedule"] == "0 2 * * *"
    assert schedules["nightly_rebuild"]["scheduleState"]["status"] == "STOPPED"
    assert {s["name"] for s in repo["sensors"]} == {"inbox_sensor"}


LAUNCH = """mutation($params: ExecutionParams!) { launchRun(executionParams: $params) { __typename
  ... on LaunchRunSuccess { run { runId } } ... on PythonError { message }
  ... on RunConfigValidationInvalid { errors { message } } } }"""
STATUS = """query($id: ID!) { runOrError(runId: $id) { ... on Run { status } } }"""


def test_launch_build_job_from_the_ui(webserver, tmp_path):
    repo = _repository(webserver)
    inbox, out, state = tmp_path / "inbox", tmp_path / "out", tmp_path / "state"
    inbox.mkdir()
    shutil.copy(SAMPLES / "north-korean-soldiers.txt", inbox)
    params = {"selector": {"repositoryLocationName": repo["location"]["name"], "repositoryName": repo["name"],
                           "jobName": "build_claims_dataset"},
              "executionMetadata": {"tags": [{"key": "dagster/partition", "value": "2026-01-15"}]},
              "runConfigData": {"resources": {
                  "claimpack": {"config": {"inbox": str(inbox), "out": str(out), "state": str(state)}},
                  "io_manager": {"config": {"base_dir": str(state / "storage")}}}}}
    launched = _gql(webserver, LAUNCH, {"params": params})["launchRun"]
    assert launched["__typename"] == "LaunchRunSuccess", launched
    run_id = launched["run"]["runId"]
    deadline = time.time() + 600
    status = None
    while time.time() < deadline:
        status = _gql(webserver, STATUS, {"id": run_id})["runOrError"]["status"]
        if status in ("SUCCESS", "FAILURE", "CANCELED"):
            break
        time.sleep(2)
    assert status == "SUCCESS", status
    catalog = json.loads((out / "catalog.json").read_text())
    assert catalog["datasets"][0]["name"] == "news-claims"
