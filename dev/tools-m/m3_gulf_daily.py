from m0 import FDoc, D, R, write, author, meta_note

DOC = "dev-m-gulf-daily-muscat-fourth-round-oman"
PUB = "2025-05-12"  # a Monday
TEXT = """Oman says fourth round of Iran-US talks 'useful', next meeting to be announced

Sayyid Badr says the two sides exchanged "useful and original ideas"; traders in Muttrah and Dubai watch the rial

Published: May 12, 2025 18:40
By Salma Al Harthy-Kendall, Senior Reporter

Muscat: The fourth round of indirect talks between Iran and the United States ended in Muscat on Sunday after about three hours, with Oman's Foreign Minister Sayyid Badr bin Hamad Albusaidi carrying messages between the two delegations.

"The talks included useful and original ideas reflecting a shared desire to reach an honourable agreement," Sayyid Badr wrote on X shortly after the session ended. He added that the next round would be announced "once logistics are agreed by both parties."

The Iranian delegation was led by Foreign Minister Abbas Araghchi, while the US side was headed by Special Envoy Steve Witkoff. The Foreign Ministry said in a statement on Monday that the session had taken place "in a constructive atmosphere" and that HM Sultan Haitham bin Tarik had followed its progress.

Araghchi told Iranian state television after the talks that the negotiations were "more serious and frank" than before. "We insist on our right to enrich, and this is not negotiable," he said. A senior US official, speaking on condition of anonymity, described the round as "encouraging" and said Washington's position was that Iran could not keep any enrichment capacity.

The Muscat round followed sessions on April 12 in Muscat, on April 19 in Rome and on April 26, again in Muscat, where technical experts joined the negotiators for the first time. A round planned for May 3 in Rome was postponed for what Oman described as logistical reasons.

Oman's quiet channel

The sultanate has carried messages between Tehran and Washington for more than a decade. In 2013, under the late Sultan Qaboos bin Said, Muscat hosted secret meetings between US and Iranian officials that paved the way for the interim nuclear deal signed in Geneva that November and for the Joint Comprehensive Plan of Action of July 2015. Oman also helped secure the release of three American hikers, freed in 2010 and 2011 after being detained on the Iran-Iraq border in 2009.

"Oman does not take sides; it takes messages," said Dr Khalid Al Mawali-Reynolds, a lecturer in international relations in Muscat. "That is why both capitals keep coming back, even when they trust nothing else."

HH Sheikh Abdullah bin Zayed Al Nahyan, the UAE's Minister of Foreign Affairs, spoke by telephone with Sayyid Badr on Monday and praised Oman's efforts, according to the UAE state news agency WAM.

Markets take note

In Muttrah Souq, Iranian saffron sold for RO 3.5 a gram on Monday, unchanged from last week, said trader Abdulrahman Al Balushi, 58. "When the talks go well, my suppliers in Bandar Abbas answer the phone faster," he said.

In Dubai, where an estimated 400,000 Iranians live and work, exchange houses quoted the Iranian rial at about 830,000 to the US dollar on the open market on Monday, compared with more than 1,000,000 in early April. "People who had been buying dollars and gold for weeks are now selling," said a money changer in Deira who gave only his first name, Mohammad Reza. Gold traders in the Dubai Gold Souk said prices had fallen to about Dh389 a gram, down roughly Dh20 since the talks began.

Iran exported about 1.7 million barrels of oil a day in April, mostly to China, according to tanker-tracking data, despite US sanctions reimposed after Washington left the 2015 nuclear deal in May 2018.
"""
write(DOC, "Oman says fourth round of Iran-US talks 'useful', next meeting to be announced", "The Gulf Chronicle (fictional; Gulf daily style imitation)", PUB, TEXT)
author(DOC, "Salma Al Harthy-Kendall")
meta_note(DOC, "Gulf English-language daily, style imitation; the writer, the lecturer, the traders and every market figure are invented; quotes of real people and ministries invented or paraphrased")

