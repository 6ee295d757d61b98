from k0 import FDoc, D, R, write, author

DOC = "dev-k-magazine-cover-story-ten-minutes-from-war"
PUB = "2019-06-27"  # a Thursday (on sale; the issue is dated July 8)
TEXT = """COVER STORY

Ten Minutes From War

How a downed drone, a called-off strike and forty years of suspicion brought Washington and Tehran to the edge, and why neither side believes the other has stepped back for good

By Eleanor Vashti-Brooke
Issue dated July 8, 2019

At about 4 a.m. local time on Thursday, June 20, an Iranian surface-to-air missile struck an American RQ-4A Global Hawk surveillance drone near the Strait of Hormuz. By that evening in Washington, warplanes were in the air and ships were in position for retaliatory strikes on three Iranian sites. Then, with the operation already under way, President Donald Trump called it off.

"We were cocked and loaded," the president wrote the next morning, explaining that he had asked how many people would die and been told about 150. A strike, he decided, would not be "proportionate" to the loss of an unmanned aircraft.

"We were cocked and loaded." — Donald Trump

The decision was greeted with relief in European capitals and with something close to disbelief in Tehran. "The Americans want us to think they are merciful," a senior official at Iran's Supreme National Security Council told a Tehran newspaper on Saturday. "We think they counted the cost and did not like it."

On the day of the shootdown, the commander of the Islamic Revolutionary Guard Corps, Maj. Gen. Hossein Salami, said the downing had sent "a clear message" and that Iran's borders were its "red line."

None of this came from nowhere. On May 8, exactly a year after Trump pulled the United States out of the 2015 nuclear deal, Iran said it would stop honoring some of its limits. Days later, four tankers were damaged by explosions off the Emirati port of Fujairah, and on June 13 two more were hit in the Gulf of Oman. Washington blamed Iran for both attacks; Tehran denied any role. On June 17 Iran's Atomic Energy Organization said the country would exceed the deal's 300-kilogram limit on enriched uranium within 10 days.

"Both governments are reading each other through 1953 and 1979, and through 1988," said Marcus Whitby-Achterberg, a retired Royal Navy officer who now directs the Halden Forum on Maritime Security in Oslo. In April 1988, he reminded me, the U.S. Navy sank or crippled six Iranian vessels and destroyed two oil platforms in a single day, after an American frigate hit an Iranian mine. Three months later the cruiser Vincennes shot down Iran Air Flight 655, killing all 290 aboard.

"Both governments are reading each other through 1953 and 1979, and through 1988." — Marcus Whitby-Achterberg

Iranian officials say the list begins earlier. "You cannot ask a country to trust the people who removed its prime minister," Foreign Minister Mohammad Javad Zarif told a group of American editors in New York in April, referring to the CIA-backed coup that ousted Mohammad Mosaddegh in August 1953. Americans, for their part, point to the 52 diplomats and citizens held hostage after students seized the embassy in November 1979.

A senior Pentagon official, who asked not to be named discussing planning, said the called-off strike had been "the closest we have come to a shooting war with Iran in thirty years." On Monday, instead of missiles, the administration reached for sanctions: Trump signed an executive order targeting Ayatollah Ali Khamenei and his office, and Treasury Secretary Steven Mnuchin said "billions" of dollars in Iranian assets would be frozen.

Iran's reply came within hours. Foreign Ministry spokesman Abbas Mousavi said on Tuesday that the measures meant "the permanent closure of the path of diplomacy" with Washington.

What happens next may depend less on either capital's intentions than on a mistake. "Everyone out there is nervous, everyone is armed, and nobody has a phone number for the other side," said a former Iranian naval officer who now lives in Hamburg and asked that his name not be used. "In 1988 that was enough."

"Nobody has a phone number for the other side." — a former Iranian naval officer
"""
write(DOC, "Ten Minutes From War", "The Halcyon Review (fictional weekly magazine)", PUB, TEXT)
author(DOC, "Eleanor Vashti-Brooke")

