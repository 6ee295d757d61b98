"""The scheduled deployment on a real Prefect server: start a server on a free port, serve the deployment,
trigger a run, see a release appear, and stop everything that was started."""
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import ROOT

DEADLINE = 240  # seconds for the whole test


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start(cmd, env, log):
    return subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def stop(proc):
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def wait_for(check, deadline, what):
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.5)
    pytest.fail(f"timed out waiting for {what}")


def healthy(url):
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def test_scheduled_deployment_builds_a_release(tmp_path):
    deadline = time.monotonic() + DEADLINE
    port = free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_API_URL": api,
           "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    out = tmp_path / "out"
    started = []
    try:
        server_log = (tmp_path / "server.log").open("w")
        started.append(start([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                              "--port", str(port)], {k: v for k, v in env.items() if k != "PREFECT_API_URL"},
                             server_log))
        wait_for(lambda: healthy(api), deadline, "the Prefect server")
        serve_log = (tmp_path / "serve.log").open("w")
        started.append(start([sys.executable, "-m", "flows.serve", "--raw-dir", str(ROOT / "raw"),
                              "--output-dir", str(out), "--cron", "17 4 * * *"], env, serve_log))
        inspect = lambda: subprocess.run([sys.executable, "-m", "prefect", "deployment", "inspect",
                                          "build-dataset/scheduled-build"], cwd=ROOT, env=env,
                                         capture_output=True, text=True, timeout=60)
        wait_for(lambda: inspect().returncode == 0, deadline, "the deployment to register")
        assert "17 4 * * *" in inspect().stdout  # the cron schedule is registered
        run = subprocess.run([sys.executable, "-m", "prefect", "deployment", "run", "build-dataset/scheduled-build",
                              "--watch"], cwd=ROOT, env=env, capture_output=True, text=True,
                             timeout=max(10, deadline - time.monotonic()))
        assert run.returncode == 0 and "Completed" in run.stdout, run.stdout[-2000:] + run.stderr[-2000:]
        assert (out / "LATEST").read_text().strip() == "1.0.0"
        assert (out / "1.0.0" / "SHA256SUMS").exists()
    finally:
        for proc in reversed(started):
            stop(proc)
    assert all(p.poll() is not None for p in started)
