from datetime import date

import pytest

from mistrust.extract.date_resolvers import Interval, shift
from mistrust.extract.dates import document_dates

PUB = date(2025, 2, 12)  # a Wednesday


def one(text: str, published=PUB, prefix: str = ""):
    found = document_dates(prefix + text, published)
    return found[-1] if found else None


@pytest.mark.parametrize("text,start,end,precision", [
    ("August 19, 1953", date(1953, 8, 19), date(1953, 8, 19), "day"),
    ("19 August 1953", date(1953, 8, 19), date(1953, 8, 19), "day"),
    ("Aug. 1953", date(1953, 8, 1), date(1953, 8, 31), "month"),
    ("in November 2017", date(2017, 11, 1), date(2017, 11, 30), "month"),
    ("in 1953", date(1953, 1, 1), date(1953, 12, 31), "year"),
    ("1979-1981", date(1979, 1, 1), date(1981, 12, 31), "year"),
    ("1979–81", date(1979, 1, 1), date(1981, 12, 31), "year"),
    ("from 2013 to 2015", date(2013, 1, 1), date(2015, 12, 31), "year"),
    ("between April and June 2025", date(2025, 4, 1), date(2025, 6, 30), "month"),
    ("March–May 2019", date(2019, 3, 1), date(2019, 5, 31), "month"),
    ("the 1980s", date(1980, 1, 1), date(1989, 12, 31), "decade"),
    ("the early 1950s", date(1950, 1, 1), date(1953, 12, 31), "decade"),
    ("the late 1970s", date(1977, 1, 1), date(1979, 12, 31), "decade"),
    ("the 19th century", date(1800, 1, 1), date(1899, 12, 31), "century"),
    ("the twentieth century", date(1900, 1, 1), date(1999, 12, 31), "century"),
    ("28 Mordad 1332", date(1953, 8, 19), date(1953, 8, 19), "day"),
    ("1 Mehr 1404", date(2025, 9, 23), date(2025, 9, 23), "day"),  # this century's Solar Hijri years
    ("the 28th of Mordad 1332", date(1953, 8, 19), date(1953, 8, 19), "day"),
    ("Farvardin 1388", date(2009, 3, 21), date(2009, 4, 20), "month"),
    ("Farvardin [March 2009]", date(2009, 3, 1), date(2009, 3, 31), "month"),
    ("this year", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("last year", date(2024, 1, 1), date(2024, 12, 31), "year"),
    ("last month", date(2025, 1, 1), date(2025, 1, 31), "month"),
    ("on Monday", date(2025, 2, 10), date(2025, 2, 10), "day"),
    ("yesterday", date(2025, 2, 11), date(2025, 2, 11), "day"),
    ("overnight", date(2025, 2, 11), date(2025, 2, 12), "day"),  # the night before publication: both days
    ("last Wednesday night", date(2025, 2, 5), date(2025, 2, 5), "day"),  # written on a Wednesday: a week back
    ("over the weekend", date(2025, 2, 8), date(2025, 2, 9), "day"),
    ("at the end of May", date(2024, 5, 1), date(2024, 5, 31), "month"),
    ("in mid-January", date(2025, 1, 11), date(2025, 1, 20), "month"),  # a part of a month: about ten days
    ("in early January", date(2025, 1, 1), date(2025, 1, 10), "month"),
    ("in late May 2024", date(2024, 5, 21), date(2024, 5, 31), "month"),
    ("late February 2024", date(2024, 2, 21), date(2024, 2, 29), "month"),
    ("late last night", date(2025, 2, 11), date(2025, 2, 11), "day"),
    ("this morning", date(2025, 2, 12), date(2025, 2, 12), "day"),
    ("a short time ago", date(2025, 2, 12), date(2025, 2, 12), "day"),  # a live blog's "just now"
    ("minutes ago", date(2025, 2, 12), date(2025, 2, 12), "day"),
    ("since May", date(2024, 5, 1), date(2024, 5, 31), "month"),
    ("in mid-2018", date(2018, 5, 1), date(2018, 8, 31), "month"),
    ("20 years ago", date(2005, 1, 1), date(2005, 12, 31), "year"),
])
def test_expressions(text, start, end, precision):
    d = one(text)
    assert d is not None and (d.date_start, d.date_end, d.precision) == (start, end, precision), d


def test_anaphora_resolves_against_the_texts_own_year():
    text = "The 1953 coup was planned for months. On August 19 of that year, Mosaddegh fell. The following year, oil flowed."
    found = document_dates(text)
    assert [(d.text, d.date_start) for d in found] == [
        ("1953", date(1953, 1, 1)), ("August 19 of that year", date(1953, 8, 19)),
        ("The following year", date(1954, 1, 1))]


@pytest.mark.parametrize("text,said", [
    ("Parliament met in March 1951. On 28 April that year it chose a new premier.", "28 April that year"),
    ("The crisis began in 1979. On November 4 that year the embassy fell.", "November 4 that year"),
])
def test_a_day_of_that_year_without_of_is_one_date(text, said):
    found = document_dates(text)
    assert [(d.text, d.precision) for d in found][-1] == (said, "day"), found
    assert found[-1].date_start.year == found[0].date_start.year


@pytest.mark.parametrize("text,start,end", [
    # a year on from the month told in the year named is that month a year on
    ("In May 2018 Washington withdrew, and a year later Tehran began to breach the caps.",
     date(2019, 5, 1), date(2019, 5, 31)),
    ("The deal took effect in January 2016. Two years later, the talks collapsed.", date(2018, 1, 1), date(2018, 1, 31)),
    # a year on from a year named is the year; "the next year" follows the story, not publication
    ("The accord was signed in 2015. The next year, Iran exported more oil.", date(2016, 1, 1), date(2016, 12, 31)),
])
def test_a_count_of_years_later_moves_the_month_or_year_the_story_told(text, start, end):
    d = document_dates(text, date(2025, 3, 3))[-1]
    assert (d.date_start, d.date_end) == (start, end), d


def test_a_year_later_does_not_move_the_storys_calendar():
    # its month (May 2019) is no month the story told: a bare month after it is not read in its year
    later = ", and a year later Tehran began to breach the caps"
    text = (f"In May 2018 Washington withdrew from the deal its negotiators had spent two years on{later}.\n\n"
            "Envoys who began indirect talks in Muscat in April said on Monday that they would go on.")
    assert document_dates(text, date(2025, 5, 20))[-2].date_start == date(2025, 4, 1)


def test_days_before_it_count_back_from_the_day_last_told():
    found = document_dates("A sixth round was set for June 15 in Muscat, but Israel struck two days before it.",
                           date(2025, 7, 1))
    assert (found[-1].text, found[-1].date_start) == ("two days before it", date(2025, 6, 13))


def test_a_month_told_as_later_in_the_story_keeps_the_storys_year():
    text = ("Guards seized a tanker on Wednesday. The summer of 2019 was worse: a British ship was seized on July 19, "
            "two weeks after Royal Marines stopped an Iranian one near Gibraltar. It was let go more than two months "
            "later, in late September.")
    assert document_dates(text, date(2023, 5, 5))[-1].date_start == date(2019, 9, 21)


def test_month_without_year_near_a_named_year_takes_it_else_the_publication_year():
    near = document_dates("The coup came in 1953. On August 19, tanks rolled.", PUB)
    assert near[-1].date_start == date(1953, 8, 19)
    far = document_dates("Trump left the deal in May 2018.\nThe agency said in February that stocks grew.", PUB)
    assert far[-1].date_start == date(2025, 2, 1)
    dateline = document_dates("DUBAI, March 12 (Reuters) - Iran said", PUB)
    assert dateline[0].date_start == date(2024, 3, 12)  # the latest March 12 on or before 2025-02-12


@pytest.mark.parametrize("published,expected", [
    (date(2019, 11, 4), date(1979, 11, 12)),  # a year before publication: the story's November
    (date(2019, 11, 20), date(2019, 11, 12)),  # a week before publication: the present's
])
def test_a_bare_day_long_before_publication_after_the_storys_last_day_is_the_storys(published, expected):
    text = ("In October 2019 I found my old notes. Forty years ago, on November 4, 1979, a crowd of students climbed the gates of the embassy in Tehran and "
            "took its staff hostage.\n\nIn February 1979 a different group of armed men had overrun the same compound "
            "for a few hours, until the new government sent people to get them out.\n\n"
            "The president answered on November 12 by halting oil imports from Iran.")
    assert document_dates(text, published)[-1].date_start == expected


def test_relative_dates_stay_null_without_publication_date():
    d = one("this year", published=None)
    assert d.text == "this year" and d.date_start is None and d.precision is None


def test_recent_months_is_kept_but_not_resolved():
    d = one("In recent months, talks stalled.")
    assert d.text == "In recent months" and d.date_start is None


def test_persian_month_without_year_takes_the_context_year():
    d = one("the 28th of Mordad", prefix="The coup of 1953 ended it. ")
    assert (d.date_start, d.precision) == (date(1953, 8, 19), "day")


@pytest.mark.parametrize("text", ["Its columnist Mehrdad Sabouri argued.", "Bahman Ghobadi said the film was done.",
                                  "Azar Nafisi wrote a memoir."])
def test_persian_month_names_inside_or_as_first_names_are_no_dates(text):
    assert one(text) is None


def test_may_the_name_is_no_month():
    assert one("The plan was endorsed by May and Macron.") is None


def test_counts_and_money_are_not_years():
    assert document_dates("Iran installed 1500 centrifuges and paid $2015 and 1,953 people came.") == []


PUB_THU = date(2025, 4, 17)  # a Thursday


@pytest.mark.parametrize("text,start,end,precision", [
    ("on Friday", date(2025, 4, 11), date(2025, 4, 11), "day"),
    ("Thursday", date(2025, 4, 17), date(2025, 4, 17), "day"),
    ("on Monday night", date(2025, 4, 14), date(2025, 4, 14), "day"),
    ("last week", date(2025, 4, 7), date(2025, 4, 13), "day"),
    ("this week", date(2025, 4, 14), date(2025, 4, 17), "day"),  # told by publication
    ("earlier this month", date(2025, 4, 1), date(2025, 4, 17), "day"),  # no later than publication
    ("seven years ago", date(2018, 1, 1), date(2018, 12, 31), "year"),
    ("seven years ago today", date(2018, 4, 17), date(2018, 4, 17), "day"),
])
def test_news_relative_forms(text, start, end, precision):
    d = one(text, published=PUB_THU)
    assert d is not None and (d.date_start, d.date_end, d.precision) == (start, end, precision), d


def test_day_offsets_and_same_night_count_from_the_last_dated_day():
    text = "The strike came on Jan. 3, 2020. Two days later, MPs voted. A day earlier, he spoke. That night, jets flew."
    got = [(d.text, d.date_start, d.precision) for d in document_dates(text, PUB)]
    assert got[1:] == [("Two days later", date(2020, 1, 5), "day"), ("A day earlier", date(2020, 1, 4), "day"),
                       ("That night", date(2020, 1, 4), "day")]
    assert document_dates(text, PUB)[1].quantity  # the figures also count "Two days"


def test_that_month_takes_the_year_the_text_named():
    d = one("the revolution of 1979 and the seizure of the embassy that November", published=PUB)
    assert (d.text, d.date_start, d.date_end, d.precision) == \
        ("that November", date(1979, 11, 1), date(1979, 11, 30), "month")


def test_offsets_without_an_anchor_stay_null():
    d = one("Two days later, talks resumed.", published=None)
    assert d.text == "Two days later" and d.date_start is None


@pytest.mark.parametrize("text,start,end,precision", [
    ("Forty-six years ago today, the embassy fell.", date(1979, 2, 12), date(1979, 2, 12), "day"),
    ("The shah left in 1979. Twenty-one days later he was gone.", None, None, None),  # no day to count from
    ("Mosaddegh fell in 1953. Seventy two years later the files opened.", date(2025, 1, 1), date(2025, 12, 31), "year"),
    ("In 1964 he was exiled. That autumn he left Turkey. Fifteen years later he came back.",
     date(1979, 1, 1), date(1979, 12, 31), "year"),
    ("The strike came on January 3, 2020. Twenty-one days later, talks began.",
     date(2020, 1, 24), date(2020, 1, 24), "day"),
])
def test_compound_and_capitalised_counts_offset_dates(text, start, end, precision):
    d = one(text)
    assert (d.date_start, d.date_end, d.precision) == (start, end, precision), d


def test_years_ago_this_month_is_that_month():
    d = one("Twelve years ago this month, envoys met secretly in Muscat.")
    assert (d.text, d.date_start, d.date_end, d.precision) == \
        ("Twelve years ago this month", date(2013, 2, 1), date(2013, 2, 28), "month")


def test_hours_later_is_the_day_last_dated():
    d = one("On January 8, 2020, missiles struck the base. Hours later, air defences shot down a jet.")
    assert (d.text, d.date_start, d.precision) == ("Hours later", date(2020, 1, 8), "day")



# A memoir written in 2021 that names no month of recent years: its bare days follow the story.
_MEMOIR = ("The talks had begun in Vienna in May 1985, and nobody in the delegation expected them to last. "
           "I reached Geneva on March 3, 1986, with one box of files and a borrowed typewriter.\n\n"
           "Nothing moved all summer and autumn. The envoy finally wrote to us on January 11, and by the night "
           "of March 1 he was back at the table with a new draft. On October 20 the last text went to the capitals.")


@pytest.mark.parametrize("mention,expected", [
    ("January 11", date(1987, 1, 11)),  # well before the last day told: the story has moved on a year
    ("March 1", date(1987, 3, 1)),  # a flashback of days stays in the story's year
    ("October 20", date(1987, 10, 20)),
])
def test_a_history_dates_bare_days_by_its_own_calendar(mention, expected):
    found = {d.text.removeprefix("on ").removeprefix("On "): d.date_start
             for d in document_dates(_MEMOIR, date(2021, 1, 20))}
    assert found[mention] == expected


def test_news_that_names_a_recent_month_dates_bare_days_by_publication():
    text = _MEMOIR.replace("in May 1985", "in May 2024")  # the story reaches the present
    found = {d.text: d.date_start for d in document_dates(text, date(2025, 2, 12))}
    assert found["January 11"] == date(2025, 1, 11) and found["October 20"] == date(2024, 10, 20)


def test_news_that_tells_weekdays_dates_bare_months_by_publication():
    # an interview in 2025 whose explicit years are all old: "on Tuesday" shows it tells the present
    text = ("The envoy spoke to us on Tuesday. He joined the foreign service in March 1977 and recalls the siege "
            "of the embassy in November 1979, when he was a student who cheered the crowds at the gates.\n\n"
            "In June, bombers struck the enrichment sites. The parliament voted on June 25 to suspend cooperation.")
    found = {d.text: d.date_start for d in document_dates(text, date(2025, 9, 27))}
    assert found["In June"] == date(2025, 6, 1) and found["June 25"] == date(2025, 6, 25)


def test_a_year_naming_a_thing_anchors_that_year_but_no_bare_day_in_news():
    found = {d.text: d.date_start for d in document_dates(
        "The sanctions lifted under the 2015 nuclear agreement return after Europe acted on Aug. 28.", date(2025, 9, 27))}
    assert found["Aug. 28"] == date(2025, 8, 28)
    found = {d.text: d.date_start for d in document_dates(
        "The 2015 deal, concluded in Vienna in July of that year, capped enrichment.", date(2025, 9, 27))}
    assert found["July of that year"] == date(2015, 7, 1)


def test_a_history_never_dates_a_bare_day_past_publication():
    text = _MEMOIR + " He told us last week that the archive reopened on February 11."
    found = {d.text: d.date_start for d in document_dates(text, date(2021, 1, 20))}
    assert found["February 11"] == date(2020, 2, 11)  # the story's next one, in 2021, is still to come


def test_years_that_last_are_no_offset():
    found = document_dates("The deal of 2015 held for more than two years before Washington left.", PUB)
    assert [(d.text, d.date_start) for d in found] == [("2015", date(2015, 1, 1)), ("two years before", None)]


@pytest.mark.parametrize("iv,n,unit,expected", [
    (Interval(date(2020, 1, 5), date(2020, 1, 5), "day"), -2, "day", Interval(date(2020, 1, 3), date(2020, 1, 3), "day")),
    (Interval(date(2019, 5, 1), date(2019, 5, 31), "month"), -1, "year", Interval(date(2018, 5, 1), date(2018, 5, 31), "month")),
    (Interval(date(1980, 4, 1), date(1980, 4, 30), "month"), -5, "month", Interval(date(1979, 11, 1), date(1979, 11, 30), "month")),
    (Interval(date(2024, 3, 31), date(2024, 3, 31), "day"), -1, "month", Interval(date(2024, 2, 29), date(2024, 2, 29), "day")),
    (Interval(date(2019, 1, 1), date(2019, 12, 31), "year"), -2, "week", None),  # a year moved by weeks: unknown
])
def test_shift(iv, n, unit, expected):
    assert shift(iv, n, unit) == expected


@pytest.mark.parametrize("text,dated", [
    ("On New Year’s Eve 1977 the Shah hosted a dinner.", [("New Year’s Eve 1977", "1977-12-31")]),
    ("The talks resumed in 1999. On New Year's Day that year nothing moved.",
     [("1999", "1999-01-01"), ("New Year's Day that year", "1999-01-01")]),
    ("The hostages spent Christmas Day 1979 in the compound.", [("Christmas Day 1979", "1979-12-25")]),
    ("The team won in 1998. Two decades later the coach still spoke of it. A decade earlier he had been a player.",
     [("1998", "1998-01-01"), ("Two decades later", "2018-01-01"), ("A decade earlier", "1988-01-01")]),
])
def test_fixed_holidays_and_decades_resolve(text, dated):
    assert [(d.text, str(d.date_start)) for d in document_dates(text)] == dated


def test_a_season_reaching_into_the_next_year_moves_the_story_into_it():
    text = ("I marched in the winter of 1978, and I was at the airport on 1 February. "
            "That November the embassy fell. In 1952 the oil was blockaded; that October ties were cut.")
    assert [(d.text, str(d.date_start)) for d in document_dates(text, date(2025, 11, 15))] == [
        ("the winter of 1978", "1978-12-01"), ("1 February", "1979-02-01"), ("That November", "1979-11-01"),
        ("1952", "1952-01-01"), ("that October", "1952-10-01")]


def test_story_months_and_a_things_own_year():
    text = ("In March the board met. The following month it voted; later that month the limit set in 2015 "
            "was raised. In June, too, talks stalled.")
    assert [(d.text, str(d.date_start)) for d in document_dates(text, date(2022, 8, 1))] == [
        ("In March", "2022-03-01"), ("The following month", "2022-04-01"), ("later that month", "2022-04-01"),
        ("2015", "2015-01-01"), ("In June", "2022-06-01")]  # "the limit set in 2015" anchors no bare month


@pytest.mark.parametrize("text,start,end", [
    # PUB is Wednesday 12 February 2025: its week runs 10–16 February
    ("Thirty years ago this week, the envoys met in Geneva.", date(1995, 2, 10), date(1995, 2, 16)),
    ("Seventy years ago next week, the cabinet fell.", date(1955, 2, 17), date(1955, 2, 23)),
])
def test_years_ago_this_or_next_week_is_that_week_years_back(text, start, end):
    d = one(text)
    assert (d.date_start, d.date_end, d.precision) == (start, end, "day"), d


def test_a_day_number_under_a_month_heading_is_that_day():
    text = ("Timeline\n\nMarch 2016\n\n8 — The guards test two missiles.\n21 — A ship is stopped.\n\n"
            "April 2016\n\n30 — The court rules.\n")
    got = [(d.text, str(d.date_start)) for d in document_dates(text, PUB) if d.precision == "day"]
    assert got == [("8", "2016-03-08"), ("21", "2016-03-21"), ("30", "2016-04-30")]


def test_a_numbered_line_without_a_month_heading_is_no_date():
    text = "Three steps, in 2016:\n\n1 — Iran ships out its uranium.\n2 — The agency reports.\n"
    assert all(d.date_start is None or d.precision == "year" for d in document_dates(text, PUB))


def test_a_month_with_a_relative_year_is_that_years_month():
    d = one("Exports peaked in April last year.")
    assert (d.text, d.date_start, d.precision) == ("April last year", date(2024, 4, 1), "month")


@pytest.mark.parametrize("text,start,end", [
    ("So in August of '53 the army moved.", date(1953, 8, 1), date(1953, 8, 31)),
    ("Nothing has been the same since ’79.", date(1979, 1, 1), date(1979, 12, 31)),
    ("The talks of '19 failed.", date(2019, 1, 1), date(2019, 12, 31)),  # PUB is 2025: the latest '19
])
def test_an_apostrophe_year_is_the_latest_such_year(text, start, end):
    d = one(text)
    assert (d.date_start, d.date_end) == (start, end), d


def test_an_apostrophe_decade_is_no_year():
    assert one("In the '90s, talks were rare.") is None


def test_months_later_is_that_month_counted_from_the_last_dated_month():
    d = one("In November 1986 a magazine revealed the arms sales. Four months later the president spoke.")
    assert (d.text, d.date_start, d.date_end, d.precision) == \
        ("Four months later", date(1987, 3, 1), date(1987, 3, 31), "month")


@pytest.mark.parametrize("text,start", [
    ("The talks resumed earlier this month.", date(2025, 2, 1)),
    ("The ban was lifted earlier this year.", date(2025, 1, 1)),
])
def test_earlier_this_month_or_year_ends_at_publication(text, start):
    d = one(text)
    assert (d.date_start, d.date_end) == (start, PUB)


@pytest.mark.parametrize("text,expected", [
    # a day within weeks after the month the paragraph just told is in its year, however long ago
    ("In August of that year, 1953, a coup removed the prime minister. Crowds marked 19 August for decades.",
     date(1953, 8, 19)),
    ("In October 1979 the Shah was admitted for treatment; on 4 November students seized the embassy.",
     date(1979, 11, 4)),
    # a year the text then names in time words takes over
    ("In October 1979 the Shah was admitted for treatment. In 1953, by contrast, the coup came on August 19.",
     date(1953, 8, 19)),
])
def test_a_bare_day_within_weeks_after_the_paragraphs_last_month_keeps_its_year(text, expected):
    assert document_dates(text, date(2024, 12, 4))[-1].date_start == expected


def test_an_author_year_citation_is_no_date():
    text = "Britain answered with a boycott (Kinzer 2003, 91) and Washington waited (qtd. in Gasiorowski and Byrne 2004)."
    assert [d.text for d in document_dates(text, date(2024, 12, 4))] == []


@pytest.mark.parametrize("text", [
    "In February 2023 the talks stalled. On February 29 they resumed.",
    "In 2019 the story began. Later, on February 29 they met.",
    "In April 2024 it rained. On 31 April nothing happened.",
])
def test_a_day_the_storys_year_lacks_is_no_date_and_no_crash(text):
    assert document_dates(text, date(2025, 3, 1))[-1].date_start is None


@pytest.mark.parametrize("later,start,end", [
    ("They met again in Rome a week later.", date(2025, 4, 19), date(2025, 4, 19)),
    ("Two weeks earlier they had exchanged letters.", date(2025, 3, 29), date(2025, 3, 29)),
    ("The following week they met again.", date(2025, 4, 14), date(2025, 4, 20)),
    ("The same week Oman sent a message.", date(2025, 4, 7), date(2025, 4, 13)),
])
def test_weeks_count_from_the_day_the_story_last_told(later, start, end):
    found = document_dates("The first round was held in Muscat on April 12. " + later, date(2025, 5, 8))
    assert (found[-1].date_start, found[-1].date_end) == (start, end)
    assert document_dates("Next week they meet.", date(2025, 5, 8))[0].date_start == date(2025, 5, 12)


@pytest.mark.parametrize("phrase,start,end", [
    ("this week", date(2025, 2, 10), PUB),  # told by then: it ends at publication
    ("earlier this week", date(2025, 2, 10), PUB),
    ("later this week", PUB, date(2025, 2, 16)),
    ("last week", date(2025, 2, 3), date(2025, 2, 9)),
])
def test_this_week_ends_at_publication_and_later_this_week_starts_there(phrase, start, end):
    d = one(f"The minister spoke {phrase}.")
    assert (d.date_start, d.date_end) == (start, end)


def test_has_since_brings_the_story_back_to_the_present():
    text = ("Trump withdrew from the deal on May 8, 2018, and Iran has since enriched uranium to 60 percent. "
            "Khamenei said in August that there was no harm in talking.")
    assert document_dates(text, date(2024, 11, 4))[-1].date_start == date(2024, 8, 1)


@pytest.mark.parametrize("text,expected", [
    # days after the day the story last told, in the paragraph after it, even on publication's own day and month
    ("On 9 March 1987 a tanker struck a mine off Fujairah, and the owners, a Kuwaiti firm, asked for escorts through"
     " the Strait of Hormuz.\n\nConvoys\nOn 12 March, two frigates were sent.",
     date(1987, 3, 12)),
    # news in the present: a day long after the story's day is the publication's year
    ("On 9 March 1987 a tanker struck a mine off Fujairah, and the owners, a Kuwaiti firm, asked for escorts through"
     " the Strait of Hormuz.\n\nOn 12 June, the ministry said it was investigating.",
     date(2025, 6, 12)),
])
def test_a_bare_day_days_after_the_storys_last_day_keeps_its_year(text, expected):
    assert document_dates(text, date(2025, 6, 12))[-1].date_start == expected


@pytest.mark.parametrize("phrase,expected", [
    ("That afternoon", date(1988, 4, 18)), ("That night", date(1988, 4, 18)), ("The next morning", date(1988, 4, 19)),
])
def test_a_part_of_the_day_last_told_is_that_day(phrase, expected):
    text = f"Two ships shelled the platforms on 18 April 1988. {phrase} a frigate fired on the aircraft."
    last = document_dates(text, date(2025, 4, 18))[-1]
    assert (last.text, last.date_start) == (phrase, expected)


@pytest.mark.parametrize("text,expected", [
    ("The envoys will meet in Muscat on Saturday.", date(2025, 4, 12)),  # a clause that looks ahead
    ("The second round is scheduled for Saturday in Rome.", date(2025, 4, 12)),
    ("They agreed to meet again next Saturday.", date(2025, 4, 12)),
    ("The envoys met in Muscat on Saturday.", date(2025, 4, 5)),  # the latest such day
    ("Iran will answer, the minister told reporters on Saturday.", date(2025, 4, 5)),  # the saying's day
    # a weekday opening its clause, which looks ahead after it; a reporting verb first reports that day's words
    ("On Saturday, the lifted sanctions are due to return.", date(2025, 4, 12)),
    ("On Saturday, the minister said Iran will answer.", date(2025, 4, 5)),
    ("The leader, who vowed revenge on Saturday, is expected to speak.", date(2025, 4, 5)),
])
def test_a_weekday_in_a_clause_that_looks_ahead_is_the_next_such_day(text, expected):
    assert document_dates(text, date(2025, 4, 9))[-1].date_start == expected  # a Wednesday


def _frame_dates(text: str, published: date) -> dict[str, Interval]:
    from mistrust.extract.dates import date_frames
    return {d.text: (d.date_start, d.date_end) for d in document_dates(text, published, date_frames(text, published))}


def test_a_reproduced_telegrams_date_line_is_the_now_of_its_relative_dates():
    text = ("Papers of the Embassy, volume 9, released May 16, 2023\n\n"
            "Kabul, March 3, 1980, 0915Z\n\n"
            "1. Yesterday crowds gathered outside the chancery. On February 21 the minister warned us.\n\n"
            "2 The minister resigned on March 7, four days after this message.")
    got = _frame_dates(text, date(2023, 5, 16))
    assert got["Yesterday"] == (date(1980, 3, 2), date(1980, 3, 2))
    assert got["February 21"][0] == date(1980, 2, 21)
    assert got["March 7"][0] == date(1980, 3, 7)  # an editor's note after the message: never after publication


def test_each_dispatch_dateline_frames_its_own_today():
    text = ("THE RIVERTON EVENING STAR\nFRIDAY, AUGUST 21, 1953\n\nCROWDS CHEER SHAH\n\n"
            "BAGHDAD, Iraq, Aug. 18 (UP)—The monarch said today he would wait.\n\n"
            "LONDON, Aug. 20 (UP)—Officials said tonight they were pleased.")
    got = _frame_dates(text, date(1953, 8, 21))
    assert got["today"] == (date(1953, 8, 18), date(1953, 8, 18))
    assert got["tonight"][0] == date(1953, 8, 20)


def test_a_closing_date_line_frames_nothing_below_it():
    text = ("The parties signed the memorandum.\n\nDone at Muscat, 2 June 2024.\n\n"
            "In Washington, a spokesman said on Tuesday that talks were welcome.")
    assert _frame_dates(text, date(2024, 6, 5))["on Tuesday"][0] == date(2024, 6, 4)


@pytest.mark.parametrize("text,start,end", [
    ("late last month", date(2025, 1, 16), date(2025, 1, 31)),
    ("early last month", date(2025, 1, 1), date(2025, 1, 15)),
    ("last month", date(2025, 1, 1), date(2025, 1, 31)),
])
def test_late_and_early_last_month_are_its_halves(text, start, end):
    d = one(f"Tehran answered {text}.")
    assert (d.date_start, d.date_end) == (start, end)


@pytest.mark.parametrize("text,day", [
    ("| 2018-05-08 | Trump leaves the deal. |", date(2018, 5, 8)),
    ("| 14.07.2015 | The deal is agreed. |", date(2015, 7, 14)),
    ("| 29/01/2002 | The speech is given. |", date(2002, 1, 29)),
    ("On 5/8/2018 the president spoke.", date(2018, 5, 8)),  # month first unless the first can be no month
])
def test_numeric_days_in_tables_and_forms(text, day):
    d = document_dates(text, PUB)[0]
    assert (d.date_start, d.date_end) == (day, day)


@pytest.mark.parametrize("text,day", [
    ("| 23 Oct 1983 | A truck bomb kills 241 servicemen. |", date(1983, 10, 23)),
    ("| Jan 3, 2020 | A drone strike kills the general. |", date(2020, 1, 3)),
    ("On Sept 11, 2001 the towers fell.", date(2001, 9, 11)),
])
def test_month_abbreviations_without_their_stop_beside_a_day(text, day):
    assert document_dates(text, PUB)[0].date_start == day


def test_an_undotted_abbreviation_without_a_day_is_a_name():
    assert [d.text for d in document_dates("Jan Egeland met the envoys on 3 May 2024.", PUB)] == ["3 May 2024"]


@pytest.mark.parametrize("text,published,start,end", [
    # a season named from the day of publication: this year's, last year's, the coming one
    ("This spring, Oman again shuttled between the delegations.", date(2025, 6, 20), date(2025, 3, 1),
     date(2025, 5, 31)),
    ("The rial has lost half its value since last spring.", date(2019, 6, 21), date(2018, 3, 1), date(2018, 5, 31)),
    ("Last winter the talks stalled.", date(2025, 6, 20), date(2024, 12, 1), date(2025, 2, 28)),
    ("Talks may resume next autumn.", date(2025, 6, 20), date(2025, 9, 1), date(2025, 11, 30)),
])
def test_this_last_and_next_season_count_from_publication(text, published, start, end):
    (d,) = [d for d in document_dates(text, published) if d.precision == "month"]
    assert (d.date_start, d.date_end) == (start, end)


@pytest.mark.parametrize("text,told", [
    # the story goes on from the day it last told: "Then in October", a month later in the same sentence
    ("This course began in September 2023. Last year we met.\n\nJump to 1977. Carter is in Tehran. The Shah leaves "
     "on January 16, 1979. Khomeini comes home on February 1, and by February 11 the monarchy has collapsed.\n\n"
     "Then in October Carter lets the Shah into the United States.", date(1979, 10, 1)),
    ("This course began in September 2023.\n\nCarter broke off relations in April 1980. The Shah died in Cairo "
     "that July, and in September Iraq invaded Iran.", date(1980, 9, 1)),
])
def test_a_month_the_story_goes_on_to_keeps_its_year(text, told):
    assert document_dates(text, date(2024, 2, 13))[-1].date_start == told


def test_a_month_the_sentence_goes_back_to_is_no_month_of_the_story():
    # "since early July, after … in June": going back, news in the present dates June by publication
    text = ("Britain signed the 2015 nuclear deal in Vienna, on 14 July.\n\nIran has suspended its cooperation with "
            "inspectors since early July, after Israeli and US strikes on its nuclear sites in June.")
    assert document_dates(text, date(2025, 8, 18))[-1].date_start == date(2025, 6, 1)
