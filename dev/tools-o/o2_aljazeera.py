from o0 import FDoc, D, R, write, author, meta_note

DOC = "dev-o-aljazeera-muscat-first-round-constructive"
PUB = "2025-04-12"  # a Saturday
TEXT = """Iran and US hold 'constructive' first round of talks in Oman

Iran's foreign minister and a US envoy speak briefly in person after indirect talks in Muscat; both sides agree to meet again next week.

Published On 12 Apr 2025

Iran and the United States held their first round of talks on Tehran's nuclear programme in the Omani capital, Muscat, on Saturday, with officials on both sides describing the meeting as constructive.

Iranian Foreign Minister Abbas Araghchi and US Middle East envoy Steve Witkoff sat in separate rooms for more than two and a half hours as Oman's Foreign Minister Badr Albusaidi carried messages between them. The two men then spoke directly for a few minutes as the session ended, Iran's Foreign Ministry said in a statement on Saturday evening.

"We are both eager to reach an agreement, but neither of us wants talks for the sake of talks," Araghchi told Iranian state television after the meeting. "If the other side comes with the same seriousness next week, a framework can be agreed quickly."

He said the two delegations would meet again on Saturday, April 19, and that the venue could change.

The White House called the talks "very positive and constructive" in a statement issued on Saturday, adding that Witkoff's direct exchange with Araghchi was "a step forward" towards an outcome that would benefit both countries.

Albusaidi wrote on X on Saturday evening that the meeting had taken place in a "cordial" atmosphere and thanked both delegations for their engagement.

Al Jazeera's Mehrnoush Kaviani-Roth, reporting from Tehran, said the mood in the Iranian capital was cautious. "People here have watched talks with Washington rise and fall before, so there is hope on the streets but very little celebration," she said. "What officials are stressing tonight is that the format remained indirect, even if the two men did speak at the end."

What was the 2015 deal?

Under the Joint Comprehensive Plan of Action, concluded in Vienna in July 2015 by Iran and six world powers, Tehran accepted a cap of 3.67 percent on uranium enrichment and a stockpile of no more than 300kg in exchange for relief from international sanctions. Trump pulled the US out of the accord in May 2018, during his first term, and reimposed sanctions on Iran's oil and banking sectors. A year later, Iran began to exceed the limits set by the deal, and it is now enriching uranium to up to 60 percent, according to the International Atomic Energy Agency.

Trump, who restored his "maximum pressure" campaign of sanctions on Tehran in February, said on Monday during a White House meeting with Israeli Prime Minister Benjamin Netanyahu that the talks would be direct. He warned on the same occasion that Iran would be in "great danger" if they failed.

Iran's Supreme Leader Ayatollah Ali Khamenei, who has the final word on state matters, had described negotiations with Washington in February as unwise, but he later allowed indirect talks to go ahead. Trump sent Khamenei a letter in March proposing negotiations, and Iran sent its reply through Oman late last month.

Oman has long served as a go-between for Tehran and Washington. It hosted secret US-Iranian contacts in 2013 that paved the way for the 2015 agreement, and it helped secure the release of three American hikers held in Iran in 2010 and 2011.

Hamid Rezaei-Doran, a Tehran-based political analyst, told Al Jazeera that the decisive test would come in the second round. "The first meeting was about respect and format. The second will show whether Washington can accept enrichment on Iranian soil," he said.

Israel, which opposes any deal that leaves Iran with an enrichment programme, did not comment on the talks on Saturday.

Source: Al Jazeera and news agencies
"""
write(DOC, "Iran and US hold 'constructive' first round of talks in Oman", "Al Jazeera (style imitation)", PUB, TEXT)
meta_note(DOC, "Al Jazeera English-style news story with a correspondent's report and an embedded explainer, style imitation; "
          "the correspondent Mehrnoush Kaviani-Roth and the analyst Hamid Rezaei-Doran are invented; quotes of Araghchi, "
          "the White House, Albusaidi and Trump are invented or paraphrased ('very positive and constructive', 'great danger' "
          "are short well-known phrases)")

