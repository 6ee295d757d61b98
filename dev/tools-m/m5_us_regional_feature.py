from m0 import FDoc, D, R, write, author, meta_note

DOC = "dev-m-us-regional-feature-hostage-anniversary-family"
PUB = "2024-11-04"  # a Monday
TEXT = """Forty-five years later, a family remembers the November that changed their street

Harrow Falls family recalls the hostage crisis, from a brick through the window to a flag on the porch

By Corinne Ashby-Navarro
Courier-Ledger staff writer

HARROW FALLS — Parvin Farahani-Dunn still keeps the brick.

It came through the front window of the family's house on Orchard Lane two days after Iranian students stormed the U.S. Embassy in Tehran 45 years ago this week, on Nov. 4, 1979. Her husband, Dr. Hossein Farahani, then a 34-year-old anesthesiologist at Mercy Valley Hospital, swept up the glass before their two daughters woke up.

"He told the girls the wind did it," Farahani-Dunn, now 78, said on Thursday at her kitchen table. "They didn't believe him. Children always know."

The students held 52 Americans for 444 days. For the Farahanis, one of a handful of Iranian families in Tri-County at the time, that November became the month when neighbors they had known for years stopped waving.

"Nobody said anything to our faces," recalled her daughter, Leila Farahani-Okonkwo, 52, of Westbury, who was 7 at the time. "But the day after the brick, three mothers pulled their kids out of my Brownie troop."

The family's story was not unusual. More than 56,000 Iranian students were enrolled at U.S. colleges in 1979, according to federal figures, and on Nov. 10 President Jimmy Carter ordered the Immigration and Naturalization Service to check the status of all of them. Two days later, he halted imports of Iranian oil, and on Nov. 14 he froze Iranian government assets in U.S. banks.

Hossein Farahani had his own memory of the United States and Iran. He was 8 when the CIA-backed coup of August 1953 removed Prime Minister Mohammad Mosaddegh, and he used to say his father never again trusted an American promise. "In our house, 1953 was not history. It was the reason for everything," Farahani-Okonkwo said.

The family waited out the crisis the way much of Harrow Falls did, in front of the television. When a rescue mission collapsed in the Iranian desert in April 1980, killing eight American servicemen, Farahani-Dunn said she cried for the soldiers' mothers. "People forget that we were afraid for the hostages, too," she said.

It was a neighbor, the late Walter Pruitt, who turned things around. The day after the rescue attempt failed, he hung an American flag on the Farahanis' porch and sat beside it all afternoon with a thermos of coffee. "Dad said if anybody wanted to throw something, they'd have to throw it at a Marine," said his son, Gary Pruitt, 66, who still lives two doors down.

The hostages were freed on Jan. 20, 1981, minutes after Ronald Reagan was sworn in, under the Algiers Accords signed the day before. Hossein Farahani died in 2016, a year after the nuclear deal between Iran and world powers that he hoped would let him visit his sister in Shiraz.

He did not live to see President Donald Trump pull the United States out of that agreement in May 2018. Farahani-Dunn has not been back to Iran since 1978.

At the Tri-County Historical Society, curator Meredith Sloane-Ruiz, 41, said the brick will go on display next spring as part of an exhibit on the region's immigrant families. "It is a small object, about 4 pounds, but it carries a whole year," she said.

Last week, Farahani-Dunn said, her granddaughter asked why the family still keeps it. "I told her: so we remember that trust breaks fast and comes back slowly," she said. "Like the window. It took us a week to replace the glass and 10 years to stop looking at it."
"""
write(DOC, "Forty-five years later, a family remembers the November that changed their street",
      "The Tri-County Courier-Ledger (fictional; US regional newspaper style imitation)", PUB, TEXT)
author(DOC, "Corinne Ashby-Navarro")
meta_note(DOC, "US regional newspaper feature, style imitation; the town of Harrow Falls, the family, the neighbours, the hospital, the historical society and the brick are invented; historical facts of 1953 and 1979-1981 are real")

