from s0 import FDoc, D, R, write, author, meta_note

DOC = "dev-s-fox-khamenei-rips-us-enrichment-demand-witkoff"
PUB = "2025-05-20"  # a Tuesday
TEXT = """Iran's supreme leader rips Trump team's enrichment demand as 'outrageous' ahead of fifth round of talks

Khamenei doubts the negotiations will 'get anywhere' as Witkoff insists Tehran cannot keep 'even 1%'

By Caleb Whitmore-Haddad Fox News
Published May 20, 2025 2:14pm EDT

Iran's Supreme Leader Ayatollah Ali Khamenei on Tuesday blasted the Trump administration's demand that Tehran give up uranium enrichment, calling it "excessive and outrageous" and casting fresh doubt on whether four rounds of talks with Washington can produce a deal.

Iran's Supreme Leader Ayatollah Ali Khamenei speaks during a ceremony in Tehran, Iran, May 20, 2025. (Office of the Iranian Supreme Leader/WANA via Reuters)

"The Americans come to the table and tell us we are not allowed to enrich. That is not a negotiation, that is an order, and the Iranian nation does not take orders," Khamenei said in a speech marking the first anniversary of the death of former President Ebrahim Raisi, who was killed in a helicopter crash in May 2024.

He added that he doubted the talks would "get anywhere."

The 86-year-old cleric's remarks came two days after White House special envoy Steve Witkoff said the U.S. "cannot allow even 1%" of an enrichment capability to remain in Iran.

"There is no version of this deal where their centrifuges keep spinning," Witkoff told ABC's "This Week" on Sunday. "The president has been very clear about that."

IRAN'S TOP DIPLOMAT SAYS TEHRAN WILL 'NEVER' SURRENDER ENRICHMENT AS TALKS HIT SNAG

Iranian Foreign Minister Abbas Araghchi fired back on X on Sunday, writing that Iran would "never" give up enrichment and that a deal demanding it would be "no deal at all."

The Islamic Republic currently enriches uranium up to 60% purity, a short technical step from the roughly 90% needed for a bomb. The International Atomic Energy Agency reported in February that Iran had amassed about 275 kilograms, or more than 600 pounds, of the 60% material.

Under the 2015 nuclear deal struck by the Obama administration, Tehran was allowed to enrich only to 3.67% and to keep no more than 300 kilograms of enriched uranium. President Donald Trump pulled the U.S. out of that agreement on May 8, 2018, calling it "a horrible one-sided deal."

Four rounds of talks mediated by Oman have been held since April 12, three in Muscat and one in Rome. The most recent session took place in Muscat on May 11, after which a senior administration official described the discussions as "encouraging."

Oman's Foreign Minister Badr Albusaidi said on Tuesday that a fifth round would be held in Rome on Friday.

TRUMP WARNS IRAN TO 'MOVE FAST' OR 'SOMETHING BAD IS GOING TO HAPPEN'

Trump, speaking to reporters aboard Air Force One on Friday as he flew home from a four-day swing through Saudi Arabia, Qatar and the United Arab Emirates, said Iran had been handed a U.S. proposal. "They know they have to move fast, or something bad is going to happen," he said.

During the trip, Saudi Arabia agreed to buy nearly $142 billion in American weapons, a package the White House called "the largest defense sales agreement in history."

A HISTORY OF DISTRUST

Tehran's rulers have long pointed to the CIA-backed coup that ousted Prime Minister Mohammad Mosaddegh in 1953 as proof that Washington cannot be trusted.

Americans, for their part, remember Nov. 4, 1979, when militant students stormed the U.S. Embassy in Tehran and took dozens of Americans captive. Fifty-two of them were held for 444 days.

"Khamenei has been telling the same story for 30 years: America lies, America cheats," Miriam Feld-Rostami, a senior fellow at the Jefferson Council for Security Policy, told Fox News Digital. "What's different now is that the regime has lost most of its proxies and much of its air defense, and it knows it."

She noted that Israel struck Iranian air defense and missile production sites in October, weeks after Iran fired some 180 ballistic missiles at Israel.

The regime's economy is also under heavy strain. Iran's currency, the rial, has lost more than a quarter of its value since last summer and traded at about 830,000 to the dollar on Tehran's open market this week.

Earlier this month, the Treasury Department sanctioned a Chinese "teapot" refinery accused of processing Iranian crude, part of the "maximum pressure" campaign that Trump restored with a presidential memorandum on Feb. 4.

CLICK HERE TO GET THE FOX NEWS APP

On Capitol Hill, Sen. Warren Ketteridge, R-Ala., said in a statement on Monday that any agreement leaving "a single centrifuge spinning" would be "dead on arrival" in the Senate.

Iran insists its nuclear program is peaceful. Foreign Ministry spokesman Esmaeil Baghaei told reporters in Tehran on Monday that Iran would "not accept dictation" and that its right to enrich was "non-negotiable."

The White House did not immediately respond to Fox News Digital's request for comment. Fox News Digital has reached out to the State Department.

Fox News' Jordan Ellery-Navab contributed to this report.
"""
TITLE = "Iran's supreme leader rips Trump team's enrichment demand as 'outrageous' ahead of fifth round of talks"
write(DOC, TITLE, "Fox News (style imitation)", PUB, TEXT)
author(DOC, "Caleb Whitmore-Haddad")
meta_note(DOC, "digital news story in the Fox News house style (headline and deck with single-quoted phrases, 'By … Fox "
          "News' and 'Published … EDT' lines, a photo caption with its credit, all-capitals links to related stories, "
          "the subhead 'A HISTORY OF DISTRUST', 'CLICK HERE TO GET THE FOX NEWS APP', 'told Fox News Digital', 'Fox "
          "News Digital has reached out', a contributor line), style imitation; the writer, the contributor Jordan "
          "Ellery-Navab, Miriam Feld-Rostami and the Jefferson Council for Security Policy, Sen. Warren Ketteridge "
          "(R-Ala.) and his statement are invented; the words of Khamenei, Witkoff, Araghchi, Baghaei, the senior "
          "administration official and Trump are invented or paraphrased apart from short well-known phrases "
          "('excessive and outrageous', 'even 1%', 'a horrible one-sided deal', 'something bad is going to happen', "
          "'the largest defense sales agreement in history', 'maximum pressure'); the day of the Omani announcement, "
          "the rial rate and 'more than a quarter' are plausible, not exact")

