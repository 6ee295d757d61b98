import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h14 import write, PDoc, D, R

DOC = "ho14-journal-article-ledgers-of-defection-trust"
PUB = "2025-10-20"  # a Monday: "published online"
TEXT = """The Lanthorn Review of International Politics
Vol. 38, No. 4 (2025): 611–642
https://doi.org/10.0000/lrip.2025.0412

Research Article

Ledgers of Defection: Trust, Verification and Memory in US–Iran Relations, 1953–2025

Shirin Azadeh-Whitcombe, University of Ellesford
Marcus Oduya-Lind, Carrow Institute for Diplomatic Studies

Received 14 February 2025; accepted 19 August 2025; published online 20 October 2025

Abstract
Why have Washington and Tehran found it so hard to make promises that the other side believes? Rational-choice accounts treat trust as a belief about the other side’s preferences, to be updated as evidence arrives. We argue instead that each government keeps a “ledger of defection”: a selective, politically curated record of past betrayals that is read aloud at every turning point. Drawing on the diplomatic record from the coup of 1953 to the collapse of the Oman-mediated talks in June 2025, and on 23 interviews with former officials of both countries, we show that verification arrangements reduce the cost of distrust but do not retire the ledger. The withdrawal of 2018 added an entry that both ledgers now share.

Keywords: trust; credible commitment; Iran; United States; JCPOA; sanctions; historical memory

1. Introduction

On 7 February 2025, Ayatollah Ali Khamenei told commanders of the air force that negotiating with the United States was “not intelligent, wise or honourable”.1 On 12 April, barely nine weeks later, his foreign minister, Abbas Araghchi, sat in a residence outside Muscat and exchanged messages with the American envoy Steve Witkoff through Omani intermediaries. The contradiction is more apparent than real. Khamenei did not forbid talks; he told his audience what the talks could not be expected to deliver.

The literature on trust in world politics offers two main ways of reading such moments. Kydd (2005) treats trust as a belief that the other side prefers to reciprocate cooperation, a belief that costly signals can shift. Wheeler (2018) locates trust in relationships between individual leaders, built through face-to-face encounters. Neither account explains why the same gesture is read so differently in the two capitals, or why a record that both sides know equally well produces opposite lessons.

Our answer is that each side keeps what we call a “ledger of defection”. The ledger is not a memory of everything that happened; it is a list of betrayals chosen for their usefulness in domestic argument. Vahdat-Holm (2019, 88) describes Iranian bargaining as “a ledger kept in two currencies, grievance and leverage”, and we extend her image to the American side. In section 2 we trace the entries from 1953 to 2018; section 3 (not reproduced here) turns to the talks of 2025.

2. The ledger of defection, 1953–2018

The first and most durable entry is the coup of 19 August 1953, in which royalist officers and crowds organised with the help of the Central Intelligence Agency and British intelligence overthrew Prime Minister Mohammad Mosaddegh (Gasiorowski 1987; Abrahamian 2013). For two generations American officials treated the episode as a Cold War necessity, and only in August 2013 did the CIA release documents that described the operation as carried out under its direction.2 Iranian officials, by contrast, have cited the coup in almost every major speech on negotiations since 1979.

The second entry belongs to the American ledger. When students loyal to Ayatollah Ruhollah Khomeini seized the US embassy in Tehran on 4 November 1979, the Carter administration had been reassuring itself that the new government wanted normal relations (Sick 1985). Barely two years earlier, on 31 December 1977, President Jimmy Carter had toasted the Shah’s Iran as “an island of stability”. Fifty-two Americans were held for 444 days.3 The Algiers Accords, signed on 19 January 1981, ended the crisis with a pledge that the United States would not intervene in Iran’s internal affairs, the first written American promise of its kind, and the hostages left Tehran the next day.

The 1980s thickened both ledgers. Washington secretly sold arms to Tehran in 1985 and 1986, and the disclosure of those sales in November 1986 confirmed to each side that the other bargained in bad faith (Bill 1988). On 3 July 1988 the USS Vincennes shot down Iran Air Flight 655 over the Gulf, killing all 290 people on board; Tehran has never accepted that the downing was an accident.

A pattern of cooperation followed by rebuff shaped the next two decades. Iranian diplomats worked with their American counterparts at the Bonn conference on Afghanistan in December 2001. A month later, on 29 January 2002, President George W. Bush placed Iran in an “axis of evil”. A former Iranian diplomat we interviewed in Muscat in May 2024 summed up the lesson drawn in Tehran: “Whatever we give is pocketed, and whatever we ask for is called blackmail.”4

The nuclear agreement of 14 July 2015 was designed to make trust unnecessary. It capped enrichment at 3.67 percent and the stockpile of enriched uranium at 300 kilograms for 15 years, and the International Atomic Energy Agency verified Iran’s compliance in more than a dozen quarterly reports (Parsi 2012 anticipates the design). Implementation Day came on 16 January 2016. Yet on 8 May 2018 President Donald Trump withdrew from what he had called “the worst deal ever”, and the sanctions lifted in 2016 were restored within six months. For Tehran the withdrawal proved that a signature in Washington binds only the signatory. For the American critics of the deal, Iran’s breaches of its limits from July 2019 onward proved the reverse. The same event now sits in both ledgers, under different headings.5

Notes
1 The speech, to commanders of the air force and air defence, was published on the Leader’s official website the same day.
2 The National Security Archive published the documents on 19 August 2013, the sixtieth anniversary of the coup.
3 The 444 days run from 4 November 1979 to 20 January 1981, when the hostages were released minutes after Ronald Reagan took the oath of office.
4 Interview by the authors, Muscat, May 2024. The interviewee asked not to be named.
5 On 1 July 2019 the IAEA confirmed that Iran’s stock of low-enriched uranium had passed the 300-kilogram limit.

References
Abrahamian, Ervand. 2013. The Coup: 1953, the CIA, and the Roots of Modern U.S.-Iranian Relations. New York: The New Press.
Bill, James A. 1988. The Eagle and the Lion: The Tragedy of American-Iranian Relations. New Haven: Yale University Press.
Gasiorowski, Mark J. 1987. “The 1953 Coup d’Etat in Iran.” International Journal of Middle East Studies 19 (3): 261–286.
Kydd, Andrew H. 2005. Trust and Mistrust in International Relations. Princeton: Princeton University Press.
Parsi, Trita. 2012. A Single Roll of the Dice: Obama’s Diplomacy with Iran. New Haven: Yale University Press.
Sick, Gary. 1985. All Fall Down: America’s Tragic Encounter with Iran. New York: Random House.
Vahdat-Holm, Leyla. 2019. Two Currencies: Memory and Bargaining in Iranian Foreign Policy. Ellesford: Ellesford University Press.
Wheeler, Nicholas J. 2018. Trusting Enemies: Interpersonal Relationships in International Conflict. Oxford: Oxford University Press.
"""
NOTE = ("held-out evaluation document written for the project; not a real publication. Imitates the layout of an "
        "academic journal article excerpt (journal and volume line, DOI, title, authors, history line, abstract, "
        "keywords, numbered sections, author-date citations, numbered notes, reference list). The Lanthorn Review, "
        "its volume, pages and DOI, the authors Shirin Azadeh-Whitcombe and Marcus Oduya-Lind, their institutions, "
        "the interviews, the interviewee and the work Vahdat-Holm 2019 are invented; the other seven references are "
        "real works, cited only for general claims, without page numbers; Khamenei's, Carter's, Bush's and Trump's "
        "words are short well-known phrases.")
