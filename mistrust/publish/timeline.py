"""The release page's two charts, drawn as inline SVG at build time: the timeline (one lane per event
type, marks that would overlap merged with their count, the most reported events named) and the bar chart
of mentions per year. The events are a polars lazy frame; only aggregates and the rows of the few named events
are collected, so memory does not grow with the table.
"""
from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from datetime import date

import polars as pl

from schemas.events import EVENT_TYPES

PALETTE = ["#3b6fb6", "#d1495b", "#e09f1f", "#00798c", "#4f9a6c", "#8d6a9f", "#e07a5f", "#2e4057", "#a68a4f",
           "#5c86b0", "#a23b72", "#f18f01", "#3d5a80", "#99582a", "#588157", "#bc4749", "#7f7f7f"]
TYPE_COLOUR = dict(zip(EVENT_TYPES, PALETTE))
LABELS = 8  # events named on the timeline
MAX_MARKS = 400  # above this many distinct marks, the timeline bins by decade instead of by date
PRECISION_RANK = {"day": 0, "month": 1, "year": 2, "decade": 3, "century": 4}


def collect(lf: pl.LazyFrame) -> pl.DataFrame:
    """A query over a table that may not fit in memory: polars' streaming engine."""
    return lf.collect(engine="streaming")


def count(lf: pl.LazyFrame) -> int:
    return collect(lf.select(pl.len())).item()


def esc(v) -> str:
    return "" if v is None else html.escape(str(v))


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


def _important(events: pl.LazyFrame, n: int) -> list[dict]:
    """The dated events reported by the most documents, then mentioned most: where and what to label."""
    dated = events.filter(pl.col("date_start").is_not_null() & pl.col("event_key").is_not_null())
    ranked = collect(dated.group_by("event_key").agg(pl.col("doc_id").n_unique().alias("docs"), pl.len().alias("mentions"))
                     .sort(["docs", "mentions", "event_key"], descending=[True, True, False]).head(n))
    out = []
    for key, docs, mentions in ranked.iter_rows():
        rows = collect(dated.filter(pl.col("event_key") == key).with_columns(
            pl.col("date_precision").replace_strict(PRECISION_RANK, default=9).alias("_rank"))
            .sort(["_rank", "date_start", "event_id"]).head(50)).to_dicts()
        best = rows[0]
        mid = best["date_start"] + (best["date_end"] - best["date_start"]) / 2
        out.append({"key": key, "type": best["event_type"], "at": _year_frac(mid), "docs": docs, "mentions": mentions,
                    "label": _key_label(key, rows)})
    return out


