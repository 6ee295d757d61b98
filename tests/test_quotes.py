"""Quote attribution on news-style sentences written for these tests."""
from datetime import date

import pytest

from conftest import doc
from mistrust.extract.quotes import extract_quotes

# (text, index of the quote to check, expected speaker, expected kind)
CASES = [
    ('Ali Khamenei said: "We will not negotiate under pressure."', 0, "Ali Khamenei", "direct"),
    ('"We will not negotiate under pressure," Khamenei said on Wednesday.', 0, "Ali Khamenei", "direct"),
    ('“The deal is dead,” Donald Trump told reporters at the White House.', 0, "Donald Trump", "direct"),
    ('“The deal is dead,” said Donald Trump.', 0, "Donald Trump", "direct"),
    ('Barack Obama spoke in Cairo. “We seek a new beginning,” he said.', 0, "Barack Obama", "direct"),
    ('Hassan Rouhani met the press. “Sanctions hurt ordinary people,” he insisted.', 0, "Hassan Rouhani", "direct"),
    ('According to Mohammad Javad Zarif, the talks were “constructive and serious.”', 0, "Mohammad Javad Zarif", "partial"),
    ('Zarif wrote on X: “Iran will never seek nuclear weapons.”', 0, "Mohammad Javad Zarif", "direct"),
    ('Mike Pompeo has stated. “Iran must change its behaviour.”', 0, "Mike Pompeo", "direct"),
    ('Hugh Hill, a doctor in Tehran, said: “The shortages are killing patients.”', 0, "Hugh Hill", "direct"),
    ('“Medicines are running out,” Hugh Hill, a doctor in Tehran, said.', 0, "Hugh Hill", "direct"),
    ('The Supreme Leader has said that talks with America are “not wise, not intelligent and not honourable.”', 0,
     "Ali Khamenei", "partial"),
    ('Khamenei spoke to commanders. “America cannot be trusted,” the Leader said.', 0, "Ali Khamenei", "direct"),
    ('Khamenei met students on Sunday. “Negotiation with America is poison,” he stated. “It solves nothing.”', 1,
     "Ali Khamenei", "direct"),
    ('Trump threatened to “obliterate” Iran.', 0, "Donald Trump", "partial"),
    ('Iran was placed in the so-called “Axis of Evil” in 2002.', 0, None, "term"),
    ('Critics accuse Washington of pursuing “regime change” in Tehran.', 0, None, "term"),
    ('The policy, dubbed “maximum pressure”, began in 2018.', 0, None, "term"),
    ('Iran\'s foreign ministry said the move was “illegal and provocative.”', 0, "Iranian Foreign Ministry", "partial"),
    ('The Constitution states: “The government shall not grant concessions to foreigners.”', 0,
     "Constitution of the Islamic Republic of Iran", "direct"),
    ('Leaked diplomatic cables reveal that envoys saw a “bazaar mentality” in Tehran.', 0, "US diplomatic cables",
     "partial"),
    ('“We were deceived,” Rouhani said. “We will not be deceived again.”', 1, "Hassan Rouhani", "direct"),
    ('As Zarif put it in an interview, “trust is earned.”', 0, "Mohammad Javad Zarif", "partial"),
    ('Joe Biden told CNN on Monday: “We will return to the deal if Iran complies.”', 0, "Joe Biden", "direct"),
    ('“This is a historic day,” Kerry declared after the talks.', 0, "John Kerry", "direct"),
    ('In a televised speech, Khamenei warned: “Any aggression will receive a crushing response.”', 0,
     "Ali Khamenei", "direct"),
    ('Netanyahu, speaking at the UN, said: “Iran is the greatest threat.”', 0, "Benjamin Netanyahu", "direct"),
    ('“We have no trust in the Americans,” Araghchi added.', 0, "Abbas Araghchi", "direct"),
    ('Araghchi said the letter had been received. He called it “a threat dressed as an offer.”', 0,
     "Abbas Araghchi", "partial"),
    ('Rubio wrote on Twitter that Iran is “the world’s leading sponsor of terror.”', 0, "Marco Rubio", "partial"),
    ('Ebrahim Raisi stressed that Iran “will not bow to pressure.”', 0, "Ebrahim Raisi", "partial"),
    ('The statement read: “Iran reserves the right to respond.”', 0, None, "direct"),
    ('“We are ready,” an official said.', 0, None, "direct"),
    ('“Diplomacy is dead,” one analyst remarked.', 0, None, "direct"),
    ('The president, Masoud Pezeshkian, argued that “dialogue is the only path.”', 0, "Masoud Pezeshkian", "partial"),
    ('Pezeshkian said: “We want dialogue.” Critics were unconvinced. “Dialogue requires trust,” he added.', 1,
     "Masoud Pezeshkian", "direct"),
    ('Soleimani once called the region “our strategic depth.”', 0, "Qasem Soleimani", "partial"),
    ('Khomeini described the United States as the “Great Satan.”', 0, "Ruhollah Khomeini", "partial"),
    ('“The Americans lie,” Khamenei said, “and they know that we know.”', 1, "Ali Khamenei", "direct"),
    ('“I have a message,” Trump wrote, “for the leaders of Iran.”', 0, "Donald Trump", "direct"),
    ('Obama called the agreement “a good deal.” Trump called it “the worst deal ever.”', 1, "Donald Trump", "partial"),
    ('The IAEA reported that Iran had “substantially” increased its stockpile.', 0, "International Atomic Energy Agency",
     "partial"),
    ('“There will be no talks,” Khamenei said.\n“None at all.”', 1, "Ali Khamenei", "direct"),
    ('Khamenei noted: “They want servants.” He added that Washington seeks “obedient partners.”', 1,
     "Ali Khamenei", "partial"),
    ('Trump met Rouhani. Trump spoke twice. “We will talk,” the US president said.', 0, "Donald Trump", "direct"),
    ('Trump met Rouhani. Trump spoke twice. “We will wait,” the Iranian president said.', 0, "Hassan Rouhani",
     "direct"),
    ('“This is not diplomacy,” the White House said in a statement.', 0, "White House", "direct"),
]


