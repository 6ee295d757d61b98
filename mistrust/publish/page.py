"""The release page: a self-contained index.html per release (no network, no scripts), drawn at build time,
and the page at output/index.html that lists every release.

The page summarises, it does not list: a timeline with one lane per event type whose marks merge events
that would overlap (with their count), a bar chart of mentions per year, top-N tables of speakers and
figures, and the first documents. Its size is bounded whatever the size of the corpus (MAX_PAGE_BYTES,
checked in tests/test_consumers.py).
"""
from __future__ import annotations

import html
import json
import math
import re
from datetime import date
from pathlib import Path

import polars as pl
import pyarrow.parquet as pq

from schemas.events import EVENT_TYPES
from . import dictionary

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
PALETTE = ["#3b6fb6", "#d1495b", "#e09f1f", "#00798c", "#4f9a6c", "#8d6a9f", "#e07a5f", "#2e4057", "#a68a4f",
           "#5c86b0", "#a23b72", "#f18f01", "#3d5a80", "#99582a", "#588157", "#bc4749", "#7f7f7f"]
TYPE_COLOUR = dict(zip(EVENT_TYPES, PALETTE))

TOP_SPEAKERS = 10  # rows per "most quoted" table
TOP_FIGURES = 15
TOP_DOCUMENTS = 100
TOP_REJECTS = 50
LABELS = 8  # events named on the timeline
MAX_MARKS = 400  # above this many distinct marks, the timeline bins by decade instead of by date
MAX_PAGE_BYTES = 400_000  # the bound tests/test_consumers.py checks on a 40,000-document corpus
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3, "century": 4}


def _e(v) -> str:
    return "" if v is None else html.escape(str(v))


