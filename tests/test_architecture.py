"""The layers are contracts, not habits: `lint-imports` checks them (pyproject.toml [tool.importlinter])."""
import ast
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


MAX_FUNCTION_LINES, MAX_MODULE_LINES = 60, 400
PACKAGES = ("mistrust", "flows", "schemas", "benchmarks")


def oversized(root: Path) -> list[str]:
    """Functions over MAX_FUNCTION_LINES and modules over MAX_MODULE_LINES in the project's packages."""
    found = []
    for path in sorted(p for pkg in PACKAGES for p in (root / pkg).rglob("*.py")):
        source = path.read_text()
        name = path.relative_to(root)
        if len(source.splitlines()) > MAX_MODULE_LINES:
            found.append(f"{name}: {len(source.splitlines())} lines")
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > MAX_FUNCTION_LINES:
                    found.append(f"{name}:{node.lineno} {node.name}: {lines} lines")
    return found


def test_small_functions_and_modules():
    assert oversized(ROOT) == []


def test_an_oversized_function_is_caught(tmp_path):
    (tmp_path / "mistrust").mkdir()
    body = "".join(f"    x{i} = {i}\n" for i in range(MAX_FUNCTION_LINES))
    (tmp_path / "mistrust" / "long.py").write_text(f"def long():\n{body}")
    assert oversized(tmp_path) == [f"mistrust/long.py:1 long: {MAX_FUNCTION_LINES + 1} lines"]
