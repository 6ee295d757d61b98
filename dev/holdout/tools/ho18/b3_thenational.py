import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h18 import write, PDoc, D, R, words

DOC = "ho18-the-national-uae-praises-oman-muscat-round-gulf-stakes"
PUB = "2025-04-13"  # a Sunday
TEXT = """Gulf News

UAE praises Oman's mediation as Iran and US agree to meet again

Abu Dhabi says dialogue between Tehran and Washington serves the whole region, a month after an Emirati envoy carried Donald Trump's letter to Iran

Salma Al Hajeri-Wood
Apr 13, 2025

The UAE on Sunday welcomed the first round of talks between Iran and the US, praising Oman for hosting the meeting in Muscat on Saturday and saying the dialogue could help to "consolidate trust" in the region.

Sheikh Abdullah bin Zayed, Deputy Prime Minister and Minister of Foreign Affairs, discussed the talks with his Omani counterpart, Sayyid Badr Albusaidi, in a phone call on Saturday evening, the ministry said in a statement carried by state news agency Wam.

Sheikh Abdullah expressed his appreciation for Oman's "constructive" role and his confidence that Muscat's efforts would help to bridge the gap between Washington and Tehran, the statement said.

Iranian Foreign Minister Abbas Araghchi and US special envoy Steve Witkoff led their delegations at Saturday's talks, which lasted more than two and a half hours. The two sides sat in separate rooms and exchanged messages through Sayyid Badr, but Mr Araghchi and Mr Witkoff also spoke directly for a few minutes as they left, Iran's Foreign Ministry said.

In a statement on Saturday night, Oman's foreign ministry said the talks had been held in "a friendly atmosphere" and that both sides had agreed to meet again next Saturday.

The White House described the talks as "very positive and constructive" in a statement the same day, adding that Mr Witkoff had told the Iranian side he had been instructed by President Trump "to resolve our two nations' differences through dialogue and diplomacy, if that is possible."

The meeting came a month after Dr Anwar Gargash, diplomatic adviser to President Sheikh Mohamed, handed a letter from Mr Trump to Mr Araghchi in Tehran on March 12. Speaking at a forum in Abu Dhabi last month, Dr Gargash said the region's choice was "between a negotiated understanding and a permanent state of alarm".

For Gulf states, the stakes are concrete. Four commercial ships, including two Saudi tankers, were damaged in sabotage attacks off the Emirati port of Fujairah on May 12, 2019, a year after Mr Trump withdrew from the 2015 nuclear deal, and drone and missile strikes on Saudi Aramco's Abqaiq and Khurais plants in September that year briefly knocked out half of the kingdom's crude output. Washington blamed Iran for both; Tehran denied any role. In January 2022, a Houthi drone and missile attack on Abu Dhabi killed three people.

Since then, the region has tried a different path. The UAE announced in August 2022 that it would return its ambassador to Tehran, and Saudi Arabia and Iran restored relations in a deal brokered by China in March 2023.

Dr Hessa Al Mazrouei-Grant, a political scientist at the Gulf Policy Forum in Abu Dhabi, told The National that Gulf capitals had learnt from 2018. "Last time, the Gulf was not in the room when the deal was made, and it paid part of the bill when the deal fell apart," she said. "This time the region wants to be consulted, not surprised."

The economic ties are large. Non-oil trade between the UAE and Iran was worth about Dh100 billion ($27.2 billion) last year, according to Emirati figures, and about 20 per cent of the world's oil passes through the Strait of Hormuz. The Habshan-Fujairah pipeline, which allows the UAE to bypass the strait, can carry up to 1.5 million barrels a day.

Iran's Foreign Ministry spokesman Esmaeil Baghaei said on Sunday that the next round would again be indirect. "For us the format is not a detail. It is a question of trust," he said.

Ayatollah Ali Khamenei, Iran's Supreme Leader, said in February that negotiating with Washington was "not intelligent, wise or honourable", citing the US withdrawal from the 2015 agreement.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a story in The National (Abu Dhabi) (section `Gulf News`, headline and standfirst "
        "without a full stop, byline and `Apr 13, 2025` lines, a Gulf perspective, Emirati and Omani titles "
        "(\"Sheikh Abdullah bin Zayed, Deputy Prime Minister and Minister of Foreign Affairs\", \"Sayyid Badr\", "
        "\"Dr Anwar Gargash\"), \"Mr\" and \"Dr\" without full stops, \"the ministry said in a statement carried by "
        "state news agency Wam\", \"told The National\", British spelling, \"per cent\", dirham amounts written "
        "\"Dh100 billion\" with a dollar gloss). The writer Salma Al Hajeri-Wood, Dr Hessa Al Mazrouei-Grant and the "
        "Gulf Policy Forum, Gargash's forum remark and every sentence are invented; the words given to the UAE and "
        "Omani ministries, the White House, Baghaei and Khamenei are invented or paraphrased (\"a friendly "
        "atmosphere\", \"very positive and constructive\", the instruction \"to resolve our two nations' "
        "differences through dialogue and diplomacy, if that is possible\" and \"not intelligent, wise or "
        "honourable\" follow public reporting in substance). The dates of the Muscat round, the phone call, the "
        "letter, Fujairah, Abqaiq, the Abu Dhabi attack, the announcement of the ambassador's return and the Beijing deal follow public "
        "reporting; the trade value, the Hormuz share and the pipeline's capacity are rounded or plausible, not "
        "checked.")
write(DOC, "UAE praises Oman's mediation as Iran and US agree to meet again", "The National (style imitation)", PUB,
      TEXT, NOTE, author="Salma Al Hajeri-Wood")

d = PDoc(DOC, PUB)
SUN, SAT = D(2025, 4, 13), D(2025, 4, 12)
UAE = ["united arab emirates", "uae", "abdullah bin zayed", "foreign ministry", "ministry"]
AB = ["abdullah bin zayed", "abdullah", "uae", "united arab emirates"]
OM = ["oman", "foreign ministry"]
WH = ["white house"]
MZ = ["mazrouei"]

# quotes
d.Q("consolidate trust", ["partial"], "United Arab Emirates", UAE, SUN)
d.Q("constructive", ["partial"], "Abdullah bin Zayed Al Nahyan", AB, SAT)
d.Q("a friendly atmosphere", ["partial"], "Omani Foreign Ministry", OM, SAT)
d.Q("very positive and constructive", ["partial"], "White House", WH, SAT)
d.Q("to resolve our two nations' differences through dialogue and diplomacy, if that is possible.", ["partial"],
    "White House", WH + ["witkoff", "trump"], SAT)
d.Q("between a negotiated understanding and a permanent state of alarm", ["partial"], "Anwar Gargash", ["gargash"], D(2025, 3))
d.Q("Last time, the Gulf was not in the room when the deal was made, and it paid part of the bill when the deal fell apart,",
    ["direct"], "Hessa Al Mazrouei-Grant", MZ)
d.Q("This time the region wants to be consulted, not surprised.", ["direct"], "Hessa Al Mazrouei-Grant", MZ)
d.Q("For us the format is not a detail. It is a question of trust,", ["direct"], "Esmaeil Baghaei", ["baghaei"], SUN)
d.Q("not intelligent, wise or honourable", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2))

# figures
d.F("a month after", 1, ["month"], "duration", core=False, occ=0)
d.F("more than two and a half hours", 2.5, ["hour"], "duration", "more_than", ["talks"])
d.F("The two sides", 2, ["side"], "count", core=False)
d.F("a few minutes", None, ["minute"], "duration", "about", core=False)
d.F("two nations'", 2, ["nation"], "count", core=False)
d.F("a month after", 1, ["month"], "duration", core=False, occ=1)
d.F("Four commercial ships", 4, ["ship", "commercial ship"], "count", subject_any=["ship"])
d.F("two Saudi tankers", 2, ["tanker", "saudi tanker"], "count", subject_any=["tanker"])
d.F("a year after", 1, ["year"], "duration", core=False)
d.F("half", 50, ["percent"], "percent", "exact", ["crude output", "output"], ctx=("half of the kingdom's crude output",))
d.F("three people", 3, ["people", "person"], "count", subject_any=["killed", "people"])
d.F("about Dh100 billion", 1e11, ["aed", "dirham"], "money", "about", ["trade"])
d.F("$27.2 billion", 2.72e10, ["usd"], "money", subject_any=["trade"])
d.F("about 20 per cent", 20, ["percent"], "percent", "about", ["oil", "world"])
d.F("up to 1.5 million barrels a day", 1.5e6, ["barrel per day", "barrel a day"], "measure", "up_to", ["pipeline"])

# events
d.V("UAE praises Oman's mediation as Iran and US agree", "praises", ["statement"], SUN, ["uae", "united arab emirates"], core=False)
d.V("UAE praises Oman's mediation as Iran and US agree", "agree to meet again", ["negotiation", "agreement"], SAT, ["iran", "united states", "us"], core=False)
d.V("Abu Dhabi says dialogue between Tehran and Washington", "says", ["statement"], SUN, ["abu dhabi", "uae"], core=False)
d.V("Abu Dhabi says dialogue between Tehran and Washington", "carried Donald Trump's letter", ["statement", "other"], D(2025, 3, 12), ["gargash", "emirati envoy", "envoy"], core=False)
d.V("The UAE on Sunday welcomed the first round", "welcomed", ["statement"], SUN, ["uae", "united arab emirates"])
d.V("The UAE on Sunday welcomed the first round", "first round of talks", ["negotiation"], SAT, ["iran", "united states", "us"])
d.V("The UAE on Sunday welcomed the first round", "hosting", ["negotiation", "support", "other"], SAT, ["oman"], core=False)
d.V("Sheikh Abdullah bin Zayed, Deputy Prime Minister", "phone call", ["negotiation", "statement", "other"], SAT, AB)
d.V("Sheikh Abdullah bin Zayed, Deputy Prime Minister", "the ministry said in a statement", ["statement"], None, UAE, core=False)
d.V("Sheikh Abdullah expressed his appreciation", "expressed", ["statement"], SAT, AB, core=False)
d.V("Iranian Foreign Minister Abbas Araghchi and US special envoy", "Saturday's talks", ["negotiation"], SAT, ["araghchi", "witkoff", "iran", "united states"])
d.V("The two sides sat in separate rooms", "exchanged messages", ["negotiation"], SAT, core=False)
d.V("The two sides sat in separate rooms", "spoke directly", ["negotiation"], SAT, ["araghchi", "witkoff"], core=False)
d.V("The two sides sat in separate rooms", "Iran's Foreign Ministry said", ["statement"], None, ["foreign ministry", "iran"], core=False)
d.V("In a statement on Saturday night, Oman's foreign ministry", "said", ["statement"], SAT, OM)
d.V("In a statement on Saturday night, Oman's foreign ministry", "meet again next Saturday", ["negotiation"], D(2025, 4, 19), core=False)
d.V("The White House described the talks", "described", ["statement"], SAT, WH)
d.V("The White House described the talks", "had told the Iranian side", ["statement", "negotiation"], SAT, ["witkoff"], core=False)
d.V("The White House described the talks", "had been instructed", ["other", "statement"], None, ["trump"], core=False)
d.V("The meeting came a month after Dr Anwar Gargash", "handed a letter", ["statement", "other"], D(2025, 3, 12), ["gargash"])
d.V("Speaking at a forum in Abu Dhabi last month", "said", ["statement"], D(2025, 3), ["gargash"])
d.V("Four commercial ships, including two Saudi tankers", "were damaged in sabotage attacks", ["attack"], D(2019, 5, 12))
d.V("Four commercial ships, including two Saudi tankers", "withdrew", ["withdrawal"], D(2018), ["trump"])
d.V("Four commercial ships, including two Saudi tankers", "strikes", ["attack"], D(2019, 9))
d.V("Four commercial ships, including two Saudi tankers", "knocked out", ["other"], D(2019, 9), core=False)
d.V("Washington blamed Iran for both", "blamed", ["statement"], None, ["washington", "united states"], core=False)
d.V("Washington blamed Iran for both", "denied", ["statement"], None, ["tehran", "iran"], core=False)
d.V("In January 2022, a Houthi drone and missile attack", "attack", ["attack"], D(2022, 1), ["houthi"])
d.V("The UAE announced in August 2022", "announced", ["statement", "other"], D(2022, 8), ["uae", "united arab emirates"])
d.V("The UAE announced in August 2022", "would return its ambassador", ["other", "agreement"], None, ["uae", "united arab emirates"], core=False)
d.V("The UAE announced in August 2022", "restored relations", ["agreement"], D(2023, 3), ["saudi", "iran"])
d.V("The UAE announced in August 2022", "brokered", ["support", "other", "agreement"], D(2023, 3), ["china"], core=False)
d.V("Dr Hessa Al Mazrouei-Grant, a political scientist", "told The National", ["statement"], None, MZ, core=False)
d.V("\"Last time, the Gulf was not in the room", "she said", ["statement"], None, MZ, core=False)
d.V("Non-oil trade between the UAE and Iran was worth", "was worth", ["other"], D(2024), core=False)
d.V("Iran's Foreign Ministry spokesman Esmaeil Baghaei said on Sunday", "said on Sunday", ["statement"], SUN, ["baghaei"])
d.V("Iran's Foreign Ministry spokesman Esmaeil Baghaei said on Sunday", "the next round", ["negotiation"], D(2025, 4, 19), core=False)
d.V("It is a question of trust,\" he said.", "he said", ["statement"], SUN, ["baghaei"], core=False)
d.V("Ayatollah Ali Khamenei, Iran's Supreme Leader, said in February", "said in February", ["statement"], D(2025, 2), ["khamenei"])
d.V("Ayatollah Ali Khamenei, Iran's Supreme Leader, said in February", "withdrawal", ["withdrawal"], None, ["united states", "us"], core=False)
d.save()
print(DOC, words(DOC), "words")
