import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h15 import write, PDoc, D, R, words

DOC = "ho15-local-tv-norfolk-navy-families-iranian-americans-strikes"
PUB = "2025-06-22"  # a Sunday
TEXT = """Hampton Roads Navy families, Iranian Americans react to U.S. strikes on Iran
Updated: 6:42 PM EDT Jun 22, 2025
By Tessa Marwood-Iqbal and WTDV staff

NORFOLK, Va. — Families of sailors deployed to the Middle East and members of Hampton Roads' Iranian American community spent Sunday glued to the news and waiting by their phones, a day after the United States bombed three nuclear sites in Iran.

VIDEO: Navy families in Norfolk react to U.S. strikes on Iran

"My husband texted me at 2 a.m. to say he was OK and that he couldn't tell me anything else," said Brianna Holcomb-Reyes, whose husband is a petty officer aboard a destroyer in the region. "I've read every headline since Saturday night."

In a statement to WTDV, a spokesperson for Naval Surface Force Atlantic said the command "does not comment on current or future operations." Several warships based at Naval Station Norfolk, the world's largest naval base, have deployed to the region in recent months.

At a Persian grill in Virginia Beach, owner Farhad Nouri-Castellanos said his phone had not stopped ringing. His parents live in Isfahan, about 10 miles from one of the sites that was struck.

"I talked to my mother for four minutes this morning before the line dropped," Nouri-Castellanos, 52, said. "She said the windows shook. Then nothing."

He said he left Iran in 1988, in the last months of the war with Iraq, and has not been back since the nuclear deal collapsed in 2018. "Every time things start to open up, something closes them again," he said.

WTDV reached out to the offices of Sen. Mark Warner and Sen. Tim Kaine for comment. Kaine, a Democrat who has pushed for a war powers resolution on Iran, said in a statement Saturday night that the president should have sought the approval of Congress before ordering the strikes.

For some in the region, the strikes stirred older memories. Retired Army Sgt. Marcus Delahunt-Ortiz, of Chesapeake, was at Al Asad Air Base in Iraq on Jan. 8, 2020, when Iran fired more than a dozen ballistic missiles at the base in retaliation for the U.S. killing of Gen. Qassem Soleimani five days earlier. No one was killed, but more than 100 service members were later diagnosed with traumatic brain injuries.

"We had about two hours' warning. People forget that," he said. "Now I've got friends out there again."

Video above: President Trump addresses the nation Saturday night.

What we know about the strikes

WASHINGTON (AP) — The United States struck three sites in Iran early Sunday local time, including the heavily fortified Fordo enrichment plant, joining Israel's war in an effort to cripple Tehran's nuclear program. President Donald Trump said in an address to the nation from the White House on Saturday night that the sites had been "completely and totally obliterated," a claim that could not be independently verified.

B-2 stealth bombers dropped more than a dozen bunker-buster bombs, each weighing 30,000 pounds, on Fordo, according to a U.S. official. Iran's Foreign Minister Abbas Araghchi warned on Sunday that the attacks would have "everlasting consequences" and said Iran reserved all options to defend itself.

Israel began its air campaign against Iran on June 13, two days before a sixth round of U.S.-Iran talks had been scheduled in Oman. Iran's Health Ministry has said more than 400 people have been killed in Iran since then.

The Associated Press contributed to this report.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout of a US "
        "local TV station's website story (headline, `Updated:` line, `By … and [station] staff`, a `NORFOLK, Va. —` "
        "dateline, video caption lines, \"[station] reached out to …\", residents interviewed, embedded AP paragraphs "
        "under a subhead and \"The Associated Press contributed to this report.\"). The station WTDV, the reporter "
        "Tessa Marwood-Iqbal, Brianna Holcomb-Reyes, Farhad Nouri-Castellanos and his grill, and Marcus "
        "Delahunt-Ortiz are invented; the Navy spokesperson's words and Kaine's statement are invented or paraphrased; "
        "Trump's \"completely and totally obliterated\" and Araghchi's \"everlasting consequences\" are short, "
        "well-known phrases; the bomb count, the distance and the toll are plausible, not exact.")
write(DOC, "Hampton Roads Navy families, Iranian Americans react to U.S. strikes on Iran", "WTDV (invented station)",
      PUB, TEXT, NOTE, author="Tessa Marwood-Iqbal")

d = PDoc(DOC, PUB)
SUN, SAT = D(2025, 6, 22), D(2025, 6, 21)
STRIKE = R(SAT, SUN)
BH = ["holcomb"]
NC = ["nouri"]
MD = ["delahunt"]
US = ["united states", "u.s."]
# quotes
d.Q("My husband texted me at 2 a.m. to say he was OK and that he couldn't tell me anything else,", ["direct"],
    "Brianna Holcomb-Reyes", BH)
d.Q("I've read every headline since Saturday night.", ["direct"], "Brianna Holcomb-Reyes", BH)
d.Q("does not comment on current or future operations.", ["partial"], "Naval Surface Force Atlantic",
    ["naval surface force", "navy"])
d.Q("I talked to my mother for four minutes this morning before the line dropped,", ["direct"],
    "Farhad Nouri-Castellanos", NC)
d.Q("She said the windows shook. Then nothing.", ["direct"], "Farhad Nouri-Castellanos", NC)
d.Q("Every time things start to open up, something closes them again,", ["direct"], "Farhad Nouri-Castellanos", NC)
d.Q("We had about two hours' warning. People forget that,", ["direct"], "Marcus Delahunt-Ortiz", MD)
d.Q("Now I've got friends out there again.", ["direct"], "Marcus Delahunt-Ortiz", MD)
d.Q("completely and totally obliterated,", ["partial"], "Donald Trump", ["trump"], SAT)
d.Q("everlasting consequences", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)

# figures
d.F("three nuclear sites", 3, ["site"], "count", subject_any=["site", "nuclear"])
d.F("about 10 miles", 10, ["mile"], "measure", "about", ["isfahan", "site"])
d.F("four minutes", 4, ["minute"], "duration", subject_any=["talked", "mother", "call"])
d.F("52", 52, ["year"], "duration", core=False, ctx=("Nouri-Castellanos, 52, said", 0))
d.F("Several warships", 3, ["warship"], "count", "about", core=False)
d.F("more than a dozen ballistic missiles", 12, ["ballistic missile", "missile"], "count", "more_than", ["missile"])
d.F("five days earlier", 5, ["day"], "duration", core=False)
d.F("more than 100 service members", 100, ["service member"], "count", "more_than", ["service member", "brain", "injur"])
d.F("about two hours'", 2, ["hour"], "duration", "about", ["warning"])
d.F("three sites", 3, ["site"], "count", subject_any=["site"])
d.F("more than a dozen bunker-buster bombs", 12, ["bunker-buster bomb", "bomb"], "count", "more_than", ["bomb"])
d.F("30,000 pounds", 30000, ["pound", "lb"], "measure", subject_any=["bomb", "weigh"])
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("more than 400 people", 400, ["person", "people"], "count", "more_than", ["killed", "people"])

# events
d.V("Hampton Roads Navy families, Iranian Americans react", "strikes", ["attack"], STRIKE, US, core=False)
d.V("NORFOLK, Va. — Families of sailors", "bombed", ["attack"], STRIKE, US)
d.V("VIDEO: Navy families in Norfolk react", "strikes", ["attack"], STRIKE, US, core=False)
d.V("\"My husband texted me at 2 a.m.", "said Brianna Holcomb-Reyes", ["statement"], None, BH, core=False)
d.V("\"My husband texted me at 2 a.m.", "texted", ["statement", "other"], None, core=False)
d.V("In a statement to WTDV, a spokesperson", "said", ["statement"], None, ["naval surface force", "navy"], core=False)
d.V("Several warships based at Naval Station Norfolk", "have deployed", ["other"], None, ["warship", "navy"], core=False)
d.V("At a Persian grill in Virginia Beach", "said", ["statement"], None, NC, core=False)
d.V("His parents live in Isfahan", "was struck", ["attack"], STRIKE, core=False)
d.V("\"I talked to my mother for four minutes", "talked", ["statement", "other"], SUN, NC, core=False)
d.V("\"I talked to my mother for four minutes", "said", ["statement"], None, NC, core=False)
d.V("He said he left Iran in 1988", "left Iran", ["other"], D(1988), NC, core=False)
d.V("He said he left Iran in 1988", "war with Iraq", ["war"], R(D(1980), D(1988)), core=False)
d.V("He said he left Iran in 1988", "collapsed", ["withdrawal"], D(2018), [])
d.V("\"Every time things start to open up", "he said", ["statement"], None, NC, core=False)
d.V("WTDV reached out to the offices", "reached out", ["other"], SUN, ["wtdv"], core=False)
d.V("Kaine, a Democrat who has pushed", "said in a statement", ["statement"], SAT, ["kaine"])
d.V("Kaine, a Democrat who has pushed", "has pushed", ["other", "statement"], None, ["kaine"], core=False)
d.V("Kaine, a Democrat who has pushed", "ordering the strikes", ["attack"], STRIKE, ["president", "trump"], core=False)
d.V("Retired Army Sgt. Marcus Delahunt-Ortiz", "fired", ["attack"], D(2020, 1, 8), ["iran"])
d.V("Retired Army Sgt. Marcus Delahunt-Ortiz", "killing", ["attack"], D(2020, 1, 3), US)
d.V("No one was killed, but more than 100 service members", "diagnosed", ["other"], None, core=False)
d.V("People forget that,\" he said.", "he said", ["statement"], None, MD, core=False)
d.V("Video above: President Trump addresses the nation", "addresses the nation", ["statement"], SAT, ["trump"], core=False)
d.V("WASHINGTON (AP) — The United States struck three sites", "struck", ["attack"], SUN, US)
d.V("WASHINGTON (AP) — The United States struck three sites", "joining Israel's war", ["war"], None, US, core=False)
d.V("President Donald Trump said in an address to the nation", "said", ["statement"], SAT, ["trump"])
d.V("B-2 stealth bombers dropped more than a dozen", "dropped", ["attack"], STRIKE, ["b-2", "bomber", "united states"], core=False)
d.V("Iran's Foreign Minister Abbas Araghchi warned on Sunday", "warned", ["statement", "threat"], SUN, ["araghchi"])
d.V("Iran's Foreign Minister Abbas Araghchi warned on Sunday", "reserved all options", ["statement", "threat"], SUN, ["araghchi"], core=False)
d.V("Israel began its air campaign against Iran on June 13", "began its air campaign", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.V("Israel began its air campaign against Iran on June 13", "sixth round", ["negotiation"], D(2025, 6, 15), core=False)
d.V("Iran's Health Ministry has said", "has said", ["statement"], None, ["health ministry"], core=False)
d.V("Iran's Health Ministry has said", "have been killed", ["attack", "war"], R(D(2025, 6, 13), SUN), ["israel"])
d.save()
print(DOC, words(DOC), "words")
