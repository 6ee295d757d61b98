"""Build flow: raw/ → extraction → validation → versioned release.

    python -m flows.build [--raw-dir raw] [--output-dir output]

Runs on an embedded (ephemeral) Prefect API: no server to start.
Exit status: 0 when a release was published or nothing changed; 1 when the
tables failed validation (nothing published); 2 when no valid document could
be built; 3 under --strict when any input file was rejected; 75 when another
build holds the output folder's lock.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no telemetry calls from an offline build

from prefect import flow, get_run_logger, task

from mistrust.extract import DocResult, extract_all
from mistrust.ingest import Reject, Source, scan
from mistrust.release import BuildLocked, Published, publish
from mistrust.tables import build_tables
from mistrust.validate import validate


class ValidationFailed(RuntimeError):
    pass


@task(name="ingest")
def ingest(raw_dir: Path) -> tuple[list[Source], list[Reject]]:
    sources, rejects = scan(raw_dir)
    log = get_run_logger()
    for r in rejects:
        log.warning("rejected %s", r)
    log.info("%d documents to build, %d files rejected", len(sources), len(rejects))
    return sources, rejects


@task(name="extract-batch")
def extract_batch(batch: list[Source]) -> tuple[list[DocResult], list[Reject]]:
    return extract_all(batch)


@task(name="validate")
def assemble(results: list[DocResult], texts: dict[str, str]):
    tables = build_tables(results)
    errors = validate(tables, texts)
    if errors:
        raise ValidationFailed("tables failed validation; nothing published:\n  " + "\n  ".join(errors))
    return tables


@task(name="publish")
def release(tables, output_dir: Path, rejects: list[Reject], warnings: list[str], lock_timeout: float) -> Published:
    return publish(tables, output_dir, rejects, warnings, lock_timeout)


@flow(name="build-dataset")
def build(raw_dir: str = "raw", output_dir: str = "output", batch_size: int = 200, lock_timeout: float = 600.0):
    raw, out = Path(raw_dir), Path(output_dir)
    sources, rejects = ingest(raw)
    if not sources:
        return None, {}, rejects
    batches = [sources[i:i + batch_size] for i in range(0, len(sources), batch_size)]
    results = []
    for fut in extract_batch.map(batches):
        done, failed = fut.result()
        results.extend(done)
        rejects = sorted(rejects + failed, key=lambda r: r.path)
    if not results:
        return None, {}, rejects
    warnings = [w for r in results for w in r.warnings]
    tables = assemble(results, {s.doc_id: s.text for s in sources})
    published = release(tables, out, rejects, warnings, lock_timeout)
    return published, {n: df.height for n, df in tables.items()}, rejects


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.build", description=__doc__.splitlines()[0])
    ap.add_argument("--raw-dir", default="raw")
    ap.add_argument("--output-dir", default="output")
    ap.add_argument("--batch-size", type=int, default=200, help="documents per extraction task")
    ap.add_argument("--lock-timeout", type=float, default=600.0, help="seconds to wait for another build")
    ap.add_argument("--strict", action="store_true", help="exit 3 when any input file is rejected")
    a = ap.parse_args(argv)
    try:
        published, counts, rejects = build(a.raw_dir, a.output_dir, a.batch_size, a.lock_timeout)
    except ValidationFailed as e:
        print(f"build failed: {e}", file=sys.stderr)
        return 1
    except BuildLocked as e:
        print(f"build not run: {e}", file=sys.stderr)
        return 75
    for r in rejects:
        print(f"rejected {Path(a.raw_dir) / r.path}: {r.reason}", file=sys.stderr)
    if published is None:
        print("no valid document to build; nothing published", file=sys.stderr)
        return 2
    if published.version is None:
        print(f"nothing changed since release {published.previous}; nothing published")
    else:
        print(f"published {published.path} ({published.bump} over {published.previous or 'nothing'})")
    print("rows: " + ", ".join(f"{n} {c}" for n, c in counts.items()))
    return 3 if a.strict and rejects else 0


if __name__ == "__main__":
    sys.exit(main())