d = FDoc(DOC, PUB)
SAT = D(2025, 4, 12)
MON = D(2025, 4, 7)
US = ["united states", "us", "washington"]
IRUS = ["iran", "united states", "araghchi", "witkoff"]
# quotes
d.Q("constructive", ["term", "partial"], None, [], None, core=False)
d.Q("We are both eager to reach an agreement, but neither of us wants talks for the sake of talks,", ["direct"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("If the other side comes with the same seriousness next week, a framework can be agreed quickly.", ["direct"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("very positive and constructive", ["partial"], "White House", ["white house"], SAT)
d.Q("a step forward", ["partial"], "White House", ["white house"], SAT)
d.Q("cordial", ["partial", "term"], "Badr Albusaidi", ["busaidi", "badr"], SAT)
d.Q("People here have watched talks with Washington rise and fall before, so there is hope on the streets but very little celebration,",
    ["direct"], "Mehrnoush Kaviani-Roth", ["kaviani"], None)
d.Q("What officials are stressing tonight is that the format remained indirect, even if the two men did speak at the end.",
    ["direct"], "Mehrnoush Kaviani-Roth", ["kaviani"], None)
d.Q("maximum pressure", ["term"], None, [], None, core=False)
d.Q("great danger", ["partial"], "Donald Trump", ["trump"], MON)
d.Q("The first meeting was about respect and format. The second will show whether Washington can accept enrichment on Iranian soil,",
    ["direct"], "Hamid Rezaei-Doran", ["rezaei"], None)
# figures
d.F("more than two and a half hours", 2.5, ["hour"], "duration", "more_than", ["talks", "hour"])
d.F("The two men", 2, ["man"], "count", core=False)
d.F("the two men", 2, ["man"], "count", core=False)
d.F("a few minutes", None, ["minute"], "duration", "about", core=False)
d.F("the two delegations", 2, ["delegation"], "count", core=False)
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium", "cap"])
d.F("no more than 300kg", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile"])
d.F("A year later", 1, ["year"], "duration", core=False)
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("three American hikers", 3, ["hiker", "american hiker"], "count", subject_any=["hiker"])
# events
d.EV("Iran and US hold 'constructive' first round", ["negotiation"], SAT, IRUS, core=False)
d.EV("speak briefly in person", ["negotiation"], SAT, IRUS, core=False)
d.EV("both sides agree to meet again next week", ["negotiation", "agreement"], ("2025-04-14", "2025-04-20"), [], core=False)
d.EV("held their first round of talks", ["negotiation"], SAT, IRUS)
d.EV("carried messages between them", ["negotiation", "support", "other"], SAT, ["albusaidi", "busaidi", "oman"], core=False)
d.EV("The two men then spoke directly", ["negotiation"], SAT, ["araghchi", "witkoff"])
d.EV("Iran's Foreign Ministry said in a statement on Saturday evening", ["statement"], SAT, ["foreign ministry", "iran"])
d.EV("told Iranian state television after the meeting", ["statement"], SAT, ["araghchi"])
d.EV("He said the two delegations would meet again", ["statement"], None, ["araghchi"], core=False)
d.EV("would meet again on Saturday, April 19", ["negotiation"], D(2025, 4, 19), [], core=False)
d.EV("The White House called the talks", ["statement"], SAT, ["white house"])
d.EV("Albusaidi wrote on X on Saturday evening", ["statement"], SAT, ["albusaidi", "busaidi", "oman"])
d.EV("reporting from Tehran, said", ["statement"], None, ["kaviani"], core=False)
d.EV("concluded in Vienna in July 2015", ["agreement"], D(2015, 7), ["iran"])
d.EV("Tehran accepted a cap", ["agreement"], D(2015, 7), ["iran", "tehran"], core=False)
d.EV("Trump pulled the US out of the accord", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("reimposed sanctions on Iran's oil and banking sectors", ["sanction"], D(2018, 5), ["trump"])
d.EV("Iran began to exceed the limits", ["withdrawal"], D(2019, 5), ["iran"])
d.EV("restored his \"maximum pressure\" campaign", ["sanction"], D(2025, 2), ["trump"])
d.EV("said on Monday during a White House meeting", ["statement"], MON, ["trump"])
d.EV("He warned on the same occasion", ["threat", "statement"], MON, ["trump"])
d.EV("had described negotiations with Washington in February", ["statement"], D(2025, 2), ["khamenei"])
d.EV("he later allowed indirect talks", ["other", "statement", "negotiation"], None, ["khamenei"])
d.EV("Trump sent Khamenei a letter in March", ["statement", "negotiation"], D(2025, 3), ["trump"])
d.EV("Iran sent its reply through Oman late last month", ["statement", "negotiation"], ("2025-03-16", "2025-03-31"), ["iran"])
d.EV("Oman has long served", ["support", "negotiation", "other"], None, ["oman"], core=False)
d.EV("It hosted secret US-Iranian contacts in 2013", ["negotiation"], D(2013), ["oman"])
d.EV("helped secure the release", ["other", "seizure", "agreement", "support"], R(D(2010), D(2011)), ["oman"])
d.EV("told Al Jazeera", ["statement"], None, ["rezaei"], core=False)
d.EV("did not comment on the talks on Saturday", ["statement", "other"], SAT, ["israel"], core=False)
d.save()
