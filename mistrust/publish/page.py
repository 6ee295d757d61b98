"""The release page: a self-contained index.html per release (no network, no scripts), drawn at build time,
and the page at output/index.html that lists every release.

The page summarises, it does not list: a timeline with one lane per event type whose marks merge events
that would overlap (with their count), a bar chart of mentions per year, top-N tables of speakers and
figures, and the first documents. Its size is bounded whatever the size of the corpus (MAX_PAGE_BYTES,
checked in tests/test_consumers.py), and so is its memory: the tables are polars lazy frames (a build's are
scans of the staged Parquet files), and only aggregates and top-N rows are collected.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from . import dictionary
from .timeline import collect, count, esc, timeline_svg, years_svg

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#fafbfc}
main{max-width:1100px;margin:auto;padding:24px}h1{font-size:26px;margin:0 0 4px}h2{margin-top:36px;border-bottom:1px solid #dde1e6}
h3{font-size:16px;margin:18px 0 4px}.meta,.muted{color:#6b7480}.counts{display:flex;gap:12px;flex-wrap:wrap;margin:18px 0}
.count{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 16px;min-width:110px}
.count b{display:block;font-size:22px}table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}
th,td{border:1px solid #e3e6ea;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f0f2f5}td.num{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px}
.bar{background:#3b6fb6;height:12px;border-radius:2px}svg{background:#fff;border:1px solid #dde1e6;border-radius:8px;display:block}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}.two{display:flex;gap:24px;flex-wrap:wrap}.two>div{flex:1;min-width:320px}
.key{font-size:13px;color:#45505e;margin:6px 0 10px}.key svg{display:inline;border:0;background:none;vertical-align:middle}
"""

TOP_SPEAKERS = 10  # rows per "most quoted" table
TOP_FIGURES = 15
TOP_DOCUMENTS = 100
TOP_REJECTS = 50
MAX_PAGE_BYTES = 400_000  # the bound tests/test_consumers.py checks on a 40,000-document corpus


