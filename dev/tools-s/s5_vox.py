from s0 import FDoc, D, R, write, author, meta_note

DOC = "dev-s-vox-explainer-un-sanctions-snap-back-iran-trust"
PUB = "2025-09-29"  # a Monday
TEXT = """World Politics

UN sanctions on Iran just snapped back. Here's what you need to know.

The fight over Iran's nuclear program keeps coming back to trust. And that story starts in 1953.

by Nina Castellanos-Farahani
Sep 29, 2025, 7:00 AM EDT

Over the weekend, something diplomats had spent a decade trying to avoid actually happened: United Nations sanctions on Iran came back.

At 8 pm Eastern on Saturday, a raft of UN measures that had been lifted under the 2015 nuclear deal, including an arms embargo, a ban on uranium enrichment and asset freezes, snapped back into force. Iran responded the same day by recalling its ambassadors from Britain, France and Germany, the three European countries that set the process in motion a month earlier.

It's a lot. And if you're wondering why Iran and the West can't seem to make a deal stick, the short answer is that neither side trusts the other, and both sides have receipts.

Here's what you need to know.

What just happened?

On August 28, Britain, France and Germany (often called the E3) told the UN Security Council that Iran was not living up to the 2015 deal. That started a 30-day clock: unless the council voted to keep sanctions relief in place, the old sanctions would return automatically.

Last-ditch diplomacy went nowhere. On Friday, a Russian-Chinese resolution that would have delayed the sanctions by six months failed, with four countries voting in favor, nine against and two abstaining.

Wait, what is "snapback"?

It's a mechanism written into the 2015 agreement, formally the Joint Comprehensive Plan of Action, or JCPOA. The idea was to give the other parties a quick, veto-proof way to punish Iran if it cheated. (My colleague Ellen Ruiz-Majidi wrote a great explainer on how it works back in August, and it's worth your time.)

The irony is that the US, which pushed hardest for snapback in 2015, couldn't pull the trigger itself. President Donald Trump took the US out of the deal on May 8, 2018, calling it "defective at its core." His administration tried to invoke snapback anyway in August 2020, and almost nobody on the Security Council agreed it had the right to.

Why doesn't Iran trust the US?

Start in 1953. Two years after Iran's parliament voted to nationalize the country's British-run oil industry, the CIA and British intelligence helped engineer a coup that removed Prime Minister Mohammad Mosaddegh on August 19, 1953, and restored the power of the shah, Mohammad Reza Pahlavi. The CIA formally acknowledged its role in documents released in 2013, 60 years later.

The shah ruled for the next quarter century with strong American backing, which is a big part of why the revolution that toppled him in 1979 took on such a fiercely anti-American tone. That November, student militants stormed the US Embassy in Tehran and held 52 Americans hostage for 444 days. Washington cut diplomatic ties the following April, and the two countries have had no formal relations since.

For Iranians, the list keeps going: US support for Iraq during its eight-year war with Iran in the 1980s; the USS Vincennes shooting down Iran Air Flight 655 in July 1988, killing all 290 people on board; President George W. Bush lumping Iran into an "axis of evil" in 2002.

And then there's the deal itself. Under the JCPOA, Iran shipped out about 98 percent of its enriched uranium, capped enrichment at 3.67 percent, and accepted intrusive inspections. Trump walked away anyway, and within six months he had reimposed sanctions that cut Iran's oil exports by more than 80 percent.

"From Tehran's point of view, they did everything that was asked of them and got punished for it," says Ariana Velasquez-Tehrani, an Iran analyst at the Cascade Institute for Diplomacy. "That lesson has been learned very thoroughly."

Okay, but doesn't the US have reasons not to trust Iran?

Yes, and they're real. Iran built the Fordow enrichment site inside a mountain in secret until Western leaders exposed it in September 2009. And after the US left the deal, Iran began breaching its limits in 2019 and eventually pushed enrichment to 60 percent, a short technical step from weapons grade.

Then came this summer. Israel launched a war on Iran on June 13, two days before a planned sixth round of US-Iran talks, and on June 22 the US bombed Iran's nuclear sites at Fordow, Natanz and Isfahan. Iran cut off most cooperation with UN inspectors afterward, and a deal it signed with the IAEA in Cairo on September 9 to restore some access never really got going.

Last Tuesday, Supreme Leader Ali Khamenei called negotiating with Washington "a sheer dead end." The next day, President Masoud Pezeshkian told the UN General Assembly that Iran had never sought a bomb and never would.

So what happens now?

Honestly, nobody knows. Iran says the snapback is legally void and that the deal's restrictions expire for good on October 18, the date the agreement was designed to end. Meanwhile, the rial crashed past 1.1 million to the dollar over the weekend.

If that sounds like a stalemate, that's because it is. Seventy-two years after the coup, the two sides are still arguing about whether the other can be trusted, and so far nobody has found a way to end the argument.
"""
TITLE = "UN sanctions on Iran just snapped back. Here's what you need to know."
write(DOC, TITLE, "Vox (style imitation)", PUB, TEXT)
author(DOC, "Nina Castellanos-Farahani")
meta_note(DOC, "explainer in the Vox house style (section label, headline with 'Here's what you need to know', dek, "
          "'by <writer>' and 'Sep 29, 2025, 7:00 AM EDT' lines, questions as section heads, casual first-person voice, "
          "a colleague's piece described in parentheses, present-tense 'says' for the analyst, history 1953/1979/2015/"
          "2018), style imitation; the writer, her colleague Ellen Ruiz-Majidi, Ariana Velasquez-Tehrani and the Cascade "
          "Institute for Diplomacy are invented; Trump's 'defective at its core', Bush's 'axis of evil' and "
          "Khamenei's 'a sheer dead end' are short well-known phrases, the rest paraphrase; the snapback timeline (28 "
          "August, the failed draft of 26 September with 4-9-2, the reimposition at 8 pm EDT on 27 September 2025, the "
          "recall of ambassadors), the US attempt of August 2020, the history and the June 2025 strikes and Cairo "
          "agreement follow public reporting; 'about 98 percent', 'more than 80 percent' and the rial rate are "
          "rounded, plausible figures")

