from mk import write
from ann import Doc, D, R

DOC = "ho6-radio-bulletin-muscat-talks"
PUB = "2025-04-14"
TEXT = """RADIO MERIDIAN WORLD SERVICE
News bulletin script, 0700 GMT, Monday 14 April 2025
Reader: Anna Whitlock. Duration: five minutes.

[HEADLINES]
Good morning. Iran and the United States have agreed to meet again after their first talks in years. Iran's currency has rallied against the dollar. And oil prices have edged higher in Asian trading.

[ITEM 1: IRAN-US TALKS]
Iran and the United States have agreed to hold a second round of talks on Tehran's nuclear programme next Saturday. The first round took place in the Omani capital, Muscat, on Saturday, with Oman's foreign minister Badr Albusaidi carrying messages between the two delegations in separate rooms. The meeting lasted about two and a half hours.

Officials in Tehran say the atmosphere was "constructive and calm", but they insist that nothing has been agreed. As the session ended, Iran's foreign minister Abbas Araghchi spoke directly with the American envoy Steve Witkoff for a few minutes, the first such exchange since President Donald Trump returned to the White House in January.

Speaking on state television last night, Mr Araghchi said: "We did not come to Muscat to talk for the sake of talking. If the other side comes with realistic demands, an understanding is possible." Trust, he added, "has to be earned, not announced."

In Washington, the White House called the talks "very positive and constructive" in a statement on Saturday. President Trump told reporters aboard Air Force One yesterday that he wanted Iran to be "great and prosperous", but that it could not have a nuclear weapon.

[ITEM 2: VOICES FROM TEHRAN]
Our Tehran correspondent Farid Nouri reports that many Iranians remain wary. A shopkeeper in the Grand Bazaar told him: "We heard all of this in 2015. Then they tore up the paper."

Iran signed the nuclear agreement with six world powers in July 2015. President Trump withdrew the United States from it in May 2018 and reimposed sanctions that cut Iran's oil exports by more than half.

The Supreme Leader, Ayatollah Ali Khamenei, said in February that negotiating with America was "not intelligent, not wise and not honourable". Officials in Tehran say this morning that his position has not changed, but that he has allowed the indirect format to go ahead.

[ITEM 3: OVERNIGHT]
Overnight, Israel's prime minister Benjamin Netanyahu has repeated that any agreement must see Iran's enrichment sites dismantled "under American supervision". Israel carried out strikes on Iranian air defences in October last year.

The head of the UN nuclear watchdog, Rafael Grossi, is due in Tehran later this week. His agency's latest report put Iran's stock of uranium enriched to 60 percent at about 275 kilograms, more than six times the amount it held two years earlier.

[ITEM 4: MARKETS]
The rial has strengthened sharply this morning. On Tehran's open market the dollar was changing hands at around 830,000 rials, down from more than 1 million rials last week. Traders in the capital say the gain reflects hopes for a deal rather than any change in the economy.

Oil: Brent crude has risen 0.4 percent to $64.99 a barrel in early Asian trading.

[CLOSE]
That's the news from Radio Meridian. The time is seven minutes past seven. Our next bulletin is at eight.
"""
write(DOC, "Radio Meridian World Service news bulletin, 0700 GMT, Monday 14 April 2025", "Radio Meridian World Service", PUB, TEXT)

