from mk import write
from ann import Doc, D, R

DOC = "ho8-photo-gallery-seven-decades-iran-us"
PUB = "2025-11-04"
TEXT = """THE LAKESHORE POST
Photo gallery | World

In pictures: Iran and the United States, from the 1953 coup to the bunker-busters

By the Lakeshore Post photo desk
November 4, 2025

Few relationships have been photographed as often, or read as differently in each capital, as the one between Iran and the United States. Published on the anniversary of the 1979 embassy seizure, the images below, drawn from news agencies and private archives, follow more than seven decades of a relationship that has swung between alliance and open hostility.

1 of 12
Tanks guard the approach to Prime Minister Mohammad Mosaddegh's residence in Tehran on Aug. 19, 1953, the day army units and street crowds backed by the CIA and British intelligence overthrow his government. A newsreel of the time calls the coup "a popular uprising against a stubborn old man." (Photo: Archive/Northlight Images)

2 of 12
President Jimmy Carter and Shah Mohammad Reza Pahlavi stand on the South Lawn of the White House on Nov. 15, 1977, as police fire tear gas at protesters nearby and the fumes drift across the ceremony. Carter jokes the next day that the Shah "certainly knows how to draw a crowd." (Photo: Leonard Quist/Capitol Wire Images)

3 of 12
Ayatollah Ruhollah Khomeini steps off a chartered Air France jet at Mehrabad Airport on Feb. 1, 1979, ending 14 years in exile. About 120 journalists and aides traveled with him from Paris, and crowds estimated in the millions line the route into the city. (Photo: Claude Berthier/Agence Lumiere)

4 of 12
A blindfolded American hostage is paraded by his captors outside the U.S. Embassy in Tehran on Nov. 9, 1979, five days after students seized the compound. A banner on the wall behind them reads "Death to America." (Photo: Archive/Northlight Images)

5 of 12
The burned-out wreckage of a U.S. helicopter lies in the desert of eastern Iran on April 26, 1980, two days after the failed rescue mission known as Operation Eagle Claw, in which eight U.S. servicemen died. (Photo: Reza Kamali/Persepolis Press Archive)

6 of 12
Freed hostages wave from the steps of a plane at Rhein-Main Air Base in West Germany on Jan. 21, 1981, a day after their release ended 444 days in captivity. (Photo: Dieter Hollmann/Capitol Wire Images)

7 of 12
Mourners in Bandar Abbas carry coffins on July 6, 1988, three days after the cruiser USS Vincennes shot down Iran Air Flight 655 over the Gulf, killing all 290 people on board, among them 66 children. President Ronald Reagan had called the downing "a terrible human tragedy," but Washington never formally apologized. (Photo: Ali Moshiri/Persepolis Press Archive)

8 of 12
Secretary of State John Kerry and Foreign Minister Mohammad Javad Zarif pose for photographers in Vienna on July 14, 2015, after Iran and six world powers reach the nuclear agreement. Zarif tells reporters the deal is "a win for both sides, even if it is not a perfect one." (Photo: Martina Gruber/Danube Press)

9 of 12
President Donald Trump holds up a signed memorandum at the White House on May 8, 2018, after announcing that the United States will withdraw from the nuclear deal, which he calls "a horrible one-sided deal." Sanctions return after wind-down periods of 90 and 180 days. (Photo: Leonard Quist/Capitol Wire Images)

10 of 12
Mourners crowd around the coffin of Maj. Gen. Qasem Soleimani in Tehran on Jan. 6, 2020, three days after he was killed by a U.S. drone strike at Baghdad airport. Supreme Leader Ali Khamenei, who vowed "severe revenge" on the day of the killing, weeps as he leads the funeral prayers. (Photo: Hamid Sarrafi/Persepolis Press Archive)

11 of 12
A satellite image shows the Fordow enrichment site on June 24, 2025, two days after U.S. B-2 bombers struck it and the Natanz site with 14 bunker-busting bombs weighing 30,000 pounds each. Trump said the sites had been "obliterated." (Photo: satellite image courtesy of OrbitView Analytics)

12 of 12
Iranians march past the former U.S. Embassy compound in Tehran on Tuesday, 13 Aban in the Iranian calendar, to mark the anniversary of its seizure. Organizers said thousands took part. A banner quotes Khomeini: "America cannot do a damn thing." (Photo: Farzaneh Rahimi/Persepolis Press)
"""
write(DOC, "In pictures: Iran and the United States, from the 1953 coup to the bunker-busters", "The Lakeshore Post", PUB, TEXT)

