from n0 import FDoc, D, R, write, author, meta_note

DOC = "dev-n-uk-broadsheet-un-sanctions-return-iran"
PUB = "2025-09-28"  # a Sunday
TEXT = """UN sanctions on Iran return after last-ditch Russian and Chinese delay is defeated

Snapback measures take effect overnight as ministers insist the door to talks with Tehran 'is not closed'

Helena Marchbank-Osei
Diplomatic editor
Sun 28 Sep 2025 09.15 BST

United Nations sanctions on Iran that were lifted under the 2015 nuclear deal were reimposed overnight, after an attempt by Russia and China to delay them was defeated at the security council on Friday.

The measures, which came back into force at 8pm New York time on Saturday, restore an arms embargo, a ban on uranium enrichment and asset freezes on dozens of Iranian individuals and entities.

The Russian-Chinese draft, which would have postponed the snapback for six months, won four votes in favour, with nine against and two abstentions.

In a statement on Saturday, the foreign secretary, Yvette Cooper, said the UK had "acted with great reluctance" and urged Iran to return to negotiations. "The door to diplomacy is not closed, but it is for Tehran to walk through it," she said.

Hamish Falconer, the Middle East minister, told BBC Radio 4's Today programme on Friday that Britain had given Iran "every opportunity" over the summer. A Foreign Office spokesperson said: "We will continue to work with our partners to ensure Iran never develops a nuclear weapon."

In Tehran, President Masoud Pezeshkian said on Saturday that the move was "unfair and unlawful", but that Iran had no plan to leave the nuclear non-proliferation treaty. Iran's ambassador to the UN, Amir Saeid Iravani, had told the council on Friday that the three European countries had "chosen confrontation over diplomacy".

The rial fell to a record low of about 1,120,000 to the US dollar on Tehran's open market on Saturday, and the price of gold coins rose by 6 per cent, local media reported.

At Westminster, the reaction was mixed. The shadow foreign secretary, Priti Patel, said ministers had "dithered for months" before acting. Rhiannon Tull-Ashworth, the Liberal Democrat MP for Wexcombe, said snapback was "a tool, not a strategy", and asked whether any talks were planned.

Britain, France and Germany triggered the 30-day process on 28 August, citing Iran's stockpile of more than 400kg of uranium enriched to 60 per cent and its refusal to readmit inspectors from the International Atomic Energy Agency after Israeli and US strikes on its nuclear sites in June. An attempt to keep sanctions relief in place failed at the council on 19 September.

The provision was written into the Joint Comprehensive Plan of Action, agreed in Vienna on 14 July 2015 by Iran, the UK, France, Germany, the US, Russia and China. Donald Trump withdrew the US from the deal on 8 May 2018, and Iran began breaching its limits a year later.

British trade with Iran, worth about £178m in the year to June according to government figures, is expected to shrink further.

Distrust between London and Tehran has deep roots. Britain's intelligence service helped the CIA overthrow the elected prime minister Mohammad Mosaddegh in 1953, and the British embassy in Tehran was stormed by protesters in November 2011. It did not reopen until August 2015.

"Iranians remember 1953 better than we do," said Sir Anthony Hale-Mirza, a former ambassador to Tehran. "Every British minister who visits is reminded of it within 10 minutes."
"""
write(DOC, "UN sanctions on Iran return after last-ditch Russian and Chinese delay is defeated",
      "The Guardian (style imitation)", PUB, TEXT)
author(DOC, "Helena Marchbank-Osei")
meta_note(DOC, "UK broadsheet news story in Guardian/Times house style, style imitation; the writer, the MP Rhiannon Tull-Ashworth, the constituency of Wexcombe and the former ambassador Sir Anthony Hale-Mirza are invented; quotes of Cooper, Falconer, the Foreign Office, Pezeshkian, Iravani and Patel are invented or paraphrased; the trade figure and the rial rate are plausible, not exact")

d = FDoc(DOC, PUB)
SAT, FRI = D(2025, 9, 27), D(2025, 9, 26)
NIGHT = ("2025-09-27", "2025-09-28")
E3 = ["britain", "france", "germany", "e3", "united kingdom", "uk"]
# quotes
d.Q("is not closed", ["partial"], "Yvette Cooper", ["cooper"], SAT, core=False)
d.Q("acted with great reluctance", ["partial"], "Yvette Cooper", ["cooper"], SAT)
d.Q("The door to diplomacy is not closed, but it is for Tehran to walk through it,", ["direct"], "Yvette Cooper", ["cooper"], SAT)
d.Q("every opportunity", ["partial"], "Hamish Falconer", ["falconer"], FRI)
d.Q("We will continue to work with our partners to ensure Iran never develops a nuclear weapon.", ["direct"],
    "Foreign, Commonwealth and Development Office", ["foreign office", "foreign, commonwealth", "fcdo"], None)
