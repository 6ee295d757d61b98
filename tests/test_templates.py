"""Property tests whose properties can fail: sentences generated from news templates with a known speaker,
figure or date, and the extracted value asserted. Every example is built to produce its row, so each
one tests something (unlike fuzzing, where most examples produce nothing)."""
import calendar
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistrust.extract.pipeline import extract
from mistrust.types import Source

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# (canonical name, surface forms a reporter uses)
SPEAKERS = [("Ali Khamenei", ["Ayatollah Ali Khamenei", "Khamenei"]), ("Donald Trump", ["President Donald Trump"]),
            ("Abbas Araghchi", ["Abbas Araghchi"]), ("Hassan Rouhani", ["Hassan Rouhani"]),
            ("Barack Obama", ["Barack Obama"]), ("Mohammad Javad Zarif", ["Mohammad Javad Zarif"])]
VERBS = ["said", "told reporters", "warned", "insisted", "added", "declared"]
WORDS = ["we", "will", "never", "trust", "their", "promises", "again", "the", "talks", "must", "respect", "our",
         "rights", "sanctions", "have", "failed", "and", "pressure", "cannot", "work"]
CLAUSE = st.lists(st.sampled_from(WORDS), min_size=4, max_size=14).map(lambda w: " ".join(w).capitalize())
DAYS = st.dates(min_value=date(1950, 1, 1), max_value=date(2025, 12, 31))


def rows(text: str, table: str, published: date | None = None) -> list[dict]:
    meta = {"published": published.isoformat()} if published else {}
    return getattr(extract(Source("t", text, "0" * 64, meta)), table)


@SETTINGS
@given(st.sampled_from(SPEAKERS), st.data(), st.sampled_from(VERBS), CLAUSE, st.booleans())
def test_a_named_speaker_is_found_before_or_after_the_quote(speaker, data, verb, clause, after):
    name, surfaces = speaker
    surface = data.draw(st.sampled_from(surfaces))
    text = f"“{clause}.” {surface} {verb}." if after else f"{surface} {verb}: “{clause}.”"
    quotes = rows(text, "quotes")
    assert len(quotes) == 1, text
    assert quotes[0]["text"] == f"{clause}." and quotes[0]["speaker"] == name, text


@SETTINGS
@given(st.sampled_from(SPEAKERS), CLAUSE, CLAUSE, DAYS)
def test_a_pronoun_and_a_dated_clause_carry_speaker_and_date(speaker, first, second, day):
    name, surfaces = speaker
    when = f"{calendar.month_name[day.month]} {day.day}, {day.year}"
    text = f"In a speech on {when}, {surfaces[0]} said: “{first}.” Later, he added: “{second}.”"
    quotes = rows(text, "quotes")
    assert [q["speaker"] for q in quotes] == [name, name], text
    assert quotes[0]["said_start"] == day and quotes[0]["said_end"] == day, text
    assert quotes[1]["said_start"] == day, text  # the same remarks, continued


UNITS = [("percent", "percent", "percent"), ("barrels a day", "barrel per day", "measure"),
         ("kilograms", "kilogram", "measure"), ("centrifuges", "centrifuge", "count")]
QUALIFIERS = [("", "exact"), ("more than ", "more_than"), ("about ", "about"), ("at least ", "at_least"),
              ("up to ", "up_to")]


@SETTINGS
@given(st.integers(2, 999_999), st.sampled_from(UNITS), st.sampled_from(QUALIFIERS),
       st.sampled_from(["exports", "stockpile", "production"]))
def test_a_figure_keeps_value_unit_and_qualifier(n, unit, qualifier, subject):
    surface, canonical, kind = unit
    words, qual = qualifier
    number = f"{n:,}"
    text = f"Iran's {subject} reached {words}{number} {surface} last year, officials said."
    figures = [f for f in rows(text, "figures") if f["value"] == n]
    assert len(figures) == 1, text
    f = figures[0]
    assert (f["unit"], f["kind"], f["qualifier"]) == (canonical, kind, qual), text
    assert f["text"] == f"{words}{number} {surface}", text


@SETTINGS
@given(DAYS, st.sampled_from([("imposed new sanctions on Iran", "sanction"), ("signed an agreement with Iran", "agreement"),
                              ("withdrew from the nuclear deal", "withdrawal")]))
def test_an_event_takes_the_date_of_its_clause(day, happening):
    phrase, etype = happening
    when = f"{calendar.month_name[day.month]} {day.day}, {day.year}"
    text = f"On {when}, the United States {phrase}."
    events = [e for e in rows(text, "events") if e["event_type"] == etype]
    assert len(events) == 1, text
    e = events[0]
    assert (e["date_start"], e["date_end"], e["date_precision"]) == (day, day, "day"), text
    assert e["actor_source"] == "United States", text


@SETTINGS
@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31)), st.integers(0, 6))
def test_a_weekday_resolves_against_the_publication_date(published, back):
    said = date.fromordinal(published.toordinal() - back)
    weekday = calendar.day_name[said.weekday()]
    text = f"“We will not negotiate under pressure,” Abbas Araghchi said on {weekday}."
    quotes = rows(text, "quotes", published)
    assert len(quotes) == 1 and quotes[0]["speaker"] == "Abbas Araghchi", text
    assert quotes[0]["said_start"] == said, (text, published)
