from o0 import FDoc, D, R, write, author, meta_note

DOC = "dev-o-local-paper-hostage-daughter-iranian-americans-war"
PUB = "2025-06-24"  # a Tuesday
TEXT = """'We've been here before': A hostage's daughter and Cedar Bend's Iranian Americans watch the war from afar

By Molly Vanderhoek-Saleh
Ledger-Dispatch staff writer

CEDAR BEND — Shirin Mahdavi-Kessler spent Saturday night on her couch with two phones, one tuned to the news and the other open to a family group chat in Shiraz that kept going silent.

Shortly after 10 p.m., President Donald Trump appeared on television to announce that American bombers had struck three nuclear sites in Iran.

"I was watching two countries I love hit each other again," said Mahdavi-Kessler, 61, who owns the Main Street Pharmacy and came to Cedar Bend from Shiraz in 1984 to study chemistry at the state university. "You don't get to pick a side when your mother lives in one of them."

By Tuesday morning, a ceasefire that Trump announced on Monday evening appeared to be holding. It came hours after Iran fired missiles at Al Udeid Air Base in Qatar on Monday in what U.S. officials described as a limited, telegraphed response. No Americans were hurt.

For many in Cedar Bend, the past 12 days have stirred memories that reach back more than four decades.

Across town, Linda Carrow-Whitley keeps a yellow ribbon in a frame above her kitchen table. Her father, Richard Carrow, was a 31-year-old communications officer at the U.S. Embassy in Tehran when students stormed the compound on Nov. 4, 1979. He was among the 52 Americans held for 444 days.

"My dad used to say they took 444 days from him and never gave any of them back," Carrow-Whitley, 58, said Monday at that table. "When I saw the bombers on the news, the first thing I thought was, he would have had a lot to say about this."

The hostages were freed on Jan. 20, 1981, minutes after Ronald Reagan took the oath of office. Richard Carrow came home to Cedar Bend a week later. On Feb. 1, 1981, about 5,000 people lined Main Street for a parade in his honor, according to the Ledger-Dispatch's report at the time.

Carrow-Whitley was 14 and rode in the back of a borrowed convertible. "I remember the noise more than anything," she said.

Her father went back to work for the State Department and retired in 1998. He died in 2009. He never returned to Iran, and he never quite trusted its government, she said.

"He didn't hate Iranians. He hated being lied to," she said. "When the nuclear deal fell apart in 2018, he'd been gone nine years, but I could hear him saying he wasn't surprised."

Cedar Bend's Iranian American community is small but old. About 300 families live in the county, according to the Iranian American Association of Cedar Bend, which was founded in 1996. On Sunday evening, the association held a vigil at Riverside Park attended by about 80 people, who read aloud the names of relatives living in Iran.

Dariush Farzaneh-Bell, 44, a software engineer whose parents live in Tehran, helped organize it. "My mother called on Friday and said the windows in her building shook all night," he said. "I don't know how to hold both of my countries in my head at the same time."

Israel began striking Iran on June 13, and Iran answered with waves of missiles. Iran's Health Ministry said on Monday that more than 400 people had been killed in the country since then, and Israeli officials said 24 people had been killed in Israel.

Farzaneh-Bell said his parents would not leave Tehran. "They lived through the war with Iraq in the 1980s," he said. "My father says this is shorter, and louder."

At the pharmacy on Monday, Mahdavi-Kessler said she had stopped checking the chat every few minutes. Her sister had written that morning that the family was safe.

Carrow-Whitley said she would wait before believing in peace. "Ask me in a year," she said.
"""
write(DOC, "'We've been here before': A hostage's daughter and Cedar Bend's Iranian Americans watch the war from afar",
      "The Cedar Bend Ledger-Dispatch", PUB, TEXT)
author(DOC, "Molly Vanderhoek-Saleh")
meta_note(DOC, "US local-newspaper human-interest story in the style of a small-city daily; the paper, the town of Cedar Bend, "
          "the writer, Shirin Mahdavi-Kessler, Linda Carrow-Whitley, the hostage Richard Carrow (not one of the real 52), "
          "Dariush Farzaneh-Bell, the Iranian American Association of Cedar Bend, Riverside Park, the 1981 parade and every "
          "quote are invented; the war's dates, the strikes of 21-22 June, the Al Udeid launch and the ceasefire are historical, "
          "the casualty counts as reported on 23 June plausible")

