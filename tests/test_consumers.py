"""What consumers touch: the release page (rendered in headless Chromium), the loader, the README examples."""
import hashlib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from conftest import ROOT
from mistrust.load import ReleaseError, load, versions

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium():
    """Debian's chromium, installed here when the machine lacks it (CI starts without it)."""
    path = shutil.which("chromium")
    if path is None:
        proc = subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], capture_output=True, text=True,
                              timeout=900)
        path = shutil.which("chromium")
        assert path, f"could not install Debian's chromium: {proc.stderr[-2000:]}"
    return path


def render(chromium, page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args,
                           page.as_uri()], capture_output=True, text=True, timeout=120)


def test_release_page_renders_chart_and_tables(seed_release, chromium, tmp_path):
    out, rel, _ = seed_release
    dom = render(chromium, rel / "index.html", tmp_path, "--dump-dom").stdout
    events = pl.read_parquet(rel / "events.parquet")
    assert "<svg" in dom and 'id="timeline"' in dom
    assert dom.count('class="event"') == events.filter(pl.col("date_start").is_not_null()).height
    speakers = re.search(r'<table class="speakers">.*?</table>', dom, re.S).group()
    assert "Ali Khamenei" in speakers and speakers.count("<tr>") == 1 + pl.read_parquet(
        rel / "quotes.parquet")["speaker"].drop_nulls().n_unique()
    downloads = re.search(r'<table class="downloads">.*?</table>', dom, re.S).group()
    for f in ("events.csv", "quotes.parquet", "datapackage.json"):
        sha = hashlib.sha256((rel / f).read_bytes()).hexdigest()
        assert f">{f}<" in downloads and sha in downloads
    assert 'class="figures"' in dom and 'class="documents"' in dom and "Data dictionary" in dom
    shot = tmp_path / "release-page.png"
    proc = render(chromium, rel / "index.html", tmp_path, f"--screenshot={shot}", "--window-size=1280,2000")
    assert shot.exists() and shot.stat().st_size > 50_000, proc.stderr[-1000:]
    print(f"screenshot: {shot}")


def test_page_needs_no_network(seed_release):
    _, rel, _ = seed_release
    page = (rel / "index.html").read_text()
    assert not re.search(r"(?:src|href)=['\"]https?://", page) and "<script" not in page


def test_releases_index_lists_every_release(seed_release, chromium, tmp_path):
    out, rel, _ = seed_release
    dom = render(chromium, out / "index.html", tmp_path, "--dump-dom").stdout
    assert f'href="{rel.name}/index.html"' in dom and "(latest)" in dom


def test_load_checks_checksums(seed_release, tmp_path):
    out, rel, _ = seed_release
    assert versions(out) == [rel.name]
    events = load("events", root=out)
    assert events.equals(pl.read_parquet(rel / "events.parquet"))
    assert load("figures", version=rel.name, root=out, format="csv").equals(load("figures", root=out))
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    with (copy / rel.name / "events.parquet").open("ab") as fh:
        fh.write(b"tampered")
    with pytest.raises(ReleaseError, match="does not match SHA256SUMS"):
        load("events", root=copy)
    with pytest.raises(ReleaseError, match="not found"):
        load("events", version="9.9.9", root=out)
    with pytest.raises(ReleaseError, match="not part of release"):
        load("nonsense", root=out)


def test_readme_examples_run():
    """The README's Python examples run as written, against the committed output/."""
    readme = (ROOT / "README.md").read_text()
    section = readme.split("## Looking at and loading a release", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```python\n(.*?)```", section, re.S)
    assert len(blocks) == 2
    for block in blocks:
        proc = subprocess.run([sys.executable, "-c", block], cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-2000:]
