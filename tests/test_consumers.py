"""What consumers touch: the release page (rendered in headless Chromium), the loader, the README examples."""
import hashlib
import json
import re
import shutil
import struct
import subprocess
import zlib
from datetime import date
from pathlib import Path

import polars as pl
import pytest

from conftest import ROOT
from mistrust.load import ReleaseError, load, versions
from mistrust.publish import page, timeline

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def chromium():
    """The browser that `.ci/setup` installs (Debian's chromium); the tests never install it themselves."""
    path = shutil.which("chromium") or next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser")
                                             if Path(p).exists()), None)
    if path is None:
        pytest.fail("chromium is not installed: run `.ci/setup` (apt-get install -y chromium) before the tests")
    return path


def render(chromium, page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args,
                           page.as_uri()], capture_output=True, text=True, timeout=120)


def read_png(path: Path) -> tuple[int, int, list[bytes]]:
    """A small PNG reader (stdlib zlib): 8-bit RGB or RGBA, not interlaced, as Chromium writes them.
    Returns width, height and one bytes row of RGB triples per line."""
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", chunk)
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, header
    bpp = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        prev = line
        rows.append(bytes(line) if bpp == 3 else bytes(v for j in range(0, stride, 4) for v in line[j:j + 3]))
    return width, height, rows


def _hex(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i:i + 2], 16) for i in (1, 3, 5))


def _attrs(tag: str) -> dict[str, str]:
    return dict(re.findall(r'([\w-]+)="([^"]*)"', tag))