@pytest.mark.parametrize("text,index,speaker,kind", CASES, ids=[c[0][:40] for c in CASES])
def test_attribution(text, index, speaker, kind):
    quotes = extract_quotes(doc(text, date(2025, 3, 12)))
    q = quotes[index]
    assert (q.speaker, q.kind) == (speaker, kind), q


def test_at_least_forty_patterns():
    assert len(CASES) >= 40


def test_offsets_reproduce_text():
    text = '“We were deceived,” Rouhani said. He added: “never again.”'
    for q in extract_quotes(doc(text)):
        assert text[q.start:q.end] == q.text


def test_said_date_from_reporting_clause_and_published_date():
    d = doc('“Talks are pointless,” Khamenei said on Monday. “They lie.”', date(2025, 2, 12))
    q1, q2 = extract_quotes(d)
    assert q1.said_start == q1.said_end == date(2025, 2, 10) and q1.said_precision == "day"
    assert q2.said_start == date(2025, 2, 10)  # a continuation keeps the date


def test_said_date_in_opening_adverbial():
    d = doc('In November 2017, Khamenei recounted: “Mossadegh trusted them.”')
    (q,) = extract_quotes(d)
    assert (q.said_start, q.said_end, q.said_precision) == (date(2017, 11, 1), date(2017, 11, 30), "month")


def test_surname_alone_links_to_the_full_name_seen_before():
    text = ('Foreign Ministry spokesman Esmaeil Baghaei said Tehran had a letter. “It is being studied,” Baghaei '
            'told a news conference, adding that a reply would come “in due course.”')
    assert [(q.speaker, q.kind) for q in extract_quotes(doc(text))] == [
        ("Esmaeil Baghaei", "direct"), ("Esmaeil Baghaei", "partial")]


def test_date_of_another_clause_is_not_the_said_date():
    text = 'Mike Pompeo called it “a disaster,” and in May 2018 Donald Trump announced the exit.'
    (q,) = extract_quotes(doc(text))
    assert q.speaker == "Mike Pompeo" and q.said_start is None


def test_nested_quote_has_parent():
    text = '“They call it ‘maximum pressure’ but it is war,” Zarif said.'
    outer, inner = extract_quotes(doc(text))
    assert inner.text == "maximum pressure" and inner.parent == 0 and outer.speaker == "Mohammad Javad Zarif"


def test_apostrophes_are_not_quotes():
    text = "Iran's leaders and the Americans' envoys met in the '80s; it's over."
    assert extract_quotes(doc(text)) == []


def test_unbalanced_mark_warns_with_offset_and_recovers():
    text = 'He said "this never closes. Later, Khamenei said: "We will see."'
    d = doc(text)
    quotes = extract_quotes(d)
    assert [q.text for q in quotes] == ["We will see."]
    assert d.quote_warnings and "offset 8" in d.quote_warnings[0]


def test_quote_running_over_paragraphs():
    text = '“The first paragraph of the speech.\n“The second paragraph,” Khamenei said.'
    quotes = extract_quotes(doc(text))
    assert [q.text for q in quotes] == ["The first paragraph of the speech.", "The second paragraph,"]
    assert all(q.speaker == "Ali Khamenei" for q in quotes)


def test_she_skips_men_he_skips_nobody_unknown():
    text = ('Maryam Rajavi, a dissident, said Tehran lies. Khamenei answered on Sunday. '
            '“They serve foreigners,” she said. “We will see,” he said.')
    assert [q.speaker for q in extract_quotes(doc(text))] == ["Maryam Rajavi", "Ali Khamenei"]


def test_headline_convention_and_a_quote_running_on_from_mid_paragraph():
    text = ("Khamenei: talks with US 'not smart, not wise'\n"
            '"We do not trust them," Araghchi said. "We will judge them by their actions.\n'
            '"If they want a deal, they know what it requires," he added.')
    got = [(q.text, q.speaker, q.kind) for q in extract_quotes(doc(text))]
    assert got == [("not smart, not wise", "Ali Khamenei", "partial"),
                   ("We do not trust them,", "Abbas Araghchi", "direct"),
                   ("We will judge them by their actions.", "Abbas Araghchi", "direct"),
                   ("If they want a deal, they know what it requires,", "Abbas Araghchi", "direct")]


def test_named_speaker_followed_by_comma_and_verb():
    text = 'A spokesman, Esmaeil Baghaei, described the proposal as "unrealistic".'
    assert [(q.speaker, q.kind) for q in extract_quotes(doc(text))] == [("Esmaeil Baghaei", "partial")]


def test_unattributed_quote_has_no_speaker():
    assert extract_quotes(doc('Nobody knows. “It is over.”'))[0].speaker is None
