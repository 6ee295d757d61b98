"""Build flow: raw/ → extraction → validation → versioned release.

    python -m flows.build [--raw-dir raw] [--output-dir output] [--runner local|dask] [--workers N]

Runs the Prefect flow `build-dataset` (flows/dataset.py) on an embedded (ephemeral) Prefect API: no
server to start. Arguments are checked before Prefect is imported, and a rebuild with nothing changed since the
latest release is reported before Prefect starts.
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path


EXIT_CODES = {
    0: "a release was published, or nothing changed since the latest one",
    1: "the tables failed validation: nothing published",
    2: "no valid document in the raw folder: nothing published",
    3: "with --strict, some input file was rejected (the others were built and published)",
    64: "bad command line (unknown option, invalid value)",
    66: "the raw folder does not exist or is not a folder",
    69: "--runner dask without prefect-dask installed",
    70: "an unexpected internal error: nothing published",
    75: "another build held the output folder's lock past --lock-timeout: nothing done",
}


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # 2 means "no valid document" here; usage errors get their own code
        self.print_usage(sys.stderr)
        self.exit(64, f"{self.prog}: error: {message}\n")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    codes = "\n".join(f"  {code:>3}  {what}" for code, what in EXIT_CODES.items())
    ap = _Parser(prog="python -m flows.build", description=__doc__.split("\n\n")[0],
                 epilog=f"exit status:\n{codes}", formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--raw-dir", default="raw", help="folder of <doc_id>.txt documents and their "
                                                     "<doc_id>.meta.json (default: raw)")
    ap.add_argument("--output-dir", default="output", help="folder of the releases (default: output)")
    ap.add_argument("--batch-size", type=int, default=200, help="documents per extraction task (default: 200)")
    ap.add_argument("--runner", choices=["local", "dask"], default="local",
                    help="local: tasks in threads, extraction in --workers processes; dask: a Dask cluster")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1,
                    help="extraction processes (local), or workers of a new local Dask cluster (default: cores)")
    ap.add_argument("--dask-address", help="an existing Dask scheduler, tcp://host:8786 (with --runner dask)")
    ap.add_argument("--doc-timeout", type=float, default=30.0,
                    help="seconds a document may take to extract per million characters, and at least this for any "
                         "document, before it is rejected (default: 30; 0: none)")
    ap.add_argument("--no-cache", action="store_true", help="extract every document afresh")
    ap.add_argument("--lock-timeout", type=float, default=600.0,
                    help="seconds to wait for another build on the same output folder (default: 600)")
    ap.add_argument("--keep", type=int, metavar="N",
                    help="keep only the newest N releases, removing older ones after publishing (default: keep all)")
    ap.add_argument("--strict", action="store_true", help="exit 3 when any input file is rejected")
    a = ap.parse_args(argv)
    for name in ("batch_size", "workers", "keep"):
        if getattr(a, name) is not None and getattr(a, name) < 1:
            ap.error(f"--{name.replace('_', '-')} must be at least 1")
    for name in ("doc_timeout", "lock_timeout"):
        if getattr(a, name) < 0:
            ap.error(f"--{name.replace('_', '-')} must not be negative")
    return a


def main(argv: list[str] | None = None) -> int:
    a = parse_args(argv)
    if not Path(a.raw_dir).is_dir():
        print(f"build not run: raw folder {a.raw_dir} does not exist or is not a folder", file=sys.stderr)
        return 66
    if a.runner == "dask":
        try:
            import prefect_dask  # noqa: F401
        except ImportError:
            print('build not run: --runner dask needs prefect-dask: .venv/bin/pip install -c constraints.txt '
                  '-e ".[dask]"', file=sys.stderr)
            return 69
    same, scanned = unchanged(a)
    if same is not None:
        report(same, Path(a.raw_dir))
        return 3 if a.strict and same.rejects else 0
    pool = early_workers(a, scanned)
    api = start_api()
    from flows.dataset import build, started, task_runner  # imported while the API starts
    from mistrust.types import BuildError
    build = build.with_options(task_runner=task_runner(a.runner, a.workers, a.dask_address))
    try:
        with started(pool, scanned), prefect_api(api, a.runner == "dask"):
            outcome = build(a.raw_dir, a.output_dir, a.batch_size, a.lock_timeout, not a.no_cache,
                            a.workers if a.runner == "local" else 0, a.doc_timeout, a.keep)
    except BuildError as e:
        print(f"build failed: {e}", file=sys.stderr)
        return e.exit_code
    except Exception as e:  # noqa: BLE001 - one line for the user; the flow run's log keeps the traceback
        print(f"build failed: internal error ({type(e).__name__}: {e})", file=sys.stderr)
        return 70
    report(outcome, Path(a.raw_dir))
    return 3 if a.strict and outcome.rejects else 0


def unchanged(a: argparse.Namespace):
    """The flow's first question, asked before Prefect starts: with inputs and code unchanged since the latest
    release, a rebuild costs a look at the raw files' stamps, not the start of Prefect's API. (A run the server
    schedules asks it again inside the flow.) Returns the outcome when nothing changed, and the scan, which the
    flow takes instead of scanning again."""
    from flows.outcome import Outcome, read_raw
    from mistrust.publish import release_state
    out = Path(a.output_dir)
    scanned = read_raw(Path(a.raw_dir), None if a.no_cache else out / ".cache")
    scanned.args = (a.raw_dir, a.output_dir, not a.no_cache, a.batch_size)
    same = release_state.unchanged_release(out, scanned.inputs) if scanned.sources else None
    return Outcome(previous=same, rejects=scanned.rejects) if same else None, scanned


def early_workers(a: argparse.Namespace, scanned):
    """The extraction plan, made here for the flow, and the flow's extraction processes, started before
    Prefect's API, so that their start (imports) and, when there are documents to extract, their warm-up (the
    extractor's patterns) overlap the API's start. As many processes as batches to extract, so none of them is
    cold, or as many as batches to run when there is none; None with Dask or nothing to run."""
    if not scanned.sources:
        return None
    from mistrust import runner
    scanned.plan = plan = runner.plan(scanned.sources, None if a.no_cache else Path(a.output_dir) / ".cache",
                                      a.batch_size)
    processes = min(a.workers, plan.extracting or len(plan.to_run)) if a.runner == "local" else 0
    return runner.Workers.started(processes, warm=plan.extracting > 0) if processes else None


def start_api():
    """Prefect's embedded API (the server a flow starts when no PREFECT_API_URL is given), started in a thread
    so that its start overlaps the import of the flow's modules; None when an API is given."""
    if os.environ.get("PREFECT_API_URL"):
        return None
    from concurrent.futures import ThreadPoolExecutor
    from prefect.server.api.server import SubprocessASGIServer
    server = SubprocessASGIServer()  # one per process: the flow's client finds it running
    thread = ThreadPoolExecutor(1, thread_name_prefix="prefect-api")
    starting = thread.submit(server.start)
    thread.shutdown(wait=False)  # its thread ends when the start does
    return server, starting


