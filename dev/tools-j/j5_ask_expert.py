from mk import write
from fx import FDoc, D, R

DOC = "dev-j-ask-expert-prisoner-swap-old-grudge"
PUB = "2023-09-20"  # a Wednesday
TEXT = """ASK THE EXPERT
Your questions on Iran and America, answered

This week: the prisoner exchange, the $6 billion and a very old grudge. Our expert is Dr. Corinne Abernethy-Rad, who teaches the history of U.S.-Iranian relations at Halvorsen College and is the author of two books on the hostage crisis. Questions have been edited for length.

_Q: Five Americans came home this week in exchange for $6 billion. Isn't that just ransom? (Gloria T., Dayton, Ohio)_

A: Not in the usual sense, though I understand why it looks that way. The money is Iran's own: payments that South Korean refiners owed for Iranian oil, frozen in Seoul after Washington ended its sanctions waivers in May 2019. On Monday it was moved to banks in Qatar, and under the arrangement Iran can draw on it only for food, medicine and other humanitarian goods, with Qatari officials checking every purchase. The same day, the five Americans, among them Siamak Namazi, who had been held for nearly eight years, flew from Tehran to Doha, and five Iranians held or charged in the United States were granted clemency. President Joe Biden said in a statement on Monday that the five were "coming home at last" and in the same statement announced new sanctions on former President Mahmoud Ahmadinejad and Iran's Ministry of Intelligence. Critics in Congress were less kind. "Every dictator now knows the price of an American passport," one Republican senator wrote on social media.

_Q: Has anything like this happened before? (Marcus O., Bristol, England)_

A: Several times, and each time both sides came away suspicious. The model is the Algiers Accords, signed on January 19, 1981, which ended the embassy crisis. Fifty-two Americans had been held for 444 days, and they were freed the next day, minutes after Ronald Reagan was sworn in. Then on January 16, 2016, the day the nuclear deal took effect, Iran released four Americans, including the Washington Post reporter Jason Rezaian, and Washington granted clemency to seven Iranians. The next day the Obama administration disclosed that it had also settled an arms claim dating from the Shah's era for $1.7 billion, including $400 million in cash that was flown to Tehran. Republicans called it ransom then, too. Obama said on January 17 that the payment was "not a gift" but Iran's own money returned with interest.

_Q: My Iranian-American neighbour says "you can't trust Washington." Where does that come from? (Priya S., Fresno, California)_

A: From a long list, and at the top of it is August 1953, when the CIA and British intelligence organised the coup that overthrew Prime Minister Mohammad Mosaddegh. Add American support for Iraq during the 1980-88 war, and the shooting down of Iran Air Flight 655 by the USS Vincennes on July 3, 1988, which killed all 290 people on board, 66 of them children. Then, in May 2018, Donald Trump walked away from a nuclear deal that international inspectors said Iran was keeping. President Ebrahim Raisi made the same case at the United Nations on Tuesday, telling the General Assembly that America had "broken its word" and could not expect Iran to "trust the same signature again."

Americans keep their own list. It starts with the seizure of the embassy on November 4, 1979. It includes the bombing of the Marine barracks in Beirut in October 1983 by Hezbollah, a group Iran helped create, which killed 241 American servicemen. The State Department has listed Iran as a state sponsor of terrorism since January 1984.

_Q: Does this mean a new nuclear deal is coming? (Ed and Ruth K., Tucson, Arizona)_

A: I doubt it, at least before the American election next year. The 2015 agreement capped Iran's enrichment at 3.67 percent. The International Atomic Energy Agency reported this month that Iran now holds about 121.6 kilograms of uranium enriched to 60 percent, a short step from weapons grade. On Saturday Iran withdrew the accreditation of several of the agency's most experienced inspectors, and the agency's director general, Rafael Grossi, condemned the decision the same day as "a serious blow" to its work. Both governments insist the exchange was a humanitarian matter and nothing more. Still, every one of these swaps began with a few months of quiet talks in Oman. Watch Muscat.

Have a question about Iran? Write to Ask the Expert, The Marlow Standard.
"""
write(DOC, "Ask the Expert: Your questions on Iran and America, answered", "The Marlow Standard (fictional)", PUB, TEXT)
from metaj import author
author(DOC, "Corinne Abernethy-Rad")