d = FDoc(DOC, PUB)
TUE, MON, SUN, FRI = D(2025, 5, 20), D(2025, 5, 19), D(2025, 5, 18), D(2025, 5, 16)
KH, WI, AR, TR = ["khamenei"], ["witkoff"], ["araghchi"], ["trump"]
# quotes
d.Q("outrageous", ["partial"], "Ali Khamenei", KH, TUE, core=False, occ=0)
d.Q("get anywhere", ["partial"], "Ali Khamenei", KH, TUE, core=False)
d.Q("even 1%", ["partial"], "Steve Witkoff", WI, SUN, core=False)
d.Q("excessive and outrageous", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("The Americans come to the table and tell us we are not allowed to enrich. That is not a negotiation, that is an "
    "order, and the Iranian nation does not take orders,", ["direct"], "Ali Khamenei", KH, TUE)
d.Q("get anywhere.", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("cannot allow even 1%", ["partial"], "Steve Witkoff", WI, SUN)
d.Q("There is no version of this deal where their centrifuges keep spinning,", ["direct"], "Steve Witkoff", WI, SUN)
d.Q("This Week", ["term"], None, [], None, core=False)
d.Q("The president has been very clear about that.", ["direct"], "Steve Witkoff", WI, SUN)
d.Q("NEVER", ["partial"], "Abbas Araghchi", AR, SUN, core=False)
d.Q("never", ["partial"], "Abbas Araghchi", AR, SUN, ctx=('Iran would "never" give up',))
d.Q("no deal at all.", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("a horrible one-sided deal.", ["partial"], "Donald Trump", TR, D(2018, 5, 8))
d.Q("encouraging.", ["partial"], None, [], D(2025, 5, 11))
d.Q("MOVE FAST", ["partial"], "Donald Trump", TR, FRI, core=False)
d.Q("SOMETHING BAD IS GOING TO HAPPEN", ["partial"], "Donald Trump", TR, FRI, core=False)
d.Q("They know they have to move fast, or something bad is going to happen,", ["direct"], "Donald Trump", TR, FRI)
d.Q("the largest defense sales agreement in history.", ["partial"], "White House", ["white house"], None)
d.Q("Khamenei has been telling the same story for 30 years: America lies, America cheats,", ["direct"],
    "Miriam Feld-Rostami", ["feld-rostami"], None)
d.Q("What's different now is that the regime has lost most of its proxies and much of its air defense, and it knows it.",
    ["direct"], "Miriam Feld-Rostami", ["feld-rostami"], None)
d.Q("teapot", ["term"], None, [], None, core=False)
d.Q("maximum pressure", ["term"], None, [], None, core=False)
d.Q("a single centrifuge spinning", ["partial"], "Warren Ketteridge", ["ketteridge"], MON)
d.Q("dead on arrival", ["partial"], "Warren Ketteridge", ["ketteridge"], MON)
d.Q("not accept dictation", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("non-negotiable.", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
# figures
d.F("1%", 1, ["percent"], "percent", subject_any=["enrich"], ctx=("keep 'even 1%'",))
d.F("four rounds of talks", 4, ["round"], "count", subject_any=["talks", "round"])
d.F("86-year-old", 86, ["year"], "duration", core=False)
d.F("two days after", 2, ["day"], "duration", core=False)
d.F("1%", 1, ["percent"], "percent", subject_any=["enrich"], ctx=("cannot allow even 1%",))
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich", "purity"])
d.F("roughly 90%", 90, ["percent"], "percent", "about", ["bomb", "weapon", "uranium"])
d.F("about 275 kilograms", 275, ["kilogram", "kg"], "measure", "about", ["uranium", "iran", "material"])
d.F("more than 600 pounds", 600, ["pound", "lb"], "measure", "more_than", ["uranium", "iran", "material"])
d.F("60%", 60, ["percent"], "percent", subject_any=["uranium", "material"], ctx=("the 60% material",))
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich", "tehran", "uranium"])
d.F("no more than 300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["uranium", "enriched"])
d.F("Four rounds of talks", 4, ["round"], "count", subject_any=["talks", "round"])
d.F("three", 3, ["round"], "count", subject_any=["round", "talks", "muscat"], ctx=("three in Muscat and one in Rome",))
d.F("one", 1, ["round"], "count", subject_any=["round", "talks", "rome"], ctx=("three in Muscat and one in Rome",))
d.F("four-day", 4, ["day"], "duration", subject_any=["swing", "trip"])
d.F("nearly $142 billion", 1.42e11, ["usd"], "money", "about", ["weapon", "saudi", "package"])
d.F("dozens of Americans", 24, ["american"], "count", "about", core=False)
d.F("Fifty-two", 52, ["american", "hostage", "person", "people"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage", "american"])
d.F("30 years", 30, ["year"], "duration", core=False)
d.F("weeks after", None, ["week"], "duration", "about", core=False)
d.F("some 180 ballistic missiles", 180, ["missile", "ballistic missile"], "count", "about", ["missile", "iran"])
d.F("more than a quarter", 25, ["percent"], "percent", "more_than", ["rial", "currency", "value"])
d.F("about 830,000", 830000, ["irr", "rial"], "money", "about", ["rial", "dollar", "currency"])
d.F("a single centrifuge", 1, ["centrifuge"], "count", core=False)
# events
d.EV("rips Trump team's enrichment demand", ["statement"], TUE, KH, core=False)
d.EV("Khamenei doubts the negotiations", ["statement"], TUE, KH, core=False)
d.EV("on Tuesday blasted", ["statement"], TUE, KH)
d.EV("speaks during a ceremony", ["statement"], TUE, KH, core=False)
d.EV("Khamenei said in a speech marking", ["statement"], TUE, KH, core=False)
d.EV("who was killed in a helicopter crash in May 2024", ["other", "leadership_change"], D(2024, 5), [])
d.EV("He added that he doubted", ["statement"], TUE, KH, core=False)
d.EV("Steve Witkoff said the U.S.", ["statement"], SUN, WI)
d.EV("Witkoff told ABC's", ["statement"], SUN, WI)
d.EV("TRUMP WARNS", ["statement", "threat"], FRI, TR, core=False)
d.EV("IRAN'S TOP DIPLOMAT SAYS", ["statement"], SUN, AR, core=False)
d.EV("fired back on X on Sunday", ["statement"], SUN, AR)
d.EV("The Islamic Republic currently enriches", ["other"], None, ["iran"], core=False)
d.EV("Agency reported in February", ["disclosure", "statement"], D(2025, 2), ["international atomic energy agency", "iaea"])
d.EV("Iran had amassed", ["other"], None, ["iran"], core=False)
d.EV("Tehran was allowed to enrich", ["agreement"], D(2015), ["obama", "united states"], core=False)
d.EV("pulled the U.S. out of that agreement on May 8, 2018", ["withdrawal"], D(2018, 5, 8), TR + ["united states"])
d.EV("Four rounds of talks mediated by Oman have been held", ["negotiation"], ("2025-04-12", "2025-05-20"), [])
d.EV("The most recent session took place in Muscat on May 11", ["negotiation"], D(2025, 5, 11), [])
d.EV("a senior administration official described", ["statement"], D(2025, 5, 11), [], core=False)
d.EV("Badr Albusaidi said on Tuesday", ["statement"], TUE, ["albusaidi", "oman"])
d.EV("a fifth round would be held in Rome on Friday", ["negotiation"], D(2025, 5, 23), [], core=False)
d.EV("Trump, speaking to reporters aboard Air Force One on Friday", ["statement", "threat"], FRI, TR)
d.EV("as he flew home from a four-day swing", ["other", "negotiation"], ("2025-05-13", "2025-05-16"), TR, core=False)
d.EV("Iran had been handed a U.S. proposal", ["negotiation", "other"], None, ["united states"], core=False)
d.EV("Saudi Arabia agreed to buy", ["agreement"], ("2025-05-13", "2025-05-16"), ["saudi"])
d.EV("a package the White House called", ["statement"], None, ["white house"], core=False)
d.EV("have long pointed", ["statement"], None, ["tehran", "iran"], core=False)
d.EV("CIA-backed coup that ousted", ["coup"], D(1953), ["cia", "central intelligence agency", "united states"])
d.EV("militant students stormed the U.S. Embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("Fifty-two of them were held", ["seizure"], None, [], core=False)
d.EV("told Fox News Digital", ["statement"], None, ["feld-rostami"], core=False)
d.EV("She noted that", ["statement"], None, ["feld-rostami"], core=False)
d.EV("Israel struck Iranian air defense", ["attack"], D(2024, 10), ["israel"])
d.EV("Iran fired some 180 ballistic missiles", ["attack"], ("2024-09-01", "2024-10-31"), ["iran"])
d.EV("the rial, has lost more than a quarter", ["other"], None, [], core=False)
d.EV("the Treasury Department sanctioned", ["sanction", "designation"], ("2025-05-01", "2025-05-20"), ["treasury", "united states"])
d.EV("Trump restored with a presidential memorandum on Feb. 4", ["legislation", "sanction"], D(2025, 2, 4), TR)
d.EV("said in a statement on Monday", ["statement"], MON, ["ketteridge"])
d.EV("Iran insists its nuclear program", ["statement"], None, ["iran"], core=False)
d.EV("Baghaei told reporters in Tehran on Monday", ["statement"], MON, ["baghaei"])
d.EV("The White House did not immediately respond", ["statement", "other"], None, ["white house"], core=False)
d.EV("Fox News Digital has reached out", ["statement", "other"], None, [], core=False)
d.save()
