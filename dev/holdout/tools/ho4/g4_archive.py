from ann import Doc, D, R
d = Doc("ho4-archive-coup-cables", "2023-08-18")
PUB = D(2023, 8, 18)
CIA = ["central intelligence", "cia"]
HEN = ["henderson"]
DUL = ["dulles"]
NOU = ["nouri"]
# quotes
d.Q("A Day of Decision", ["term", "partial"], core=False)
d.Q("the first lesson", ["partial"], "Ali Khamenei", ["khamenei"])
d.Q("Campaign to Install a Pro-Western Government in Iran,", ["term", "direct"], core=False)
# the agency's unnamed historian / the history itself: speaker unclear (person, document or agency)
d.Q("as an act of U.S. foreign policy, conceived and approved at the highest levels of government.", ["partial"], None, (), D(1954, 3), core=False)
d.Q("not less than $1,000,000", ["partial"], None, (), D(1954, 3), core=False)
d.Q("a total of 4 officers", ["partial"], None, (), D(1954, 3), core=False)
d.Q("GOVERNMENT APPEARS FIRMLY IN CONTROL. SHAH'S DEPARTURE HAS LEFT ROYALISTS WITHOUT LEADERSHIP AND MANY ARE IN HIDING.",
    ["direct"], "Loy Henderson", HEN, D(1953, 8, 17))
d.Q("EMBASSY BELIEVES NO FURTHER ACTION POSSIBLE AT THIS TIME. RECOMMEND WE AVOID ANY STEP THAT WOULD CONFIRM MOSSADEQ'S CHARGE OF FOREIGN INTERFERENCE.",
    ["direct"], "Loy Henderson", HEN, D(1953, 8, 17))
