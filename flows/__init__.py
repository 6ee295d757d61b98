"""Prefect orchestration of the library: `dataset` (the flow), `build` (its command line), `serve` (its
scheduled deployment)."""
import os

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")  # no telemetry calls from an offline build
# The embedded API gets 20 s to start by default; on a loaded machine a build should wait, not fail.
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
