from r0 import FDoc, D, R, write, author, meta_note

DOC = "dev-r-dawn-fo-no-us-waiver-needed-iran-gas-pipeline"
PUB = "2024-03-22"  # a Friday
TEXT = """Pakistan sees no need for US waiver on Iran gas pipeline, says FO

Tahir Naqvi-Rehman | Published March 22, 2024

ISLAMABAD: Pakistan on Thursday said it did not need a waiver from any third country to build its section of the Iran-Pakistan gas pipeline, a day after a senior US official told Congress that Washington opposed the project.

"The project is being undertaken on Pakistani territory, and the decision to proceed with it is ours alone," Foreign Office spokesperson Mumtaz Zahra Baloch said at the weekly press briefing.

At the same briefing, she said the government had conveyed to US officials "the importance of this project for Pakistan's energy security" and would keep engaging Washington on the matter.

In February, the caretaker government's Cabinet Committee on Energy approved the construction of an 80-kilometre stretch of the pipeline from Gwadar to the Iranian border, a move officials said was meant to avoid penalties under the agreement.

Iran says it has completed its own section of the line at a cost of about $2 billion, and Tehran has warned that Pakistan could face a penalty of around $18bn if it fails to build its part.

US opposition

On Wednesday, Assistant Secretary of State Donald Lu told a House Foreign Affairs subcommittee hearing that the Biden administration did not support the pipeline and was working to keep it from going ahead.

"Anyone doing business with Iran's energy sector should be aware of the risk of sanctions," a State Department spokesperson said in response to a question from Dawn.

Pakistani energy officials have long argued that the country, which faces chronic gas shortages, needs the 750 million cubic feet per day the pipeline was designed to carry.

The project was inaugurated in March 2013 by then-presidents Asif Ali Zardari and Mahmoud Ahmadinejad at a ceremony near the border, but work on the Pakistani side stalled under the threat of US sanctions.

Border tensions

The two neighbours have also been repairing ties after a rare exchange of cross-border strikes in January. Iran fired missiles and drones at what it said were militant hideouts in Panjgur district on Jan 16, killing two children, and Pakistan struck targets inside Iran's Sistan-Baluchestan province two days later.

Iranian Foreign Minister Hossein Amirabdollahian visited Islamabad at the end of the month, and both sides agreed to appoint liaison officers along the 959-kilometre border.

An official of the Iranian embassy in Islamabad, speaking on condition of anonymity, told Dawn that Tehran viewed the US objections through a long history of broken promises.

"Since 1953, every time Iran has tried to sell its oil or gas on its own terms, Washington has stood in the way," the official said. "The Americans signed the nuclear deal in 2015 and walked out of it three years later. Our partners should ask how reliable that word is."

US sanctions on Iran date back to November 1979, when students seized the American embassy in Tehran and held 52 Americans hostage for 444 days. A brief easing after the 2015 nuclear deal ended when the Trump administration withdrew from it in May 2018.

"Islamabad has been caught between its neighbour and its most important export market for a decade," said Dr Sadia Ghauri-Lambert of the Islamabad Centre for Regional Studies. She said Pakistan would probably build the first stretch slowly "to show good faith to Tehran without provoking Washington."

Published in Dawn, March 22nd, 2024
"""
write(DOC, "Pakistan sees no need for US waiver on Iran gas pipeline, says FO", "Dawn (style imitation)", PUB, TEXT)
author(DOC, "Tahir Naqvi-Rehman")
meta_note(DOC, "news story in Dawn house style (headline ending 'says FO', 'Name | Published …' line, 'ISLAMABAD:' "
          "dateline, 'the weekly press briefing', 'Foreign Office spokesperson', the subheads 'US opposition' and "
          "'Border tensions', 'told Dawn', 'Jan 16', '$18bn', the print line 'Published in Dawn, March 22nd, 2024'), "
          "style imitation; the writer, the Iranian embassy official, the State Department spokesperson's answer, "
          "Sadia Ghauri-Lambert and the Islamabad Centre for Regional Studies are invented; the words of Baloch are "
          "invented or paraphrased and Lu's testimony is paraphrased without quotation; the penalty and cost figures "
          "follow public reporting")

d = FDoc(DOC, PUB)
THU, WED = D(2024, 3, 21), D(2024, 3, 20)
FO = ["baloch", "foreign office", "pakistan"]
# quotes
d.Q("The project is being undertaken on Pakistani territory, and the decision to proceed with it is ours alone,",
    ["direct"], "Mumtaz Zahra Baloch", FO, THU)
d.Q("the importance of this project for Pakistan's energy security", ["partial"], "Mumtaz Zahra Baloch", FO, THU)
d.Q("Anyone doing business with Iran's energy sector should be aware of the risk of sanctions,", ["direct"], None, [], None)
d.Q("Since 1953, every time Iran has tried to sell its oil or gas on its own terms, Washington has stood in the way,",
    ["direct"], None, [], None)
