import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h13 import write, PDoc, D, R

DOC = "ho13-frus-telegram-tehran-mood-after-shah-admission"
PUB = "2023-05-16"  # the volume's release date (a Tuesday); the telegram is dated Thursday, 1 November 1979
TEXT = """Foreign Relations of the United States, 1977–1980, Volume XXIII, Iran: Revolution and Rupture, 1979
Office of the Historian (style imitation) · Volume released May 16, 2023

288. Telegram From the Embassy in Iran to the Department of State1

Tehran, November 1, 1979, 1345Z

11527. Subject: Mood in Tehran After the Shah's Admission. Ref: (A) Tehran 11390; (B) State 281604.

1. (C) Entire text.

2. (C) Begin summary: Public reaction to the Shah's admission to the United States, muted during the first week, has hardened sharply in the last three days. Yesterday an estimated 15,000 demonstrators marched past the Embassy on Takht-e Jamshid Avenue, and this morning Khomeini called on students to widen their attacks on America. The Provisional Government still says it will protect us, but its ability to do so is doubtful. End summary.

3. (C) When Precht and I informed Prime Minister Bazargan and Foreign Minister Yazdi of the Shah's illness on October 21,2 Yazdi warned that we were "opening a box that nobody will be able to close" and asked for written assurances that the Shah would engage in no political activity while in the United States. We gave those assurances the same evening. The Shah entered New York Hospital the next day.3

4. (C) For the first week the reaction was limited to press commentary. That changed last Friday, when prayer leaders in Tehran and Qom devoted their sermons to the Shah, and on Monday the Foreign Ministry spokesman told reporters that Washington had shown "contempt for the Iranian nation." The English-language press, which had been cautious, has followed the clergy's lead.

5. (C) Khomeini's message this morning, read on Tehran radio, urged students and seminarians to "press their attacks on America with all their strength" until the Shah is returned for trial. We read this as a license for action against us, and we have said so to the Foreign Ministry's chief of protocol.

6. (C) Bazargan and Yazdi are in Algiers today for the anniversary of the Algerian revolution, where we understand they will see Dr. Brzezinski. Hardliners here have already seized on the meeting; one cleric told a crowd in south Tehran that "those who shake hands with the Americans will answer to the people." We recommend that the Department give no publicity to the Algiers contact.4

7. (C) The Embassy compound now holds some 70 Americans and about 20 local employees. Our guard force was cut to 13 Marines after the February 14 attack, when armed men occupied the chancery for several hours before Yazdi secured our release.

8. (C) Comment: After nine months of trying to show this government that we accept the revolution, we are again being cast as the patron of the old regime. Many Iranians we talk to believe, as one bazaar merchant put it, that "the Americans brought the Shah back once and will do it again," a reference to August 1953 that we hear more often now than at any time since February. We cannot rule out another attempt to enter the compound.5 End comment.

Laingen

1 Source: National Archives, RG 59, Central Foreign Policy File, D790502-0871. Confidential; Immediate. Repeated Immediate to the White House. Received at 1521Z.
2 The meeting took place on the evening of October 21 at the Prime Minister's office; see Document 281.
3 The Shah arrived in New York from Mexico late on October 22 and was admitted to New York Hospital–Cornell Medical Center for treatment of lymphoma.
4 Brzezinski met Bazargan, Yazdi and Defense Minister Mostafa Chamran in Algiers on November 1. Bazargan's government resigned on November 6, two days after students seized the Embassy and took its staff hostage; see Documents 292 and 296.
5 Laingen, Political Counselor Victor Tomseth and Security Officer Michael Howland were at the Foreign Ministry when the compound was overrun on November 4; they were kept there for more than a year.
"""
write(DOC, "Telegram From the Embassy in Iran to the Department of State, November 1, 1979 (FRUS 1977–1980, vol. XXIII, document 288)",
      "Office of the Historian (style imitation)", PUB, TEXT)


class P(PDoc):
    MARK = r"\d{1,2}"


d = P(DOC, PUB)
TEL = D(1979, 11, 1)
YEST = D(1979, 10, 31)
OCT21 = D(1979, 10, 21)
KH = ["khomeini"]
# quotes
d.Q("opening a box that nobody will be able to close", ["partial"], "Ebrahim Yazdi", ["yazdi"], OCT21)
d.Q("contempt for the Iranian nation.", ["partial"], None, (), D(1979, 10, 29))
d.Q("press their attacks on America with all their strength", ["partial"], "Ruhollah Khomeini", KH, TEL)
d.Q("those who shake hands with the Americans will answer to the people.", ["partial", "direct"], None, ())
d.Q("the Americans brought the Shah back once and will do it again,", ["partial", "direct"], None, ())

