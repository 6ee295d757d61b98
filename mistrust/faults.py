"""Test-only fault injection, named stages a crash test can stop at, switched on by one variable.

    MISTRUST_FAULT=kill:<stage>        SIGKILL the build when it reaches <stage>, in the build or in one of
                                       its workers: the whole process group when the build leads one (its
                                       workers and the Prefect server it started die with it, as on a
                                       power cut), else this process alone
    MISTRUST_FAULT=fail:<doc_id>       extraction of <doc_id> raises
    MISTRUST_FAULT=hang:<doc_id>       extraction of <doc_id> sleeps two minutes first: longer than any
                                       budget a test sets, and finite, so a broken budget fails the test
    MISTRUST_FAULT=die:<doc_id>        extraction of <doc_id> SIGKILLs its worker process (as the kernel's
                                       out-of-memory killer would)
    MISTRUST_FAULT=invalid:<table>     the assembled <table> gets a row its schema refuses

Unset (always, outside the tests) every hook is a dictionary lookup that does nothing.
"""
from __future__ import annotations

import os
import signal
import time

VARIABLE = "MISTRUST_FAULT"
STAGES = ("after-cache-write", "mid-staging", "before-rename", "after-rename", "before-latest")


def _fault(kind: str) -> str | None:
    value = os.environ.get(VARIABLE, "")
    return value.partition(":")[2] if value.startswith(f"{kind}:") else None


def kill_point(stage: str) -> None:
    if _fault("kill") == stage:
        if os.getpgrp() in (os.getpid(), os.getppid()):  # the build, or a worker of a build that leads
            os.killpg(0, signal.SIGKILL)
        os.kill(os.getpid(), signal.SIGKILL)


def failing_document(doc_id: str) -> None:
    if _fault("fail") == doc_id:
        raise RuntimeError(f"fault injected into {doc_id} ({VARIABLE})")
    if _fault("die") == doc_id:
        os.kill(os.getpid(), signal.SIGKILL)
    if _fault("hang") == doc_id:
        time.sleep(120)


def invalid_table() -> str | None:
    return _fault("invalid")