d = FDoc(DOC, PUB)
MON, SAT, FRI = D(2025, 9, 29), D(2025, 9, 27), D(2025, 9, 26)
E3 = ["e3", "britain", "france", "germany", "united kingdom"]
# quotes
d.Q("snapback", ["term"], None, [], None, core=False, ctx=('what is "snapback"?',))
d.Q("defective at its core.", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("axis of evil", ["term", "partial"], "George W. Bush", ["bush"], D(2002))
d.Q("From Tehran's point of view, they did everything that was asked of them and got punished for it,", ["direct"],
    "Ariana Velasquez-Tehrani", ["velasquez-tehrani"], None)
d.Q("That lesson has been learned very thoroughly.", ["direct"], "Ariana Velasquez-Tehrani", ["velasquez-tehrani"], None)
d.Q("a sheer dead end.", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 9, 23))
# figures
d.F("a decade", 10, ["year", "decade"], "duration", core=False, ctx=("spent a decade trying",))
d.F("the three European countries", 3, ["country"], "count", core=False)
d.F("a month earlier", 1, ["month"], "duration", core=False)
d.F("30-day", 30, ["day"], "duration", core=False)
d.F("six months", 6, ["month"], "duration", subject_any=["delay", "resolution", "sanction"], ctx=("by six months",))
d.F("four countries", 4, ["country", "vote"], "count", subject_any=["favor", "vote", "resolution"])
d.F("nine", 9, ["country", "vote"], "count", subject_any=["against", "vote", "resolution"], ctx=("nine against",))
d.F("two", 2, ["country", "vote", "abstention"], "count", subject_any=["abstain", "abstention", "vote"], ctx=("two abstaining",))
d.F("Two years after", 2, ["year"], "duration", core=False)
d.F("60 years later", 60, ["year"], "duration", core=False)
d.F("the next quarter century", 25, ["year"], "duration", core=False)
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "american"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("eight-year", 8, ["year"], "duration", subject_any=["war"])
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["people", "flight", "board"])
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["enriched uranium", "uranium"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("within six months", 6, ["month"], "duration", "at_most", core=False)
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["oil export", "export"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich"])
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("1.1 million", 1.1e6, ["irr", "rial"], "money", "more_than", ["rial", "dollar"])
d.F("Seventy-two years after", 72, ["year"], "duration", core=False)
d.F("the two sides", 2, ["side"], "count", core=False)
# events
d.EV("UN sanctions on Iran just snapped back", ["sanction"], SAT, [], core=False)
d.EV("United Nations sanctions on Iran came back", ["sanction"], ("2025-09-27", "2025-09-28"), [])
d.EV("snapped back into force", ["sanction"], SAT, [])
d.EV("that had been lifted under the 2015 nuclear deal", ["sanction"], None, [], core=False)
d.EV("Iran responded the same day by recalling its ambassadors", ["other", "withdrawal"], SAT, ["iran"])
d.EV("set the process in motion a month earlier", ["sanction"], D(2025, 8), E3, core=False)
d.EV("told the UN Security Council that Iran was not living up", ["sanction", "statement"], D(2025, 8, 28), E3)
d.EV("That started a 30-day clock", ["sanction", "other"], D(2025, 8, 28), [], core=False)
d.EV("Last-ditch diplomacy went nowhere", ["negotiation"], None, [], core=False)
d.EV("a Russian-Chinese resolution that would have delayed the sanctions by six months failed", ["legislation", "other"],
     FRI, ["russia", "china"])
d.EV("pushed hardest for snapback in 2015", ["negotiation", "other"], D(2015), ["united states", "us"], core=False)
d.EV("took the US out of the deal on May 8, 2018", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.EV("His administration tried to invoke snapback anyway in August 2020", ["sanction", "statement", "other"], D(2020, 8),
     ["trump", "administration", "united states"])
d.EV("Iran's parliament voted to nationalize", ["legislation"], D(1951), ["parliament", "majlis"])
d.EV("helped engineer a coup that removed Prime Minister Mohammad Mosaddegh", ["coup"], D(1953, 8, 19),
     ["cia", "central intelligence agency", "british"])
d.EV("restored the power of the shah", ["leadership_change"], D(1953, 8, 19), [])
d.EV("The CIA formally acknowledged its role", ["statement", "disclosure"], D(2013), ["cia", "central intelligence agency"])
d.EV("The shah ruled for the next quarter century", ["support", "other"], None, [], core=False)
d.EV("the revolution that toppled him in 1979", ["revolution"], D(1979), [])
d.EV("student militants stormed the US Embassy in Tehran", ["seizure"], D(1979, 11), ["student"])
d.EV("held 52 Americans hostage", ["seizure"], None, ["student"], core=False)
d.EV("Washington cut diplomatic ties the following April", ["other", "withdrawal"], D(1980, 4), ["washington", "united states"])
d.EV("US support for Iraq during its eight-year war", ["support"], R(D(1980), D(1989)), ["us", "united states"])
d.EV("its eight-year war with Iran in the 1980s", ["war"], R(D(1980), D(1989)), ["iraq"], core=False)
d.EV("the USS Vincennes shooting down Iran Air Flight 655 in July 1988", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.EV("President George W. Bush lumping Iran", ["statement", "designation"], D(2002), ["bush"])
d.EV("Iran shipped out about 98 percent", ["agreement", "other"], None, ["iran"], core=False)
d.EV("Trump walked away anyway", ["withdrawal"], None, ["trump"], core=False)
d.EV("he had reimposed sanctions", ["sanction"], ("2018-05-08", "2018-11-30"), ["trump", "united states"])
d.EV("says Ariana Velasquez-Tehrani", ["statement"], None, ["velasquez-tehrani"], core=False)
d.EV("Iran built the Fordow enrichment site", ["other"], None, ["iran"], core=False)
d.EV("Western leaders exposed it in September 2009", ["disclosure", "statement"], D(2009, 9), [])
d.EV("after the US left the deal", ["withdrawal"], None, ["united states", "us"], core=False)
d.EV("Iran began breaching its limits in 2019", ["withdrawal", "other"], D(2019), ["iran"])
d.EV("eventually pushed enrichment to 60 percent", ["withdrawal", "other"], None, ["iran"])
d.EV("Israel launched a war on Iran on June 13", ["war", "attack"], D(2025, 6, 13), ["israel"])
d.EV("a planned sixth round of US-Iran talks", ["negotiation"], D(2025, 6, 15), [], core=False)
d.EV("on June 22 the US bombed", ["attack"], D(2025, 6, 22), ["united states", "us"])
d.EV("Iran cut off most cooperation with UN inspectors afterward", ["withdrawal", "other"], None, ["iran"])
d.EV("a deal it signed with the IAEA in Cairo on September 9", ["agreement"], D(2025, 9, 9), ["iran", "iaea"])
d.EV("never really got going", ["other"], None, [], core=False)
d.EV("Last Tuesday, Supreme Leader Ali Khamenei called", ["statement"], D(2025, 9, 23), ["khamenei"])
d.EV("Masoud Pezeshkian told the UN General Assembly", ["statement"], D(2025, 9, 24), ["pezeshkian"])
d.EV("Iran says the snapback is legally void", ["statement"], None, ["iran"], core=False)
d.EV("the deal's restrictions expire for good on October 18", ["other"], D(2025, 10, 18), [], core=False)
d.EV("the rial crashed past 1.1 million", ["other"], ("2025-09-27", "2025-09-28"), [], core=False)
d.EV("the two sides are still arguing", ["other", "negotiation"], None, [], core=False)
d.save()
