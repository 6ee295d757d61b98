from mk import write
from ann import Doc, D, R

DOC = "ho9-liveblog-us-strikes-iran-nuclear-sites"
PUB = "2025-06-22"
TEXT = """THE NORTHFIELD COURIER | LIVE

US strikes Iran's nuclear sites: Tehran weighs its response - live

Sunday, June 22, 2025. Last updated 16:40 GMT. All times GMT; the newest entries are at the top.

Key points
- US aircraft and a submarine struck three Iranian nuclear sites, Fordow, Natanz and Isfahan, overnight.
- Iran fired a new wave of missiles at Israel this morning and says more will follow.
- Iran's parliament voted to back closing the Strait of Hormuz, state television reported.
- The UN nuclear watchdog says it has found no rise in radiation outside the sites.

16:40
Abbas Araghchi, Iran's foreign minister, said a few minutes ago that he would fly to Moscow tonight for talks with President Vladimir Putin on Monday. "Russia is a friend, and when our house is attacked we consult our friends," he told reporters in Istanbul. He said Tehran would answer "at a time and in a manner of its own choosing."

16:05
The International Atomic Energy Agency has called an emergency meeting of its 35-member Board of Governors for Monday. Its director general, Rafael Grossi, said earlier today that no increase in off-site radiation had been detected after the strikes. "That is the good news. The bad news is that we have no inspectors at Fordow," the agency's chief said.

15:20
Iran's parliament approved a motion on Sunday calling for the closure of the Strait of Hormuz, state television reported. The final decision rests with the Supreme National Security Council, a lawmaker told the broadcaster. About 20 percent of the oil the world consumes passes through the strait. A Singapore-based trader told the Courier that Brent could open "$5 to $8 higher" when markets reopen tonight.

14:10
At a Pentagon briefing earlier today, Defense Secretary Pete Hegseth said the operation "was not about regime change." General Dan Caine, the chairman of the Joint Chiefs of Staff, said more than 125 aircraft had taken part. Seven B-2 bombers flew for 18 hours from Missouri and dropped 14 bunker-busting bombs on Fordow and Natanz, he said, while a submarine fired more than two dozen Tomahawk cruise missiles at Isfahan. Caine called it too early to judge the damage.

12:30
Sirens sounded across Israel this morning as Iran launched about 30 missiles, Israel's military said. At least 20 people were lightly wounded in Tel Aviv and Haifa, according to rescue services. The Revolutionary Guards said the barrage was the first answer to "American aggression".

10:15
Iran's Atomic Energy Organization said in a statement that the country's nuclear work "will not be stopped." It accused Washington of a "brutal violation" of international law.

08:30
Good morning and welcome to our coverage. In a televised address from the White House last night, President Donald Trump said Iran's main enrichment sites had been "completely and totally obliterated." He warned that further strikes would follow if Tehran did not make peace. As recently as Thursday, his press secretary had said he would decide on strikes within two weeks.

The attack came nine days after Israel began its own campaign against Iran on June 13. Washington and Tehran had held five rounds of talks through Oman since April; a sixth, set for June 15 in Muscat, was called off. On Wednesday, Supreme Leader Ali Khamenei said in a recorded message that Iran would "not surrender" and that American intervention would cause "irreparable damage."

The two countries have had no diplomatic relations since April 1980, months after students seized the US embassy in Tehran. The last large US-Iranian clash came in April 1988, when the US Navy destroyed two Iranian oil platforms in the Gulf. Trump withdrew the United States from the 2015 nuclear deal in May 2018, and Iran has since enriched uranium to 60 percent, far above the deal's 3.67 percent cap.
"""
write(DOC, "US strikes Iran's nuclear sites: Tehran weighs its response - live", "The Northfield Courier", PUB, TEXT)

d = Doc(DOC, PUB)
TODAY = D(2025, 6, 22)
NIGHT = R(D(2025, 6, 21), D(2025, 6, 22))
US = ["united states", "pentagon", "trump"]
ARAGHCHI = ["araghchi", "foreign minister"]
AEOI = ["atomic energy organization", "atomic energy organisation", "aeoi"]

