import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from mistrust.extract.document import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ["khamenei-trust-before-talks", "tehran-times-deep-seated-mistrust"]


def doc(text: str, published: date | None = None, doc_id: str = "t") -> Document:
    return Document(doc_id, text, published)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as r:
            return r.status == 200
    except OSError:
        return False


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group `proc` leads, SIGKILL it when it lingers."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


class SharedServer:
    """One Prefect server for the builds of a test session, started by the first build: without it every
    build starts and stops a temporary server of its own (about 7 s each). The fresh-clone and README tests
    run builds as a user would, on the temporary server."""
    proc: subprocess.Popen | None = None
    url: str | None = None

    @classmethod
    def api(cls) -> str:
        if cls.proc is None:
            port = free_port()
            env = {**os.environ, "PREFECT_HOME": tempfile.mkdtemp(prefix="prefect-home-"),
                   "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
            cls.proc = subprocess.Popen([sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
                                         "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL, start_new_session=True)
            cls.url = f"http://127.0.0.1:{port}/api"
            deadline = time.monotonic() + 120
            while not healthy(cls.url):
                assert cls.proc.poll() is None and time.monotonic() < deadline, "the shared Prefect server did not start"
                time.sleep(0.5)
        return cls.url


def pytest_sessionfinish(session):
    if SharedServer.proc is not None:
        stop(SharedServer.proc)


def run_build(raw: Path, out: Path, *extra: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """One build in its own process group, as from a shell (a kill fault takes down the group), reporting to
    the session's shared Prefect server."""
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_API_URL": SharedServer.api(),
           **(env or {})}
    return subprocess.run([sys.executable, "-m", "flows.build", "--raw-dir", str(raw), "--output-dir", str(out), *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout, start_new_session=True)


@pytest.fixture(scope="session")
def seed_release(tmp_path_factory):
    """The seeds built once into a fresh output folder: (output dir, release dir, process)."""
    out = tmp_path_factory.mktemp("release") / "output"
    proc = run_build(ROOT / "raw", out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    version = (out / "LATEST").read_text().strip()
    return out, out / version, proc


# Tests that build a release or start a browser are slow whatever their module: `-m "not slow"` skips them.
SLOW_FIXTURES = {"seed_release", "chromium"}


def pytest_collection_modifyitems(items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
