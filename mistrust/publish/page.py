"""The release page: a self-contained index.html per release (no network, no scripts), drawn at build time,
and the page at output/index.html that lists every release."""
from __future__ import annotations

import html
import json
from datetime import date
from pathlib import Path

import polars as pl

from . import dictionary

CSS = """
body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2430;background:#fafbfc}
main{max-width:1100px;margin:auto;padding:24px}h1{font-size:26px;margin:0 0 4px}h2{margin-top:36px;border-bottom:1px solid #dde1e6}
.meta{color:#5a6472}.counts{display:flex;gap:12px;flex-wrap:wrap;margin:18px 0}
.count{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:10px 16px;min-width:110px}
.count b{display:block;font-size:22px}table{border-collapse:collapse;width:100%;background:#fff;margin:8px 0}
th,td{border:1px solid #e3e6ea;padding:4px 8px;text-align:left;vertical-align:top;font-size:13px}
th{background:#f0f2f5}td.num{text-align:right;font-variant-numeric:tabular-nums}code{font-size:12px}
.bar{background:#3b6fb6;height:12px;border-radius:2px}svg{background:#fff;border:1px solid #dde1e6;border-radius:8px}
details{margin:6px 0}summary{cursor:pointer;font-weight:600}
"""
PALETTE = ["#3b6fb6", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#e07a5f", "#2e4057", "#c5a880",
           "#6c8ead", "#a23b72", "#f18f01", "#3d5a80", "#99582a", "#588157", "#bc4749", "#7f7f7f"]


def _e(v) -> str:
    return "" if v is None else html.escape(str(v))


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset(), cls: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td class=num>{c}</td>" if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# Above this many dated mentions the chart shows one mark per type and year, sized by count.
DRAW_EACH = 1500


def _marks(dated: pl.DataFrame) -> pl.DataFrame:
    """One row per mark: event_type, date_start, date_end, date_precision, n, tip."""
    if dated.height <= DRAW_EACH:
        return dated.select(
            "event_type", "date_start", "date_end", "date_precision", pl.lit(1).alias("n"),
            pl.concat_str([pl.coalesce("date_text", pl.col("date_start").cast(pl.Utf8)), pl.lit(": "),
                           pl.col("trigger"), pl.lit(" — "), pl.col("description").str.slice(0, 200)]).alias("tip"))
    wide = pl.col("date_precision").is_in(["decade", "century"])
    keyed = dated.with_columns(
        pl.when(wide).then(pl.col("date_start")).otherwise(pl.date(pl.col("date_start").dt.year(), 1, 1)).alias("k0"),
        pl.when(wide).then(pl.col("date_end")).otherwise(pl.date(pl.col("date_start").dt.year(), 12, 31)).alias("k1"),
        pl.when(wide).then(pl.col("date_precision")).otherwise(pl.lit("year")).alias("p"))
    return keyed.group_by("event_type", "k0", "k1", "p").agg(pl.len().alias("n")).sort("event_type", "k0", "k1").select(
        "event_type", pl.col("k0").alias("date_start"), pl.col("k1").alias("date_end"),
        pl.col("p").alias("date_precision"), "n",
        pl.format("{} {} mentions, {}", pl.col("n"), pl.col("event_type"), pl.col("k0").dt.year()).alias("tip"))