d = FDoc(DOC, PUB)
T = D(2023, 9, 20)
MON, TUE, SAT = D(2023, 9, 18), D(2023, 9, 19), D(2023, 9, 16)
THISWEEK = ("2023-09-18", "2023-09-20")
# quotes
d.Q("coming home at last", ["partial"], "Joe Biden", ["biden"], MON)
d.Q("Every dictator now knows the price of an American passport,", ["direct"], None, [], None)
d.Q("not a gift", ["partial"], "Barack Obama", ["obama"], D(2016, 1, 17))
d.Q("you can't trust Washington.", ["direct", "partial"], None, [], None)
d.Q("broken its word", ["partial"], "Ebrahim Raisi", ["raisi"], TUE)
d.Q("trust the same signature again.", ["partial"], "Ebrahim Raisi", ["raisi"], TUE)
d.Q("a serious blow", ["partial"], "Rafael Grossi", ["grossi", "director general"], SAT)
# figures
d.F("$6 billion", 6e9, ["usd"], "money", subject_any=["exchange", "money", "fund"], occ=0)
d.F("two books", 2, ["book"], "count", subject_any=["book"])
d.F("Five Americans", 5, ["american"], "count", subject_any=["american"])
d.F("$6 billion", 6e9, ["usd"], "money", subject_any=["exchange", "ransom", "money"], occ=1)
d.F("the five Americans", 5, ["american"], "count", subject_any=["american"], core=False)
d.F("nearly eight years", 8, ["year"], "duration", "about", ["namazi", "held"])
d.F("five Iranians", 5, ["iranian"], "count", subject_any=["iranian", "clemency"])
d.F("the five were", 5, ["american"], "count", core=False)
d.F("Several times", None, ["time"], "count", "about", core=False)
d.F("Fifty-two Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("minutes after", None, ["minute"], "duration", "about", core=False)
d.F("four Americans", 4, ["american"], "count", subject_any=["american"])
d.F("seven Iranians", 7, ["iranian"], "count", subject_any=["iranian", "clemency"])
d.F("$1.7 billion", 1.7e9, ["usd"], "money", subject_any=["claim", "settle", "arms"])
d.F("$400 million", 4e8, ["usd"], "money", subject_any=["cash"])
d.F("290 people", 290, ["people", "person"], "count", subject_any=["people", "on board", "killed"])
d.F("66", 66, ["child", "children"], "count", subject_any=["children"], ctx=("66 of them children",))
d.F("241 American servicemen", 241, ["american serviceman", "serviceman"], "count", subject_any=["servicem", "barracks", "killed"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrichment", "cap"])
d.F("about 121.6 kilograms", 121.6, ["kilogram", "kg"], "measure", "about", ["uranium", "iran"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("several of the agency's most experienced inspectors", None, ["inspector"], "count", "about", core=False)
d.F("a few months", None, ["month"], "duration", "about", core=False)
# events
d.EV("Five Americans came home this week", ["other", "seizure", "agreement"], THISWEEK, ["american"], core=False)
d.EV("frozen in Seoul", ["sanction"], None, [], core=False)
d.EV("Washington ended its sanctions waivers in May 2019", ["sanction"], D(2019, 5), ["washington", "united states"])
d.EV("On Monday it was moved to banks in Qatar", ["other", "agreement"], MON, [])
d.EV("flew from Tehran to Doha", ["other", "seizure", "agreement"], MON, [])
d.EV("who had been held for nearly eight years", ["seizure"], ("2015-09-18", "2023-09-18"), [], core=False)
d.EV("were granted clemency", ["other", "agreement"], MON, [])
d.EV("President Joe Biden said in a statement on Monday", ["statement"], MON, ["biden"])
d.EV("announced new sanctions on former President Mahmoud Ahmadinejad", ["sanction", "designation"], MON, ["biden"])
d.EV("one Republican senator wrote on social media", ["statement"], None, ["senator"], core=False)
d.EV("The model is the Algiers Accords, signed on January 19, 1981", ["agreement"], D(1981, 1, 19), [])
d.EV("Fifty-two Americans had been held for 444 days", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.EV("they were freed the next day", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("the day the nuclear deal took effect", ["agreement", "other"], D(2016, 1, 16), [], core=False)
d.EV("Iran released four Americans", ["other", "seizure", "agreement"], D(2016, 1, 16), ["iran"])
d.EV("Washington granted clemency to seven Iranians", ["other", "agreement"], D(2016, 1, 16), ["washington", "united states", "obama"])
d.EV("The next day the Obama administration disclosed", ["disclosure", "statement"], D(2016, 1, 17), ["obama"])
d.EV("had also settled an arms claim", ["agreement"], None, ["obama", "united states"], core=False)
d.EV("$400 million in cash that was flown to Tehran", ["other"], None, [], core=False)
d.EV("Republicans called it ransom then, too", ["statement"], D(2016, 1), ["republican"], core=False)
d.EV("Obama said on January 17", ["statement"], D(2016, 1, 17), ["obama"])
d.EV("organised the coup that overthrew Prime Minister Mohammad Mosaddegh", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.EV("Add American support for Iraq", ["support"], R(D(1980), D(1988)), ["america", "united states"])
d.EV("the shooting down of Iran Air Flight 655 by the USS Vincennes on July 3, 1988", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.EV("Donald Trump walked away from a nuclear deal", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("international inspectors said Iran was keeping", ["statement"], None, ["inspector"], core=False)
d.EV("President Ebrahim Raisi made the same case at the United Nations on Tuesday", ["statement"], TUE, ["raisi"])
d.EV("It starts with the seizure of the embassy on November 4, 1979", ["seizure"], D(1979, 11, 4), [])
d.EV("the bombing of the Marine barracks in Beirut in October 1983", ["attack"], D(1983, 10), ["hezbollah"])
d.EV("a group Iran helped create", ["support"], None, ["iran"], core=False)
d.EV("has listed Iran as a state sponsor of terrorism since January 1984", ["designation"], R(D(1984, 1), T), ["state department", "united states"])
d.EV("before the American election next year", ["other"], D(2024), [], core=False)
d.EV("The 2015 agreement capped", ["agreement"], D(2015), [], core=False)
d.EV("The International Atomic Energy Agency reported this month", ["statement", "disclosure"], D(2023, 9), ["atomic energy agency", "iaea"])
d.EV("On Saturday Iran withdrew the accreditation", ["other", "withdrawal", "sanction"], SAT, ["iran"])
d.EV("Rafael Grossi, condemned the decision the same day", ["statement"], SAT, ["grossi"])
d.EV("Both governments insist", ["statement"], None, ["government"], core=False)
d.EV("every one of these swaps began with a few months of quiet talks in Oman", ["negotiation"], None, [], core=False)
d.save()
