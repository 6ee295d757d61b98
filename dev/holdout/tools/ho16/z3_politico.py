import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h16 import write, PDoc, D, R, words

DOC = "ho16-politico-senate-passes-iran-war-powers-resolution"
PUB = "2020-02-13"  # a Thursday
TEXT = """Senate rebukes Trump on Iran with war powers vote

Eight Republicans joined Democrats to pass Tim Kaine's resolution, setting up a near-certain veto.

By Marisa Okonjo-Pryce and Declan Whitfield-Haas
02/13/2020 04:37 PM EST

The Senate voted 55-45 on Thursday to limit President Donald Trump's ability to wage war against Iran, as eight Republicans broke with the White House six weeks after a U.S. drone strike killed Iranian Gen. Qassem Soleimani and brought the two countries to the brink of open conflict.

The resolution, sponsored by Sen. Tim Kaine (D-Va.), directs the president to remove U.S. forces from hostilities against Iran unless Congress declares war or passes a specific authorization for the use of military force. It does not bar the U.S. military from defending itself against an imminent attack.

"This is not a vote about this president. It is a vote about whether Congress still does the job the Constitution gave it," Kaine said on the Senate floor shortly before the vote.

Trump had lobbied hard against the measure. In a pair of tweets on Wednesday, he urged Republicans to vote no, warning that passing it would "show weakness" at a moment when, he said, the U.S. was "doing very well" with Iran. The White House said in a statement of administration policy on Tuesday that the president's advisers would recommend a veto.

Among the Republicans who voted yes were Sens. Mike Lee (R-Utah) and Rand Paul (R-Ky.), who walked out of a classified briefing on Jan. 8 complaining that administration officials had refused to say when they would seek Congress' approval. Lee called that session "the worst briefing I've seen" on a military matter.

Sen. Dale Harrigan-Price (R-Idaho), who voted against the resolution, said the timing sent the wrong message. "The Iranians will read this as a sign that Washington is divided, and they will be right," he told POLITICO after the vote.

Democrats countered that the administration has never produced evidence for its claim that Soleimani was planning imminent attacks on Americans. "We were told 'imminent' in January. We are still waiting to be told what it meant," said Sen. Loretta Vasquez-Odom (D-N.M.).

Tehran retaliated for the killing on Jan. 8 by firing more than a dozen ballistic missiles at two Iraqi bases housing American troops. No one was killed, but the Pentagon said this week that 109 service members had been diagnosed with traumatic brain injuries, up from 64 in late January.

The House passed its own war powers measure 224-194 on Jan. 9, but that version was a concurrent resolution, which does not go to the president's desk. The Senate's joint resolution now heads to the House, where Speaker Nancy Pelosi (D-Calif.) has said she will bring it to the floor.

Relations between the two countries have been hostile since the 1979 revolution and the seizure of the U.S. Embassy in Tehran that November. Trump withdrew from the 2015 nuclear deal in May 2018 and reimposed sanctions that have cut Iran's oil exports by more than 80 percent.

"Every president since Carter has had his own Iran crisis, and every one of them has told Congress to trust him," Vasquez-Odom said. "History says we shouldn't."

Trump is expected to veto the resolution, and neither chamber appears to have the two-thirds majority needed to override him.

Rep. Owen Tillbrook (R-Ind.), a member of the House Foreign Affairs Committee, called the vote "a political stunt dressed up as constitutional principle" in a statement.

Connor Mbeki-Shaw contributed to this report.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a POLITICO congressional story (headline and subhead, two-writer byline, "
        "`02/13/2020 04:37 PM EST` line, party-state tags such as \"(R-Idaho)\", vote counts, \"told POLITICO\", "
        "closing contributor line). The writers, the contributor, Sen. Dale Harrigan-Price (R-Idaho), Sen. Loretta "
        "Vasquez-Odom (D-N.M.) and Rep. Owen Tillbrook (R-Ind.) are invented; the words given to Kaine, Lee and Trump "
        "are invented or paraphrased (\"show weakness\", \"doing very well\" and Lee's complaint paraphrase their "
        "public remarks of January and February 2020). The vote counts (55-45, 224-194), the Jan. 8 briefing and "
        "the injury counts follow public reporting.")
write(DOC, "Senate rebukes Trump on Iran with war powers vote", "POLITICO (style imitation)", PUB, TEXT, NOTE,
      author="Marisa Okonjo-Pryce and Declan Whitfield-Haas")

d = PDoc(DOC, PUB)
THU, WED, TUE = D(2020, 2, 13), D(2020, 2, 12), D(2020, 2, 11)
J8 = D(2020, 1, 8)
TR = ["trump"]
KA = ["kaine"]
HP = ["harrigan-price", "harrigan"]
VO = ["vasquez-odom", "vasquez"]

# quotes
d.Q("This is not a vote about this president. It is a vote about whether Congress still does the job the Constitution gave it,",
    ["direct"], "Tim Kaine", KA, THU)
d.Q("show weakness", ["partial"], "Donald Trump", TR, WED)
d.Q("doing very well", ["partial"], "Donald Trump", TR, WED)
d.Q("the worst briefing I've seen", ["partial"], "Mike Lee", ["lee"])
d.Q("The Iranians will read this as a sign that Washington is divided, and they will be right,", ["direct"], "Dale Harrigan-Price", HP, THU)
d.Q("We were told 'imminent' in January. We are still waiting to be told what it meant,", ["direct"], "Loretta Vasquez-Odom", VO)
d.Q("imminent", ["term", "partial"], None, (), core=False, occ=2)
d.Q("Every president since Carter has had his own Iran crisis, and every one of them has told Congress to trust him,", ["direct"], "Loretta Vasquez-Odom", VO)
d.Q("History says we shouldn't.", ["direct"], "Loretta Vasquez-Odom", VO)
d.Q("a political stunt dressed up as constitutional principle", ["partial"], "Owen Tillbrook", ["tillbrook"])

# figures
d.F("Eight Republicans", 8, ["republican"], "count", subject_any=["republican"])
d.F("55", 55, ["vote", "senator"], "count", subject_any=["vote", "senate", "resolution"])
d.F("45", 45, ["vote", "senator"], "count", subject_any=["vote", "senate", "resolution"])
d.F("eight Republicans", 8, ["republican"], "count", subject_any=["republican"], occ=0)
d.F("six weeks after", 6, ["week"], "duration", core=False)
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("more than a dozen ballistic missiles", 12, ["ballistic missile", "missile"], "count", "more_than", ["missile"])
d.F("two Iraqi bases", 2, ["iraqi base", "base"], "count", subject_any=["base"])
d.F("109 service members", 109, ["service member", "member"], "count", subject_any=["brain", "injur", "service member"])
d.F("64", 64, ["service member", "member"], "count", subject_any=["brain", "injur", "service member"])
d.F("224", 224, ["vote", "representative"], "count", subject_any=["house", "vote"])
d.F("194", 194, ["vote", "representative"], "count", subject_any=["house", "vote"])
d.F("the two countries", 2, ["country"], "count", core=False, occ=1)
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["export", "oil"])
d.F("two-thirds", None, ["percent"], "percent", "about", core=False)

# events
d.V("Senate rebukes Trump on Iran with war powers vote", "vote", ["legislation"], THU, ["senate"], core=False)
d.V("Eight Republicans joined Democrats to pass", "pass", ["legislation"], THU, ["senate", "republican", "democrat"], core=False)
d.V("The Senate voted 55-45 on Thursday", "voted", ["legislation"], THU, ["senate"])
d.V("The Senate voted 55-45 on Thursday", "broke with", ["other", "statement"], THU, ["republican"], core=False)
d.V("The Senate voted 55-45 on Thursday", "killed", ["attack"], D(2020, 1, 3), ["united states", "u.s", "drone"])
d.V("The Senate voted 55-45 on Thursday", "brought the two countries to the brink", ["other", "threat"], D(2020, 1), core=False)
d.V("The resolution, sponsored by Sen. Tim Kaine", "directs", ["legislation"], None, core=False)
d.V("It is a vote about whether Congress still does", "said on the Senate floor", ["statement"], THU, KA)
d.V("Trump had lobbied hard against the measure.", "lobbied", ["statement", "other"], None, TR, core=False)
d.V("In a pair of tweets on Wednesday", "urged", ["statement"], WED, TR)
d.V("The White House said in a statement of administration policy on Tuesday", "said", ["statement"], TUE, ["white house"])
d.V("Among the Republicans who voted yes were Sens.", "walked out", ["other", "statement"], J8, ["lee", "paul"])
d.V("Among the Republicans who voted yes were Sens.", "classified briefing", ["negotiation", "statement", "other"], J8, ["administration"], core=False)
d.V("Among the Republicans who voted yes were Sens.", "voted yes", ["legislation"], THU, ["lee", "paul", "republican"], core=False)
d.V("Lee called that session", "called", ["statement"], J8, ["lee"], core=False)
d.V("Sen. Dale Harrigan-Price (R-Idaho), who voted against", "said", ["statement"], None, HP, core=False)
d.V("\"The Iranians will read this as a sign", "told POLITICO", ["statement"], THU, HP, core=False)
d.V("Democrats countered that the administration has never produced", "countered", ["statement"], None, ["democrat"], core=False)
d.V("We are still waiting to be told what it meant", "said Sen. Loretta Vasquez-Odom", ["statement"], None, VO, core=False)
d.V("Tehran retaliated for the killing on Jan. 8", "retaliated", ["attack"], J8, ["tehran", "iran"])
d.V("Tehran retaliated for the killing on Jan. 8", "firing", ["attack"], J8, ["tehran", "iran"], core=False)
d.V("No one was killed, but the Pentagon said this week", "said", ["statement"], R(D(2020, 2, 10), THU), ["pentagon", "defense"])
d.V("No one was killed, but the Pentagon said this week", "had been diagnosed", ["other"], None, core=False)
d.V("The House passed its own war powers measure", "passed", ["legislation"], D(2020, 1, 9), ["house"])
d.V("The Senate's joint resolution now heads to the House", "heads to the House", ["legislation", "other"], None, core=False)
d.V("The Senate's joint resolution now heads to the House", "has said", ["statement"], None, ["pelosi"], core=False)
d.V("Relations between the two countries have been hostile", "revolution", ["revolution"], D(1979))
d.V("Relations between the two countries have been hostile", "seizure", ["seizure"], D(1979, 11))
d.V("Trump withdrew from the 2015 nuclear deal in May 2018", "withdrew", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("Trump withdrew from the 2015 nuclear deal in May 2018", "reimposed sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), TR + ["united states"])
d.V("\"Every president since Carter", "Vasquez-Odom said", ["statement"], None, VO, core=False)
d.V("Trump is expected to veto the resolution", "veto", ["other", "legislation"], None, TR, core=False)
d.V("Rep. Owen Tillbrook (R-Ind.)", "called", ["statement"], None, ["tillbrook"], core=False)
d.save()
print(DOC, words(DOC), "words")
