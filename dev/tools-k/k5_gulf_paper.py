from k0 import FDoc, D, R, write, author

DOC = "dev-k-gulf-paper-uae-welcomes-muscat-talks"
PUB = "2025-04-13"  # a Sunday; the agency copy is datelined Saturday 12 April
TEXT = """The Gulf Meridian
Sunday, 13 April 2025 | 15 Shawwal 1446 AH

UAE welcomes Oman's hosting of Iran-US talks, calls for 'building bridges of trust'

ABU DHABI, 12th April, 2025 (EMN) -- H.H. Sheikh Abdullah bin Zayed Al Nahyan, Deputy Prime Minister and Minister of Foreign Affairs, has welcomed the hosting by the brotherly Sultanate of Oman of talks between the Islamic Republic of Iran and the United States of America, which were held in Muscat on Saturday.

In a telephone call with H.E. Sayyid Badr bin Hamad Al Busaidi, Minister of Foreign Affairs of the Sultanate of Oman, His Highness expressed the UAE's appreciation for the Sultanate's efforts, which he said were aimed at "building bridges of trust" between Washington and Tehran and "consolidating security and stability in the region and the world."

His Highness also expressed his confidence that the Omani mediation would succeed in narrowing the gap between the two sides, the Emirates Meridian News agency (EMN) reported.

For his part, H.E. Sayyid Badr thanked His Highness for the UAE's position, stressing the Sultanate's keenness to support "dialogue and diplomacy as the path to lasting peace."

Talks in a 'friendly atmosphere'

The Iranian delegation was headed by H.E. Abbas Araghchi, Minister of Foreign Affairs of the Islamic Republic of Iran, and the American delegation by Steve Witkoff, the US President's Special Envoy to the Middle East. The two sides held indirect talks in separate rooms for more than two and a half hours, with the Omani minister carrying messages between them. Mr Araghchi and Mr Witkoff then spoke directly for about 45 minutes in his presence, according to a statement issued by the Omani Ministry of Foreign Affairs on Saturday evening.

The ministry said the talks had taken place in "a friendly atmosphere conducive to bringing points of view closer," and that both parties had agreed to meet again next Saturday.

Speaking to Iranian state television after the meeting, Mr Araghchi described the talks as "calm and respectful" and said neither side had wanted to "waste time." Mr Witkoff did not speak to reporters. Late on Saturday the White House described the discussions as "very positive and constructive," adding that the issues were "very complicated."

Background of mistrust

Muscat has played this role before. The Sultanate hosted secret contacts between American and Iranian officials in 2012 and 2013 that paved the way for the 2015 nuclear agreement, the Joint Comprehensive Plan of Action (JCPOA), which the United States abandoned in May 2018 during the first administration of President Donald Trump.

Relations between Tehran and Washington have been severed since April 1980, months after the seizure of the US Embassy in Tehran on 4 November 1979, in which 52 American diplomats and citizens were held for 444 days.

Earlier this month, President Trump warned in the Oval Office that Iran would be in "great danger" if the talks failed. Last month the Leader of the Islamic Revolution, Ayatollah Ali Khamenei, said Washington's offers of negotiation were intended to "deceive world public opinion."

Regional welcome

The Kingdom of Saudi Arabia, the State of Qatar and the State of Kuwait also issued statements on Saturday welcoming the talks. Qatar's Ministry of Foreign Affairs expressed the hope that the meeting would lead to "a comprehensive agreement that serves the peoples of the region," while Kuwait praised the "wise and balanced" approach of His Majesty Sultan Haitham bin Tarik.

Analysts in the region were cautious. "The Gulf has seen many openings between Washington and Tehran close within weeks," said Dr Hessa Al-Marri, a senior fellow at the Abu Dhabi-based Emirates Centre for Regional Dialogue. "But a second round within seven days is a signal that neither capital wants to be blamed for walking away first."
"""
write(DOC, "UAE welcomes Oman's hosting of Iran-US talks, calls for 'building bridges of trust'", "The Gulf Meridian (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
SAT = D(2025, 4, 12)
ABZ = ["abdullah bin zayed", "abdullah"]
BUS = ["busaidi", "badr"]
# quotes
d.Q("building bridges of trust", ["partial", "term"], "Abdullah bin Zayed Al Nahyan", ABZ, SAT, core=False, occ=0)  # headline
d.Q("building bridges of trust", ["partial"], "Abdullah bin Zayed Al Nahyan", ABZ, SAT, occ=1)
d.Q("consolidating security and stability in the region and the world.", ["partial"], "Abdullah bin Zayed Al Nahyan", ABZ, SAT)
d.Q("dialogue and diplomacy as the path to lasting peace.", ["partial"], "Badr bin Hamad Al Busaidi", BUS, SAT)
d.Q("friendly atmosphere", ["partial", "term"], "Ministry of Foreign Affairs of Oman", ["oman", "ministry"], SAT, core=False)  # subhead
d.Q("a friendly atmosphere conducive to bringing points of view closer,", ["partial"], "Ministry of Foreign Affairs of Oman", ["oman", "ministry"], SAT)
d.Q("calm and respectful", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("waste time.", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("very positive and constructive,", ["partial"], "White House", ["white house", "united states"], SAT)
d.Q("very complicated.", ["partial"], "White House", ["white house", "united states"], SAT)
d.Q("great danger", ["partial"], "Donald Trump", ["trump"], ("2025-04-01", "2025-04-12"))
d.Q("deceive world public opinion.", ["partial"], "Ali Khamenei", ["khamenei", "leader"], D(2025, 3))
d.Q("a comprehensive agreement that serves the peoples of the region,", ["partial"], "Ministry of Foreign Affairs of Qatar", ["qatar"], SAT)
d.Q("wise and balanced", ["partial"], "Kuwait", ["kuwait"], SAT)
d.Q("The Gulf has seen many openings between Washington and Tehran close within weeks,", ["direct"], "Hessa Al-Marri", ["al-marri", "marri"], None)
d.Q("But a second round within seven days is a signal that neither capital wants to be blamed for walking away first.", ["direct"], "Hessa Al-Marri", ["al-marri", "marri"], None)
# figures
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("The two sides", 2, ["side"], "count", core=False)
d.F("more than two and a half hours", 2.5, ["hour"], "duration", "more_than", ["indirect talks", "talks"])
d.F("about 45 minutes", 45, ["minute"], "duration", "about", ["spoke directly", "araghchi", "witkoff"])
d.F("52 American diplomats and citizens", 52, ["american diplomat", "american", "diplomat"], "count", subject_any=["diplomat", "citizen", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "diplomat"])
d.F("within weeks", None, ["week"], "duration", "about", core=False)
d.F("seven days", 7, ["day"], "duration", subject_any=["second round", "round"])
# events
EMN = ["abdullah", "uae", "emirates"]
d.EV("UAE welcomes Oman's hosting", ["statement"], SAT, EMN, core=False)
d.EV("has welcomed the hosting", ["statement"], SAT, ABZ)
d.EV("which were held in Muscat on Saturday", ["negotiation"], SAT, [])
d.EV("In a telephone call with", ["negotiation", "statement"], SAT, ABZ + BUS)
d.EV("His Highness also expressed his confidence", ["statement"], SAT, ABZ, core=False)
d.EV("thanked His Highness", ["statement"], SAT, BUS, core=False)
d.EV("The two sides held indirect talks", ["negotiation"], SAT, ["iran", "united states", "araghchi", "witkoff", "side"])
d.EV("spoke directly for about 45 minutes", ["negotiation"], SAT, ["araghchi", "witkoff"])
d.EV("The ministry said the talks had taken place", ["statement"], SAT, ["oman", "ministry"], core=False)
d.EV("agreed to meet again next Saturday", ["negotiation", "agreement"], D(2025, 4, 19), [], core=False)
d.EV("Mr Araghchi described the talks", ["statement"], SAT, ["araghchi"])
d.EV("Late on Saturday the White House described", ["statement"], SAT, ["white house", "united states"])
d.EV("The Sultanate hosted secret contacts", ["negotiation"], R(D(2012), D(2013)), ["oman", "sultanate"])
d.EV("which the United States abandoned in May 2018", ["withdrawal"], D(2018, 5), ["united states", "trump"])
d.EV("have been severed since April 1980", ["other", "withdrawal"], R(D(1980, 4), D(2025, 4, 13)), [], core=False)
d.EV("the seizure of the US Embassy in Tehran on 4 November 1979", ["seizure"], D(1979, 11, 4), [])
d.EV("were held for 444 days", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.EV("President Trump warned in the Oval Office", ["threat", "statement"], ("2025-04-01", "2025-04-12"), ["trump"])
d.EV("Ayatollah Ali Khamenei, said Washington's offers", ["statement"], D(2025, 3), ["khamenei"])
d.EV("also issued statements on Saturday", ["statement"], SAT, ["saudi", "qatar", "kuwait"])
d.EV("Qatar's Ministry of Foreign Affairs expressed the hope", ["statement"], SAT, ["qatar"], core=False)
d.EV("said Dr Hessa Al-Marri", ["statement"], None, ["al-marri", "marri"], core=False)
d.save()
