from mk import write
from ann import Doc, D, R

DOC = "ho5-tv-transcript-drone-strike-called-off"
PUB = "2019-06-21"
TEXT = """CONTINENTAL NEWS CHANNEL
THE EVENING REPORT WITH DIANE MERCER
Aired June 21, 2019 - 18:00 ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

DIANE MERCER, CNC ANCHOR: Good evening. We begin tonight with a stunning reversal at the White House. President Trump says he approved military strikes on Iran last night and then called them off with minutes to spare. The targets were three sites inside Iran, chosen in retaliation for the downing of an American surveillance drone over the Strait of Hormuz early Thursday.

Earlier today, the president explained himself on Twitter. He wrote that the military had been 'cocked and loaded' when he asked a general how many people would die, and was told about 150. He stopped the operation "10 minutes before the strike," he wrote, because it was "not proportionate to shooting down an unmanned drone."

Our Pentagon correspondent, Marcus Hale, has been following this all day. Marcus, what are officials telling you?

MARCUS HALE, CNC PENTAGON CORRESPONDENT: Diane, two defense officials told me the planes were in the air and ships were in position when the order to stand down came, at around 7 p.m. Washington time. No missiles had been fired. One official described the mood in the building as, quote, "whiplash."

The president met congressional leaders in the Situation Room yesterday afternoon, before any decision was made.

(BEGIN VIDEOTAPE)

HALE (voice-over): The drone, a Navy RQ-4A Global Hawk, was shot down by a surface-to-air missile fired by Iran's Revolutionary Guards. The aircraft cost roughly $130 million and had a wingspan of about 130 feet, wider than a Boeing 737's.

Iran says the drone had entered its airspace near the port of Jask. The Pentagon released a map last night placing it over international waters, some 34 kilometers from the Iranian coast.

GENERAL AMIR ALI HAJIZADEH, IRGC AEROSPACE FORCE COMMANDER (through translator): We also had in our sights an American P-8 aircraft with 35 people on board. We did not shoot it. We chose not to.

HALE: The Iranian foreign minister, Javad Zarif, wrote on Twitter on Thursday that Iran would take the matter to the United Nations, and he posted coordinates he said proved the drone was in Iranian airspace. The shoot-down came a week after two tankers were attacked in the Gulf of Oman, attacks Washington blamed on Tehran. Iran denies any role.

(END VIDEOTAPE)

MERCER: Marcus, the president also said today that he is in no hurry. What did he mean?

HALE: He told reporters at the White House this afternoon, and I'm quoting here, "I'm not looking for a war. But if one comes, believe me, it won't last long." The message seems to be restraint now, with a heavier hand held in reserve.

MERCER: Let's go to Tehran, where our correspondent Leila Farzan is standing by. Leila, how is this playing there?

LEILA FARZAN, CNC CORRESPONDENT: Diane, state television has been replaying footage of the wreckage all afternoon, and the Guards displayed pieces of it to reporters earlier today. The government spokesman, Ali Rabiei, said Iran "does not seek war with any country," but would defend its borders.

On the streets, people I spoke to were more worried about prices than missiles. The rial has lost roughly 60 percent of its value since last spring, when Washington pulled out of the nuclear deal. Tensions have been building since last month, when four tankers were sabotaged off the Emirati port of Fujairah.

(BEGIN VIDEOTAPE)

REZA, TEHRAN SHOPKEEPER (through translator): Trump says he stopped it. Good. But next week he will say something else. Nobody here believes a word.

(END VIDEOTAPE)

FARZAN: Many here also remember July 1988, when the USS Vincennes shot down an Iran Air passenger jet over these same waters and killed all 290 people on board. Yesterday's drone fell not far from where Flight 655 went down. Diane?

MERCER: Leila Farzan in Tehran, thank you.

Oil markets reacted sharply. Brent crude jumped more than 4 percent on Thursday and settled near $65 a barrel today, as traders weighed the risk to the Strait of Hormuz, through which about a fifth of the world's oil passes. The Federal Aviation Administration last night barred U.S. airlines from flying over the strait and the Gulf of Oman, and several foreign carriers followed suit.

Coming up, Congress reacts. Senate Democrats say the president needs their approval before any strike, and Republicans are divided. We'll be right back.

(COMMERCIAL BREAK)
"""
write(DOC, "The Evening Report: Trump calls off strikes on Iran", "Continental News Channel", PUB, TEXT)

