import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h10 import write, HDoc, D, R

DOC = "ho10-explainer-iran-us-in-12-numbers"
PUB = "2025-07-14"  # a Monday
TEXT = """Ten years after the nuclear deal: Iran and the US in 12 numbers

The Ridgeway Post | Explainer
By Tamsin Achebe-Rowe
Monday, July 14, 2025

Ten years ago today, Iran and six world powers reached the Joint Comprehensive Plan of Action in Vienna. Three years later the United States walked away from it, and last month American bombers struck the sites it was meant to keep peaceful. Here is a troubled relationship in a dozen figures.

1. Almost 72 years
The time since the coup of 19 August 1953, in which the CIA and Britain's MI6 helped overthrow Prime Minister Mohammad Mosaddegh. In March 2000, Secretary of State Madeleine Albright acknowledged that the United States had played a "significant role" in his ouster.

2. 444 days
How long 52 Americans were held hostage after students seized the U.S. embassy in Tehran on 4 November 1979. They were released on 20 January 1981.

3. 45 years
The time without diplomatic relations. Washington broke off relations with Tehran on 7 April 1980 and has not restored them. Switzerland has represented American interests in Iran ever since.

4. 3.67 percent
The enrichment ceiling that the 2015 deal set for Iran, far below the roughly 90 percent used in weapons.

5. 300 kilograms
The cap on Iran's stockpile of low-enriched uranium under the deal. To get under it, Iran shipped about 11,000 kilograms of enriched uranium to Russia in December 2015.

6. $1.7 billion
What the United States paid Iran in January 2016 to settle a decades-old dispute over an arms purchase by the shah: $400 million in principal and about $1.3 billion in interest. The first $400 million was flown to Tehran in cash on the day four American prisoners were freed. Republican critics called it "ransom," which the Obama administration denied.

7. About 2.5 million barrels per day
Roughly what Iran exported in April 2018, the month before President Donald Trump withdrew from the deal. Under "maximum pressure," exports fell below 400,000 barrels per day at their low point in 2020.

8. About 90 percent
China's estimated share of Iran's crude exports in 2024, most of it bought by small independent refiners.

9. 408.6 kilograms
Iran's stock of uranium enriched up to 60 percent, according to the International Atomic Energy Agency's report of 31 May 2025, up from 274.8 kilograms in February. By the agency's yardstick, that is enough material for nine or ten weapons if enriched further.

10. 12 days
The length of the war that began with Israel's strikes on Iran on 13 June 2025 and ended with a ceasefire on 24 June. Iran fired more than 500 ballistic missiles at Israel, according to Israeli estimates.

11. 14 bunker-busters
The number of 30,000-pound GBU-57 bombs that seven American B-2 bombers dropped on Fordow and Natanz on 22 June, local time. President Trump said the sites had been "obliterated."

12. Five rounds
The indirect talks, mediated by Oman, that Iran and the United States held between 12 April and 23 May 2025. A sixth, set for 15 June in Muscat, was cancelled after the Israeli strikes began.
"""
write(DOC, "Ten years after the nuclear deal: Iran and the US in 12 numbers", "The Ridgeway Post", PUB, TEXT, author="Tamsin Achebe-Rowe")

d = HDoc(DOC, PUB)
d.Q("significant role", ["partial"], "Madeleine Albright", ["albright", "secretary of state"], D(2000, 3))
d.Q("ransom,", ["term", "partial"], None)
d.Q("maximum pressure,", ["term"], None, core=False)
d.Q("obliterated.", ["partial"], "Donald Trump", ["trump", "president"])

