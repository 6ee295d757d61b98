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
    # "Sir" is a title; a holder the office table lists answers to the office's role though the lexicon lacks him
    ('Sir Keir Starmer spoke first. “Iran chose this,” the Prime Minister said.', 0, "Keir Starmer", "direct"),
    # "he" inside an opening participle's clause is no subject: the main clause's subject is the antecedent
    ('Esmaeil Baghaei confirmed it. Asked whether he trusted Washington, Abbas Araghchi paused. “Trust?” he said.',
     0, "Abbas Araghchi", "direct"),
    # a tag closing the sentence names the speaker of a partial quote inside it, "he" not the clause's subject
    ('Reza Moradi-Kian spoke in Qom. Trump imposed the “harshest sanctions ever” on Iran, he said, adding '
     'that talks were futile.', 0, "Reza Moradi-Kian", "partial"),
    # an owner's office speaks in the owner's voice
    ('Prime Minister Yair Golan spoke on Sunday. His aides were busy. The Prime Minister\'s Office said the two '
     'leaders had coordinated “fully”.', 0, "Yair Golan", "partial"),
    ('In 1979 students loyal to Ayatollah Khomeini stormed the embassy. The Ayatollah called it “a den of spies.”',
     0, "Ruhollah Khomeini", "partial"),
    ('Donald Trump spoke on Monday. He thanked Tehran for giving “early notice” of the strike.', 0, "Donald Trump",
     "partial"),  # thanking is a speech act: the quoted words are the thanker's
    # a royal title alone is the holder the text named with it
    ('Crown Prince Khalid bin Nasser met Trump on Tuesday. The crown prince said Riyadh would “do its utmost”.', 0,
     "Khalid bin Nasser", "partial"),
    # abbreviated ranks, hyphened or not, belong to the title: "Brig" is no surname
    ('“We hit the launchers,” army spokesperson Brig.-Gen. Dana Oren-Levi said.', 0, "Dana Oren-Levi", "direct"),
    ('“We hit the launchers,” Brig. Gen. Dana Oren-Levi said.', 0, "Dana Oren-Levi", "direct"),
    # the first cue word ("post") has no subject; the verb after it does
    ('Ali Larijani spoke first.\nIn a post on X this morning, he wrote:\n“The talks are over.”', 0, "Ali Larijani",
     "direct"),
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
    # "he" after an unnamed speaker is that person, not the company named before
    ('The owner, Cobalt Marine, said its crew were safe. A Piraeus insurer, who asked not to be named, said rates '
     'would rise. “Nobody is leaving the Gulf yet,” he said.', 0, None, "direct"),
    # "the statement" is the one the sentence before reports, not an older statement
    ('Halcyon Shipping said in a statement that the crew were well. The US Fifth Fleet said on Tuesday that the '
     'seizure broke the law. “Such acts threaten every sailor,” the statement said.', 0,
     "United States Navy Fifth Fleet", "direct"),
    # "reminds us" and "remembers … who" tell whose words they are
    ('The economist Lena Varga is more cautious: the sanctions, she reminds us, were “a blunt instrument.”', 0,
     "Lena Varga", "partial"),
    ('Tomas Reyes, who faced him in Vienna, remembers a man who “never raised his voice.”', 0, "Tomas Reyes",
     "partial"),
    # a country opening a person's title is part of the title: the person speaks
    ('“Export controls are a line of defense,” said U.S. Attorney Joshua S. Levy for the District of Massachusetts.',
     0, "Joshua S. Levy", "direct"),
    # "the Secretary" is the secretary the text named; "the Secretary of State" unnamed is the holder on the day
    ('Secretary of State Mike Pompeo spoke on Monday. The Secretary said the goal was exports “at zero.”', 0,
     "Mike Pompeo", "partial"),
    ('The Secretary of State said on Saturday that Iran must “free every American it holds.”', 0,
     "Marco Rubio", "partial"),  # published 12 March 2025
    # a title before a lone surname names a person, the one the text named in full if it did
    ('President Kennedy said in a speech, “Let us never fear to negotiate.”', 0, "Kennedy", "direct"),
    ('Tamsin Varga, a historian, opened the panel. Dr Varga said the coup was “the first receipt.”', 0,
     "Tamsin Varga", "partial"),
    # a title after lowercase modifiers still names the speaker after the quote
    ('“We tried,” former ambassador Lena Hovsepian said.', 0, "Lena Hovsepian", "direct"),
    ('“It felt like history,” team manager Curtis Belfort says in a 2018 interview.', 0, "Curtis Belfort", "direct"),
    # "praised X as “…”" gives the subject's words
    ('In 1977 Jimmy Carter praised Iran as “an island of stability.”', 0, "Jimmy Carter", "partial"),
    # a title never reaches back over a sentence's last word: "he" is the president named after it
    ('Jimmy Carter visited in 1977. In 1986 officials sold arms to Iran. President Reagan denied it. '
     'Later he admitted that “the facts and the evidence” said otherwise.', 0, "Ronald Reagan", "partial"),
    # an honorific stands for the person named before, as "he" does
    ('Ayatollah Ali Khamenei received a group of teachers. “Knowledge is power,” His Eminence added.', 0,
     "Ali Khamenei", "direct"),
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
    # an uncurated person introduced with an age, then resumed by surname or pronoun
    ('Nasser Farahani, 62, a retired teacher in Karaj, has seen it all before. “They promise and forget,” '
     'Farahani said.', 0, "Nasser Farahani", "direct"),
    ('Mina Kazemi, 31, a nurse in Tabriz, says prices have doubled. “We buy half of what we used to,” she said.', 0,
     "Mina Kazemi", "direct"),
    # a paragraph closing on "stated to the press:" introduces the quote below it, over two paragraphs
    ('Talks with the E3 ended late. Afterwards, the Leader of the Islamic Revolution stated to the press:\n\n'
     '“Nobody should mistake patience for weakness.”', 0, "Ali Khamenei", "direct"),
    ('Afterwards, Abbas Araghchi stated to reporters:\n\n“We came to listen. We did not come to trust.\n\n'
     '“The other side knows what it must do.”', 1, "Abbas Araghchi", "direct"),
    # a delegate of a curated country written with its article, and one named by a possessive
    ('Marta Olsen chaired the session. The representative of the United States said Iran had “run out of '
     'excuses.” She called for a vote.', 0, "United States", "partial"),
    ('The Russian Federation’s delegate disagreed. The resolution, he said, was “a political weapon.”', 0,
     "Russia", "partial"),
    # one given name, described and then speaking; a pronoun before it must not take the quote
    ('Rouhani spoke first, and he was brief. Later Darya, a caller from Isfahan, wrote: “We are tired of '
     'waiting.”', 0, "Darya", "direct"),
    # a verb coordinated with the clause's own: the subject named at its start called it so
    ('In 2018 Donald Trump left the agreement and called it “a rotten deal.”', 0, "Donald Trump", "partial"),
    # the sentence after a reported one, naming no one else, goes on with the same speaker
    ('The delegate of Brazil took the floor. The vote was “rushed,” he said. Any sanction adopted this way would '
     'be “void from the start.”', 1, "Brazil", "partial"),
    # an indefinite subject with a body as its object speaks for no one named; "a spokesman for" speaks for it
    ('A diplomat posted to the IAEA in Vienna said inspectors had seen “nothing new.”', 0, None, "partial"),
    ('A spokesman for Iran\'s foreign ministry said the claims were “baseless.”', 0, "Iranian Foreign Ministry",
     "partial"),
    ('A spokesman for Iran’s foreign ministry said the claims were “baseless.”', 0, "Iranian Foreign Ministry",
     "partial"),
    # the speaking is an infinitive of the subject's verb
    ('On Friday Masoud Pezeshkian used a rally in Tabriz to promise “no retreat” on enrichment.', 0,
     "Masoud Pezeshkian", "partial"),
    # an honorific and an office after the name; later "the Qatari minister" is that person, not Qatar
    ('The minister spoke by phone with H.E. Sheikh Tamim Rahman Al Mansour, Minister of State of the State of Qatar. '
     'The Qatari Minister called for “patience on all sides.”', 0, "Tamim Rahman Al Mansour", "partial"),
    # an office written with "of" and the country's name
    ('“The door is open,” the foreign minister of Oman said on 12 April 2025.', 0, "Badr Albusaidi", "direct"),
    # honorifics are titles; a compound surname later is the person named in full before
    ('The delegation was led by H.E. Kazem Gharibabadi Nouri, Deputy Minister for Legal Affairs. Later, '
     'Gharibabadi Nouri told reporters: “We are ready.”', 0, "Kazem Gharibabadi Nouri", "direct"),
    ('His Excellency Reza Najafi Tehrani, Iran’s envoy to Vienna, told the Board that the text was “one-sided”.', 0,
     "Reza Najafi Tehrani", "partial"),
    # a title-case headline capitalises its verb
    ('Araghchi Warns Europe Against ‘Historic Mistake’ on Sanctions', 0, "Abbas Araghchi", "partial"),
    # pointing to something as proof is speaking
    ('Kourosh Amini, 52, a carpet dealer, pointed to the 2018 withdrawal as proof that Washington “never keeps '
     'its word.”', 0, "Kourosh Amini", "partial"),
    # condemning and answering are speaking
    ('Chancellor Olaf Scholz condemned the launch as “irresponsible and dangerous” on Sunday.', 0, "Olaf Scholz",
     "partial"),
    ('Hassan Rouhani answered that Washington should “read its own history.”', 0, "Hassan Rouhani", "partial"),
    # a middle initial and a capital inside the surname; the office after the name is no name
    ('Opening the meeting, Thomas J. McAllister, Director for Regional Affairs, said: “The window is closing.”', 0,
     "Thomas J. McAllister", "direct"),
    ('“There will be no talks,” Khamenei said.\n“None at all.”', 1, "Ali Khamenei", "direct"),
    ('Khamenei noted: “They want servants.” He added that Washington seeks “obedient partners.”', 1,
     "Ali Khamenei", "partial"),
    ('Trump met Rouhani. Trump spoke twice. “We will talk,” the US president said.', 0, "Donald Trump", "direct"),
    ('Trump met Rouhani. Trump spoke twice. “We will wait,” the Iranian president said.', 0, "Hassan Rouhani",
     "direct"),
    ('“This is not diplomacy,” the White House said in a statement.', 0, "White House", "direct"),
    ('“Sanctions will stay.” President Donald Trump said.', 0, "Donald Trump", "direct"),
    ('“Sanctions will stay.” Trump, meanwhile, said he expected a deal with Tehran before the end of the summer.',
     0, None, "direct"),
    # a spokesperson of a named body speaks for it
    ('“It is a tool of repression,” a State Department spokesperson said in a statement.', 0, "US State Department",
     "direct"),
    ('A State Department spokesperson said the hanging was “a tool of repression.”', 0, "US State Department",
     "partial"),
    # a "who said" relative clause after a name that is the object of the main clause
    ('Mohajerani spoke first. Her comments echoed those of Foreign Minister Abbas Araghchi, who said on Monday '
     'that Iran “will not talk with a gun to its head.”', 0, "Abbas Araghchi", "partial"),
    # an uncurated name opening its sentence with an affiliation before its verb
    ('Zarif wrote that it “confirmed every suspicion.” Ali Vaez of the International Crisis Group put it '
     'differently: “Tehran learned a lesson.”', 1, "Ali Vaez", "direct"),
    # a passive "quoted … as saying" names its subject
    ('“They seek influence, not peace,” Khamenei was quoted by his official website as saying.', 0, "Ali Khamenei",
     "direct"),
    ('Rouhani arrived late. Zarif was widely quoted as saying talks were “a waste of time.”', 0,
     "Mohammad Javad Zarif", "partial"),
    # a source the text never names does not inherit the last named speaker
    ('Khamenei spoke on Wednesday. “We will respond,” he said.\nAccording to a senior official, more troops '
     'would come. The official, who spoke on condition of anonymity, said they were “ready to move.”', 1, None,
     "partial"),
    # a country's mission or envoy speaks for it, unless the apposition names the person
    ('Iran’s mission to the United Nations wrote that Tehran “has never left the table.”', 0, "Iran", "partial"),
    ('“We never left the table,” Iran’s mission to the UN wrote on X.', 0, "Iran", "direct"),
    ('“We never left,” Iran’s envoy to the IAEA, Reza Najafi, told reporters.', 0, "Reza Najafi", "direct"),
    # an occupation before a name is a title; later "the coach" is that person
    ('“Nobody slept on the flight home,” head coach Dariusz Wolny said after the draw.', 0, "Dariusz Wolny", "direct"),
    ('Dariusz Wolny, the coach, named his squad on Friday. “She will start,” the coach said.', 0, "Dariusz Wolny",
     "direct"),
    ('Tomasz Brandt, a lawyer for the claimants, filed on Monday. “The assets stay frozen,” the lawyer said.', 0,
     "Tomasz Brandt", "direct"),
    # one given name after the verb, described by an apposition
    ('“I come for the football, not the flags,” said Kaveh, a student who drove in from Shiraz.', 0, "Kaveh",
     "direct"),
    # the object of an active "quoted … as saying" speaks, the person set off after a role first
    ('Tasnim quoted a naval commander, Rear Admiral Hamid Sadri, as saying the ships were “ready for anything.”', 0,
     "Hamid Sadri", "partial"),
    ('The agency quoted a money changer as saying: “Nobody sells dollars today.”', 0, None, "direct"),
    # an indefinite official is one unnamed person, not the country; a definite one named next is that person
    ('“We will take our time,” an Iranian negotiator told reporters in Geneva.', 0, None, "direct"),
    ('“We will take our time,” said the veteran Iranian diplomat Hossein Mousavian.', 0, "Hossein Mousavian",
     "direct"),
    # a role title before a name is that person's title, and "According to" is no part of it
    ('According to the economist Darius Azimi, the Leader “sees sanctions as a siege”.', 0, "Darius Azimi",
     "partial"),
    # the object of "compared … to" takes the subject's words
    ('In July, Khomeini compared the ceasefire to “drinking a cup of poison”.', 0, "Ruhollah Khomeini", "partial"),
    # a surname after its title, as the full name was introduced
    ('Chairman Lyle Barrow opened the hearing. “We are not serious yet,” Chairman Barrow said in closing.', 0,
     "Lyle Barrow", "direct"),
    # a letter named in the sentence before, signed by people the text does not name, speaks for nobody named
    ('Abbas Araghchi rejected it. In a joint letter on Thursday, the three ministers said they had tried. “Our door '
     'remains open,” the letter said.', 0, None, "direct"),
    # a country's ministry or government speaks for it when the country qualifies it
    ("Beijing’s foreign ministry said on Tuesday that its trade was “open and lawful.”", 0, "China", "partial"),
    ("The Iraqi government said it would stay “neutral in this conflict”.", 0, "Iraq", "partial"),
    # a role with a possessive, the name set off after it
    ("'We expected worse,' her chief of staff, Lena Marquardt, said by phone.", 0, "Lena Marquardt", "direct"),
    # a statement named in the sentence before speaks for whoever issued it, a ministry as well as a person
    ('Araghchi spoke first. The Treasury said in a statement on Friday that it had acted. “These networks '
     'fund terror,” the statement said.', 0, "United States Department of the Treasury", "direct"),
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


