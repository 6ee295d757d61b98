from mk import write
from fx import FDoc, D, R

DOC = "dev-j-chronology-jcpoa-month-by-month"
PUB = "2019-07-15"  # a Monday
TEXT = """The Iran nuclear deal, month by month: 2013-2019

Four years ago this week, Iran and six world powers concluded the Joint Comprehensive Plan of Action. This chronology follows the agreement from the election that made it possible to the first steps Iran has taken away from it. Entries are grouped by month; the number at the start of each entry is the day.

June 2013

14 — Hassan Rouhani, a cleric who led Iran's nuclear talks with Europe a decade earlier, wins the presidential election with just over 50 percent of the vote.

September 2013

27 — Barack Obama and Rouhani speak by telephone as Rouhani leaves New York, the first conversation between the two countries' presidents since 1979. Obama tells reporters at the White House that a comprehensive solution is possible.

November 2013

24 — Iran and the P5+1 (the United States, Britain, France, Russia, China and Germany) reach an interim deal in Geneva. Iran agrees to freeze parts of its program for six months in return for about $7 billion in sanctions relief.

January 2014

20 — The interim deal takes effect. The International Atomic Energy Agency confirms that Iran has stopped enriching uranium to 20 percent.

November 2014

24 — Negotiators miss their deadline in Vienna and extend the talks by seven months.

March 2015

3 — Israeli Prime Minister Benjamin Netanyahu tells a joint meeting of Congress that the emerging agreement is "a very bad deal."
9 — Forty-seven Republican senators send an open letter to Iran's leaders warning that a future president could revoke any deal "with the stroke of a pen." Zarif dismisses the letter as a "propaganda ploy" the same day.

April 2015

2 — After eight days of talks in Lausanne, the two sides announce the parameters of a final agreement. Obama calls it "a historic understanding" and says that if Iran cheats, "the world will know it."

July 2015

14 — Iran and the P5+1 conclude the Joint Comprehensive Plan of Action in Vienna after more than two weeks of final talks. Iran agrees to keep enrichment at 3.67 percent and its stockpile of enriched uranium at 300 kilograms for 15 years. In a televised address, Obama says the deal is "not built on trust" but on verification.
20 — The UN Security Council endorses the deal unanimously in Resolution 2231.

September 2015

10 — Senate Democrats block a resolution of disapproval, with 42 votes, and the deal survives in Congress.

January 2016

16 — Implementation Day. The IAEA confirms that Iran has met its commitments, and the United States and the European Union lift nuclear-related sanctions. Iran frees four Americans in a prisoner exchange the same day.
17 — The Treasury imposes sanctions on 11 people and companies over Iran's ballistic missile program.

October 2017

13 — President Donald Trump refuses to certify that the deal serves American interests and calls it "one of the worst and most one-sided transactions" the United States has ever entered into.

May 2018

8 — Trump announces that the United States is leaving the agreement and reimposing sanctions. Rouhani says on television that evening that Iran will stay in the deal "for now" with the other parties.

August 2018

7 — The first set of reimposed American sanctions, on cars, metals and Iran's purchases of dollars, takes effect.

November 2018

5 — Sanctions on oil, shipping and banking return. Washington grants waivers to eight buyers of Iranian oil for 180 days.

May 2019

2 — The waivers expire, and Washington says it aims to cut Iran's oil exports to zero.
8 — Rouhani announces that Iran will no longer respect the limits on its stocks of enriched uranium and heavy water, and gives the other parties 60 days to shield Iran from sanctions.

July 2019

1 — The IAEA confirms that Iran's stockpile of low-enriched uranium has passed the 300-kilogram limit. Foreign Minister Mohammad Javad Zarif says the step is "reversible" and allowed under the deal itself.
7 — Iran announces that it will begin enriching uranium above 3.67 percent. A day later, inspectors confirm a level of about 4.5 percent.
"""
write(DOC, "The Iran nuclear deal, month by month: 2013-2019", "Northway Policy Digest (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
OB = ["obama"]
RO = ["rouhani"]
TR = ["trump"]
P51 = ["iran", "p5+1", "powers", "negotiator"]
US = ["united states", "washington", "trump"]
# quotes
d.Q("a very bad deal.", ["partial"], "Benjamin Netanyahu", ["netanyahu"], D(2015, 3, 3))
d.Q("with the stroke of a pen.", ["partial"], "Republican senators", ["senator", "republican", "cotton"], D(2015, 3, 9))
d.Q("propaganda ploy", ["partial", "term"], "Mohammad Javad Zarif", ["zarif"], D(2015, 3, 9))
d.Q("a historic understanding", ["partial"], "Barack Obama", OB, D(2015, 4, 2))
d.Q("the world will know it.", ["partial"], "Barack Obama", OB, D(2015, 4, 2))
d.Q("not built on trust", ["partial"], "Barack Obama", OB, D(2015, 7, 14))
d.Q("one of the worst and most one-sided transactions", ["partial"], "Donald Trump", TR, D(2017, 10, 13))
d.Q("for now", ["partial"], "Hassan Rouhani", RO, D(2018, 5, 8))
d.Q("reversible", ["partial"], "Mohammad Javad Zarif", ["zarif"], D(2019, 7, 1))
# figures
d.F("Four years ago", 4, ["year"], "duration", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("a decade earlier", 10, ["year"], "duration", core=False)
d.F("just over 50 percent", 50, ["percent"], "percent", "more_than", ["vote"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("six months", 6, ["month"], "duration", subject_any=["freeze", "program"])
d.F("about $7 billion", 7e9, ["usd"], "money", "about", ["sanctions relief", "relief"])
d.F("20 percent", 20, ["percent"], "percent", subject_any=["enrich", "uranium"])
d.F("seven months", 7, ["month"], "duration", subject_any=["talks", "extend"])
d.F("Forty-seven Republican senators", 47, ["republican senator", "senator"], "count", subject_any=["senator"])
d.F("eight days", 8, ["day"], "duration", subject_any=["talks", "lausanne"])
d.F("more than two weeks", 2, ["week"], "duration", "more_than", ["talks"])
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrichment"], occ=0)
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["stockpile", "uranium"])
d.F("15 years", 15, ["year"], "duration", subject_any=["enrichment", "stockpile", "limit"])
d.F("42 votes", 42, ["vote"], "count", subject_any=["vote", "democrat", "block"])
d.F("four Americans", 4, ["american"], "count", subject_any=["american", "prisoner"])
d.F("11 people and companies", 11, ["people and company", "people", "company", "person"], "count", subject_any=["people", "compan", "sanction"])
d.F("eight buyers", 8, ["buyer"], "count", subject_any=["buyer", "waiver"])
d.F("180 days", 180, ["day"], "duration", subject_any=["waiver"])
d.F("zero", 0, ["barrel per day", "export"], "measure", core=False)
d.F("60 days", 60, ["day"], "duration", subject_any=["part", "shield"])
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["limit", "stockpile"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrich", "uranium"], occ=1)
d.F("A day later", 1, ["day"], "duration", core=False)
d.F("about 4.5 percent", 4.5, ["percent"], "percent", "about", ["level", "enrich"])
# events
d.EV("Iran and six world powers concluded", ["agreement"], D(2015, 7, 14), ["iran", "powers"], core=False)
d.EV("the first steps Iran has taken away from it", ["withdrawal"], None, ["iran"], core=False)
d.EV("who led Iran's nuclear talks with Europe", ["negotiation"], ("2003-01-01", "2005-12-31"), RO, core=False)
d.EV("wins the presidential election", ["leadership_change"], D(2013, 6, 14), RO)
d.EV("Barack Obama and Rouhani speak by telephone", ["negotiation", "statement"], D(2013, 9, 27), OB + RO)
d.EV("Obama tells reporters at the White House", ["statement"], D(2013, 9, 27), OB)
d.EV("reach an interim deal in Geneva", ["agreement"], D(2013, 11, 24), P51)
d.EV("Iran agrees to freeze parts of its program", ["agreement"], D(2013, 11, 24), ["iran"], core=False)
d.EV("The interim deal takes effect", ["agreement", "other"], D(2014, 1, 20), [])
d.EV("confirms that Iran has stopped enriching uranium to 20 percent", ["statement", "other"], D(2014, 1, 20), ["atomic energy agency", "iaea"])
d.EV("Negotiators miss their deadline in Vienna", ["negotiation", "other"], D(2014, 11, 24), ["negotiator"])
d.EV("extend the talks by seven months", ["negotiation", "agreement"], D(2014, 11, 24), ["negotiator"])
d.EV("Benjamin Netanyahu tells a joint meeting of Congress", ["statement"], D(2015, 3, 3), ["netanyahu"])
d.EV("send an open letter to Iran's leaders", ["statement", "threat"], D(2015, 3, 9), ["senator", "republican"])
d.EV("Zarif dismisses the letter", ["statement"], D(2015, 3, 9), ["zarif"])
d.EV("the two sides announce the parameters of a final agreement", ["agreement", "negotiation"], D(2015, 4, 2), ["sides", "iran", "p5+1"])
d.EV("Obama calls it", ["statement"], D(2015, 4, 2), OB)
d.EV("conclude the Joint Comprehensive Plan of Action in Vienna", ["agreement"], D(2015, 7, 14), P51)
d.EV("Iran agrees to keep enrichment at 3.67 percent", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.EV("In a televised address, Obama says", ["statement"], D(2015, 7, 14), OB)
d.EV("The UN Security Council endorses the deal unanimously", ["agreement", "legislation", "support"], D(2015, 7, 20), ["security council", "united nations"])
d.EV("Senate Democrats block a resolution of disapproval", ["legislation", "other"], D(2015, 9, 10), ["democrat", "senate"])
d.EV("16 — Implementation Day", ["agreement", "other"], D(2016, 1, 16), [], core=False)
d.EV("The IAEA confirms that Iran has met its commitments", ["statement"], D(2016, 1, 16), ["iaea", "atomic energy agency"])
d.EV("lift nuclear-related sanctions", ["sanction"], D(2016, 1, 16), ["united states", "european union"])
d.EV("Iran frees four Americans in a prisoner exchange the same day", ["other", "seizure", "agreement"], D(2016, 1, 16), ["iran"])
d.EV("The Treasury imposes sanctions on 11 people", ["sanction"], D(2016, 1, 17), ["treasury", "united states"])
d.EV("refuses to certify", ["withdrawal", "statement"], D(2017, 10, 13), TR)
d.EV("and calls it \"one of the worst", ["statement"], D(2017, 10, 13), TR, core=False)
d.EV("Trump announces that the United States is leaving the agreement", ["withdrawal"], D(2018, 5, 8), TR)
d.EV("reimposing sanctions", ["sanction"], D(2018, 5, 8), TR, core=False)
d.EV("Rouhani says on television that evening", ["statement"], D(2018, 5, 8), RO)
d.EV("The first set of reimposed American sanctions", ["sanction"], D(2018, 8, 7), ["american", "united states"])
d.EV("Sanctions on oil, shipping and banking return", ["sanction"], D(2018, 11, 5), [])
d.EV("Washington grants waivers to eight buyers", ["sanction", "other"], D(2018, 11, 5), ["washington", "united states"])
d.EV("The waivers expire", ["sanction"], D(2019, 5, 2), [])
d.EV("Washington says it aims to cut Iran's oil exports to zero", ["statement", "sanction"], D(2019, 5, 2), ["washington", "united states"])
d.EV("Rouhani announces that Iran will no longer respect the limits", ["withdrawal", "statement"], D(2019, 5, 8), RO)
d.EV("gives the other parties 60 days", ["threat", "statement"], D(2019, 5, 8), RO, core=False)
d.EV("The IAEA confirms that Iran's stockpile", ["statement"], D(2019, 7, 1), ["iaea", "atomic energy agency"])
d.EV("has passed the 300-kilogram limit", ["withdrawal"], D(2019, 7, 1), ["iran"])
d.EV("Mohammad Javad Zarif says the step is", ["statement"], D(2019, 7, 1), ["zarif"])
d.EV("Iran announces that it will begin enriching uranium above 3.67 percent", ["withdrawal", "statement"], D(2019, 7, 7), ["iran"])
d.EV("A day later, inspectors confirm a level", ["statement"], D(2019, 7, 8), ["inspector", "iaea"])
d.save()
