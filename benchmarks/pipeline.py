"""Pipeline benchmark (issue 6): build a deterministic corpus and print what it costs.

    python -m benchmarks.pipeline [--sizes 1000 10000] [--workdir DIR]

For each size N it generates N documents from the seeds' real sentences,
then measures, each in a fresh process: a full build (wall time, documents/s,
MB/s, peak memory of the whole process tree), a rebuild with nothing changed, a
rebuild with one document changed, the disk a release takes and the disk the
one-changed release adds (files shared by hard links counted once, as `du` does),
and two floors: reading, hashing and writing the same bytes with no extraction,
and a trivial Prefect flow (one task) started the same way as a build. Memory is the peak proportional
set size (PSS) of the process tree, the Prefect server included, and its anonymous part (PSS less the
file pages mapped: a build memory-maps the row group it writes, pages the kernel can drop and read again).
Extraction sentences/s per core is measured in this process on one core. Nothing here is a test.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from mistrust.extract.document import Document
from mistrust.extract.pipeline import extract
from mistrust.ingest import scan

ROOT = Path(__file__).resolve().parents[1]
PAGE = os.sysconf("SC_PAGE_SIZE")
# a loaded machine may take longer than Prefect's default 20 s to start the embedded API
ENV = {**os.environ, "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "PREFECT_LOGGING_LEVEL": "WARNING",
       "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180"}


def corpus(raw: Path, n: int, seed: int = 1953) -> tuple[int, int]:
    """n documents of 30-60 real sentences in paragraphs; returns (bytes, sentences)."""
    sources, _ = scan(ROOT / "raw")
    pool = [s.text[sp.start:sp.end] for s in sources for sp in Document(s.doc_id, s.text).sentences]
    rng = random.Random(seed)
    raw.mkdir(parents=True, exist_ok=True)
    total = sentences = 0
    for i in range(n):
        picked = rng.sample(pool, rng.randint(30, 60))
        sentences += len(picked)
        paras, k = [], 0
        while k < len(picked):
            step = rng.randint(2, 5)
            paras.append(" ".join(picked[k:k + step]))
            k += step
        body = "\n".join(paras) + "\n"
        (raw / f"doc-{i:05d}.txt").write_text(body, encoding="utf-8")
        published = f"{rng.randint(2015, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (raw / f"doc-{i:05d}.meta.json").write_text(json.dumps({"title": f"Document {i}", "published": published}))
        total += len(body.encode())
    return total, sentences


def tree_pss(pid: int) -> tuple[int, int]:
    """Memory of a process and all its descendants, in bytes: proportional set size, so pages that forked workers
    share are counted once, not once per process; and its anonymous part."""
    total = anon = 0
    todo = [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as fh:
                fields = dict(line.split()[:2] for line in fh if line.startswith(("Pss:", "Pss_Anon:")))
            total += int(fields["Pss:"]) * 1024
            anon += int(fields["Pss_Anon:"]) * 1024
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as fh:
                    todo.extend(int(c) for c in fh.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError, KeyError):
            continue
    return total, anon


def timed_build(raw: Path, out: Path, *extra: str) -> tuple[float, tuple[int, int], str]:
    """Wall seconds, peak PSS and peak anonymous PSS of the process tree, first output line."""
    env = ENV
    t = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "flows.build", "--raw-dir", str(raw), "--output-dir", str(out),
                             *extra], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0, 0]
    stop = threading.Event()

    def sample():
        while not stop.is_set():
            peak[:] = map(max, peak, tree_pss(proc.pid))
            time.sleep(0.05)
    th = threading.Thread(target=sample, daemon=True)
    th.start()
    stdout, stderr = proc.communicate()
    stop.set()
    th.join()
    wall = time.perf_counter() - t
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({proc.returncode}):\n{stderr[-3000:]}")
    return wall, tuple(peak), stdout.strip().splitlines()[0] if stdout.strip() else ""


TRIVIAL_FLOW = """
from prefect import flow, task
@task
def one():
    return 1
@flow(name="trivial")
def trivial():
    return one()
trivial()
"""


def prefect_floor() -> float:
    """Wall seconds of a trivial one-task Prefect flow on the embedded API: what any build pays."""
    env = ENV
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", TRIVIAL_FLOW], cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - t


def disk(folder: Path, seen: set | None = None) -> int:
    """Bytes on disk of a folder's files, each inode counted once (across calls sharing `seen`): `du`."""
    seen = set() if seen is None else seen
    total = 0
    for p in folder.rglob("*"):
        st = p.stat()
        if p.is_file() and (st.st_dev, st.st_ino) not in seen:
            seen.add((st.st_dev, st.st_ino))
            total += st.st_blocks * 512
    return total