def _inline(text: str) -> str:
    """Escaped text with `code` spans rendered as <code>, as the dataset description is written."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", esc(text))


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset(), cls: str = "") -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td class=num>{c}</td>" if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _quoted(quotes: pl.LazyFrame, actors: pl.LazyFrame) -> str:
    """Most-quoted people, and most-quoted institutions, countries and documents, from actors.actor_type."""
    top = collect(quotes.filter(pl.col("speaker").is_not_null()).group_by("speaker").len())
    if top.is_empty():
        return "<p>No attributed quotes.</p>"
    kinds = collect(actors.select(pl.col("name").alias("speaker"), "actor_type"))
    top = top.join(kinds, on="speaker", how="left").with_columns(pl.col("actor_type").fill_null("other"))
    most = top["len"].max()
    out = []
    for title, cls, sel in (("People", "speakers", pl.col("actor_type") == "person"),
                            ("Institutions, countries and documents", "sources", pl.col("actor_type") != "person")):
        part = top.filter(sel).sort(["len", "speaker"], descending=[True, False])
        rows = [[esc(s), esc(k), f"<div class=bar style='width:{160 * n / most:.0f}px'></div>", f"{n:,}"]
                for s, n, k in part.head(TOP_SPEAKERS).select("speaker", "len", "actor_type").iter_rows()]
        more = (f"<p class=meta>Top {TOP_SPEAKERS} of {part.height:,}.</p>" if part.height > TOP_SPEAKERS else "")
        body = _table(["speaker", "type", "", "quotes"], rows, numeric={3}, cls=cls) + more if rows else "<p class=meta>None.</p>"
        out.append(f"<div><h3>{title}</h3>{body}</div>")
    return "<div class=two>" + "".join(out) + "</div>"


KIND_WEIGHT = {"percent": 2.0, "money": 2.0, "measure": 1.5, "duration": 1.0, "count": 0.0}


def _informative() -> pl.Expr:
    """The subject says more than the unit: `Iran's oil fields`, not `parties negotiating` of two parties."""
    subject = pl.col("subject").fill_null("").str.to_lowercase()
    return (subject != "") & ~subject.str.contains(
        pl.col("unit").fill_null("").str.to_lowercase().str.replace(r"y$", ""), literal=True)  # party: parties


def figure_scores(figures: pl.LazyFrame) -> pl.LazyFrame:
    """figures with `score`: a subject that says more than the unit counts most, then what the kind measures
    (a share or a sum of money before a span of time, a bare count last), then the size of the value."""
    kind_weight = pl.col("kind").replace_strict(KIND_WEIGHT, default=0.0, return_dtype=pl.Float64)
    return figures.with_columns((
        _informative().cast(pl.Float64) * 4
        + kind_weight
        + pl.col("value").fill_null(0).abs().clip(1, None).log10().clip(0, 12) / 3
    ).alias("score"))


def _fmt_value(v, unit: str) -> str:
    if v is None:
        return ""
    if unit == "usd":
        for scale, word in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
            if abs(v) >= scale:
                return f"${v / scale:,.3g}{word}"
        return f"${v:,.0f}"
    return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.3g}"


def _figures(figures: pl.LazyFrame) -> str:
    n_figures = count(figures)
    if not n_figures:
        return "<p>No figures.</p>"
    scored = figure_scores(figures)
    trivial = ~_informative() & (pl.col("kind") == "count") & (pl.col("value").fill_null(0) < 10)
    shown = collect(scored.filter(~trivial).sort(["score", "figure_id"], descending=[True, False]).head(TOP_FIGURES))
    rows = []
    for r in shown.iter_rows(named=True):
        subject = esc(r["subject"]) if r["subject"] else "<span class=muted>(no subject in the text)</span>"
        value = _fmt_value(r["value"], r["unit"]) + (f"–{_fmt_value(r['value_max'], r['unit'])}" if r["value_max"] else "")
        rows.append([f"<b>{esc(r['text'])}</b>", subject, value, esc(r["unit"]), esc(r["qualifier"]), esc(r["doc_id"])])
    n_trivial = count(scored.filter(trivial))
    note = (f"<p class=meta>The {len(rows)} most informative of {n_figures:,} figures: those whose subject says more than "
            f"the unit, shares and sums of money, and large values first."
            + (f" {n_trivial:,} small counts of nothing more than their unit (such as “two parties”) are left out here"
               f" and are in <code>figures.csv</code>." if n_trivial else "") + "</p>")
    return note + _table(["figure", "of (subject)", "value", "unit", "qualifier", "document"], rows, cls="figures")


def _documents(docs: pl.LazyFrame) -> str:
    n_docs = count(docs)
    shown = collect(docs.sort(["published", "doc_id"], descending=[True, False], nulls_last=True).head(TOP_DOCUMENTS))
    rows = [[f"<code>{esc(r['doc_id'])}</code>",
             esc(r["title"]) if r["title"] else f"<span class=muted>{esc(r['doc_id'])} (no title)</span>",
             esc(r["publisher"]), esc(r["published"]), f"{r['n_words']:,}"] for r in shown.iter_rows(named=True)]
    more = (f"<p class=meta>The {TOP_DOCUMENTS} most recent of {n_docs:,} documents; all are in "
            "<code>documents.csv</code>.</p>" if n_docs > TOP_DOCUMENTS else "")
    per_pub = ""
    if n_docs > TOP_DOCUMENTS:
        pubs = collect(docs.group_by(pl.col("publisher").fill_null("(unknown)")).len()
                       .sort(["len", "publisher"], descending=[True, False]).head(10))
        per_pub = "<h3>Publishers</h3>" + _table(["publisher", "documents"], [[esc(p), f"{n:,}"] for p, n in pubs.iter_rows()],
                                                  numeric={1}, cls="publishers")
    return per_pub + _table(["doc_id", "title", "publisher", "published", "words"], rows, numeric={4},
                            cls="documents") + more


def _dictionary() -> str:
    out = []
    for table in dictionary.MODELS_ORDER:
        rows = [[f"<code>{esc(f['name'])}</code>", _inline(dictionary.type_label(table, f["name"])),
                 "yes" if f.get("constraints", {}).get("required") else "no", _inline(f["description"])]
                for f in dictionary.fields(table)]
        out.append(f"<details><summary>{esc(table)}</summary>{_table(['column', 'type', 'required', 'description'], rows)}"
                   "</details>")
    return "".join(out)


def release_page(version: str, created: str, tables: dict[str, pl.DataFrame | pl.LazyFrame],
                 files: list[tuple[str, int, str]], rejects: list) -> str:
    """`files`: (name, bytes, sha256) of every file of the release."""
    ds = dictionary.DATASET
    tables = {t: df.lazy() for t, df in tables.items()}
    counts = "".join(f"<div class=count><b>{count(tables[t]):,}</b>{esc(t)}</div>" for t in dictionary.MODELS_ORDER)
    dl_rows = [[f"<a href='{esc(n)}' download>{esc(n)}</a>", f"{b:,}", f"<code>{esc(h)}</code>"] for n, b, h in files]
    reject_html = "".join(f"<li><code>{esc(r.path)}</code>: {esc(r.reason)}</li>" for r in rejects[:TOP_REJECTS])
    if len(rejects) > TOP_REJECTS:
        reject_html += f"<li>… and {len(rejects) - TOP_REJECTS:,} more, listed in <code>CHANGELOG.md</code></li>"
    events = tables["events"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{esc(ds['title'])} — release {esc(version)}</title><style>{CSS}</style></head>
<body><main>
<h1>{esc(ds['title'])}</h1>
<p class="meta">Release <b id="version">{esc(version)}</b> · built {esc(created)} · licence {esc(ds['licenses'][0]['name'])} ·
<a href="../index.html">all releases</a></p>
<p>{_inline(ds['description'])}</p>
<div class="counts">{counts}</div>
<h2 id="events">Timeline of events</h2>{timeline_svg(events)}
<h3>Dated mentions per year</h3>{years_svg(events)}
<h2>Most quoted</h2>{_quoted(tables['quotes'], tables['actors'])}
<h2>Cited figures</h2>{_figures(tables['figures'])}
<h2>Source documents</h2>{_documents(tables['documents'])}
{f"<h2>Rejected inputs</h2><ul>{reject_html}</ul>" if reject_html else ""}
<h2>Downloads</h2>{_table(['file', 'bytes', 'sha256'], dl_rows, numeric={1}, cls='downloads')}
<p class="meta">Check a download with <code>sha256sum -c SHA256SUMS</code> or
<code>python -m mistrust.publish.verify &lt;release folder&gt;</code>.</p>
<h2>Data dictionary</h2>{_dictionary()}
</main></body></html>
"""


