from s0 import FDoc, D, R, write, author, meta_note

DOC = "dev-s-mehr-official-us-broke-every-promise-since-28-mordad"
PUB = "2025-11-02"  # a Sunday, 11 Aban 1404
TEXT = """Nov 2, 2025, 4:18 PM

US has not kept its word once since 28 Mordad coup: official

TEHRAN, Nov. 02 (MNA) – Secretary of the Policy Council of the 13 Aban Commemoration Headquarters Mohammad-Hossein Ansari-Fard said on Sunday in a meeting with a group of university students and Basij members that the United States has "never once kept its word" to the Iranian nation since the coup of 28 Mordad 1332 (August 19, 1953).

Speaking on the eve of the anniversary of the takeover of the US embassy in Tehran, known in Iran as the "den of espionage", Ansari-Fard said that the events of 13 Aban 1358 (November 4, 1979) were "the natural reaction of a nation that had seen its elected government overthrown by the CIA 26 years earlier".

He added that the coup against the national government of Dr. Mohammad Mosaddegh was Washington's answer to the nationalization of the country's oil industry, which the Majlis approved on 29 Esfand 1329 (March 20, 1951).

He also recalled the downing of an Iran Air passenger plane by the USS Vincennes over the Persian Gulf on 12 Tir 1367 (July 3, 1988), which killed all 290 people on board, among them 66 children, and said Washington had "never apologized" for the crime. Eight years earlier, on 18 Farvardin 1359 (April 7, 1980), the US had cut its diplomatic relations with Iran, he noted.

The official went on to say that the Islamic Republic had given diplomacy "a fair chance" when Iran and the P5+1 group of world powers reached the Joint Comprehensive Plan of Action (JCPOA) on 23 Tir 1394 (July 14, 2015).

But US President Donald Trump withdrew from the agreement on 18 Ordibehesht 1397 (May 8, 2018) and reimposed the "cruelest sanctions in history" on the Iranian people, he said, adding that the European parties to the deal had failed to compensate Iran for its losses.

Ansari-Fard described the aggression of the Zionist regime and the United States against Iran in June as "the final proof" that Washington uses negotiations as a cover for war, noting that the Israeli attack began on 23 Khordad (June 13), two days before a scheduled sixth round of indirect talks in Muscat, and that US warplanes struck Iran's nuclear facilities in Fordow, Natanz and Isfahan on 1 Tir (June 22).

More than 1,000 Iranians, including nuclear scientists, military commanders and ordinary citizens, were martyred in the 12-day imposed war, according to official figures.

Ansari-Fard also referred to the reimposition of UN sanctions under the so-called "snapback" mechanism on 6 Mehr 1404 (September 28, 2025), saying the three European countries had "buried" the JCPOA with their own hands.

He recalled that some $6 billion of Iranian funds transferred to Qatar under a 2023 prisoner exchange deal with Washington had still not been made available to Iran.

Referring to the remarks of Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei on 1 Mehr (September 23), who called negotiation with the United States under the current conditions "a sheer dead end", the official said the experience of the past 72 years had shown that Washington "understands only the language of strength".

Meanwhile, Foreign Ministry Spokesman Esmaeil Baghaei told his weekly press conference on Monday (5 Aban) that Tehran had received no "serious and clear" message from Washington about resuming talks.

"We are not in a hurry. Any talks must begin with the other side proving that it will not again walk away from its commitments," he said.

Foreign Minister Seyed Abbas Araghchi also said on Saturday in a telephone conversation with his Omani counterpart Badr Albusaidi that the Islamic Republic had never left the negotiating table, but that the US attacks in June had "seriously damaged" trust.

Nationwide rallies marking 13 Aban, the National Day of Fighting Global Arrogance, will be held on Tuesday (November 4) in Tehran and more than 900 cities across the country, according to the organizers.

MNA/6652014
"""
TITLE = "US has not kept its word once since 28 Mordad coup: official"
write(DOC, TITLE, "Mehr News Agency (style imitation)", PUB, TEXT)
meta_note(DOC, "English news item in the Mehr News Agency house style (time line 'Nov 2, 2025, 4:18 PM', headline ending "
          "': official', 'TEHRAN, Nov. 02 (MNA) –' dateline, officials with their full titles, 'said on Sunday in a "
          "meeting with', reported speech, 'the Zionist regime', 'den of espionage', 'martyred', Persian-calendar dates "
          "with Gregorian equivalents, closing 'MNA/' code), style imitation; Mohammad-Hossein Ansari-Fard, the Policy "
          "Council of the 13 Aban Commemoration Headquarters and his meeting are invented; the words of Baghaei and "
          "Araghchi and the Saturday phone call are invented; Khamenei's 'a sheer dead end' (23 September 2025) is a "
          "short well-known phrase; the Solar Hijri dates convert exactly (28 Mordad 1332 = 1953-08-19, 13 Aban 1358 = "
          "1979-11-04, 12 Tir 1367 = 1988-07-03, 18 Farvardin 1359 = 1980-04-07, 29 Esfand 1329 = 1951-03-20, 23 Tir 1394 = 2015-07-14, 18 Ordibehesht 1397 = 2018-05-08, 23 "
          "Khordad 1404 = 2025-06-13, 1 Tir 1404 = 2025-06-22, 6 Mehr 1404 = 2025-09-28, 1 Mehr 1404 = 2025-09-23, 5 "
          "Aban 1404 = 2025-10-27, 13 Aban 1404 = 2025-11-04); 'more than 1,000' (the war's toll), 'some $6 billion' "
          "(the funds moved to Qatar in 2023) follow public reporting, 'more than 900 cities' is plausible, not exact; "
          "the closing code is invented")

