import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h16 import write, PDoc, D, R, words

DOC = "ho16-wsj-trump-approved-then-called-off-iran-strikes"
PUB = "2019-06-21"  # a Friday
TEXT = """Trump Approved Strikes on Iran, Then Called Them Off

President says he halted retaliation for downed drone because it would have killed 150 people

By Nathaniel Corrigan-Ames and Leila Sarrafian-Booth
Updated June 21, 2019 7:48 pm ET

WASHINGTON—President Trump approved military strikes against Iran on Thursday in retaliation for the downing of an American surveillance drone, then called them off shortly before they were to be launched, he said Friday.

Iran's Islamic Revolutionary Guard Corps shot down the unmanned Navy aircraft, valued at more than $100 million, early Thursday near the Strait of Hormuz, in what U.S. officials said was international airspace. Iran said the drone had violated its territory.

In a series of posts on Twitter on Friday morning, Mr. Trump said he had asked a general how many people would die and was told 150. He said he stopped the operation about 10 minutes before it was to begin because such a toll would be "not proportionate" to the loss of an unmanned aircraft.

Military aircraft were in the air and ships were in position when the order to stand down came Thursday evening, according to U.S. officials. The targets included Iranian radar and missile batteries, the officials said.

National security adviser John Bolton, Secretary of State Mike Pompeo and CIA Director Gina Haspel had favored a military response, while Pentagon leaders warned of the risk of a wider conflict, according to people familiar with the deliberations.

"The president has shown he is willing to absorb a provocation to avoid a war he campaigned against," said Karen Delacroix-Whitney, a former State Department official who is now a senior fellow at the Atlantic Policy Forum. Ms. Delacroix-Whitney said Tehran might read the restraint as weakness. "The risk is that the Iranians conclude they can keep pushing," she said.

Iranian Foreign Minister Mohammad Javad Zarif said Thursday that his government had recovered debris from the drone in Iranian waters and would take the matter to the United Nations. "Iran does not want war, but it will defend every inch of its skies," Mr. Zarif wrote on Twitter.

House Speaker Nancy Pelosi said after a briefing at the White House on Thursday that the administration should not take action "without the consent of Congress."

The Federal Aviation Administration on Thursday barred U.S. airlines from flying over the Strait of Hormuz and the Gulf of Oman. Brent crude rose 1% on Friday to $65.20 a barrel.

The drone's downing followed attacks on six oil tankers in the Gulf of Oman in May and June that U.S. officials blamed on Iran, which denied involvement. The Pentagon said Monday it would send about 1,000 additional troops to the Middle East.

Distrust between the two countries runs deep. The U.S. and Britain helped orchestrate the 1953 coup that ousted Iran's elected prime minister, Mohammad Mossadegh, and strengthened the shah's rule. After the 1979 revolution, militant students seized the U.S. Embassy in Tehran on Nov. 4, 1979, and held 52 Americans for 444 days; Washington cut diplomatic ties in April 1980.

Mr. Trump withdrew the U.S. from the 2015 nuclear agreement, known as the Joint Comprehensive Plan of Action, in May 2018, calling it "defective at its core." Under the accord, Iran agreed to cap uranium enrichment at 3.67% and to keep its stockpile of low-enriched uranium below 300 kilograms for 15 years in exchange for relief from U.S. and international sanctions.

The administration reimposed sanctions on Iran's oil exports in November and ended waivers for the country's remaining crude buyers in May. Iran's Atomic Energy Organization said Monday that the country would exceed the 300-kilogram limit by June 27.

—Courtney Abernathy-Lowe contributed to this article.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Wall Street Journal news story (headline and deck, two-writer byline, `Updated "
        "June 21, 2019 7:48 pm ET`, `WASHINGTON—` dateline without spaces, \"Mr. Trump\", \"Ms.\", \"according to "
        "U.S. officials\", \"people familiar with the deliberations\", a history paragraph, closing contributor line). "
        "The writers, the contributor, Karen Delacroix-Whitney and the Atlantic Policy Forum are invented; the words "
        "given to Zarif and Pelosi are invented or paraphrased (\"not proportionate\", \"150\" and \"about 10 minutes\" "
        "follow Trump's posts of 21 June 2019; \"defective at its core\" is from his speech of 8 May 2018). The "
        "sequence of events follows public reporting; the aircraft's value, the oil price and the troop number are "
        "as commonly reported, not checked.")
write(DOC, "Trump Approved Strikes on Iran, Then Called Them Off", "The Wall Street Journal (style imitation)", PUB, TEXT, NOTE,
      author="Nathaniel Corrigan-Ames and Leila Sarrafian-Booth")

d = PDoc(DOC, PUB)
FRI, THU, MON = D(2019, 6, 21), D(2019, 6, 20), D(2019, 6, 17)
TR = ["trump"]
ZA = ["zarif"]
DW = ["delacroix-whitney", "delacroix"]

# quotes
d.Q("not proportionate", ["partial"], "Donald Trump", TR, FRI)
d.Q("The president has shown he is willing to absorb a provocation to avoid a war he campaigned against,", ["direct"], "Karen Delacroix-Whitney", DW)
d.Q("The risk is that the Iranians conclude they can keep pushing,", ["direct"], "Karen Delacroix-Whitney", DW)
d.Q("Iran does not want war, but it will defend every inch of its skies,", ["direct"], "Mohammad Javad Zarif", ZA)
d.Q("without the consent of Congress.", ["partial"], "Nancy Pelosi", ["pelosi"], THU)
d.Q("defective at its core.", ["partial"], "Donald Trump", TR, D(2018, 5))

# figures
d.F("150 people", 150, ["person", "people"], "count", subject_any=["killed", "people", "retaliation"])
d.F("more than $100 million", 1e8, ["usd"], "money", "more_than", ["aircraft", "drone", "valued"])
d.F("150", 150, ["person", "people"], "count", subject_any=["die", "people"], occ=1)
d.F("about 10 minutes before", 10, ["minute"], "duration", "about", core=False)
d.F("1%", 1, ["percent"], "percent", subject_any=["brent"])
d.F("$65.20 a barrel", 65.2, ["usd", "usd per barrel"], "money", subject_any=["brent"])
d.F("six oil tankers", 6, ["oil tanker", "tanker"], "count", subject_any=["tanker", "attack"])
d.F("about 1,000 additional troops", 1000, ["additional troop", "troop"], "count", "about", ["troop"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrichment", "uranium"])
d.F("below 300 kilograms", 300, ["kilogram", "kg"], "measure", "less_than", ["stockpile", "uranium"])
d.F("15 years", 15, ["year"], "duration", subject_any=["accord", "limit", "stockpile"])
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["limit"])

# events
d.V("Trump Approved Strikes on Iran, Then Called Them Off", "Approved", ["other", "threat"], THU, TR, core=False)
d.V("Trump Approved Strikes on Iran, Then Called Them Off", "Called Them Off", ["other"], THU, TR, core=False)
d.V("President says he halted retaliation", "says", ["statement"], FRI, TR, core=False)
d.V("President says he halted retaliation", "downed drone", ["attack"], THU, core=False)
d.V("WASHINGTON—President Trump approved military strikes", "approved", ["other", "threat"], THU, TR)
d.V("WASHINGTON—President Trump approved military strikes", "downing", ["attack"], THU, ["iran"], core=False)
d.V("WASHINGTON—President Trump approved military strikes", "called them off", ["other"], THU, TR)
d.V("WASHINGTON—President Trump approved military strikes", "he said Friday", ["statement"], FRI, TR)
d.V("Iran's Islamic Revolutionary Guard Corps shot down", "shot down", ["attack"], THU, ["revolutionary guard", "irgc", "iran"])
d.V("Iran's Islamic Revolutionary Guard Corps shot down", "said", ["statement"], None, ["official", "united states"], core=False)
d.V("Iran said the drone had violated its territory.", "said", ["statement"], None, ["iran"], core=False)
d.V("Iran said the drone had violated its territory.", "had violated", ["other"], THU, core=False)
d.V("In a series of posts on Twitter on Friday morning", "said", ["statement"], FRI, TR)
d.V("He said he stopped the operation about 10 minutes", "said", ["statement"], FRI, TR, core=False)
d.V("He said he stopped the operation about 10 minutes", "stopped", ["other"], THU, TR, core=False)
d.V("Military aircraft were in the air", "order to stand down", ["other"], THU, core=False)
d.V("The targets included Iranian radar", "the officials said", ["statement"], None, core=False)
d.V("National security adviser John Bolton", "had favored", ["statement", "other"], None, ["bolton", "pompeo", "haspel"], core=False)
d.V("National security adviser John Bolton", "warned", ["statement"], None, ["pentagon"], core=False)
d.V("\"The president has shown he is willing", "said Karen Delacroix-Whitney", ["statement"], None, DW, core=False)
d.V("Ms. Delacroix-Whitney said Tehran might read", "said", ["statement"], None, DW, core=False)
d.V("\"The risk is that the Iranians conclude", "she said", ["statement"], None, DW, core=False)
d.V("Iranian Foreign Minister Mohammad Javad Zarif said Thursday", "said", ["statement"], THU, ZA)
d.V("Iranian Foreign Minister Mohammad Javad Zarif said Thursday", "had recovered", ["other"], THU, ["iran"], core=False)
d.V("Iranian Foreign Minister Mohammad Javad Zarif said Thursday", "would take the matter", ["other", "statement"], None, ZA, core=False)
d.V("\"Iran does not want war, but it will defend", "wrote on Twitter", ["statement"], THU, ZA, core=False)
d.V("House Speaker Nancy Pelosi said after a briefing", "said", ["statement"], THU, ["pelosi"])
d.V("House Speaker Nancy Pelosi said after a briefing", "briefing", ["negotiation", "statement", "other"], THU, ["white house", "administration"], core=False)
d.V("The Federal Aviation Administration on Thursday barred", "barred", ["other", "sanction"], THU, ["aviation", "faa"])
d.V("Brent crude rose 1% on Friday", "rose", ["other"], FRI, core=False)
d.V("The drone's downing followed attacks on six oil tankers", "attacks", ["attack"], R(D(2019, 5), D(2019, 6)))
d.V("The drone's downing followed attacks on six oil tankers", "blamed", ["statement"], None, ["official", "united states"], core=False)
d.V("The drone's downing followed attacks on six oil tankers", "denied", ["statement"], None, ["iran"], core=False)
d.V("The Pentagon said Monday", "said", ["statement"], MON, ["pentagon", "defense"])
d.V("The Pentagon said Monday", "would send", ["support", "other"], None, ["pentagon"], core=False)
d.V("The U.S. and Britain helped orchestrate the 1953 coup", "coup", ["coup"], D(1953), ["u.s", "united states", "britain", "united kingdom"])
d.V("The U.S. and Britain helped orchestrate the 1953 coup", "strengthened the shah's rule", ["other", "leadership_change"], D(1953), core=False)
d.V("After the 1979 revolution, militant students seized", "revolution", ["revolution"], D(1979))
d.V("After the 1979 revolution, militant students seized", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("After the 1979 revolution, militant students seized", "held 52 Americans", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.V("After the 1979 revolution, militant students seized", "cut diplomatic ties", ["other", "withdrawal"], D(1980, 4), ["washington", "united states"])
d.V("Mr. Trump withdrew the U.S. from the 2015 nuclear agreement", "withdrew", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("Under the accord, Iran agreed to cap uranium enrichment", "agreed to cap", ["agreement"], D(2015), ["iran"], core=False)
d.V("The administration reimposed sanctions on Iran's oil exports", "reimposed sanctions", ["sanction"], D(2018, 11), ["administration", "trump", "united states"])
d.V("The administration reimposed sanctions on Iran's oil exports", "ended waivers", ["sanction"], D(2019, 5), ["administration", "trump", "united states"])
d.V("Iran's Atomic Energy Organization said Monday", "said", ["statement"], MON, ["atomic energy organization", "iran"])
d.V("Iran's Atomic Energy Organization said Monday", "would exceed", ["withdrawal", "threat", "other"], D(2019, 6, 27), ["iran"], core=False)
d.save()
print(DOC, words(DOC), "words")