def _inline(text: str) -> str:
    """Escaped text with `code` spans rendered as <code>, as the dataset description is written."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", _e(text))


def _table(headers: list[str], rows: list[list], numeric: set[int] = frozenset(), cls: str = "") -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td class=num>{c}</td>" if i in numeric else f"<td>{c}</td>"
                                    for i, c in enumerate(r)) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _year_frac(d: date) -> float:
    return d.year + (d.timetuple().tm_yday - 1) / 366


def _cased(word: str, rows: list[dict]) -> str:
    """A word of an event_key as the texts write it (`jcpoa` → `JCPOA`, `united` → `United`)."""
    for r in rows:
        m = re.search(rf"\b{re.escape(word)}\b", r.get("description") or "", re.I)
        if m:
            return m.group()
    return word


def _key_label(key: str, rows: list[dict]) -> str:
    """A short readable name for an event_key: `coup 1953: Mohammad Mosaddegh`."""
    parts = key.split("-")
    etype = parts[0].replace("_", " ")
    rest = parts[1:]
    year = None
    if rest and rest[0] == "undated":
        rest = rest[1:]
    elif rest and re.fullmatch(r"\d{4}", rest[0]):
        year = rest[0]
        rest = rest[1:]
        while rest and re.fullmatch(r"\d{2}", rest[0]):
            rest = rest[1:]
    names = [r.get("actor_target") or r.get("actor_source") for r in rows]
    names = [n for n in names if n]
    tail = "-".join(rest)
    what = None
    for n in names:
        if re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-") == tail:
            what = n
    if what is None and tail and not tail.startswith("unknown"):
        what = " ".join(_cased(w, rows) for w in tail.split("-"))
    if what is None and names:
        what = max(set(names), key=lambda n: (names.count(n), n))
    label = f"{etype} {year}" if year else etype
    return f"{label}: {what}" if what else label


def _important(events: pl.DataFrame, n: int) -> list[dict]:
    """The dated events reported by the most documents, then mentioned most: where and what to label."""
    dated = events.filter(pl.col("date_start").is_not_null() & pl.col("event_key").is_not_null())
    if dated.is_empty():
        return []
    ranked = dated.group_by("event_key").agg(pl.col("doc_id").n_unique().alias("docs"), pl.len().alias("mentions")) \
        .sort(["docs", "mentions", "event_key"], descending=[True, True, False]).head(n)
    out = []
    for key, docs, mentions in ranked.iter_rows():
        rows = dated.filter(pl.col("event_key") == key).with_columns(
            pl.col("date_precision").replace_strict(PRECISION_RANK, default=9).alias("_rank")) \
            .sort(["_rank", "date_start", "event_id"]).head(50).to_dicts()
        best = rows[0]
        mid = best["date_start"] + (best["date_end"] - best["date_start"]) / 2
        out.append({"key": key, "type": best["event_type"], "at": _year_frac(mid), "docs": docs, "mentions": mentions,
                    "label": _key_label(key, rows)})
    return out


def _marks(dated: pl.DataFrame) -> tuple[pl.DataFrame, str]:
    """Distinct marks: one per event type and interval, counting the mentions it stands for; binned by decade
    when there would be more than MAX_MARKS."""
    wide = pl.col("date_precision").is_in(["decade", "century"])
    distinct = dated.select(pl.struct("event_type", "date_start", "date_end").n_unique()).item()
    if distinct <= MAX_MARKS:
        exact = dated.with_columns(wide.alias("wide")).group_by("event_type", "date_start", "date_end", "wide").agg(
            pl.len().alias("n"), pl.col("event_key").drop_nulls().mode().first().alias("key"),
            pl.col("date_text").drop_nulls().first().alias("text"))
        return exact, "date"
    decade = (pl.col("date_start").dt.year() // 10 * 10)
    binned = dated.with_columns(decade.alias("d")).group_by("event_type", "d").agg(
        pl.len().alias("n"), pl.col("event_key").drop_nulls().mode().first().alias("key"),
        pl.lit(None, pl.Utf8).alias("text"))
    return binned.select("event_type", pl.date(pl.col("d"), 1, 1).alias("date_start"),
                         pl.date(pl.col("d") + 9, 12, 31).alias("date_end"), pl.lit(False).alias("wide"),
                         "n", "key", "text"), "decade"


def _compact(n: int) -> str:
    """A count that fits in a dot: 771, 1.2k, 35k."""
    return str(n) if n < 1000 else f"{n / 1000:.1f}k" if n < 10_000 else f"{n // 1000}k"


def _radius(n: int) -> float:
    return min(14.0, 6.0 + 2.5 * math.sqrt(n - 1))


def timeline_svg(events: pl.DataFrame, width: int = 1050) -> str:
    """One lane per event type; a dot per date (a bar for decade- and century-wide dates). Dots that would
    overlap merge into one whose number says how many mentions it holds; the most reported events are named."""
    dated = events.filter(pl.col("date_start").is_not_null())
    if dated.is_empty():
        return "<p>No dated events in this release.</p>"
    present = set(dated["event_type"].unique().to_list())
    types = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    per_type = dict(dated.group_by("event_type").len().iter_rows())
    lo = min(dated["date_start"].min().year, 1950) // 10 * 10
    hi = (dated["date_end"].max().year // 10 + 1) * 10
    left, right, lane, top = 190, 24, 46, 12
    height = top + lane * len(types) + 34
    span = width - left - right

    def x(years: float) -> float:
        return left + (years - lo) / (hi - lo) * span

    marks, binning = _marks(dated)
    important = _important(events, LABELS)
    parts = [f"<svg id='timeline' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
             f"viewBox='0 0 {width} {height}' role='img' aria-label='Timeline of dated events, one lane per type'>"]
    step = 10 if hi - lo <= 150 else 50
    for year in range(lo, hi + 1, step):
        px = x(year)
        parts.append(f"<line x1='{px:.1f}' y1='{top}' x2='{px:.1f}' y2='{height - 28}' stroke='#e3e6ea'/>"
                     f"<text x='{px:.1f}' y='{height - 10}' font-size='12' text-anchor='middle' fill='#5a6472'>{year}</text>")
    for i, t in enumerate(types):
        y0 = top + i * lane
        if i % 2 == 0:
            parts.append(f"<rect x='1' y='{y0}' width='{width - 2}' height='{lane}' fill='#f6f7f9'/>")
        parts.append(f"<text x='{left - 10}' y='{y0 + lane / 2 + 4:.1f}' font-size='13' text-anchor='end' "
                     f"fill='#1d2430'>{_e(t.replace('_', ' '))} <tspan fill='#6b7480'>({per_type[t]:,})</tspan></text>")
    label_boxes: dict[str, list[tuple[float, float]]] = {}
    for i, t in enumerate(types):
        y = top + i * lane + lane / 2 + 5
        colour = TYPE_COLOUR.get(t, "#7f7f7f")
        rows = marks.filter(pl.col("event_type") == t).sort("date_start", "date_end")
        # bars for wide dates, merged when they cover the same interval
        for r in rows.filter(pl.col("wide")).iter_rows(named=True):
            x0, x1 = x(_year_frac(r["date_start"])), x(_year_frac(r["date_end"]) + 1 / 366)
            tip = f"{r['n']} {t} mention(s), {r['text'] or r['date_start'].year}" + (f" — e.g. {r['key']}" if r["key"] else "")
            parts.append(f"<rect class='span' x='{x0:.1f}' y='{y - 5:.1f}' width='{max(x1 - x0, 4):.1f}' height='10' "
                         f"rx='3' fill='{colour}' opacity='.45'><title>{_e(tip)}</title></rect>")
            if r["n"] > 1:
                parts.append(f"<text class='count' x='{(x0 + x1) / 2:.1f}' y='{y + 4:.1f}' font-size='11' "
                             f"text-anchor='middle' fill='#1d2430' font-weight='600'>{_compact(r['n'])}</text>")
        # dots, merged into clusters when closer than they are wide
        clusters: list[list[dict]] = []
        for r in rows.filter(~pl.col("wide")).iter_rows(named=True):
            mid = r["date_start"] + (r["date_end"] - r["date_start"]) / 2
            r["px"] = x(_year_frac(mid)) if binning == "date" else x(r["date_start"].year + 5)
            if clusters and r["px"] - clusters[-1][0]["px"] < 14:
                clusters[-1].append(r)
            else:
                clusters.append([r])
        for c in clusters:
            n = sum(r["n"] for r in c)
            px = sum(r["px"] * r["n"] for r in c) / n
            years = sorted({r["date_start"].year for r in c})
            when = f"{years[0]}" if len(years) == 1 else f"{years[0]}–{years[-1]}"
            keys = [r["key"] for r in sorted(c, key=lambda r: -r["n"]) if r["key"]][:3]
            tip = f"{n} {t} mention{'s' if n > 1 else ''}, {when}" + (f": {', '.join(keys)}" if keys else "")
            rad = _radius(n)
            parts.append(f"<circle class='event' cx='{px:.1f}' cy='{y:.1f}' r='{rad:.1f}' fill='{colour}' "
                         f"stroke='#fff' stroke-width='1.5' data-n='{n}'><title>{_e(tip)}</title></circle>")
            if n > 1:
                parts.append(f"<text class='count' x='{px:.1f}' y='{y + 4:.1f}' font-size='11' font-weight='700' "
                             f"text-anchor='middle' fill='#fff'>{_compact(n)}</text>")
        label_boxes[t] = []
    named = 0
    for ev in important:
        i = types.index(ev["type"])
        y = top + i * lane + lane / 2 + 5
        px = x(ev["at"])
        text = ev["label"] + (f" ({ev['docs']} docs)" if ev["docs"] > 1 else "")
        w = 6.4 * len(text)
        anchor, tx = ("start", px + 8) if px + 8 + w < width - 4 else ("end", px - 8)
        box = (tx, tx + w) if anchor == "start" else (tx - w, tx)
        if any(b[0] < box[1] + 6 and box[0] < b[1] + 6 for b in label_boxes[ev["type"]]):
            continue  # would overprint a label already in this lane
        label_boxes[ev["type"]].append(box)
        named += 1
        parts.append(f"<text class='label' x='{tx:.1f}' y='{y - 12:.1f}' font-size='12' text-anchor='{anchor}' "
                     f"fill='#1d2430' stroke='#fff' stroke-width='3' paint-order='stroke'>{_e(text)}</text>")
    parts.append("</svg>")
    undated = events.height - dated.height
    dot = ("<svg width='14' height='14'><circle cx='7' cy='7' r='5' fill='#3b6fb6'/></svg>")
    many = ("<svg width='26' height='26'><circle cx='13' cy='13' r='10' fill='#3b6fb6'/><text x='13' y='17' "
            "font-size='11' font-weight='700' text-anchor='middle' fill='#fff'>4</text></svg>")
    bar = "<svg width='30' height='12'><rect x='1' y='1' width='28' height='10' rx='3' fill='#3b6fb6' opacity='.45'/></svg>"
    key = (f"<p class=key>{dot} one mention of an event · {many} mentions too close to draw apart, with their number "
           f"· {bar} an event dated only to a decade or century. "
           + (f"Marks are grouped by decade ({dated.height:,} dated mentions). " if binning == "decade" else "")
           + (f"Named: {'the' if named == len(important) else f'{named} of the'} {len(important)} events reported "
              "by the most documents (then mentioned most). " if named else "")
           + f"{undated:,} mention{'s' if undated != 1 else ''} without a date {'are' if undated != 1 else 'is'} not drawn; "
           "the number after each type counts its dated mentions.</p>")
    return key + "".join(parts)


def years_svg(events: pl.DataFrame, width: int = 1050) -> str:
    """Mentions per year (events dated to a day, month or year), as bars."""
    dated = events.filter(pl.col("date_start").is_not_null()
                          & ~pl.col("date_precision").is_in(["decade", "century"]).fill_null(False))
    if dated.is_empty():
        return ""
    counts = dated.group_by(pl.col("date_start").dt.year().alias("y")).len().sort("y")
    lo = min(counts["y"].min(), 1950) // 10 * 10
    hi = (counts["y"].max() // 10 + 1) * 10
    left, right, top, h = 190, 24, 20, 110
    height = top + h + 34
    most = counts["len"].max()
    bw = (width - left - right) / (hi - lo)

    def x(year: float) -> float:
        return left + (year - lo) * bw
    parts = [f"<svg id='per-year' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
             f"viewBox='0 0 {width} {height}' role='img' aria-label='Dated event mentions per year'>"]
    step = 10 if hi - lo <= 150 else 50
    for year in range(lo, hi + 1, step):
        parts.append(f"<line x1='{x(year):.1f}' y1='{top}' x2='{x(year):.1f}' y2='{top + h}' stroke='#e3e6ea'/>"
                     f"<text x='{x(year):.1f}' y='{height - 10}' font-size='12' text-anchor='middle' fill='#5a6472'>{year}</text>")
    parts.append(f"<line x1='{left}' y1='{top + h}' x2='{width - right}' y2='{top + h}' stroke='#8a939e'/>"
                 f"<text x='{left - 10}' y='{top + 4}' font-size='12' text-anchor='end' fill='#5a6472'>{most:,}</text>"
                 f"<text x='{left - 10}' y='{top + h}' font-size='12' text-anchor='end' fill='#5a6472'>0</text>"
                 f"<text x='{left - 10}' y='{top + h / 2 + 4}' font-size='13' text-anchor='end' fill='#1d2430'>mentions per year</text>")
    few = counts.height <= 40
    for year, n in counts.iter_rows():
        bh = max(2.0, h * n / most)
        parts.append(f"<rect class='year' x='{x(year) + 0.5:.1f}' y='{top + h - bh:.1f}' width='{max(bw - 1, 2):.1f}' "
                     f"height='{bh:.1f}' fill='#3b6fb6'><title>{year}: {n:,} mention{'s' if n > 1 else ''}</title></rect>")
        if few:
            parts.append(f"<text x='{x(year) + bw / 2:.1f}' y='{top + h - bh - 4:.1f}' font-size='11' "
                         f"text-anchor='middle' fill='#1d2430'>{n}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _quoted(quotes: pl.DataFrame, actors: pl.DataFrame) -> str:
    """Most-quoted people, and most-quoted institutions, countries and documents, from actors.actor_type."""
    top = quotes.filter(pl.col("speaker").is_not_null()).group_by("speaker").len()
    if top.is_empty():
        return "<p>No attributed quotes.</p>"
    kinds = actors.select(pl.col("name").alias("speaker"), "actor_type")
    top = top.join(kinds, on="speaker", how="left").with_columns(pl.col("actor_type").fill_null("other"))
    most = top["len"].max()
    out = []
    for title, cls, sel in (("People", "speakers", pl.col("actor_type") == "person"),
                            ("Institutions, countries and documents", "sources", pl.col("actor_type") != "person")):
        part = top.filter(sel).sort(["len", "speaker"], descending=[True, False])
        rows = [[_e(s), _e(k), f"<div class=bar style='width:{160 * n / most:.0f}px'></div>", f"{n:,}"]
                for s, n, k in part.head(TOP_SPEAKERS).select("speaker", "len", "actor_type").iter_rows()]
        more = (f"<p class=meta>Top {TOP_SPEAKERS} of {part.height:,}.</p>" if part.height > TOP_SPEAKERS else "")
        body = _table(["speaker", "type", "", "quotes"], rows, numeric={3}, cls=cls) + more if rows else "<p class=meta>None.</p>"
        out.append(f"<div><h3>{title}</h3>{body}</div>")
    return "<div class=two>" + "".join(out) + "</div>"


KIND_WEIGHT = {"percent": 2.0, "money": 2.0, "measure": 1.5, "duration": 1.0, "count": 0.0}


def figure_scores(figures: pl.DataFrame) -> pl.DataFrame:
    """figures with `score`: a subject that says more than the unit counts most, then what the kind measures
    (a share or a sum of money before a span of time, a bare count last), then the size of the value."""
    kind_weight = pl.col("kind").replace_strict(KIND_WEIGHT, default=0.0, return_dtype=pl.Float64)
    subject = pl.col("subject").fill_null("").str.to_lowercase()
    informative = (subject != "") & ~subject.str.contains(
        pl.col("unit").fill_null("").str.to_lowercase().str.replace(r"y$", ""), literal=True)  # party: parties
    return figures.with_columns((
        informative.cast(pl.Float64) * 4
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


def _figures(figures: pl.DataFrame) -> str:
    if figures.is_empty():
        return "<p>No figures.</p>"
    scored = figure_scores(figures)
    trivial = pl.col("subject").is_null() & (pl.col("kind") == "count") & (pl.col("value").fill_null(0) < 10)
    shown = scored.filter(~trivial).sort(["score", "figure_id"], descending=[True, False]).head(TOP_FIGURES)
    rows = []
    for r in shown.iter_rows(named=True):
        subject = _e(r["subject"]) if r["subject"] else "<span class=muted>(no subject in the text)</span>"
        value = _fmt_value(r["value"], r["unit"]) + (f"–{_fmt_value(r['value_max'], r['unit'])}" if r["value_max"] else "")
        rows.append([f"<b>{_e(r['text'])}</b>", subject, value, _e(r["unit"]), _e(r["qualifier"]), _e(r["doc_id"])])
    n_trivial = scored.filter(trivial).height
    note = (f"<p class=meta>The {len(rows)} most informative of {figures.height:,} figures: those whose subject says more than "
            f"the unit, shares and sums of money, and large values first."
            + (f" {n_trivial:,} small counts without a subject (such as “two parties”) are left out here"
               f" and are in <code>figures.csv</code>." if n_trivial else "") + "</p>")
    return note + _table(["figure", "of (subject)", "value", "unit", "qualifier", "document"], rows, cls="figures")


def _documents(docs: pl.DataFrame) -> str:
    shown = docs.sort(["published", "doc_id"], descending=[True, False], nulls_last=True).head(TOP_DOCUMENTS)
    rows = [[f"<code>{_e(r['doc_id'])}</code>",
             _e(r["title"]) if r["title"] else f"<span class=muted>{_e(r['doc_id'])} (no title)</span>",
             _e(r["publisher"]), _e(r["published"]), f"{r['n_words']:,}"] for r in shown.iter_rows(named=True)]
    more = (f"<p class=meta>The {TOP_DOCUMENTS} most recent of {docs.height:,} documents; all are in "
            "<code>documents.csv</code>.</p>" if docs.height > TOP_DOCUMENTS else "")
    per_pub = ""
    if docs.height > TOP_DOCUMENTS:
        pubs = docs.group_by(pl.col("publisher").fill_null("(unknown)")).len().sort(["len", "publisher"],
                                                                                      descending=[True, False]).head(10)
        per_pub = "<h3>Publishers</h3>" + _table(["publisher", "documents"], [[_e(p), f"{n:,}"] for p, n in pubs.iter_rows()],
                                                  numeric={1}, cls="publishers")
    return per_pub + _table(["doc_id", "title", "publisher", "published", "words"], rows, numeric={4},
                            cls="documents") + more


def _dictionary() -> str:
    out = []
    for table in dictionary.MODELS_ORDER:
        rows = [[f"<code>{_e(f['name'])}</code>", _inline(dictionary.type_label(table, f["name"])),
                 "yes" if f.get("constraints", {}).get("required") else "no", _inline(f["description"])]
                for f in dictionary.fields(table)]
        out.append(f"<details><summary>{_e(table)}</summary>{_table(['column', 'type', 'required', 'description'], rows)}"
                   "</details>")
    return "".join(out)


def release_page(version: str, created: str, tables: dict[str, pl.DataFrame], files: list[tuple[str, int, str]],
                 rejects: list) -> str:
    """`files`: (name, bytes, sha256) of every file of the release."""
    ds = dictionary.DATASET
    counts = "".join(f"<div class=count><b>{tables[t].height:,}</b>{_e(t)}</div>" for t in dictionary.MODELS_ORDER)
    dl_rows = [[f"<a href='{_e(n)}' download>{_e(n)}</a>", f"{b:,}", f"<code>{_e(h)}</code>"] for n, b, h in files]
    reject_html = "".join(f"<li><code>{_e(r.path)}</code>: {_e(r.reason)}</li>" for r in rejects[:TOP_REJECTS])
    if len(rejects) > TOP_REJECTS:
        reject_html += f"<li>… and {len(rejects) - TOP_REJECTS:,} more, listed in <code>CHANGELOG.md</code></li>"
    events = tables["events"]
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{_e(ds['title'])} — release {_e(version)}</title><style>{CSS}</style></head>
<body><main>
<h1>{_e(ds['title'])}</h1>
<p class="meta">Release <b id="version">{_e(version)}</b> · built {_e(created)} · licence {_e(ds['licenses'][0]['name'])} ·
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
        rows.append([f"<a href='{_e(page)}'>{_e(folder.name)}</a>" + (" (latest)" if folder.name == latest else ""),
                     _e(pkg.get("created", "")), *cells])
    table = _table(["release", "built", *(f"{t} rows" for t in dictionary.MODELS_ORDER)], rows,
                   numeric=set(range(2, 2 + len(dictionary.MODELS_ORDER))), cls="releases")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{_e(dictionary.DATASET['title'])} — releases</title>
<style>{CSS}</style></head><body><main><h1>{_e(dictionary.DATASET['title'])}</h1>
<p>{_inline(dictionary.DATASET['description'])}</p><h2>Releases</h2>{table}</main></body></html>
"""

