from mk import write
from ann import Doc, D, R

DOC = "ho8-travel-advisory-iran-level-4"
PUB = "2025-08-15"
TEXT = """CONSULAR NOTICES DIGEST
Travel advisories as issued, with an editor's note

Editor's note: The State Department reissued its travel advisory for Iran on Thursday, keeping the country at Level 4, the highest of its four levels. Deputy Spokesperson Alan Prewitt told reporters the same day that "no visa, no invitation and no family tie protects an American in Iran." He said the department's message was "simple: do not go," and described wrongful detention as "a pattern the regime has followed for more than four decades." Iran's foreign ministry spokesman, Esmaeil Baghaei, dismissed such warnings last month as "political theatre" aimed at Iranians abroad. The advisory follows in full.

Iran - Level 4: Do Not Travel

Last Updated: August 14, 2025

Reissued after periodic review, with updates to the sections on wrongful detention and armed conflict.

Do not travel to Iran for any reason. U.S. citizens in Iran face a serious risk of kidnapping, arbitrary arrest and wrongful detention, as well as the risk of terrorism, civil unrest and renewed armed conflict. U.S. citizens now in Iran should consider leaving if they can do so safely.

Reasons for this advisory:

- Wrongful detention. Iranian authorities routinely arrest U.S. citizens, and especially dual U.S.-Iranian nationals, on charges such as "espionage" and "collaboration with a hostile state." Students, journalists, researchers, business travelers and people visiting relatives have all been held. Detainees have been denied lawyers and family visits and have been kept in solitary confinement for long periods.
- Dual nationality. The Iranian government does not recognize dual nationality. It treats U.S.-Iranian dual nationals only as Iranian citizens and may bar them from leaving the country.
- Armed conflict. In June 2025, Israel and Iran fought a twelve-day war. On June 22, U.S. forces struck three Iranian nuclear facilities, and Iran fired missiles at Al Udeid Air Base in Qatar the following day. A ceasefire announced on June 24 has largely held, but the risk of renewed strikes, airspace closures and sudden flight cancellations remains high.
- Civil unrest. Security forces killed more than 500 people during the nationwide protests that followed the death of Mahsa Amini in police custody in September 2022, according to human rights groups. Demonstrations can turn violent without warning.
- No U.S. diplomatic presence. The U.S. government cannot provide routine or emergency services to U.S. citizens in Iran.

Background on consular services

The United States broke off diplomatic relations with Iran on April 7, 1980, after militants seized the U.S. Embassy in Tehran on November 4, 1979, and held 52 Americans for 444 days. The embassy has been closed ever since. The Embassy of Switzerland in Tehran has acted as the U.S. protecting power since 1980, but its Foreign Interests Section can offer only limited help, and Iranian authorities have often refused to let Swiss officials visit detained dual nationals.

Wrongful detentions

Since 2015, at least 16 U.S. citizens and lawful permanent residents have been detained in Iran. In September 2023, five U.S. citizens who had been held for between five and eight years were released in an exchange mediated by Qatar, under which about $6 billion in Iranian funds was moved to restricted accounts in Doha. At least four U.S. citizens or residents are believed to remain in Iranian custody today.

Former FBI agent Robert Levinson disappeared on Iran's Kish Island in March 2007. In March 2020, his family said they had concluded that he had "died in the hands of the Iranian authorities." The Rewards for Justice program offers up to $20 million for information on those responsible for his abduction. The Robert Levinson Hostage Recovery and Hostage-Taking Accountability Act was signed into law in December 2020. Executive Order 14078, signed by President Biden in July 2022, allows sanctions on those involved in the wrongful detention of U.S. nationals.

If you decide to travel to Iran despite this advisory:

- Draft a will and designate insurance beneficiaries before you leave.
- Leave DNA samples with your medical provider, and agree with your family on a "proof of life" question that only you can answer.
- Do not post about your travel on social media, and do not carry material that could be described as political.
- Enroll in the Smart Traveler Enrollment Program (STEP) to receive messages and alerts.

Contact: Overseas Citizens Services, 1-888-407-4747 from the United States and Canada, or +1-202-501-4444 from other countries. Families of U.S. citizens detained in Iran may also write to the Office of the Special Presidential Envoy for Hostage Affairs.
"""
write(DOC, "Iran - Level 4: Do Not Travel", "Consular Notices Digest", PUB, TEXT)