def test_said_date_from_the_day_heading_a_bullet():
    d = doc('- Thursday: Treasury named 16 people. "This is about accountability," the Treasury Secretary, '
            'Janet Yellen, said in a statement.\n- Friday: Markets calmed.', date(2024, 4, 20))
    (q,) = extract_quotes(d)
    assert (q.speaker, q.said_start, q.said_end) == ("Janet Yellen", date(2024, 4, 18), date(2024, 4, 18))


@pytest.mark.parametrize("tag,speaker", [
    ("the Treasury Secretary, Dana Whitford, said", "Dana Whitford"),
    ("the State Department spokesman, Colin Marsh, said", "Colin Marsh"),
    ("the Pentagon press secretary, Ruth Amesbury, told reporters", "Ruth Amesbury"),
    ("the spokesman, Tobias Lund, said", "Tobias Lund"),
    ("the ministry, in a statement, said", None),  # an aside that names no one
    ("said Kestrel Watch's director, Ines Varga", "Ines Varga"),  # an owner no list knows
    ("a spokesman for Qatar's foreign ministry said", "Qatar"),  # a spokesperson's words are the body's
    ("a Qatari foreign ministry spokesman said", "Qatar"),
    ("an Iranian diplomat said", None),  # an indefinite official is nobody named
    ("State Department spokesman Colin Marsh told reporters", "Colin Marsh"),
    # a title's capitalised portfolio is no part of the name
    ("said Under Secretary for Terrorism and Financial Intelligence Nora Bexley", "Nora Bexley"),
    ("Deputy Secretary of State Alden Pryce said", "Alden Pryce"),
])
def test_a_title_set_off_before_a_name_gives_the_name(tag, speaker):
    (q,) = extract_quotes(doc(f'"We are ready for talks," {tag}.', date(2024, 4, 20)))
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ('The Iranian lead negotiator, Behzad Nabavi, told state radio that Washington had "never kept a promise".',
     "Behzad Nabavi"),
    # the text names who holds the office: no look-up of the holder on the day
    ('Iran\'s foreign minister, Abbas Araghchi, said: "We are ready."', "Abbas Araghchi"),
])
def test_a_title_before_a_name_in_the_subject_gives_the_name(text, speaker):
    (q,) = extract_quotes(doc(text, date(2021, 1, 20)))
    assert q.speaker == speaker


def test_a_date_naming_an_event_by_of_is_not_when_the_words_were_said():
    text = ("TEHRAN, Sept. 24 (CDNA) – The Leader addressed the nation in a televised speech on Tuesday evening, "
            "1 Mehr 1404 (September 23, 2025).\n\n"
            "He described the coup of 28 Mordad 1332 against the national government of the day as \"the starting "
            "point of our pessimism\", and said the lesson still held.\n\n"
            "On the night of January 18 he had said it was \"a wound\".")
    first, second = extract_quotes(doc(text, date(2025, 9, 24)))
    assert first.said_start == date(2025, 9, 23)  # the speech's day, not the coup's
    assert second.said_start == date(2025, 1, 18)  # "the night of" is a time


def test_a_lede_naming_a_day_of_the_week_dates_the_remarks_after_it():
    text = ("Panel weighs the long shadow of 1953\n\n"
            "More than 200 students crowded into the hall on Tuesday evening for a panel on trust.\n\n"
            "\"You cannot understand Tehran without starting there,\" Dr. Ada Lorne said.")
    (q,) = extract_quotes(doc(text, date(2024, 2, 29)))  # a Thursday
    assert (q.speaker, q.said_start) == ("Ada Lorne", date(2024, 2, 27))


@pytest.mark.parametrize("text,speakers", [
    # a child bears the named parent's surname
    ('Korvick\'s daughter, Emily, said the family was "overwhelmed". "We just want to hold him," she said.',
     ["Emily Korvick", "Emily Korvick"]),
    # a wife's given name only; the kin noun tells who "she" is, and that "he" is someone else
    ('Reza Tavana came home early. His wife, Parvaneh, remembers that he said nothing. "He sat by the window," she said.',
     ["Parvaneh"]),
])
def test_kin_set_off_before_a_given_name(text, speakers):
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 10, 27)))] == speakers


def test_a_scene_dated_a_few_sentences_before_dates_the_speakers_words():
    text = ("On a grey afternoon in Geneva last month, Mansour Delkhah sat in a hotel lobby with a folder. "
            "He is 66 and speaks an English learned in California. \"Every agreement I signed was signed by people "
            "who did not trust each other,\" he told me.")
    (q,) = extract_quotes(doc(text, date(2025, 11, 5)))
    assert (q.speaker, q.said_start, q.said_end) == ("Mansour Delkhah", date(2025, 10, 1), date(2025, 10, 31))


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


# -- speakers named by office, resolved by the publication date (lexicons/offices.toml) --------------
OFFICE_CASES = [
    ('"Our airspace is not a corridor," the Iraqi prime minister wrote.', date(2024, 3, 1), "Mohammed Shia al-Sudani"),
    ('"Our airspace is not a corridor," the Iraqi prime minister wrote.', date(2019, 6, 1), "Adil Abdul-Mahdi"),
    ('"Muscat will host the next round," the Omani foreign minister said.', date(2025, 5, 7), "Badr Albusaidi"),
    ('"The talks were useful," the foreign ministry spokesman told reporters.', date(2023, 1, 10), "Nasser Kanaani"),
    ('"The talks were useful," Iran\'s foreign ministry spokesman told reporters.', date(2025, 1, 10),
     "Esmaeil Baghaei"),
    ('"Inspectors need access," the IAEA director general said.', date(2022, 5, 2), "Rafael Grossi"),
    ('"We will not wait forever," the U.S. secretary of state said.', date(2022, 5, 2), "Antony Blinken"),
    ('Industry Minister Reza Farahani spoke in Tehran. "Exports will recover," the minister said.',
     date(2025, 3, 12), "Reza Farahani"),
    ('“Nobody gains from a war,” the Secretary-General said in a message.', date(2020, 6, 1), "António Guterres"),
    ('The French foreign minister replied, writing, “Our door stays open.”', date(2024, 12, 1), "Jean-Noël Barrot"),
    ('The French foreign minister replied, writing, “Our door stays open.”', date(2019, 12, 1), "Jean-Yves Le Drian"),
    ('The German foreign minister was blunter, saying the plan was “a dead end.”', date(2023, 2, 1),
     "Annalena Baerbock"),
    ('“We want calm,” the Chinese foreign minister told reporters.', date(2023, 3, 1), "Qin Gang"),
    ('Araghchi spoke first. The EU’s foreign policy chief was more hopeful; she called it “worth saving.”',
     date(2025, 3, 1), "Kaja Kallas"),
    ('“We are ready,” Iran’s top diplomat told reporters.', date(2022, 3, 6), "Hossein Amir-Abdollahian"),
    ('“Talks must go on,” Britain’s top diplomat said.', date(2023, 3, 6), "James Cleverly"),
    ('Araghchi arrived. “Access is vital,” the UN nuclear watchdog chief said.', date(2018, 3, 6), "Yukiya Amano"),
    ('“We are watching closely,” the White House press secretary said.', date(2023, 3, 6), "Karine Jean-Pierre"),
    ('The Saudi foreign minister, Prince Faisal bin Farhan, said “dialogue is the only way.”', date(2025, 3, 6),
     "Faisal bin Farhan"),
    ('“We will not let this go unanswered,” the defense secretary told reporters.', date(2020, 1, 2), "Mark Esper"),
    ('“Pressure is not a policy,” the top Iranian diplomat said.', date(2025, 3, 13), "Abbas Araghchi"),
]


@pytest.mark.parametrize("text,published,speaker", OFFICE_CASES, ids=[f"{c[0][-40:]}-{c[1]}" for c in OFFICE_CASES])
def test_office_resolves_to_holder_on_the_date(text, published, speaker):
    assert extract_quotes(doc(text, published))[-1].speaker == speaker


def test_chronology_entry_dates_the_office_and_the_words():
    text = ('June 1985 - The Supreme Leader says the war will go on, calling it "a test of faith."\n'
            'March 2025 - The Supreme Leader rejects the offer, calling it "a trap set by Washington."')
    old, new = extract_quotes(doc(text, date(2025, 4, 14)))
    assert (old.speaker, old.said_start, old.said_precision) == ("Ruhollah Khomeini", date(1985, 6, 1), "month")
    assert (new.speaker, new.said_start, new.said_end) == ("Ali Khamenei", date(2025, 3, 1), date(2025, 3, 31))


# -- people the lexicon does not know ------------------------------------------------------------------
def test_uncurated_speaker_with_date_and_later_surname_inherits_the_date():
    text = ('Hamid Rezaei-Nasab said on Monday that "the door is not closed."\n'
            'Analysts were divided.\n'
            '"Nobody should mistake patience for weakness," Rezaei-Nasab said.')
    first, second = extract_quotes(doc(text, date(2025, 3, 12)))
    assert (first.speaker, first.said_start) == ("Hamid Rezaei-Nasab", date(2025, 3, 10))
    assert (second.speaker, second.said_start) == ("Hamid Rezaei-Nasab", date(2025, 3, 10))


