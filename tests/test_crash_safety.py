"""SIGKILL at random points never leaves a partial release, a moved LATEST or a broken next build;
two builds on one output folder serialise on its lock."""
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import pytest

from conftest import ROOT, SEEDS, run_build
from mistrust.faults import STAGES
from mistrust.publish.verify import verify

pytestmark = pytest.mark.slow  # kills builds at random points and at named stages

# Extract n copies of the seeds and publish them: long enough to be killed in extraction or in publishing.
PUBLISH = """
import sys
from pathlib import Path
from mistrust.extract.pipeline import extract_all
from mistrust.ingest import Source, scan
from mistrust.publish.release import publish
from mistrust.publish.tables import build_tables
sources, _ = scan(Path(sys.argv[1]))
copies = [Source(f"{s.doc_id}-{i}", s.text, s.sha256, s.meta) for i in range(int(sys.argv[3])) for s in sources]
print(publish(build_tables(extract_all(copies)[0]), Path(sys.argv[2]), [], []).version, flush=True)
"""


def publish_proc(out, copies):
    return subprocess.Popen([sys.executable, "-c", PUBLISH, str(ROOT / "raw"), str(out), str(copies)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def assert_consistent(out, first):
    releases = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    for rel in releases:  # nothing partial is visible as a release
        assert verify(rel) == [], rel.name
    latest = (out / "LATEST").read_text().strip()
    assert latest in {r.name for r in releases}
    assert (out / first / "SHA256SUMS").exists() and verify(out / first) == []


def test_sigkill_during_extraction_and_publishing(tmp_path):
    out = tmp_path / "out"
    proc = publish_proc(out, 1)
    assert proc.wait(timeout=120) == 0 and proc.stdout.read().strip() == "1.0.0"
    t = time.monotonic()
    publish_proc(tmp_path / "timing", 12).wait(timeout=300)
    full = time.monotonic() - t  # how long one run takes here; kills land anywhere inside it
    rng = random.Random(20261122)
    for i in range(12):
        proc = publish_proc(out, 12 + i)
        time.sleep(rng.uniform(0.05, full))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        assert_consistent(out, "1.0.0")
    proc = publish_proc(out, 3)
    assert proc.wait(timeout=300) == 0, proc.stderr.read()[-2000:]
    assert_consistent(out, "1.0.0")
    assert (out / "LATEST").read_text().strip() == proc.stdout.read().strip()


def test_sigkill_of_the_whole_build(tmp_path):
    out = tmp_path / "out"
    rng = random.Random(7)
    assert run_build(ROOT / "raw", out).returncode == 0
    raw = tmp_path / "raw"
    raw.mkdir()
    text = (ROOT / "raw" / "khamenei-trust-before-talks.txt").read_text()
    for i in range(120):
        (raw / f"doc-{i:03d}.txt").write_text(text)
    for _ in range(3):
        # its own process group, so the kill also takes the embedded Prefect server and the workers,
        # as an operator's kill of the whole job would
        proc = subprocess.Popen([sys.executable, "-m", "flows.build", "--raw-dir", str(raw), "--output-dir", str(out)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(rng.uniform(2, 8))
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        assert_consistent(out, "1.0.0")
    done = run_build(raw, out)
    assert done.returncode == 0, done.stderr[-2000:]
    assert_consistent(out, "1.0.0")


def test_concurrent_builds_serialise_on_the_lock(tmp_path):
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "flows.build", "--raw-dir", str(ROOT / "raw"), "--output-dir", str(out)]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    said = sorted("unchanged" if "nothing changed" in o else "published" if "published" in o else o
                  for o, _ in outputs)
    assert said == ["published", "unchanged"]  # the second waited for the lock, then found nothing to do
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["1.0.0", "INPUTS", "LATEST", "index.html"]
    assert verify(out / "1.0.0") == []


@pytest.fixture(scope="module")
def first_release(tmp_path_factory):
    """Seeds published once as 1.0.0, then one document changed so the next build publishes 1.1.0."""
    tmp = tmp_path_factory.mktemp("stages")
    raw, out = tmp / "raw", tmp / "out"
    shutil.copytree(ROOT / "raw", raw)
    assert run_build(raw, out).returncode == 0
    doc = raw / f"{SEEDS[0]}.txt"
    doc.write_text(doc.read_text() + "\nIn January 2020 Iranian missiles struck the Ain al-Asad air base.\n")
    return raw, out


@pytest.mark.parametrize("stage", STAGES)
def test_kill_at_each_named_stage_leaves_a_consistent_output(first_release, tmp_path, stage):
    raw, base = first_release
    out = tmp_path / "out"
    shutil.copytree(base, out)
    killed = run_build(raw, out, env={"MISTRUST_FAULT": f"kill:{stage}"})
    assert killed.returncode != 0, f"the build was not stopped at {stage}"
    assert_consistent(out, "1.0.0")
    after_rename = stage in ("after-rename", "before-latest")
    # a release renamed into place is whole; LATEST moves only once the next build finishes the job
    assert (out / "1.1.0").exists() == after_rename
    assert (out / "LATEST").read_text().strip() == "1.0.0"
    done = run_build(raw, out)
    assert done.returncode == 0, done.stderr[-2000:]
    assert_consistent(out, "1.0.0")
    assert (out / "LATEST").read_text().strip() == "1.1.0"
    # the killed build's staging and scratch folders are gone; so is the finished build's own scratch
    assert [p.name for p in out.iterdir() if p.name.startswith((".staging", ".scratch", ".new-scratch"))] == []
