from mk import write
from fx import FDoc, D, R

DOC = "dev-f-factbox-snapback-explained"
PUB = "2025-08-29"  # a Friday
TEXT = """FACTBOX-What is the UN 'snapback' and why does Iran distrust it?

By Continental Wire Service staff

LONDON, Aug 29 (CWS) - Britain, France and Germany on Thursday triggered the so-called "snapback" mechanism of the 2015 nuclear deal, starting a 30-day countdown to the return of United Nations sanctions on Iran. Tehran called the move "unjustified and unlawful".

Here are the main facts about the deal, the mechanism and the long record of mistrust behind it.

THE DEAL

- 2015: Iran and six world powers reached the Joint Comprehensive Plan of Action in Vienna on July 14. The UN Security Council endorsed it six days later in Resolution 2231.
- Iran agreed to keep uranium enrichment at or below 3.67 percent and to hold no more than 300 kilograms of low-enriched uranium.
- In return, UN, EU and U.S. nuclear-related sanctions were lifted in January 2016.
- 2018: President Donald Trump withdrew the United States from the deal on May 8 and reimposed U.S. sanctions, calling the accord "a horrible one-sided deal".
- 2019: Iran began exceeding the deal's limits in July, saying Europe had failed to shield it from U.S. sanctions.
* By May this year, the IAEA estimated that Iran held about 408.6 kilograms of uranium enriched up to 60 percent, a short technical step from the roughly 90 percent needed for a weapon.
* Israel and the United States struck Iranian nuclear sites in June. Iran suspended cooperation with the U.N. nuclear watchdog in early July.

Q&A

Q: What is snapback?
A: It is a procedure in Resolution 2231 that lets any original participant in the deal restore all UN sanctions lifted in 2016 if it judges Iran to be in “significant non-performance”. Once notified, the Security Council has 30 days to adopt a resolution keeping the sanctions relief. Without one, six earlier resolutions come back into force.

Q: Can Russia or China block it?
A: No. The mechanism was designed so that a veto cannot stop it. “It was built to be veto-proof,” said a European diplomat who took part in the 2015 talks.

Q: Why does Iran reject it?
A: Tehran argues that the Europeans lost the right to use it when they failed to honour their own commitments after 2018. Foreign Minister Abbas Araghchi wrote to UN Secretary-General Antonio Guterres in July that the three countries had "no legal or moral standing" to act.

Q: What do the Europeans say?
A: In a joint letter on Thursday, the three foreign ministers said they had tried for more than five years to resolve the dispute through the deal's own channels. 'Our door to diplomacy remains open,' the letter said.

Q: When does the deadline fall?
A: If the council takes no action, UN sanctions would return at the end of September, roughly one month before the resolution itself was due to expire on Oct. 18.

THE MISTRUST

* Iranian officials often cite the 1953 coup backed by the CIA, U.S. support for Iraq in the 1980-1988 war and the 2018 withdrawal as reasons not to trust Western guarantees.
* Supreme Leader Ayatollah Ali Khamenei said in a speech in 2018 that he had warned the negotiators "from the start" not to trust America.
- A senior Iranian lawmaker warned earlier on Friday that parliament could consider leaving the Nuclear Non-Proliferation Treaty if the sanctions return.
- "Snapback will not bring the inspectors back. It will send them further away," said Dariush Mehrfar, an analyst at the Geneva-based Harcourt Centre.

(Compiled by Hannah Lisle; editing by Tom Bradwell)
"""
write(DOC, "FACTBOX-What is the UN 'snapback' and why does Iran distrust it?", "Continental Wire Service", PUB, TEXT)