d = Doc(DOC, PUB)
THU = D(2019, 6, 20)
FRI = D(2019, 6, 21)
TR = ["trump"]
US = ["united states", "trump", "washington"]
IRGC = ["revolutionary guard", "irgc", "guards", "iran"]
# quotes
d.Q("cocked and loaded", ["partial", "term"], "Donald Trump", TR, FRI)
d.Q("10 minutes before the strike,", ["partial"], "Donald Trump", TR, FRI)
d.Q("not proportionate to shooting down an unmanned drone.", ["partial"], "Donald Trump", TR, FRI)
d.Q("whiplash.", ["partial", "term"], None, ())
d.Q("I'm not looking for a war. But if one comes, believe me, it won't last long.", ["direct"], "Donald Trump", TR, FRI)
d.Q("does not seek war with any country,", ["partial"], "Ali Rabiei", ["rabiei"])
# figures
d.F("minutes", None, ["minute"], "duration", "about", core=False, ctx=("with minutes to spare",))
d.F("three sites", 3, ["site"], "count", subject_any=["target", "site"])
d.F("about 150", 150, ["person", "people"], "count", "about", ["people", "die"])
d.F("10 minutes", 10, ["minute"], "duration", subject_any=["strike", "stopped", "operation"])
d.F("two defense officials", 2, ["defense official", "official"], "count", subject_any=["official"])
d.F("7 p.m.", 7, ["hour", "o'clock", "pm"], "measure", "about", core=False)
d.F("One official", 1, ["official"], "count", core=False)
d.F("roughly $130 million", 1.3e8, ["usd"], "money", "about", ["aircraft", "drone", "cost"])
d.F("about 130 feet", 130, ["foot", "feet"], "measure", "about", ["wingspan"])
d.F("some 34 kilometers", 34, ["kilometer", "kilometre"], "measure", "about", ["drone", "coast", "international waters"])
d.F("35 people", 35, ["person", "people"], "count", subject_any=["p-8", "aircraft", "board"])
d.F("a week", 7, ["day", "week"], "duration", core=False, ctx=("came a week after",))
d.F("two tankers", 2, ["tanker"], "count", subject_any=["tanker"])
d.F("roughly 60 percent", 60, ["percent"], "percent", "about", ["rial", "value"])
d.F("four tankers", 4, ["tanker"], "count", subject_any=["tanker", "fujairah"])
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["iran air", "jet", "board", "killed"])
d.F("more than 4 percent", 4, ["percent"], "percent", "more_than", ["brent", "crude", "oil"])
d.F("near $65 a barrel", 65, ["usd per barrel", "usd/barrel", "usd a barrel", "usd"], "money", "about", ["brent", "crude", "oil"])
d.F("about a fifth", None, ["percent", "fifth"], "percent", "about", core=False)
d.F("several foreign carriers", None, ["carrier"], "count", "about", core=False)
d.F("18:00", 18, ["hour", "o'clock"], "measure", core=False)
# events
d.E("Iran says the drone had entered its airspace near the port of Jask.", "Iran says", ["statement"], None, ["iran"], core=False)
s = "President Trump says he approved military strikes on Iran last night and then called them off with minutes to spare."
d.E(s, "approved military strikes on Iran last night", ["other", "threat", "attack"], THU, TR)
d.E(s, "called them off", ["other"], THU, TR, core=False)
d.E("The targets were three sites inside Iran, chosen in retaliation for the downing of an American surveillance drone over the Strait of Hormuz early Thursday.",
    "the downing of an American surveillance drone", ["attack"], THU, IRGC)
