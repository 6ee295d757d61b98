"""Property tests: every extractor on arbitrary text never crashes and every span reproduces its row."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistrust.extract.dates import document_dates
from mistrust.extract.document import Document
from mistrust.extract.events import extract_events
from mistrust.extract.figures import extract_figures
from mistrust.extract.quotes import extract_quotes
from mistrust.extract.text import normalise

# Newsy fragments mixed with arbitrary characters reach the interesting branches more often than noise alone.
FRAGMENTS = ["“", "”", "‘", "’", '"', "'", " said ", ", he said. ", "Khamenei", "the Leader", " Trump ", "Iran",
             "according to ", ": ", "\n", ". ", "more than ", "forty", "percent", "%", "$", "1.5 billion", "1953",
             "August 19", " of that year", "28 Mordad 1332", "the 1980s", "coup", "withdrawal", "signed", "in 2018",
             "dozens of times", "-", "–", "Farvardin [March 2009]", "on Monday", "so-called ", "U.S.", " 12 ", "one"]
TEXT = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40).map("".join)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 1, 1)))
SETTINGS = settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def normal(text: str) -> str:
    return normalise(text.encode("utf-8", "surrogatepass").decode("utf-8", "replace").encode("utf-8"))


@SETTINGS
@given(TEXT, PUBLISHED)
def test_quotes(raw, published):
    text = normal(raw)
    quotes = extract_quotes(Document("p", text, published))
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start:q.end] == q.text and q.text.strip()
        assert q.kind in ("direct", "partial", "term")
        assert q.parent is None or 0 <= q.parent < len(quotes)
        assert q.said_start is None or q.said_start <= q.said_end


@SETTINGS
@given(TEXT, PUBLISHED)
def test_figures(raw, published):
    text = normal(raw)
    doc = Document("p", text, published)
    for f in extract_figures(text, doc.dates, {s.start for s in doc.sentences}):
        assert 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text
        assert f.unit and f.kind in ("percent", "count", "duration", "money", "measure")
        assert f.value_max is None or f.value is None or f.value_max > f.value


@SETTINGS
@given(TEXT, PUBLISHED)
def test_events(raw, published):
    text = normal(raw)
    for e in extract_events(Document("p", text, published)):
        assert 0 <= e.start <= e.trigger_start < e.end <= len(text) and text[e.start:e.end] == e.description
        assert e.date_start is None or e.date_start <= e.date_end
        assert e.event_key


@SETTINGS
@given(TEXT, PUBLISHED)
def test_dates(raw, published):
    text = normal(raw)
    for d in document_dates(text, published):
        assert 0 <= d.start < d.end <= len(text) and text[d.start:d.end] == d.text
        assert (d.date_start is None) == (d.precision is None)
        assert d.date_start is None or d.date_start <= d.date_end