def test_uncurated_speaker_is_in_the_actors_table():
    import hashlib
    from mistrust.extract.pipeline import extract
    from mistrust.types import Source
    text = '"We expect an answer soon," Hamid Rezaei-Nasab, a member of parliament, said.'
    res = extract(Source("t", text, hashlib.sha256(text.encode()).hexdigest(), {"published": "2025-03-12"}))
    assert res.quotes[0]["speaker"] == "Hamid Rezaei-Nasab" and "Hamid Rezaei-Nasab" in res.actors


def test_title_with_abbreviations_before_an_uncurated_name():
    text = '"The count may change," Lt. Col. Mark Reyes, a Pentagon spokesman, said on Monday.'
    (q,) = extract_quotes(doc(text, date(2020, 2, 11)))
    assert (q.speaker, q.said_start) == ("Mark Reyes", date(2020, 2, 10))


def test_pronoun_prefers_the_subject_of_the_sentence_before():
    text = 'The Leader received the team led by Foreign Minister Abbas Araghchi. "We are not naive," he said.'
    assert extract_quotes(doc(text, date(2025, 4, 17)))[0].speaker == "Ali Khamenei"


def test_headline_echo_takes_the_speaker_of_the_body_quote():
    text = ('"A broken promise": a former diplomat on the exit\n'
            'Maryam Hosseini, a former diplomat, calls the 2018 exit "a broken promise".')
    head, body = extract_quotes(doc(text, date(2025, 2, 13)))
    assert body.speaker == head.speaker == "Maryam Hosseini"


# -- social-media and participial cues ------------------------------------------------------------------
def test_participial_cue_gives_the_person_not_the_country_in_the_title():
    text = 'US envoy Steve Witkoff appeared to soften on Tuesday, saying, "A deal is still possible."'
    (q,) = extract_quotes(doc(text, date(2025, 4, 17)))
    assert (q.speaker, q.said_start) == ("Steve Witkoff", date(2025, 4, 15))


def test_weighed_in_writing_last_week():
    text = 'Abbas Araghchi weighed in on X last week, writing, "Talks under fire are not talks."'
    (q,) = extract_quotes(doc(text, date(2025, 6, 17)))
    assert (q.speaker, q.said_start, q.said_end) == ("Abbas Araghchi", date(2025, 6, 9), date(2025, 6, 15))


def test_post_reads_stands_for_its_author_and_a_follow_up_dates_it():
    text = ('Donald Trump took to social media again.\n'
            '"Iran must choose," one post reads. "Time is short," he added in another.\n'
            'Both posts appeared on Friday, hours after the strikes.')
    first, second = extract_quotes(doc(text, date(2025, 6, 17)))
    assert (first.speaker, first.said_start) == ("Donald Trump", date(2025, 6, 13))
    assert (second.speaker, second.said_start) == ("Donald Trump", date(2025, 6, 13))


def test_lead_in_sentence_dates_the_quote():
    text = ('President Donald Trump posted twice on Sunday.\n'
            'On Monday night the president went further. "Leave now," Donald Trump wrote in a post.')
    (q,) = extract_quotes(doc(text, date(2025, 6, 17)))
    assert (q.speaker, q.said_start) == ("Donald Trump", date(2025, 6, 16))


def test_relative_clause_who_said_attributes_to_its_antecedent():
    text = ('President Donald Trump spoke at the White House. The strike was ordered by the president, '
            'who said the commander had planned "imminent" attacks.')
    assert extract_quotes(doc(text, date(2020, 2, 11)))[0].speaker == "Donald Trump"


def test_called_with_a_subject_is_attribution_not_a_label():
    text = 'It was a first session that the White House called "constructive and frank."'
    (q,) = extract_quotes(doc(text, date(2025, 4, 15)))
    assert (q.speaker, q.kind) == ("White House", "partial")


# -- said-dates ---------------------------------------------------------------------------------------
def test_date_inside_the_quote_is_never_its_said_date():
    (q,) = extract_quotes(doc('"We met them on Monday," Araghchi said on Wednesday.', date(2025, 3, 14)))
    assert q.said_start == date(2025, 3, 12)


def test_date_in_a_relative_clause_or_naming_an_event_is_not_the_said_date():
    text = 'Khamenei, who rejected talks in February, told officials on Sunday: "Do not be hopeful."'
    assert extract_quotes(doc(text, date(2025, 4, 16)))[0].said_start == date(2025, 4, 13)
    text = ('Khamenei said on Tuesday that talks had begun. He then recalled the 1953 coup.\n'
            '"They cannot be trusted," he said.')
    assert extract_quotes(doc(text, date(2025, 4, 17)))[0].said_start == date(2025, 4, 15)


def test_a_paragraph_continuing_the_remarks_inherits_their_date():
    text = ('"We agreed on the outline," Araghchi told state television on Saturday night.\n'
            '"Our agenda is the nuclear file," he said.')
    first, second = extract_quotes(doc(text, date(2025, 4, 15)))
    assert first.said_start == second.said_start == date(2025, 4, 12)


def test_in_a_speech_on_wednesday_between_subject_and_verb():
    text = 'President Masoud Pezeshkian, in a speech on Wednesday, said Iran would not "bargain away" its rights.'
    (q,) = extract_quotes(doc(text, date(2025, 6, 1)))
    assert (q.speaker, q.said_start) == ("Masoud Pezeshkian", date(2025, 5, 28))


def test_a_dated_meeting_dates_the_words_but_a_year_naming_an_event_does_not():
    text = 'In a March 12 meeting with students, Khamenei said talks would only "tighten the knot."'
    assert extract_quotes(doc(text, date(2025, 3, 20)))[0].said_start == date(2025, 3, 12)
    text = 'Khamenei recalled the 2018 withdrawal and called it "a lesson."'
    assert extract_quotes(doc(text, date(2025, 3, 20)))[0].said_start is None


# -- live blogs: each time-stamped entry is its own story, posted on the publication day ------------------
LIVE = ('Talks in Geneva: live\n\n'
        '18:10 GMT — Delegations leave\n\n'
        'A diplomat at the venue said: "We will meet again within weeks."\n\n'
        '16:02 GMT — Abbas Araghchi speaks\n\n'
        'Araghchi spoke to reporters on Thursday. "The talks were serious," he said.\n\n'
        '"Nothing is agreed yet," a shopkeeper in Tehran told us.\n\n'
        '15:30 GMT — A long road\n\n'
        '"Our patience has limits," the foreign minister wrote.\n')


def test_a_live_blog_quote_without_a_date_takes_the_day_of_posting():
    quotes = extract_quotes(doc(LIVE, date(2025, 5, 23)))
    assert quotes[0].said_start == quotes[0].said_end == date(2025, 5, 23)
    assert quotes[2].speaker is None and quotes[2].said_start == date(2025, 5, 23)


def test_a_live_blog_entry_keeps_its_own_dates_and_leaks_none_into_the_next():
    quotes = extract_quotes(doc(LIVE, date(2025, 5, 23)))
    assert (quotes[1].speaker, quotes[1].said_start) == ("Abbas Araghchi", date(2025, 5, 22))
    assert quotes[3].said_start == date(2025, 5, 23)  # not Thursday, from the entry before


def test_time_stamps_need_two_entries_and_a_time_of_day():
    text = '10.5 — a figure\n\nKhamenei said: "We will resist."\n'
    assert doc(text).entries == []
    assert doc('9:05 GMT — A\n\nB.\n\n8.40am BST\n\nC.\n').entries == [0, 18]


def test_a_date_naming_a_thing_is_not_when_the_words_were_said():
    text = ('Araghchi said on Saturday that "the talks were useful". He added that next week\'s round could move. '
            '"We are ready," he said.')
    quotes = extract_quotes(doc(text, date(2025, 4, 15)))
    assert quotes[1].said_start == date(2025, 4, 12)


def test_a_date_opening_the_cues_own_coordinate_clause_dates_the_words():
    text = 'Trump wrote to Khamenei in March, and late last month he warned that "time is running out".'
    (q,) = extract_quotes(doc(text, date(2025, 5, 10)))
    assert (q.speaker, q.said_start, q.said_end) == ("Donald Trump", date(2025, 4, 16), date(2025, 4, 30))  # late: its second half


# -- speakers named by country and function only ----------------------------------------------------------
def test_an_unnamed_official_speaks_for_the_country_and_he_refers_to_them():
    text = ('Rafael Grossi urged restraint on Monday. Iran’s ambassador to the Agency told the meeting that the '
            'West had “moved the goalposts”. “We came in good faith,” he said.')
    first, second = extract_quotes(doc(text, date(2024, 6, 5)))
    assert (first.speaker, second.speaker) == ("Iran", "Iran")


def test_a_countrys_definite_official_is_the_country_an_indefinite_one_is_nobody_named():
    (q,) = extract_quotes(doc('“No date has been set,” Iran’s chief negotiator told reporters.'))
    assert (q.speaker, q.kind) == ("Iran", "direct")
    (q,) = extract_quotes(doc('“The door stays open,” a Qatari diplomat said.'))
    assert (q.speaker, q.speaker_mention) == (None, "Qatari diplomat")


def test_an_office_title_still_wins_over_an_unnamed_official():
    (q,) = extract_quotes(doc('“We are ready,” the Iraqi prime minister said.', date(2023, 5, 2)))
    assert q.speaker == "Mohammed Shia al-Sudani"


def test_a_long_apposition_between_speaker_and_verb():
    text = ('“The file is closed,” Dr Salem Al Harthy, adviser to the Prime Minister and chief spokesperson of the '
            'Ministry of Foreign Affairs, told a briefing.')
    (q,) = extract_quotes(doc(text))
    assert q.speaker == "Salem Al Harthy"


def test_a_participle_clause_takes_the_clause_subject_not_the_noun_before_it():
    text = ('Araghchi added that the funds were still held in Qatar, calling the delay “a test of trust”.')
    (q,) = extract_quotes(doc(text))
    assert q.speaker == "Abbas Araghchi"


def test_an_unnamed_plural_subject_does_not_inherit_the_last_speaker():
    text = ('“We will respond,” Araghchi said. In a joint note, the two European capitals said the step was '
            '“deeply worrying”.')
    quotes = extract_quotes(doc(text))
    assert (quotes[1].speaker, quotes[1].speaker_mention, quotes[1].kind) == (None, "the two European capitals",
                                                                            "partial")


@pytest.mark.parametrize("text,speaker", [
    ('“The talks were cordial but thin,” said Marta Velasquez’s longtime deputy, Tomas Herrera, who attended them.',
     "Tomas Herrera"),
    ('“The talks were cordial but thin,” said Marta Velasquez\'s spokesman.', None),
])
def test_a_possessive_name_after_the_cue_owns_the_speaker_but_is_not_the_speaker(text, speaker):
    q = extract_quotes(doc(text, date(2025, 3, 12)))[0]
    assert q.speaker == speaker, q
    assert "’s" not in (q.speaker or "") and "'s" not in (q.speaker or "")


@pytest.mark.parametrize("text", [
    # a date in the reported clause, after "that" or after a subject and an auxiliary
    'Marta Velasquez testified that the ministry had changed course in 2016. “We saw it coming,” she said.',
    'Marta Velasquez said the agency had published its findings on Tuesday. “It was late,” she said.',
    # a date before a closing tag belongs to the reported words
    'Marta Velasquez spoke. The ministry has fined three firms since January, she said. “Fines work,” she added.',
    # a participial clause after the quote names another time
    'Marta Velasquez listed what she called Tehran’s “long record of delay,” starting with a freeze in June 2003.',
])
def test_dates_of_the_reported_words_are_not_said_dates(text):
    qs = extract_quotes(doc(text, date(2025, 3, 14)))
    assert qs and all(q.said_start is None for q in qs), qs


def test_a_time_restated_by_when_dates_the_cue():
    text = 'The envoy cited his speech on March 3, when he called the proposal “a trap,” and left.'
    (q,) = extract_quotes(doc(text, date(2025, 3, 14)))
    assert q.said_start == date(2025, 3, 3)


def test_a_session_named_by_its_day_dates_the_cue():
    text = 'Senator Marta Velasquez said in Tuesday’s closed session that the plan was “dead on arrival.”'
    (q,) = extract_quotes(doc(text, date(2025, 3, 14)))
    assert q.said_start == date(2025, 3, 11)


