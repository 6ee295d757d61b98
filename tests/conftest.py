import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from mistrust.extract.document import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ["khamenei-trust-before-talks", "tehran-times-deep-seated-mistrust"]


def doc(text: str, published: date | None = None, doc_id: str = "t") -> Document:
    return Document(doc_id, text, published)


def run_build(raw: Path, out: Path, *extra: str, timeout: int = 300, env: dict | None = None) -> subprocess.CompletedProcess:
    """One build in its own process group, as from a shell: a kill fault takes down the group."""
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", **(env or {})}
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
