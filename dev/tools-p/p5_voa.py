from p0 import FDoc, D, R, write, author, meta_note

DOC = "dev-p-voa-embassy-anniversary-khamenei-no-cooperation"
PUB = "2025-11-04"  # a Tuesday
TEXT = """Iran marks embassy seizure anniversary as Khamenei rules out cooperation with US

VOA News

November 04, 2025 10:32 AM

Thousands of Iranians rallied in Tehran and other cities on Tuesday to mark the 46th anniversary of the seizure of the U.S. Embassy, a day after Supreme Leader Ayatollah Ali Khamenei said cooperation with Washington was impossible as long as it backed Israel.

Crowds outside the former embassy compound, which Iranian officials call the "den of espionage," chanted "Death to America" and burned U.S. and Israeli flags, according to state television footage.

Speaking to students in Tehran on Monday, Khamenei said the United States would have to end its support for "the cursed Zionist regime," close its military bases in the region and stop interfering in Iran's affairs before any cooperation could be considered.

"This will not happen in the near future," he said, according to his official website.

He described the takeover of the embassy by students on November 4, 1979, as a "turning point" that exposed the true nature of the United States, and repeated his view that Iran's quarrel with Washington began not then but with the 1953 coup that toppled Prime Minister Mohammad Mosaddegh.

Khamenei has for years called negotiations with Washington pointless, though he allowed five rounds of indirect talks mediated by Oman earlier this year.

Those talks ended when Israel launched a 12-day war against Iran in June, during which U.S. forces bombed three Iranian nuclear sites.

Washington's response

A State Department spokesperson told VOA on Monday that the United States "remains open to a deal that permanently prevents Iran from acquiring a nuclear weapon," but that Tehran's leaders "keep choosing confrontation."

The 444 days

On November 4, 1979, students loyal to Ayatollah Ruhollah Khomeini, the leader of the Islamic Revolution, overran the embassy and took more than 60 Americans hostage.

Fifty-two of them were held for 444 days.

In April 1980, a U.S. military mission to rescue them, Operation Eagle Claw, ended in disaster in the Iranian desert when a helicopter collided with a transport plane, killing eight American servicemen.

Washington had broken off diplomatic relations with Tehran earlier that month, and the two countries have never restored them.

The hostages were freed on January 20, 1981, minutes after Ronald Reagan was sworn in as president, under the Algiers Accords signed a day earlier.

"The hostage crisis taught each side the worst possible lesson about the other, and neither has unlearned it," said Nadia Crestwood-Pahlavan, a historian at Georgetown University who studies the crisis.

Voices from Tehran

VOA's Persian Service spoke with several Tehran residents by phone who said the annual rallies meant little to younger Iranians.

"My father went to these marches when he was a student. I go to work," said a 27-year-old accountant who asked not to be named.

Iran's economy has been hit hard by U.S. sanctions reimposed after President Donald Trump withdrew from the 2015 nuclear deal in 2018, and by United Nations sanctions that returned in late September after Britain, France and Germany triggered the deal's "snapback" mechanism.

The rial has lost more than half its value against the dollar since the start of the year, according to currency traders in Tehran.

Iran's Foreign Ministry spokesman, Esmaeil Baghaei, said on Monday that the anniversary was a reminder that "trust must be earned, and America has earned the opposite."

It was not clear whether the government would allow any new contacts with Washington before the end of the year.

Some information for this report came from Reuters and AFP.
"""
write(DOC, "Iran marks embassy seizure anniversary as Khamenei rules out cooperation with US", "Voice of America (style imitation)", PUB, TEXT)
meta_note(DOC, "news story in Voice of America house style ('VOA News' byline, 'told VOA', 'VOA's Persian Service', the closing "
          "'Some information for this report came from Reuters and AFP'), style imitation; the historian Nadia "
          "Crestwood-Pahlavan, the State Department spokesperson's words, the accountant and the Persian Service's calls "
          "are invented; quotes of Khamenei (paraphrasing his remarks to students of 3 November 2025), the State "
          "Department and Baghaei are invented or paraphrased; the rial's loss is plausible, not exact")

d = FDoc(DOC, PUB)
TUE, MON = D(2025, 11, 4), D(2025, 11, 3)
KH = ["khamenei"]
SD = ["state department", "department of state", "united states"]
# quotes
d.Q("den of espionage,", ["term"], None, [], None, core=False)
d.Q("Death to America", ["direct", "partial"], None, [], TUE)
d.Q("the cursed Zionist regime,", ["partial"], "Ali Khamenei", KH, MON)
d.Q("This will not happen in the near future,", ["direct"], "Ali Khamenei", KH, MON)
d.Q("turning point", ["partial"], "Ali Khamenei", KH, MON)
d.Q("remains open to a deal that permanently prevents Iran from acquiring a nuclear weapon,", ["partial"],
    "United States Department of State", SD, MON)