def test_release_page_timeline_is_visible_and_labelled(seed_release, chromium, tmp_path):
    """What a person sees: the timeline's marks have a size and sit inside the drawing, the most reported events
    are named, stacked mentions carry their count, and the screenshot shows the marks in their colours."""
    out, rel, _ = seed_release
    dom = render(chromium, rel / "index.html", tmp_path, "--dump-dom").stdout
    svg = re.search(r'<svg id="timeline".*?</svg>', dom, re.S).group()
    width, height = (float(v) for v in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    circles = [_attrs(c) for c in re.findall(r'<circle class="event"[^>]*>', svg)]
    events = pl.read_parquet(rel / "events.parquet")
    dated = events.filter(pl.col("date_start").is_not_null())
    wide = dated.filter(pl.col("date_precision").is_in(["decade", "century"]))
    assert circles and sum(int(c["data-n"]) for c in circles) == dated.height - wide.height  # every mention drawn
    for c in circles:
        cx, cy, r = float(c["cx"]), float(c["cy"]), float(c["r"])
        assert r >= 4, f"mark too small to see: {c}"
        assert r <= cx <= width - r and r <= cy <= height - r, f"mark outside the drawing: {c}"
    # the four 1953 coup mentions are one mark that says 4
    stacked = [c for c in circles if int(c["data-n"]) > 1]
    assert any(c["data-n"] == "4" for c in stacked)
    count_texts = [(float(x), int(n)) for x, n in re.findall(r'<text class="count" x="([\d.]+)"[^>]*>(\d+)</text>', svg)]
    assert count_texts
    for c in stacked:
        assert (round(float(c["cx"]), 1), int(c["data-n"])) in {(round(x, 1), n) for x, n in count_texts}, c
    labels = re.findall(r'<text class="label"[^>]*>([^<]+)</text>', svg)
    assert len(labels) >= 5 and any(lab.startswith("coup 1953") for lab in labels), labels
    lanes = re.findall(r'<text x="[\d.]+" y="[\d.]+" font-size="13" text-anchor="end"[^>]*>([a-z ]+) <tspan', svg)
    assert lanes and len(lanes) == len(set(lanes)) == dated["event_type"].n_unique()  # one lane per type
    bars = [_attrs(b) for b in re.findall(r'<rect class="year"[^>]*>', dom)]
    assert bars and all(float(b["height"]) > 0 and float(b["width"]) > 0 for b in bars)
    assert f"{events.height - dated.height} mentions without a date" in dom  # a person is told what is not drawn

    shot = tmp_path / "release-page.png"
    proc = render(chromium, rel / "index.html", tmp_path, f"--screenshot={shot}", "--window-size=1280,3200",
                  "--force-device-scale-factor=1", "--hide-scrollbars")
    assert shot.exists(), proc.stderr[-1000:]
    w, h, px = read_png(shot)
    # find the drawing on the screen by its first lane band (#f6f7f9), drawn at x=1, y=<first band's y>
    band = _hex("#f6f7f9")
    band_y = float(re.search(r'<rect x="1" y="([\d.]+)"[^>]*fill="#f6f7f9"', svg).group(1))
    top = next(y for y in range(h) if sum(px[y][3 * x:3 * x + 3] == bytes(band) for x in range(0, w, 4)) > 100)
    left = next(x for x in range(w) if px[top][3 * x:3 * x + 3] == bytes(band))
    ox, oy = left - 1, top - band_y

    def colour_at(x: float, y: float) -> tuple[int, int, int]:
        i = 3 * round(ox + x)
        return tuple(px[round(oy + y)][i:i + 3])
    missing = []
    for c in circles:
        want, r = _hex(c["fill"]), float(c["r"])
        spots = [(float(c["cx"]), float(c["cy"]) + d * r) for d in (0, -0.72, 0.72)]
        if not any(sum(abs(a - b) for a, b in zip(colour_at(*s), want)) < 40 for s in spots):
            missing.append(c)
    assert not missing, f"marks not visible in the screenshot {shot}: {missing}"
    chart = [px[y][3 * x:3 * x + 3] for y in range(int(oy), int(oy + height), 2) for x in range(int(ox), int(ox + width), 2)]
    saturated = sum(1 for p in chart if max(p) - min(p) > 60)
    assert saturated > 500, f"the chart region of {shot} is blank"
    print(f"screenshot: {shot}")


def test_release_page_sections(seed_release, chromium, tmp_path):
    out, rel, _ = seed_release
    dom = render(chromium, rel / "index.html", tmp_path, "--dump-dom").stdout
    actors = pl.read_parquet(rel / "actors.parquet")
    people = set(actors.filter(pl.col("actor_type") == "person")["name"])
    speakers = re.search(r'<table class="speakers">.*?</table>', dom, re.S).group()
    sources = re.search(r'<table class="sources">.*?</table>', dom, re.S).group()
    assert "Ali Khamenei" in speakers and "US diplomatic cables" not in speakers
    assert "US diplomatic cables" in sources
    assert all(name in people for name in re.findall(r"<tr><td>([^<]+)</td><td>person", speakers))
    figures = re.search(r'<table class="figures">.*?</table>', dom, re.S).group()
    first = re.search(r"<tbody><tr>(.*?)</tr>", figures, re.S).group(1)
    assert "more than forty percent" in first and "Iran’s oil fields" in first  # the informative one leads
    assert "two parties" not in figures
    docs = re.search(r'<table class="documents">.*?</table>', dom, re.S).group()
    assert '<span class="muted">khamenei-trust-before-talks (no title)</span>' in docs
    assert "`" not in re.search(r"<main>.*?<h2", dom, re.S).group()  # code spans, not literal backticks
    downloads = re.search(r'<table class="downloads">.*?</table>', dom, re.S).group()
    for f in ("events.csv", "quotes.parquet", "datapackage.json"):
        sha = hashlib.sha256((rel / f).read_bytes()).hexdigest()
        assert f">{f}<" in downloads and sha in downloads
    assert "Data dictionary" in dom


def _large_corpus(n_docs: int = 40_000, seed: int = 7) -> dict[str, pl.DataFrame]:
    """Tables shaped like a release of `n_docs` documents (5 events, 6 quotes, 2 figures each), generated
    column-wise: dates spread over 1900-2025 at every precision, 20,000 events, 5,000 speakers."""
    import numpy as np

    from mistrust.publish.tables import polars_schema
    from schemas.events import EVENT_TYPES
    rng = np.random.default_rng(seed)

    def ids(prefix: str, values, width: int) -> pl.Expr:
        return pl.format(prefix + "{}", pl.Series(values).cast(pl.Utf8).str.zfill(width))

    def pick(options: list, n: int) -> pl.Series:
        return pl.Series(options).gather(rng.integers(0, len(options), n))

    def table(name: str, n: int, cols: dict) -> pl.DataFrame:
        df = pl.select(pl.int_range(n).alias("_i")).with_columns(**cols)
        return df.select([(pl.col(c) if c in cols else pl.lit(None)).cast(t).alias(c)
                          for c, t in polars_schema(name).items()])
    ne, nq, nf, na = n_docs * 5, n_docs * 6, n_docs * 2, 5000
    undated = pl.col("date_precision") == "none"
    start = pl.lit(date(1900, 1, 1)) + pl.duration(days=pl.Series(rng.integers(0, 125 * 365, ne)))
    return {
        "documents": table("documents", n_docs, dict(
            doc_id=ids("doc-", np.arange(n_docs), 6),
            title=pl.when(pl.col("_i") % 3 == 0).then(pl.format("Title {}", "_i")),
            publisher=pl.format("P{}", pl.col("_i") % 40), sha256=pl.lit("0" * 64), n_chars=100, n_words=20)),
        "quotes": table("quotes", nq, dict(
            quote_id=ids("q", np.arange(nq), 8), doc_id=ids("doc-", rng.integers(0, n_docs, nq), 6),
            text=pl.lit("words"), char_start=0, char_end=5, kind=pl.lit("direct"),
            speaker=ids("Actor ", rng.integers(0, na, nq), 1))),
        "figures": table("figures", nf, dict(
            figure_id=ids("f", np.arange(nf), 8), doc_id=ids("doc-", rng.integers(0, n_docs, nf), 6),
            text=pl.lit("40 percent"), char_start=0, char_end=10, value=pl.Series(rng.random(nf) * 1e6),
            unit=pl.lit("percent"), kind=pick(["percent", "count"], nf), qualifier=pl.lit("exact"),
            approximate=False, subject=pick(["oil fields", None], nf))),
        "events": table("events", ne, dict(
            event_id=ids("e", np.arange(ne), 8), doc_id=ids("doc-", rng.integers(0, n_docs, ne), 6),
            event_type=pick(EVENT_TYPES, ne), trigger=pl.lit("coup"), trigger_start=0,
            description=pl.lit("The coup happened."), char_start=0, char_end=18,
            event_key=ids("k-", rng.integers(0, 20_000, ne), 1), actor_source=ids("Actor ", rng.integers(0, na, ne), 1),
            date_precision=pick(["day", "month", "year", "decade", "century", "none"], ne),
        )).with_columns(pl.when(~undated).then(start).alias("date_start"),
                        pl.when(~undated).then(start + pl.duration(days=30)).alias("date_end"),
                        pl.when(~undated).then(pl.col("date_precision")).alias("date_precision")),
        "actors": table("actors", na, dict(
            actor_id=ids("actor-", np.arange(na), 1), name=ids("Actor ", np.arange(na), 1),
            actor_type=pick(["person", "country"], na), aliases=pl.concat_list(ids("Actor ", np.arange(na), 1)),
            n_mentions=1, n_documents=1)),
    }


def test_release_page_size_is_bounded_on_a_large_corpus():
    """A 40,000-document corpus (200,000 events) gives a page under MAX_PAGE_BYTES: the page summarises."""
    tables = _large_corpus()
    html = page.release_page("1.0.0", "2026-01-01T00:00:00Z", tables, [("events.csv", 1, "0" * 64)], [])
    size = len(html.encode())
    assert size < page.MAX_PAGE_BYTES, f"page of {size:,} bytes for {tables['documents'].height:,} documents"
    assert html.count("<circle class='event'") <= timeline.MAX_MARKS and html.count("<tr>") < 400
    small = page.release_page("1.0.0", "2026-01-01T00:00:00Z", {t: df.head(50) for t, df in tables.items()},
                              [("events.csv", 1, "0" * 64)], [])
    assert size < 8 * len(small.encode())  # it grows with the spread of dates and types, not with the rows


def test_release_page_does_not_depend_on_row_order():
    """Same tables in another row order, the same page: ties between event keys break by name."""
    corpus = _large_corpus()
    for size in (300, 200_000):  # marks by date, and binned by decade
        tables = {t: df.head(size) for t, df in corpus.items()}
        shuffled = {t: df.sample(fraction=1.0, shuffle=True, seed=3) for t, df in tables.items()}
        pages = [page.release_page("1.0.0", "2026-01-01T00:00:00Z", ts, [], []) for ts in (tables, shuffled)]
        assert pages[0] == pages[1]


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


def test_releases_index_shows_row_counts(seed_release):
    out, rel, _ = seed_release
    index = (out / "index.html").read_text()
    row = re.search(rf"<tr><td><a href='{re.escape(rel.name)}/index.html'>.*?</tr>", index, re.S).group()
    for t in ("documents", "quotes", "figures", "events", "actors"):
        assert f"<td class=num>{pl.read_parquet(rel / f'{t}.parquet').height:,}<br>" in row, t


def test_datapackage_types_match_the_files(seed_release):
    """Each declared type is what the file holds: Parquet lists are `array`, their CSV form a `;`-joined string."""
    _, rel, _ = seed_release
    pkg = json.loads((rel / "datapackage.json").read_text())
    kinds = {pl.Utf8: "string", pl.Int64: "integer", pl.Float64: "number", pl.Boolean: "boolean", pl.Date: "date"}
    for res in pkg["resources"]:
        df = pl.read_parquet(rel / res["parquet"]["path"])
        for f in res["parquet"]["schema"]["fields"]:
            dtype = df.schema[f["name"]]
            if isinstance(dtype, pl.List):
                assert f["type"] == "array" and f["arrayItem"]["type"] == kinds[dtype.inner], f
            else:
                assert f["type"] == kinds[dtype], f
        csv_fields = {f["name"]: f for f in res["schema"]["fields"]}
        assert [f["name"] for f in res["parquet"]["schema"]["fields"]] == list(csv_fields)
    actors = next(r for r in pkg["resources"] if r["name"] == "actors")
    aliases = next(f for f in actors["schema"]["fields"] if f["name"] == "aliases")
    assert aliases["type"] == "string" and "joined with `;`" in aliases["description"]
    csv = pl.read_csv(rel / "actors.csv", infer_schema=False)
    parquet = pl.read_parquet(rel / "actors.parquet")
    assert csv["aliases"].str.split(";").to_list() == parquet["aliases"].to_list()
    docs = next(r for r in pkg["resources"] if r["name"] == "documents")
    title = next(f for f in docs["schema"]["fields"] if f["name"] == "title")
    assert pl.read_parquet(rel / "documents.parquet")["title"].null_count() > 0 and "null when" in title["description"]
    dictionary = (rel / "DATA_DICTIONARY.md").read_text()
    assert "| `aliases` | array of string (Parquet); string, `;`-joined (CSV) |" in dictionary


def test_one_frictionless_type_map():
    from mistrust import load as loader
    from mistrust.publish import dictionary
    assert dictionary.FRICTIONLESS_TYPES is loader.FRICTIONLESS_TYPES
    src = (ROOT / "mistrust" / "publish" / "dictionary.py").read_text()
    assert '"Int64": "integer"' not in src and "_FRICTIONLESS" not in src


def _publish_dir(raw: Path, out: Path, rejects=()):
    from mistrust.extract.pipeline import extract
    from mistrust.ingest import scan
    from mistrust.publish.release import publish
    from mistrust.publish.tables import build_tables
    sources, _ = scan(raw)
    return publish(build_tables([extract(s) for s in sources]), out, list(rejects), [])


def test_changelog_says_what_changed_and_why(tmp_path):
    """Seeds built, then one document's text and another's metadata changed: the CHANGELOG names both documents
    and the reason, counts the rows, and shows a changed value old → new."""
    from mistrust.ingest import Reject
    raw, out = tmp_path / "raw", tmp_path / "out"
    shutil.copytree(ROOT / "raw", raw)
    assert _publish_dir(raw, out).version == "1.0.0"
    text = raw / "tehran-times-deep-seated-mistrust.txt"
    assert "more than forty percent" in text.read_text()
    text.write_text(text.read_text().replace("more than forty percent", "more than fifty percent"))
    meta = raw / "khamenei-trust-before-talks.meta.json"
    data = json.loads(meta.read_text())
    data["title"] = "Khamenei on trust before talks"
    meta.write_text(json.dumps(data))
    second = _publish_dir(raw, out)
    assert second.version == "1.1.0"
    log = (out / "1.1.0" / "CHANGELOG.md").read_text().split("## 1.0.0")[0]
    assert "| figures | 10 | 0 | 0 | 1 |" in log and "| documents | 2 | 0 | 0 | 2 |" in log
    assert "- `tehran-times-deep-seated-mistrust`: input text changed — rows: documents +0 −0 ~1, figures +0 −0 ~1" in log
    assert "- `khamenei-trust-before-talks`: metadata changed (title) — rows: documents +0 −0 ~1" in log
    assert "Extractor version unchanged" in log
    assert "text: `\"more than forty percent\"` → `\"more than fifty percent\"`" in log and "value: `40.0` → `50.0`" in log
    assert "title: `null` → `\"Khamenei on trust before talks\"`" in log
    # metadata only: a PATCH release that says which metadata changed
    third = _publish_dir(raw, out, [Reject("bad.txt", "empty or whitespace-only")])
    assert third.bump == "patch"
    log = (out / third.version / "CHANGELOG.md").read_text().split("## 1.1.0")[0]
    assert "### Metadata changed" in log and "the rejected inputs (now rejected `bad.txt`)" in log
    assert "data dictionary" not in log.split("### Metadata changed")[1].split("###")[0]
