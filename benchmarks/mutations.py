"""Mutation check: break one promised behaviour at a time in a scratch copy and see which tests catch it.

    python -m benchmarks.mutations [--only NAME ...] [--list]

Each mutation is a textual change to one file of a copy of the project (the working tree, without .venv,
.git and output/.cache); the tests named with it run against that copy with this interpreter. A mutation
that no test catches is a promise without a test: the command exits 1 and says which.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]


class Mutation(NamedTuple):
    name: str
    path: str
    old: str
    new: str
    tests: tuple[str, ...]  # pytest node ids or "file::-k expression"


MUTATIONS = (
    Mutation("no-op rebuild re-extracts every document", "flows/dataset.py",
             "same = release_state.unchanged_release(out, inputs)", "same = None",
             ("tests/test_promises.py::test_one_change_extracts_one_and_a_noop_rebuild_extracts_nothing",)),
    Mutation("CLI exits 0 instead of 1 (validation) and 75 (lock)", "flows/build.py",
             "        return e.exit_code", "        return 0",
             ("tests/test_promises.py::test_invalid_tables_exit_1_and_publish_nothing",
              "tests/test_promises.py::test_lock_held_past_timeout_exits_75_and_publishes_nothing")),
    Mutation("stale staging folder no longer removed", "mistrust/publish/release.py",
             "        shutil.rmtree(stale, ignore_errors=True)", "        pass",
             ("tests/test_promises.py::test_stale_staging_folder_is_removed",)),
    Mutation("an extraction error is no longer isolated", "mistrust/extract/pipeline.py",
             "        except Exception as e:  # noqa: BLE001", "        except ZeroDivisionError as e:  # noqa: BLE001",
             ("tests/test_promises.py::test_failing_document_is_rejected_alone",)),
    Mutation("the lock gives up at once", "mistrust/publish/release.py",
             "deadline = time.monotonic() + timeout", "deadline = time.monotonic()",
             ("tests/test_promises.py::test_lock_waits_for_the_other_build_then_publishes",)),
    Mutation("the file lock removed", "mistrust/publish/release.py",
             "            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)\n            break",
             "            break",
             ("tests/test_promises.py::test_lock_held_past_timeout_exits_75_and_publishes_nothing",)),
    Mutation("the staging folder visible to readers", "mistrust/publish/release.py",
             'STAGING_PREFIX = ".staging-"', 'STAGING_PREFIX = "staging-"',
             ("tests/test_crash_safety.py::test_kill_at_each_named_stage_leaves_a_consistent_output[mid-staging]",)),
    Mutation("the served deployment is paused", "flows/serve.py",
             "build.serve(name=DEPLOYMENT,", "build.serve(name=DEPLOYMENT, paused=True,",
             ("tests/test_server.py",)),
    Mutation("the timeline's marks are invisible (radius 0)", "mistrust/publish/timeline.py",
             "    return min(14.0, 6.0 + 2.5 * math.sqrt(n - 1))", "    return 0.0",
             ("tests/test_consumers.py::test_release_page_timeline_is_visible_and_labelled",)),
    Mutation("a quote without its own reporting clause no longer inherits the previous speaker",
             "mistrust/extract/quotes.py", "            return Attribution(a.speaker, a.mention, a.cue, None), said",
             "            return None, NOT_SAID", ("tests/test_quotes.py", "tests/test_templates.py")),
    Mutation("a document over its time budget is no longer stopped", "mistrust/runner.py",
             "    signal.setitimer(signal.ITIMER_REAL, seconds)\n", "",
             ("tests/test_scale.py::test_a_document_over_its_time_budget_is_rejected",)),
    Mutation("a worker process that dies takes its batch's other documents (or the build) with it",
             "mistrust/runner.py", "        except BrokenProcessPool:\n            with self._lock:",
             "        except ZeroDivisionError:\n            with self._lock:",
             ("tests/test_scale.py::test_a_document_that_kills_its_worker_is_rejected_alone",)),
    Mutation("open quotation marks pile up without bound (quadratic spans)", "mistrust/extract/quotemarks.py",
             "MAX_OPEN = 8", "MAX_OPEN = 10**9",
             ("tests/test_complexity.py::test_time_per_character_stays_flat[all-in-turn]",)),
)


def scratch_copy(dest: Path) -> None:
    shutil.copytree(ROOT, dest, ignore=shutil.ignore_patterns(".venv", ".git", ".cache", "__pycache__",
                                                              ".pytest_cache", ".hypothesis"))


def run(m: Mutation) -> tuple[bool, str]:
    """(caught, what the tests said)."""
    with tempfile.TemporaryDirectory(prefix="mutation-") as tmp:
        copy = Path(tmp) / "project"
        scratch_copy(copy)
        target = copy / m.path
        text = target.read_text()
        if text.count(m.old) != 1:
            return False, f"cannot apply: {m.path} holds {text.count(m.old)} copies of the text to change"
        target.write_text(text.replace(m.old, m.new))
        env = {**os.environ, "PYTHONPATH": str(copy), "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}
        proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", *m.tests],
                              cwd=copy, env=env, capture_output=True, text=True, timeout=1800)
        last = (proc.stdout.strip().splitlines() or ["(no output)"])[-1]
        return proc.returncode == 1, last  # 1: tests ran and failed; other codes are errors, not catches


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.mutations", description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="+", help="run only mutations whose name contains one of these words")
    ap.add_argument("--list", action="store_true", help="list the mutations and their tests")
    a = ap.parse_args(argv)
    chosen = [m for m in MUTATIONS if not a.only or any(w in m.name for w in a.only)]
    if a.list:
        for m in chosen:
            print(f"{m.name}: {m.path}\n  " + "\n  ".join(m.tests))
        return 0
    missed = []
    for m in chosen:
        t = time.monotonic()
        caught, said = run(m)
        print(f"{'CAUGHT' if caught else 'MISSED'}  {m.name}  ({time.monotonic() - t:.0f} s; {said})", flush=True)
        if not caught:
            missed.append(m.name)
    print(f"{len(chosen) - len(missed)}/{len(chosen)} mutations caught" + (f"; missed: {missed}" if missed else ""))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
