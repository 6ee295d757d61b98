import hashlib
import json

import polars as pl
import pytest

from mistrust.extract.pipeline import extract
from mistrust.ingest import Source
from mistrust.publish.release import publish
from mistrust.publish.tables import build_tables
from mistrust.publish.verify import main, verify

TEXT = 'Khamenei said: "=HYPERLINK(1) is not a formula." Another said "+1 and -1 and @all" were figures of speech.'


@pytest.fixture
def release(tmp_path):
    src = Source("formula-like", TEXT, hashlib.sha256(TEXT.encode()).hexdigest())
    publish(build_tables([extract(src)]), tmp_path / "out", [], [])
    return tmp_path / "out" / "1.0.0"


def test_fresh_release_verifies(release, capsys):
    assert verify(release) == []
    assert main([str(release)]) == 0 and "OK" in capsys.readouterr().out


def test_cells_keep_exact_text_and_the_risk_is_documented(release):
    csv = pl.read_csv(release / "quotes.csv", infer_schema=False)
    assert csv["text"].to_list() == ["=HYPERLINK(1) is not a formula.", "+1 and -1 and @all"]
    assert csv["text"].to_list() == pl.read_parquet(release / "quotes.parquet")["text"].to_list()
    assert "formula" in (release / "DATA_DICTIONARY.md").read_text()


@pytest.mark.parametrize("damage,expected", [
    (lambda r: (r / "quotes.csv").write_text("changed"), "quotes.csv: checksum does not match"),
    (lambda r: (r / "events.parquet").unlink(), "events.parquet: listed in SHA256SUMS but missing"),
    (lambda r: (r / "extra.txt").write_text("x"), "extra.txt: not listed in SHA256SUMS"),
    (lambda r: (r / "datapackage.json").write_text("{"), "datapackage.json is not valid JSON"),
])
def test_damage_is_named(release, damage, expected, capsys):
    damage(release)
    assert any(expected in p for p in verify(release))
    assert main([str(release)]) == 1 and "FAIL" in capsys.readouterr().out


def test_constraint_breach_is_found_even_with_fresh_checksums(release):
    """Someone rewrote a table and its checksums: the declared constraints still catch it."""
    df = pl.read_parquet(release / "quotes.parquet").with_columns(pl.lit("bogus").alias("kind"))
    df.write_parquet(release / "quotes.parquet")
    pkg = json.loads((release / "datapackage.json").read_text())
    data = (release / "quotes.parquet").read_bytes()
    for res in pkg["resources"]:
        if res["name"] == "quotes":
            res["parquet"].update(bytes=len(data), hash="sha256:" + hashlib.sha256(data).hexdigest())
    (release / "datapackage.json").write_text(json.dumps(pkg))
    lines = [f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in sorted(release.iterdir())
             if p.name != "SHA256SUMS"]
    (release / "SHA256SUMS").write_text("".join(lines))
    problems = verify(release)
    assert any("quotes.kind" in p and "outside" in p for p in problems), problems


def test_not_a_release(tmp_path):
    assert verify(tmp_path / "missing") == [f"{tmp_path / 'missing'} is not a release folder"]
