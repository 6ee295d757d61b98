from l0 import FDoc, D, R, write

DOC = "dev-l-sermon-monitoring-tehran-friday-prayer-tankers"
PUB = "2019-06-14"  # a Friday, the day of the sermon
TEXT = """Iran: Tehran Friday prayer leader says US "behind" Gulf of Oman tanker incidents

Tehran Friday prayer sermon led by Ayatollah Ahmad Khatami

Source: Islamic Republic of Iran News Network TV, in Persian 1030 gmt 14 Jun 19

Summary: The temporary Tehran Friday prayer leader, Ayatollah Ahmad Khatami, said the United States and its allies were "the only ones who profit" from Thursday's attacks on two tankers in the Gulf of Oman, praised the Leader's meeting with the Japanese prime minister and said Iran would not negotiate "under the shadow of sanctions". He also recalled the 1953 coup and the downing of an Iranian airliner in 1988.

Text of report by state-run Iranian TV news channel IRINN on 14 June

[Presenter] Dear viewers, we take you live to Tehran University, where the Friday prayer sermons are being delivered.

[Khatami] In the name of God, the compassionate, the merciful. [Passage omitted: religious introduction, Eid al-Fitr greetings]

Khatami said that the incidents involving two oil tankers in the Sea of Oman on Thursday [13 June] were "suspicious from the first minute". He said: "Who benefits when a Japanese ship is hit on the very day the Japanese prime minister is a guest in Tehran? Not Iran. The ones who profit are America and its friends in the region."

He said Iranian rescue teams had pulled 44 crew members from the two ships and brought them to the port of Jask. [Passage omitted]

Turning to Japanese Prime Minister Shinzo Abe's visit, Khatami praised what he called the "wise answer" of the Leader of the Islamic Revolution, Ayatollah Ali Khamenei. On Thursday, the Leader told Abe that he did not consider Trump "worthy of exchanging messages" and that Iran would not repeat "the bitter experience" of the nuclear deal.

"A government that tears up its signature after three years has no signature," Khatami said. He recalled that the United States walked out of the nuclear agreement on 8 May last year and reimposed sanctions in August and November, while Iran, he said, had kept its commitments "for a full year" before announcing on 8 May this year that it would scale some of them back.

Khatami also turned to the Europeans. He said Britain, France and Germany had made many promises after the American withdrawal "and kept none of them", and that Iran had given them sixty days to act. "The clock is running," he said.

[Passage omitted: on prices and the economy]

The preacher told worshippers that enmity towards the Iranian nation was not new. "In 1332 [1953] they brought down a national government with a bag of dollars," he said, referring to the coup of 28 Mordad [19 August 1953], "and in 1367 [1988] their warship shot down our passenger plane with 290 people on board." He said the Americans had never apologised for the downing of the Iran Air airliner over the Persian Gulf on 3 July 1988.

Khatami said that talks held "under the shadow of sanctions" would be "surrender, not negotiation", and that Iran's officials had been right to refuse them.

[Passage omitted: on Quds Day and Palestine]

At the end of the sermons, worshippers chanted slogans against the United States and Israel. [Passage omitted]

(Description of Source: Tehran IRINN in Persian -- state-run 24-hour news channel)
"""
write(DOC, "Iran: Tehran Friday prayer leader says US \"behind\" Gulf of Oman tanker incidents", "Northgate Media Monitoring (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
FRI, THU = D(2019, 6, 14), D(2019, 6, 13)
K = ["khatami"]
KH = "Ahmad Khatami"
# quotes
d.Q("behind", ["partial", "term"], KH, K, FRI, core=False)  # headline
d.Q("the only ones who profit", ["partial"], KH, K, FRI, core=False)  # summary repeats the body
d.Q("under the shadow of sanctions", ["partial"], KH, K, FRI, core=False, occ=0)  # summary
d.Q("suspicious from the first minute", ["partial"], KH, K, FRI)
d.Q("Who benefits when a Japanese ship is hit on the very day the Japanese prime minister is a guest in Tehran? Not Iran. The ones who profit are America and its friends in the region.", ["direct"], KH, K, FRI)
d.Q("wise answer", ["partial", "term"], KH, K, FRI)
d.Q("worthy of exchanging messages", ["partial"], "Ali Khamenei", ["khamenei"], THU)
d.Q("the bitter experience", ["partial"], "Ali Khamenei", ["khamenei"], THU)
d.Q("A government that tears up its signature after three years has no signature,", ["direct"], KH, K, FRI)
d.Q("for a full year", ["partial"], KH, K, FRI)
d.Q("and kept none of them", ["partial"], KH, K, FRI)
d.Q("The clock is running,", ["direct"], KH, K, FRI)
d.Q("In 1332 [1953] they brought down a national government with a bag of dollars,", ["direct"], KH, K, FRI)
d.Q("and in 1367 [1988] their warship shot down our passenger plane with 290 people on board.", ["direct"], KH, K, FRI)
d.Q("under the shadow of sanctions", ["partial"], KH, K, FRI, occ=1)
d.Q("surrender, not negotiation", ["partial"], KH, K, FRI)
# figures
d.F("two tankers", 2, ["tanker"], "count", subject_any=["tanker"], core=False)  # summary
d.F("two oil tankers", 2, ["oil tanker", "tanker"], "count", subject_any=["tanker", "incident"])
d.F("44 crew members", 44, ["crew member"], "count", subject_any=["crew"])
d.F("the two ships", 2, ["ship"], "count", core=False)
d.F("three years", 3, ["year"], "duration", subject_any=["signature", "government"])
d.F("a full year", 1, ["year"], "duration", subject_any=["commitment", "iran"])
d.F("sixty days", 60, ["day"], "duration", subject_any=["europe", "act", "them"])
d.F("290 people", 290, ["people", "person"], "count", subject_any=["people", "plane"])
# events
d.EV("Iran: Tehran Friday prayer leader says", ["statement"], FRI, K, core=False)
d.EV("Ayatollah Ahmad Khatami, said the United States", ["statement"], FRI, K, core=False)
d.EV("from Thursday's attacks on two tankers", ["attack"], THU, [], core=False)
d.EV("praised the Leader's meeting with the Japanese prime minister", ["negotiation", "statement"], THU, ["khamenei", "leader"], core=False)
d.EV("He also recalled the 1953 coup", ["coup"], D(1953), [], core=False)
d.EV("the downing of an Iranian airliner in 1988", ["attack"], D(1988), [], core=False)
d.EV("Khatami said that the incidents", ["statement"], FRI, K, core=False)
d.EV("the incidents involving two oil tankers", ["attack", "other"], THU, [])
d.EV("He said: \"Who benefits", ["statement"], FRI, K, core=False)
d.EV("had pulled 44 crew members", ["other", "support"], THU, ["rescue", "iran"])
d.EV("Khatami praised what he called", ["statement"], FRI, K, core=False)
d.EV("On Thursday, the Leader told Abe", ["statement", "negotiation"], THU, ["khamenei", "leader"])
d.EV("Khatami said", ["statement"], FRI, K, core=False, occ=1)
d.EV("He recalled that the United States", ["statement"], FRI, K, core=False)
d.EV("walked out of the nuclear agreement on 8 May last year", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.EV("reimposed sanctions in August and November", ["sanction"], R(D(2018, 8), D(2018, 11)), ["united states"])
d.EV("before announcing on 8 May this year", ["statement", "withdrawal"], D(2019, 5, 8), ["iran"])
d.EV("He said Britain, France and Germany had made many promises", ["statement"], FRI, K, core=False)
d.EV("Iran had given them sixty days to act", ["threat", "other", "statement"], D(2019, 5, 8), ["iran"], core=False)
d.EV("The preacher told worshippers", ["statement"], FRI, K, core=False)
d.EV("referring to the coup of 28 Mordad", ["coup"], D(1953, 8, 19), ["united states", "america", "they"])
d.EV("their warship shot down our passenger plane", ["attack"], D(1988), ["warship", "united states", "america", "they"])
d.EV("for the downing of the Iran Air airliner", ["attack"], D(1988, 7, 3), [])
d.EV("Khatami said that talks held", ["statement"], FRI, K, core=False)
d.EV("worshippers chanted slogans", ["statement", "other"], FRI, ["worshipper"])
d.save()