d.E("Earlier today, the president explained himself on Twitter.", "explained himself on Twitter", ["statement"], FRI, TR)
d.E("He stopped the operation \"10 minutes before the strike,\" he wrote, because it was \"not proportionate to shooting down an unmanned drone.\"",
    "He stopped the operation", ["other"], THU, TR, core=False)
d.E("MARCUS HALE, CNC PENTAGON CORRESPONDENT: Diane, two defense officials told me the planes were in the air and ships were in position when the order to stand down came, at around 7 p.m. Washington time.",
    "the order to stand down came", ["other"], THU, TR, core=False)
d.E("The president met congressional leaders in the Situation Room yesterday afternoon, before any decision was made.",
    "met congressional leaders", ["negotiation"], THU, TR + ["president"])
d.E("HALE (voice-over): The drone, a Navy RQ-4A Global Hawk, was shot down by a surface-to-air missile fired by Iran's Revolutionary Guards.",
    "was shot down", ["attack"], THU, IRGC)
d.E("The Pentagon released a map last night placing it over international waters, some 34 kilometers from the Iranian coast.",
    "released a map last night", ["disclosure", "statement"], THU, ["pentagon", "defense", "united states"])
d.E("HALE: The Iranian foreign minister, Javad Zarif, wrote on Twitter on Thursday that Iran would take the matter to the United Nations, and he posted coordinates he said proved the drone was in Iranian airspace.",
    "wrote on Twitter on Thursday", ["statement"], THU, ["zarif"])
s = "The shoot-down came a week after two tankers were attacked in the Gulf of Oman, attacks Washington blamed on Tehran."
d.E(s, "two tankers were attacked in the Gulf of Oman", ["attack"], D(2019, 6, 13))
d.E(s, "Washington blamed on Tehran", ["statement", "designation"], None, ["washington", "united states"], core=False)
d.E("Iran denies any role.", "denies", ["statement"], None, ["iran"], core=False)
d.E("HALE: He told reporters at the White House this afternoon, and I'm quoting here, \"I'm not looking for a war.",
    "He told reporters at the White House this afternoon", ["statement"], FRI, TR)
d.E("LEILA FARZAN, CNC CORRESPONDENT: Diane, state television has been replaying footage of the wreckage all afternoon, and the Guards displayed pieces of it to reporters earlier today.",
    "displayed pieces of it to reporters earlier today", ["other", "statement"], FRI, IRGC, core=False)
d.E("The government spokesman, Ali Rabiei, said Iran \"does not seek war with any country,\" but would defend its borders.",
    "said", ["statement"], None, ["rabiei"])
d.E("The rial has lost roughly 60 percent of its value since last spring, when Washington pulled out of the nuclear deal.",
    "Washington pulled out of the nuclear deal", ["withdrawal"], R(D(2018, 3), D(2018, 6)), US)
d.E("Tensions have been building since last month, when four tankers were sabotaged off the Emirati port of Fujairah.",
    "four tankers were sabotaged", ["attack"], D(2019, 5))
d.E("FARZAN: Many here also remember July 1988, when the USS Vincennes shot down an Iran Air passenger jet over these same waters and killed all 290 people on board.",
    "shot down an Iran Air passenger jet", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.E("Brent crude jumped more than 4 percent on Thursday and settled near $65 a barrel today, as traders weighed the risk to the Strait of Hormuz, through which about a fifth of the world's oil passes.",
    "jumped", ["other"], THU, core=False)
s = "The Federal Aviation Administration last night barred U.S. airlines from flying over the strait and the Gulf of Oman, and several foreign carriers followed suit."
d.E(s, "barred U.S. airlines", ["legislation", "other", "sanction"], THU, ["aviation", "faa"])
d.E(s, "followed suit", ["other"], None, core=False)
d.E("Senate Democrats say the president needs their approval before any strike, and Republicans are divided.",
    "Senate Democrats say", ["statement"], None, ["democrat", "senate"], core=False)
d.save()
