import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h13 import write, PDoc, D, R

DOC = "ho13-thread-reporter-muscat-first-round"
PUB = "2025-04-12"  # a Saturday: the date of the thread's first post
TEXT = """Thread

Nadia Cheraghi-Booth
@ncheraghibooth
Gulf correspondent, Harbor Line News. Views my own.

1/ 🧵 Muscat, Saturday evening. The first round of Iran-US talks since Trump returned to office is over, after about two and a half hours. What we know so far, post by post 👇
8:47 PM · Apr 12, 2025
312 Replies · 1.4K Reposts · 4.1K Likes · 286K Views

2/ The format was indirect: Witkoff and Araghchi sat in separate rooms and Oman's foreign minister, Badr Albusaidi, carried messages between them. But Araghchi told state TV the two men spoke directly for "a few minutes" as they left. That is the first such exchange since Trump quit the nuclear deal in May 2018.
8:52 PM · Apr 12, 2025

3/ Araghchi's own readout, posted minutes ago. Note the word "constructive" ⬇️
9:05 PM · Apr 12, 2025
Quote
Seyed Abbas Araghchi
@araghchi · Apr 12
Today in Muscat we held indirect talks with the US delegation in a calm, constructive and respectful atmosphere. Both sides agreed to continue next week. The ball is in Washington's court.
88 Replies · 903 Reposts · 2.6K Likes · 141K Views

4/ The White House statement calls the discussions "very positive and constructive" and says Witkoff told Araghchi that differences should be settled "through talks, if that is at all possible." That last clause is doing a lot of work.
9:21 PM · Apr 12, 2025

5/ Context for new followers: Iran now holds more than 274 kg of uranium enriched to 60%, per the IAEA's February report, against a 3.67% ceiling in the 2015 deal. Trump sent Khamenei a letter in March proposing talks, with a two-month deadline, according to US officials.
9:34 PM · Apr 12, 2025

6/ Worth remembering: as recently as February 7, Khamenei told air force commanders that negotiating with the US is "not intelligent, wise or honourable." He has not publicly blessed this round. The silence is itself a message 🤐
9:40 PM · Apr 12, 2025

7/ Oman's foreign ministry says the next round is set for Saturday, April 19. Venue still open, and Rome is being floated 🇴🇲🇮🇹
9:58 PM · Apr 12, 2025

8/ Morning update: state TV says Araghchi briefed President Pezeshkian overnight, and the rial strengthened about 6 percent on Tehran's open market today, to roughly 840,000 to the dollar. Traders are reading yesterday as a thaw.
7:32 AM · Apr 13, 2025
41 Replies · 388 Reposts · 1.9K Likes · 97K Views

9/ Last thought. Every Iranian official I spoke to this week brought up 1953, when the CIA and Britain's MI6 toppled Mosaddegh. Every American brought up the embassy seizure of November 4, 1979. Forty-six years on, each side still reads the other through those two dates. /end
7:40 AM · Apr 13, 2025
"""
write(DOC, "Thread: Muscat, Saturday evening. The first round of Iran-US talks since Trump returned to office",
      "X (captured thread; style imitation)", PUB, TEXT, author="Nadia Cheraghi-Booth")

d = PDoc(DOC, PUB)
SAT, SUN = D(2025, 4, 12), D(2025, 4, 13)
AR = ["araghchi"]
# quotes
d.Q("a few minutes", ["partial"], "Abbas Araghchi", AR, SAT)
d.Q("constructive", ["term", "partial"], "Abbas Araghchi", AR, SAT, core=False)
d.Q("very positive and constructive", ["partial"], "White House", ["white house", "united states"], SAT)
d.Q("through talks, if that is at all possible.", ["partial"], "Steve Witkoff", ["witkoff"], SAT)
d.Q("not intelligent, wise or honourable.", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2, 7))

