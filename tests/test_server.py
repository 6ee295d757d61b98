"""The scheduled deployment on a real Prefect server: start a server on a free port with a fast scheduler, serve
the deployment on an every-minute cron, and wait for a run that the server's scheduler created (no manual run is
triggered) to complete and publish a release; then stop everything that was started.

This is what fails when the server's scheduler service is broken (issue #12: SQLAlchemy 2.1 made it fail on every
loop) or when the deployment is paused: no auto-scheduled run is ever created."""
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import ROOT, free_port, healthy, stop

DEADLINE = 240  # seconds for the whole test
DEPLOYMENT = "build-dataset/scheduled-build"
CRON = "* * * * *"  # every minute: the first scheduled run starts at most a minute after registration


def start(cmd, env, log):
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def tail(path: Path, n: int = 3000) -> str:
    try:
        return path.read_text(errors="replace")[-n:]
    except OSError:
        return ""


def wait_for(check, deadline, what, logs=(), procs=()):
    """Poll `check` until it returns something truthy (returned); the test fails, showing the end of each log, when
    the deadline passes or one of `procs` has exited."""
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        if any(p.poll() is not None for p in procs):
            pytest.fail(f"a process exited while waiting for {what}" + "".join(
                f"\n--- {p.name} ---\n{tail(p)}" for p in logs))
        time.sleep(1)
    pytest.fail(f"timed out waiting for {what}" + "".join(f"\n--- {p.name} ---\n{tail(p)}" for p in logs))


def api_call(api, path, body=None):
    """GET (no body) or POST JSON to the server's REST API; None when it is not answering or says 4xx/5xx."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"{api}{path}", data=data, method="GET" if body is None else "POST",
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)
    except OSError:
        return None


@pytest.mark.slow
def test_cron_schedule_fires_and_builds_a_release(tmp_path):
    deadline = time.monotonic() + DEADLINE
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    server_env = {k: v for k, v in env.items() if k != "PREFECT_API_URL"}
    server_env.update({
        # the scheduler looks for deployments to schedule every 2 s (default 60 s) ...
        "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "true",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        # ... and creates only the next run or two (defaults: at least 3 runs and one hour ahead)
        "PREFECT_SERVER_SERVICES_SCHEDULER_MIN_RUNS": "1",
        "PREFECT_SERVER_SERVICES_SCHEDULER_MIN_SCHEDULED_TIME": "PT1M",
    })
    serve_env = {**env, "PREFECT_RUNNER_POLL_FREQUENCY": "2"}  # the runner looks for due runs every 2 s (10 s)
    out = tmp_path / "out"
    server_log, serve_log = tmp_path / "server.log", tmp_path / "serve.log"
    logs = (server_log, serve_log)
    started, handles = [], []
    try:
        handles.append(server_log.open("w"))
        started.append(start([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                              "--port", str(port)], server_env, handles[-1]))
        wait_for(lambda: healthy(api), deadline, "the Prefect server", logs, started)
        handles.append(serve_log.open("w"))
        started.append(start([sys.executable, "-m", "flows.serve", "--raw-dir", str(ROOT / "raw"),
                              "--output-dir", str(out), "--cron", CRON], serve_env, handles[-1]))
        deployment = wait_for(lambda: api_call(api, "/deployments/name/" + urllib.parse.quote(DEPLOYMENT)),
                              deadline, "the deployment to register", logs, started)
        crons = [s["schedule"].get("cron") for s in deployment["schedules"]]
        assert crons == [CRON], deployment["schedules"]

        def scheduled_run_completed():
            runs = api_call(api, "/flow_runs/filter",
                            {"deployments": {"id": {"any_": [deployment["id"]]}}, "limit": 50}) or []
            assert not [r for r in runs if not r["auto_scheduled"]], "a run was created by hand"
            for r in runs:
                assert r["state_type"] not in ("FAILED", "CRASHED"), (
                    f"scheduled run {r['name']} ended {r['state_type']}\n{tail(serve_log)}")
            return [r for r in runs if r["state_type"] == "COMPLETED"]

        done = wait_for(scheduled_run_completed, deadline,
                        "a flow run created by the server's scheduler to complete", logs, started)
        assert all(r["auto_scheduled"] and "auto-scheduled" in r["tags"] for r in done)
        assert all(r["created_by"] and r["created_by"]["type"] == "SCHEDULE" for r in done), done
        assert all(r["state"]["type"] == "COMPLETED" for r in done)
        version = (out / "LATEST").read_text().strip()
        assert (out / version / "SHA256SUMS").exists()
    finally:
        for proc in reversed(started):
            stop(proc)
        for h in handles:
            h.close()
    assert all(p.poll() is not None for p in started)
