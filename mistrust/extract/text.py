"""Text normalisation (SPEC §1) and the sentence / paragraph spans extraction works on."""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass


def normalise(raw: bytes) -> str:
    """Decode UTF-8, strip a BOM, unify newlines, NFC. Raises UnicodeDecodeError."""
    text = raw.decode("utf-8")
    if text.startswith("\ufeff"):
        text = text[1:]
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# A wire dateline opening a line or a sentence: "TOKYO, June 23 (Kyodo) --", "TEHRAN (Tasnim) –", "ISLAMABAD:"
DATELINE_HEAD = re.compile(r"(?P<place>[A-Z]{3,}(?:[ ./’'-]+[A-Z]{2,})*)(?:,[\w .’'-]{1,40}?)?(?:\s*\([^()\n]{1,40}\))?"
                           r"(?:\s+[—–-]+\s+|:\s)")
_LOOKS_HTML = re.compile(r"<(?:html|body|head|p|div|span|br|script|style|a|b|i|em|strong|ul|li|h[1-6])\b[^>]*>", re.I)
_MARKUP = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^<>\n]{1,500}>|&#?\w{1,10};",
                     re.I | re.S)


def blank(s: str) -> str:
    """`s` with every character but newlines made a space (string methods: a regex sub per character is slow)."""
    return "\n".join(" " * len(line) for line in s.split("\n")) if "\n" in s else " " * len(s)


def blank_markup(text: str) -> str:
    """HTML tags, script/style bodies and entities replaced by spaces, so extractors read the words while
    every offset still points into the original text. Plain text is returned unchanged."""
    if not _LOOKS_HTML.search(text):
        return text
    return _MARKUP.sub(lambda m: blank(m.group()), text)


def blank_notes(text: str, note: re.Pattern) -> str:
    """Lines that `note` matches (editors' notes: "(Adds comment in paragraphs 5-7)") blanked."""
    if "\n(" not in text and not text.startswith("("):
        return text
    return note.sub(lambda m: blank(m.group()), text)


# Hard-wrapped text (PDF extractions, captions, OCR) breaks lines inside sentences. A break is soft when the next line
# goes on in lower case, or the line before ends on a comma, semicolon or a word's hyphen, or, in a block of such
# lines, the line before runs near the block's width and the next line opens on a word or quote, not a list mark.
_SOFT_MIN = 3  # lower-case continuations a text needs before any break in it is read as soft
_WIDE = 0.6  # a line at least this share of its block's longest line ran to the wrap width
_LOWER_NEXT = re.compile(r"\n[ \t]*[a-z]")
_WORD_NEXT = re.compile(r"[ \t]*[\"“‘(]?[A-Za-z0-9]")
_LIST_MARK = re.compile(r"[ \t]*(?:[-–—•*]\s|\d{1,3}[.)]\s|[A-Z][\w’' -]{0,40}:\s)")


def _continues(a: str, b: str) -> bool:
    """The line after `a` goes on with its sentence: it opens in lower case, or `a` ends on , ; or a word's hyphen."""
    return b.lstrip()[:1].islower() or a[-1] in ",;" or (a[-1] == "-" and a[-2:-1].isalpha())


def _unwrap_block(lines: list[str]) -> str:
    ends = [line.rstrip() for line in lines]  # for the tests only: the output keeps every character's offset
    width = max(map(len, ends))
    cont = [bool(a and b.strip()) and _continues(a, b) for a, b in zip(ends, lines[1:])]
    wrapped = any(cont)  # only a block that shows continuations has its full lines read as wrapped

    def full(a: str, b: str) -> bool:
        return (wrapped and (a[-1:].islower() or a[-1:].isdigit()) and len(a) >= _WIDE * width
                and _WORD_NEXT.match(b) is not None and _LIST_MARK.match(b) is None)
    soft = [c or full(a, b) for c, a, b in zip(cont, ends, lines[1:])]
    return "".join(line + (" " if s else "\n") for line, s in zip(lines, soft)) + lines[-1]