d = FDoc(DOC, PUB)
SUN, MON = D(2025, 5, 11), D(2025, 5, 12)
BADR = ["busaidi", "badr"]
OFM = ["foreign ministry", "oman"]
MAW = ["mawali", "reynolds"]
# quotes
d.Q("useful", ["partial", "term"], "Badr bin Hamad Albusaidi", BADR, SUN, core=False)
d.Q("useful and original ideas", ["partial"], "Badr bin Hamad Albusaidi", BADR, SUN, core=False)
d.Q("The talks included useful and original ideas reflecting a shared desire to reach an honourable agreement,", ["direct"], "Badr bin Hamad Albusaidi", BADR, SUN)
d.Q("once logistics are agreed by both parties.", ["partial"], "Badr bin Hamad Albusaidi", BADR, SUN)
d.Q("in a constructive atmosphere", ["partial"], "Omani Foreign Ministry", OFM, MON)
d.Q("more serious and frank", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("We insist on our right to enrich, and this is not negotiable,", ["direct"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("encouraging", ["partial", "term"], None, [], None)
d.Q("Oman does not take sides; it takes messages,", ["direct"], "Khalid Al Mawali-Reynolds", MAW, None)
d.Q("That is why both capitals keep coming back, even when they trust nothing else.", ["direct"], "Khalid Al Mawali-Reynolds", MAW, None)
d.Q("When the talks go well, my suppliers in Bandar Abbas answer the phone faster,", ["direct"], "Abdulrahman Al Balushi", ["balushi", "abdulrahman"], None)
d.Q("People who had been buying dollars and gold for weeks are now selling,", ["direct"], "Mohammad Reza", ["mohammad reza"], None)
# figures
d.F("about three hours", 3, ["hour"], "duration", "about", ["round", "talks"])
d.F("more than a decade", 10, ["year"], "duration", "more_than", ["message", "sultanate", "oman"])
d.F("three American hikers", 3, ["hiker", "american hiker"], "count", subject_any=["hiker"])
d.F("RO 3.5 a gram", 3.5, ["omr", "omr per gram", "rial", "omani rial"], "money", subject_any=["saffron"])
d.F("58", 58, ["year"], "duration", ctx=("Al Balushi, 58.",), core=False)
d.F("an estimated 400,000 Iranians", 4e5, ["iranian", "person"], "count", "about", ["iranian", "dubai"])
d.F("about 830,000", 830000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("more than 1,000,000", 1e6, ["irr", "rial"], "money", "more_than", ["rial", "dollar"])
d.F("about Dh389 a gram", 389, ["aed", "aed per gram", "dirham"], "money", "about", ["gold", "price"])
d.F("roughly Dh20", 20, ["aed", "dirham"], "money", "about", ["gold", "price"])
d.F("about 1.7 million barrels of oil a day", 1.7e6, ["barrel per day"], "measure", "about", ["iran", "export", "oil"])
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("the two delegations", 2, ["delegation"], "count", core=False)
# events
d.EV("Oman says fourth round", ["statement"], SUN, OFM + BADR, core=False)
d.EV("Sayyid Badr says the two sides exchanged", ["statement"], SUN, BADR, core=False)
d.EV("The fourth round of indirect talks between Iran and the United States ended", ["negotiation"], SUN,
     ["iran", "united states", "oman", "busaidi", "badr"])
d.EV("Sayyid Badr wrote on X shortly after", ["statement"], SUN, BADR)
d.EV("He added that the next round", ["statement"], SUN, BADR, core=False)
d.EV("The Foreign Ministry said in a statement on Monday", ["statement"], MON, OFM)
d.EV("Araghchi told Iranian state television after the talks", ["statement"], SUN, ["araghchi"])
d.E('"We insist on our right to enrich, and this is not negotiable," he said.', "he said", ["statement"], SUN, ["araghchi"], core=False)
d.EV("described the round as", ["statement"], None, [], core=False)
d.EV("sessions on April 12", ["negotiation"], D(2025, 4, 12), [])
d.EV("on April 19 in Rome", ["negotiation"], D(2025, 4, 19), [])
d.EV("on April 26, again in Muscat", ["negotiation"], D(2025, 4, 26), [])
d.EV("was postponed for what Oman described", ["other", "negotiation"], None, [])
d.EV("The sultanate has carried messages", ["negotiation", "support", "other"], None, ["oman", "sultanate"], core=False)
d.EV("Muscat hosted secret meetings", ["negotiation"], D(2013), ["oman", "muscat"])
d.EV("interim nuclear deal signed in Geneva that November", ["agreement"], D(2013, 11), [])
d.EV("Joint Comprehensive Plan of Action of July 2015", ["agreement"], D(2015, 7), [], core=False)
d.EV("helped secure the release", ["other", "seizure", "agreement", "support"], ("2010-01-01", "2011-12-31"), ["oman"])
d.EV("after being detained on the Iran-Iraq border", ["seizure"], D(2009), [])
d.EV("said Dr Khalid Al Mawali-Reynolds", ["statement"], None, MAW, core=False)
d.EV("spoke by telephone with Sayyid Badr on Monday", ["negotiation", "statement", "other"], MON, ["abdullah bin zayed", "uae", "united arab emirates"])
d.EV("Washington left the 2015 nuclear deal in May 2018", ["withdrawal"], D(2018, 5), ["united states", "washington", "us"])
d.EV("US sanctions reimposed", ["sanction"], None, ["united states", "washington", "us"])
d.EV("Iran exported about", ["other"], D(2025, 4), ["iran"], core=False)
d.save()