def test_a_wire_lede_dates_the_occasion_of_undated_quotes():
    text = ('Panel grills envoy\n\nBRUSSELS — Members of a parliamentary panel questioned a senior envoy on '
            'Tuesday about the stalled talks.\n\n“We were promised a text,” said Deputy Marta Velasquez.\n\n'
            'Retired Rear Admiral Tomas Herrera, who served in the Gulf, disagreed. “There is no text,” '
            'Herrera told the deputies.')
    qs = extract_quotes(doc(text, date(2025, 3, 14)))
    assert [(q.speaker, q.said_start) for q in qs] == [
        ("Marta Velasquez", date(2025, 3, 11)), ("Tomas Herrera", date(2025, 3, 11))]


def test_a_posting_date_is_no_lede_date():
    text = 'Panel grills envoy\n\nPosted March 13, 2025.\n\n“We were promised a text,” said Deputy Marta Velasquez.'
    (q,) = extract_quotes(doc(text, date(2025, 3, 14)))
    assert q.said_start is None


def test_a_name_complementing_a_title_is_not_the_speaker():
    text = ('The Speaker of the Islamic Consultative Assembly, Dr Mohammad Bagher Ghalibaf, said the country '
            'wanted “guarantees first.” “Words are cheap,” the Speaker said.')
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 3, 14)))] == ["Mohammad Bagher Ghalibaf"] * 2


# -- delegates named by their country, as in meeting summaries --------------------------------------
DELEGATE_CASES = [
    ('The representative of France, speaking also on behalf of Germany and the United Kingdom, said the three '
     'were ready to use “every tool we have.”', "France"),
    ('Speaking next, the delegate of Guyana said the Council should “give diplomacy time”.', "Guyana"),
    ('China’s delegate warned that “threats solve nothing” and urged restraint.', "China"),
    ('The representative of the Russian Federation said the Europeans had “no standing” to act.', "Russia"),
    ('The representative of Brazil spoke last. He said the text was “a missed chance.”', "Brazil"),
]


@pytest.mark.parametrize("text,speaker", DELEGATE_CASES, ids=[c[0][:40] for c in DELEGATE_CASES])
def test_a_delegate_speaks_for_the_country_named(text, speaker):
    assert extract_quotes(doc(text, date(2024, 12, 18)))[-1].speaker == speaker


def test_a_name_set_off_after_a_title_is_the_speaker():
    text = 'Oman’s ambassador, Talal Harthy, rejected what he called “a smear.” Harthy said the charge was “absurd.”'
    assert [q.speaker for q in extract_quotes(doc(text, date(2024, 12, 18)))] == ["Talal Harthy"] * 2


def test_he_after_an_uncurated_name_with_a_who_clause():
    text = ('Esmaeil Baghaei said a reply was ready. Then Farid Moshiri, who chairs the committee, went further. '
            'He said the letter was “a trap dressed as an offer.”')
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == "Farid Moshiri"


def test_first_person_in_a_transcript_line_is_the_label_holder():
    text = ('Our guest today is Lena Castillo, a historian.\n\nHOST: Welcome.\n\n'
            'CASTILLO: As I put it in my book, “trust is built slowly.”')
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == "Lena Castillo"


def test_an_unnamed_source_does_not_inherit_the_last_speaker():
    text = ('Araghchi said: “We are ready.” A senior European diplomat told me, “We have months, not years.” '
            'My old boss used to call that “the slow road.”')
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 3, 6)))] == ["Abbas Araghchi", None, None]


def test_a_post_that_calls_is_its_authors():
    text = ('Araghchi wrote: “We are ready.” Senator Dale Whitcomb answered with a post of his own that called '
            'the offer “a trap.”')
    assert extract_quotes(doc(text, date(2025, 3, 6)))[-1].speaker == "Dale Whitcomb"


def test_a_transcript_guest_introduced_without_a_title_is_the_label_holder():
    text = 'Our guest is Mina Okafor-Reyes.\n\nOKAFOR-REYES: I told the committee, “It will fail.”'
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == "Mina Okafor-Reyes"


@pytest.mark.parametrize("text", [
    'Araghchi said: “We are ready.” “It is a bluff,” officials said.',
    'Araghchi said: “We are ready.” Officials said it was “a bluff.”',
])
def test_bare_plural_sources_have_no_speaker(text):
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 3, 6)))] == ["Abbas Araghchi", None]


def test_a_name_set_off_before_the_verb_is_a_person():
    text = 'Trump spoke. The spokeswoman for the State Department, Dana Whitlow, said the offer was “final.”'
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == "Dana Whitlow"


def test_a_name_opening_a_clause_after_an_introductory_phrase_is_a_person():
    text = 'Trump spoke on Friday. In her new book, Leila Moradi traces the talks. As she puts it, “nobody trusted anybody.”'
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == "Leila Moradi"


def test_the_author_is_whoever_the_text_described_as_the_author():
    text = ('Trump spoke on Friday. Leila Moradi, a former envoy and the author of a new history of the talks, '
            'is blunt. The author writes that “nobody trusted anybody.”')
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == "Leila Moradi"


def test_a_book_under_review_speaks_for_its_author_and_dates_her_words():
    # the reviewed author is named only in possessives and by surname; her book's month dates her words,
    # not the year of the subject a sentence before ("On the 1979 revolution")
    text = ('Nadia Karimi’s new book, published in June, covers seven decades. Karimi argues that both sides kept '
            'score. “Every treaty leaves a residue,” the author writes.\n\nOn the 1979 revolution, Karimi is at her '
            'sharpest. The uprising, she writes, “ended a century of deference.” As she puts it in the last '
            'chapter, “What was promised can still be kept.”')
    qs = extract_quotes(doc(text, date(2025, 10, 1)))
    assert [q.speaker for q in qs] == ["Nadia Karimi"] * 3
    assert {(q.said_start, q.said_end) for q in qs} == {(date(2025, 6, 1), date(2025, 6, 30))}
    assert qs[2].kind == "direct"


def test_the_owner_of_a_remark_said_what_its_that_clause_reports():
    text = ('The author cites Hassan Rouhani’s remark of May 2019 that the agreement was “on life support” as '
            'a turning point.')
    q = extract_quotes(doc(text, date(2025, 10, 1)))[0]
    assert (q.speaker, q.said_start, q.said_end) == ("Hassan Rouhani", date(2019, 5, 1), date(2019, 5, 31))


def test_words_naming_a_remark_are_its_owners():
    text = 'Few forgot Mahmoud Ahmadinejad’s “wiped off the map” speech of October 2005, least of all in Israel.'
    q = extract_quotes(doc(text, date(2025, 10, 1)))[0]
    assert (q.speaker, q.said_start, q.said_end) == ("Mahmoud Ahmadinejad", date(2005, 10, 1), date(2005, 10, 31))


def test_an_abbreviation_between_subject_and_verb():
    text = 'In a joint statement, the Atomic Energy Organization of Iran (AEOI) said it would add “new centrifuges”.'
    assert extract_quotes(doc(text, date(2024, 11, 22)))[0].speaker == "Atomic Energy Organization of Iran"


def test_a_statement_before_its_quote_belongs_to_the_body_that_issued_it():
    text = ('Grossi spoke on Monday. Later, the Atomic Energy Organization of Iran issued a reply. The statement '
            'called the resolution “politically motivated”.')
    assert extract_quotes(doc(text, date(2024, 11, 22)))[0].speaker == "Atomic Energy Organization of Iran"


@pytest.mark.parametrize("text,speaker", [
    ('Our guest is Omid Nader.\n\nHOST: You wrote last year that the deal was “a bridge too short.” Why?\n\n'
     'NADER: Because it was.', "Omid Nader"),
    ('Spokesman Esmaeil Baghaei took questions.\nQ: You said on Sunday that talks were “over.” Still so?\n'
     'BAGHAEI: No.', "Esmaeil Baghaei"),
])
def test_you_in_a_question_is_whoever_answers_it(text, speaker):
    assert extract_quotes(doc(text, date(2025, 3, 6)))[0].speaker == speaker


def test_a_country_named_only_by_its_delegate_is_a_country_in_the_actors_table():
    import hashlib
    from mistrust.extract.pipeline import extract
    from mistrust.types import Source
    text = 'The representative of Guyana said the Council should “give diplomacy time”.'
    res = extract(Source("t", text, hashlib.sha256(text.encode()).hexdigest(), {"published": "2024-12-18"}))
    assert res.quotes[0]["speaker"] == "Guyana" and res.actors["Guyana"].actor_type == "country"


# Invented sentences: (text, published, index of the quote, expected said_start, said_end). A Wednesday
# publication unless stated; each dates the words by the clause about the speaking, not by another event.
_WED = date(2025, 3, 12)
_Y = lambda y: (date(y, 1, 1), date(y, 12, 31))  # noqa: E731
_D = lambda m, d, y=2025: (date(y, m, d), date(y, m, d))  # noqa: E731
SAID_DATE_CASES = [
    # a scene opened by its date dates the quotes that follow, whatever else the sentence dates
    ("By Sara Lind\n\nOn a wet afternoon last month, in a café near the bazaar, Kamran Esfahani, a retired envoy, "
     "spread out three papers: a letter from 2003, a copy of the 2015 agreement and an order signed in Washington in "
     "January. “All were supposed to be beginnings,” he said.", _WED, 0, (date(2025, 2, 1), date(2025, 2, 28))),
    # the remarks' day, not the day of what the sentence before said they were about
    ("Ali Khamenei addressed army cadets on Monday, March 10. Khamenei said the raid on 9 Esfand had shown "
     "Washington's aims. “They came as guests and stayed as masters,” the Leader said.", _WED, 0, _D(3, 10)),
    ("Ali Khamenei addressed army cadets on Monday, March 10. Referring to the raid on February 27, in which two "
     "guards died, the Leader said restraint had limits. He warned that any repeat would meet “a crushing reply.”",
     _WED, 0, _D(3, 10)),
    ("Netanyahu, who spoke on Sunday, was blunt: “Iran will not get the bomb.”", _WED, 0, _D(3, 9)),
    ("Rubio, who spoke to reporters on Thursday evening, said Iran had “a choice.”", _WED, 0, _D(3, 6)),
    ("Grossi, who briefed the board on Monday, warned of “a very serious matter.”", _WED, 0, _D(3, 10)),
    ("In a 2019 interview, Zarif said the deal was “still alive.”", _WED, 0, _Y(2019)),
    ("Mir Hossein Mousavi, in a 2009 letter, wrote that the vote was “a fraud.”", _WED, 0, _Y(2009)),
    ("John Bolton wrote in his 2017 memoir that the deal was “a disaster.”", _WED, 0, _Y(2017)),
    ("In his 2019 book, Zarif wrote that diplomacy was “the only way.”", _WED, 0, _Y(2019)),
    ("Araghchi told the Security Council in a 2023 briefing that Iran was “ready.”", _WED, 0, _Y(2023)),
    ("Zarif told the New York Times in a March interview that the US was “unreliable.”", _WED, 0,
     (date(2025, 3, 1), date(2025, 3, 31))),
    ("Earlier, on 10 Ordibehesht, Ayatollah Ali Khamenei had said that the talks were “one issue among many”.",
     date(2025, 5, 11), 0, _D(4, 30)),
    ("Earlier, on 10 Ordibehesht, the Leader of the Islamic Revolution, Ayatollah Ali Khamenei, had said that "
     "the talks were “one issue among many”.", date(2025, 5, 11), 0, _D(4, 30)),
    ("TEHRAN, Jan 6 (Reuters) - Iran’s foreign minister Javad Zarif said on Wednesday that the strike was "
     "“state terrorism.”\n\nMore to follow.", date(2020, 1, 9), 0, _D(1, 1, 2020)),
    ("DUBAI, March 3 (AP) — Araghchi said on Saturday that the talks were “serious.”\n\nMore to follow.",
     _WED, 0, _D(3, 1)),
    ("LONDON, 6 January (AFP) – Zarif said on Wednesday that the strike was “state terrorism.”\n\nMore to follow.",
     date(2020, 1, 9), 0, _D(1, 1, 2020)),
    ("In a speech to commanders on Sunday, Pezeshkian, who took office in July, said: “We do not want war.”",
     _WED, 0, _D(3, 9)),
    ("The briefing was given by spokesman Esmaeil Baghaei in Tehran on Monday. Questions were shortened. "
     "Baghaei called the talks “difficult but useful”.", _WED, 0, _D(3, 10)),
    ("Senator Jane Doyle repeated in a post that Iran got “$150 billion in cash.” The post had been viewed "
     "3 million times by Monday.", _WED, 0, (None, None)),
    ("Araghchi said on Monday: “We are serious.”\n\nIn 2019, he had taken a harder line. “Talks are a trap,” he "
     "said then.", _WED, 1, _Y(2019)),
    ("Khamenei said last week that Iran had been deceived in 2015 and called the deal a “mistake.”", _WED, 0,
     (date(2025, 3, 3), date(2025, 3, 9))),
    ("Baghaei said the sanctions imposed in 2018 were “illegal.”", _WED, 0, (None, None)),
    ("Trump said the strike on Friday had been “justified.”", _WED, 0, (None, None)),
    ("Pezeshkian said the election held in 2024 had been “a turning point.”", _WED, 0, (None, None)),
    ("Rubio said yesterday: “Iran must choose.” Two weeks earlier he had told Fox: “No deal.”", _WED, 1,
     _D(2, 25)),
    ("Board of Governors — Vienna\n\nGovernors met today to weigh a new resolution on Iran.\n\n"
     "China’s representative said pressure would be “counterproductive”.", _WED, 0, _D(3, 12)),
    ("Joint statement — Muscat\n\nThe two delegations met yesterday in Muscat for a second round.\n\n"
     "“We made progress,” the Omani foreign minister said.", _WED, 0, _D(3, 11)),
    ("Trump raised the stakes last week, telling donors on Tuesday that Iran faced “a very bad day.”", _WED, 0,
     _D(3, 4)),
    ("At a tea house near the bazaar on Saturday evening, the radio was turned up for the news.\n\n"
     "“Nobody here believes a word of it,” said Hamid Rezaei, 67, who owns the place.", _WED, 0, _D(3, 8)),
    # the date of the reported clause before a ", he said" tag is not when he said it
    ("The envoys had met in Oslo on 2 March and agreed on little, he said, but both sides were “still talking.”",
     _WED, 0, (None, None)),
    # a sentence telling when something happened is no scene for the quote paragraph below it
    ("On 3 March, the board adopted a resolution.\n\nThe Iranian envoy, Reza Najafi, said the text was "
     "“political”.", _WED, 0, (None, None)),
    # the date of what was pointed to is not when the pointing was said
    ("Senator Ruth Calloway pointed to his speech on March 3 as a warning.\n\nAsked about sanctions, Calloway "
     "said: “We are done.”", _WED, 0, (None, None)),
    ("In remarks to reporters this morning, Baghaei described the proposal as “unbalanced”.", _WED, 0, _D(3, 12)),
]


