"""The README's examples run as written, after exactly the install their section names.

A copy of the project (without output/, .venv or .git) gets a fresh virtual environment made with the
README's own build command, verbatim: `python3.11 -m venv .venv && .venv/bin/pip install ... -e . &&
.venv/bin/python -m flows.build`, so a release is built in the temporary folder. Then every fenced
```python block of README.md is run with that environment's python, in README order; a block whose
preceding paragraph names a `pip install` runs that install (verbatim) first. The `mistrust.publish.verify`
command of "Checking a release" runs too. pip's cache is reused, so this takes a few minutes, not more.
"""
import os
import re
import shutil
import subprocess

import pytest

from conftest import ROOT

pytestmark = pytest.mark.slow

README = (ROOT / "README.md").read_text()
IGNORE = shutil.ignore_patterns(".venv", ".git", "output", "*.egg-info", "__pycache__", ".pytest_cache",
                                ".hypothesis", "build")


def build_install() -> str:
    """The README's install-and-build command (section "Two commands")."""
    section = README.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    cmd = next(line.strip() for line in section.splitlines()
               if "-m venv .venv" in line and "flows.build" in line and line.startswith("    "))
    return cmd


def python_blocks() -> list[tuple[str | None, str]]:
    """(the pip install the text before the block names, or None; the block's code), in README order."""
    out, pos = [], 0
    for m in re.finditer(r"^```python\n(.*?)^```", README, re.S | re.M):
        before = README[pos:m.start()]
        paragraph = before.rstrip().rsplit("\n\n", 1)[-1]
        install = re.findall(r"`(\.venv/bin/pip install [^`]+)`", paragraph)
        out.append((install[-1] if install else None, m.group(1)))
        pos = m.end()
    return out


def shell_commands(section: str) -> list[str]:
    body = README.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in body.splitlines() if line.startswith("    .venv/bin/")]


def run(cmd: str | list[str], cwd, timeout: int = 1200) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PREFECT_SERVER_ANALYTICS_ENABLED"] = "false"
    return subprocess.run(cmd, shell=isinstance(cmd, str), cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_readme_is_parsed():
    blocks = python_blocks()
    assert len(blocks) >= 2
    assert blocks[0][0] is None  # the loader needs only the build install
    assert any(install and '".[analysis]"' in install for install, _ in blocks)
    assert "python3.11 -m venv .venv" in build_install() and "-c constraints.txt" in build_install()
    # every pip the README tells a user to run is the venv's, with the constraints
    for line in re.findall(r"[^\s`(]*pip install[^\n`]*", README):
        assert line.startswith(".venv/bin/pip install") and "-c constraints.txt" in line, line


def test_readme_examples_run_after_their_install(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(ROOT, project, ignore=IGNORE)
    proc = run(build_install(), project)
    assert proc.returncode == 0, f"{build_install()}\n{proc.stdout[-2000:]}\n{proc.stderr[-3000:]}"
    assert (project / "output" / "LATEST").exists()
    python = str(project / ".venv" / "bin" / "python")
    for install, code in python_blocks():
        if install:
            proc = run(install, project)
            assert proc.returncode == 0, f"{install}\n{proc.stderr[-3000:]}"
        proc = run([python, "-c", code], project, timeout=300)
        assert proc.returncode == 0, f"README block failed after {install or 'the build install'}:\n{code}\n" \
                                     f"{proc.stderr[-3000:]}"
    for cmd in shell_commands("Checking a release"):
        proc = run(cmd, project, timeout=300)
        assert proc.returncode == 0, f"{cmd}\n{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