def _marks(dated: pl.LazyFrame) -> tuple[pl.DataFrame, str]:
    """Distinct marks: one per event type and interval, counting the mentions it stands for; binned by decade
    when there would be more than MAX_MARKS."""
    wide = pl.col("date_precision").is_in(["decade", "century"])
    key = pl.col("event_key").drop_nulls().mode().sort().first().alias("key")
    distinct = collect(dated.select(pl.struct("event_type", "date_start", "date_end").n_unique())).item()
    if distinct <= MAX_MARKS:
        exact = collect(dated.with_columns(wide.alias("wide")).group_by("event_type", "date_start", "date_end", "wide").agg(
            pl.len().alias("n"), key, pl.col("date_text").sort_by("event_id").drop_nulls().first().alias("text")))
        return exact, "date"
    decade = (pl.col("date_start").dt.year() // 10 * 10)
    binned = collect(dated.with_columns(decade.alias("d")).group_by("event_type", "d").agg(
        pl.len().alias("n"), key, pl.lit(None, pl.Utf8).alias("text")))
    return binned.select("event_type", pl.date(pl.col("d"), 1, 1).alias("date_start"),
                         pl.date(pl.col("d") + 9, 12, 31).alias("date_end"), pl.lit(False).alias("wide"),
                         "n", "key", "text"), "decade"


def _compact(n: int) -> str:
    """A count that fits in a dot: 771, 1.2k, 35k."""
    return str(n) if n < 1000 else f"{n / 1000:.1f}k" if n < 10_000 else f"{n // 1000}k"


def _radius(n: int) -> float:
    return min(14.0, 6.0 + 2.5 * math.sqrt(n - 1))


@dataclass
class _Frame:
    """Where marks go: one lane per type from the top, years from left to right."""
    types: list[str]
    lo: int
    hi: int
    width: int
    left: int = 190
    right: int = 24
    lane: int = 46
    top: int = 12

    @property
    def height(self) -> int:
        return self.top + self.lane * len(self.types) + 34

    def x(self, years: float) -> float:
        return self.left + (years - self.lo) / (self.hi - self.lo) * (self.width - self.left - self.right)

    def y(self, event_type: str) -> float:
        return self.top + self.types.index(event_type) * self.lane + self.lane / 2 + 5


def timeline_svg(events: pl.LazyFrame, width: int = 1050) -> str:
    """One lane per event type; a dot per date (a bar for decade- and century-wide dates). Dots that would
    overlap merge into one whose number says how many mentions it holds; the most reported events are named."""
    events = events.lazy()
    dated = events.filter(pl.col("date_start").is_not_null())
    per_type = dict(collect(dated.group_by("event_type").len()).iter_rows())
    if not per_type:
        return "<p>No dated events in this release.</p>"
    present = set(per_type)
    types = [t for t in EVENT_TYPES if t in present] + sorted(present - set(EVENT_TYPES))
    first, last = collect(dated.select(pl.col("date_start").min(), pl.col("date_end").max())).row(0)
    f = _Frame(types, min(first.year, 1950) // 10 * 10, (last.year // 10 + 1) * 10, width)
    marks, binning = _marks(dated)
    important = _important(events, LABELS)
    parts = [f"<svg id='timeline' xmlns='http://www.w3.org/2000/svg' width='{width}' height='{f.height}' "
             f"viewBox='0 0 {width} {f.height}' role='img' aria-label='Timeline of dated events, one lane per type'>"]
    parts += _grid(f, per_type)
    for t in types:
        rows = marks.filter(pl.col("event_type") == t).sort("date_start", "date_end")
        parts += _bars(f, t, rows.filter(pl.col("wide")))
        parts += _dots(f, t, rows.filter(~pl.col("wide")), binning)
    labels = _labels(f, important)
    parts += labels + ["</svg>"]
    n_dated = sum(per_type.values())
    return _legend(count(events) - n_dated, n_dated, binning, len(labels), len(important)) + "".join(parts)


def _grid(f: _Frame, per_type: dict[str, int]) -> list[str]:
    parts = []
    step = 10 if f.hi - f.lo <= 150 else 50
    for year in range(f.lo, f.hi + 1, step):
        px = f.x(year)
        parts.append(f"<line x1='{px:.1f}' y1='{f.top}' x2='{px:.1f}' y2='{f.height - 28}' stroke='#e3e6ea'/>"
                     f"<text x='{px:.1f}' y='{f.height - 10}' font-size='12' text-anchor='middle' fill='#5a6472'>{year}</text>")
    for i, t in enumerate(f.types):
        y0 = f.top + i * f.lane
        if i % 2 == 0:
            parts.append(f"<rect x='1' y='{y0}' width='{f.width - 2}' height='{f.lane}' fill='#f6f7f9'/>")
        parts.append(f"<text x='{f.left - 10}' y='{y0 + f.lane / 2 + 4:.1f}' font-size='13' text-anchor='end' "
                     f"fill='#1d2430'>{esc(t.replace('_', ' '))} <tspan fill='#6b7480'>({per_type[t]:,})</tspan></text>")
    return parts


def _bars(f: _Frame, t: str, rows: pl.DataFrame) -> list[str]:
    """Bars for decade- and century-wide dates, one per interval."""
    parts, y, colour = [], f.y(t), TYPE_COLOUR.get(t, "#7f7f7f")
    for r in rows.iter_rows(named=True):
        x0, x1 = f.x(_year_frac(r["date_start"])), f.x(_year_frac(r["date_end"]) + 1 / 366)
        tip = f"{r['n']} {t} mention(s), {r['text'] or r['date_start'].year}" + (f" — e.g. {r['key']}" if r["key"] else "")
        parts.append(f"<rect class='span' x='{x0:.1f}' y='{y - 5:.1f}' width='{max(x1 - x0, 4):.1f}' height='10' "
                     f"rx='3' fill='{colour}' opacity='.45'><title>{esc(tip)}</title></rect>")
        if r["n"] > 1:
            parts.append(f"<text class='count' x='{(x0 + x1) / 2:.1f}' y='{y + 4:.1f}' font-size='11' "
                         f"text-anchor='middle' fill='#1d2430' font-weight='600'>{_compact(r['n'])}</text>")
    return parts


def _dots(f: _Frame, t: str, rows: pl.DataFrame, binning: str) -> list[str]:
    """A dot per date, merged into clusters when closer than they are wide."""
    parts, y, colour = [], f.y(t), TYPE_COLOUR.get(t, "#7f7f7f")
    clusters: list[list[dict]] = []
    for r in rows.iter_rows(named=True):
        mid = r["date_start"] + (r["date_end"] - r["date_start"]) / 2
        r["px"] = f.x(_year_frac(mid)) if binning == "date" else f.x(r["date_start"].year + 5)
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
        parts.append(f"<circle class='event' cx='{px:.1f}' cy='{y:.1f}' r='{_radius(n):.1f}' fill='{colour}' "
                     f"stroke='#fff' stroke-width='1.5' data-n='{n}'><title>{esc(tip)}</title></circle>")
        if n > 1:
            parts.append(f"<text class='count' x='{px:.1f}' y='{y + 4:.1f}' font-size='11' font-weight='700' "
                         f"text-anchor='middle' fill='#fff'>{_compact(n)}</text>")
    return parts


def _labels(f: _Frame, important: list[dict]) -> list[str]:
    """Names of the most reported events, skipping one that would overprint a label already in its lane."""
    parts, boxes = [], {t: [] for t in f.types}
    for ev in important:
        y, px = f.y(ev["type"]), f.x(ev["at"])
        text = ev["label"] + (f" ({ev['docs']} docs)" if ev["docs"] > 1 else "")
        w = 6.4 * len(text)
        anchor, tx = ("start", px + 8) if px + 8 + w < f.width - 4 else ("end", px - 8)
        box = (tx, tx + w) if anchor == "start" else (tx - w, tx)
        if any(b[0] < box[1] + 6 and box[0] < b[1] + 6 for b in boxes[ev["type"]]):
            continue
        boxes[ev["type"]].append(box)
        parts.append(f"<text class='label' x='{tx:.1f}' y='{y - 12:.1f}' font-size='12' text-anchor='{anchor}' "
                     f"fill='#1d2430' stroke='#fff' stroke-width='3' paint-order='stroke'>{esc(text)}</text>")
    return parts


def _legend(undated: int, n_dated: int, binning: str, named: int, n_important: int) -> str:
    dot = ("<svg width='14' height='14'><circle cx='7' cy='7' r='5' fill='#3b6fb6'/></svg>")
    many = ("<svg width='26' height='26'><circle cx='13' cy='13' r='10' fill='#3b6fb6'/><text x='13' y='17' "
            "font-size='11' font-weight='700' text-anchor='middle' fill='#fff'>4</text></svg>")
    bar = "<svg width='30' height='12'><rect x='1' y='1' width='28' height='10' rx='3' fill='#3b6fb6' opacity='.45'/></svg>"
    return (f"<p class=key>{dot} one mention of an event · {many} mentions too close to draw apart, with their number "
            f"· {bar} an event dated only to a decade or century. "
            + (f"Marks are grouped by decade ({n_dated:,} dated mentions). " if binning == "decade" else "")
            + (f"Named: {'the' if named == n_important else f'{named} of the'} {n_important} events reported "
               "by the most documents (then mentioned most). " if named else "")
            + f"{undated:,} mention{'s' if undated != 1 else ''} without a date {'are' if undated != 1 else 'is'} not drawn; "
            "the number after each type counts its dated mentions.</p>")


def years_svg(events: pl.LazyFrame, width: int = 1050) -> str:
    """Mentions per year (events dated to a day, month or year), as bars."""
    dated = events.lazy().filter(pl.col("date_start").is_not_null()
                                 & ~pl.col("date_precision").is_in(["decade", "century"]).fill_null(False))
    counts = collect(dated.group_by(pl.col("date_start").dt.year().alias("y")).len()).sort("y")
    if counts.is_empty():
        return ""
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