@pytest.mark.parametrize("text,published,index,expected", SAID_DATE_CASES, ids=[c[0][:48] for c in SAID_DATE_CASES])
def test_said_date_of_the_speaking_clause(text, published, index, expected):
    q = extract_quotes(doc(text, published))[index]
    assert (q.said_start, q.said_end) == expected


def test_lead_in_date_in_a_relative_clause_does_not_break_the_remarks():
    text = ('Khamenei told officials on Monday night: “We are not hopeful.”\n\nKhamenei, who rejected talks in '
            'February, reminded them of the past. “They tore it up,” he said.')
    assert extract_quotes(doc(text, _WED))[1].said_start == date(2025, 3, 10)


def test_a_dated_gathering_dates_its_hosts_undated_words():
    text = ("The Leader of the Islamic Revolution received air force commanders in Tehran on Wednesday morning.\n\n"
            "Addressing the gathering, Ayatollah Khamenei said talks with Washington were “neither wise nor "
            "honourable.”\n\n“They tore up the last agreement,” he added.")
    got = [(q.speaker, q.said_start, q.said_end) for q in extract_quotes(doc(text, date(2025, 2, 8)))]
    assert got == [("Ali Khamenei", date(2025, 2, 5), date(2025, 2, 5))] * 2


def test_a_sentence_opening_on_the_speaking_dates_the_words():
    text = ("Speaking to reporters on the sidelines of a cabinet meeting on Wednesday, Abbas Araghchi said, "
            "“Our position is clear.”")
    q = extract_quotes(doc(text, date(2025, 3, 13)))[0]
    assert (q.speaker, q.said_start) == ("Abbas Araghchi", date(2025, 3, 12))


def test_a_title_in_a_dated_sentence_is_the_holder_on_that_date():
    text = ("Ruhollah Khomeini founded the Islamic Republic in 1979 and called America “the Great Satan.” "
            "On Saturday, the Supreme Leader promised a “tooth-breaking response.” "
            "Back in 1980, the Supreme Leader had called the hostages “spies.”")
    got = [q.speaker for q in extract_quotes(doc(text, date(2024, 11, 4)))]
    assert got == ["Ruhollah Khomeini", "Ali Khamenei", "Ruhollah Khomeini"]


def test_a_debate_records_speaker_heads_hold_their_first_person():
    text = ('Mr Owen Pryce (Rhoswen) (LD): The Foreign Secretary said on Monday that talks were "not over". '
            'Does the Minister agree?\n\n'
            'The Minister of State (Baroness Ilse Varga): As I told the House in June, "our door remains open."')
    qs = extract_quotes(doc(text, date(2025, 3, 12)))
    assert [(q.speaker, str(q.said_start)) for q in qs] == [("David Lammy", "2025-03-10"),
                                                          ("Ilse Varga", "2024-06-01")]


def test_a_press_reviews_capital_heads_name_the_paper_and_the_daily_refers_back():
    text = ("ETTELAAT: 'Patience has a limit'\n\n"
            "The conservative daily praised the cabinet but called the offer “a trap dressed as a gift.”\n\n"
            "According to IRNA, Rouhani said: “We will wait.”")
    qs = extract_quotes(doc(text, date(2019, 5, 9)))
    assert [(q.speaker, q.kind) for q in qs] == [("Ettelaat", "direct"), ("Ettelaat", "partial"),
                                                 ("Hassan Rouhani", "direct")]


def test_a_lede_after_a_letterhead_or_in_the_next_paragraph_dates_the_occasion():
    text = ("FOR IMMEDIATE RELEASE\n\nMarch 6, 2025\n\nPanel Hears Warnings on Tankers\n\n"
            "WASHINGTON — Chairwoman Ada Lindqvist (R-Ohio) on Tuesday opened a hearing on tanker fleets.\n\n"
            "\"We are losing the race,\" said Ranking Member Omar Pryce.")
    (q,) = extract_quotes(doc(text, date(2025, 3, 6)))
    assert (q.speaker, str(q.said_start)) == ("Omar Pryce", "2025-03-04")


def test_a_date_in_the_topic_of_a_question_is_not_the_answers():
    text = ("Asked about the measures announced by the Treasury on Thursday, the spokesman Esmaeil Baghaei said "
            "they would \"change nothing\".")
    (q,) = extract_quotes(doc(text, date(2025, 5, 13)))
    assert (q.speaker, q.said_start) == ("Esmaeil Baghaei", None)


def test_an_occasion_set_off_inside_a_that_clause_dates_its_own_words():
    text = ("He recalled that the Leader, in a meeting with clerics last month, had urged calm, calling the talks "
            "\"a test, not a trap\".")
    (q,) = extract_quotes(doc(text, date(2025, 5, 13)))
    assert (str(q.said_start), str(q.said_end)) == ("2025-04-01", "2025-04-30")


def test_a_year_after_since_is_no_anchor_for_a_bare_month():
    text = "Europe has done nothing since 2018. Araghchi wrote in July that the move had \"no standing\"."
    (q,) = extract_quotes(doc(text, date(2025, 8, 29)))
    assert str(q.said_start) == "2025-07-01"


def test_a_title_never_reaches_back_over_a_full_stop_or_a_line():
    text = ("The talks were held in Muscat.\n\nIsraeli Prime Minister Benjamin Netanyahu posted a video on Sunday "
            "praising Trump. He called the strikes “bold”.")
    (q,) = extract_quotes(doc(text, date(2025, 6, 23)))
    assert q.speaker == "Benjamin Netanyahu"


def test_a_countrys_named_official_answers_to_the_country_and_role_later_but_an_indefinite_one_does_not():
    text = ("Oman’s foreign minister, Badr Albusaidi, carried papers between the rooms. “Both sides came to listen,” "
            "the Omani minister said afterwards. “We are patient,” an Omani diplomat said.")
    qs = extract_quotes(doc(text, date(2025, 5, 31)))
    assert [q.speaker for q in qs] == ["Badr Albusaidi", None]


def test_the_owner_opening_a_sentence_is_the_pronouns_antecedent():
    text = ("Trump wrote to Tehran in March. Khamenei’s reply was cool: talks with ‘a bullying government’, he said, "
            "would solve nothing.")
    (q,) = extract_quotes(doc(text, date(2025, 5, 31)))
    assert q.speaker == "Ali Khamenei"


def test_a_body_after_at_the_is_no_speaker_and_that_same_day_dates_the_words():
    text = ("On 3 July 1988 the cruiser fired. That same day, President Ronald Reagan called it “a tragedy”. "
            "Speaking at the United Nations eleven days later, Vice President George H. W. Bush declined to "
            "apologise, insisting that the crew had acted in a “wartime environment.”")
    qs = extract_quotes(doc(text, date(2022, 7, 3)))
    assert [(q.speaker, str(q.said_start)) for q in qs] == [("Ronald Reagan", "1988-07-03"),
                                                          ("George H. W. Bush", "1988-07-14")]


def test_a_press_release_after_many_header_lines_dates_its_officials_words_by_its_lede():
    text = ("BULLETIN REPRINTS\nReleases as issued\n\nU.S. Department of Justice\nOffice of Public Affairs\n\n"
            "FOR IMMEDIATE RELEASE\nWednesday, May 7, 2025\n\nTrader Charged With Shipping Valves to Iran\n\n"
            "Co-Defendant Remains Abroad\n\nA complaint was unsealed today in Boston charging a trader with "
            "exporting industrial valves.\n\n\"Export rules are not a suggestion,\" said Special Agent in Charge "
            "Maria Lindgren of the FBI's Boston Field Office.")
    (q,) = extract_quotes(doc(text, date(2025, 5, 7)))
    assert (q.speaker, str(q.said_start)) == ("Maria Lindgren", "2025-05-07")


@pytest.mark.parametrize("text,said", [
    # the speaker's own clause, an object person after the verb notwithstanding
    ("On Christmas Eve 1978, President Jimmy Carter phoned the Shah from Camp David and called the crisis "
     "“a passing storm”.", "1978-12-24"),
    # the words belong to the trip the main clause dates
    ("In September 1980, Prime Minister Mohammad-Ali Rajai flew to New York, where he called the hostages "
     "“a matter for the parliament”.", "1980-09-01..1980-09-30"),
])
def test_the_date_of_the_speakers_own_clause_dates_the_words(text, said):
    (q,) = extract_quotes(doc(text, date(2021, 3, 1)))
    assert f"{q.said_start}..{q.said_end}" == said or str(q.said_start) == said


GALLERY = ("In pictures: a summit and a stadium\n\n3 of 5\nForeign Minister Lina Okafor and her Iranian counterpart "
           "shake hands in Oslo on March 3, 2016, before talks on detainees. Okafor tells reporters the meeting is "
           "\"a door left ajar.\" (Photo: Per Lund/Nordic Frames)\n\n4 of 5\nThe two delegations sit down to lunch. "
           "\"Nobody mentioned the past,\" Okafor says afterwards. (Photo: Per Lund/Nordic Frames)\n\n5 of 5\n"
           "Okafor walks to her car. \"It was worth the trip,\" she says a decade later. She had told aides it "
           "was \"a long shot.\" (Photo: Per Lund/Nordic Frames)")


def test_a_remark_in_the_present_tense_in_a_caption_was_made_on_the_scenes_day():
    qs = extract_quotes(doc(GALLERY, date(2024, 5, 2)))
    assert [(q.speaker, str(q.said_start)) for q in qs] == [
        ("Lina Okafor", "2016-03-03"),  # the caption's own scene
        ("Lina Okafor", "2016-03-03"),  # a caption naming no day continues the one before
        ("Lina Okafor", "2026-01-01"),  # "a decade later": not the scene's day
        ("Lina Okafor", "None")]  # past perfect: an earlier day the text does not give


