from ann import Doc, D, R
d = Doc("ho4-encyclopedia-mistrust-entry", "2025-07-15")
US = ["united states", "washington", "u.s."]
KH = ["khamenei"]
# quotes
d.Q("a setback for Iran's political development", ["partial"], "Madeleine Albright", ["albright"], D(2000))
d.Q("den of spies", ["partial", "term"], "Ruhollah Khomeini", ["khomeini"])
d.Q("axis of evil", ["term", "partial"], "George W. Bush", ["bush"], D(2002, 1))
d.Q("defective at its core", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("maximum pressure", ["term", "partial"], "Donald Trump", ["trump", "united states"], core=False)
d.Q("America's signature is worthless", ["direct", "partial"], "Ali Khamenei", KH, D(2018))
d.Q("not intelligent, not wise and not honourable", ["partial"], "Ali Khamenei", KH, D(2025, 2))
d.Q("treats 1953 and 2018 as the same lesson, taught twice", ["partial"], "Parisa Vahdat", ["vahdat"])
for title in ["Memory and Mistrust in US–Iran Relations", "Oil nationalisation law passed",
              "Albright speech to the American-Iranian Council", "Iran strikes back", "Strikes halt Oman channel"]:
    d.Q(title, ["term", "direct"], core=False)
# figures
d.F("three days", 3, ["day"], "duration", core=False)
d.F("66 Americans", 66, ["american", "hostage"], "count", subject_any=["hostage", "american"])
d.F("52 of them", 52, ["american", "hostage"], "count", subject_any=["hostage", "american", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage"])
d.F("two countries", 2, ["country"], "count", core=False)
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["board", "flight", "killing"])
d.F("more than a decade", 10, ["year", "decade"], "duration", "more_than", ["dispute"])
d.F("six world powers", 6, ["world power", "power"], "count")
d.F("at or below 3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("under 300 kilograms", 300, ["kilogram"], "measure", "less_than", ["stockpile", "uranium"])
d.F("about 2.5 million barrels per day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("fewer than 500,000 barrels per day", 5e5, ["barrel per day"], "measure", "less_than", ["oil export", "export"])
d.F("a year", 1, ["year"], "duration", core=False, ctx=("barrels per day a year later",))
d.F("twice", 2, ["time"], "count", core=False)
d.F("five days", 5, ["day"], "duration", core=False)
d.F("09:12", None, ["time", "hour"], "measure", core=False)
# events
s = "Scholars usually trace it to the 1953 coup d'état, and it has shaped every round of negotiation since 1979.[2]"
d.E(s, "the 1953 coup d'état", ["coup"], D(1953))
d.E(s, "every round of negotiation since 1979", ["negotiation"], ("1979-01-01", "2025-07-15"), core=False)
s = "In March 1951 the Majlis of Iran voted to nationalise the Anglo-Iranian Oil Company, and Mohammad Mosaddegh became prime minister the following month.[3]"
d.E(s, "voted to nationalise", ["legislation"], D(1951, 3), ["majlis", "iran"])
d.E(s, "became prime minister the following month", ["leadership_change"], D(1951, 4), ["mosaddegh", "mossadegh", "mosaddeq"])
d.E("Britain responded with an embargo on Iranian oil.", "an embargo on Iranian oil", ["sanction"], None,
    ["united kingdom", "britain", "british"])
s = "On 19 August 1953 (28 Mordad 1332 in the Solar Hijri calendar), Mosaddegh was overthrown in a coup organised by the Central Intelligence Agency and the British Secret Intelligence Service, and Mohammad Reza Pahlavi returned to the throne three days later.[4]"
d.E(s, "was overthrown in a coup", ["coup"], D(1953, 8, 19), ["central intelligence", "cia", "british", "secret intelligence", "united kingdom", "united states"])
d.E(s, "returned to the throne three days later", ["leadership_change"], D(1953, 8, 22), ["pahlavi", "shah"])
s = "In 2000 the US secretary of state, Madeleine Albright, acknowledged the American role and called the coup \"a setback for Iran's political development\".[5]"
d.E(s, "acknowledged the American role", ["statement"], D(2000), ["albright", "united states"])
d.E(s, "called the coup", ["statement"], D(2000), ["albright", "united states"], core=False)
s = "The Shah left Iran on 16 January 1979, and Ruhollah Khomeini returned from exile on 1 February.[6]"
d.E(s, "The Shah left Iran on 16 January 1979", ["leadership_change"], D(1979, 1, 16), ["shah", "pahlavi"])
d.E(s, "returned from exile on 1 February", ["leadership_change", "revolution", "other"], D(1979, 2, 1), ["khomeini"])
s = "On 4 November 1979 students seized the US embassy in Tehran and took 66 Americans hostage; 52 of them were held for 444 days, until 20 January 1981.[7]"
d.E(s, "students seized the US embassy in Tehran", ["seizure"], D(1979, 11, 4), ["student"])
d.E(s, "took 66 Americans hostage", ["seizure"], D(1979, 11, 4), ["student"], core=False)
d.E(s, "were held for 444 days, until 20 January 1981", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student", "iran"], core=False)
d.E("Khomeini called the embassy a \"den of spies\", a phrase still used by Iranian officials.[8]", "Khomeini called the embassy",
    ["statement", "designation"], None, ["khomeini"])
d.E("The United States broke off diplomatic relations on 7 April 1980, and the two countries have had none since.",
    "broke off diplomatic relations on 7 April 1980", ["other", "withdrawal", "sanction"], D(1980, 4, 7), US)
s = "The Algiers Accords, signed on 19 January 1981, ended the crisis and created a claims tribunal in The Hague.[9]"
d.E(s, "signed on 19 January 1981", ["agreement"], D(1981, 1, 19))
d.E(s, "ended the crisis", ["other", "agreement"], D(1981, 1, 19), core=False)
d.E(s, "created a claims tribunal", ["other", "agreement", "legislation"], D(1981, 1, 19), core=False)
s = "On 3 July 1988 the cruiser USS Vincennes shot down Iran Air Flight 655 over the Persian Gulf, killing all 290 people on board."
d.E(s, "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.E(s, "killing all 290 people on board", ["attack"], D(1988, 7, 3), ["vincennes", "united states"], core=False)
d.E("Iranian officials have cited the incident as evidence of American hostility ever since.[10]", "have cited the incident",
    ["statement"], None, ["iran"], core=False)
d.E("In January 2002 President George W. Bush named Iran, with Iraq and North Korea, as part of an \"axis of evil\".[11]",
    "named Iran", ["designation", "statement"], D(2002, 1), ["bush"])
s = "After more than a decade of dispute over Iran's nuclear programme, Iran and six world powers concluded the Joint Comprehensive Plan of Action (JCPOA) in Vienna on 14 July 2015."
d.E(s, "concluded the Joint Comprehensive Plan of Action (JCPOA) in Vienna on 14 July 2015", ["agreement"], D(2015, 7, 14), ["iran", "world power", "power"])
s = "Under it Iran agreed to keep enrichment at or below 3.67 percent and its stockpile of enriched uranium under 300 kilograms, in exchange for the lifting of nuclear-related sanctions.[12]"
d.E(s, "Iran agreed", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.E(s, "the lifting of nuclear-related sanctions", ["sanction"], None, core=False)
s = "On 8 May 2018 President Donald Trump withdrew the United States from the agreement, calling it \"defective at its core\", and reimposed sanctions under a policy his administration called \"maximum pressure\".[13]"
d.E(s, "withdrew the United States from the agreement", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.E(s, "calling it", ["statement"], D(2018, 5, 8), ["trump"], core=False)
d.E(s, "reimposed sanctions", ["sanction"], ("2018-05-08", "2018-11-30"), ["trump", "united states"])
d.E("Iran's oil exports fell from about 2.5 million barrels per day in April 2018 to fewer than 500,000 barrels per day a year later.[14]",
    "fell", ["other", "sanction"], None, core=False)
d.E("Beginning in May 2019, Iran reduced its own commitments in stages.", "reduced its own commitments",
    ["withdrawal"], ("2019-05-01", "2025-07-15"), ["iran"])
s = "Ali Khamenei, Supreme Leader since 1989, has argued that the withdrawal proved that the United States cannot be trusted."
d.E(s, "has argued", ["statement"], None, KH)
d.E(s, "Supreme Leader since 1989", ["leadership_change"], D(1989), KH, core=False)
d.E(s, "the withdrawal", ["withdrawal"], None, US, core=False)
s = "In a speech in 2018 he said that \"America's signature is worthless\", and in February 2025 he told air force commanders that negotiating with Washington was \"not intelligent, not wise and not honourable\".[15]"
d.E(s, "In a speech in 2018 he said", ["statement"], D(2018), KH)
d.E(s, "he told air force commanders", ["statement"], D(2025, 2), KH)
d.E(s, "negotiating with Washington", ["negotiation"], None, core=False)
d.E("According to the historian Parisa Vahdat, the Leader \"treats 1953 and 2018 as the same lesson, taught twice\".[16]",
    "According to the historian Parisa Vahdat", ["statement"], None, ["vahdat"], core=False)
s = "On 3 January 2020 a US drone strike at Baghdad airport killed Qasem Soleimani, commander of the Quds Force; five days later Iran fired missiles at bases in Iraq housing American troops.[17]"
d.E(s, "a US drone strike at Baghdad airport killed Qasem Soleimani", ["attack"], D(2020, 1, 3), US)
d.E(s, "Iran fired missiles at bases in Iraq", ["attack"], D(2020, 1, 8), ["iran"])
d.E("Indirect talks mediated by Oman opened in Muscat on 12 April 2025.", "Indirect talks", ["negotiation"], D(2025, 4, 12),
    ["iran", "united states", "oman"])
s = "On 22 June 2025, during a war between Israel and Iran, the United States bombed the nuclear sites at Fordow, Natanz and Isfahan, and the talks were suspended.[18]"
d.E(s, "the United States bombed the nuclear sites", ["attack"], D(2025, 6, 22), US)
d.E(s, "a war between Israel and Iran", ["war"], None, ["israel", "iran"])
d.E(s, "the talks were suspended", ["other", "negotiation", "withdrawal"], D(2025, 6, 22), core=False)
d.save()