d.F("Ten years after", 10, ["year"], "duration", core=False)
d.F("Ten years ago today", 10, ["year"], "duration", core=False)
d.F("12 numbers", 12, ["number"], "count", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("Three years later", 3, ["year"], "duration", core=False)
d.F("a dozen figures", 12, ["figure"], "count", core=False)
d.F("Almost 72 years", 72, ["year"], "duration", "about", ["coup", "time since"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held", "how long"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("45 years", 45, ["year"], "duration", subject_any=["diplomatic relations", "relations", "without"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrichment", "ceiling"])
d.F("roughly 90 percent", 90, ["percent"], "percent", "about", ["weapon", "enrich"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["cap", "stockpile"])
d.F("about 11,000 kilograms", 11000, ["kilogram", "kg"], "measure", "about", ["enriched uranium", "uranium", "shipped"])
d.F("$1.7 billion", 1.7e9, ["usd"], "money", subject_any=["paid", "settle", "dispute", "united states"])
d.F("decades-old", None, ["decade"], "duration", "about", core=False)
d.F("$400 million", 4e8, ["usd"], "money", subject_any=["principal"])
d.F("about $1.3 billion", 1.3e9, ["usd"], "money", "about", ["interest"])
d.F("$400 million", 4e8, ["usd"], "money", subject_any=["cash", "flown", "first"], occ=1)
d.F("four American prisoners", 4, ["american prisoner", "prisoner"], "count", subject_any=["prisoner"])
d.F("About 2.5 million barrels per day", 2.5e6, ["barrel per day"], "measure", "about", ["export", "iran"])
d.F("below 400,000 barrels per day", 4e5, ["barrel per day"], "measure", "less_than", ["export"])
d.F("About 90 percent", 90, ["percent"], "percent", "about", ["china", "share", "crude export"])
d.F("408.6 kilograms", 408.6, ["kilogram", "kg"], "measure", subject_any=["stock", "uranium"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("274.8 kilograms", 274.8, ["kilogram", "kg"], "measure", subject_any=["stock", "uranium"])
d.F("nine or ten weapons", 9, ["weapon"], "count", subject_any=["weapon", "material"], value_max=10)
d.F("12 days", 12, ["day"], "duration", subject_any=["war", "length"])
d.F("more than 500 ballistic missiles", 500, ["ballistic missile", "missile"], "count", "more_than", ["missile", "iran"])
d.F("14 bunker-busters", 14, ["bunker-buster", "bomb"], "count", subject_any=["bomb", "bunker"])
d.F("30,000-pound", 30000, ["pound", "lb"], "measure", subject_any=["bomb", "gbu-57"])
d.F("seven American B-2 bombers", 7, ["american b-2 bomber", "b-2 bomber", "bomber"], "count", subject_any=["bomber", "b-2"])
d.F("Five rounds", 5, ["round"], "count", subject_any=["talks", "round"])

d.V("Ten years after the nuclear deal", "nuclear deal", ["agreement"], D(2015), core=False)
d.V("Ten years ago today, Iran and six world powers", "reached", ["agreement"], D(2015, 7, 14), ["iran", "six world powers"])
d.V("Three years later the United States walked away", "walked away", ["withdrawal"], D(2018), ["united states"])
d.V("Three years later the United States walked away", "struck", ["attack"], D(2025, 6), ["american", "united states", "bombers"])
d.V("The time since the coup of 19 August 1953", "overthrow", ["coup"], D(1953, 8, 19), ["cia", "central intelligence agency", "mi6", "britain"])
d.V("In March 2000, Secretary of State Madeleine Albright", "acknowledged", ["statement"], D(2000, 3), ["albright"])
d.V("How long 52 Americans were held hostage", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("They were released on 20 January 1981.", "released", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("Washington broke off relations", "broke off relations", ["other", "withdrawal"], D(1980, 4, 7), ["washington", "united states"])
d.V("Switzerland has represented", "has represented", ["other", "support"], None, ["switzerland"], core=False)
d.V("The enrichment ceiling that the 2015 deal set", "the 2015 deal", ["agreement"], D(2015), core=False)
d.V("Iran shipped about 11,000 kilograms", "shipped", ["other"], D(2015, 12), ["iran"])
d.V("What the United States paid Iran in January 2016", "paid", ["agreement", "other"], D(2016, 1), ["united states"])
d.V("The first $400 million was flown", "flown to Tehran", ["other"], D(2016, 1))
d.V("The first $400 million was flown", "were freed", ["other", "seizure", "agreement"], None)
d.V("Republican critics called it", "called", ["statement"], None, ["republican", "critics"], core=False)
d.V("Republican critics called it", "denied", ["statement"], None, ["obama", "administration"], core=False)
d.V("Roughly what Iran exported in April 2018", "withdrew", ["withdrawal"], D(2018, 5), ["trump"])
d.V("exports fell below 400,000", "maximum pressure", ["sanction"], None, core=False)
d.V("exports fell below 400,000", "exports fell", ["other"], D(2020), core=False)
d.V("according to the International Atomic Energy Agency's report of 31 May 2025", "report", ["disclosure", "statement"], D(2025, 5, 31), ["international atomic energy agency", "iaea", "agency"])
d.V("The length of the war that began", "war", ["war"], ("2025-06-13", "2025-06-24"), ["israel", "iran"])
d.V("The length of the war that began", "strikes", ["attack"], D(2025, 6, 13), ["israel"])
d.V("The length of the war that began", "ceasefire", ["agreement"], D(2025, 6, 24))
d.V("Iran fired more than 500", "fired", ["attack"], None, ["iran"])
d.V("The number of 30,000-pound GBU-57 bombs", "dropped", ["attack"], D(2025, 6, 22), ["b-2", "american", "united states", "bombers"])
d.V("President Trump said the sites had been", "said", ["statement"], None, ["trump"], core=False)
d.V("The indirect talks, mediated by Oman", "talks", ["negotiation"], ("2025-04-12", "2025-05-23"), ["iran", "united states"])
d.V("A sixth, set for 15 June in Muscat", "was cancelled", ["other", "negotiation"], None, core=False)
d.V("A sixth, set for 15 June in Muscat", "the Israeli strikes began", ["attack"], D(2025, 6, 13), ["israel"], core=False)
d.save()