# figures
d.F("three days", 3, ["day"], "duration", core=False)
d.F("an estimated 15,000 demonstrators", 15000, ["demonstrator"], "count", "about", ["demonstrator"])
d.F("some 70 Americans", 70, ["american"], "count", "about", ["american", "compound", "embassy"])
d.F("about 20 local employees", 20, ["local employee", "employee"], "count", "about", ["employee"])
d.F("13 Marines", 13, ["marine"], "count", subject_any=["marine", "guard"])
d.F("several hours", 3, ["hour"], "duration", "about", core=False)
d.F("nine months", 9, ["month"], "duration", subject_any=["trying", "revolution"])
d.F("two days after", 2, ["day"], "duration", core=False)
d.F("more than a year", 1, ["year"], "duration", "more_than", ["kept", "foreign ministry"])

# events (telegram dated Thursday 1 November 1979: "yesterday" 10-31, "this morning"/"today" 11-01,
# "last Friday" 10-26, "on Monday" 10-29)
d.V("Yesterday an estimated 15,000", "marched", ["other"], YEST, ["demonstrator"])
d.V("Yesterday an estimated 15,000", "called on students", ["statement"], TEL, KH, core=False)  # the summary repeats para 5
d.V("The Provisional Government still says", "says", ["statement"], None, ["provisional government", "government"], core=False)
d.V("When Precht and I informed", "informed", ["negotiation", "statement", "other"], OCT21, ["laingen", "precht", "united states", "embassy"])
d.V("When Precht and I informed", "warned", ["statement"], OCT21, ["yazdi"])
d.V("We gave those assurances the same evening.", "gave those assurances", ["statement", "agreement", "other"], OCT21, ["laingen", "united states", "embassy"])
d.V("The Shah entered New York Hospital", "entered", ["other"], D(1979, 10, 22), ["shah", "pahlavi"])
d.V("That changed last Friday", "devoted their sermons", ["statement"], D(1979, 10, 26), ["prayer leader", "clergy", "cleric"])
d.V("That changed last Friday", "told reporters", ["statement"], D(1979, 10, 29), ["spokesman", "foreign ministry"])
d.V("Khomeini's message this morning", "urged", ["statement"], TEL, KH)
d.V("We read this as a license", "have said so", ["statement"], None, ["embassy", "laingen", "united states"], core=False)
d.V("Bazargan and Yazdi are in Algiers today", "will see", ["negotiation"], TEL, ["bazargan", "yazdi", "iran"], core=False)
d.V("Hardliners here have already seized on the meeting", "told a crowd", ["statement"], None, ["cleric"], core=False)
d.V("We recommend that the Department", "recommend", ["statement"], TEL, ["embassy", "laingen"], core=False)
d.V("Our guard force was cut to 13 Marines", "occupied the chancery", ["seizure", "attack"], D(1979, 2, 14), ["armed men"])
d.V("Our guard force was cut to 13 Marines", "secured our release", ["other", "seizure", "agreement"], D(1979, 2, 14), ["yazdi"])
d.V("Many Iranians we talk to believe", "brought the Shah back", ["coup", "leadership_change"], D(1953, 8), ["american", "united states"])
# editors' footnotes (explicit dates)
d.V("2 The meeting took place on the evening", "meeting", ["negotiation", "other"], OCT21, [], core=False)
d.V("3 The Shah arrived in New York", "arrived", ["other"], D(1979, 10, 22), ["shah", "pahlavi"])
d.V("3 The Shah arrived in New York", "was admitted", ["other"], D(1979, 10, 22), [], core=False)
d.V("4 Brzezinski met Bazargan", "met", ["negotiation"], TEL, ["brzezinski", "united states"])
d.V("Bazargan's government resigned", "resigned", ["leadership_change"], D(1979, 11, 6), ["bazargan", "government"])
d.V("Bazargan's government resigned", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("Bazargan's government resigned", "took its staff hostage", ["seizure"], D(1979, 11, 4), ["student"], core=False)
d.V("5 Laingen, Political Counselor", "was overrun", ["seizure"], D(1979, 11, 4), [], core=False)
d.V("5 Laingen, Political Counselor", "were kept there", ["seizure", "other"], None, [], core=False)
d.save()