def timeline_svg(events: pl.DataFrame, width: int = 1040) -> str:
    """Dated events by type: a point per day/month/year-precise mention, a bar for decades and centuries;
    a large release draws one mark per type and year, its area growing with the number of mentions."""
    dated = events.filter(pl.col("date_start").is_not_null()).sort(["date_start", "event_id"])
    if dated.is_empty():
        return "<p>No dated events in this release.</p>"
    types = sorted(dated["event_type"].unique().to_list())
    lo = min(dated["date_start"].min().year, 1950) // 10 * 10
    hi = (dated["date_end"].max().year // 10 + 1) * 10
    left, right, row_h, top = 130, 20, 26, 30
    height = top + row_h * len(types) + 40

    def x(d: date) -> float:
        years = d.year + (d.timetuple().tm_yday - 1) / 366
        return left + (years - lo) / (hi - lo) * (width - left - right)
    parts = [f"<svg id='timeline' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
             f"viewBox='0 0 {width} {height}' role='img' aria-label='Timeline of dated events'>"]
    for decade in range(lo, hi + 1, 10):
        px = x(date(decade, 1, 1))
        parts.append(f"<line x1='{px:.1f}' y1='{top - 8}' x2='{px:.1f}' y2='{height - 30}' stroke='#e3e6ea'/>"
                     f"<text x='{px:.1f}' y='{height - 12}' font-size='11' text-anchor='middle' fill='#5a6472'>{decade}</text>")
    for i, t in enumerate(types):
        y = top + i * row_h + row_h / 2
        parts.append(f"<text x='{left - 8}' y='{y + 4:.1f}' font-size='12' text-anchor='end' fill='#1d2430'>{_e(t)}</text>")
    scale = max(1, dated.height // 50)  # a mark of this many mentions gets the largest radius
    for row in _marks(dated).iter_rows(named=True):
        i = types.index(row["event_type"])
        y = top + i * row_h + row_h / 2
        colour = PALETTE[i % len(PALETTE)]
        tip = row["tip"]
        radius = 5 if row["n"] == 1 else min(11, 3 + 8 * (row["n"] / scale) ** 0.5)
        if row["date_precision"] in ("decade", "century"):
            x0, x1 = x(row["date_start"]), x(row["date_end"])
            parts.append(f"<rect class='event' x='{x0:.1f}' y='{y - 4:.1f}' width='{max(x1 - x0, 3):.1f}' height='8' "
                         f"fill='{colour}' opacity='.45'><title>{_e(tip)}</title></rect>")
        else:
            mid = row["date_start"] + (row["date_end"] - row["date_start"]) / 2
            parts.append(f"<circle class='event' cx='{x(mid):.1f}' cy='{y:.1f}' r='{radius:.1f}' fill='{colour}' "
                         f"opacity='.8'><title>{_e(tip)}</title></circle>")
    parts.append("</svg>")
    return "".join(parts)


def _speakers(quotes: pl.DataFrame) -> str:
    top = quotes.filter(pl.col("speaker").is_not_null()).group_by("speaker").len().sort(
        ["len", "speaker"], descending=[True, False]).head(12)
    if top.is_empty():
        return "<p>No attributed quotes.</p>"
    most = top["len"].max()
    rows = [[_e(s), f"<div class=bar style='width:{200 * n / most:.0f}px'></div>", n] for s, n in top.iter_rows()]
    return _table(["speaker", "", "quotes"], rows, numeric={2}, cls="speakers")


def _figures(figures: pl.DataFrame) -> str:
    rows = [[_e(r["text"]), _e(r["value"]), _e(r["unit"]), _e(r["qualifier"]), _e(r["subject"]), _e(r["doc_id"])]
            for r in figures.head(200).iter_rows(named=True)]
    more = f"<p class=meta>First 200 of {figures.height}.</p>" if figures.height > 200 else ""
    return _table(["figure", "value", "unit", "qualifier", "subject", "document"], rows, cls="figures") + more


def _dictionary() -> str:
    out = []
    for table in dictionary.MODELS_ORDER:
        rows = [[f"<code>{_e(f['name'])}</code>", _e(f["type"]),
                 "yes" if f.get("constraints", {}).get("required") else "no", _e(f["description"])]
                for f in dictionary.fields(table)]
        out.append(f"<details><summary>{_e(table)}</summary>{_table(['column', 'type', 'required', 'description'], rows)}"
                   "</details>")
    return "".join(out)


def release_page(version: str, created: str, tables: dict[str, pl.DataFrame], files: list[tuple[str, int, str]],
                 rejects: list) -> str:
    """`files`: (name, bytes, sha256) of every file of the release."""
    ds = dictionary.DATASET
    counts = "".join(f"<div class=count><b>{tables[t].height:,}</b>{_e(t)}</div>" for t in dictionary.MODELS_ORDER)
    docs = tables["documents"]
    doc_rows = [[_e(r["doc_id"]), _e(r["title"]), _e(r["publisher"]), _e(r["published"]), r["n_words"]]
                for r in docs.iter_rows(named=True)]
    dl_rows = [[f"<a href='{_e(n)}' download>{_e(n)}</a>", f"{b:,}", f"<code>{_e(h)}</code>"] for n, b, h in files]
    reject_html = "".join(f"<li><code>{_e(r.path)}</code>: {_e(r.reason)}</li>" for r in rejects)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{_e(ds['title'])} — release {_e(version)}</title><style>{CSS}</style></head>
<body><main>
<h1>{_e(ds['title'])}</h1>
<p class="meta">Release <b id="version">{_e(version)}</b> · built {_e(created)} · licence {_e(ds['licenses'][0]['name'])} ·
<a href="../index.html">all releases</a></p>
<p>{_e(ds['description'])}</p>
<div class="counts">{counts}</div>
<h2>Timeline of events</h2>{timeline_svg(tables['events'])}
<h2>Most-quoted speakers</h2>{_speakers(tables['quotes'])}
<h2>Cited figures</h2>{_figures(tables['figures'])}
<h2>Source documents</h2>{_table(['doc_id', 'title', 'publisher', 'published', 'words'], doc_rows, numeric={4},
                                 cls='documents')}
{f"<h2>Rejected inputs</h2><ul>{reject_html}</ul>" if reject_html else ""}
<h2>Downloads</h2>{_table(['file', 'bytes', 'sha256'], dl_rows, numeric={1}, cls='downloads')}
<p class="meta">Check a download with <code>sha256sum -c SHA256SUMS</code> or
<code>python -m mistrust.verify &lt;release folder&gt;</code>.</p>
<h2>Data dictionary</h2>{_dictionary()}
</main></body></html>
"""


def releases_index(output: Path, latest: str | None) -> str:
    """output/index.html: every release, newest first."""
    rows = []
    for folder in sorted((p for p in output.iterdir() if p.is_dir() and (p / "datapackage.json").exists()),
                         key=lambda p: tuple(int(x) for x in p.name.split(".")), reverse=True):
        pkg = json.loads((folder / "datapackage.json").read_text())
        page = f"{folder.name}/index.html" if (folder / "index.html").exists() else f"{folder.name}/"
        n = {r["name"]: r for r in pkg.get("resources", [])}
        rows.append([f"<a href='{_e(page)}'>{_e(folder.name)}</a>" + (" (latest)" if folder.name == latest else ""),
                     _e(pkg.get("created", "")), *(f"{n[t]['bytes']:,}" if t in n else "" for t in dictionary.MODELS_ORDER)])
    table = _table(["release", "built", *(f"{t}.csv bytes" for t in dictionary.MODELS_ORDER)], rows,
                   numeric=set(range(2, 7)), cls="releases")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(dictionary.DATASET['title'])} — releases</title>
<style>{CSS}</style></head><body><main><h1>{_e(dictionary.DATASET['title'])}</h1>
<p>{_e(dictionary.DATASET['description'])}</p><h2>Releases</h2>{table}</main></body></html>
"""
