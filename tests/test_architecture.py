"""The layers are contracts, not habits: `lint-imports` checks them (pyproject.toml [tool.importlinter])."""
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT


def test_import_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    proc = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "0 broken" in proc.stdout


def test_a_forbidden_import_is_caught(tmp_path):
    """The contracts bite: a copy of the project whose extraction imports polars breaks one."""
    copy = tmp_path / "project"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", "output", ".git", "__pycache__", "raw", "dev"))
    text = copy / "mistrust" / "extract" / "text.py"
    text.write_text("import polars  # noqa: F401\n" + text.read_text())
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    proc = subprocess.run([exe, "--no-cache"], cwd=copy, capture_output=True, text=True, timeout=120,
                          env={"PYTHONPATH": str(copy), "PATH": str(Path(sys.executable).parent)})
    assert proc.returncode != 0
    assert "mistrust.extract.text -> polars" in proc.stdout