d.Q("a great deal better than we had any right to expect,", ["partial"], "Allen Dulles", DUL, D(1953, 8, 20))
d.Q("within the narrowest possible circle.", ["partial"], "Allen Dulles", DUL, D(1953, 8, 20))
d.Q("would stand behind him whatever happened.", ["partial"], "Kermit Roosevelt Jr.", ["roosevelt"], D(1979))
d.Q("For Iranians the coup is not history. It is the lens,", ["direct"], "Siavash Nouri", NOU)
d.Q("When Washington left the nuclear deal in 2018, people in Tehran said, 'We have seen this before.' ", ["direct"], "Siavash Nouri", NOU)
d.Q("We have seen this before.", ["direct"], core=False)
d.Q("a significant role", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("a confession that arrived seventy years too late.", ["direct", "partial"], None, (), D(2023, 8, 16), core=False)
# figures
d.F("seventy years", 70, ["year"], "duration", core=False, occ=0)
d.F("eleven documents", 11, ["document"], "count", subject_any=["archive", "document"])
d.F("several", None, ["document"], "count", "about", core=False, ctx=("several of them obtained",))
d.F("Three days", 3, ["day"], "duration", core=False)
d.F("about 200 to more than 300", 200, ["person", "people", "dead"], "count", "about", ["dead"], value_max=300)
d.F("not less than $1,000,000", 1e6, ["usd"], "money", "at_least", ["station", "spent"])
d.F("4 officers", 4, ["officer"], "count", subject_any=["station", "tehran"])
d.F("a quarter of a century", 25, ["year"], "duration", core=False)
d.F("months", None, ["month"], "duration", "about", core=False, ctx=("1979, months before",))
d.F("decades", None, ["year", "decade"], "duration", "about", core=False, ctx=("took decades to",))
d.F("nearly 1,000 pages", 1000, ["page"], "count", "about", ["volume", "foreign relations"])
d.F("seventy years", 70, ["year"], "duration", core=False, occ=1)
d.F("more than seven years", 7, ["year"], "duration", "more_than", ["request", "processed"])
# events
s = "Washington, D.C., August 18, 2023 — Tomorrow marks seventy years since the overthrow of Iran's prime minister, Mohammad Mosaddegh, on 28 Mordad 1332 (August 19, 1953)."
d.E(s, "the overthrow", ["coup"], D(1953, 8, 19))
s = "To mark the anniversary, the Archive is posting eleven documents, several of them obtained through Freedom of Information Act requests filed in 2014, that trace how American officials planned, carried out and later described the operation."
d.E(s, "the Archive is posting eleven documents", ["disclosure"], PUB, ["archive", "foggy bottom"])
d.E(s, "requests filed in 2014", ["other"], D(2014), ["archive"], core=False)
d.E(s, "planned, carried out", ["coup"], None, ["american", "united states"], core=False)
s = "Supreme Leader Ali Khamenei has called it \"the first lesson\" in American conduct toward Iran, and the foreign ministry cited it again last month when it rejected proposals for direct talks."
d.E(s, "has called it", ["statement"], None, ["khamenei"])
d.E(s, "the foreign ministry cited it again last month", ["statement"], D(2023, 7), ["foreign ministry", "ministry", "iran"])
d.E(s, "rejected proposals for direct talks", ["statement", "negotiation", "other"], D(2023, 7), ["foreign ministry", "ministry", "iran"], core=False)
d.E("The crisis began when the Majlis voted in March 1951 to nationalise the Anglo-Iranian Oil Company.", "the Majlis voted",
    ["legislation"], D(1951, 3), ["majlis", "iran"])
s = "London imposed a blockade on Iranian oil, and in October 1952 Mosaddegh broke off relations with Britain."
d.E(s, "London imposed a blockade on Iranian oil", ["sanction"], None, ["london", "britain", "united kingdom", "british"])
d.E(s, "broke off relations with Britain", ["other", "withdrawal"], D(1952, 10), ["mosaddegh", "mossadegh", "mosaddeq", "iran"])
d.E("British officials then turned to Washington for help.", "turned to Washington for help", ["other", "negotiation"], None,
    ["british", "united kingdom", "britain"], core=False)
s = "After President Dwight D. Eisenhower took office in January 1953, the Central Intelligence Agency began planning with the British Secret Intelligence Service an operation code-named TPAJAX."
d.E(s, "took office in January 1953", ["leadership_change"], D(1953, 1), ["eisenhower"])
d.E(s, "began planning", ["coup", "other"], None, CIA)
s = "A first attempt failed on the night of 25 Mordad (August 15–16), and the Shah fled to Baghdad and then to Rome."
d.E(s, "A first attempt failed", ["coup"], ("1953-08-15", "1953-08-16"))
d.E(s, "the Shah fled to Baghdad", ["leadership_change", "other"], ("1953-08-15", "1953-08-18"), ["shah", "pahlavi"])
d.E("Three days later, crowds paid in part with agency money, army units loyal to General Fazlollah Zahedi and a sympathetic press brought the government down.",
    "brought the government down", ["coup"], ("1953-08-18", "1953-08-19"), ["crowd", "army", "zahedi", "agency", "central intelligence", "cia", "press"])
d.E("The Shah returned to Tehran on August 22.", "returned to Tehran", ["leadership_change"], D(1953, 8, 22), ["shah", "pahlavi"])
d.E("Document 1: Central Intelligence Agency, \"Campaign to Install a Pro-Western Government in Iran,\" internal history, March 1954 (excerpt, released 2013).",
    "released 2013", ["disclosure"], D(2013), CIA, core=False)
d.E("The agency's own historian wrote that the operation had been undertaken \"as an act of U.S. foreign policy, conceived and approved at the highest levels of government.\"",
    "wrote", ["statement"], D(1954, 3), CIA + ["historian"], core=False)
d.E("The same history estimates that the station spent \"not less than $1,000,000\" of a budget it could draw on freely, and notes that Tehran station had \"a total of 4 officers\" in place in the spring of 1953.",
    "estimates", ["statement"], D(1954, 3), CIA + ["history"], core=False)
d.E("Document 4: Telegram from the Embassy in Tehran to the Department of State, August 17, 1953.", "Telegram",
    ["statement"], D(1953, 8, 17), HEN + ["embassy"], core=False)
d.E("In a cable sent on the evening of August 17, Ambassador Loy Henderson reported from Tehran:", "reported from Tehran",
    ["statement"], D(1953, 8, 17), HEN)
d.E("Document 7: Memorandum for the President, August 20, 1953.", "Memorandum", ["statement"], D(1953, 8, 20), DUL, core=False)
s = "The director of central intelligence, Allen Dulles, informed Eisenhower the day after the coup that the outcome was \"a great deal better than we had any right to expect,\" and asked that the agency's role be kept \"within the narrowest possible circle.\""
d.E(s, "informed Eisenhower the day after the coup", ["statement"], D(1953, 8, 20), DUL)
d.E(s, "the coup", ["coup"], D(1953, 8, 19), core=False)
s = "Writing a quarter of a century later, the CIA's chief organiser of the operation recalled telling the Shah that the British and Americans \"would stand behind him whatever happened.\""
d.E(s, "recalled", ["statement"], ("1978-01-01", "1979-12-31"), ["roosevelt", "organiser", "cia"])
d.E(s, "telling the Shah", ["statement", "support"], D(1953), ["roosevelt", "organiser", "cia"], core=False)
s = "Roosevelt's book appeared in 1979, months before the embassy seizure, and an earlier printing was withdrawn after the British objected to passages about their role."
d.E(s, "Roosevelt's book appeared in 1979", ["disclosure", "other"], D(1979), ["roosevelt"])
d.E(s, "the embassy seizure", ["seizure"], D(1979), core=False)
d.E(s, "an earlier printing was withdrawn", ["other", "withdrawal"], D(1979), core=False)
d.E(s, "the British objected", ["statement"], None, ["british", "united kingdom", "britain"], core=False)
d.E("It is the lens,\" said Siavash Nouri, who co-edited the collection.", "said Siavash Nouri", ["statement"], None, NOU, core=False)
d.E("\"When Washington left the nuclear deal in 2018, people in Tehran said, 'We have seen this before.' \"",
    "Washington left the nuclear deal in 2018", ["withdrawal"], D(2018), ["washington", "united states"])
s = "In March 2000 Secretary of State Madeleine Albright said the United States had played \"a significant role\" in the coup, and in a June 2009 speech in Cairo President Barack Obama acknowledged American involvement."
d.E(s, "Madeleine Albright said", ["statement"], D(2000, 3), ["albright", "united states"])
d.E(s, "in a June 2009 speech in Cairo", ["statement"], D(2009, 6), ["obama", "united states"])
d.E(s, "the coup", ["coup"], D(1953, 8, 19), core=False)
s = "A retrospective volume of Foreign Relations of the United States on Iran, promised in the 1990s, was finally published in June 2017 and runs to nearly 1,000 pages."
d.E(s, "was finally published in June 2017", ["disclosure"], D(2017, 6))
d.E(s, "promised in the 1990s", ["statement", "other"], ("1990-01-01", "1999-12-31"), core=False)
d.E("On Wednesday, a commentator on IRIB called the documents \"a confession that arrived seventy years too late.\"",
    "called the documents", ["statement"], D(2023, 8, 16), ["irib", "commentator"])
d.E("The Archive thanks the CIA Information Review and Release office, which processed the requests over more than seven years.",
    "processed the requests", ["other", "disclosure"], None, CIA, core=False)
d.save()
