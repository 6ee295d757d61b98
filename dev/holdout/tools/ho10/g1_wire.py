import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h10 import write, HDoc, D, R

DOC = "ho10-wire-dateline-iran-us-second-round"
PUB = "2025-04-15"  # a Tuesday
TEXT = """Iran says it will judge US by its offers at the table as envoys prepare for second round

By PRESTON HALLORAN and NASRIN ABEDI-COLE
Allied Press

DUBAI, United Arab Emirates (AP) — Iran's foreign minister said Tuesday that Tehran would judge the United States by what its envoys put on the table rather than by what they say on television, as the two longtime adversaries prepared for a second round of talks over Iran's rapidly advancing nuclear program.

Abbas Araghchi spoke days after he and U.S. Mideast envoy Steve Witkoff met Saturday in Muscat, Oman, in the highest-level negotiations between the two countries since President Donald Trump pulled America out of Tehran's nuclear deal with world powers in 2018. The two men spoke directly for about 45 minutes after more than two hours of indirect exchanges through Oman's foreign minister, Badr Albusaidi, officials on both sides said.

"We have heard many voices from Washington in the past 72 hours, and some of them contradict each other," Araghchi told reporters in Tehran. "We will not negotiate with headlines. We will negotiate with what is written down."

His comments came after Witkoff said Monday in a television interview that Iran would not need to enrich uranium beyond 3.67%, the limit set by the 2015 accord. Later Tuesday, Witkoff wrote on social media that any final deal must require Iran to "stop and eliminate" its enrichment program, a position Tehran has long rejected.

The White House said in a statement Saturday that the discussions had been "very positive and constructive," and that the issues were "very complicated."

Foreign Ministry spokesman Esmail Baghaei said Monday that the next round would be held Saturday, without naming the venue. An official familiar with the planning said it would take place in Rome, with Oman again acting as mediator. The official, who spoke on condition of anonymity because the arrangements had not been announced, said both sides wanted "a framework first, details later."

The talks are unfolding under the shadow of threats. Trump has said repeatedly that the U.S. could bomb Iran's nuclear sites if diplomacy fails, and he told NBC News last month that there would be bombing "the likes of which they have never seen before" if Tehran did not make a deal.

Rafael Grossi, the head of the International Atomic Energy Agency, was expected in Tehran Wednesday for meetings with Araghchi and the head of Iran's civilian nuclear program, Mohammad Eslami. The IAEA reported in February that Iran had amassed 274.8 kilograms (605.8 pounds) of uranium enriched up to 60%, a short, technical step from weapons-grade levels of 90%. That was an increase of about 92.5 kilograms since the agency's previous report.

Iran's economy has been battered by sanctions. The rial traded at around 1,000,000 to the dollar in Tehran's street markets Tuesday, down from 32,000 at the time of the 2015 deal. Iran still sells about 1.5 million barrels of crude a day, most of it to China, according to tanker-tracking estimates.

Supreme Leader Ayatollah Ali Khamenei, who has the final say on all matters of state, said in February that negotiating with the U.S. was "not smart, wise or honorable," though he later allowed the talks to go ahead. In a meeting with officials Tuesday, Khamenei said he was "neither overly optimistic nor overly pessimistic" about the outcome.

Mistrust runs deep on both sides. In 1953, the CIA helped orchestrate a coup that toppled Iran's elected prime minister, Mohammad Mossadegh, and cemented the rule of Shah Mohammad Reza Pahlavi. After the shah fell in the 1979 Islamic Revolution, students stormed the U.S. Embassy in Tehran that November and held 52 Americans hostage for 444 days. The two countries have had no diplomatic relations since 1980.

The 2015 agreement, negotiated under President Barack Obama, capped Iran's enrichment at 3.67% and its stockpile at 300 kilograms (661 pounds) in exchange for the lifting of economic sanctions. Trump withdrew from the deal in May 2018, calling it "the worst deal ever," and reimposed sanctions. A year later, Iran began breaching the accord's limits.

Allied Press writers Dana Whitlock in Washington and Peter Rausch in Vienna contributed to this report.
"""
write(DOC, "Iran says it will judge US by its offers at the table as envoys prepare for second round",
      "Allied Press", PUB, TEXT, author="Preston Halloran; Nasrin Abedi-Cole")

