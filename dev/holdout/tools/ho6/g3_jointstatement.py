from mk import write
from ann import Doc, D, R

DOC = "ho6-joint-statement-iran-oman-visit"
PUB = "2023-05-30"
TEXT = """GULF CRESCENT NEWS SERVICE

Iran, Oman issue joint statement after sultan's Tehran visit; Washington cautious

TEHRAN, May 30 (GCNS) - Iran and Oman issued a joint statement on Monday at the end of a two-day state visit to Tehran by Sultan Haitham bin Tarik, pledging deeper economic ties and what the two governments called "continued consultation" on regional security. The text, as released by the Iranian presidency in English, is reproduced below, followed by reactions.

JOINT STATEMENT OF THE ISLAMIC REPUBLIC OF IRAN AND THE SULTANATE OF OMAN

1. At the invitation of His Excellency Seyyed Ebrahim Raisi, President of the Islamic Republic of Iran, His Majesty Sultan Haitham bin Tarik, Sultan of Oman, paid a state visit to Tehran on 7 and 8 Khordad 1402, corresponding to 28 and 29 May 2023.

2. The two sides held official talks in a cordial and brotherly atmosphere and reviewed bilateral relations, which they described as rooted in "centuries of good neighbourliness and mutual respect".

3. The Parties signed four memoranda of understanding in the fields of energy, trade and investment, the environment, and science and technology.

4. The two sides agreed to raise the volume of bilateral trade, which stood at approximately US$1.3 billion in 2022, to US$3 billion within three years.

5. The Iranian side expressed its appreciation for the role of the Sultanate in securing, on 26 May 2023, the release of an Iranian national held in Belgium and of a Belgian national held in Iran.

6. The Parties stressed that the Joint Comprehensive Plan of Action remains the basis for resolving questions related to Iran's peaceful nuclear programme, and that "all participants should return to full and verifiable compliance with their commitments". The Iranian side recalled that the United States withdrew from the Plan on 8 May 2018 "in clear violation of its obligations under international law".

7. The two sides welcomed the agreement reached between the Islamic Republic of Iran and the Kingdom of Saudi Arabia in Beijing on 10 March 2023 to resume diplomatic relations.

8. His Majesty the Sultan extended an invitation to President Raisi to visit Muscat, which was accepted with thanks.

Done at Tehran, 29 May 2023.

REACTIONS

By Samir Khoury

WASHINGTON/DUBAI - The United States welcomes any effort to lower tensions in the Gulf but will judge Iran by its conduct, the State Department said on Monday.

"We are aware of the visit and we always welcome steps that reduce tension in the region," spokesman Matthew Miller told reporters. "But Iran's actions, not its communiqués, will be the test."

Oman has long served as a discreet channel between the two adversaries. It hosted secret U.S.-Iranian talks in Muscat in 2012 and 2013 that paved the way for an interim nuclear deal in Geneva in November 2013 and the final agreement in Vienna in July 2015. More recently it helped arrange the Belgian exchange, which freed aid worker Olivier Vandecasteele after some 15 months in an Iranian prison.

In Tehran, Foreign Ministry spokesman Nasser Kanaani said on Tuesday that Iran was "open to any initiative" that would lead to the lifting of sanctions. But he added: "The American side has shown again and again that its signature is worth very little."

Efforts to revive the 2015 deal stalled last September, and Western officials say Iran has since enriched uranium to up to 60 percent.

"Oman is the one door in this region that has never been closed," said Hessa al-Rawahi, a researcher at the Al-Bustan Institute in Muscat. "But a door is not a deal. Both governments would have to walk through it on the same day, and neither believes the other will."

Two Western diplomats told GCNS that messages had passed between Tehran and Washington through Muscat in recent weeks. They declined to give details.

(Editing by Lina Haddad)
"""
write(DOC, "Iran, Oman issue joint statement after sultan's Tehran visit; Washington cautious", "Gulf Crescent News Service", PUB, TEXT)

d = Doc(DOC, PUB)
MON = D(2023, 5, 29)
TUE = D(2023, 5, 30)
VISIT = ("2023-05-28", "2023-05-29")
IO = ["iran", "oman", "raisi", "haitham", "sultan", "two governments", "parties", "two sides"]
# quotes
d.Q("continued consultation", ["partial", "term"], "Iran and Oman", IO, MON)
d.Q("centuries of good neighbourliness and mutual respect", ["partial"], "Iran and Oman", IO, VISIT)
d.Q("all participants should return to full and verifiable compliance with their commitments", ["partial"], "Iran and Oman", IO, VISIT)
d.Q("in clear violation of its obligations under international law", ["partial"], "Iran", ["iran"], VISIT)
d.Q("We are aware of the visit and we always welcome steps that reduce tension in the region,", ["direct"], "Matthew Miller", ["miller"], MON)
d.Q("But Iran's actions, not its communiqués, will be the test.", ["direct"], "Matthew Miller", ["miller"], MON)
d.Q("open to any initiative", ["partial"], "Nasser Kanaani", ["kanaani", "kanani"], TUE)
d.Q("The American side has shown again and again that its signature is worth very little.", ["direct"], "Nasser Kanaani", ["kanaani", "kanani"], TUE)
d.Q("Oman is the one door in this region that has never been closed,", ["direct"], "Hessa al-Rawahi", ["rawahi"])
d.Q("But a door is not a deal. Both governments would have to walk through it on the same day, and neither believes the other will.", ["direct"], "Hessa al-Rawahi", ["rawahi"])
# figures
d.F("two-day", 2, ["day"], "duration", subject_any=["visit"])
d.F("two governments", 2, ["government"], "count", core=False)
d.F("centuries", 200, ["year", "century"], "duration", "about", core=False)
d.F("four memoranda of understanding", 4, ["memorandum of understanding", "memorandum", "memoranda of understanding"], "count", subject_any=["memorand"])
d.F("approximately US$1.3 billion", 1.3e9, ["usd"], "money", "about", ["trade"])
d.F("US$3 billion", 3e9, ["usd"], "money", subject_any=["trade"])
d.F("within three years", 3, ["year"], "duration", "at_most", ["trade"])
for i in range(3):
    d.F("two sides", 2, ["side"], "count", core=False, occ=i)