def test_a_claims_signature_line_names_the_speaker_and_the_day():
    text = ("THE CLAIM\n\n\"Tehran honoured the deal to the letter until Washington walked away.\"\n"
            "— Sen. Harlan Meeks, Republican of Idaho, in a radio interview, March 2, 2024\n\nOUR RATING: MOSTLY FALSE")
    (q,) = extract_quotes(doc(text, date(2024, 3, 6)))
    assert (q.speaker, q.kind, str(q.said_start)) == ("Harlan Meeks", "direct", "2024-03-02")


def test_that_month_and_a_second_clause_after_a_closing_quote_take_their_own_dates():
    text = ("In January the inspectors were sent home. The Leader said that month that the programme would grow "
            "\"as far as needed,\" and last month he said the West must \"lift everything\" first.")
    qs = extract_quotes(doc(text, date(2022, 5, 20)))
    assert [str(q.said_start) for q in qs] == ["2022-01-01", "2022-04-01"]


def test_a_chronology_entry_under_a_month_heading_dates_its_quotes_and_events():
    from mistrust.extract.events import extract_events
    d = doc("How the talks went\n\nOctober 2016\n\n4 — The minister tells reporters the offer is \"a trap.\"\n"
            "19 — The envoys meet in Oslo.\n", date(2019, 1, 7))
    (q,) = extract_quotes(d)
    assert (q.said_start, q.said_precision) == (date(2016, 10, 4), "day")
    assert {(e.event_type, e.date_start) for e in extract_events(d)} >= {("negotiation", date(2016, 10, 19))}


def test_a_ledes_participle_dated_thing_does_not_date_the_occasion():
    d = doc("Papers weigh the envoy's report\n\nThe envoy's report to parliament, released on Monday, dominated the "
            "morning papers this morning.\n\nColumnist Reza Amini wrote that the report was \"a list of excuses.\"\n",
            date(2024, 3, 7))  # a Thursday
    (q,) = extract_quotes(d)
    assert q.said_start == date(2024, 3, 7)


def test_a_described_things_date_is_not_when_the_words_were_said():
    d = doc("Historians spoke at the forum on Tuesday evening.\n\nProfessor Dana Okoro described the "
            "nationalisation of the oil industry in March 1951 as \"the start of the quarrel.\"\n\n"
            "Senator Alan Price called the accord \"a gamble\" in a speech in Ohio in 2016.\n", date(2024, 2, 29))
    first, second = extract_quotes(d)
    assert first.said_start != date(1951, 3, 1)
    assert (second.said_start, second.said_end) == (date(2016, 1, 1), date(2016, 12, 31))


def test_a_subordinate_clause_between_an_opening_date_and_the_speaker_is_an_aside():
    d = doc("In March, after the minister said that talks were \"pointless,\" Ms. Ana Ruiz told this newspaper "
            "that both sides had \"run out of patience.\"\n", date(2024, 10, 4))
    assert [(q.said_start, q.said_end) for q in extract_quotes(d)][-1] == (date(2024, 3, 1), date(2024, 3, 31))


def test_a_sentence_naming_no_one_opens_the_time_of_the_past_words_after_it():
    d = doc("In June 1985, a Beirut weekly revealed the secret flights. President Tom Ashdown insisted that the "
            "government \"did not bargain with kidnappers.\" Today Professor Ana Ruiz argues that he \"knew "
            "everything.\"\n", date(2024, 10, 4))
    first, second = extract_quotes(d)
    assert (first.said_start, first.said_end) == (date(1985, 6, 1), date(1985, 6, 30))
    assert second.said_start != date(1985, 6, 1)


def test_an_anonymous_official_is_nobody_the_text_names():
    d = doc("\"We are ready,\" Foreign Minister Abbas Araghchi told reporters on Monday.\n\nThe official, who spoke on "
            "condition of anonymity because he was not authorized to brief journalists, said the talks would be "
            "\"indirect.\"\n", date(2025, 4, 15))
    assert [q.speaker for q in extract_quotes(d)] == ["Abbas Araghchi", None]


def test_a_well_known_phrase_quoted_without_a_speaker_is_its_coiners():
    d = doc("Relations soured again after the \"axis of evil\" speech. Tehran's papers still call the old "
            "embassy a \"den of spies.\" A diplomat said the talks were \"axis of evil\" politics all over again.\n",
            date(2024, 10, 4))
    got = [(q.text.strip('".'), q.speaker, q.said_start) for q in extract_quotes(d)]
    assert got[0] == ("axis of evil", "George W. Bush", date(2002, 1, 29))
    assert got[1] == ("den of spies", "Ruhollah Khomeini", None)


def test_a_session_after_which_words_were_told_dates_them():
    d = doc("Araghchi told state television after Saturday's session that the talks had become \"more serious\".",
            date(2025, 4, 27))  # a Sunday
    assert [(q.speaker, q.said_start) for q in extract_quotes(d)] == [("Abbas Araghchi", date(2025, 4, 26))]


def test_the_same_session_is_the_occasion_of_the_remarks_told_before():
    d = doc("On Sunday, Hamid Nasri-Kalaei, a lawmaker from Yazd, told the Majlis that the strikes had \"ended the "
            "talks.\" Mina Zand-Khorasani, a reformist MP, told the same session that \"silence is no policy.\"",
            date(2025, 7, 8))  # a Tuesday
    assert [(q.speaker, q.said_start) for q in extract_quotes(d)] == [
        ("Hamid Nasri-Kalaei", date(2025, 7, 6)), ("Mina Zand-Khorasani", date(2025, 7, 6))]


def test_a_speech_reports_occasion_dates_the_later_undated_words():
    d = doc("TEHRAN (XNA) – The president says the sanctions have failed.\n\n"
            "President Ebrahim Raisi made the remarks on Wednesday in a meeting with provincial governors.\n\n"
            "Raisi described the seizure of the tanker on 12 January as a \"lawful\" step, saying the ship had "
            "been a \"floating warehouse\" of stolen oil.\n\n"
            "\"We have never left a table first,\" the president stressed.\n\n"
            "At the start of the meeting, a delegate of the governors, Reza Dehnavi of Tabriz Province, read a "
            "statement saying the provinces \"will not bend.\"\n", date(2024, 3, 7))  # a Thursday
    got = [(q.text.strip('".,'), q.speaker, q.said_start) for q in extract_quotes(d)]
    wednesday = date(2024, 3, 6)
    assert got == [("lawful", "Ebrahim Raisi", wednesday), ("floating warehouse", "Ebrahim Raisi", wednesday),
                   ("We have never left a table first", "Ebrahim Raisi", wednesday),
                   ("will not bend", "Reza Dehnavi", wednesday)]


def test_remarks_pointed_to_keep_their_own_date():
    d = doc("Ms. Ana Ruiz pointed to his remarks on May 20, when he called the demand \"excessive,\" and said "
            "talks would not resume.\n", date(2025, 6, 5))
    (q,) = extract_quotes(d)
    assert q.said_start == date(2025, 5, 20)


def test_a_tag_set_inside_the_reported_words_takes_no_date_from_them():
    d = doc("In the long run, Ms. Ana Ruiz noted, the years of agreement — Geneva in 1988, Vienna in 2015 — were "
            "short.\n\n\"Forty years is a long silence,\" she said.\n", date(2024, 10, 4))
    (q,) = extract_quotes(d)
    assert q.said_start not in (date(1988, 1, 1), date(2015, 1, 1))


def test_a_date_after_after_in_the_next_sentence_is_the_other_acts():
    d = doc("BEIRUT (XNA) — Iran's foreign minister said Tuesday that talks would go on.\n\n"
            "\"We read what is written, not what is shouted,\" Abbas Araghchi told reporters.\n\n"
            "His comments came after Steve Witkoff said Monday that a deal was close.\n", date(2025, 4, 15))
    assert extract_quotes(d)[0].said_start == date(2025, 4, 15)


def test_a_headline_line_under_a_press_reviews_section_head_is_the_papers():
    text = ("KAYHAN | hardline daily\nHeadline: \"No talks under threat\"\n\n"
            "The paper said the offer was a trap.\n\n"
            "SHARGH | reformist\nHeadline: \"A door left ajar\"\n\n"
            "\"Patience is also a policy,\" Shargh's editorial said.\n")
    got = [(q.text.strip('",'), q.speaker) for q in extract_quotes(doc(text, date(2019, 5, 9)))]
    assert got == [("No talks under threat", "Kayhan"), ("A door left ajar", "Shargh"),
                   ("Patience is also a policy", "Shargh")]


def test_a_live_blog_entry_head_after_its_time_stamp_names_the_speaker():
    text = ("21:05 GMT — Rouhani: decision \"deeply regrettable\"\n\n"
            "The president spoke in Tehran.\n\n"
            "Reza Kamali, whose brother has been held in Evin prison since March 2016, said earlier today that the "
            "family felt \"left behind\". \"We only want him home,\" he told us.\n")
    got = [(q.text.strip('",'), q.speaker) for q in extract_quotes(doc(text, date(2018, 5, 8)))]
    assert got == [("deeply regrettable", "Hassan Rouhani"), ("left behind", "Reza Kamali"),
                   ("We only want him home", "Reza Kamali")]


def test_a_roundups_quote_then_dash_names_its_speaker_and_occasion():
    text = ("WHAT THEY SAID\n\n"
            "\"Nothing is agreed until everything is checked.\" — Abbas Mousavi, speaking in Tehran on Tuesday.\n\n"
            "\"Trade will follow the inspectors.\" — Lena Vasquez-Hart of the Orrin Institute in Boston.\n\n"
            "Iran's Foreign Ministry spokesman, Abbas Mousavi, later said the move was \"a mistake\" and warned of "
            "a \"firm\" reply. \"We have heard promises before,\" Mousavi said.\n")
    got = [(q.text.strip('".,'), q.speaker) for q in extract_quotes(doc(text, date(2020, 1, 15)))]
    assert got == [("Nothing is agreed until everything is checked", "Abbas Mousavi"),
                   ("Trade will follow the inspectors", "Lena Vasquez-Hart"), ("a mistake", "Abbas Mousavi"),
                   ("firm", "Abbas Mousavi"), ("We have heard promises before", "Abbas Mousavi")]
    assert extract_quotes(doc(text, date(2020, 1, 15)))[0].said_start == date(2020, 1, 14)


def test_the_ministry_or_the_agency_alone_is_the_body_named_before():
    text = ("Oman's foreign ministry issued a statement on Saturday. The ministry said the talks had been held in "
            "\"a friendly atmosphere.\" The International Atomic Energy Agency was not present, but the agency "
            "called the meeting \"a useful step.\"\n")
    got = [(q.text.strip('".,'), q.speaker) for q in extract_quotes(doc(text, date(2025, 4, 13)))]
    assert got == [("a friendly atmosphere", "Oman"), ("a useful step", "International Atomic Energy Agency")]


def test_an_opening_date_scopes_every_clause_of_its_sentence():
    d = doc("On Monday, instead of strikes, the White House chose sanctions: Trump signed an order, and Treasury "
            "Secretary Steven Mnuchin said \"billions\" would be frozen.\n", date(2019, 6, 27))  # a Thursday
    assert extract_quotes(d)[0].said_start == date(2019, 6, 24)


def test_a_long_unnamed_speaker_after_the_quote_still_dates_the_words():
    d = doc("\"They weighed the cost,\" a senior official at the country's Supreme National Security Council told a "
            "Tehran daily on Saturday.\n", date(2019, 6, 27))
    (q,) = extract_quotes(d)
    assert (q.speaker, q.said_start) == (None, date(2019, 6, 22))


def test_a_double_barrelled_name_and_a_closing_tags_pronoun():
    text = ("\"The parts were for old planes,\" defense attorney Gregory Mattis-Lund told the court.\n\n"
            "Prosecutor Dana Pruitt-Oyelaran disagreed. She told the judge the shipments included gyroscopes. "
            "Reza Amini lied to federal agents in October 2017, she said.\n\n"
            "Reza Amini spoke briefly before the sentence. \"I am ashamed,\" he said.\n")
    got = [(q.text.strip('".,'), q.speaker) for q in extract_quotes(doc(text, date(2021, 6, 11)))]
    assert got == [("The parts were for old planes", "Gregory Mattis-Lund"), ("I am ashamed", "Reza Amini")]


