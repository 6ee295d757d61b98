"""Serve the build flow as a scheduled deployment on a running Prefect server.

    prefect server start                       # in one terminal
    PREFECT_API_URL=http://127.0.0.1:4200/api python -m flows.serve --cron "0 3 * * *"

The process registers the deployment `build-dataset/scheduled-build` and runs
its scheduled (and manually triggered) runs until stopped. Trigger one now with
`prefect deployment run build-dataset/scheduled-build`.
"""
from __future__ import annotations

import argparse
import os
import sys

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")

from flows.dataset import build  # noqa: E402

DEPLOYMENT = "scheduled-build"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.serve", description=__doc__.splitlines()[0])
    ap.add_argument("--raw-dir", default=os.path.abspath("raw"))
    ap.add_argument("--output-dir", default=os.path.abspath("output"))
    ap.add_argument("--cron", default="0 3 * * *", help="when to rebuild, UTC (default daily at 03:00)")
    a = ap.parse_args(argv)
    if not os.environ.get("PREFECT_API_URL"):
        print("set PREFECT_API_URL to the server's API, e.g. http://127.0.0.1:4200/api", file=sys.stderr)
        return 2
    build.serve(name=DEPLOYMENT, cron=a.cron,
                parameters={"raw_dir": os.path.abspath(a.raw_dir), "output_dir": os.path.abspath(a.output_dir)},
                description="Rebuild the dataset from raw/ and publish a release when anything changed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