@contextmanager
def prefect_api(api, dask: bool):
    """The API `start_api` started, once it answers (it stops when the process exits). For Dask, named in the
    environment the workers inherit, so they report to it instead of each starting a server of its own;
    `distributed` logs warnings only."""
    if api is None:
        yield
        return
    server, starting = api
    starting.result()
    if not dask:
        yield
        return
    os.environ.setdefault("DASK_LOGGING__DISTRIBUTED", "warning")
    from prefect.settings import PREFECT_API_URL, temporary_settings
    os.environ["PREFECT_API_URL"] = server.api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield
    finally:
        del os.environ["PREFECT_API_URL"]
        server.stop()


def report(outcome, raw: Path) -> None:
    """One summary at the end: rejects, what was done, and the row counts of a new release."""
    for r in outcome.rejects:
        print(f"rejected {raw / r.path}: {r.reason}", file=sys.stderr)
    print(outcome.summary())
    if outcome.extracted or outcome.cached:
        print(f"documents extracted: {outcome.extracted:,}, from the cache: {outcome.cached:,}")
    if outcome.version:
        width = max(map(len, outcome.counts))
        print("\n".join(f"  {n:<{width}} {c:>9,} rows" for n, c in outcome.counts.items()))

if __name__ == "__main__":
    sys.exit(main())