d = FDoc(DOC, PUB)
SUN, SAT, MON = D(2025, 11, 2), D(2025, 11, 1), D(2025, 10, 27)
AF = ["ansari-fard"]
# quotes
d.Q("never once kept its word", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("den of espionage", ["term"], None, [], None, core=False)
d.Q("the natural reaction of a nation that had seen its elected government overthrown by the CIA 26 years earlier",
    ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("never apologized", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("a fair chance", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("cruelest sanctions in history", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("the final proof", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("snapback", ["term"], None, [], None, core=False)
d.Q("buried", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("a sheer dead end", ["partial"], "Ali Khamenei", ["khamenei", "leader"], D(2025, 9, 23))
d.Q("understands only the language of strength", ["partial"], "Mohammad-Hossein Ansari-Fard", AF, SUN)
d.Q("serious and clear", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("We are not in a hurry. Any talks must begin with the other side proving that it will not again walk away from its "
    "commitments,", ["direct"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("seriously damaged", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
# figures
d.F("never once", 1, ["time"], "count", core=False, ctx=('"never once kept its word"',))
d.F("26 years earlier", 26, ["year"], "duration", core=False)
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["people", "board", "plane"])
d.F("66 children", 66, ["child"], "count", subject_any=["child"])
d.F("Eight years earlier", 8, ["year"], "duration", core=False)
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("More than 1,000 Iranians", 1000, ["iranian", "person", "people"], "count", "more_than", ["iranian", "martyr", "war"])
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("the three European countries", 3, ["country"], "count", core=False)
d.F("some $6 billion", 6e9, ["usd"], "money", "about", ["fund", "iranian"])
d.F("the past 72 years", 72, ["year"], "duration", core=False)
d.F("more than 900 cities", 900, ["city"], "count", "more_than", ["cit", "rall"])
# events
d.EV("US has not kept its word once since 28 Mordad coup", ["statement"], SUN, AF, core=False)
d.EV("said on Sunday in a meeting with", ["statement"], SUN, AF)
d.EV("since the coup of 28 Mordad 1332", ["coup"], D(1953, 8, 19), [])
d.EV("the takeover of the US embassy in Tehran", ["seizure"], D(1979, 11, 4), [])
d.EV("Ansari-Fard said that the events", ["statement"], SUN, AF, core=False)
d.EV("He added that the coup", ["statement"], SUN, AF, core=False)
d.EV("the coup against the national government", ["coup"], None, ["washington", "united states"], core=False)
d.EV("which the Majlis approved on 29 Esfand 1329", ["legislation"], D(1951, 3, 20), ["majlis"])
d.EV("He also recalled the downing", ["statement"], SUN, AF, core=False)
d.EV("the downing of an Iran Air passenger plane by the USS Vincennes", ["attack"], D(1988, 7, 3), ["vincennes", "united states", "us"])
d.EV("said Washington had", ["statement"], SUN, AF, core=False)
d.EV("the US had cut its diplomatic relations with Iran", ["other", "withdrawal"], D(1980, 4, 7), ["united states", "us"])
d.EV("he noted", ["statement"], SUN, AF, core=False)
d.EV("The official went on to say", ["statement"], SUN, AF, core=False)
d.EV("reached the Joint Comprehensive Plan of Action (JCPOA) on 23 Tir 1394", ["agreement"], D(2015, 7, 14),
     ["iran", "p5+1"])
d.EV("Trump withdrew from the agreement on 18 Ordibehesht 1397", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.EV("reimposed the \"cruelest sanctions", ["sanction"], ("2018-05-08", "2018-11-30"), ["trump", "united states"])
d.EV("he said, adding that", ["statement"], SUN, AF, core=False)
d.EV("had failed to compensate Iran", ["withdrawal", "other"], None, ["europe"], core=False)
d.EV("Ansari-Fard described the aggression", ["statement"], SUN, AF, core=False)
d.EV("the aggression of the Zionist regime and the United States against Iran in June", ["war", "attack"], D(2025, 6),
     ["zionist", "israel", "united states"], core=False)
d.EV("the Israeli attack began on 23 Khordad", ["attack", "war"], D(2025, 6, 13), ["israel", "zionist"])
d.EV("a scheduled sixth round of indirect talks in Muscat", ["negotiation"], D(2025, 6, 15), [], core=False)
d.EV("US warplanes struck Iran's nuclear facilities", ["attack"], D(2025, 6, 22), ["united states", "us"])
d.EV("were martyred in the 12-day imposed war", ["attack", "war"], ("2025-06-13", "2025-06-24"), [])
d.EV("Ansari-Fard also referred", ["statement"], SUN, AF, core=False)
d.EV("the reimposition of UN sanctions", ["sanction"], D(2025, 9, 28), [])
d.EV("He recalled that", ["statement"], SUN, AF, core=False)
d.EV("funds transferred to Qatar", ["other"], D(2023), [], core=False)
d.EV("a 2023 prisoner exchange deal with Washington", ["agreement"], D(2023), ["washington", "united states", "iran"])
d.EV("had still not been made available", ["other", "withdrawal"], None, [], core=False)
d.EV("Referring to the remarks of Leader", ["statement"], D(2025, 9, 23), ["khamenei", "leader"])
d.EV("the official said the experience", ["statement"], SUN, AF, core=False)
d.EV("Esmaeil Baghaei told his weekly press conference on Monday", ["statement"], MON, ["baghaei"])
d.EV("he said.", ["statement"], MON, ["baghaei"], core=False, occ=0)
d.EV("Araghchi also said on Saturday in a telephone conversation", ["statement", "negotiation"], SAT, ["araghchi"])
d.EV("the US attacks in June", ["attack"], D(2025, 6), ["united states", "us"], core=False)
d.EV("will be held on Tuesday", ["other", "statement"], D(2025, 11, 4), [], core=False)
d.save()