d.Q("unfair and unlawful", ["partial"], "Masoud Pezeshkian", ["pezeshkian"], SAT)
d.Q("chosen confrontation over diplomacy", ["partial"], "Amir Saeid Iravani", ["iravani"], FRI)
d.Q("dithered for months", ["partial"], "Priti Patel", ["patel"], None)
d.Q("a tool, not a strategy", ["partial"], "Rhiannon Tull-Ashworth", ["tull-ashworth"], None)
d.Q("Iranians remember 1953 better than we do,", ["direct"], "Anthony Hale-Mirza", ["hale-mirza"], None)
d.Q("Every British minister who visits is reminded of it within 10 minutes.", ["direct"], "Anthony Hale-Mirza", ["hale-mirza"], None)
# figures
d.F("dozens of Iranian individuals and entities", 24, ["individual", "individual and entity", "entity"], "count", "about", core=False)
d.F("six months", 6, ["month"], "duration", subject_any=["postpone", "snapback", "draft"])
d.F("four votes", 4, ["vote"], "count", subject_any=["vote", "favour", "draft"])
d.F("nine", 9, ["vote"], "count", ctx=("nine against",), subject_any=["against", "vote"])
d.F("two abstentions", 2, ["abstention"], "count", subject_any=["abstention"])
d.F("about 1,120,000", 1120000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("6 per cent", 6, ["percent"], "percent", subject_any=["gold", "price"])
d.F("the three European countries", 3, ["country", "european country"], "count", core=False)
d.F("30-day", 30, ["day"], "duration", subject_any=["process"])
d.F("more than 400kg", 400, ["kilogram", "kg"], "measure", "more_than", ["stockpile", "uranium"])
d.F("60 per cent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("a year later", 1, ["year"], "duration", core=False)
d.F("about £178m", 1.78e8, ["gbp"], "money", "about", ["trade"])
d.F("within 10 minutes", 10, ["minute"], "duration", "at_most", core=False)
# events
d.EV("UN sanctions on Iran return", ["sanction"], NIGHT, [], core=False)
d.EV("delay is defeated", ["other", "legislation"], FRI, [], core=False)
d.EV("Snapback measures take effect", ["sanction"], NIGHT, [], core=False)
d.EV("that were lifted under the 2015 nuclear deal", ["sanction"], None, [], core=False)
d.EV("were reimposed overnight", ["sanction"], NIGHT, [])
d.EV("was defeated at the security council on Friday", ["other", "legislation", "statement"], FRI, [])
d.EV("came back into force", ["sanction"], NIGHT, [], core=False)
d.EV("won four votes", ["other", "legislation"], FRI, [], core=False)
d.EV("In a statement on Saturday", ["statement"], SAT, ["cooper"])
d.EV("urged Iran to return", ["statement"], SAT, ["cooper"], core=False)
d.EV("she said.", ["statement"], SAT, ["cooper"], core=False)
d.EV("told BBC Radio 4's Today programme on Friday", ["statement"], FRI, ["falconer"])
d.EV("A Foreign Office spokesperson said", ["statement"], None, ["foreign office"], core=False)
d.EV("Pezeshkian said on Saturday", ["statement"], SAT, ["pezeshkian"])
d.EV("had told the council on Friday", ["statement"], FRI, ["iravani"])
d.EV("The rial fell to a record low", ["other"], SAT, [], core=False)
d.EV("Priti Patel, said", ["statement"], None, ["patel"], core=False)
d.EV("said snapback was", ["statement"], None, ["tull-ashworth"], core=False)
d.EV("triggered the 30-day process on 28 August", ["sanction", "other", "threat"], D(2025, 8, 28), E3)
d.EV("after Israeli and US strikes on its nuclear sites in June", ["attack"], D(2025, 6), ["israel", "us", "united states"])
d.EV("failed at the council on 19 September", ["other", "legislation"], D(2025, 9, 19), [])
d.EV("agreed in Vienna on 14 July 2015", ["agreement"], D(2015, 7, 14), ["iran"])
d.EV("Donald Trump withdrew the US", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("Iran began breaching its limits a year later", ["withdrawal"], D(2019), ["iran"])
d.EV("is expected to shrink further", ["other", "sanction"], None, [], core=False)
d.EV("helped the CIA overthrow", ["coup", "support"], D(1953), ["britain", "intelligence", "cia", "united kingdom", "mi6"])
d.EV("was stormed by protesters in November 2011", ["seizure", "attack"], D(2011, 11), ["protester"])
d.EV("It did not reopen until August 2015", ["other"], D(2015, 8), [])
d.EV("said Sir Anthony Hale-Mirza", ["statement"], None, ["hale-mirza"], core=False)
d.save()
