import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h17 import write, PDoc, D, R, words

DOC = "ho17-economist-leader-why-should-iran-trust-america"
PUB = "2025-04-10"  # a Thursday
TEXT = """Leaders | America and Iran

Why should Iran trust America?

It has little reason to. A deal is still worth striking

Apr 10th 2025

WHEN DONALD TRUMP announced on Monday that his envoy would meet Iranian officials in Oman on Saturday, he did so with Binyamin Netanyahu, Israel's prime minister, sitting beside him in the Oval Office. "I'd much rather have a deal than the obvious alternative," Mr Trump said. Within hours Abbas Araghchi, Iran's foreign minister, insisted that the meeting would be indirect, with Omani diplomats carrying messages between two rooms. It was an unpromising start. It may also be the best chance in years to stop Iran from building a bomb.

The obstacle is not only centrifuges. It is memory. Mr Khamenei, Iran's supreme leader, has spent more than three decades telling his countrymen that America cannot be trusted, and America has given him plenty of material. In February he told air-force commanders that negotiating with America was "not intelligent, wise or honourable". A letter from Mr Trump proposing talks, handed over by an Emirati envoy on March 12th, was dismissed by the supreme leader the same day as a "deception" aimed at world opinion.

Iranians' list of grievances begins in 1953, when the CIA and Britain's MI6 helped overthrow Muhammad Mossadegh, an elected prime minister who had nationalised the country's oil. Americans' list begins in November 1979, when students loyal to Ayatollah Ruhollah Khomeini stormed their embassy in Tehran and held 52 Americans for 444 days. Both sides have added to the ledger ever since.

The nuclear deal was supposed to break the pattern. Under the Joint Comprehensive Plan of Action, signed in Vienna on July 14th 2015, Iran agreed to enrich uranium to no more than 3.67 per cent and to ship most of its stockpile abroad in return for the lifting of sanctions. Inspectors repeatedly certified that it was complying. Mr Trump pulled America out anyway on May 8th 2018, calling the agreement "defective at its core", and reimposed sanctions that cut Iran's oil exports from about 2.5m barrels a day to roughly 400,000 by 2020. For Mr Khamenei, who had let the deal go ahead with visible reluctance, it was proof of everything he had said.

Iran's answer was to creep back towards the threshold. It began breaching the deal's limits in July 2019 and started enriching to 60 per cent in April 2021. It now holds about 275kg of uranium enriched to that level, according to the International Atomic Energy Agency's latest report, enough for around six bombs if refined further. Israel's air strikes last October destroyed much of the air defence that protected its nuclear sites.

Back in office, Mr Trump has restored what he calls "maximum pressure", signing a memorandum on February 4th that orders the Treasury to drive Iran's oil exports towards zero. They have not got there. Iran still sells about 1.6m barrels a day, some 90 per cent of it to small refineries in China, according to tanker-tracking firms. But the rial has lost about 40 per cent of its value since last summer and now trades at more than 1m to the dollar in Tehran's exchange shops.

A Western diplomat in Tehran says the mood among officials has shifted. "They do not trust Washington any more than they did, but they trust their own economy even less," he says. Mr Araghchi wrote on Tuesday that Iran was offering "a genuine opportunity" and that "the ball is in America's court". He added that Iran would never negotiate "under threat".

Israel wants something else. Mr Netanyahu said on Monday that any agreement must dismantle Iran's programme entirely, "the Libyan way". That is not going to happen, and insisting on it is a recipe for the war that both Mr Trump and Iran's leaders say they want to avoid.

What could work is a narrower bargain: strict limits on enrichment, inspectors back at Fordow and Natanz, and relief that Iranians can feel. America will have to offer something the supreme leader cannot easily dismiss, such as sanctions relief written into a Security Council resolution rather than an executive order a successor can tear up. Iran will have to accept inspection of a kind it has resisted since 2021.

Neither side will trust the other at the end of it. The deal of 2015 was never built on trust; it was built on verification. The same principle should guide the envoys in Muscat. Mistrust is a reason to write things down, not a reason to stay away.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and habits "
        "of an unsigned Economist leader (section line `Leaders | America and Iran`, rhetorical headline and rubric, "
        "`Apr 10th 2025`, capitalised opening words, \"Mr Khamenei\" without a full stop, \"America\" for the United "
        "States, \"per cent\", \"2.5m\", ordinal dates such as \"March 12th\"). The Western diplomat and every "
        "sentence are invented; the words given to Trump, Araghchi and Netanyahu are invented or paraphrased "
        "(\"not intelligent, wise or honourable\", \"defective at its core\", \"maximum pressure\" and \"the Libyan "
        "way\" are the well-known phrases); oil volumes, the rial's fall and the share sold to China are plausible, "
        "not checked.")
write(DOC, "Why should Iran trust America?", "The Economist (style imitation)", PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
MON, TUE, THU, SAT = D(2025, 4, 7), D(2025, 4, 8), D(2025, 4, 10), D(2025, 4, 12)
TR, KH, AR, NE = ["trump"], ["khamenei"], ["araghchi"], ["netanyahu"]

# quotes
d.Q("I'd much rather have a deal than the obvious alternative,", ["direct"], "Donald Trump", TR, MON)
d.Q("not intelligent, wise or honourable", ["partial"], "Ali Khamenei", KH, D(2025, 2))
d.Q("deception", ["partial", "term"], "Ali Khamenei", KH, D(2025, 3, 12))
d.Q("defective at its core", ["partial"], "Donald Trump", TR, D(2018, 5, 8))
d.Q("maximum pressure", ["term", "partial"], "Donald Trump", TR, core=False)
d.Q("They do not trust Washington any more than they did, but they trust their own economy even less,", ["direct"], None, ())
d.Q("a genuine opportunity", ["partial"], "Abbas Araghchi", AR, TUE)
d.Q("the ball is in America's court", ["partial"], "Abbas Araghchi", AR, TUE)
d.Q("under threat", ["partial"], "Abbas Araghchi", AR, TUE)
d.Q("the Libyan way", ["partial"], "Benjamin Netanyahu", NE, MON)

# figures
d.F("more than three decades", 30, ["decade", "year"], "duration", "more_than", core=False)
d.F("two rooms", 2, ["room"], "count", subject_any=["room"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["american", "held", "hostage"])
d.F("no more than 3.67 per cent", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium"])
d.F("about 2.5m barrels a day", 2.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("roughly 400,000", 4e5, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("60 per cent", 60, ["percent"], "percent", subject_any=["enrich"], occ=0)
d.F("about 275kg", 275, ["kilogram", "kg"], "measure", "about", ["uranium"])
d.F("around six bombs", 6, ["bomb"], "count", "about", ["bomb", "uranium"])
d.F("about 1.6m barrels a day", 1.6e6, ["barrel per day", "barrel a day"], "measure", "about", ["iran", "sell", "oil"])
d.F("some 90 per cent", 90, ["percent"], "percent", "about", ["china", "refiner"])
d.F("about 40 per cent", 40, ["percent"], "percent", "about", ["rial", "value"])
d.F("more than 1m", 1e6, ["irr", "rial"], "money", "more_than", ["rial", "dollar"])

# events
d.V("WHEN DONALD TRUMP announced on Monday", "announced", ["statement", "negotiation"], MON, TR)
d.V("WHEN DONALD TRUMP announced on Monday", "meet", ["negotiation"], SAT, ["envoy", "united states", "america", "witkoff"], core=False)
d.V("\"I'd much rather have a deal", "said", ["statement"], MON, TR, core=False)
d.V("Within hours Abbas Araghchi", "insisted", ["statement"], R(MON, TUE), AR)
d.V("In February he told air-force commanders", "told", ["statement"], D(2025, 2), KH)
d.V("A letter from Mr Trump proposing talks", "handed over", ["other", "statement"], D(2025, 3, 12), ["emirati", "envoy", "trump"])
d.V("A letter from Mr Trump proposing talks", "dismissed", ["statement"], D(2025, 3, 12), KH)
d.V("Iranians' list of grievances begins in 1953", "overthrow", ["coup"], D(1953), ["cia", "central intelligence", "mi6", "britain"])
d.V("Iranians' list of grievances begins in 1953", "had nationalised", ["legislation", "other"], None, ["mossadegh"], core=False)
d.V("Americans' list begins in November 1979", "stormed", ["seizure"], D(1979, 11), ["student"])
d.V("Americans' list begins in November 1979", "held 52 Americans", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.V("Under the Joint Comprehensive Plan of Action, signed", "signed", ["agreement"], D(2015, 7, 14))
d.V("Under the Joint Comprehensive Plan of Action, signed", "agreed to enrich", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.V("Inspectors repeatedly certified", "certified", ["statement"], None, ["inspector", "atomic energy"], core=False)
d.V("Mr Trump pulled America out anyway", "pulled America out", ["withdrawal"], D(2018, 5, 8), TR + ["america", "united states"])
d.V("Mr Trump pulled America out anyway", "reimposed", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), TR + ["america", "united states"])
d.V("Mr Trump pulled America out anyway", "cut Iran's oil exports", ["other", "sanction"], R(D(2018, 5, 1), D(2020, 12, 31)), core=False)
d.V("For Mr Khamenei, who had let the deal go ahead", "let the deal go ahead", ["other", "statement"], None, KH, core=False)
d.V("It began breaching the deal's limits", "breaching", ["withdrawal", "other"], D(2019, 7), ["iran"])
d.V("It began breaching the deal's limits", "enriching to 60 per cent", ["other", "withdrawal"], D(2021, 4), ["iran"])
d.V("It now holds about 275kg", "report", ["disclosure", "statement"], None, ["atomic energy", "iaea"], core=False)
d.V("Israel's air strikes last October", "air strikes", ["attack"], D(2024, 10), ["israel"])
d.V("Back in office, Mr Trump has restored", "signing a memorandum", ["legislation", "sanction"], D(2025, 2, 4), TR)
d.V("Back in office, Mr Trump has restored", "has restored", ["sanction"], None, TR, core=False)
d.V("Iran still sells about 1.6m barrels a day", "sells", ["other"], None, core=False)
d.V("But the rial has lost about 40 per cent", "has lost", ["other"], R(D(2024, 6, 1), THU), core=False)
d.V("A Western diplomat in Tehran says the mood", "says", ["statement"], None, core=False)
d.V("Mr Araghchi wrote on Tuesday", "wrote", ["statement"], TUE, AR)
d.V("He added that Iran would never negotiate", "added", ["statement"], TUE, AR, core=False)
d.V("Mr Netanyahu said on Monday", "said", ["statement"], MON, NE)
d.V("The same principle should guide the envoys in Muscat.", "guide", ["negotiation"], SAT, core=False)
d.save()
print(DOC, words(DOC), "words")