d = Doc(DOC, PUB)
THU = D(2025, 8, 14)
PRE = ["prewitt", "spokesperson", "state department"]
# quotes
d.Q("no visa, no invitation and no family tie protects an American in Iran.", ["partial", "direct"], "Alan Prewitt", PRE, THU)
d.Q("simple: do not go,", ["partial"], "Alan Prewitt", PRE, THU)
d.Q("a pattern the regime has followed for more than four decades.", ["partial"], "Alan Prewitt", PRE, THU)
d.Q("political theatre", ["partial"], "Esmaeil Baghaei", ["baghaei", "spokesman", "foreign ministry"], D(2025, 7))
d.Q("died in the hands of the Iranian authorities.", ["partial"], "Levinson family", ["levinson", "family"], D(2020, 3))
d.Q("espionage", ["term"], None)
d.Q("collaboration with a hostile state.", ["term"], None)
d.Q("proof of life", ["term"], None, core=False)
# figures
d.F("more than four decades", 40, ["year"], "duration", "more_than", ["pattern", "detention", "regime"])
d.F("four levels", 4, ["level"], "count", core=False)
d.F("twelve-day", 12, ["day"], "duration", subject_any=["war"])
d.F("three Iranian nuclear facilities", 3, ["iranian nuclear facility", "nuclear facility", "facility"], "count", subject_any=["facilit", "nuclear"])
d.F("more than 500 people", 500, ["people", "person"], "count", "more_than", ["people", "protest", "killed"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage", "embassy"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("at least 16 U.S. citizens and lawful permanent residents", 16, ["u.s. citizen", "citizen", "u.s. citizen and lawful permanent resident"], "count", "at_least", ["citizen", "detain", "resident"])
d.F("five U.S. citizens", 5, ["u.s. citizen", "citizen"], "count", subject_any=["citizen", "released"])
d.F("between five and eight years", 5, ["year"], "duration", subject_any=["held", "citizen"], value_max=8)
d.F("about $6 billion", 6e9, ["usd"], "money", "about", ["fund", "iranian"])
d.F("At least four U.S. citizens or residents", 4, ["u.s. citizen", "citizen", "u.s. citizen or resident"], "count", "at_least", ["citizen", "custody", "resident"])
d.F("up to $20 million", 2e7, ["usd"], "money", "up_to", ["reward", "information", "levinson"])
# events
d.E("Editor's note: The State Department reissued its travel advisory for Iran on Thursday, keeping the country at Level 4, the highest of its four levels.", "reissued", ["statement", "other"], THU, ["state department"])
d.E("Deputy Spokesperson Alan Prewitt told reporters the same day that \"no visa, no invitation and no family tie protects an American in Iran.\"", "told reporters", ["statement"], THU, PRE)
d.E("Iran's foreign ministry spokesman, Esmaeil Baghaei, dismissed such warnings last month as \"political theatre\" aimed at Iranians abroad.", "dismissed", ["statement"], D(2025, 7), ["baghaei"])
d.E("Reissued after periodic review, with updates to the sections on wrongful detention and armed conflict.", "Reissued", ["statement", "other"], THU, ["state department"], core=False)
d.E("In June 2025, Israel and Iran fought a twelve-day war.", "war", ["war"], D(2025, 6), ["israel", "iran"])
s = "On June 22, U.S. forces struck three Iranian nuclear facilities, and Iran fired missiles at Al Udeid Air Base in Qatar the following day."
d.E(s, "struck", ["attack"], D(2025, 6, 22), ["u.s.", "united states", "american"])
d.E(s, "fired missiles", ["attack"], D(2025, 6, 23), ["iran"])
d.E("A ceasefire announced on June 24 has largely held, but the risk of renewed strikes, airspace closures and sudden flight cancellations remains high.", "ceasefire", ["agreement"], D(2025, 6, 24))
s = "Security forces killed more than 500 people during the nationwide protests that followed the death of Mahsa Amini in police custody in September 2022, according to human rights groups."
d.E(s, "killed", ["attack"], None, ["security forces"])
d.E(s, "death", ["other", "attack"], D(2022, 9), core=False)
s = "The United States broke off diplomatic relations with Iran on April 7, 1980, after militants seized the U.S. Embassy in Tehran on November 4, 1979, and held 52 Americans for 444 days."
d.E(s, "broke off diplomatic relations", ["other", "withdrawal"], D(1980, 4, 7), ["united states"])
d.E(s, "seized", ["seizure"], D(1979, 11, 4), ["militant"])
d.E("The Embassy of Switzerland in Tehran has acted as the U.S. protecting power since 1980, but its Foreign Interests Section can offer only limited help, and Iranian authorities have often refused to let Swiss officials visit detained dual nationals.",
    "protecting power", ["support", "other"], R(D(1980), THU), ["switzerland", "swiss"], core=False)
d.E("Since 2015, at least 16 U.S. citizens and lawful permanent residents have been detained in Iran.", "have been detained", ["seizure"], R(D(2015), THU))
d.E("In September 2023, five U.S. citizens who had been held for between five and eight years were released in an exchange mediated by Qatar, under which about $6 billion in Iranian funds was moved to restricted accounts in Doha.",
    "were released", ["other", "agreement"], D(2023, 9), ["iran", "qatar"])
d.E("Former FBI agent Robert Levinson disappeared on Iran's Kish Island in March 2007.", "disappeared", ["other", "seizure"], D(2007, 3))
d.E("In March 2020, his family said they had concluded that he had \"died in the hands of the Iranian authorities.\"", "said", ["statement"], D(2020, 3), ["family", "levinson"])
d.E("The Robert Levinson Hostage Recovery and Hostage-Taking Accountability Act was signed into law in December 2020.", "signed into law", ["legislation"], D(2020, 12))
d.E("Executive Order 14078, signed by President Biden in July 2022, allows sanctions on those involved in the wrongful detention of U.S. nationals.", "signed", ["legislation"], D(2022, 7), ["biden"])
d.E("Iranian authorities routinely arrest U.S. citizens, and especially dual U.S.-Iranian nationals, on charges such as \"espionage\" and \"collaboration with a hostile state.\"", "arrest", ["seizure", "other"], None, ["iran"], core=False)
d.E("Students, journalists, researchers, business travelers and people visiting relatives have all been held.", "have all been held", ["seizure"], None, core=False)
d.save()
