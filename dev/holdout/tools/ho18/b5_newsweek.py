import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h18 import write, PDoc, D, R, words

DOC = "ho18-newsweek-khamenei-rejects-trump-nuclear-offer-enrichment"
PUB = "2025-06-04"  # a Wednesday
TEXT = """World

Iran's Khamenei Rejects Trump Nuclear Offer: 'Against Our Interests'

By Jordan Ellsworth-Navabi
World News Reporter

Published Jun 04, 2025 at 07:12 AM EDT
Updated Jun 04, 2025 at 10:48 AM EDT

Update 6/4/25, 10:48 a.m. ET: This article has been updated with comment from a White House spokesperson and additional background.

Iran's Supreme Leader Ayatollah Ali Khamenei on Wednesday rejected a U.S. proposal for a new nuclear agreement, saying that a demand for Iran to give up uranium enrichment was "100 percent against" the country's interests.

Newsweek has reached out to the State Department and to Iran's mission to the United Nations for comment via email.

What To Know
• Khamenei said enrichment was "the key" to Iran's nuclear program and that Washington had no say over whether Iran enriches.
• The U.S. offer was handed to Tehran on Saturday by Oman's foreign minister after five rounds of talks that began on April 12.
• A confidential International Atomic Energy Agency report says Iran holds 408.6 kilograms of uranium enriched up to 60 percent.
• The IAEA's 35-nation Board of Governors meets in Vienna on Monday.

Why It Matters
Iran and the U.S. have held five rounds of indirect talks, mediated by Oman, since April, the highest-level contact between the two countries since Trump withdrew from the 2015 nuclear deal in May 2018, during his first term. The first round was held in Muscat on April 12 and the most recent in Rome on May 23. A breakdown would raise the risk of an Israeli or American strike on Iran's nuclear facilities, which Trump has repeatedly threatened if diplomacy fails.

Distrust runs deep on both sides. Iranian officials regularly cite the CIA-backed coup that ousted Prime Minister Mohammad Mossadegh in 1953, and the U.S. exit from the 2015 deal, under which Iran had capped enrichment at 3.67 percent in exchange for sanctions relief. Americans remember the seizure of the U.S. Embassy in Tehran in November 1979; Washington broke off diplomatic relations with Iran in April 1980.

The Proposal
Khamenei spoke at the mausoleum of Ayatollah Ruhollah Khomeini, south of Tehran, on the 36th anniversary of the death of the Islamic Republic's founder. "The American proposal is 100 percent against the principle of 'we can,'" he said, according to a transcript published by his office. "Enrichment is the key to our nuclear industry, and the enemies have put their hands on this key."

He accused "the rude and arrogant leaders of America" of demanding that Iran abandon a program built by its own scientists.

The proposal was handed to Iranian officials on Saturday by Omani Foreign Minister Badr Albusaidi during a visit to Tehran. Axios, which first reported its contents, said it would allow Iran to enrich uranium at low levels for a limited period while a regional consortium was set up.

Trump contradicted that account on Monday. "Under the deal we are offering, there will be no enrichment of uranium in Iran, none," he wrote on Truth Social.

The IAEA said in a confidential report to member states on Saturday that Iran's stockpile of uranium enriched up to 60 percent had grown by 133.8 kilograms since February, to 408.6 kilograms, enough by an agency yardstick for about nine nuclear weapons if enriched further. Iran's Foreign Ministry called the report "politically motivated."

What People Are Saying
Iranian Foreign Minister Abbas Araghchi, in a post on X on Tuesday:
Enrichment is our right under the NPT, not a favor that Washington can grant or withhold. If the goal is to make sure Iran never builds a nuclear weapon, a deal is within reach. If the goal is to deny Iranians their rights, there will be no deal. — Seyed Abbas Araghchi (@araghchi) June 3, 2025

A White House spokesperson, in a statement to Newsweek on Wednesday: "The president has made clear that Iran will never have a nuclear weapon. The offer on the table is a good one, and Iran would be wise to take it."

Hamed Sotoudeh-Baker, an Iran analyst at the Lowell Center for Nonproliferation Studies, told Newsweek: "Khamenei is not closing the door. He is telling Washington that after 2018 he will not sign anything that asks Iran to trust first."

What Happens Next
The IAEA's Board of Governors is due to meet in Vienna on Monday, where the U.S. and its European allies are expected to push a resolution finding Iran in breach of its safeguards obligations for the first time in almost 20 years. Iran has warned that it would respond to such a resolution. No date has been set for a sixth round of talks, although Albusaidi said on Tuesday that he hoped the two sides would meet again "in the coming days." Britain, France and Germany can trigger the return of U.N. sanctions until October 18, when that provision of the 2015 deal expires.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Newsweek web story (section word, headline with a single-quoted phrase after a "
        "colon, byline with the writer's role, `Published`/`Updated` lines, an `Update 6/4/25, 10:48 a.m. ET:` line, "
        "\"Newsweek has reached out to ... for comment\", the heads `What To Know` (bullets), `Why It Matters`, "
        "`What People Are Saying` with name-and-colon attributions and an embedded post on X given as a blockquote "
        "without quotation marks and with its credit line, and `What Happens Next`). The writer Jordan "
        "Ellsworth-Navabi, the analyst Hamed Sotoudeh-Baker and the Lowell Center for Nonproliferation Studies, the "
        "White House spokesperson's statement, Albusaidi's remark of Tuesday and every sentence are invented; the "
        "words given to Khamenei, Trump, Araghchi and Iran's Foreign Ministry are invented or paraphrased (the "
        "Leader's \"100 percent against\" the principle of \"we can\", \"the key\" and \"the rude and arrogant "
        "leaders of America\", and Trump's post of Monday ruling out enrichment, follow public reporting in "
        "substance; Araghchi's post is not a real post). The dates of the speech, the handing over of the proposal, "
        "the five rounds (Muscat on 12 April, Rome on 23 May), the IAEA report and its quantities (408.6 and 133.8 kilograms) and the Board meeting follow "
        "public reporting; \"about nine nuclear weapons\" and \"almost 20 years\" are rounded.")
write(DOC, "Iran's Khamenei Rejects Trump Nuclear Offer: 'Against Our Interests'", "Newsweek (style imitation)", PUB,
      TEXT, NOTE, author="Jordan Ellsworth-Navabi")

d = PDoc(DOC, PUB)
WED, TUE, MON, SAT = D(2025, 6, 4), D(2025, 6, 3), D(2025, 6, 2), D(2025, 5, 31)
KH, TR = ["khamenei"], ["trump"]
WH = ["white house", "spokesperson"]
OM = ["albusaidi", "oman"]

# quotes
d.Q("Against Our Interests", ["term", "partial"], None, (), core=False)
d.Q("100 percent against", ["partial"], "Ali Khamenei", KH, WED)
d.Q("the key", ["partial"], "Ali Khamenei", KH, WED, core=False)
d.Q("The American proposal is 100 percent against the principle of 'we can,'", ["direct"], "Ali Khamenei", KH, WED)
d.Q("we can,", ["term", "partial"], None, (), core=False)
d.Q("Enrichment is the key to our nuclear industry, and the enemies have put their hands on this key.", ["direct"],
    "Ali Khamenei", KH, WED)
d.Q("the rude and arrogant leaders of America", ["partial"], "Ali Khamenei", KH, WED)
d.Q("Under the deal we are offering, there will be no enrichment of uranium in Iran, none,", ["direct"],
    "Donald Trump", TR, MON)
d.Q("politically motivated.", ["partial"], "Iranian Foreign Ministry", ["foreign ministry", "iran"])
d.Q("The president has made clear that Iran will never have a nuclear weapon. The offer on the table is a good one, and Iran would be wise to take it.",
    ["direct"], "White House", WH, WED)
d.Q("Khamenei is not closing the door. He is telling Washington that after 2018 he will not sign anything that asks Iran to trust first.",
    ["direct"], "Hamed Sotoudeh-Baker", ["sotoudeh"])
d.Q("in the coming days.", ["partial"], "Badr Albusaidi", OM, TUE)

# figures
d.F("100 percent", 100, ["percent"], "percent", subject_any=["against", "interest", "proposal"], occ=0)
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"], occ=0)
d.F("408.6 kilograms", 408.6, ["kilogram", "kg"], "measure", subject_any=["uranium", "stockpile"], occ=0)
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["enrich", "uranium"], occ=0)
d.F("35-nation", 35, ["nation"], "count", subject_any=["board"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"], occ=1)
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("100 percent", 100, ["percent"], "percent", subject_any=["proposal", "against"], occ=1)
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["enrich", "uranium", "stockpile"], occ=1)
d.F("133.8 kilograms", 133.8, ["kilogram", "kg"], "measure", subject_any=["stockpile", "grown", "uranium"])
d.F("408.6 kilograms", 408.6, ["kilogram", "kg"], "measure", subject_any=["uranium", "stockpile"], occ=1)
d.F("about nine nuclear weapons", 9, ["nuclear weapon", "weapon"], "count", "about", ["weapon"])
d.F("almost 20 years", 20, ["year"], "duration", "about", ["first time", "breach"])
d.F("the two sides", 2, ["side"], "count", core=False)

# events
d.V("Iran's Khamenei Rejects Trump Nuclear Offer", "Rejects", ["statement"], WED, KH, core=False)
d.V("Iran's Supreme Leader Ayatollah Ali Khamenei on Wednesday rejected", "rejected", ["statement"], WED, KH)
d.V("Newsweek has reached out to the State Department", "has reached out", ["other", "statement"], WED, ["newsweek"], core=False)
d.V("• Khamenei said enrichment was", "said", ["statement"], WED, KH, core=False)
d.V("• The U.S. offer was handed to Tehran on Saturday", "was handed", ["statement", "negotiation", "other"], SAT, OM, core=False)
d.V("• The U.S. offer was handed to Tehran on Saturday", "five rounds of talks", ["negotiation"], R(D(2025, 4, 12), WED), core=False)
d.V("• A confidential International Atomic Energy Agency report says", "report says", ["disclosure", "statement"], SAT, ["atomic energy", "iaea"], core=False)
d.V("• The IAEA's 35-nation Board of Governors meets", "meets", ["negotiation", "other"], D(2025, 6, 9), core=False)
d.V("Iran and the U.S. have held five rounds of indirect talks", "have held five rounds of indirect talks", ["negotiation"], R(D(2025, 4, 1), WED), ["iran", "united states", "u.s."])
d.V("Iran and the U.S. have held five rounds of indirect talks", "withdrew", ["withdrawal"], D(2018, 5), TR)
d.V("The first round was held in Muscat on April 12", "The first round", ["negotiation"], D(2025, 4, 12), ["iran", "united states", "u.s."])
d.V("The first round was held in Muscat on April 12", "the most recent", ["negotiation"], D(2025, 5, 23), ["iran", "united states", "u.s."])
d.V("A breakdown would raise the risk", "strike", ["attack"], None, core=False)
d.V("A breakdown would raise the risk", "has repeatedly threatened", ["threat"], None, TR, core=False)
d.V("Iranian officials regularly cite the CIA-backed coup", "regularly cite", ["statement"], None, ["official", "iran"], core=False)
d.V("Iranian officials regularly cite the CIA-backed coup", "coup", ["coup"], D(1953), ["cia", "central intelligence"])
d.V("Iranian officials regularly cite the CIA-backed coup", "exit", ["withdrawal"], None, ["u.s.", "united states"], core=False)
d.V("Iranian officials regularly cite the CIA-backed coup", "had capped", ["agreement"], None, ["iran"], core=False)
d.V("Americans remember the seizure of the U.S. Embassy", "seizure", ["seizure"], D(1979, 11))
d.V("Americans remember the seizure of the U.S. Embassy", "remember", ["statement", "other"], None, core=False)
d.V("Americans remember the seizure of the U.S. Embassy", "broke off diplomatic relations", ["withdrawal", "other"], D(1980, 4), ["washington", "united states"])
d.V("Khamenei spoke at the mausoleum", "spoke", ["statement"], WED, KH, core=False)
d.V("Khamenei spoke at the mausoleum", "death", ["other", "leadership_change"], None, core=False)
d.V("\"The American proposal is 100 percent against", "he said, according to a transcript", ["statement"], WED, KH, core=False)
d.V("He accused \"the rude and arrogant leaders", "accused", ["statement"], WED, KH, core=False)
d.V("The proposal was handed to Iranian officials on Saturday", "was handed", ["statement", "negotiation", "other"], SAT, OM)
d.V("Axios, which first reported its contents", "said", ["statement", "disclosure"], None, ["axios"], core=False)
d.V("Axios, which first reported its contents", "would allow", ["agreement"], None, core=False)
d.V("Trump contradicted that account on Monday.", "contradicted", ["statement"], MON, TR)
d.V("\"Under the deal we are offering", "he wrote on Truth Social", ["statement"], MON, TR, core=False)
d.V("The IAEA said in a confidential report to member states on Saturday", "said in a confidential report", ["disclosure", "statement"], SAT, ["iaea", "atomic energy"])
d.V("The IAEA said in a confidential report to member states on Saturday", "had grown", ["other"], None, core=False)
d.V("Iran's Foreign Ministry called the report", "called", ["statement"], None, ["foreign ministry", "iran"], core=False)
d.V("Iranian Foreign Minister Abbas Araghchi, in a post on X on Tuesday:", "in a post on X on Tuesday", ["statement"], TUE, ["araghchi"])
d.V("A White House spokesperson, in a statement to Newsweek on Wednesday", "in a statement to Newsweek on Wednesday", ["statement"], WED, WH)
d.V("Hamed Sotoudeh-Baker, an Iran analyst", "told Newsweek", ["statement"], None, ["sotoudeh"], core=False)
d.V("The IAEA's Board of Governors is due to meet", "is due to meet", ["negotiation", "other"], D(2025, 6, 9), core=False)
d.V("The IAEA's Board of Governors is due to meet", "push a resolution", ["legislation", "other"], None, core=False)
d.V("Iran has warned that it would respond", "has warned", ["threat", "statement"], None, ["iran"], core=False)
d.V("No date has been set for a sixth round", "sixth round", ["negotiation"], None, core=False)
d.V("No date has been set for a sixth round", "said on Tuesday", ["statement"], TUE, OM)
d.V("Britain, France and Germany can trigger", "can trigger", ["sanction"], None, core=False)
d.V("Britain, France and Germany can trigger", "expires", ["other", "sanction"], D(2025, 10, 18), core=False)
d.save()
print(DOC, words(DOC), "words")
