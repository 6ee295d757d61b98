import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h17 import write, PDoc, D, R, words

DOC = "ho17-foreign-affairs-essay-trust-trap-1953-to-termination-day"
PUB = "2025-10-21"  # a Tuesday
TEXT = """ESSAY

The Trust Trap

Why Washington and Tehran Keep Failing Each Other - and How to Stop

By Helena Varga-Moradi
October 21, 2025

HELENA VARGA-MORADI is a Senior Fellow at the Calder Institute for International Security. She served on the National Security Council staff from 2014 to 2017 and was a member of the U.S. team that negotiated the Iran nuclear deal.

On Saturday, Iran declared that the restrictions it had accepted under the 2015 nuclear agreement were over. The date, October 18, had been written into the deal a decade earlier as "Termination Day," the moment when the last UN limits on Iran's program were supposed to lapse. Instead, it arrived three weeks after the United Kingdom, France, and Germany had restored those limits through the snapback mechanism, and four months after American bombers struck Iran's most heavily defended nuclear site. Iran's Foreign Ministry said that all of the deal's provisions were now "terminated." Hardly anyone in Washington noticed.

I spent much of 2015 in hotel conference rooms in Vienna and Lausanne, negotiating with Iranian diplomats who told me, again and again, that their country could not afford to trust the United States. I thought they were posturing. I now think they were describing the central problem of the relationship, one that no agreement, however well drafted, has yet solved.

AN ORIGINAL SIN

The Iranian case against Washington begins in 1953. In March 1951, Iran's parliament voted to nationalize the Anglo-Iranian Oil Company, and Mohammad Mosaddegh, who became prime minister weeks later, became a hero to a generation of Iranians. On August 19, 1953, a coup organized by the CIA and British intelligence removed him, and Mohammad Reza Shah Pahlavi returned from a brief exile three days later. The CIA spent about $1 million on the operation; the price Washington has paid in Iranian memory is incalculably higher. In March 2000, Secretary of State Madeleine Albright acknowledged that the United States had played a "significant role" in the coup, and in 2013 the CIA itself confirmed its part in declassified documents.

For a quarter century afterward, the shah was Washington's closest partner in the Gulf. Under the Atoms for Peace program, the two governments signed a civil nuclear cooperation agreement in March 1957, and in 1967 an American-supplied five-megawatt research reactor began operating in Tehran.

The revolution ended that partnership. The shah left Iran on January 16, 1979, and Ayatollah Ruhollah Khomeini returned from exile on February 1. On November 4, 1979, students loyal to Khomeini overran the U.S. embassy in Tehran and held 52 Americans for 444 days. A rescue attempt in April 1980 ended in the Iranian desert with the deaths of eight U.S. servicemen, and Washington broke off diplomatic relations that same month. The hostages were freed on January 20, 1981, minutes after Ronald Reagan took the oath of office, under the Algiers Accords signed the day before.

Americans remember that humiliation the way Iranians remember 1953. Each side also carries a second wound. For Iranians, it is July 3, 1988, when the USS Vincennes shot down Iran Air Flight 655 over the Gulf, killing all 290 people on board. For Americans, it is the long list of attacks by Iranian-backed groups, from the bombing of the Marine barracks in Beirut in October 1983, which killed 241 U.S. service members, to the roadside bombs that killed hundreds of American troops in Iraq after 2003.

THE DEAL AND ITS UNDOING

Against that history, the 2015 agreement was a remarkable achievement. In January 2002, President George W. Bush had placed Iran in an "axis of evil." Yet a secret channel through Oman produced direct talks in 2013, and on November 24 of that year Iran and six world powers signed an interim accord in Geneva. Supreme Leader Ali Khamenei had prepared the ground two months earlier, calling in September 2013 for "heroic flexibility."

The Joint Comprehensive Plan of Action, concluded in Vienna on July 14, 2015, cut Iran's installed centrifuges from about 19,000 to 6,104, capped enrichment at 3.67 percent, and limited its stockpile of enriched uranium to 300 kilograms for 15 years. On Implementation Day, January 16, 2016, the nuclear-related sanctions were lifted; that same weekend, Washington settled an old arms-sales claim by paying Iran $1.7 billion.

I remember an Iranian negotiator telling me in Vienna that week, "You will keep this deal until your next election." He was wrong only about the timing. On May 8, 2018, President Donald Trump withdrew from the agreement, although the International Atomic Energy Agency had certified Iran's compliance in every report since 2016. Within six months, U.S. sanctions were back in full, and Iran's oil exports fell from about 2.5 million barrels a day to below 500,000 by 2020.

Iran answered by degrees. It began exceeding the deal's limits in July 2019, started enriching to 60 percent in April 2021, and by this spring had accumulated more than 400 kilograms of uranium at that level, enough, if further enriched to 90 percent, for about ten weapons. The killing of Qasem Soleimani in a U.S. drone strike in Baghdad on January 3, 2020, hardened views in Tehran further.

WAR, THEN NOTHING

This year, the cycle ran its full course in a few months. Trump wrote to Khamenei in March proposing talks, and five rounds of indirect negotiations followed in Muscat and Rome from April 12. On June 13, two days before a sixth round was due, Israel launched a campaign of air strikes against Iran's nuclear sites and military leadership. On June 22, the United States joined in, with seven B-2 bombers dropping 14 bunker-busting bombs on Fordow and Natanz. Trump declared the sites "obliterated." A ceasefire took hold on June 24. At the height of the crisis, about 40,000 U.S. troops were deployed across the region.

Diplomacy did not recover. In late August, the United Kingdom, France, and Germany triggered the snapback mechanism, and on September 28 the UN sanctions returned. "We were negotiating when they bombed us," Foreign Minister Abbas Araghchi said in an interview last month. He added that Iran would "never again" sit down with Washington while under attack.

The lesson Iranian officials drew is the one their predecessors drew in 1953 and 2018: that agreements with Washington do not protect Iran. The lesson many Americans drew is the mirror image: that Iran cannot be trusted with enrichment at any level.

WHAT TRUST CANNOT DO

Both lessons are understandable, and both lead nowhere. Seventy-two years after the coup, Washington should stop asking Iran to trust it, and stop pretending that it could ever trust Iran. The 2015 deal worked for as long as it did because it never relied on trust; it relied on inspectors, cameras, and seals. Its fatal weakness was American, not Iranian: an executive agreement that one president could abandon with a signature.

Any new arrangement should be submitted to the Senate as a treaty, so that Iran is not asked to bet on the outcome of the next election. In return, Iran should accept inspections more intrusive than those of 2015 and a pause in enrichment long enough to rebuild a record of compliance. Neither side will like these terms. But the alternative, as this year has shown, is a war that settles nothing and a peace that no one believes.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and habits "
        "of a Foreign Affairs essay (`ESSAY` label, title and subtitle, byline and date, an italic-style bio line "
        "in capitals, first-person narrative by a former official, all-capitals section heads, American spelling, "
        "\"percent\"). The author Helena Varga-Moradi, the Calder Institute, the Iranian negotiator of 2015 and every "
        "sentence are invented; the words given to Araghchi and the Iranian Foreign Ministry are invented or "
        "paraphrased (\"Termination Day\", \"terminated\", \"significant role\", \"axis of evil\", \"heroic "
        "flexibility\" and \"obliterated\" are the well-known phrases); the historical dates and counts follow "
        "public reporting, and the $1 million, the troop count and \"about ten weapons\" are plausible, not checked.")
write(DOC, "The Trust Trap", "Foreign Affairs (style imitation)", PUB, TEXT, NOTE, author="Helena Varga-Moradi")

d = PDoc(DOC, PUB)
SAT = D(2025, 10, 18)
KH, AR, TR = ["khamenei"], ["araghchi"], ["trump"]
E3 = ["united kingdom", "france", "germany", "e3", "european"]

# quotes
d.Q("Termination Day,", ["term"], None, (), core=False)
d.Q("terminated.", ["partial"], "Iranian Foreign Ministry", ["foreign ministry", "iran"], SAT)
d.Q("significant role", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("axis of evil.", ["partial", "term"], "George W. Bush", ["bush"], D(2002, 1))
d.Q("heroic flexibility.", ["partial", "term"], "Ali Khamenei", KH, D(2013, 9))
d.Q("You will keep this deal until your next election.", ["direct"], None, (), R(D(2015, 7, 13), D(2015, 7, 19)))
d.Q("obliterated.", ["partial"], "Donald Trump", TR, D(2025, 6))
d.Q("We were negotiating when they bombed us,", ["direct"], "Abbas Araghchi", AR, D(2025, 9))
d.Q("never again", ["partial"], "Abbas Araghchi", AR, D(2025, 9))

# figures
d.F("a decade earlier", 10, ["year", "decade"], "duration", core=False)
d.F("three weeks after", 3, ["week"], "duration", core=False)
d.F("four months after", 4, ["month"], "duration", core=False)
d.F("weeks later", None, ["week"], "duration", "about", core=False)
d.F("three days later", 3, ["day"], "duration", core=False)
d.F("about $1 million", 1e6, ["usd"], "money", "about", ["cia", "operation"])
d.F("a quarter century", 25, ["year"], "duration", core=False)
d.F("the two governments", 2, ["government"], "count", core=False)
d.F("five-megawatt", 5, ["megawatt"], "measure", subject_any=["reactor"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("eight U.S. servicemen", 8, ["serviceman", "u.s. serviceman"], "count", subject_any=["servicemen", "death"])
d.F("minutes after", None, ["minute"], "duration", "about", core=False)
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "board", "flight"])
d.F("241 U.S. service members", 241, ["service member", "u.s. service member"], "count", subject_any=["service member", "barracks"])
d.F("hundreds of American troops", 200, ["troop", "american troop"], "count", "about", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("two months earlier", 2, ["month"], "duration", core=False)
d.F("about 19,000", 19000, ["centrifuge"], "count", "about", ["centrifuge"])
d.F("6,104", 6104, ["centrifuge"], "count", subject_any=["centrifuge"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile", "uranium"])
d.F("15 years", 15, ["year"], "duration", subject_any=["limit", "stockpile"])
d.F("$1.7 billion", 1.7e9, ["usd"], "money", subject_any=["claim", "arms-sales", "paying"])
d.F("Within six months", 6, ["month"], "duration", "up_to", core=False)
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("below 500,000", 5e5, ["barrel per day", "barrel a day"], "measure", "less_than", ["oil export", "export"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich"])
d.F("more than 400 kilograms", 400, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("90 percent", 90, ["percent"], "percent", subject_any=["enrich"])
d.F("about ten weapons", 10, ["weapon"], "count", "about", ["weapon"])
d.F("a few months", None, ["month"], "duration", "about", core=False)
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "negotiation"])
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("seven B-2 bombers", 7, ["bomber", "b-2 bomber"], "count", subject_any=["bomber", "b-2"])
d.F("14 bunker-busting bombs", 14, ["bomb", "bunker-busting bomb"], "count", subject_any=["bomb"])
d.F("about 40,000 U.S. troops", 40000, ["troop", "u.s. troop"], "count", "about", ["troop"])
d.F("Seventy-two years after", 72, ["year"], "duration", core=False)
d.F("one president", 1, ["president"], "count", core=False)

# events
d.V("On Saturday, Iran declared that the restrictions", "declared", ["statement", "withdrawal"], SAT, ["iran"])
d.V("Instead, it arrived three weeks after", "had restored", ["sanction"], D(2025, 9, 28), E3, core=False)
d.V("Instead, it arrived three weeks after", "struck", ["attack"], D(2025, 6, 22), ["american", "united states", "bomber"], core=False)
d.V("Iran's Foreign Ministry said that all", "said", ["statement"], SAT, ["foreign ministry", "iran"], core=False)
d.V("I spent much of 2015 in hotel conference rooms", "negotiating", ["negotiation"], D(2015), ["varga-moradi", "united states"], core=False)
d.V("In March 1951, Iran's parliament voted", "voted to nationalize", ["legislation"], D(1951, 3), ["parliament", "majlis"])
d.V("In March 1951, Iran's parliament voted", "became prime minister", ["leadership_change"], R(D(1951, 3, 1), D(1951, 5, 31)), ["mosaddegh"], core=False)
d.V("On August 19, 1953, a coup organized", "coup", ["coup"], D(1953, 8, 19), ["cia", "central intelligence", "british"])
d.V("On August 19, 1953, a coup organized", "returned from a brief exile", ["leadership_change"], D(1953, 8, 22), ["pahlavi", "shah"])
d.V("The CIA spent about $1 million", "spent", ["support", "other"], None, ["cia", "central intelligence"], core=False)
d.V("In March 2000, Secretary of State Madeleine Albright", "acknowledged", ["statement"], D(2000, 3), ["albright"])
d.V("In March 2000, Secretary of State Madeleine Albright", "confirmed", ["disclosure", "statement"], D(2013), ["cia", "central intelligence"])
d.V("Under the Atoms for Peace program", "signed", ["agreement"], D(1957, 3), ["united states", "iran", "government"])
d.V("Under the Atoms for Peace program", "began operating", ["other"], D(1967))
d.V("The revolution ended that partnership.", "revolution", ["revolution"], core=False)
d.V("The shah left Iran on January 16, 1979", "left Iran", ["leadership_change"], D(1979, 1, 16), ["pahlavi", "shah"])
d.V("The shah left Iran on January 16, 1979", "returned from exile", ["leadership_change", "revolution"], D(1979, 2, 1), ["khomeini"])
d.V("On November 4, 1979, students loyal to Khomeini", "overran", ["seizure"], D(1979, 11, 4), ["student"])
d.V("On November 4, 1979, students loyal to Khomeini", "held 52 Americans", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.V("A rescue attempt in April 1980", "rescue attempt", ["attack", "other"], D(1980, 4))
d.V("A rescue attempt in April 1980", "broke off diplomatic relations", ["withdrawal", "other"], D(1980, 4), ["washington", "united states"])
d.V("The hostages were freed on January 20, 1981", "were freed", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("The hostages were freed on January 20, 1981", "took the oath", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("The hostages were freed on January 20, 1981", "signed", ["agreement"], D(1981, 1, 19))
d.V("For Iranians, it is July 3, 1988", "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.V("For Americans, it is the long list of attacks", "bombing", ["attack"], D(1983, 10))
d.V("For Americans, it is the long list of attacks", "killed hundreds", ["attack"], R(D(2003, 1, 1), D(2011, 12, 31)), core=False)
d.V("In January 2002, President George W. Bush had placed", "had placed", ["designation", "statement"], D(2002, 1), ["bush"])
d.V("Yet a secret channel through Oman produced direct talks", "direct talks", ["negotiation"], D(2013))
d.V("Yet a secret channel through Oman produced direct talks", "signed an interim accord", ["agreement"], D(2013, 11, 24), ["iran", "world power"])
d.V("Supreme Leader Ali Khamenei had prepared the ground", "calling", ["statement"], D(2013, 9), KH)
d.V("The Joint Comprehensive Plan of Action, concluded", "concluded", ["agreement"], D(2015, 7, 14))
d.V("The Joint Comprehensive Plan of Action, concluded", "capped", ["agreement"], D(2015, 7, 14), core=False)
d.V("On Implementation Day, January 16, 2016", "were lifted", ["sanction"], D(2016, 1, 16))
d.V("On Implementation Day, January 16, 2016", "settled", ["agreement", "other"], R(D(2016, 1, 16), D(2016, 1, 17)), ["washington", "united states"])
d.V("I remember an Iranian negotiator telling me", "telling", ["statement"], R(D(2015, 7, 13), D(2015, 7, 19)), core=False)
d.V("On May 8, 2018, President Donald Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), TR)
d.V("On May 8, 2018, President Donald Trump withdrew", "had certified", ["statement"], None, ["atomic energy", "iaea"], core=False)
d.V("Within six months, U.S. sanctions were back in full", "were back in full", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)))
d.V("Within six months, U.S. sanctions were back in full", "fell", ["other"], R(D(2018, 1, 1), D(2020, 12, 31)), core=False)
d.V("It began exceeding the deal's limits", "exceeding", ["withdrawal", "other"], D(2019, 7), ["iran"])
d.V("It began exceeding the deal's limits", "started enriching", ["other", "withdrawal"], D(2021, 4), ["iran"])
d.V("It began exceeding the deal's limits", "had accumulated", ["other"], None, core=False)
d.V("The killing of Qasem Soleimani", "killing", ["attack"], D(2020, 1, 3), ["united states", "u.s."])
d.V("Trump wrote to Khamenei in March", "wrote", ["statement"], D(2025, 3), TR)
d.V("Trump wrote to Khamenei in March", "negotiations", ["negotiation"], R(D(2025, 4, 12), D(2025, 5, 31)), ["iran", "united states"])
d.V("On June 13, two days before a sixth round", "launched a campaign of air strikes", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.V("On June 13, two days before a sixth round", "sixth round", ["negotiation"], D(2025, 6, 15), core=False)
d.V("On June 22, the United States joined in", "joined in", ["attack", "war"], D(2025, 6, 22), ["united states"])
d.V("Trump declared the sites", "declared", ["statement"], D(2025, 6), TR, core=False)
d.V("A ceasefire took hold on June 24.", "ceasefire", ["agreement"], D(2025, 6, 24))
d.V("At the height of the crisis, about 40,000", "were deployed", ["other", "support"], D(2025, 6), core=False)
d.V("In late August, the United Kingdom, France, and Germany triggered", "triggered", ["sanction"], R(D(2025, 8, 21), D(2025, 8, 31)), E3)
d.V("In late August, the United Kingdom, France, and Germany triggered", "returned", ["sanction"], D(2025, 9, 28))
d.V("\"We were negotiating when they bombed us,\"", "said in an interview last month", ["statement"], D(2025, 9), AR)
d.V("He added that Iran would \"never again\"", "added", ["statement"], D(2025, 9), AR, core=False)
d.V("Its fatal weakness was American, not Iranian", "abandon", ["withdrawal"], None, core=False)
d.save()
print(DOC, words(DOC), "words")