d = HDoc(DOC, PUB)
TUE, MON, SAT = D(2025, 4, 15), D(2025, 4, 14), D(2025, 4, 12)
AR = ["araghchi", "foreign minister"]
WI = ["witkoff", "envoy"]
TR = ["trump", "president"]
KH = ["khamenei", "supreme leader", "leader"]
# quotes
d.Q("We have heard many voices from Washington in the past 72 hours, and some of them contradict each other,", ["direct"], "Abbas Araghchi", AR, TUE)
d.Q("We will not negotiate with headlines. We will negotiate with what is written down.", ["direct"], "Abbas Araghchi", AR, TUE)
d.Q("stop and eliminate", ["partial"], "Steve Witkoff", WI, TUE)
d.Q("very positive and constructive,", ["partial"], "White House", ["white house", "united states"], SAT)
d.Q("very complicated.", ["partial"], "White House", ["white house", "united states"], SAT)
d.Q("a framework first, details later.", ["partial"], None)
d.Q("the likes of which they have never seen before", ["partial"], "Donald Trump", TR, D(2025, 3))
d.Q("not smart, wise or honorable,", ["partial"], "Ali Khamenei", KH, D(2025, 2))
d.Q("neither overly optimistic nor overly pessimistic", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("the worst deal ever,", ["partial"], "Donald Trump", TR, D(2018, 5))

# figures
d.F("about 45 minutes", 45, ["minute"], "duration", "about", ["spoke", "direct", "talk"])
d.F("more than two hours", 2, ["hour"], "duration", "more_than", ["indirect", "exchange"])
d.F("the past 72 hours", 72, ["hour"], "duration", core=False)
d.F("3.67%", 3.67, ["percent"], "percent", subject_any=["enrich", "uranium", "limit"])
d.F("274.8 kilograms", 274.8, ["kilogram", "kg"], "measure", subject_any=["uranium", "stockpile"])
d.F("605.8 pounds", 605.8, ["pound", "lb"], "measure", subject_any=["uranium", "stockpile"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("90%", 90, ["percent"], "percent", subject_any=["weapons-grade", "level"])
d.F("about 92.5 kilograms", 92.5, ["kilogram", "kg"], "measure", "about", ["increase", "uranium"])
d.F("around 1,000,000", 1e6, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("32,000", 32000, ["irr", "rial"], "money", subject_any=["rial", "dollar"])
d.F("about 1.5 million barrels of crude a day", 1.5e6, ["barrel per day", "barrel of crude per day"], "measure", "about", ["crude", "iran", "sell"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held"])
d.F("3.67%", 3.67, ["percent"], "percent", subject_any=["enrich"], occ=1)
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["stockpile"])
d.F("661 pounds", 661, ["pound", "lb"], "measure", subject_any=["stockpile"])
d.F("the two longtime adversaries", 2, ["adversary"], "count", core=False)
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("The two men", 2, ["man"], "count", core=False)
d.F("The two countries", 2, ["country"], "count", core=False)
d.F("A year later", 1, ["year"], "duration", core=False)

# events
d.V("Iran says it will judge US", "says", ["statement"], TUE, AR + ["iran"], core=False)
d.V("Iran says it will judge US", "second round", ["negotiation"], D(2025, 4, 19), core=False)
d.V("Iran's foreign minister said Tuesday", "said Tuesday", ["statement"], TUE, AR + ["iran"])
d.V("Iran's foreign minister said Tuesday", "second round of talks", ["negotiation"], D(2025, 4, 19), core=False)
d.V("met Saturday in Muscat", "met Saturday", ["negotiation"], SAT, AR + WI)
d.V("met Saturday in Muscat", "pulled America out", ["withdrawal"], D(2018), TR + ["united states", "america"])
d.V("The two men spoke directly", "spoke directly", ["negotiation"], None, AR + WI + ["two men"])
d.V("The two men spoke directly", "officials on both sides said", ["statement"], None, ["official"], core=False)
d.V("Araghchi told reporters in Tehran", "told reporters", ["statement"], TUE, AR, core=False)
d.V("His comments came after Witkoff", "said Monday", ["statement"], MON, WI)
d.V("His comments came after Witkoff", "the 2015 accord", ["agreement"], D(2015), core=False)
d.V("Later Tuesday, Witkoff wrote", "wrote", ["statement"], TUE, WI)
d.V("Later Tuesday, Witkoff wrote", "has long rejected", ["statement"], None, ["tehran", "iran"], core=False)
d.V("The White House said in a statement Saturday", "said in a statement Saturday", ["statement"], SAT, ["white house", "united states"])
d.V("Esmail Baghaei said Monday", "said Monday", ["statement"], MON, ["baghaei", "spokesman"])
d.V("Esmail Baghaei said Monday", "would be held Saturday", ["negotiation"], D(2025, 4, 19), core=False)
d.V("An official familiar with the planning", "said", ["statement"], None, ["official"], core=False)
d.V("An official familiar with the planning", "take place in Rome", ["negotiation"], D(2025, 4, 19), core=False)
d.V("The official, who spoke on condition", "said both sides", ["statement"], None, ["official"], core=False)
d.V("Trump has said repeatedly", "has said repeatedly", ["threat", "statement"], None, TR, core=False)
d.V("Trump has said repeatedly", "told NBC News last month", ["threat", "statement"], D(2025, 3), TR)
d.V("was expected in Tehran Wednesday", "was expected in Tehran", ["negotiation", "other"], D(2025, 4, 16), core=False)
d.V("The IAEA reported in February", "reported", ["statement", "disclosure"], D(2025, 2), ["iaea", "international atomic energy agency"])
d.V("Iran's economy has been battered by sanctions.", "sanctions", ["sanction"], None, core=False)
d.V("said in February that negotiating", "said in February", ["statement"], D(2025, 2), KH)
d.V("said in February that negotiating", "allowed the talks", ["negotiation", "other"], None, KH, core=False)
d.V("In a meeting with officials Tuesday", "said", ["statement"], TUE, KH)
d.V("In 1953, the CIA helped orchestrate a coup", "coup", ["coup"], D(1953), ["cia", "central intelligence agency"])
d.V("After the shah fell", "Islamic Revolution", ["revolution", "leadership_change"], D(1979))
d.V("After the shah fell", "stormed", ["seizure"], D(1979, 11), ["student"])
d.V("After the shah fell", "held 52 Americans hostage", ["seizure"], None, ["student"], core=False)
d.V("no diplomatic relations since 1980", "no diplomatic relations", ["other"], None, core=False)
d.V("The 2015 agreement, negotiated under", "negotiated", ["agreement", "negotiation"], D(2015), ["obama", "united states"], core=False)
d.V("The 2015 agreement, negotiated under", "lifting of economic sanctions", ["sanction"], None, core=False)
d.V("Trump withdrew from the deal in May 2018", "withdrew", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("Trump withdrew from the deal in May 2018", "calling", ["statement"], D(2018, 5), TR, core=False)
d.V("Trump withdrew from the deal in May 2018", "reimposed sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), TR + ["united states"])
d.V("A year later, Iran began breaching", "breaching", ["withdrawal"], D(2019, 5), ["iran"])
d.save()