def _rows(folder: Path, table: str) -> int | None:
    try:
        return pq.ParquetFile(folder / f"{table}.parquet").metadata.num_rows
    except (OSError, ValueError):
        return None


def releases_index(output: Path, latest: str | None) -> str:
    """output/index.html: every release, newest first, with each table's rows and CSV size."""
    rows = []
    for folder in sorted((p for p in output.iterdir() if p.is_dir() and (p / "datapackage.json").exists()),
                         key=lambda p: tuple(int(x) for x in p.name.split(".")), reverse=True):
        pkg = json.loads((folder / "datapackage.json").read_text())
        page = f"{folder.name}/index.html" if (folder / "index.html").exists() else f"{folder.name}/"
        n = {r["name"]: r for r in pkg.get("resources", [])}
        cells = []
        for t in dictionary.MODELS_ORDER:
            count = _rows(folder, t)
            size = f"<br><span class=muted>{n[t]['bytes'] / 1024:,.1f} kB CSV</span>" if t in n else ""
            cells.append(("" if count is None else f"{count:,}") + size)
        rows.append([f"<a href='{esc(page)}'>{esc(folder.name)}</a>" + (" (latest)" if folder.name == latest else ""),
                     esc(pkg.get("created", "")), *cells])
    table = _table(["release", "built", *(f"{t} rows" for t in dictionary.MODELS_ORDER)], rows,
                   numeric=set(range(2, 2 + len(dictionary.MODELS_ORDER))), cls="releases")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{esc(dictionary.DATASET['title'])} — releases</title>
<style>{CSS}</style></head><body><main><h1>{esc(dictionary.DATASET['title'])}</h1>
<p>{_inline(dictionary.DATASET['description'])}</p><h2>Releases</h2>{table}</main></body></html>
"""

