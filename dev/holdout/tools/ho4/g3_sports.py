from ann import Doc, D, R
d = Doc("ho4-sports-world-cup-usa-iran", "2022-11-30")
TUE = D(2022, 11, 29)
SAT = D(2022, 11, 26)
MON = D(2022, 11, 28)
BH = ["berhalter"]
QZ = ["queiroz"]
# quotes
d.Q("ready Saturday", ["partial", "term"], "Christian Pulisic", ["pulisic"], ("2022-11-29", "2022-11-30"))
d.Q("We knew what this game meant to a lot of people back home, on both sides,", ["direct"], "Gregg Berhalter", BH, TUE)
d.Q("We tried to keep it about soccer. The players did that.", ["direct"], "Gregg Berhalter", BH, TUE)
d.Q("treats Black people unfairly at home.", ["partial"], None, (), MON, core=False)
d.Q("still learning, and getting better at it.", ["partial"], "Tyler Adams", ["adams"], MON)
d.Q("My players are footballers, not diplomats,", ["direct"], "Carlos Queiroz", QZ)
d.Q("They did not choose the history between these two countries. They only want to play.", ["direct"], "Carlos Queiroz", QZ)
d.Q("Woman, Life, Freedom.", ["term", "direct"], core=False)
d.Q("Tonight I cheer for the players, not for the government,", ["direct"], "Arash", ["arash"])
d.Q("Tomorrow I go back to being angry.", ["direct"], "Arash", ["arash"])
d.Q("The Americans put politics in this game, not us,", ["direct"], "Mohsen Dehnavi", ["dehnavi"])
d.Q("They did the same in 1953 and in 2018. Always they break the rules and then talk about values.", ["direct"], "Mohsen Dehnavi", ["dehnavi"])
d.Q("He's a tough kid,", ["direct"], "Gregg Berhalter", BH)
d.Q("If there is any way, he'll be out there.", ["direct"], "Gregg Berhalter", BH)
# figures
d.F("1", 1, ["goal"], "count", core=False, ctx=("USA 1, IRAN 0",))
d.F("0", 0, ["goal"], "count", core=False, ctx=("USA 1, IRAN 0",))
d.F("1-0", None, ["goal"], "count", core=False, ctx=("a 1-0 win",))
d.F("42,127", 42127, ["person", "spectator", "people", "crowd"], "count", subject_any=["crowd", "al thumama", "stadium"])
d.F("nine minutes", 9, ["minute"], "duration", subject_any=["stoppage"])
d.F("five points", 5, ["point"], "count", subject_any=["us", "group"])
d.F("two behind", 2, ["point"], "count", core=False)
d.F("10 matches", 10, ["match"], "count", subject_any=["suspend", "united states"])
d.F("five months", 5, ["month"], "duration", core=False)
d.F("2-1", None, ["goal"], "count", core=False)
d.F("a night", 1, ["night"], "duration", core=False)
d.F("less than two years", 2, ["year"], "duration", "less_than", core=False)
d.F("a decade", 10, ["year", "decade"], "duration", core=False)
d.F("22", 22, ["year"], "duration", core=False)
d.F("at least 448 people", 448, ["person", "people"], "count", "at_least", ["killed", "protest"])
d.F("60 children", 60, ["child", "children"], "count", subject_any=["killed", "children"])
d.F("6-2", None, ["goal"], "count", core=False)
d.F("several banners", None, ["banner"], "count", "about", core=False)
d.F("34-year-old", 34, ["year"], "duration", core=False)
d.F("a few seconds", None, ["second"], "duration", "about", core=False)
d.F("two countries", 2, ["country"], "count", core=False)
d.F("two defenders", 2, ["defender"], "count", core=False)
d.F("two governments", 2, ["government"], "count", core=False)
# events
d.E("Pulisic's goal sends US past Iran and into knockout round as politics shadow Doha", "sends US past Iran", ["other"], TUE, core=False)
s = "DOHA, Qatar — Christian Pulisic threw his body between two defenders and the post in the 38th minute on Tuesday night, bundled Sergiño Dest's header over the line and sent the United States into the round of 16 of the World Cup with a 1-0 win over Iran that carried more than the usual weight."
d.E(s, "a 1-0 win over Iran", ["other"], TUE, ["united states", "pulisic"], core=False)
s = "He posted from his bed that he would be \"ready Saturday\" for the Americans' match against the Netherlands."
d.E(s, "He posted from his bed", ["statement"], ("2022-11-29", "2022-11-30"), ["pulisic"], core=False)
d.E(s, "the Americans' match against the Netherlands", ["other"], D(2022, 12, 3), core=False)
d.E("\"We knew what this game meant to a lot of people back home, on both sides,\" coach Gregg Berhalter said afterward.",
    "coach Gregg Berhalter said afterward", ["statement"], TUE, BH, core=False)