@pytest.mark.parametrize("text,speaker", [
    ('Prof Lena Fischer says the findings are "sobering".', "Lena Fischer"),
    ('Curator Mina Sadri told the paper the show traces "a broken line".', "Mina Sadri"),
])
def test_an_academic_or_museum_title_is_no_part_of_the_name(text, speaker):
    assert extract_quotes(doc(text, date(2025, 3, 17)))[0].speaker == speaker


def test_names_with_accented_letters_are_people_and_their_surnames_recur():
    text = ("Inès Castellví-Rahimi, a researcher now at the Lindgren Institute, said the move was \"a signal, not a "
            "policy.\"\n\nThe talks resumed later. \"Nobody trusts the first offer,\" Castellví-Rahimi said. "
            "\"Each side waits,\" added José Ortuño of the same institute.\n")
    got = [(q.text.strip('".,'), q.speaker) for q in extract_quotes(doc(text, date(2025, 5, 2)))]
    assert got == [("a signal, not a policy", "Inès Castellví-Rahimi"),
                   ("Nobody trusts the first offer", "Inès Castellví-Rahimi"), ("Each side waits", "José Ortuño")]


def test_a_given_name_with_an_age_or_given_as_all_there_is_is_a_speaker():
    text = ("\"Last month I sold nothing,\" said Dariush, 61, a spice trader who has kept his shop for decades.\n\n"
            "The cook, who gave only his first name, Babak, shrugged. \"We wait,\" he said.\n\n"
            "Mina, 24, a nursing student who asked that her surname not be used, said prices had doubled. "
            "\"I stopped counting,\" she said.\n")
    got = [(q.text.strip('".,'), q.speaker) for q in extract_quotes(doc(text, date(2025, 4, 21)))]
    assert got == [("Last month I sold nothing", "Dariush"), ("We wait", "Babak"), ("I stopped counting", "Mina")]


@pytest.mark.parametrize("text,speaker", [
    ('Tehran\'s Friday prayer leader, Ayatollah Ahmad Khatami, spoke for an hour. Khatami said the talks were '
     '"a trap."', "Ahmad Khatami"),
    ('Mojtaba Khamenei stood beside Supreme Leader Khamenei. Khamenei said the talks were "a trap."', "Ali Khamenei"),
])
def test_another_given_name_before_a_known_surname_is_another_person(text, speaker):
    assert extract_quotes(doc(text, date(2019, 6, 14)))[0].speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ('Kuwait praised the "wise and balanced" approach of the Sultan.', "Kuwait"),
    ('Britain\'s foreign office said it "welcomes the talks."', "United Kingdom"),
    ('Ankara called the strikes "a dangerous escalation."', "Turkey"),
    ('Qatar\'s Ministry of Foreign Affairs expressed the hope that the talks would bring "a comprehensive deal."',
     "Qatar"),
    ('NEW DELHI: External Affairs Minister S. Jaishankar said on Tuesday the port was "good for the region."',
     "S. Jaishankar"),
])
def test_more_countries_speak_and_a_capital_in_capitals_before_a_colon_is_a_dateline(text, speaker):
    assert extract_quotes(doc(text, date(2024, 5, 15)))[0].speaker == speaker


def test_a_paper_named_by_its_city_is_the_paper_named_before():
    text = ("Front page of Kayhan, January 21, 1981\n\n"
            "The Tehran daily marked the release on its front page. Its editorial called the accords "
            "\"a victory for patience.\"\n")
    assert extract_quotes(doc(text, date(2024, 3, 9)))[0].speaker == "Kayhan"


def test_a_quote_broken_across_wrapped_lines_keeps_its_speaker_and_date():
    text = ("After the second round on 3 March, Araghchi told reporters the gap on\n"
            "enrichment was \"wider than it looks\" and that Tehran would not hurry.\n"
            "On Sunday, Witkoff said on television that Washington \"will not ac-\n"
            "cept a deal that expires\" and that the talks would go on for now, though\n"
            "neither side has named a date.")
    q1, q2 = extract_quotes(doc(text, date(2025, 3, 19)))
    assert (q1.text, q1.speaker, q1.said_start) == ("wider than it looks", "Abbas Araghchi", date(2025, 3, 3))
    assert (q2.text, q2.speaker, q2.said_start) == ("will not ac-\ncept a deal that expires", "Steve Witkoff",
                                                     date(2025, 3, 16))


@pytest.mark.parametrize("text,speaker", [
    # a title of several lower-case words before the name, after the quote
    ('"We are studying the order closely," foreign affairs ministry spokesperson Randhir Jaiswal told reporters.',
     "Randhir Jaiswal"),
    # the bodies of countries the office tables lack speak for their country
    ('"The truce must hold," the Turkish Foreign Ministry said in a statement.', "Turkey"),
    ('"We are in touch with both capitals," Pakistan\'s foreign office said.', "Pakistan"),
    ('"Shipping will resume when it is safe," Kuwaiti officials told reporters.', "Kuwait"),
])
def test_speakers_named_by_long_titles_and_foreign_bodies(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 6, 24)))
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speakers", [
    # "the diplomat" with nobody introduced by the word is the person just named
    ('Deputy Foreign Minister Yelena Vorontsova spoke at a briefing on Monday. "Trust has been buried for years," '
     'the diplomat said.', ["Yelena Vorontsova"]),
    # but someone unnamed came since: the words are that one's
    ('Deputy Foreign Minister Yelena Vorontsova spoke on Monday. Later a Gulf diplomat said little had changed. '
     '"Nobody expected more," the diplomat said.', [None]),
    # "according to her": the person named last
    ('Deputy Foreign Minister Yelena Vorontsova spoke on Monday. According to her, Moscow sees the strikes as '
     '"a grave breach of the Charter."', ["Yelena Vorontsova"]),
])
def test_the_diplomat_and_according_to_her_refer_back_to_the_person_named(text, speakers):
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 6, 24)))] == speakers


@pytest.mark.parametrize("text,start,end", [
    # an unnamed speaker's words after a colon take the date the leading clause gives
    ('A British diplomat in Tehran, in a cable home in 1977: "The court sees no danger in the streets."',
     date(1977, 1, 1), date(1977, 12, 31)),
    ('One of the negotiators, interviewed for this report in March 2024: "Nobody trusted the paper."',
     date(2024, 3, 1), date(2024, 3, 31)),
])
def test_an_unnamed_speaker_after_a_dated_lead_and_a_colon_is_dated(text, start, end):
    (q,) = extract_quotes(doc(text, date(2025, 6, 1)))
    assert (q.speaker, q.said_start, q.said_end) == (None, start, end)


@pytest.mark.parametrize("text,speaker", [
    ('Defense Minister Israel Katz said the army would answer "with force" on Tuesday.', "Israel Katz"),
    ('A Foreign Office spokesperson said: "We remain committed to diplomacy."',
     "Foreign, Commonwealth and Development Office"),
])
def test_a_minister_named_like_a_country_and_the_foreign_office_speak(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 6, 24)))
    assert q.speaker == speaker


def test_words_a_speaker_names_a_thing_by_are_said_when_reporting_not_on_the_things_date():
    text = ('In a speech on Tuesday, the Leader said talks were "a dead end." He recalled that Iran had accepted the '
            'agreement reached in Vienna in July 2015, officially known as the Joint Comprehensive Plan of Action, and '
            'had honoured every commitment under it, while Washington withdrew three years later and imposed what he '
            'called "the cruellest sanctions ever devised" on ordinary Iranians.')
    q = extract_quotes(doc(text, date(2025, 9, 24)))[-1]
    assert (q.text, q.said_start) == ("the cruellest sanctions ever devised", date(2025, 9, 23))


def test_a_speaker_line_of_its_own_labels_the_paragraphs_below_it():
    text = ("Question-and-answer session\n\nMarta Quiroga-Lind - Northgate Partners - Analyst\n"
            "Thanks. Henrik, in March you called the sanctions \"a tax on honest shipping.\" Is that still your view?\n\n"
            "Henrik Saltvedt - Chief Executive Officer\n"
            "It is. On our last call I said, \"We will not carry cargo for a dark fleet,\" and nothing has changed.")
    quotes = extract_quotes(doc(text, date(2025, 5, 6)))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("a tax on honest shipping.", "Henrik Saltvedt"),  # "you": the one who answers
        ("We will not carry cargo for a dark fleet,", "Henrik Saltvedt")]  # "I": the line's holder


@pytest.mark.parametrize("text", [
    'In their letter, the three European governments said Iran was in "clear breach" of the accord.',
    'The E3 called the move "deeply regrettable" on Friday.',
    'Britain, France and Germany said the step was "a serious escalation".',
])
def test_the_three_european_parties_speak_together(text):
    (q,) = extract_quotes(doc(text, date(2025, 9, 1)))
    assert q.speaker == "E3 (France, Germany and the United Kingdom)"


@pytest.mark.parametrize("text,speaker", [
    ('Rouhani\'s statement called the vote "a historic mistake."', "Hassan Rouhani"),
    ('Khamenei\'s message on Tuesday, read on state television, urged students to "stand firm".', "Ali Khamenei"),
    ('Netanyahu\'s office said Israel had "no interest in a long war".', "Benjamin Netanyahu"),
])
def test_the_owner_of_a_remark_or_office_speaks_through_it(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 6, 25)))
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker", [
    ('On Sunday Abbas Araghchi called the U.S. demand that Iran ship out its stockpile "a fantasy dreamed up in Washington".',
     "Abbas Araghchi"),
    ('Iran\'s foreign ministry rejected the report on Sunday as "politically motivated".', "Iranian Foreign Ministry"),
])
def test_a_demand_named_as_a_thing_does_not_speak_and_a_rejection_attributes(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 6, 3)))
    assert q.speaker == speaker


def test_words_a_citation_follows_date_from_the_cited_work():
    text = ('As the historian Parisa Hemmati-Lowe puts it, the hostage-takers "were settling an older account" '
            '(Hemmati-Lowe 2016, 112). Others disagree (Kydd and Walt 2005).')
    (q,) = extract_quotes(doc(text, date(2025, 10, 20)))
    assert (q.said_start, q.said_end) == (date(2016, 1, 1), date(2016, 12, 31))


def test_an_unnamed_spokesperson_of_a_body_speaks_for_the_body():
    text = 'A White House spokesperson said the president "has always preferred peace" to war.'
    (q,) = extract_quotes(doc(text, date(2025, 6, 27)))
    assert q.speaker == "White House"


@pytest.mark.parametrize("text,speaker", [
    ('On Monday Trump said the talks were "going very well".', "Donald Trump"),
    ('On Thursday Khamenei said the talks were "acceptable for now".', "Ali Khamenei"),
])
def test_a_weekday_before_a_surname_is_no_given_name(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 4, 14)))
    assert q.speaker == speaker


@pytest.mark.parametrize("text,speaker,said", [
    # the issuer of the text the words are according to speaks, dated by the tag
    ('"We urge every side to step back," according to a statement released by the Qatari foreign ministry on '
     'Saturday.', "Qatar", date(2025, 6, 21)),
    ('"Shipping lanes must stay open," according to the State Department.', "US State Department", None),
    # an outlet only carries the words: no speaker, and no earlier speaker either
    ('Araghchi spoke on Friday. "The door is open," according to IRNA.', None, None),
])
def test_after_a_quote_according_to_names_the_issuer(text, speaker, said):
    q = extract_quotes(doc(text, date(2025, 6, 23)))[-1]
    assert (q.speaker, q.said_start) == (speaker, said)


@pytest.mark.parametrize("text,speaker", [
    # a dateline in another capital makes a bare foreign ministry or Foreign Office that country's
    ('ISLAMABAD: The Foreign Office said the strikes were "a grave violation" of the UN Charter.', "Pakistan"),
    ('TOKYO, June 23 (Kyodo) -- The Foreign Ministry said Japan was "deeply troubled" by the strikes.', "Japan"),
    ('ANKARA, June 23 (Anadolu) - The foreign ministry said the attacks were "dangerous".', "Turkey"),
    # in Tehran and London the lexicon's readings stand; a qualified body is its owner's wherever filed
    ('TEHRAN (Tasnim) – The foreign ministry said the attacks were "criminal".', "Iranian Foreign Ministry"),
    ('LONDON — The Foreign Office said it was "monitoring closely".', "Foreign, Commonwealth and Development Office"),
    ('TOKYO, June 23 (Kyodo) -- Iran\'s foreign ministry said the strikes were "aggression".',
     "Iranian Foreign Ministry"),
    # India's foreign ministry by its own name
    ("India's External Affairs Ministry said New Delhi was \"deeply concerned\".", "India"),
])
def test_a_bare_foreign_ministry_belongs_to_the_datelines_country(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 6, 23)))
    assert q.speaker == speaker