d = FDoc(DOC, PUB)
J20, J21, J22, J24, J25 = (D(2019, 6, x) for x in (20, 21, 22, 24, 25))
# quotes
d.Q("We were cocked and loaded,", ["direct", "partial"], "Donald Trump", ["trump", "president"], J21)
d.Q("proportionate", ["partial"], "Donald Trump", ["trump", "president"], J21)
d.Q("We were cocked and loaded.", ["direct", "partial"], "Donald Trump", ["trump"], J21, core=False)  # pull quote
d.Q("The Americans want us to think they are merciful,", ["direct"], None, [], J22)
d.Q("We think they counted the cost and did not like it.", ["direct"], None, [], J22)
d.Q("a clear message", ["partial"], "Hossein Salami", ["salami"], J20)
d.Q("red line.", ["partial", "term"], "Hossein Salami", ["salami"], J20)
d.Q("Both governments are reading each other through 1953 and 1979, and through 1988,", ["direct"], "Marcus Whitby-Achterberg", ["whitby"], None)
d.Q("Both governments are reading each other through 1953 and 1979, and through 1988.", ["direct"], "Marcus Whitby-Achterberg", ["whitby"], None, core=False)  # pull quote
d.Q("You cannot ask a country to trust the people who removed its prime minister,", ["direct"], "Mohammad Javad Zarif", ["zarif"], D(2019, 4))
d.Q("the closest we have come to a shooting war with Iran in thirty years.", ["partial"], None, [], None)
d.Q("billions", ["partial"], "Steven Mnuchin", ["mnuchin"], J24)
d.Q("the permanent closure of the path of diplomacy", ["partial"], "Abbas Mousavi", ["mousavi"], J25)
d.Q("Everyone out there is nervous, everyone is armed, and nobody has a phone number for the other side,", ["direct"], None, [], None)
d.Q("In 1988 that was enough.", ["direct"], None, [], None)
d.Q("Nobody has a phone number for the other side.", ["direct", "partial"], None, [], None, core=False)  # pull quote
# figures
d.F("Ten Minutes", 10, ["minute"], "duration", core=False)  # title: a time before the strike
d.F("forty years", 40, ["year"], "duration", subject_any=["suspicion"])
d.F("three Iranian sites", 3, ["iranian site", "site"], "count", subject_any=["site", "strike"])
d.F("about 150", 150, ["people", "person"], "count", "about", ["people", "die"])
d.F("exactly a year after", 1, ["year"], "duration", core=False)
d.F("Days later", None, ["day"], "duration", "about", core=False)
d.F("four tankers", 4, ["tanker"], "count", subject_any=["tanker"])
d.F("two more", 2, ["tanker"], "count", subject_any=["tanker", "hit"])
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["limit", "uranium"])
d.F("within 10 days", 10, ["day"], "duration", "at_most", core=False)
d.F("six Iranian vessels", 6, ["iranian vessel", "vessel"], "count", subject_any=["vessel"])
d.F("two oil platforms", 2, ["oil platform", "platform"], "count", subject_any=["platform"])
d.F("a single day", 1, ["day"], "duration", core=False)
d.F("Three months later", 3, ["month"], "duration", core=False)
d.F("290", 290, ["people", "person"], "count", subject_any=["aboard", "killing", "flight"], ctx=("killing all 290 aboard",))
d.F("the 52 diplomats and citizens", 52, ["diplomat", "american"], "count", subject_any=["diplomat", "hostage", "citizen"])
d.F("thirty years", 30, ["year"], "duration", subject_any=["shooting war", "war"])
d.F("billions", None, ["usd"], "money", "about", core=False)
d.F("within hours", None, ["hour"], "duration", "about", core=False)
# events
d.EV("an Iranian surface-to-air missile struck", ["attack"], J20, ["iran"])
d.EV("President Donald Trump called it off", ["other", "attack"], J20, ["trump"])
d.EV("the president wrote the next morning", ["statement"], J21, ["trump"], core=False)
d.EV("told a Tehran newspaper on Saturday", ["statement"], J22, [], core=False)
d.EV("Maj. Gen. Hossein Salami, said", ["statement"], J20, ["salami"])
d.EV("Iran said it would stop honoring", ["withdrawal", "statement"], D(2019, 5, 8), ["iran"])
d.EV("Trump pulled the United States out of the 2015 nuclear deal", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("four tankers were damaged by explosions", ["attack"], D(2019, 5), [])
d.EV("on June 13 two more were hit", ["attack"], D(2019, 6, 13), [])
d.EV("Washington blamed Iran", ["statement"], None, ["washington", "united states"], core=False)
d.EV("Tehran denied any role", ["statement"], None, ["tehran", "iran"], core=False)
d.EV("On June 17 Iran's Atomic Energy Organization said", ["statement", "threat"], D(2019, 6, 17), ["atomic energy"])
d.EV("said Marcus Whitby-Achterberg", ["statement"], None, ["whitby"], core=False)
d.EV("the U.S. Navy sank or crippled six Iranian vessels", ["attack"], D(1988, 4), ["navy", "united states"])
d.EV("an American frigate hit an Iranian mine", ["attack", "other"], D(1988, 4), [])
d.EV("Three months later the cruiser Vincennes shot down", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.EV("Iranian officials say the list begins earlier", ["statement"], None, ["iran"], core=False)
d.EV("told a group of American editors in New York in April", ["statement"], D(2019, 4), ["zarif"], core=False)
d.EV("the CIA-backed coup that ousted Mohammad Mosaddegh in August 1953", ["coup"], D(1953, 8), ["cia", "central intelligence agency"])
d.EV("students seized the embassy in November 1979", ["seizure"], D(1979, 11), ["student"])
d.EV("A senior Pentagon official", ["statement"], None, [], core=False)
d.EV("Trump signed an executive order targeting Ayatollah Ali Khamenei", ["sanction", "legislation"], J24, ["trump"])
d.EV("Treasury Secretary Steven Mnuchin said", ["statement"], J24, ["mnuchin"], core=False)
d.EV("Iran's reply came within hours", ["statement"], R(J24, J25), ["iran"], core=False)
d.EV("Abbas Mousavi said on Tuesday", ["statement"], J25, ["mousavi"])
d.EV("said a former Iranian naval officer", ["statement"], None, [], core=False)
d.save()
