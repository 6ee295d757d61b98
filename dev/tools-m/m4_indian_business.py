from m0 import FDoc, D, R, write, author, meta_note

DOC = "dev-m-indian-business-chabahar-waiver-revoked"
PUB = "2025-09-19"  # a Friday
TEXT = """US revokes Chabahar waiver: India's $120 mn port bet faces sanctions test, refiners see no return of Iranian oil

By Aarti Venkataraman-Bose, Ledger Bureau
Last Updated: Sep 19, 2025, 06:12:00 AM IST

Synopsis
The US State Department said the 2018 exception that allowed India to develop Iran's Chabahar port will lapse on September 29. Officials in New Delhi said they were studying the implications, while refiners said Iranian crude, which once made up about 10 per cent of India's imports, was not coming back any time soon.

New Delhi: India is assessing the fallout of Washington's decision to revoke a sanctions exemption for Iran's Chabahar port, where state-run India Ports Global Ltd (IPGL) runs the Shahid Beheshti terminal under a 10-year contract signed last year, officials said on Thursday.

The US State Department said on Tuesday that the exception granted in 2018 under the Iran Freedom and Counter-Proliferation Act would be revoked with effect from September 29, exposing those who operate the port or engage in related activities to sanctions. A department spokesperson said the step was consistent with President Donald Trump's "maximum pressure" policy on Iran.

"We have seen the announcement and are examining its implications for our projects," external affairs ministry spokesperson Randhir Jaiswal told reporters on Thursday. He did not say whether IPGL would continue operations after the deadline. IPGL said in a statement on Wednesday that work at the terminal was "continuing as normal".

Iran's ambassador to India, Iraj Elahi, said on Wednesday that Chabahar was "a bridge that sanctions cannot break".

A senior official, who spoke on condition of anonymity, said New Delhi would take up the matter with Washington. "Chabahar is about Afghanistan and Central Asia, not about Iran's nuclear file. That argument worked in 2018 and we will make it again," the official said.

The 10-year agreement, signed in Tehran on May 13, 2024, committed IPGL to invest about $120 million in equipping the terminal, while India offered a credit window of $250 million, or about ₹2,100 crore, for infrastructure linked to the port. The Union Budget for 2025-26 set aside ₹100 crore for Chabahar, the same as in the previous year.

Since taking over operations in December 2018, IPGL has handled more than 90,000 TEUs of containers and over 8.4 million tonnes of bulk cargo, according to the ports ministry. The terminal's current capacity is 8.5 mtpa.

Oil: a door closed in 2019

For refiners, the Chabahar decision is a reminder of how quickly access to Iran can vanish. India bought about 4.8 lakh barrels per day of Iranian crude in 2018-19, roughly 10 per cent of its imports, before a US waiver expired on May 2, 2019. Since then, state refiners have not bought a single Iranian cargo. India's total trade with Iran has shrunk from $17 bn in 2018-19 to about $2.3 bn in 2023-24, according to commerce ministry data.

"Iranian grades were cheap and our refineries were built for them, but no board will take the sanctions risk now," an executive at a state-run refiner said on condition of anonymity. Another executive said discounts of up to $5 a barrel offered by Iranian sellers in 2019 would not be enough to change that calculus.

Washington withdrew from the 2015 nuclear deal on May 8, 2018, and reimposed oil sanctions that November. India, then Iran's second-largest oil customer after China, was one of eight countries granted six-month waivers. A separate exemption for Chabahar was announced the same week, after New Delhi argued that the port was vital for supplies to Afghanistan.

The relationship goes back further. India and Iran first agreed to develop Chabahar in 2003, during the visit of President Mohammad Khatami to New Delhi, and Prime Minister Narendra Modi signed a trilateral transit pact with Iran and Afghanistan in Tehran in May 2016.

In February, Trump signed a national security presidential memorandum restoring "maximum pressure", which directed officials to modify or rescind waivers that give Iran economic relief. Analysts said the Chabahar decision had been expected since then.

"The port survived one Trump term by being useful to Washington in Afghanistan. With the Taliban in Kabul since August 2021, that argument is much weaker," said Harsh V. Kulkarni-Rao, a fellow at a Delhi-based think tank.
"""
write(DOC, "US revokes Chabahar waiver: India's $120 mn port bet faces sanctions test, refiners see no return of Iranian oil",
      "The Economic Ledger (fictional; Indian business daily style imitation)", PUB, TEXT)
