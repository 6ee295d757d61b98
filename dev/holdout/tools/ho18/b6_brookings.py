import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h18 import write, PDoc, D, R, words

DOC = "ho18-brookings-four-reasons-iran-distrust-outlasted-snapback"
PUB = "2025-10-09"  # a Thursday
TEXT = """Commentary

Four reasons Iran's distrust of America outlasted snapback

Nadia Kouri-Whitfield, Senior Fellow, Foreign Policy, Center for Middle East Policy
Samuel Ostrander-Pak, Nonresident Fellow, Foreign Policy

October 9, 2025

On September 28, United Nations sanctions on Iran returned, a decade after the Joint Comprehensive Plan of Action (JCPOA) lifted them. Britain, France and Germany had triggered the "snapback" mechanism on August 28, and a last attempt by Russia and China to delay it failed in the Security Council on September 26.[1] In Washington, the return of sanctions has been greeted as new leverage. We think that reading misjudges how Tehran sees the past decade, and we offer four reasons.

1. The deal's collapse was an American choice, and Iranians remember it as one. Under the JCPOA, concluded on July 14, 2015, Iran cut its installed centrifuges from about 19,000 to 6,104, shipped out roughly 98 percent of its enriched uranium and accepted a cap of 3.67 percent on enrichment.[2] The International Atomic Energy Agency verified Iran's compliance in every quarterly report it issued until the United States withdrew on May 8, 2018. Iran did not begin exceeding the deal's limits until July 2019, more than a year later. The sequence matters to Iranians, and it colors how they read every American offer.

2. Sanctions have imposed real costs without changing Tehran's core calculation. Iran's oil exports fell from about 2.5 million barrels a day in April 2018 to roughly 300,000 in 2020, and the rial lost about 80 percent of its value on the open market between January 2018 and October 2020.[3] Yet exports recovered to an estimated 1.7 million barrels a day this year, about 90 percent of them bound for China, often at discounts of $5 to $8 a barrel.[4] Since February, the Treasury has sanctioned more than 100 tankers in Iran's so-called shadow fleet, and annual inflation has stayed above 30 percent for six years. These are heavy costs. But they have not persuaded Tehran to give up enrichment, and we see no reason why the UN measures, which add little to existing US sanctions, should do so.

3. Force has taught Tehran the opposite of the intended lesson. Israel struck Iran's nuclear and military sites from June 13, and on June 22 American B-2 bombers hit Fordow and Natanz with 14 GBU-57 bombs while submarines launched some two dozen Tomahawk missiles at Isfahan.[5] Before the strikes, the IAEA estimated that Iran held 440.9 kilograms of uranium enriched to 60 percent, enough for about ten weapons if enriched further; inspectors have not verified that stockpile since.[6] Iran's parliament voted on June 25 to suspend cooperation with the agency. A program that was under the most intrusive inspections in the world until 2018 is now largely unmonitored.

4. Iran's leadership has told its public exactly this. Supreme Leader Ali Khamenei said on February 7 that negotiating with America "will solve no problem," citing the 2018 withdrawal as proof, and on September 23 he called talks under American threats "a dead end."[7] When we met Iranian officials in Muscat in May, several of them described the withdrawal, not any military strike, as the moment trust ended. "We paid in advance once, and the receipt was torn up," one of them told us.

None of this means diplomacy is futile. It means that any new agreement will need guarantees that can survive an American election: sanctions relief written into a Security Council resolution, phased steps that inspectors can verify, and a vote in Congress. Without them, we expect Tehran to keep its program as a hedge, and the next round of talks to fail for the same reason the last one did.

Notes
[1] A resolution to continue sanctions relief had already failed on September 19, with four votes in favor, nine against and two abstentions.
[2] IAEA, "Verification and monitoring in the Islamic Republic of Iran in light of United Nations Security Council resolution 2231 (2015)," GOV/INF/2016/1, January 16, 2016.
[3] Authors' calculations from tanker-tracking estimates and open-market exchange rates, 2018-2020.
[4] Authors' estimate for January-August 2025, based on commercial tanker-tracking services.
[5] US Department of Defense, news briefing, June 22, 2025.
[6] IAEA, quarterly report to the Board of Governors, September 2025, paragraph 4.
[7] Office of the Supreme Leader, English transcripts of speeches on February 7 and September 23, 2025.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "habits of a Brookings commentary post (`Commentary` label, sentence-case title, two signed analysts with "
        "their titles, date line, first person plural (\"we think\", \"we offer\", \"when we met\"), four numbered "
        "arguments whose number opens the paragraph, figures on enrichment, oil and sanctions, bracketed note "
        "markers and a `Notes` list mixing citations with a note that asserts a fact). The analysts Nadia "
        "Kouri-Whitfield and Samuel Ostrander-Pak, their meeting in Muscat, the official's words and every sentence are invented; "
        "Khamenei's words are short paraphrases of public reports (\"will solve no problem\", \"a dead end\"). The "
        "dates of the JCPOA, the withdrawal, the first breaches, the June 2025 strikes, the Majlis vote, the E3 "
        "trigger, the Security Council votes (with the tally of 19 September) and the snapback, the centrifuge "
        "counts, 3.67 percent, 14 GBU-57 bombs and 440.9 kilograms follow public reporting; the oil volumes, "
        "discounts, the rial's loss, the tanker count and the inflation figure are plausible, not checked; the "
        "citations of notes 3 to 7 are invented.")
write(DOC, "Four reasons Iran's distrust of America outlasted snapback", "Brookings Institution (style imitation)", PUB,
      TEXT, NOTE, author="Nadia Kouri-Whitfield and Samuel Ostrander-Pak")

d = PDoc(DOC, PUB)
KH = ["khamenei"]
E3 = ["united kingdom", "britain", "france", "germany", "e3", "european"]

# quotes
d.Q("snapback", ["term"], None, (), core=False, ctx=("the \"snapback\" mechanism",))
d.Q("will solve no problem,", ["partial"], "Ali Khamenei", KH, D(2025, 2, 7))
d.Q("a dead end.", ["partial", "term"], "Ali Khamenei", KH, D(2025, 9, 23))
d.Q("We paid in advance once, and the receipt was torn up,", ["direct"], None, (), D(2025, 5))
d.Q("Verification and monitoring in the Islamic Republic of Iran in light of United Nations Security Council resolution 2231 (2015),",
    ["term"], None, (), core=False)

# figures
d.F("Four reasons", 4, ["reason"], "count", subject_any=["reason"])
d.F("a decade after", 10, ["year", "decade"], "duration", core=False)
d.F("the past decade", 10, ["year", "decade"], "duration", core=False)
d.F("four reasons", 4, ["reason"], "count", subject_any=["reason"])
d.F("about 19,000", 19000, ["centrifuge"], "count", "about", ["centrifuge"])
d.F("6,104", 6104, ["centrifuge"], "count", subject_any=["centrifuge"])
d.F("roughly 98 percent", 98, ["percent"], "percent", "about", ["uranium", "enriched"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich", "cap"])
d.F("more than a year later", 1, ["year"], "duration", "more_than", core=False)
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("roughly 300,000", 3e5, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("about 80 percent", 80, ["percent"], "percent", "about", ["rial", "value"])
d.F("an estimated 1.7 million barrels a day", 1.7e6, ["barrel per day", "barrel a day"], "measure", "about", ["export"])
d.F("about 90 percent", 90, ["percent"], "percent", "about", ["export", "china"])
d.F("$5 to $8 a barrel", 5, ["usd", "usd per barrel"], "money", subject_any=["discount"], value_max=8)
d.F("more than 100 tankers", 100, ["tanker"], "count", "more_than", ["tanker", "shadow fleet"])
d.F("above 30 percent", 30, ["percent"], "percent", "more_than", ["inflation"])
d.F("six years", 6, ["year"], "duration", subject_any=["inflation"])
d.F("14 GBU-57 bombs", 14, ["bomb", "gbu-57 bomb"], "count", subject_any=["bomb"])
d.F("some two dozen Tomahawk missiles", 24, ["missile", "tomahawk missile"], "count", "about", ["missile", "tomahawk"])
d.F("440.9 kilograms", 440.9, ["kilogram", "kg"], "measure", subject_any=["uranium", "stockpile"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich", "uranium"])
d.F("about ten weapons", 10, ["weapon"], "count", "about", ["weapon"])
d.F("several of them", 3, ["official"], "count", "about", core=False)
d.F("once", 1, ["time"], "count", core=False, ctx=("We paid in advance once",))
d.F("four votes", 4, ["vote"], "count", subject_any=["favor", "vote"])
d.F("nine", 9, ["vote"], "count", subject_any=["against", "vote"], ctx=("nine against",))
d.F("two abstentions", 2, ["abstention"], "count", subject_any=["abstention"])

# events
d.V("Four reasons Iran's distrust of America outlasted snapback", "snapback", ["sanction"], None, core=False)
d.V("On September 28, United Nations sanctions on Iran returned", "returned", ["sanction"], D(2025, 9, 28))
d.V("On September 28, United Nations sanctions on Iran returned", "lifted them", ["sanction"], R(D(2015), D(2016)), ["jcpoa", "joint comprehensive"])
d.V("Britain, France and Germany had triggered", "had triggered", ["sanction"], D(2025, 8, 28), E3)
d.V("Britain, France and Germany had triggered", "failed", ["legislation", "other", "sanction", "negotiation"], D(2025, 9, 26), ["russia", "china"])
d.V("In Washington, the return of sanctions has been greeted", "has been greeted", ["statement"], None, core=False)
d.V("1. The deal's collapse was an American choice", "collapse", ["withdrawal"], None, core=False)
d.V("Under the JCPOA, concluded on July 14, 2015", "concluded", ["agreement"], D(2015, 7, 14))
d.V("Under the JCPOA, concluded on July 14, 2015", "cut its installed centrifuges", ["other", "agreement"], None, ["iran"], core=False)
d.V("Under the JCPOA, concluded on July 14, 2015", "shipped out", ["other", "agreement"], None, ["iran"], core=False)
d.V("Under the JCPOA, concluded on July 14, 2015", "accepted a cap", ["agreement"], None, ["iran"], core=False)
d.V("The International Atomic Energy Agency verified", "verified", ["statement"], None, ["atomic energy", "iaea"], core=False)
d.V("The International Atomic Energy Agency verified", "withdrew", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.V("Iran did not begin exceeding the deal's limits", "exceeding", ["withdrawal", "other"], D(2019, 7), ["iran"])
d.V("Iran's oil exports fell from about 2.5 million", "fell", ["other"], None, core=False)
d.V("Iran's oil exports fell from about 2.5 million", "lost", ["other"], None, core=False)
d.V("Yet exports recovered to an estimated", "recovered", ["other"], D(2025), core=False)
d.V("Since February, the Treasury has sanctioned", "has sanctioned", ["sanction", "designation"], R(D(2025, 2, 1), D(2025, 10, 9)), ["treasury", "united states"])
d.V("Since February, the Treasury has sanctioned", "has stayed above", ["other"], None, core=False)
d.V("Israel struck Iran's nuclear and military sites from June 13", "struck", ["attack", "war"], R(D(2025, 6, 13), D(2025, 6, 24)), ["israel"])
d.V("Israel struck Iran's nuclear and military sites from June 13", "hit", ["attack"], D(2025, 6, 22), ["american", "united states", "b-2"])
d.V("Israel struck Iran's nuclear and military sites from June 13", "launched", ["attack"], D(2025, 6, 22), ["submarine", "united states"], core=False)
d.V("Before the strikes, the IAEA estimated", "estimated", ["statement", "disclosure"], None, ["iaea"], core=False)
d.V("Before the strikes, the IAEA estimated", "have not verified", ["other"], None, core=False)
d.V("Iran's parliament voted on June 25", "voted", ["legislation"], D(2025, 6, 25), ["parliament", "majlis"])
d.V("Supreme Leader Ali Khamenei said on February 7", "said on February 7", ["statement"], D(2025, 2, 7), KH)
d.V("Supreme Leader Ali Khamenei said on February 7", "withdrawal", ["withdrawal"], D(2018), core=False)
d.V("Supreme Leader Ali Khamenei said on February 7", "called", ["statement"], D(2025, 9, 23), KH)
d.V("When we met Iranian officials in Muscat in May", "described", ["statement"], D(2025, 5), ["official"], core=False)
d.V("When we met Iranian officials in Muscat in May", "withdrawal", ["withdrawal"], None, core=False)
d.V("\"We paid in advance once", "told us", ["statement"], D(2025, 5), core=False)
d.V("\"We paid in advance once", "torn up", ["withdrawal"], None, core=False)
d.V("Without them, we expect Tehran to keep its program", "the next round of talks", ["negotiation"], None, core=False)
d.V("[1] A resolution to continue sanctions relief had already failed", "had already failed", ["legislation", "other", "sanction"], D(2025, 9, 19))
d.save()
print(DOC, words(DOC), "words")