write(DOC, "Ledgers of Defection: Trust, Verification and Memory in US–Iran Relations, 1953–2025",
      "The Lanthorn Review of International Politics", PUB, TEXT, NOTE,
      author="Shirin Azadeh-Whitcombe and Marcus Oduya-Lind")


class P(PDoc):
    MARK = r"\d{1,2}"


d = P(DOC, PUB)
# quotes (curly in the text; anchors are written straight)
d.Q("ledger of defection", ["term"], None, (), core=False)
d.Q("not intelligent, wise or honourable", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2, 7))
d.Q("ledger of defection", ["term"], None, (), core=False, occ=1)
d.Q("a ledger kept in two currencies, grievance and leverage", ["partial"], "Leyla Vahdat-Holm", ["vahdat-holm", "vahdat"], D(2019))
d.Q("an island of stability", ["partial"], "Jimmy Carter", ["carter"], D(1977, 12, 31))
d.Q("axis of evil", ["term", "partial"], "George W. Bush", ["bush"], D(2002, 1, 29))
d.Q("Whatever we give is pocketed, and whatever we ask for is called blackmail.", ["direct"], None, (), D(2024, 5))
d.Q("the worst deal ever", ["partial"], "Donald Trump", ["trump"])
d.Q("The 1953 Coup d'Etat in Iran.", ["term"], None, (), core=False)