s = "On Saturday, US Soccer briefly posted an image of the Iranian flag on its social media accounts without the emblem of the Islamic Republic, saying it wanted to show support for women protesting in Iran."
d.E(s, "briefly posted an image of the Iranian flag", ["statement", "other"], SAT, ["us soccer", "soccer", "united states"])
d.E(s, "show support for women protesting in Iran", ["support"], SAT, ["us soccer", "soccer", "united states"], core=False)
s = "The Iranian federation filed a complaint with FIFA the next day, and the semi-official Tasnim news agency said the United States should be suspended for 10 matches."
d.E(s, "filed a complaint with FIFA the next day", ["statement", "other"], D(2022, 11, 27), ["federation", "iran"])
d.E(s, "Tasnim news agency said", ["statement"], None, ["tasnim"])
d.E(s, "should be suspended for 10 matches", ["sanction", "other"], None, core=False)
s = "At Monday's pre-match news conference, an Iranian reporter asked US captain Tyler Adams whether he was comfortable representing a country that \"treats Black people unfairly at home.\""
d.E(s, "an Iranian reporter asked", ["statement"], MON, ["reporter", "iran"])
d.E("Adams, who is Black, said discrimination existed everywhere and that his country was \"still learning, and getting better at it.\"",
    "said discrimination existed everywhere", ["statement"], MON, ["adams"])
d.E("Iran coach Carlos Queiroz complained that his players had been asked about politics since they arrived.",
    "complained", ["statement"], None, QZ)
d.E("\"My players are footballers, not diplomats,\" he said.", "he said", ["statement"], None, QZ, core=False)
s = "The two governments have had no diplomatic relations since April 1980, five months after students stormed the US embassy in Tehran."
d.E(s, "have had no diplomatic relations since April 1980", ["other", "withdrawal", "sanction"], D(1980, 4))
d.E(s, "students stormed the US embassy in Tehran", ["seizure"], D(1979, 11), ["student"])
s = "When the teams first met at a World Cup, in Lyon, France, on June 21, 1998, the Iranian players handed their opponents white roses before kickoff and then won 2-1, a result celebrated in the streets of Tehran for a night."
d.E(s, "the teams first met at a World Cup", ["other", "negotiation"], D(1998, 6, 21), core=False)
d.E(s, "handed their opponents white roses", ["other", "support", "statement"], D(1998, 6, 21), ["iran", "player"])
d.E(s, "won 2-1", ["other"], D(1998, 6, 21), ["iran", "player"], core=False)
s = "In March 2000, less than two years after that match, the US lifted its ban on imports of Iranian carpets and pistachios, an opening that was reversed a decade later."
d.E(s, "lifted its ban on imports of Iranian carpets and pistachios", ["sanction"], D(2000, 3), ["united states", "us"])
d.E(s, "was reversed a decade later", ["sanction", "withdrawal"], D(2010), ["united states"], core=False)
s = "This time the backdrop was the wave of protests that began after the death in custody of Mahsa Amini, 22, on Sept. 16."
d.E(s, "the death in custody of Mahsa Amini", ["other", "attack"], D(2022, 9, 16))
d.E(s, "the wave of protests that began", ["other", "revolution"], ("2022-09-16", "2022-11-30"), core=False)
s = "Iran Human Rights, an Oslo-based group, says at least 448 people have been killed by the security forces since then, including 60 children."
d.E(s, "have been killed by the security forces", ["attack"], ("2022-09-16", "2022-11-30"), ["security force", "iran"])
d.E(s, "says", ["statement"], None, ["iran human rights"], core=False)
d.E("Before their opening match, a 6-2 loss to England on Nov. 21, the Iranian players stood silent during their national anthem.",
    "stood silent during their national anthem", ["other", "statement"], D(2022, 11, 21), ["player", "iran"])
d.E("They sang it, quietly, before the games against Wales and the United States.", "They sang it", ["other"], None, core=False)
d.E("Security staff confiscated several banners reading \"Woman, Life, Freedom.\"", "confiscated", ["seizure"], TUE,
    ["security"], core=False)
d.E("\"Tonight I cheer for the players, not for the government,\" said Arash, a 34-year-old engineer who flew in from Toronto and declined to give his family name.",
    "said Arash", ["statement"], None, ["arash"], core=False)
d.E("\"The Americans put politics in this game, not us,\" he said, referring to the flag post.", "he said", ["statement"], None,
    ["dehnavi"], core=False)
d.E("\"They did the same in 1953 and in 2018.", "They did the same", ["other", "coup", "withdrawal"], None, ["american", "united states"], core=False)
d.E("In Tehran, the state broadcaster cut away from the final whistle after a few seconds.", "cut away", ["other"], TUE,
    ["broadcaster", "irib"], core=False)
s = "Some residents in the Kurdish city of Sanandaj and in the capital were filmed celebrating the defeat, a reaction that rights groups said would be met with more arrests."
d.E(s, "celebrating the defeat", ["other"], TUE, core=False)
d.E(s, "rights groups said", ["statement"], None, ["rights group"], core=False)
d.E("The Americans now face the Dutch on Saturday, Dec. 3, in Al Rayyan.", "face the Dutch", ["other"], D(2022, 12, 3), core=False)
d.E("Berhalter said the team would know by Thursday whether Pulisic could play.", "Berhalter said", ["statement"], None, BH)
d.E("\"He's a tough kid,\" the coach said.", "the coach said", ["statement"], None, BH, core=False)
d.save()
