from s0 import FDoc, D, R, write, author, meta_note

DOC = "dev-s-nikkei-asia-tanker-attacks-abe-tehran-japan-refiners"
PUB = "2019-06-14"  # a Friday
TEXT = """Energy

Tanker attacks during Abe's Tehran visit rattle Japan's oil buyers

Brent jumps as much as 4.5% as Khamenei rebuffs Trump's message

KENTARO ISHIMARU-HALE and YUKI TANABE-ROSS, Nikkei staff writers
June 14, 2019 19:32 JST

TOKYO -- Japanese refiners and shipowners scrambled on Friday to assess the risk to Middle Eastern crude supplies after two tankers, one of them operated by a Tokyo-based company, were attacked near the Strait of Hormuz while Prime Minister Shinzo Abe was in Tehran trying to ease tensions between Iran and the U.S.

The Panama-flagged Kokuka Courageous, operated by Kokuka Sangyo, was hit on Thursday morning in the Gulf of Oman along with the Norwegian-owned Front Altair. All 21 crew members of the Kokuka Courageous were rescued, and one suffered minor injuries, the company said.

Kokuka Sangyo President Yutaka Katada told a news conference in Tokyo on Friday that crew members had seen "flying objects" shortly before a second blast, and dismissed suggestions that the ship had struck a mine. The vessel was carrying about 25,000 tons of methanol from Saudi Arabia to Singapore.

U.S. Secretary of State Mike Pompeo blamed Iran for the attacks on Thursday. Iranian Foreign Minister Mohammad Javad Zarif called the timing "suspicious," noting that one of the ships had Japanese links and that the attacks came as Abe was meeting Supreme Leader Ali Khamenei.

The meeting itself produced little. Khamenei told Abe he did not consider U.S. President Donald Trump "worth exchanging messages with" and had no reply to the message the prime minister had brought, according to the supreme leader's official website. Abe had hosted Trump on a state visit to Tokyo last month.

Abe, the first sitting Japanese prime minister to visit Iran in 41 years, told reporters before leaving Tehran on Friday that he had conveyed Japan's wish for "peace and stability" and that "a major step forward" had been taken.

Oil markets reacted sharply. Benchmark Brent crude futures jumped as much as 4.5% on Thursday before settling at $61.31 a barrel, up 2.2%, and gained about 1% more in Asian trading on Friday.

The yen, often bought as a haven in times of geopolitical stress, traded around 108.4 to the dollar in Tokyo on Friday afternoon. The Nikkei Stock Average closed 0.4% higher at 21,116.89, with shares of refiner Idemitsu Kosan up 1.2%.

War-risk insurance premiums for tankers calling at Gulf ports could rise by up to 10%, according to a Tokyo-based broker who spoke on condition of anonymity.

Japan relies on the Middle East for about 88% of its crude oil, and most of those barrels pass through the Strait of Hormuz. According to data from the Ministry of Economy, Trade and Industry, Japan imported about 3.1 million barrels a day of crude in April.

According to data from ship-tracking firm Seaview Analytics, 37 crude tankers bound for Japan were in the Persian Gulf or the strait on Friday, about the same number as a week earlier.

Iranian oil is no longer part of that mix. Japanese refiners stopped buying after U.S. sanctions waivers expired on May 2, having resumed imports only in January under a 180-day exemption granted in November. In April, Japan took about 170,000 barrels a day of Iranian crude, or roughly 5% of its imports, according to data from the Ministry of Finance.

Japan's oil ties with Iran predate the Islamic Republic. In April 1953, Idemitsu Kosan's tanker Nissho Maru slipped past a British naval blockade to load gasoline at Abadan, four months before a coup backed by the CIA and British intelligence toppled Prime Minister Mohammad Mosaddegh, who had nationalized the country's oil industry.

Relations between Tehran and Washington never recovered from the 1979 seizure of the U.S. Embassy, and the U.S. withdrawal from the 2015 nuclear deal in May last year reopened old wounds. Iran said on May 8, exactly a year after the withdrawal, that it would stop honoring some of the deal's limits.

"For Japanese buyers, Iran was already gone. The real fear is Hormuz itself," said Mari Okonogi-Fairbairn, chief energy analyst at Tsukiji Commodity Research in Tokyo. "If a tanker tied to Japan can be hit on the day our prime minister is sitting with Khamenei, nobody is safe."

Japan spent 8.9 trillion yen ($82 billion) on crude imports in the fiscal year that ended in March, according to the Ministry of Finance, and every $10 rise in the price of a barrel adds roughly 1.2 trillion yen to that bill, by Okonogi-Fairbairn's estimate.

Chief Cabinet Secretary Yoshihide Suga told a regular news conference on Friday that the government was "gathering information" and saw no immediate threat to Japan's energy supply. Japan holds oil stockpiles equal to about 230 days of consumption, according to the trade ministry.
"""
TITLE = "Tanker attacks during Abe's Tehran visit rattle Japan's oil buyers"
write(DOC, TITLE, "Nikkei Asia (style imitation)", PUB, TEXT)
author(DOC, "KENTARO ISHIMARU-HALE and YUKI TANABE-ROSS")
meta_note(DOC, "business story in the Nikkei Asia house style (section label, headline and deck, writers' names in "
          "capitals with 'Nikkei staff writers', 'June 14, 2019 19:32 JST', 'TOKYO --' dateline, 'according to data "
          "from', oil prices, yen and dollar figures, tanker counts, Japanese refiners' imports of Iranian crude), style "
          "imitation; the writers, Mari Okonogi-Fairbairn and Tsukiji Commodity Research, the ship-tracking firm "
          "Seaview Analytics and its count, and the Tokyo broker are invented; the words of Katada, Zarif, Khamenei, "
          "Abe and Suga are short phrases or paraphrases of public reporting ('flying objects', 'suspicious', 'worth "
          "exchanging messages with'); the attacks on the Kokuka Courageous and the Front Altair (13 June 2019, 21 "
          "crew, about 25,000 tons of methanol), Abe's visit (12-14 June 2019; the first in 41 years), Pompeo's "
          "statement, the waivers (November 2018, 180 days, expired 2 May 2019), Iran's announcement of 8 May 2019 and "
          "the Nissho Maru (April 1953) follow public reporting; the Brent, yen, Nikkei and Idemitsu figures, the "
          "import volumes and shares, the yen import bill and the stockpile days are plausible, not exact")