d = Doc(DOC, PUB)
TODAY = D(2025, 11, 4)
# quotes
d.Q("a popular uprising against a stubborn old man.", ["direct", "partial"], None, said=D(1953))
d.Q("certainly knows how to draw a crowd.", ["partial"], "Jimmy Carter", ["carter"], D(1977, 11, 16))
d.Q("Death to America.", ["term", "direct"], None)
d.Q("a terrible human tragedy,", ["partial"], "Ronald Reagan", ["reagan"], R(D(1988, 7, 3), D(1988, 7, 6)))
d.Q("a win for both sides, even if it is not a perfect one.", ["partial"], "Mohammad Javad Zarif", ["zarif"], D(2015, 7, 14))
d.Q("a horrible one-sided deal.", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("severe revenge", ["partial"], "Ali Khamenei", ["khamenei", "supreme leader"], D(2020, 1, 3))
d.Q("obliterated.", ["partial"], "Donald Trump", ["trump"], R(D(2025, 6, 21), D(2025, 6, 24)))
d.Q("America cannot do a damn thing.", ["direct", "term"], "Ruhollah Khomeini", ["khomeini"], core=False)
# figures
d.F("more than seven decades", 70, ["year"], "duration", "more_than", ["relationship", "image"])
d.F("14 years", 14, ["year"], "duration", subject_any=["exile", "khomeini"])
d.F("About 120 journalists and aides", 120, ["journalist", "journalist and aide"], "count", "about", ["journalist"])
d.F("crowds estimated in the millions", 1e6, ["people", "person"], "count", "about", core=False)
d.F("five days after", 5, ["day"], "duration", core=False)
d.F("two days after", 2, ["day"], "duration", core=False)
d.F("eight U.S. servicemen", 8, ["u.s. serviceman", "serviceman"], "count", subject_any=["servicem", "died", "rescue"])
d.F("a day after", 1, ["day"], "duration", core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["captivity", "hostage"])
d.F("three days after", 3, ["day"], "duration", core=False)
d.F("290 people", 290, ["people", "person"], "count", subject_any=["people", "board", "flight", "killed"])
d.F("66 children", 66, ["child"], "count", subject_any=["child"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("90", 90, ["day"], "duration", subject_any=["wind-down", "period"], ctx=("wind-down periods of 90 and 180 days",))
d.F("180 days", 180, ["day"], "duration", subject_any=["wind-down", "period"])
d.F("three days after", 3, ["day"], "duration", core=False, occ=1)
d.F("two days after", 2, ["day"], "duration", core=False, occ=1)
d.F("14 bunker-busting bombs", 14, ["bunker-busting bomb", "bomb"], "count", subject_any=["bomb"])
d.F("30,000 pounds", 30000, ["pound", "lb"], "measure", subject_any=["bomb", "weigh"])
d.F("thousands", 1000, ["people", "person"], "count", "about", core=False)
# events
d.E("Tanks guard the approach to Prime Minister Mohammad Mosaddegh's residence in Tehran on Aug. 19, 1953, the day army units and street crowds backed by the CIA and British intelligence overthrow his government.",
    "overthrow", ["coup"], D(1953, 8, 19), ["army", "crowd", "cia", "central intelligence agency"])
d.E("President Jimmy Carter and Shah Mohammad Reza Pahlavi stand on the South Lawn of the White House on Nov. 15, 1977, as police fire tear gas at protesters nearby and the fumes drift across the ceremony.",
    "fire tear gas", ["other", "attack"], D(1977, 11, 15), ["police"])
d.E("Carter jokes the next day that the Shah \"certainly knows how to draw a crowd.\"", "jokes", ["statement"], D(1977, 11, 16), ["carter"])
d.E("Ayatollah Ruhollah Khomeini steps off a chartered Air France jet at Mehrabad Airport on Feb. 1, 1979, ending 14 years in exile.", "steps off", ["leadership_change", "revolution", "other"], D(1979, 2, 1), ["khomeini"])
s = "A blindfolded American hostage is paraded by his captors outside the U.S. Embassy in Tehran on Nov. 9, 1979, five days after students seized the compound."
d.E(s, "is paraded", ["seizure", "other"], D(1979, 11, 9), ["captor", "student"])
d.E(s, "seized", ["seizure"], D(1979, 11, 4), ["student"], core=False)
d.E("The burned-out wreckage of a U.S. helicopter lies in the desert of eastern Iran on April 26, 1980, two days after the failed rescue mission known as Operation Eagle Claw, in which eight U.S. servicemen died.",
    "rescue mission", ["attack", "other"], D(1980, 4, 24), ["united states", "u.s."])
s = "Freed hostages wave from the steps of a plane at Rhein-Main Air Base in West Germany on Jan. 21, 1981, a day after their release ended 444 days in captivity."
d.E(s, "wave", ["other"], D(1981, 1, 21), ["hostage"], core=False)
d.E(s, "release", ["other", "agreement"], D(1981, 1, 20))
s = "Mourners in Bandar Abbas carry coffins on July 6, 1988, three days after the cruiser USS Vincennes shot down Iran Air Flight 655 over the Gulf, killing all 290 people on board, among them 66 children."
d.E(s, "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states", "u.s."])
d.E(s, "carry coffins", ["other"], D(1988, 7, 6), ["mourner"], core=False)
d.E("President Ronald Reagan had called the downing \"a terrible human tragedy,\" but Washington never formally apologized.", "had called", ["statement"], R(D(1988, 7, 3), D(1988, 7, 6)), ["reagan"])
d.E("Secretary of State John Kerry and Foreign Minister Mohammad Javad Zarif pose for photographers in Vienna on July 14, 2015, after Iran and six world powers reach the nuclear agreement.",
    "reach the nuclear agreement", ["agreement"], D(2015, 7, 14), ["iran", "world powers", "kerry", "zarif"])
d.E("Zarif tells reporters the deal is \"a win for both sides, even if it is not a perfect one.\"", "tells reporters", ["statement"], D(2015, 7, 14), ["zarif"])
s = "President Donald Trump holds up a signed memorandum at the White House on May 8, 2018, after announcing that the United States will withdraw from the nuclear deal, which he calls \"a horrible one-sided deal.\""
d.E(s, "withdraw", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.E(s, "signed memorandum", ["legislation", "sanction"], D(2018, 5, 8), ["trump"], core=False)
d.E("Sanctions return after wind-down periods of 90 and 180 days.", "Sanctions return", ["sanction"], R(D(2018, 8), D(2018, 11)), ["united states"], core=False)
s = "Mourners crowd around the coffin of Maj. Gen. Qasem Soleimani in Tehran on Jan. 6, 2020, three days after he was killed by a U.S. drone strike at Baghdad airport."
d.E(s, "was killed", ["attack"], D(2020, 1, 3), ["united states", "u.s."])
d.E(s, "crowd around the coffin", ["other"], D(2020, 1, 6), ["mourner"], core=False)
d.E("Supreme Leader Ali Khamenei, who vowed \"severe revenge\" on the day of the killing, weeps as he leads the funeral prayers.", "vowed", ["threat", "statement"], D(2020, 1, 3), ["khamenei"])
d.E("A satellite image shows the Fordow enrichment site on June 24, 2025, two days after U.S. B-2 bombers struck it and the Natanz site with 14 bunker-busting bombs weighing 30,000 pounds each.",
    "struck", ["attack"], D(2025, 6, 22), ["united states", "u.s."])
d.E("Trump said the sites had been \"obliterated.\"", "said", ["statement"], R(D(2025, 6, 21), D(2025, 6, 24)), ["trump"], core=False)
d.E("Iranians march past the former U.S. Embassy compound in Tehran on Tuesday, 13 Aban in the Iranian calendar, to mark the anniversary of its seizure.", "march", ["other", "statement"], TODAY, ["iranian"])
d.E("Organizers said thousands took part.", "said", ["statement"], TODAY, ["organizer"], core=False)
d.E("In pictures: Iran and the United States, from the 1953 coup to the bunker-busters", "coup", ["coup"], D(1953), core=False)
d.E("Published on the anniversary of the 1979 embassy seizure, the images below, drawn from news agencies and private archives, follow more than seven decades of a relationship that has swung between alliance and open hostility.", "seizure", ["seizure"], D(1979), core=False)
d.E("About 120 journalists and aides traveled with him from Paris, and crowds estimated in the millions line the route into the city.", "traveled", ["other"], D(1979, 2, 1), core=False)
d.save()
