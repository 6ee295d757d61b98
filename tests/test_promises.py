"""Each promise of the README's "The build" section, observed from outside the build: exit codes, a no-op
rebuild that extracts nothing, one failing document rejected alone, the lock that waits and then gives up,
stale staging removed, a fresh clone that finds the committed release current.

Extractions are counted by the cache entries a build writes (every extraction is cached); the lock is
held by the test itself; faults are injected through MISTRUST_FAULT (mistrust/faults.py)."""
import fcntl
import os
import shutil
import subprocess
import sys
import threading
import time

import polars as pl
import pytest

from conftest import ROOT, SEEDS, run_build
from mistrust.publish.verify import verify

pytestmark = pytest.mark.slow  # builds end to end; `pytest -m 'not slow'` skips them in the inner loop


def cache_entries(out):
    """The per-document entries (not the batches' parts)."""
    if not (out / ".cache").exists():
        return []
    return sorted(p.name for p in (out / ".cache").rglob("*.pkl") if "parts" not in p.relative_to(out).parts)


def releases(out):
    return sorted(p.name for p in out.iterdir() if p.is_dir() and not p.name.startswith("."))


@pytest.fixture(scope="module")
def built_once(tmp_path_factory):
    """The seeds copied into a raw folder of their own and built once: (raw, out)."""
    tmp = tmp_path_factory.mktemp("built")
    raw, out = tmp / "raw", tmp / "out"
    shutil.copytree(ROOT / "raw", raw)
    proc = run_build(raw, out)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return raw, out