def unwrap(text: str) -> str:
    """`text` with the soft line breaks of hard-wrapped blocks made spaces (same length), so that a paragraph is
    one line again; texts with one paragraph per line come back unchanged."""
    if len(_LOWER_NEXT.findall(text)) < _SOFT_MIN:
        return text
    return "\n\n".join(_unwrap_block(b.split("\n")) if "\n" in b else b for b in text.split("\n\n"))


WORD_RE = re.compile(r"\w++(?:[’'\-]\w++)*+")  # possessive: no backtracking, the same words


def count_words(text: str) -> int:
    return WORD_RE.subn("", text)[1]  # counts without making a string per word


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def paragraphs(text: str) -> list[Span]:
    """Non-blank lines: news texts put one paragraph per line."""
    out, pos = [], 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            out.append(Span(pos + lead, pos + lead + len(stripped)))
        pos += len(line) + 1
    return out


# Tokens ending in a period that do not end a sentence.
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen",
    "rep", "st", "jr", "sr", "no", "vol", "art", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "etc", "vs", "u.s", "u.k", "u.n",
    "inc", "co", "corp", "ltd", "approx", "est", "fig", "pres", "amb", "adm", "rev", "brig", "cmdr",
}
_LAST_TOKEN = re.compile(r"(?<![\w.])([\w.]+)\.$")  # tried at token starts only: inside, the same token
# `[.!?…][.!?…]*`, not `[.!?…]+`: a pattern opening with a character class lets `re` skip to the next candidate fast
# a footnote marker after the stop belongs to the sentence it closes: "… in 2015.[12] The deal …"
# so does a printed note number after a word's stop ("… removed Mosaddegh.3 The …", "… “at its core.”8 Within …")
_BOUNDARY = re.compile(r"[.!?…][.!?…]*[\"”’')\]]*(?:\[\d{1,3}\][\"”’')]*|(?:(?<=[a-z][.!?])|(?<=[a-z][.!?][\"”’']))\d{1,3})?"
                       r"(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_INITIAL = re.compile(r"[a-z]")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")


MAX_SENTENCE = 2000  # characters: a longer run without a sentence break is cut at a space


def _bounded(text: str, span: Span) -> list[Span]:
    """A span cut into pieces of at most MAX_SENTENCE characters, each break at the last space before it,
    so that no scan downstream ever sees an unbounded "sentence"."""
    out, start = [], span.start
    while span.end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut + 1 if cut > start else start + MAX_SENTENCE
        out.append(Span(start, cut))
        start = cut
    out.append(Span(start, span.end))
    return out


def sentences(text: str, para: Span | None = None) -> list[Span]:
    """Sentence spans inside one paragraph (or the whole text), offsets into `text`, none over MAX_SENTENCE."""
    if para is None:
        return [s for p in paragraphs(text) for s in sentences(text, p)]
    return [piece for s in _sentences(text, para) for piece in _bounded(text, s)]


def _sentences(text: str, para: Span) -> list[Span]:
    chunk = text[para.start:para.end]
    out, start = [], 0
    for m in _BOUNDARY.finditer(chunk):
        end = m.end()
        last = _LAST_TOKEN.search(chunk[max(start, m.start() - 24):m.start() + 1]) if chunk[m.start()] == "." else None
        if last:
            tok = last.group(1).lower()
            # "U.S." / "George W." / "Gen." are not sentence ends.
            if tok in ABBREVIATIONS or _INITIAL.fullmatch(tok) or _INITIALS.fullmatch(tok):
                continue
        out.append(Span(para.start + start, para.start + end))
        start = end
        while start < len(chunk) and chunk[start].isspace():
            start += 1
    if start < len(chunk):
        out.append(Span(para.start + start, para.end))
    return out


def first_line_title(text: str) -> str | None:
    """The first line, when it reads as a headline (short, no closing full stop)."""
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line if len(line) <= 150 and not line.endswith(".") else None
    return None


class Spans:
    """Disjoint [start, end) spans with an overlap test in log time."""

    def __init__(self, spans):
        self.spans = sorted(spans)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.spans, (start, float("inf")))
        return (i > 0 and self.spans[i - 1][1] > start) or (i < len(self.spans) and self.spans[i][0] < end)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.spans, (start, end))