d = FDoc(DOC, PUB)
TUE, MON, SUN, SAT, FRI = D(2025, 6, 24), D(2025, 6, 23), D(2025, 6, 22), D(2025, 6, 21), D(2025, 6, 20)
SHIRIN, LINDA, DAR = ["mahdavi"], ["carrow-whitley", "linda"], ["farzaneh"]
# quotes
d.Q("We've been here before", ["term", "partial", "direct"], None, [], None, core=False)
d.Q("I was watching two countries I love hit each other again,", ["direct"], "Shirin Mahdavi-Kessler", SHIRIN, None)
d.Q("You don't get to pick a side when your mother lives in one of them.", ["direct"], "Shirin Mahdavi-Kessler", SHIRIN, None)
d.Q("My dad used to say they took 444 days from him and never gave any of them back,", ["direct"], "Linda Carrow-Whitley", LINDA, MON)
d.Q("When I saw the bombers on the news, the first thing I thought was, he would have had a lot to say about this.", ["direct"], "Linda Carrow-Whitley", LINDA, MON)
d.Q("I remember the noise more than anything,", ["direct"], "Linda Carrow-Whitley", LINDA, None)
d.Q("He didn't hate Iranians. He hated being lied to,", ["direct"], "Linda Carrow-Whitley", LINDA, None)
d.Q("When the nuclear deal fell apart in 2018, he'd been gone nine years, but I could hear him saying he wasn't surprised.", ["direct"], "Linda Carrow-Whitley", LINDA, None)
d.Q("My mother called on Friday and said the windows in her building shook all night,", ["direct"], "Dariush Farzaneh-Bell", DAR, None)
d.Q("I don't know how to hold both of my countries in my head at the same time.", ["direct"], "Dariush Farzaneh-Bell", DAR, None)
d.Q("They lived through the war with Iraq in the 1980s,", ["direct"], "Dariush Farzaneh-Bell", DAR, None)
d.Q("My father says this is shorter, and louder.", ["direct"], "Dariush Farzaneh-Bell", DAR, None)
d.Q("Ask me in a year,", ["direct"], "Linda Carrow-Whitley", LINDA, None)
# figures
d.F("two phones", 2, ["phone"], "count", subject_any=["phone"])
d.F("three nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("two countries", 2, ["country"], "count", core=False)
d.F("61", 61, ["year"], "duration", core=False)
d.F("12 days", 12, ["day"], "duration", core=False)
d.F("more than four decades", 40, ["year"], "duration", "more_than", core=False)
d.F("31-year-old", 31, ["year"], "duration", core=False)
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage", "day"], occ=0)
d.F("58", 58, ["year"], "duration", core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["day", "him"], occ=1)
d.F("a week later", 1, ["week"], "duration", core=False)
d.F("about 5,000 people", 5000, ["people", "person"], "count", "about", ["people", "parade", "main street"])
d.F("14", 14, ["year"], "duration", core=False, ctx=("Carrow-Whitley was 14",))
d.F("nine years", 9, ["year"], "duration", core=False)
d.F("About 300 families", 300, ["family"], "count", "about", ["famil"])
d.F("about 80 people", 80, ["people", "person"], "count", "about", ["people", "vigil"])
d.F("44", 44, ["year"], "duration", core=False, ctx=("Farzaneh-Bell, 44",))
d.F("more than 400 people", 400, ["people", "person"], "count", "more_than", ["people", "killed", "iran"])
d.F("24 people", 24, ["people", "person"], "count", subject_any=["people", "killed", "israel"])
d.F("a year", 1, ["year"], "duration", core=False, ctx=("Ask me in a year",))
# events
d.EV("Shortly after 10 p.m., President Donald Trump appeared on television", ["statement"], SAT, ["trump"])
d.EV("had struck three nuclear sites", ["attack"], ("2025-06-21", "2025-06-22"), ["united states", "american"])
d.EV("said Mahdavi-Kessler", ["statement"], None, SHIRIN, core=False)
d.EV("came to Cedar Bend from Shiraz in 1984", ["other"], D(1984), SHIRIN, core=False)
d.EV("a ceasefire that Trump announced on Monday evening", ["agreement", "statement"], MON, ["trump"])
d.EV("appeared to be holding", ["agreement", "other"], TUE, [], core=False)
d.EV("Iran fired missiles at Al Udeid Air Base", ["attack"], MON, ["iran"])
d.EV("described as a limited", ["statement"], None, [], core=False)
d.EV("students stormed the compound on Nov. 4, 1979", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("He was among the 52 Americans held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.EV("said Monday at that table", ["statement"], MON, LINDA, core=False)
d.EV("The hostages were freed on Jan. 20, 1981", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan took the oath of office", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("came home to Cedar Bend a week later", ["other"], ("1981-01-27", "1981-01-27"), ["carrow"], core=False)
d.EV("about 5,000 people lined Main Street for a parade", ["other"], D(1981, 2, 1), [])
d.EV("I remember the noise more than anything,\" she said", ["statement"], None, LINDA, core=False)
d.EV("retired in 1998", ["other", "leadership_change"], D(1998), ["carrow"], core=False)
d.EV("He died in 2009", ["other"], D(2009), [])
d.EV("never quite trusted its government, she said", ["statement"], None, LINDA, core=False)
d.EV("He hated being lied to,\" she said", ["statement"], None, LINDA, core=False)
d.EV("When the nuclear deal fell apart in 2018", ["withdrawal"], D(2018), ["united states", "trump"])
d.EV("which was founded in 1996", ["other"], D(1996), ["association"], core=False)
d.EV("the association held a vigil at Riverside Park", ["other"], SUN, ["association", "iranian american"])
d.EV("My mother called on Friday", ["statement", "other"], FRI, [], core=False)
d.EV("the windows in her building shook all night,\" he said", ["statement"], None, DAR, core=False)
d.EV("Israel began striking Iran on June 13", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("Iran answered with waves of missiles", ["attack"], ("2025-06-13", "2025-06-24"), ["iran"])
d.EV("Iran's Health Ministry said on Monday", ["statement"], MON, ["health ministry", "iran"])
d.EV("more than 400 people had been killed", ["attack"], ("2025-06-13", "2025-06-23"), [])
d.EV("Israeli officials said 24 people had been killed", ["attack"], ("2025-06-13", "2025-06-23"), [])
d.EV("Farzaneh-Bell said his parents", ["statement"], None, DAR, core=False)
d.EV("They lived through the war with Iraq in the 1980s", ["war"], R(D(1980), D(1988)), ["iraq", "iran"], core=False)
d.EV("At the pharmacy on Monday, Mahdavi-Kessler said", ["statement"], MON, SHIRIN, core=False)
d.EV("Her sister had written that morning", ["statement", "other"], MON, [], core=False)
d.EV("Carrow-Whitley said she would wait", ["statement"], None, LINDA, core=False)
d.save()