d.F("two adversaries", 2, ["adversary"], "count", core=False)
d.F("some 15 months", 15, ["month"], "duration", "about", ["prison", "vandecasteele"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("the one door", 1, ["door"], "count", core=False)
d.F("Two Western diplomats", 2, ["western diplomat", "diplomat"], "count", subject_any=["diplomat"])
# events
US = ["united states", "state department", "miller", "washington"]
d.E("Iran, Oman issue joint statement after sultan's Tehran visit; Washington cautious", "issue joint statement", ["statement"], MON, ["iran", "oman"], core=False)
s = "TEHRAN, May 30 (GCNS) - Iran and Oman issued a joint statement on Monday at the end of a two-day state visit to Tehran by Sultan Haitham bin Tarik, pledging deeper economic ties and what the two governments called \"continued consultation\" on regional security."
d.E(s, "issued a joint statement on Monday", ["statement"], MON, ["iran", "oman"])
d.E(s, "two-day state visit", ["negotiation", "other"], VISIT, ["haitham", "sultan", "oman"])
d.E("1. At the invitation of His Excellency Seyyed Ebrahim Raisi, President of the Islamic Republic of Iran, His Majesty Sultan Haitham bin Tarik, Sultan of Oman, paid a state visit to Tehran on 7 and 8 Khordad 1402, corresponding to 28 and 29 May 2023.",
    "paid a state visit", ["negotiation", "other"], VISIT, ["haitham", "sultan", "oman"])
d.E("2. The two sides held official talks in a cordial and brotherly atmosphere and reviewed bilateral relations, which they described as rooted in \"centuries of good neighbourliness and mutual respect\".",
    "held official talks", ["negotiation"], VISIT, IO)
d.E("3. The Parties signed four memoranda of understanding in the fields of energy, trade and investment, the environment, and science and technology.", "signed", ["agreement", "legislation"], VISIT, IO)
d.E("4. The two sides agreed to raise the volume of bilateral trade, which stood at approximately US$1.3 billion in 2022, to US$3 billion within three years.", "agreed", ["agreement"], VISIT, IO)
d.E("5. The Iranian side expressed its appreciation for the role of the Sultanate in securing, on 26 May 2023, the release of an Iranian national held in Belgium and of a Belgian national held in Iran.",
    "release", ["other", "agreement", "seizure"], D(2023, 5, 26), ["oman", "sultanate"])
d.E("The Iranian side recalled that the United States withdrew from the Plan on 8 May 2018 \"in clear violation of its obligations under international law\".", "withdrew", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.E("7. The two sides welcomed the agreement reached between the Islamic Republic of Iran and the Kingdom of Saudi Arabia in Beijing on 10 March 2023 to resume diplomatic relations.",
    "the agreement reached", ["agreement"], D(2023, 3, 10), ["iran", "saudi"])
d.E("8. His Majesty the Sultan extended an invitation to President Raisi to visit Muscat, which was accepted with thanks.", "extended an invitation", ["other", "negotiation"], VISIT, ["sultan", "haitham"], core=False)
d.E("WASHINGTON/DUBAI - The United States welcomes any effort to lower tensions in the Gulf but will judge Iran by its conduct, the State Department said on Monday.", "said on Monday", ["statement"], MON, US)
s = "It hosted secret U.S.-Iranian talks in Muscat in 2012 and 2013 that paved the way for an interim nuclear deal in Geneva in November 2013 and the final agreement in Vienna in July 2015."
d.E(s, "secret U.S.-Iranian talks", ["negotiation"], R(D(2012), D(2013)), ["oman", "it"])
d.E(s, "interim nuclear deal", ["agreement"], D(2013, 11))
d.E(s, "the final agreement", ["agreement"], D(2015, 7))
d.E("More recently it helped arrange the Belgian exchange, which freed aid worker Olivier Vandecasteele after some 15 months in an Iranian prison.", "the Belgian exchange", ["other", "agreement", "support"], D(2023, 5, 26), ["oman", "it"])
d.E("In Tehran, Foreign Ministry spokesman Nasser Kanaani said on Tuesday that Iran was \"open to any initiative\" that would lead to the lifting of sanctions.", "said on Tuesday", ["statement"], TUE, ["kanaani", "kanani"])
s = "Efforts to revive the 2015 deal stalled last September, and Western officials say Iran has since enriched uranium to up to 60 percent."
d.E(s, "stalled last September", ["negotiation", "other"], D(2022, 9))
d.E("Two Western diplomats told GCNS that messages had passed between Tehran and Washington through Muscat in recent weeks.", "messages had passed", ["negotiation"], None, core=False)
d.save()
