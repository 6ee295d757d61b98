"""Score the extractor against hand annotations, without Prefect: the seeds and the development set.

    python -m benchmarks.quality [--set seeds|dev|all|holdout] [--shared ../shared] [--explain TABLE] [--keep DIR]

Extracts every document of the chosen set with the library (the same code the build runs), writes
the tables as a release would (CSV), and runs the official scorer (`../shared/eval/score.py`) on them,
with its offset check. `--explain TABLE` also lists, per document, the missed gold rows, the rows
that match nothing and the wrong attributes (`explain.py`). The development set (`dev/raw`,
`dev/gold`) is articles written for the project in other styles, used to tune the rules; the
held-out set (`dev/holdout/`) was written after the rules and is never used to tune them: `all` is the
seeds and the development set; the held-out set is scored only when asked for by name.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from mistrust.extract.pipeline import extract_all
from mistrust.ingest import scan
from mistrust.publish.release import write_table
from mistrust.publish.tables import build_tables

ROOT = Path(__file__).resolve().parents[1]
SETS = {"seeds": (ROOT / "raw", "gold"), "dev": (ROOT / "dev" / "raw", ROOT / "dev" / "gold"),
        "holdout": (ROOT / "dev" / "holdout" / "raw", ROOT / "dev" / "holdout" / "gold")}


def write_release(raw: Path, folder: Path) -> None:
    sources, rejects = scan(raw)
    results, failed = extract_all(sources)
    for r in rejects + failed:
        print(f"rejected {r}", file=sys.stderr)
    tables = build_tables(results)
    for name in ("quotes", "figures", "events"):
        write_table(tables[name], folder, name)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.quality", description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=[*SETS, "all"], default="all", help="which documents to score (default: all = seeds and dev)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="folder holding eval/score.py and gold/ for the seeds (default ../shared)")
    ap.add_argument("--explain", choices=["quotes", "figures", "events"], help="list the errors of one table")
    ap.add_argument("--keep", type=Path, help="write the scored CSV tables here instead of a temporary folder")
    a = ap.parse_args(argv)
    scorer = a.shared / "eval" / "score.py"
    if not scorer.exists():
        print(f"no scorer at {scorer}: pass --shared", file=sys.stderr)
        return 2
    tuning = [n for n, (raw, _) in SETS.items() if n != "holdout" and raw.exists()]
    for name in (tuning if a.set == "all" else [a.set]):
        raw, gold = SETS[name]
        gold = a.shared / gold if name == "seeds" else gold
        with tempfile.TemporaryDirectory() as tmp:
            folder = a.keep / name if a.keep else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            write_release(raw, folder)
            print(f"== {name}: {raw.relative_to(ROOT)} against {gold}", flush=True)
            subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--release", str(folder),
                            "--raw-dir", str(raw)], check=True)
            if a.explain:
                subprocess.run([sys.executable, str(scorer.with_name("explain.py")), str(gold), str(folder),
                                str(raw), a.explain], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