# quotes
d.Q("Russia is a friend, and when our house is attacked we consult our friends,", ["direct"], "Abbas Araghchi", ARAGHCHI, TODAY)
d.Q("at a time and in a manner of its own choosing.", ["partial"], "Abbas Araghchi", ARAGHCHI, TODAY)
d.Q("That is the good news. The bad news is that we have no inspectors at Fordow,", ["direct"], "Rafael Grossi", ["grossi", "chief", "director general"], TODAY)
d.Q("$5 to $8 higher", ["partial"], None, said=None)
d.Q("was not about regime change.", ["partial"], "Pete Hegseth", ["hegseth", "defense secretary"], TODAY)
d.Q("American aggression", ["partial", "term"], "Islamic Revolutionary Guard Corps", ["revolutionary guard", "irgc", "guards"])
d.Q("will not be stopped.", ["partial"], "Atomic Energy Organization of Iran", AEOI)
d.Q("brutal violation", ["partial", "term"], "Atomic Energy Organization of Iran", AEOI)
d.Q("completely and totally obliterated.", ["partial"], "Donald Trump", ["trump"], NIGHT)
d.Q("not surrender", ["partial"], "Ali Khamenei", ["khamenei", "leader"], D(2025, 6, 18))
d.Q("irreparable damage.", ["partial"], "Ali Khamenei", ["khamenei", "leader"], D(2025, 6, 18))