d = FDoc(DOC, PUB)
THU = D(2025, 8, 28)
E3 = ["britain", "france", "germany", "united kingdom", "e3", "foreign minister", "letter"]
# quotes
d.Q("snapback", ["term"], None, (), occ=0)
d.Q("snapback", ["term"], None, (), ctx=('the so-called "snapback" mechanism',))
d.Q("unjustified and unlawful", ["partial"], "Iran", ["iran", "tehran"])
d.Q("a horrible one-sided deal", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("significant non-performance", ["term", "partial"], None, (), core=False)
d.Q("It was built to be veto-proof,", ["direct"], None, ())
d.Q("no legal or moral standing", ["partial"], "Abbas Araghchi", ["araghchi"], D(2025, 7))
d.Q("Our door to diplomacy remains open,", ["direct"], "Britain, France and Germany", E3, THU)
d.Q("from the start", ["partial"], "Ali Khamenei", ["khamenei"], D(2018))
d.Q("Snapback will not bring the inspectors back. It will send them further away,", ["direct"], "Dariush Mehrfar", ["mehrfar"])
# figures
d.F("30-day", 30, ["day"], "duration", subject_any=["countdown"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("six days later", 6, ["day"], "duration", core=False)
d.F("at or below 3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment", "uranium"])
d.F("no more than 300 kilograms", 300, ["kilogram"], "measure", "at_most", ["uranium"])
d.F("about 408.6 kilograms", 408.6, ["kilogram"], "measure", "about", ["uranium"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("roughly 90 percent", 90, ["percent"], "percent", "about", ["weapon", "uranium", "enrich"])
d.F("30 days", 30, ["day"], "duration", subject_any=["security council", "council"])
d.F("six earlier resolutions", 6, ["resolution"], "count", subject_any=["resolution"])
d.F("the three countries", 3, ["country"], "count", core=False)
d.F("the three foreign ministers", 3, ["foreign minister", "minister"], "count", core=False)
d.F("more than five years", 5, ["year"], "duration", "more_than", ["dispute", "tried", "foreign minister"])
d.F("roughly one month", 1, ["month"], "duration", "about", core=False)
# events
d.EV("triggered", ["sanction", "other"], THU, ["britain", "france", "germany", "united kingdom", "e3"])
d.EV("Tehran called the move", ["statement"], None, ["iran", "tehran"])
d.EV("reached the Joint Comprehensive Plan of Action", ["agreement"], D(2015, 7, 14), ["iran", "world power"])
d.EV("endorsed it", ["legislation", "agreement", "statement"], D(2015, 7, 20), ["security council", "united nations", "un"])
d.EV("Iran agreed", ["agreement"], D(2015), ["iran"], core=False)
d.EV("were lifted", ["sanction"], D(2016, 1))
d.EV("withdrew the United States", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.EV("reimposed U.S. sanctions", ["sanction"], R(D(2018, 5, 8), D(2018, 11)), ["trump", "united states"])
d.EV("calling the accord", ["statement"], D(2018, 5, 8), ["trump"], core=False)
d.EV("began exceeding the deal's limits", ["withdrawal"], D(2019, 7), ["iran"])
d.EV("the IAEA estimated", ["disclosure", "statement", "other"], D(2025, 5), ["iaea", "international atomic"], core=False)
d.EV("struck Iranian nuclear sites", ["attack"], D(2025, 6), ["israel", "united states"])
d.EV("suspended cooperation", ["withdrawal", "other"], D(2025, 7), ["iran"])
d.EV("failed to honour their own commitments", ["withdrawal"], None, ["europe"], core=False)
d.EV("wrote to UN Secretary-General", ["statement"], D(2025, 7), ["araghchi"])
d.EV("In a joint letter on Thursday", ["statement"], THU, E3)
d.EV("the letter said", ["statement"], THU, E3, core=False)
d.EV("UN sanctions would return", ["sanction"], D(2025, 9), core=False)
d.EV("the 1953 coup", ["coup"], D(1953), ["cia", "central intelligence", "united states"])
d.EV("U.S. support for Iraq", ["support"], R(D(1980), D(1988)), ["united states", "u.s"])
d.EV("the 1980-1988 war", ["war"], R(D(1980), D(1988)))
d.EV("the 2018 withdrawal", ["withdrawal"], D(2018), ["united states"])
d.EV("said in a speech in 2018", ["statement"], D(2018), ["khamenei"])
d.EV("warned earlier on Friday", ["threat", "statement"], D(2025, 8, 29))
d.EV("said Dariush Mehrfar", ["statement"], None, ["mehrfar"], core=False)
d.save()