@pytest.fixture()
def built(built_once, tmp_path):
    """A copy of that build for one test to change: (raw, out)."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(built_once[0], raw)
    shutil.copytree(built_once[1], out)
    assert len(cache_entries(out)) == 2 and releases(out) == ["1.0.0"]
    return raw, out


def test_one_change_extracts_one_and_a_noop_rebuild_extracts_nothing(built):
    raw, out = built
    before = cache_entries(out)
    doc = raw / f"{SEEDS[0]}.txt"
    doc.write_text(doc.read_text() + "\nIn May 2018 Donald Trump withdrew from the nuclear deal.\n")
    proc = run_build(raw, out)
    assert proc.returncode == 0 and "published release 1.1.0" in proc.stdout, proc.stderr[-2000:]
    assert len(set(cache_entries(out)) - set(before)) == 1  # only the changed document was extracted
    assert releases(out) == ["1.0.0", "1.1.0"] and verify(out / "1.1.0") == []
    shutil.rmtree(out / ".cache")
    proc = run_build(raw, out)
    assert proc.returncode == 0 and "nothing changed since release 1.1.0" in proc.stdout
    assert cache_entries(out) == []  # not a single document was extracted
    # nothing changed is known before Prefect starts: no API is reached (this one answers nobody)
    proc = run_build(raw, out, env={"PREFECT_API_URL": "http://127.0.0.1:9/api"})
    assert proc.returncode == 0 and "nothing changed since release 1.1.0" in proc.stdout, proc.stderr[-2000:]


def test_failing_document_is_rejected_alone(built):
    raw, out = built
    (raw / "extra.txt").write_text("Iran and the United States met in Muscat on Saturday.\n")
    proc = run_build(raw, out, env={"MISTRUST_FAULT": "fail:extra"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "rejected" in proc.stderr and "extra.txt: extraction failed" in proc.stderr
    assert "published release" in proc.stdout  # the reject is news: a new release lists it
    latest = (out / "LATEST").read_text().strip()
    assert pl.read_parquet(out / latest / "documents.parquet")["doc_id"].to_list() == SEEDS
    assert "`extra.txt`: extraction failed" in (out / latest / "CHANGELOG.md").read_text()


def test_invalid_tables_exit_1_and_publish_nothing(built):
    raw, out = built
    (raw / "extra.txt").write_text("Iran and the United States met in Muscat on Saturday.\n")
    proc = run_build(raw, out, env={"MISTRUST_FAULT": "invalid:quotes"})
    assert proc.returncode == 1, proc.stdout + proc.stderr[-2000:]
    assert "tables failed validation" in proc.stderr and "quotes.quote_id" in proc.stderr
    assert releases(out) == ["1.0.0"] and (out / "LATEST").read_text().strip() == "1.0.0"


def test_nothing_valid_exits_2(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_text("")
    proc = run_build(raw, tmp_path / "out")
    assert proc.returncode == 2 and "empty.txt" in proc.stderr and "no valid document" in proc.stderr
    assert not (tmp_path / "out" / "LATEST").exists()


@pytest.mark.parametrize("args,code,words", [
    (["--no-such-option"], 64, "unrecognized arguments"),
    (["--workers", "0"], 64, "--workers must be at least 1"),
    (["--raw-dir", "/no/such/folder"], 66, "raw folder /no/such/folder does not exist"),
])
def test_argument_errors_exit_before_prefect_starts(tmp_path, args, code, words):
    proc = subprocess.run([sys.executable, "-m", "flows.build", "--output-dir", str(tmp_path / "out"), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == code and words in proc.stderr
    assert "prefect" not in proc.stderr.lower()  # no embedded server was started to find this out
    assert not (tmp_path / "out").exists()


def test_help_lists_every_exit_code():
    from flows.build import EXIT_CODES
    proc = subprocess.run([sys.executable, "-m", "flows.build", "--help"], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0
    for code in (0, 1, 2, 3, 64, 66, 69, 70, 75):
        assert code in EXIT_CODES and f"  {code:>3}  {EXIT_CODES[code]}" in proc.stdout
    for line in proc.stdout.split("options:")[1].split("exit status:")[0].split("\n  -")[1:]:
        assert len(line.split()) > 2, f"an option without help text: {line}"


class HeldLock:
    """The output folder's lock, held by the test as another build would hold it."""

    def __init__(self, out):
        out.mkdir(parents=True, exist_ok=True)
        self.fh = (out / ".lock").open("a+")
        fcntl.flock(self.fh, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def release(self):
        fcntl.flock(self.fh, fcntl.LOCK_UN)
        self.fh.close()


def changed_input(raw):
    doc = raw / f"{SEEDS[1]}.txt"
    doc.write_text(doc.read_text() + "\nOn 3 January 2020 a US drone strike killed Qasem Soleimani.\n")


def test_lock_held_past_timeout_exits_75_and_publishes_nothing(built):
    raw, out = built
    changed_input(raw)
    lock = HeldLock(out)
    try:
        proc = run_build(raw, out, "--lock-timeout", "2")
    finally:
        lock.release()
    assert proc.returncode == 75, proc.stdout + proc.stderr[-2000:]
    assert "waiting up to 2 s" in proc.stderr and "another build" in proc.stderr
    assert releases(out) == ["1.0.0"] and (out / "LATEST").read_text().strip() == "1.0.0"


def test_lock_waits_for_the_other_build_then_publishes(built):
    raw, out = built
    changed_input(raw)
    lock = HeldLock(out)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
    proc = subprocess.Popen([sys.executable, "-m", "flows.build", "--raw-dir", str(raw), "--output-dir", str(out),
                             "--lock-timeout", "300"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    err: list[str] = []
    reader = threading.Thread(target=lambda: err.extend(proc.stderr), daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 300
        while not any("waiting up to 300 s" in line for line in err):  # the build reached the lock and waits
            assert proc.poll() is None and time.monotonic() < deadline, "".join(err)[-2000:]
            time.sleep(0.2)
        time.sleep(2)
        assert proc.poll() is None and releases(out) == ["1.0.0"]  # still waiting, nothing published meanwhile
    finally:
        lock.release()
    assert proc.wait(timeout=300) == 0, "".join(err)[-2000:]
    assert "published release 1.1.0" in proc.stdout.read()
    assert verify(out / "1.1.0") == []


def test_stale_staging_folder_is_removed(built):
    raw, out = built
    stale = out / ".staging-999999"
    (stale / "junk").mkdir(parents=True)
    (stale / "events.csv").write_text("half a table")
    changed_input(raw)
    proc = run_build(raw, out)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert not stale.exists()
    assert [p.name for p in out.iterdir() if p.name.startswith(".staging")] == []


def test_fresh_clone_builds_nothing_and_stays_clean(tmp_path):
    """A clone of the committed repository finds its committed release current: no extraction, no change."""
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(clone)], check=True, timeout=300)
    env = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PYTHONPATH": str(clone)}
    proc = subprocess.run([sys.executable, "-m", "flows.build"], cwd=clone, env=env, capture_output=True,
                          text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    latest = (clone / "output" / "LATEST").read_text().strip()
    assert f"nothing changed since release {latest}" in proc.stdout
    # a build that extracted and found the same tables also says "nothing changed", and how much it extracted
    assert "documents extracted" not in proc.stdout, "the build extracted: commit output/INPUTS after a rebuild"
    assert not (clone / "output" / ".cache").exists()
    status = subprocess.run(["git", "status", "--porcelain", "--ignored", "--", "output", "raw"], cwd=clone,
                            capture_output=True, text=True, check=True)
    assert [ln for ln in status.stdout.splitlines() if not ln.endswith(".lock")] == []