d = Doc(DOC, PUB)
SAT = D(2025, 4, 12)
SUN = D(2025, 4, 13)
MON = D(2025, 4, 14)
# quotes
d.Q("constructive and calm", ["partial"], None, (), SAT, core=False)
d.Q("We did not come to Muscat to talk for the sake of talking. If the other side comes with realistic demands, an understanding is possible.", ["direct"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("has to be earned, not announced.", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("very positive and constructive", ["partial"], "White House", ["white house", "united states", "trump"], SAT)
d.Q("great and prosperous", ["partial"], "Donald Trump", ["trump"], SUN)
d.Q("We heard all of this in 2015. Then they tore up the paper.", ["direct"], None, ())
d.Q("not intelligent, not wise and not honourable", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2))
d.Q("under American supervision", ["partial"], "Benjamin Netanyahu", ["netanyahu"], R(SUN, MON))
# figures
d.F("five minutes", 5, ["minute"], "duration", core=False)
d.F("about two and a half hours", 2.5, ["hour"], "duration", "about", ["meeting", "talks", "session"])
d.F("a few minutes", 3, ["minute"], "duration", "about", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("more than half", 50, ["percent"], "percent", "more_than", ["oil export", "export"], core=False)
d.F("60 percent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("about 275 kilograms", 275, ["kilogram", "kg"], "measure", "about", ["uranium", "stock"])
d.F("more than six times", 6, ["time"], "count", "more_than", ["amount", "stock", "uranium"])
d.F("two years earlier", 2, ["year"], "duration", core=False)
d.F("around 830,000 rials", 830000, ["irr", "rial"], "money", "about", ["dollar", "rial"])
d.F("more than 1 million rials", 1e6, ["irr", "rial"], "money", "more_than", ["dollar", "rial"])
d.F("0.4 percent", 0.4, ["percent"], "percent", subject_any=["brent", "crude", "oil"])
d.F("$64.99 a barrel", 64.99, ["usd per barrel", "usd"], "money", subject_any=["brent", "crude", "oil"])
d.F("0700 GMT", 7, ["hour", "o'clock"], "measure", core=False)
d.F("two delegations", 2, ["delegation"], "count", core=False)
d.F("eight", 8, ["hour", "o'clock"], "measure", core=False, ctx=("Our next bulletin is at eight.",))
d.F("seven minutes past seven", 7.1167, ["hour", "o'clock"], "measure", core=False)
# events
IR = ["iran", "araghchi"]
US = ["united states", "trump", "white house", "witkoff", "washington"]
d.E("Good morning. Iran and the United States have agreed to meet again after their first talks in years.", "agreed to meet again", ["negotiation", "agreement"], None, IR + US, core=False)
d.E("Iran and the United States have agreed to hold a second round of talks on Tehran's nuclear programme next Saturday.", "second round of talks", ["negotiation", "agreement"], D(2025, 4, 19), IR + US, core=False)
d.E("The first round took place in the Omani capital, Muscat, on Saturday, with Oman's foreign minister Badr Albusaidi carrying messages between the two delegations in separate rooms.",
    "The first round took place", ["negotiation"], SAT, IR + US + ["oman", "albusaidi"])
s = "As the session ended, Iran's foreign minister Abbas Araghchi spoke directly with the American envoy Steve Witkoff for a few minutes, the first such exchange since President Donald Trump returned to the White House in January."
d.E(s, "spoke directly with the American envoy", ["negotiation"], SAT, ["araghchi", "iran"])
d.E(s, "returned to the White House in January", ["leadership_change"], D(2025, 1), ["trump"])
d.E("Officials in Tehran say the atmosphere was \"constructive and calm\", but they insist that nothing has been agreed.", "say", ["statement"], None, ["iran", "officials"], core=False)
d.E("Officials in Tehran say this morning that his position has not changed, but that he has allowed the indirect format to go ahead.", "say this morning", ["statement"], MON, ["iran", "officials"], core=False)
d.E("Speaking on state television last night, Mr Araghchi said: \"We did not come to Muscat to talk for the sake of talking.", "Speaking on state television last night", ["statement"], SUN, ["araghchi"])
d.E("In Washington, the White House called the talks \"very positive and constructive\" in a statement on Saturday.", "in a statement on Saturday", ["statement"], SAT, ["white house", "united states"])
d.E("President Trump told reporters aboard Air Force One yesterday that he wanted Iran to be \"great and prosperous\", but that it could not have a nuclear weapon.",
    "told reporters aboard Air Force One yesterday", ["statement"], SUN, ["trump"])
d.E("Iran signed the nuclear agreement with six world powers in July 2015.", "signed", ["agreement"], D(2015, 7), ["iran"])
s = "President Trump withdrew the United States from it in May 2018 and reimposed sanctions that cut Iran's oil exports by more than half."
d.E(s, "withdrew the United States from it", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.E(s, "reimposed sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump", "united states"])
d.E("The Supreme Leader, Ayatollah Ali Khamenei, said in February that negotiating with America was \"not intelligent, not wise and not honourable\".", "said in February", ["statement"], D(2025, 2), ["khamenei"])
d.E("Overnight, Israel's prime minister Benjamin Netanyahu has repeated that any agreement must see Iran's enrichment sites dismantled \"under American supervision\".", "has repeated", ["statement"], R(SUN, MON), ["netanyahu", "israel"])
d.E("Israel carried out strikes on Iranian air defences in October last year.", "carried out strikes", ["attack"], D(2024, 10), ["israel"])
d.E("The head of the UN nuclear watchdog, Rafael Grossi, is due in Tehran later this week.", "is due in Tehran", ["negotiation", "other"], R(D(2025, 4, 15), D(2025, 4, 20)), ["grossi"], core=False)
d.save()