# figures
d.F("23 interviews", 23, ["interview"], "count", subject_any=["interview"])
d.F("nine weeks", 9, ["week"], "duration", core=False)
d.F("two main ways", 2, ["way"], "count", core=False)  # the article's own framing
d.F("the two capitals", 2, ["capital"], "count", core=False)
d.F("two currencies", 2, ["currency"], "count", core=False)  # inside a metaphor
d.F("two generations", 2, ["generation"], "duration", core=False)
d.F("two years earlier", 2, ["year"], "duration", core=False)
d.F("Fifty-two Americans", 52, ["american"], "count", subject_any=["american", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held"])
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["killed", "people", "board"])
d.F("the next two decades", 20, ["year"], "duration", core=False)
d.F("A month later", 1, ["month"], "duration", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile", "uranium"])
d.F("15 years", 15, ["year"], "duration", subject_any=["cap", "agreement"])
d.F("more than a dozen quarterly reports", 12, ["quarterly report", "report"], "count", "more_than", ["report"])
d.F("within six months", 6, ["month"], "duration", "at_most", core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["days", "hostage"], core=False, occ=1)  # "The 444 days": back-reference
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["limit", "uranium"])

# events. The abstract is a deck (core false); citations and the reference list carry nothing.
d.V("The withdrawal of 2018 added an entry", "withdrawal", ["withdrawal"], D(2018), [], core=False)
d.V("Drawing on the diplomatic record from the coup of 1953", "collapse", ["negotiation", "other"], D(2025, 6), [], core=False)
d.V("On 7 February 2025, Ayatollah Ali Khamenei told", "told", ["statement"], D(2025, 2, 7), ["khamenei"])
d.V("On 12 April, barely nine weeks later", "exchanged messages", ["negotiation"], D(2025, 4, 12), ["araghchi", "iran"])
d.V("The first and most durable entry is the coup", "overthrew", ["coup"], D(1953, 8, 19), ["central intelligence agency", "cia", "british", "royalist", "officer"])
d.V("For two generations American officials treated", "release", ["disclosure"], D(2013, 8), ["cia", "central intelligence agency"])
d.V("Iranian officials, by contrast, have cited the coup", "have cited", ["statement"], None, ["iran", "official"], core=False)
d.V("When students loyal to Ayatollah Ruhollah Khomeini seized", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("Barely two years earlier, on 31 December 1977", "toasted", ["statement"], D(1977, 12, 31), ["carter"])
d.V("Fifty-two Americans were held for 444 days.", "were held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.V("The Algiers Accords, signed on 19 January 1981", "signed", ["agreement"], D(1981, 1, 19), [])
d.V("The Algiers Accords, signed on 19 January 1981", "left Tehran", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.V("Washington secretly sold arms to Tehran", "sold arms", ["support", "other"], R(D(1985), D(1986)), ["washington", "united states"])
d.V("Washington secretly sold arms to Tehran", "disclosure", ["disclosure"], D(1986, 11), [])
d.V("On 3 July 1988 the USS Vincennes shot down", "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.V("Iranian diplomats worked with their American counterparts", "worked with", ["negotiation", "other"], D(2001, 12), ["iran", "diplomat"])
d.V("A month later, on 29 January 2002", "placed Iran in", ["designation", "statement"], D(2002, 1, 29), ["bush"])
d.V("A former Iranian diplomat we interviewed in Muscat", "interviewed", ["other", "statement"], D(2024, 5), ["author"], core=False)
d.V("The nuclear agreement of 14 July 2015 was designed", "agreement", ["agreement"], D(2015, 7, 14), [])
d.V("It capped enrichment at 3.67 percent", "verified", ["other", "statement", "disclosure"], None, ["international atomic energy agency", "iaea"], core=False)
d.V("Implementation Day came on 16 January 2016.", "Implementation Day", ["agreement", "sanction", "other"], D(2016, 1, 16), [])
d.V("Yet on 8 May 2018 President Donald Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.V("Yet on 8 May 2018 President Donald Trump withdrew", "were restored", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 8)), [])
d.V("For the American critics of the deal", "breaches", ["withdrawal", "other"], R(D(2019, 7, 1), D(2025, 10, 20)), ["iran"])
# notes
d.V("1 The speech, to commanders of the air force", "was published", ["disclosure", "statement", "other"], D(2025, 2, 7), [], core=False)
d.V("2 The National Security Archive published the documents", "published", ["disclosure"], D(2013, 8, 19), ["national security archive"])
d.V("3 The 444 days run from 4 November 1979", "were released", ["other", "seizure", "agreement"], D(1981, 1, 20), [], core=False)
d.V("3 The 444 days run from 4 November 1979", "took the oath of office", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("5 On 1 July 2019 the IAEA confirmed", "confirmed", ["statement", "disclosure"], D(2019, 7, 1), ["iaea", "international atomic energy agency"])
d.V("5 On 1 July 2019 the IAEA confirmed", "had passed", ["withdrawal", "other"], D(2019, 7, 1), ["iran"], core=False)
d.save()