def floor(raw: Path, dest: Path) -> float:
    """Read, hash and write the same bytes: the cost of touching the data at all."""
    dest.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    for p in sorted(raw.iterdir()):
        data = p.read_bytes()
        hashlib.sha256(data).hexdigest()
        (dest / p.name).write_bytes(data)
    return time.perf_counter() - t


def extraction_rate(raw: Path, limit: int = 500) -> tuple[float, float]:
    """Sentences per wall second and per CPU second of extraction on one core, on the first `limit` documents
    (on a loaded machine the CPU figure is the one that compares between runs)."""
    sources = scan(raw)[0][:limit]
    n = sum(len(Document(s.doc_id, s.text).sentences) for s in sources)
    extract(sources[0])  # compile patterns first
    t, cpu = time.perf_counter(), time.process_time()
    for s in sources:
        extract(s)
    return n / (time.perf_counter() - t), n / (time.process_time() - cpu)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000],
                    help="corpus sizes to build; none (`--sizes` alone) measures extraction speed only")
    ap.add_argument("--workdir", type=Path, help="kept afterwards when given")
    a = ap.parse_args(argv)
    work = a.workdir or Path(tempfile.mkdtemp(prefix="mistrust-bench-"))
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PHYS_PAGES') * PAGE / 2**30:.0f} GiB, Python {platform.python_version()}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    wall, cpu = extraction_rate_safe(work)
    print(f"extraction on one core: {wall:,.0f} sentences/s ({cpu:,.0f} per CPU second)")
    head = f"{'N':>6} {'MB':>6} {'sentences':>9} {'build s':>8} {'docs/s':>7} {'MB/s':>5} {'peak PSS':>9} " \
           f"{'anon':>7} {'no-op s':>8} {'1 changed s':>11} {'its PSS':>8} {'anon':>7} {'floor s':>8} {'flow s':>7} " \
           f"{'release MB':>10} {'+1 changed MB':>13} {'load':>5}"
    print(head)
    peaks: list[tuple[int, tuple[int, int]]] = []
    try:
        for n in a.sizes:
            raw, out = work / f"raw-{n}", work / f"out-{n}"
            shutil.rmtree(raw, ignore_errors=True)
            shutil.rmtree(out, ignore_errors=True)
            size, sents = corpus(raw, n)
            base = floor(raw, work / f"floor-{n}")
            wall, peak, _ = timed_build(raw, out)
            first_release = out / (out / "LATEST").read_text().strip()
            seen: set = set()
            first_bytes = disk(first_release, seen)
            noop, _, line = timed_build(raw, out)
            assert "nothing changed" in line, line
            first = raw / "doc-00000.txt"
            first.write_text(first.read_text() + "In 2018 Donald Trump withdrew from the nuclear deal.\n")
            one, one_peak, line = timed_build(raw, out)
            assert "published" in line, line
            added = disk(out / (out / "LATEST").read_text().strip(), seen)
            trivial = prefect_floor()
            mb = [f"{v / 2**20:>{w}.0f}MB" for v, w in zip((*peak, *one_peak), (7, 5, 6, 5))]
            print(f"{n:>6} {size / 1e6:>6.1f} {sents:>9,} {wall:>8.1f} {n / wall:>7.0f} {size / 1e6 / wall:>5.2f} "
                  f"{mb[0]} {mb[1]} {noop:>8.1f} {one:>11.1f} {mb[2]} {mb[3]} {base:>8.2f} "
                  f"{trivial:>7.1f} {first_bytes / 1e6:>10.1f} {added / 1e6:>8.1f} ({100 * added / first_bytes:.1f}%) "
                  f"{os.getloadavg()[0]:>5.2f}", flush=True)
            peaks.append((n, peak))
        for (n0, p0), (n1, p1) in zip(peaks, peaks[1:]):
            print(f"memory per added document from {n0:,} to {n1:,}: {(p1[0] - p0[0]) / (n1 - n0) / 1024:.1f} kB PSS, "
                  f"{(p1[1] - p0[1]) / (n1 - n0) / 1024:.1f} kB anonymous (the rest is a fixed baseline: interpreter, "
                  f"libraries, the embedded Prefect server)")
    finally:
        if a.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def extraction_rate_safe(work: Path) -> tuple[float, float]:
    raw = work / "raw-rate"
    corpus(raw, 500, seed=7)
    rate = extraction_rate(raw)
    shutil.rmtree(raw, ignore_errors=True)
    return rate


if __name__ == "__main__":
    sys.exit(main())