# figures
d.F("a few minutes ago", None, ["minute"], "duration", "about", core=False)
d.F("months after", None, ["month"], "duration", "about", core=False)
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site", "nuclear"])
d.F("35-member", 35, ["member"], "count", subject_any=["board"])
d.F("About 20 percent", 20, ["percent"], "percent", "about", ["oil"])
d.F("$5 to $8", 5, ["usd per barrel", "usd"], "money", value_max=8, subject_any=["brent"])
d.F("more than 125 aircraft", 125, ["aircraft"], "count", "more_than", ["aircraft", "operation"])
d.F("Seven B-2 bombers", 7, ["bomber", "b-2 bomber"], "count", subject_any=["bomber", "b-2"])
d.F("18 hours", 18, ["hour"], "duration", subject_any=["flew", "flight", "bomber"])
d.F("14 bunker-busting bombs", 14, ["bomb", "bunker-busting bomb"], "count", subject_any=["bomb"])
d.F("more than two dozen Tomahawk cruise missiles", 24, ["missile", "cruise missile", "tomahawk cruise missile", "tomahawk"], "count", "more_than", ["missile", "tomahawk"])
d.F("about 30 missiles", 30, ["missile"], "count", "about", ["missile"])
d.F("At least 20 people", 20, ["person", "people"], "count", "at_least", ["wounded", "people"])
d.F("within two weeks", 2, ["week"], "duration", "at_most", core=False)
d.F("nine days after", 9, ["day"], "duration", core=False)
d.F("five rounds", 5, ["round"], "count", subject_any=["talks", "round"])
d.F("The two countries", 2, ["country"], "count", core=False)
d.F("two Iranian oil platforms", 2, ["platform", "oil platform"], "count", subject_any=["platform"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich", "uranium"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["cap", "deal"])

# events
d.E("US strikes Iran's nuclear sites: Tehran weighs its response - live", "strikes", ["attack"], NIGHT, US, core=False)
d.E("- US aircraft and a submarine struck three Iranian nuclear sites, Fordow, Natanz and Isfahan, overnight.", "struck", ["attack"], NIGHT, US + ["aircraft", "submarine"])
d.E("- Iran fired a new wave of missiles at Israel this morning and says more will follow.", "fired", ["attack"], TODAY, ["iran"], core=False)
d.E("- Iran's parliament voted to back closing the Strait of Hormuz, state television reported.", "voted", ["legislation", "threat", "other"], None, ["parliament", "majlis", "iran"], core=False)
d.E("- The UN nuclear watchdog says it has found no rise in radiation outside the sites.", "says", ["statement"], None, ["watchdog", "international atomic energy agency", "iaea"], core=False)
s = "Abbas Araghchi, Iran's foreign minister, said a few minutes ago that he would fly to Moscow tonight for talks with President Vladimir Putin on Monday."
d.E(s, "said", ["statement"], TODAY, ["araghchi"])
d.E(s, "talks", ["negotiation"], D(2025, 6, 23), ["araghchi", "putin", "iran", "russia"], core=False)
d.E("He said Tehran would answer \"at a time and in a manner of its own choosing.\"", "said", ["statement", "threat"], None, ["araghchi"], core=False)
d.E("The International Atomic Energy Agency has called an emergency meeting of its 35-member Board of Governors for Monday.", "emergency meeting", ["other", "negotiation", "statement"], None, ["international atomic energy agency", "iaea"], core=False)
d.E("Its director general, Rafael Grossi, said earlier today that no increase in off-site radiation had been detected after the strikes.", "said", ["statement"], TODAY, ["grossi"])
d.E("Iran's parliament approved a motion on Sunday calling for the closure of the Strait of Hormuz, state television reported.", "approved a motion", ["legislation", "threat", "other"], TODAY, ["parliament", "majlis", "iran"])
d.E("The final decision rests with the Supreme National Security Council, a lawmaker told the broadcaster.", "told", ["statement"], None, core=False)
d.E("A Singapore-based trader told the Courier that Brent could open \"$5 to $8 higher\" when markets reopen tonight.", "told", ["statement"], None, core=False)
d.E("At a Pentagon briefing earlier today, Defense Secretary Pete Hegseth said the operation \"was not about regime change.\"", "said", ["statement"], TODAY, ["hegseth"])
d.E("General Dan Caine, the chairman of the Joint Chiefs of Staff, said more than 125 aircraft had taken part.", "said", ["statement"], None, ["caine"], core=False)
s = "Seven B-2 bombers flew for 18 hours from Missouri and dropped 14 bunker-busting bombs on Fordow and Natanz, he said, while a submarine fired more than two dozen Tomahawk cruise missiles at Isfahan."
d.E(s, "dropped", ["attack"], None, ["united states", "bomber", "b-2"])
d.E(s, "fired", ["attack"], None, ["united states", "submarine"])
d.E("Caine called it too early to judge the damage.", "called", ["statement"], None, ["caine"], core=False)
d.E("Sirens sounded across Israel this morning as Iran launched about 30 missiles, Israel's military said.", "launched", ["attack"], TODAY, ["iran"])
d.E("At least 20 people were lightly wounded in Tel Aviv and Haifa, according to rescue services.", "wounded", ["attack", "other"], None)
d.E("The Revolutionary Guards said the barrage was the first answer to \"American aggression\".", "said", ["statement"], None, ["revolutionary guard", "irgc", "guards"], core=False)
d.E("Iran's Atomic Energy Organization said in a statement that the country's nuclear work \"will not be stopped.\"", "said in a statement", ["statement"], None, AEOI + ["iran"], core=False)
d.E("It accused Washington of a \"brutal violation\" of international law.", "accused", ["statement"], None, AEOI + ["iran"], core=False)
s = "In a televised address from the White House last night, President Donald Trump said Iran's main enrichment sites had been \"completely and totally obliterated.\""
d.E(s, "televised address", ["statement"], NIGHT, ["trump"])
d.E(s, "obliterated", ["attack"], NIGHT, core=False)
d.E("He warned that further strikes would follow if Tehran did not make peace.", "warned", ["threat", "statement"], None, ["trump"], core=False)
d.E("As recently as Thursday, his press secretary had said he would decide on strikes within two weeks.", "had said", ["statement"], D(2025, 6, 19), ["press secretary", "white house", "leavitt", "united states"])
s = "The attack came nine days after Israel began its own campaign against Iran on June 13."
d.E(s, "campaign", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.E(s, "attack", ["attack"], NIGHT, US, core=False)
s = "Washington and Tehran had held five rounds of talks through Oman since April; a sixth, set for June 15 in Muscat, was called off."
d.E(s, "talks", ["negotiation"], R(D(2025, 4), TODAY), ["united states", "washington", "iran", "tehran", "oman"])
d.E(s, "called off", ["negotiation", "other"], None, core=False)
s = "On Wednesday, Supreme Leader Ali Khamenei said in a recorded message that Iran would \"not surrender\" and that American intervention would cause \"irreparable damage.\""
d.E(s, "recorded message", ["statement", "threat"], D(2025, 6, 18), ["khamenei"])
s = "The two countries have had no diplomatic relations since April 1980, months after students seized the US embassy in Tehran."
d.E(s, "seized", ["seizure"], None, ["student"])
d.E(s, "no diplomatic relations", ["withdrawal", "other"], D(1980, 4), core=False)
d.E("The last large US-Iranian clash came in April 1988, when the US Navy destroyed two Iranian oil platforms in the Gulf.", "destroyed", ["attack", "war"], D(1988, 4), ["navy", "united states"])
s = "Trump withdrew the United States from the 2015 nuclear deal in May 2018, and Iran has since enriched uranium to 60 percent, far above the deal's 3.67 percent cap."
d.E(s, "withdrew", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.E(s, "2015 nuclear deal", ["agreement"], D(2015), core=False)
d.E(s, "enriched uranium", ["other", "withdrawal"], None, ["iran"], core=False)
d.save()