author(DOC, "Aarti Venkataraman-Bose")
meta_note(DOC, "Indian business newspaper, style imitation; the writer, the refinery executives, the senior official and the think-tank fellow are invented; quotes of real people and institutions invented or paraphrased; port and trade figures plausible rather than exact")

d = FDoc(DOC, PUB)
TUE, WED, THU = D(2025, 9, 16), D(2025, 9, 17), D(2025, 9, 18)
US = ["united states", "us", "washington", "state department"]
# quotes
d.Q("maximum pressure", ["term"], None, [], None, core=False)
d.Q("We have seen the announcement and are examining its implications for our projects,", ["direct"], "Randhir Jaiswal", ["jaiswal"], THU)
d.Q("continuing as normal", ["partial"], "India Ports Global Ltd", ["ipgl", "india ports global"], WED)
d.Q("a bridge that sanctions cannot break", ["partial"], "Iraj Elahi", ["elahi"], WED)
d.Q("Chabahar is about Afghanistan and Central Asia, not about Iran's nuclear file. That argument worked in 2018 and we will make it again,", ["direct"], None, [], None)
d.Q("Iranian grades were cheap and our refineries were built for them, but no board will take the sanctions risk now,", ["direct"], None, [], None)
d.Q("maximum pressure", ["term"], None, [], None, core=False, occ=1)
d.Q("The port survived one Trump term by being useful to Washington in Afghanistan. With the Taliban in Kabul since August 2021, that argument is much weaker,", ["direct"], "Harsh V. Kulkarni-Rao", ["kulkarni"], None)
# figures
d.F("$120 mn", 1.2e8, ["usd"], "money", subject_any=["port", "bet"])
d.F("about 10 per cent", 10, ["percent"], "percent", "about", ["import", "crude"])
d.F("10-year contract", 10, ["year"], "duration", subject_any=["contract"])
d.F("10-year agreement", 10, ["year"], "duration", subject_any=["agreement"])
d.F("about $120 million", 1.2e8, ["usd"], "money", "about", ["invest", "ipgl", "terminal"])
d.F("$250 million", 2.5e8, ["usd"], "money", subject_any=["credit"])
d.F("about ₹2,100 crore", 2.1e10, ["inr"], "money", "about", ["credit"])
d.F("₹100 crore", 1e9, ["inr"], "money", subject_any=["budget", "chabahar"])
d.F("more than 90,000 TEUs", 9e4, ["teu", "twenty-foot equivalent unit"], "count", "more_than", ["container"])
d.F("over 8.4 million tonnes", 8.4e6, ["tonne", "ton", "metric ton"], "measure", "more_than", ["bulk cargo", "cargo"])
d.F("8.5 mtpa", 8.5e6, ["tonne per year", "tonne per annum", "ton per year", "metric ton per year", "mtpa"], "measure", subject_any=["capacity", "terminal"])
d.F("about 4.8 lakh barrels per day", 4.8e5, ["barrel per day"], "measure", "about", ["crude", "iranian"])
d.F("roughly 10 per cent", 10, ["percent"], "percent", "about", ["import"])
d.F("a single Iranian cargo", 1, ["cargo"], "count", core=False)
d.F("$17 bn", 1.7e10, ["usd"], "money", subject_any=["trade"])
d.F("about $2.3 bn", 2.3e9, ["usd"], "money", "about", ["trade"])
d.F("up to $5 a barrel", 5, ["usd", "usd per barrel"], "money", "up_to", ["discount"])
d.F("eight countries", 8, ["country"], "count", subject_any=["countr", "waiver"])
d.F("six-month waivers", 6, ["month"], "duration", subject_any=["waiver"])
d.F("one Trump term", 1, ["term"], "count", core=False)
# events
d.EV("US revokes Chabahar waiver", ["sanction", "other"], None, US, core=False)
d.EV("will lapse on September 29", ["sanction", "other"], D(2025, 9, 29), [], core=False)
d.EV("Officials in New Delhi said they were studying", ["statement"], None, ["india", "new delhi"], core=False)
d.EV("officials said on Thursday", ["statement"], THU, ["india", "new delhi"], core=False)
d.EV("Washington's decision to revoke", ["sanction", "other"], None, US, core=False)
d.EV("contract signed last year", ["agreement"], D(2024), [])
d.EV("The US State Department said on Tuesday", ["statement"], TUE, ["state department", "united states"])
d.EV("the exception granted in 2018", ["sanction", "other"], D(2018), [])
d.EV("would be revoked with effect from September 29", ["sanction", "other"], D(2025, 9, 29), [], core=False)
d.EV("A department spokesperson said", ["statement"], None, ["state department", "spokesperson"], core=False)
d.EV("Jaiswal told reporters on Thursday", ["statement"], THU, ["jaiswal"])
d.EV("IPGL said in a statement on Wednesday", ["statement"], WED, ["ipgl", "india ports global"])
d.EV("Iraj Elahi, said on Wednesday", ["statement"], WED, ["elahi"])
d.EV("said New Delhi would take up", ["statement"], None, [], core=False)
d.EV("the official said", ["statement"], None, [], core=False)
d.EV("signed in Tehran on May 13, 2024", ["agreement"], D(2024, 5, 13), [])
d.EV("India offered a credit window", ["support", "agreement"], None, ["india"], core=False)
d.EV("set aside ₹100 crore", ["support", "legislation", "other"], None, ["india", "budget"])
d.EV("Since taking over operations in December 2018", ["other"], D(2018, 12), ["ipgl", "india ports global"])
d.EV("India bought about", ["other"], None, ["india"], core=False)
d.EV("a US waiver expired on May 2, 2019", ["sanction", "other"], D(2019, 5, 2), [])
d.EV("said on condition of anonymity.", ["statement"], None, [], core=False)
d.EV("Another executive said", ["statement"], None, [], core=False)
d.EV("Washington withdrew from the 2015 nuclear deal", ["withdrawal"], D(2018, 5, 8), US)
d.EV("reimposed oil sanctions that November", ["sanction"], D(2018, 11), US)
d.EV("granted six-month waivers", ["sanction", "other"], D(2018, 11), [])
d.EV("A separate exemption for Chabahar was announced", ["sanction", "other", "statement"], D(2018, 11), [])
d.EV("New Delhi argued", ["statement"], D(2018, 11), ["india", "new delhi"], core=False)
d.EV("India and Iran first agreed to develop Chabahar in 2003", ["agreement"], D(2003), ["india", "iran"])
d.EV("during the visit of President Mohammad Khatami", ["negotiation", "other"], D(2003), ["khatami"], core=False)
d.EV("Modi signed a trilateral transit pact", ["agreement"], D(2016, 5), ["modi", "india"])
d.EV("Trump signed a national security presidential memorandum", ["legislation", "sanction"], D(2025, 2), ["trump"])
d.EV('restoring "maximum pressure"', ["sanction"], D(2025, 2), ["trump"])
d.EV("Analysts said the Chabahar decision", ["statement"], None, [], core=False)
d.EV("said Harsh V. Kulkarni-Rao", ["statement"], None, ["kulkarni"], core=False)
d.save()