d = FDoc(DOC, PUB)
FRI, THU = D(2019, 6, 14), D(2019, 6, 13)
KH, ABE = ["khamenei"], ["abe"]
# quotes
d.Q("flying objects", ["partial"], "Yutaka Katada", ["katada"], FRI)
d.Q("suspicious,", ["partial"], "Mohammad Javad Zarif", ["zarif"], None)
d.Q("worth exchanging messages with", ["partial"], "Ali Khamenei", KH, THU)
d.Q("peace and stability", ["partial"], "Shinzo Abe", ABE, FRI)
d.Q("a major step forward", ["partial"], "Shinzo Abe", ABE, FRI)
d.Q("For Japanese buyers, Iran was already gone. The real fear is Hormuz itself,", ["direct"], "Mari Okonogi-Fairbairn",
    ["okonogi"], None)
d.Q("If a tanker tied to Japan can be hit on the day our prime minister is sitting with Khamenei, nobody is safe.",
    ["direct"], "Mari Okonogi-Fairbairn", ["okonogi"], None)
d.Q("gathering information", ["partial"], "Yoshihide Suga", ["suga"], FRI)
# figures
d.F("as much as 4.5%", 4.5, ["percent"], "percent", "up_to", ["brent"], occ=0)
d.F("two tankers", 2, ["tanker"], "count", subject_any=["tanker"])
d.F("All 21 crew members", 21, ["crew member", "member", "crew"], "count", subject_any=["crew", "kokuka"])
d.F("one suffered", 1, ["crew member", "member", "person"], "count", core=False)
d.F("about 25,000 tons", 25000, ["ton", "tonne"], "measure", "about", ["methanol", "vessel"])
d.F("41 years", 41, ["year"], "duration", core=False)
d.F("as much as 4.5%", 4.5, ["percent"], "percent", "up_to", ["brent"], occ=1)
d.F("$61.31 a barrel", 61.31, ["usd", "usd per barrel"], "money", subject_any=["brent"])
d.F("2.2%", 2.2, ["percent"], "percent", subject_any=["brent"])
d.F("about 1%", 1, ["percent"], "percent", "about", ["brent"])
d.F("around 108.4", 108.4, ["jpy", "yen"], "money", "about", ["yen", "dollar"])
d.F("0.4%", 0.4, ["percent"], "percent", subject_any=["nikkei"])
d.F("21,116.89", 21116.89, ["point"], "measure", subject_any=["nikkei"])
d.F("1.2%", 1.2, ["percent"], "percent", subject_any=["idemitsu"])
d.F("up to 10%", 10, ["percent"], "percent", "up_to", ["premium", "insurance"])
d.F("about 88%", 88, ["percent"], "percent", "about", ["crude", "middle east"])
d.F("about 3.1 million barrels a day", 3.1e6, ["barrel per day"], "measure", "about", ["crude", "japan", "import"])
d.F("37 crude tankers", 37, ["tanker", "crude tanker"], "count", subject_any=["tanker"])
d.F("a week earlier", 1, ["week"], "duration", core=False)
d.F("180-day", 180, ["day"], "duration", subject_any=["exemption", "waiver"])
d.F("about 170,000 barrels a day", 1.7e5, ["barrel per day"], "measure", "about", ["iranian crude", "japan", "import"])
d.F("roughly 5%", 5, ["percent"], "percent", "about", ["import"])
d.F("four months before", 4, ["month"], "duration", core=False)
d.F("exactly a year after", 1, ["year"], "duration", core=False)
d.F("8.9 trillion yen", 8.9e12, ["jpy", "yen"], "money", subject_any=["crude", "import"])
d.F("$82 billion", 8.2e10, ["usd"], "money", subject_any=["crude", "import"])
d.F("$10", 10, ["usd"], "money", subject_any=["barrel", "price"])
d.F("roughly 1.2 trillion yen", 1.2e12, ["jpy", "yen"], "money", "about", ["bill", "import"])
d.F("about 230 days", 230, ["day"], "duration", "about", ["stockpile", "consumption"])
# events
d.EV("Tanker attacks during Abe's Tehran visit", ["attack"], THU, [], core=False)
d.EV("Brent jumps as much as 4.5%", ["other"], THU, [], core=False)
d.EV("as Khamenei rebuffs Trump's message", ["statement"], THU, KH, core=False)
d.EV("Japanese refiners and shipowners scrambled on Friday", ["other"], FRI, ["refiner", "japan"], core=False)
d.EV("were attacked near the Strait of Hormuz", ["attack"], THU, [], core=False)
d.EV("Abe was in Tehran trying to ease tensions", ["negotiation"], ("2019-06-12", "2019-06-14"), ABE, core=False)
d.EV("was hit on Thursday morning in the Gulf of Oman", ["attack"], THU, [])
d.EV("were rescued", ["other"], THU, [], core=False)
d.EV("the company said", ["statement"], None, ["kokuka sangyo"], core=False)
d.EV("Yutaka Katada told a news conference in Tokyo on Friday", ["statement"], FRI, ["katada"])
d.EV("dismissed suggestions that", ["statement"], FRI, ["katada"], core=False)
d.EV("Mike Pompeo blamed Iran for the attacks on Thursday", ["statement"], THU, ["pompeo"])
d.EV("called the timing", ["statement"], None, ["zarif"], core=False)
d.EV("as Abe was meeting Supreme Leader Ali Khamenei", ["negotiation"], THU, ABE + KH, core=False)
d.EV("The meeting itself produced little", ["negotiation"], THU, [], core=False)
d.EV("Khamenei told Abe he did not consider", ["statement"], THU, KH)
d.EV("Abe had hosted Trump on a state visit to Tokyo last month", ["negotiation", "other"], D(2019, 5), ABE)
d.EV("told reporters before leaving Tehran on Friday", ["statement"], FRI, ABE)
d.EV("Oil markets reacted sharply", ["other"], THU, [], core=False)
d.EV("Benchmark Brent crude futures jumped", ["other"], THU, [], core=False)
d.EV("traded around 108.4", ["other"], FRI, [], core=False)
d.EV("The Nikkei Stock Average closed", ["other"], FRI, [], core=False)
d.EV("War-risk insurance premiums", ["other"], None, [], core=False)
d.EV("Japan relies on the Middle East", ["other"], None, ["japan"], core=False)
d.EV("Japan imported about 3.1 million barrels a day", ["other"], D(2019, 4), ["japan"], core=False)
d.EV("37 crude tankers bound for Japan were in", ["other"], FRI, [], core=False)
d.EV("Japanese refiners stopped buying", ["other", "sanction"], None, ["refiner", "japan"], core=False)
d.EV("U.S. sanctions waivers expired on May 2", ["sanction", "other"], D(2019, 5, 2), [])
d.EV("having resumed imports only in January", ["other"], D(2019, 1), ["refiner", "japan"], core=False)
d.EV("a 180-day exemption granted in November", ["sanction", "agreement", "other"], D(2018, 11), [])
d.EV("In April, Japan took about 170,000 barrels a day", ["other"], D(2019, 4), ["japan"], core=False)
d.EV("Nissho Maru slipped past a British naval blockade", ["other"], D(1953, 4), ["idemitsu", "nissho maru"])
d.EV("a coup backed by the CIA and British intelligence toppled", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british", "united kingdom"])
d.EV("who had nationalized the country's oil industry", ["legislation", "other"], None, ["mosaddegh"], core=False)
d.EV("the 1979 seizure of the U.S. Embassy", ["seizure"], D(1979), [])
d.EV("the U.S. withdrawal from the 2015 nuclear deal in May last year", ["withdrawal"], D(2018, 5), ["united states", "u.s."])
d.EV("Iran said on May 8", ["statement", "withdrawal"], D(2019, 5, 8), ["iran"])
d.EV("said Mari Okonogi-Fairbairn", ["statement"], None, ["okonogi"], core=False)
d.EV("Japan spent 8.9 trillion yen", ["other"], R(D(2018, 4), D(2019, 3)), ["japan"], core=False)
d.EV("Yoshihide Suga told a regular news conference on Friday", ["statement"], FRI, ["suga"])
d.EV("Japan holds oil stockpiles", ["other"], None, ["japan"], core=False)
d.save()
