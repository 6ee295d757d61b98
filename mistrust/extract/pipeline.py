"""Per-document extraction: a Source in, plain rows for every table out. No Prefect here."""
from __future__ import annotations

from collections import Counter

from ..types import META_KEYS, ActorInfo, DocResult, Reject, Source
from .actors import actor_info
from .document import Document
from .events import extract_events
from .figures import extract_figures
from .quotes import extract_quotes
from .text import count_words, first_line_title


def _id(doc_id: str, tag: str, *offsets: int) -> str:
    return f"{doc_id}:{tag}:" + ":".join(f"{o:08d}" for o in offsets)


def document_row(src: Source, n_words: int | None = None) -> dict:
    """The documents row; `n_words` may come from a cached extraction of the same text."""
    meta = src.meta
    return {
        "doc_id": src.doc_id,
        "title": meta.get("title") or first_line_title(src.text),
        **{k: meta.get(k) for k in META_KEYS if k not in ("title", "published")},
        "published": src.published,
        "sha256": src.sha256,
        "n_chars": len(src.text),
        "n_words": count_words(src.text) if n_words is None else n_words,
    }


def extract(src: Source) -> DocResult:
    doc = Document(src.doc_id, src.text, src.published)
    res = DocResult(src.doc_id, document_row(src))
    res.warnings = [f"{src.doc_id}: {w}" for w in doc.quote_warnings]

    quotes = extract_quotes(doc)
    qids = [_id(src.doc_id, "q", q.start) for q in quotes]
    for q, qid in zip(quotes, qids):
        res.quotes.append({
            "quote_id": qid, "doc_id": src.doc_id, "text": q.text, "char_start": q.start, "char_end": q.end,
            "kind": q.kind, "speaker": q.speaker, "speaker_mention": q.speaker_mention, "cue": q.cue,
            "said_start": q.said_start, "said_end": q.said_end, "said_precision": q.said_precision,
            "parent_quote_id": qids[q.parent] if q.parent is not None else None,
        })

    sentence_starts = {s.start for s in doc.sentences}
    for f in extract_figures(doc.view, doc.dates, sentence_starts):
        res.figures.append({
            "figure_id": _id(src.doc_id, "f", f.start), "doc_id": src.doc_id, "text": src.text[f.start:f.end],
            "char_start": f.start, "char_end": f.end, "value": f.value, "value_max": f.value_max, "unit": f.unit,
            "kind": f.kind, "qualifier": f.qualifier, "approximate": f.approximate, "subject": f.subject,
        })

    for e in extract_events(doc):
        res.events.append({
            "event_id": _id(src.doc_id, "e", e.start, e.trigger_start), "doc_id": src.doc_id,
            "event_type": e.event_type, "trigger": e.trigger, "trigger_start": e.trigger_start,
            "description": e.description, "char_start": e.start, "char_end": e.end,
            "actor_source": e.actor_source, "actor_target": e.actor_target, "location": e.location,
            "date_start": e.date_start, "date_end": e.date_end, "date_precision": e.date_precision,
            "date_text": e.date_text, "event_key": e.event_key,
        })

    # counted in one pass; names and surfaces keep the order they are first met in
    for (name, surface), n in Counter((r.name, r.surface) for r in doc.refs if r.name and not r.pronoun).items():
        res.mentions.setdefault(name, Counter())[surface] = n
    # Speakers and actors named only through pronouns or titles still belong in the actors table.
    for row in res.quotes:
        if row["speaker"] and row["speaker"] not in res.mentions:
            res.mentions[row["speaker"]] = Counter({row["speaker_mention"] or row["speaker"]: 1})
    for row in res.events:
        for k in ("actor_source", "actor_target"):
            if row[k] and row[k] not in res.mentions:
                res.mentions[row[k]] = Counter({row[k]: 1})
    res.actors = {name: ActorInfo("country") if name in doc.countries else ActorInfo("organization")
                  if name in doc.organizations else actor_info(name) for name in res.mentions}
    return res


__all__ = ["DocResult", "extract"]


def extract_all(sources: list[Source], extractor=None) -> tuple[list[DocResult], list[Reject]]:
    """Extract every document; one that makes an extractor fail is rejected, the others go on.

    `extractor` (default `extract`) may add a time budget and a cache."""
    done, failed = [], []
    for src in sources:
        try:
            done.append(extractor(src) if extractor else extract(src))
        except Exception as e:  # noqa: BLE001 - a bug or a slow text in one document must not cost the others
            failed.append(Reject(f"{src.doc_id}.txt", f"extraction failed ({type(e).__name__}: {str(e)[:160]})"))
    return done, failed