d = FDoc(DOC, PUB)
PAR = ["farahani-dunn", "parvin"]
LEI = ["okonkwo", "leila"]
THU = D(2024, 10, 31)
RESCUE_NEXT = ("1980-04-25", "1980-04-26")
# quotes
d.Q("He told the girls the wind did it,", ["direct"], "Parvin Farahani-Dunn", PAR, THU)
d.Q("They didn't believe him. Children always know.", ["direct"], "Parvin Farahani-Dunn", PAR, THU)
d.Q("Nobody said anything to our faces,", ["direct"], "Leila Farahani-Okonkwo", LEI, None)
d.Q("But the day after the brick, three mothers pulled their kids out of my Brownie troop.", ["direct"], "Leila Farahani-Okonkwo", LEI, None)
d.Q("In our house, 1953 was not history. It was the reason for everything,", ["direct"], "Leila Farahani-Okonkwo", LEI, None)
d.Q("People forget that we were afraid for the hostages, too,", ["direct"], "Parvin Farahani-Dunn", PAR, None)
d.Q("Dad said if anybody wanted to throw something, they'd have to throw it at a Marine,", ["direct"], "Gary Pruitt", ["pruitt"], None)
d.Q("It is a small object, about 4 pounds, but it carries a whole year,", ["direct"], "Meredith Sloane-Ruiz", ["sloane"], None)
d.Q("I told her: so we remember that trust breaks fast and comes back slowly,", ["direct"], "Parvin Farahani-Dunn", PAR, None)
d.Q("Like the window. It took us a week to replace the glass and 10 years to stop looking at it.", ["direct"], "Parvin Farahani-Dunn", PAR, None)
# figures
d.F("Forty-five years later", 45, ["year"], "duration", core=False)
d.F("two days after", 2, ["day"], "duration", core=False)
d.F("45 years ago this week", 45, ["year"], "duration", core=False)
d.F("34-year-old", 34, ["year"], "duration", core=False)
d.F("two daughters", 2, ["daughter"], "count", subject_any=["daughter"])
d.F("78", 78, ["year"], "duration", ctx=("now 78,",), core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "day", "hostage"])
d.F("a handful of Iranian families", None, ["family", "iranian family"], "count", "about", core=False)
d.F("52", 52, ["year"], "duration", ctx=("Farahani-Okonkwo, 52,",), core=False)
d.F("7", 7, ["year"], "duration", ctx=("who was 7 at the time",), core=False)
d.F("three mothers", 3, ["mother"], "count", subject_any=["mother"])
d.F("More than 56,000 Iranian students", 56000, ["student", "iranian student"], "count", "more_than", ["student"])
d.F("Two days later", 2, ["day"], "duration", core=False)
d.F("8", 8, ["year"], "duration", ctx=("He was 8 when",), core=False)
d.F("eight American servicemen", 8, ["serviceman", "american serviceman"], "count", subject_any=["servicem", "killed"])
d.F("66", 66, ["year"], "duration", ctx=("Pruitt, 66,",), core=False)
d.F("two doors down", 2, ["door"], "count", core=False)
d.F("a year after", 1, ["year"], "duration", core=False)
d.F("41", 41, ["year"], "duration", ctx=("Sloane-Ruiz, 41,",), core=False)
d.F("about 4 pounds", 4, ["pound", "lb"], "measure", "about", ["object", "brick"])
d.F("a whole year", 1, ["year"], "duration", core=False)
d.F("a week", 1, ["week"], "duration", subject_any=["glass", "replace"], ctx=("It took us a week to replace",))
d.F("10 years", 10, ["year"], "duration", subject_any=["looking", "stop"])
# events
d.EV("It came through the front window", ["attack", "other"], D(1979, 11, 6), [])
d.EV("Iranian students stormed the U.S. Embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("said on Thursday at her kitchen table", ["statement"], THU, PAR, core=False)
d.EV("The students held 52 Americans", ["seizure"], ("1979-11-04", "1981-01-20"), ["student"], core=False)
d.EV("stopped waving", ["other"], D(1979, 11), [], core=False)
d.EV("recalled her daughter", ["statement"], None, LEI, core=False)
d.EV("three mothers pulled their kids out", ["other"], D(1979, 11, 7), ["mother"])
d.EV("President Jimmy Carter ordered", ["legislation", "other", "sanction"], D(1979, 11, 10), ["carter"])
d.EV("he halted imports of Iranian oil", ["sanction"], D(1979, 11, 12), ["carter"])
d.EV("he froze Iranian government assets", ["sanction"], D(1979, 11, 14), ["carter"])
d.EV("coup of August 1953 removed", ["coup"], D(1953, 8), ["cia", "central intelligence agency"])
d.EV("Farahani-Okonkwo said.", ["statement"], None, LEI, core=False)
d.EV("a rescue mission collapsed", ["other", "attack"], D(1980, 4), [])
d.EV("Farahani-Dunn said she cried", ["statement"], None, PAR, core=False)
d.EV('too," she said', ["statement"], None, PAR, core=False)
d.EV("he hung an American flag", ["support", "other"], RESCUE_NEXT, ["pruitt"])
d.EV("said his son, Gary Pruitt", ["statement"], None, ["pruitt"], core=False)
d.EV("The hostages were freed", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("Algiers Accords signed the day before", ["agreement"], D(1981, 1, 19), [])
d.EV("Hossein Farahani died in 2016", ["other"], D(2016), [])
d.EV("the nuclear deal between Iran and world powers", ["agreement"], D(2015), ["iran"], core=False)
d.EV("pull the United States out of that agreement", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("the brick will go on display next spring", ["other"], ("2025-03-01", "2025-06-30"), [], core=False)
d.EV('whole year," she said', ["statement"], None, ["sloane"], core=False)
d.EV("her granddaughter asked", ["statement", "other"], ("2024-10-28", "2024-11-03"), [], core=False)
d.EV('slowly," she said', ["statement"], None, PAR, core=False)
d.save()
