from mk import write
from fx import FDoc, D, R

DOC = "dev-i-editorial-vienna-talks-trust"
PUB = "2021-04-09"  # a Friday
TEXT = """Vienna is a start. Now both sides have to earn back what they lost

The Kestrel Bay Tribune | Editorial | Friday, April 9, 2021

For the first time since 2018, American and Iranian negotiators sat in the same city this week to talk about the nuclear agreement, if not yet in the same room. The talks that opened in Vienna on Tuesday were indirect: European diplomats carried messages between the Grand Hotel, where the Iranian delegation met the other parties, and a hotel across the street, where the American team waited. That is an awkward way to do business. We think it is still far better than the alternative.

The mistrust that fills the space between those two hotels is old, and it is not all on one side. Iranians have not forgotten that Prime Minister Mohammad Mosaddegh was overthrown in August 1953 in a coup engineered by the CIA and British intelligence. Americans have not forgotten that students stormed the U.S. embassy in Tehran on November 4, 1979, and held 52 Americans for 444 days. Iranians remember the 290 killed when the USS Vincennes shot down Iran Air Flight 655 in July 1988, 66 of them children. They also remember that President George W. Bush placed their country on an "axis of evil" in January 2002, months after Tehran had quietly helped the United States in Afghanistan.

The 2015 agreement was meant to show that the two governments could bargain despite all that. Iran shipped out about 98 percent of its enriched uranium and accepted the most intrusive inspections any country has agreed to; in return, nuclear-related sanctions were lifted in January 2016. The deal was abandoned by the Trump administration in May 2018, at a moment when international inspectors were still reporting that Iran was within its limits. What followed, under the banner of "maximum pressure," was more than 1,500 new sanctions designations and a collapse of Iran's oil exports from about 2.5 million barrels a day to below 400,000 at times in 2020.

Pressure did not produce a better deal. It produced a bigger Iranian program. Since January, Iran has been enriching uranium to 20 percent at Fordow, and the International Atomic Energy Agency reported in February that its stockpile was more than 14 times the limit set in 2015. In February, too, Iran curtailed inspections, leaving the agency with a three-month arrangement to keep some monitoring in place. Its Supreme Leader, Ayatollah Ali Khamenei, said that month that Iran could enrich to 60 percent "if the country needs it," and last month he said Washington must lift "all sanctions" before Iran would return to its commitments.

Washington's position is the mirror image: Iran first. The State Department's spokesman, Ned Price, said on Wednesday that the talks were "a healthy step" but warned that the United States would not lift sanctions "as a gesture." Iran's chief negotiator, Deputy Foreign Minister Abbas Araghchi, told state television on Tuesday that the first day had been "constructive" and that Tehran would not accept "a step-by-step" approach.

We do not think either side can wait for the other to go first. The two working groups set up in Vienna this week, on sanctions and on nuclear steps, are the right vehicle for a sequenced return in which both move at once and each step is checked. Negotiators are due back in Vienna next week. They should not leave without a timetable.

There is also a human test. At least four Americans are held in Iran, among them Siamak Namazi, who was arrested in October 2015 and has spent more than five years in Evin prison. Robert Levinson's family was told last year that he had most likely died in Iranian custody. Any agreement that brings sanctions relief and leaves those prisoners behind would confirm every suspicion Americans hold about Tehran's intentions.

Trust will not come back in Vienna. It may not come back for a generation. But trust was never the basis of the 2015 deal; verification was. We urge the administration and Tehran to rebuild that, in matching steps, starting now.
"""
write(DOC, "Vienna is a start. Now both sides have to earn back what they lost", "The Kestrel Bay Tribune (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE, WED = D(2021, 4, 6), D(2021, 4, 7)
THISWEEK = ("2021-04-05", PUB)
KH = ["khamenei", "supreme leader"]
# quotes
d.Q("axis of evil", ["term", "partial"], "George W. Bush", ["bush"], D(2002, 1))
d.Q("maximum pressure,", ["term"], None, [], None, core=False)
d.Q("if the country needs it,", ["partial"], "Ali Khamenei", KH, D(2021, 2))
d.Q("all sanctions", ["partial", "term"], "Ali Khamenei", KH, D(2021, 3))
d.Q("a healthy step", ["partial"], "Ned Price", ["price"], WED)
d.Q("as a gesture.", ["partial"], "Ned Price", ["price"], WED)
d.Q("constructive", ["partial"], "Abbas Araghchi", ["araghchi", "araqchi"], TUE)
d.Q("a step-by-step", ["partial", "term"], "Abbas Araghchi", ["araghchi", "araqchi"], TUE)
# figures
d.F("those two hotels", 2, ["hotel"], "count", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["american", "held"])
d.F("290", 290, ["person", "people"], "count", subject_any=["killed", "flight", "iran air"])
d.F("66", 66, ["child", "children"], "count", subject_any=["child"])
d.F("the two governments", 2, ["government"], "count", core=False)
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["uranium", "enriched"])
d.F("more than 1,500 new sanctions designations", 1500, ["designation", "sanctions designation", "new sanctions designation"], "count", "more_than", ["designation", "sanction"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("below 400,000", 4e5, ["barrel per day"], "measure", "less_than", ["oil export", "export"])
d.F("20 percent", 20, ["percent"], "percent", subject_any=["enrich", "uranium"])
d.F("more than 14 times", 14, ["time"], "count", "more_than", ["stockpile", "limit"])
d.F("three-month", 3, ["month"], "duration", subject_any=["arrangement", "monitoring"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich"])
d.F("two working groups", 2, ["working group", "group"], "count", subject_any=["working group"])
d.F("At least four Americans", 4, ["american"], "count", "at_least", ["american"])
d.F("more than five years", 5, ["year"], "duration", "more_than", ["namazi", "evin", "prison"])
# events
d.EV("American and Iranian negotiators sat in the same city this week", ["negotiation"], THISWEEK, ["american", "iranian", "united states", "iran"])
d.EV("The talks that opened in Vienna on Tuesday", ["negotiation"], TUE, [])
d.EV("European diplomats carried messages", ["negotiation", "other"], TUE, ["european"], core=False)
d.EV("Mosaddegh was overthrown in August 1953", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.EV("students stormed the U.S. embassy in Tehran on November 4, 1979", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("the USS Vincennes shot down Iran Air Flight 655 in July 1988", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.EV("President George W. Bush placed their country", ["designation"], D(2002, 1), ["bush"])
d.EV("Tehran had quietly helped the United States in Afghanistan", ["support"], None, ["tehran", "iran"], core=False)
d.EV("Iran shipped out about 98 percent", ["other"], None, ["iran"], core=False)
d.EV("nuclear-related sanctions were lifted in January 2016", ["sanction"], D(2016, 1), [])
d.EV("The deal was abandoned by the Trump administration in May 2018", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.EV("international inspectors were still reporting", ["statement"], D(2018, 5), ["inspector"], core=False)
d.EV("was more than 1,500 new sanctions designations", ["sanction", "designation"], None, [])
d.EV("Since January, Iran has been enriching uranium to 20 percent", ["other", "withdrawal"], R(D(2021, 1), D(2021, 4, 9)), ["iran"])
d.EV("the International Atomic Energy Agency reported in February", ["statement", "disclosure"], D(2021, 2), ["international atomic energy agency", "iaea", "agency"])
d.EV("In February, too, Iran curtailed inspections", ["other", "withdrawal"], D(2021, 2), ["iran"])
d.EV("leaving the agency with a three-month arrangement", ["agreement", "other"], D(2021, 2), [], core=False)
d.EV("said that month that Iran could enrich to 60 percent", ["statement", "threat"], D(2021, 2), KH)
d.EV("last month he said Washington must lift", ["statement"], D(2021, 3), KH)
d.EV("Ned Price, said on Wednesday", ["statement"], WED, ["price"])
d.EV("told state television on Tuesday", ["statement"], TUE, ["araghchi", "araqchi"])
d.EV("The two working groups set up in Vienna this week", ["negotiation", "other", "agreement"], THISWEEK, [])
d.EV("Negotiators are due back in Vienna next week", ["negotiation"], ("2021-04-12", "2021-04-18"), [], core=False)
d.EV("At least four Americans are held in Iran", ["seizure"], None, [], core=False)
d.EV("who was arrested in October 2015", ["seizure"], D(2015, 10), [])
d.EV("has spent more than five years in Evin prison", ["seizure"], None, [], core=False)
d.EV("Robert Levinson's family was told last year", ["statement"], D(2020), [])
d.EV("he had most likely died in Iranian custody", ["other"], None, [], core=False)
d.save()