def test_a_correspondent_after_her_outlets_possessive_is_a_person_who_speaks():
    text = ('Al Jazeera\'s Mehrnoush Kaviani-Roth, reporting from Tehran, said the mood was cautious. '
            '"People here have watched talks rise and fall before," she said.')
    (q,) = extract_quotes(doc(text, date(2025, 4, 12)))
    assert q.speaker == "Mehrnoush Kaviani-Roth"


def test_the_three_countries_after_the_e3_named_speak_as_the_e3():
    text = ('Britain, France and Germany on Thursday started a 30-day process to restore UN sanctions. In a letter '
            'to the Security Council, the three countries said Iran was in "significant non-performance" of its '
            'commitments.')
    (q,) = extract_quotes(doc(text, date(2025, 8, 29)))
    assert q.speaker == "E3 (France, Germany and the United Kingdom)"


def test_the_three_countries_name_no_group_the_text_has_not_named():
    text = 'Iran, Iraq and Turkey met in Ankara. The three countries called the strikes "a violation".'
    (q,) = extract_quotes(doc(text, date(2025, 8, 29)))
    assert q.speaker != "E3 (France, Germany and the United Kingdom)"


def test_an_interviewer_named_in_the_occasion_is_no_other_speaker():
    text = ('Ms. Okafor-Bell asked about the talks. President Masoud Pezeshkian called the move "a weapon dressed up '
            'as law" in an interview with Morning Edition host Martin Okafor-Bell in New York last week.')
    (q,) = extract_quotes(doc(text, date(2025, 9, 29)))
    assert (q.speaker, q.said_start, q.said_end) == ("Masoud Pezeshkian", date(2025, 9, 22), date(2025, 9, 28))


def test_he_after_an_unnamed_spokesman_for_a_body_is_not_the_person_named_before():
    text = ('On Tuesday, Abbas Araghchi told state television that the Europeans had "no standing". '
            "A spokesman for Germany's foreign ministry told AFP on Thursday that Berlin preferred a deal. "
            '"The offer is on the table, but Iran has to move first," he said.')
    q = extract_quotes(doc(text, date(2025, 7, 25)))[-1]
    assert q.speaker is None


def test_the_statement_named_before_speaks_for_whoever_issued_it():
    text = ('ISLAMABAD: Pakistan condemned the strikes on Sunday, and Prime Minister Shehbaz Sharif called a meeting.\n\n'
            '"We condemn the attacks," according to a statement issued by the Foreign Office on Sunday.\n\n'
            'The statement said Pakistan was "gravely concerned" at the risk of escalation.')
    q = extract_quotes(doc(text, date(2025, 6, 23)))[-1]
    assert q.speaker == "Pakistan"


@pytest.mark.parametrize("text,speaker", [
    # a body the lexicon lacks speaks by its name; the country in its name is no actor of its own
    ('TOKYO -- Foreign Minister Takeshi Iwaya urged restraint. The Japan Shipowners\' Association said its members '
     'were "avoiding the strait for now".', "Japan Shipowners' Association"),
    ('The National Iranian American Council called the strikes "reckless and unlawful".',
     "National Iranian American Council"),
    # a title before "of the …" is no body; a country's body stays its country's
    ('Turkish Foreign Ministry says the truce "must hold".', "Turkey"),
])
def test_a_body_the_lexicon_lacks_speaks_by_its_name(text, speaker):
    q = extract_quotes(doc(text, date(2025, 6, 24)))[-1]
    assert q.speaker == speaker


@pytest.mark.parametrize("text,body", [
    ('The Japan Shipowners\' Association said its members were "avoiding the strait for now".',
     "Japan Shipowners' Association"),
    ('A spokesperson for Naval Surface Force Atlantic said the command "does not comment on operations."',
     "Naval Surface Force Atlantic"),
])
def test_an_uncurated_body_is_an_organization_in_the_actors_table(text, body):
    import hashlib
    from mistrust.extract.pipeline import extract
    from mistrust.types import Source
    res = extract(Source("t", text, hashlib.sha256(text.encode()).hexdigest(), {"published": "2025-06-24"}))
    assert res.actors[body].actor_type == "organization"


@pytest.mark.parametrize("text,speaker", [
    # a person's or a title's spokesperson speaks for them
    ('Trump\'s spokeswoman said the talks were "going well".', "Donald Trump"),
    # a bare title is the office of the dateline's country when the text names no holder
    ('LONDON — The prime minister\'s official spokesperson said on Monday that Britain "will not be lectured".',
     "Keir Starmer"),
    ('TEHRAN — The president said on Monday that Iran "will not bow to pressure".', "Masoud Pezeshkian"),
])
def test_a_spokesperson_speaks_for_the_owner_and_a_bare_title_is_the_datelines_office(text, speaker):
    (q,) = extract_quotes(doc(text, date(2025, 8, 18)))
    assert q.speaker == speaker


@pytest.mark.parametrize("text", [
    'Baqaei said on Monday that the talks were "useful." A senior U.S. administration official told reporters '
    'that Washington was "encouraged" by them.',
    'Baqaei said on Monday that the talks were "useful." An E.U. diplomat said the mood was "cautious."',
])
def test_an_unnamed_source_with_an_abbreviated_modifier_is_nobody_named(text):
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 5, 12)))] == ["Esmaeil Baghaei", None]


@pytest.mark.parametrize("text,speakers", [
    # whoever a spokesperson speaks for is a body, whatever its last word; a possessive names an owner
    ('NORFOLK, Va. — A spokesperson for Naval Surface Force Atlantic said the command "does not comment on '
     'operations." A spokesman for Harborline Energy said it was "watching the straits."',
     ["Naval Surface Force Atlantic", "Harborline Energy"]),
    ('A spokeswoman for Tehran\'s mayor said the city was "calm."', [None]),
    # "the spokesperson said" is the latest spokesperson's body, not the last speaker
    ('Araghchi said the letter was "a trap." A spokesperson for the Foreign Office said: "We have received it." '
     '"All options remain on the table," the spokesperson said.',
     ["Abbas Araghchi", "Foreign, Commonwealth and Development Office", "Foreign, Commonwealth and Development Office"]),
    ('LONDON — A spokesperson for the Foreign Office said: "We have received the letter." Asked on Monday, the prime '
     'minister\'s official spokesperson said history "should not distract" from it. "All options remain on the '
     'table," the spokesperson said.',
     ["Foreign, Commonwealth and Development Office", "Keir Starmer", "Keir Starmer"]),
    # an owner no one can name leaves the words unnamed, not the last speaker's
    ('A spokesperson for the Foreign Office said: "We have received the letter." Asked on Monday, the prime '
     'minister\'s official spokesperson said history "should not distract" from it.',
     ["Foreign, Commonwealth and Development Office", None]),
])
def test_a_spokesperson_speaks_for_the_body_named(text, speakers):
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 8, 18)))] == speakers


def test_a_prime_minister_long_gone_is_not_the_prime_minister_speaking_today():
    text = ('The 1953 coup toppled Prime Minister Mohammad Mosaddegh. Asked about the letter on Monday, the prime '
            'minister said history "should not distract" from the decision. In August 1953 the prime minister '
            'had said he would "never resign."')
    assert [q.speaker for q in extract_quotes(doc(text, date(2025, 8, 18)))] == [None, "Mohammad Mosaddegh"]


@pytest.mark.parametrize("text,speaker", [
    ('Dr. Reem Al-Sudairi-Haddad, a political analyst in Riyadh, told reporters the deal was "a hedge."',
     "Reem Al-Sudairi-Haddad"),
    ('Khalid Abu-Rahma, a trader in Dubai, said prices were "holding."', "Khalid Abu-Rahma"),
])
def test_a_name_with_a_capitalised_particle_and_two_hyphened_parts_is_a_person(text, speaker):
    (q,) = extract_quotes(doc(text, date(2023, 3, 11)))
    assert q.speaker == speaker


@pytest.mark.parametrize("text,said", [
    # a clause after "a day after" counts back from the day the main clause tells
    ('Ishiba told reporters on Monday night that he had ordered every measure, a day after he said Japan was '
     'watching the strikes "with grave concern."', date(2025, 6, 22)),
    ('Araghchi spoke to Wadephul on Thursday, two days after he called the offer "a trap."', date(2025, 6, 17)),
])
def test_words_a_gap_after_the_main_clause_are_dated_back_from_its_day(text, said):
    q = extract_quotes(doc(text, date(2025, 6, 24)))[-1]
    assert (q.said_start, q.said_end) == (said, said)


def test_a_counted_plural_subject_is_nobody_named_and_its_clause_dates_the_words():
    text = ('Araghchi said on Friday the talks were "useful." In a letter to the foreign secretary, sent on Sunday, '
            '41 signatories said Britain should "say plainly what every schoolchild knows".')
    q = extract_quotes(doc(text, date(2025, 8, 18)))[-1]
    assert (q.speaker, q.said_start) == (None, date(2025, 8, 17))


def test_a_speaker_dated_in_a_participle_clause_keeps_that_day_for_later_words():
    text = ('Ali Khamenei on Friday rejected negotiations, telling commanders that talks were "not intelligent."\n\n'
            'Trump signed a memorandum on Tuesday restoring his campaign.\n\n'
            '"We negotiated for about two years," Khamenei said, according to a transcript published by his office.')
    q = extract_quotes(doc(text, date(2025, 2, 7)))[-1]
    assert q.said_start == date(2025, 2, 7)


@pytest.mark.parametrize("tag", [
    "Professor Mina Okoro-Sadr of the Lagos Institute for Gulf Affairs told the Post",
    "Dr. Mina Okoro-Sadr of the Centre for Energy and Security said",
])
def test_a_speaker_with_a_long_institution_after_the_quote(tag):
    text = f'"The channel has never been this quiet," {tag}. "Nobody in Tehran expects a reply."'
    got = [q.speaker for q in extract_quotes(doc(text, date(2025, 6, 23)))]
    assert got == ["Mina Okoro-Sadr", "Mina Okoro-Sadr"], got


@pytest.mark.parametrize("text,said", [
    # a present perfect was said over time, not on the day its sentence tells
    ('In June 2022, Iran removed 27 cameras, a step the Director General Rafael Grossi has called "a serious blow".',
     "None"),
    # unless its time reaches the present
    ('Overnight, Israeli Prime Minister Benjamin Netanyahu has repeated that any deal must be "the Libyan model".',
     "2025-04-13"),
])
def test_a_present_perfect_cue_takes_only_a_time_reaching_the_present(text, said):
    (q,) = extract_quotes(doc(text, date(2025, 4, 14)))
    assert str(q.said_start) == said, q


def test_a_present_perfect_leaves_no_dated_remark_for_the_speakers_later_words():
    text = ('Director General Rafael Grossi told the Board on Monday that inspectors had lost access.\n\n'
            'In June 2022, Iran removed 27 cameras, a step the Director General has called "a serious blow".\n\n'
            '"Iran has repeatedly failed to answer our questions," the Director General said.')
    said = [str(q.said_start) for q in extract_quotes(doc(text, date(2025, 6, 10)))]
    assert said[-1] == "2025-06-09", said


@pytest.mark.parametrize("text,speaker,kind", [
    # a family name written first is the name used alone later
    ('Chinese foreign ministry spokesman Wang Jiabin spoke to reporters on Monday. Wang declined to say whether '
     'purchases would fall, saying trade with Iran was "ordinary business" under international law.',
     "Wang Jiabin", "partial"),
    # a relative clause with a time of its own names its speaker
    ('Foreign Minister Abbas Araghchi, who last week called the European letter "a legal fiction", met the envoys '
     'on Monday.', "Abbas Araghchi", "partial"),
    # a country's permanent mission speaks for it, whatever the modifier's case
    ("In a letter dated 27 May, Iran's Permanent Mission in Vienna rejected the findings as "
     '"politically motivated".', "Iran", "partial"),
])
def test_speakers_named_by_a_family_name_a_relative_clause_or_a_mission(text, speaker, kind):
    (q,) = extract_quotes(doc(text, date(2025, 9, 2)))
    assert (q.speaker, q.kind) == (speaker, kind)