d.Q("keep choosing confrontation.", ["partial"], "United States Department of State", SD, MON)
d.Q("The hostage crisis taught each side the worst possible lesson about the other, and neither has unlearned it,",
    ["direct"], "Nadia Crestwood-Pahlavan", ["crestwood"], None)
d.Q("My father went to these marches when he was a student. I go to work,", ["direct"], None, [], None)
d.Q("snapback", ["term"], None, [], None, core=False)
d.Q("trust must be earned, and America has earned the opposite.", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
# figures
d.F("Thousands of Iranians", 2000, ["iranian", "person"], "count", "about", ["iranian", "crowd", "rall"], core=False)
d.F("a day after", 1, ["day"], "duration", core=False)
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("more than 60 Americans", 60, ["american", "hostage", "person"], "count", "more_than", ["american", "hostage"])
d.F("Fifty-two", 52, ["american", "hostage", "person"], "count", subject_any=["american", "hostage", "them"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage"], occ=1)
d.F("eight American servicemen", 8, ["serviceman", "servicemember", "american"], "count", subject_any=["servicem", "american"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("a day earlier", 1, ["day"], "duration", core=False)
d.F("several Tehran residents", 3, ["resident"], "count", "about", core=False)
d.F("27-year-old", 27, ["year"], "duration", core=False)
d.F("more than half", 50, ["percent"], "percent", "more_than", ["rial", "value"])
# events
d.EV("Iran marks embassy seizure anniversary", ["other"], TUE, ["iran"], core=False)
d.EV("Khamenei rules out cooperation", ["statement"], MON, KH, core=False)
d.EV("Thousands of Iranians rallied", ["other"], TUE, ["iranian", "iran"])
d.EV("the seizure of the U.S. Embassy", ["seizure"], D(1979, 11, 4), [], core=False)
d.EV("Supreme Leader Ayatollah Ali Khamenei said cooperation", ["statement"], MON, KH)
d.EV("burned U.S. and Israeli flags", ["other", "statement"], TUE, ["crowd"])
d.EV("Speaking to students in Tehran on Monday", ["statement"], MON, KH)
d.EV("he said, according to his official website", ["statement"], MON, KH, core=False)
d.EV("He described the takeover", ["statement"], MON, KH, core=False)
d.EV("the takeover of the embassy by students on November 4, 1979", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("the 1953 coup that toppled", ["coup"], D(1953), [])
d.EV("Khamenei has for years called", ["statement"], None, KH, core=False)
d.EV("he allowed five rounds of indirect talks", ["negotiation", "other", "statement"], ("2025-01-01", "2025-11-04"), KH + ["iran", "united states"])
d.EV("Those talks ended", ["negotiation", "other"], D(2025, 6), [], core=False)
d.EV("Israel launched a 12-day war", ["war", "attack"], D(2025, 6), ["israel"])
d.EV("U.S. forces bombed", ["attack"], D(2025, 6), ["united states", "u.s."])
d.EV("told VOA on Monday", ["statement"], MON, SD, core=False)
d.EV("overran the embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("took more than 60 Americans hostage", ["seizure"], D(1979, 11, 4), ["student"], core=False)
d.EV("Fifty-two of them were held", ["seizure"], None, [], core=False)
d.EV("ended in disaster in the Iranian desert", ["other", "attack"], D(1980, 4), ["united states", "u.s."])
d.EV("Washington had broken off diplomatic relations", ["other", "withdrawal"], D(1980, 4), ["united states", "washington"])
d.EV("The hostages were freed on January 20, 1981", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("the Algiers Accords signed a day earlier", ["agreement"], D(1981, 1, 19), [])
d.EV("said Nadia Crestwood-Pahlavan", ["statement"], None, ["crestwood"], core=False)
d.EV("VOA's Persian Service spoke with", ["statement", "other"], None, [], core=False)
d.EV("said a 27-year-old accountant", ["statement"], None, [], core=False)
d.EV("U.S. sanctions reimposed after", ["sanction"], D(2018), ["united states", "trump"])
d.EV("President Donald Trump withdrew from the 2015 nuclear deal in 2018", ["withdrawal"], D(2018), ["trump"])
d.EV("United Nations sanctions that returned in late September", ["sanction"], ("2025-09-21", "2025-09-30"), [])
d.EV("Britain, France and Germany triggered", ["sanction", "statement", "other"], None, ["britain", "france", "germany", "united kingdom", "e3"])
d.EV("The rial has lost more than half", ["other"], None, [], core=False)
d.EV("Esmaeil Baghaei, said on Monday", ["statement"], MON, ["baghaei"])
d.save()