d.Q("The Americans signed the nuclear deal in 2015 and walked out of it three years later. Our partners should ask how reliable that word is.",
    ["direct"], None, [], None)
d.Q("Islamabad has been caught between its neighbour and its most important export market for a decade,", ["direct"],
    "Sadia Ghauri-Lambert", ["ghauri"], None)
d.Q("to show good faith to Tehran without provoking Washington.", ["partial"], "Sadia Ghauri-Lambert", ["ghauri"], None)
# figures
d.F("a day after", 1, ["day"], "duration", core=False)
d.F("80-kilometre", 80, ["kilometre", "kilometer", "km"], "measure", subject_any=["stretch", "pipeline"])
d.F("about $2 billion", 2e9, ["usd"], "money", "about", ["section", "line", "cost"])
d.F("around $18bn", 1.8e10, ["usd"], "money", "about", ["penalty"])
d.F("750 million cubic feet per day", 7.5e8, ["cubic foot per day", "cubic feet per day", "cubic foot"], "measure",
    subject_any=["pipeline", "gas"])
d.F("The two neighbours", 2, ["neighbour", "neighbor"], "count", core=False)
d.F("two children", 2, ["child"], "count", subject_any=["child", "killing"])
d.F("two days later", 2, ["day"], "duration", core=False)
d.F("959-kilometre", 959, ["kilometre", "kilometer", "km"], "measure", subject_any=["border"])
d.F("three years later", 3, ["year"], "duration", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage"])
d.F("for a decade", 10, ["year"], "duration", core=False)
# events
d.EV("Pakistan sees no need", ["statement"], THU, FO, core=False)
d.EV("Pakistan on Thursday said", ["statement"], THU, FO)
d.EV("a senior US official told Congress", ["statement"], WED, ["united states", "lu"], core=False)
d.EV("said at the weekly press briefing", ["statement"], THU, FO, core=False)
d.EV("At the same briefing, she said", ["statement"], THU, FO, core=False)
d.EV("approved the construction of an 80-kilometre", ["other", "legislation", "agreement"], D(2024, 2),
     ["cabinet committee", "pakistan", "government"])
d.EV("a move officials said", ["statement"], None, [], core=False)
d.EV("Iran says it has completed", ["statement", "other"], None, ["iran"], core=False)
d.EV("Tehran has warned", ["threat", "statement"], None, ["iran", "tehran"], core=False)
d.EV("Donald Lu told a House Foreign Affairs subcommittee hearing", ["statement"], WED, ["lu", "united states", "state department"])
d.EV("a State Department spokesperson said in response", ["statement"], None, ["state department", "united states"], core=False)
d.EV("have long argued", ["statement"], None, ["pakistan"], core=False)
d.EV("The project was inaugurated in March 2013", ["other", "agreement"], D(2013, 3), ["zardari", "ahmadinejad"])
d.EV("work on the Pakistani side stalled", ["other"], None, [], core=False)
d.EV("a rare exchange of cross-border strikes in January", ["attack"], D(2024, 1), ["iran", "pakistan"], core=False)
d.EV("Iran fired missiles and drones", ["attack"], D(2024, 1, 16), ["iran"])
d.EV("Pakistan struck targets", ["attack"], D(2024, 1, 18), ["pakistan"])
d.EV("visited Islamabad at the end of the month", ["negotiation", "other"], R(D(2024, 1, 20), D(2024, 1, 31)),
     ["amirabdollahian", "iran"])
d.EV("both sides agreed to appoint liaison officers", ["agreement"], R(D(2024, 1, 20), D(2024, 1, 31)),
     ["iran", "pakistan", "both sides"])
d.EV("told Dawn", ["statement"], None, [], core=False)
d.EV("the official said", ["statement"], None, [], core=False)
d.EV("walked out of it three years later", ["withdrawal"], D(2018), ["united states", "american"], core=False)
d.EV("US sanctions on Iran date back to November 1979", ["sanction"], D(1979, 11), ["united states", "us"])
d.EV("students seized the American embassy", ["seizure"], D(1979, 11), ["student"])
d.EV("held 52 Americans hostage for 444 days", ["seizure"], R(D(1979, 11), D(1981, 1)), ["student"], core=False)
d.EV("A brief easing after the 2015 nuclear deal", ["sanction"], R(D(2015), D(2018, 5)), [], core=False)
d.EV("the 2015 nuclear deal", ["agreement"], D(2015), [])
d.EV("the Trump administration withdrew from it in May 2018", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.EV("said Dr Sadia Ghauri-Lambert", ["statement"], None, ["ghauri"], core=False)
d.EV("She said Pakistan would probably build", ["statement"], None, ["ghauri"], core=False)
d.save()