# figures: engagement counters measure the page (core false, round 11's AMA counters)
for s, v, u in [("312 Replies", 312, "reply"), ("1.4K Reposts", 1400, "repost"), ("4.1K Likes", 4100, "like"),
                ("286K Views", 286000, "view"), ("88 Replies", 88, "reply"), ("903 Reposts", 903, "repost"),
                ("2.6K Likes", 2600, "like"), ("141K Views", 141000, "view"), ("41 Replies", 41, "reply"),
                ("388 Reposts", 388, "repost"), ("1.9K Likes", 1900, "like"), ("97K Views", 97000, "view")]:
    d.F(s, v, [u], "count", core=False)
d.F("about two and a half hours", 2.5, ["hour"], "duration", "about", ["talk", "round"])
d.F("the two men", 2, ["man"], "count", core=False)
d.F("a few minutes", 3, ["minute"], "duration", "about", core=False)
d.F("more than 274 kg", 274, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("60%", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("3.67%", 3.67, ["percent"], "percent", subject_any=["ceiling", "deal", "enrich"])
d.F("two-month", 2, ["month"], "duration", subject_any=["deadline"], core=False)
d.F("about 6 percent", 6, ["percent"], "percent", "about", ["rial"])
d.F("roughly 840,000", 840000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("Forty-six years on", 46, ["year"], "duration", core=False)
d.F("those two dates", 2, ["date"], "count", core=False)

# events: post header, timestamp, counter, "Quote" and quoted-post header lines carry nothing; each post's
# relative dates resolve against its own timestamp, the quoted post's against its own date line
d.V("The first round of Iran-US talks since Trump", "first round of Iran-US talks", ["negotiation"], SAT, ["iran", "united states", "us"])
d.V("The format was indirect", "carried messages", ["negotiation", "other"], SAT, ["albusaidi", "oman"])
d.V("But Araghchi told state TV", "told state TV", ["statement"], SAT, AR)
d.V("But Araghchi told state TV", "spoke directly", ["negotiation"], SAT, AR + ["witkoff"])
d.V("That is the first such exchange since Trump quit", "quit the nuclear deal", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.V("3/ Araghchi's own readout, posted minutes ago.", "posted", ["statement"], SAT, AR)
d.V("Today in Muscat we held indirect talks", "held indirect talks", ["negotiation"], SAT, ["iran", "araghchi", "we"])
d.V("Both sides agreed to continue next week.", "agreed", ["agreement", "negotiation", "other"], SAT, ["iran", "united states", "both sides"])
d.V("4/ The White House statement calls", "statement", ["statement"], SAT, ["white house", "united states"])
d.V("4/ The White House statement calls", "told Araghchi", ["statement", "negotiation"], SAT, ["witkoff"], core=False)
d.V("Trump sent Khamenei a letter in March", "sent Khamenei a letter", ["statement", "negotiation", "other"], D(2025, 3), ["trump"])
d.V("Iran now holds more than 274 kg", "report", ["disclosure", "statement", "other"], D(2025, 2), ["iaea", "international atomic energy agency"])
d.V("as recently as February 7, Khamenei told", "told air force commanders", ["statement"], D(2025, 2, 7), ["khamenei"])
d.V("7/ Oman's foreign ministry says", "next round", ["negotiation"], D(2025, 4, 19), core=False)
d.V("7/ Oman's foreign ministry says", "says", ["statement"], SAT, ["oman", "foreign ministry"], core=False)
d.V("8/ Morning update: state TV says", "briefed", ["statement", "other", "negotiation"], R(SAT, SUN), AR)
d.V("8/ Morning update: state TV says", "strengthened", ["other"], SUN, [])
d.V("Every Iranian official I spoke to this week", "toppled", ["coup"], D(1953), ["cia", "mi6", "central intelligence agency", "british"])
d.V("Every American brought up the embassy seizure", "seizure", ["seizure"], D(1979, 11, 4), [])
d.save()
