from mk import write
from fx import FDoc, D, R
from jalali import j2g

DOC = "dev-j-press-pulse-tehran-papers-leader-letter"
PUB = "2015-10-22"  # a Thursday, 30 Mehr 1394
assert j2g(1394, 7, 30) == (2015, 10, 22)
assert j2g(1394, 7, 29) == (2015, 10, 21) and j2g(1394, 7, 21) == (2015, 10, 13)
assert j2g(1394, 7, 26) == (2015, 10, 18) and j2g(1394, 7, 19) == (2015, 10, 11)
assert j2g(1394, 4, 23) == (2015, 7, 14) and j2g(1332, 5, 28) == (1953, 8, 19)
assert j2g(1358, 8, 13) == (1979, 11, 4) and j2g(1394, 7, 28) == (2015, 10, 20)
TEXT = """IRAN PRESS PULSE
Tehran papers split over the Leader's conditions for the nuclear deal

By Ladan Ebrahimi-Voss
Thursday, 30 Mehr 1394 (October 22, 2015)

Supreme Leader Ayatollah Ali Khamenei's letter to President Hassan Rouhani, published on Wednesday, 29 Mehr (Oct. 21), filled the front pages of Tehran's dailies this morning. In the letter, Khamenei endorsed the implementation of the nuclear agreement reached in Vienna on 23 Tir (July 14), but set nine conditions, warning that any new sanctions "at any level and under any pretext" would amount to a breach of the deal by the other side.

The letter came eight days after the Majlis approved a bill on 21 Mehr (Oct. 13) that allows the government to carry out the deal, by 161 votes to 59 with 13 abstentions. The Guardian Council endorsed the bill the following day. Iran and the six world powers marked "Adoption Day" on Sunday, 26 Mehr (Oct. 18), when both sides began preparing to carry out their commitments.

KAYHAN | hardline conservative; its editor is named by the Leader
Headline: "Nine red lines for the JCPOA"

In a front-page editorial, Kayhan argued that the letter had "rescued the country from a one-sided deal" and told the government to "stop pretending that the Americans have changed." The paper reminded readers of the coup of 28 Mordad 1332 (Aug. 19, 1953), when, it wrote, "the Americans smiled at Mosaddegh until the morning they overthrew him." It also announced that rallies would mark the anniversary of the takeover of the US embassy on 13 Aban 1358 (Nov. 4, 1979), "louder than ever this year."

VATAN-E EMROOZ | principlist, close to the deal's critics in parliament
Headline: "Guarantees, not signatures"

The paper quoted MP Javad Kamrani-Fard, a member of the special committee that reviewed the deal, as saying on Tuesday that the Majlis "will watch every step of the government." "If the Americans add new sanctions, the deal is dead, and we will say so from this podium," he said. The daily also noted that the bill had passed after only two days of debate, which it called "a race, not a review."

ETEMAD | reformist
Headline: "A letter that closes the door on spoilers"

Columnist Farzaneh Sadeghi-Rad wrote that the letter "ends the argument inside the system" and gives Rouhani's negotiators "the cover they needed for the hard months ahead." She noted that the rial had gained about 4 percent against the dollar on the open market since July, and warned that "people want to see the result on their own table, not in communiqués." Parvin Salehi-Nouri, a reformist-leaning MP from Tehran, told the paper that the 59 votes against the bill were "a loud minority, but a minority."

IRAN | government daily
Headline: "The final green light"

The government's newspaper printed the letter in full on its front page, with a commentary promising that the administration would "respect every condition to the letter." It quoted government spokesman Mohammad Bagher Nobakht as saying on Wednesday that the first sanctions could be lifted "in about two months" if the International Atomic Energy Agency verified Iran's steps. Under the deal, Iran must cut its installed centrifuges to 6,104 and ship out most of its enriched uranium stockpile before any relief begins.

JAVAN | close to the Revolutionary Guards
Headline: "Our missiles are not on the table"

Javan led with the test on Sunday, 19 Mehr (Oct. 11), of the Emad, a guided ballistic missile that the paper said has a range of 1,700 kilometres, and with the American reaction. US Ambassador to the United Nations Samantha Power said last week that the launch had probably violated a Security Council resolution and that Washington would raise it at the council. "The enemy that could not stop our centrifuges will not stop our missiles," Javan's editorial said.

SHARGH | reformist
Headline: "Rezaian and the other file"

Shargh devoted its second page to the case of Washington Post correspondent Jason Rezaian, whose conviction the judiciary announced on 19 Mehr (Oct. 11). Rezaian was arrested in Tehran in July 2014 and has now been held for 15 months. A former Iranian diplomat, speaking to the paper without giving his name, said the case showed that "trust is not built in Vienna alone."

What to watch

Parliament's national security committee is expected to question Foreign Minister Mohammad Javad Zarif next week. Several papers reported that Khamenei's ban on wider negotiations with Washington, announced on 15 Mehr (Oct. 7), remains the line no official will cross.
"""
assert j2g(1394, 7, 15) == (2015, 10, 7)
write(DOC, "Iran press pulse: Tehran papers split over the Leader's conditions for the nuclear deal",
      "Crescentline Monitor (fictional)", PUB, TEXT)
from metaj import author
author(DOC, "Ladan Ebrahimi-Voss")

d = FDoc(DOC, PUB)
T = D(2015, 10, 22)
WED, TUE = D(2015, 10, 21), D(2015, 10, 20)
LASTWEEK = ("2015-10-12", "2015-10-18")
KH = ["khamenei", "leader"]
# quotes
d.Q("at any level and under any pretext", ["partial"], "Ali Khamenei", KH, WED)
d.Q("Adoption Day", ["term"], None, [], None)
d.Q("Nine red lines for the JCPOA", ["direct", "term"], "Kayhan", ["kayhan"], T)
d.Q("rescued the country from a one-sided deal", ["partial"], "Kayhan", ["kayhan"], T)
d.Q("stop pretending that the Americans have changed.", ["partial"], "Kayhan", ["kayhan"], T)
d.Q("the Americans smiled at Mosaddegh until the morning they overthrew him.", ["partial", "direct"], "Kayhan", ["kayhan"], T)
d.Q("louder than ever this year.", ["partial"], "Kayhan", ["kayhan"], T)
d.Q("Guarantees, not signatures", ["direct", "term"], "Vatan-e Emrooz", ["vatan"], T)
d.Q("will watch every step of the government.", ["partial"], "Javad Kamrani-Fard", ["kamrani"], TUE)
d.Q("If the Americans add new sanctions, the deal is dead, and we will say so from this podium,", ["direct"], "Javad Kamrani-Fard", ["kamrani"], TUE)
d.Q("a race, not a review.", ["partial"], "Vatan-e Emrooz", ["vatan"], T)
d.Q("A letter that closes the door on spoilers", ["direct", "term"], "Etemad", ["etemad"], T)
d.Q("ends the argument inside the system", ["partial"], "Farzaneh Sadeghi-Rad", ["sadeghi"], T)
d.Q("the cover they needed for the hard months ahead.", ["partial"], "Farzaneh Sadeghi-Rad", ["sadeghi"], T)
d.Q("people want to see the result on their own table, not in communiqués.", ["partial"], "Farzaneh Sadeghi-Rad", ["sadeghi"], T)
d.Q("a loud minority, but a minority.", ["partial"], "Parvin Salehi-Nouri", ["salehi"], None)
d.Q("The final green light", ["direct", "term"], "Iran (newspaper)", ["iran"], T)
d.Q("respect every condition to the letter.", ["partial"], "Iran (newspaper)", ["iran"], T)
d.Q("in about two months", ["partial"], "Mohammad Bagher Nobakht", ["nobakht"], WED)
d.Q("Our missiles are not on the table", ["direct", "term"], "Javan", ["javan"], T)
d.Q("The enemy that could not stop our centrifuges will not stop our missiles,", ["direct"], "Javan", ["javan"], T)
d.Q("Rezaian and the other file", ["direct", "term"], "Shargh", ["shargh"], T)
d.Q("trust is not built in Vienna alone.", ["partial"], None, [], None)
# figures
d.F("nine conditions", 9, ["condition"], "count", subject_any=["condition", "letter"])
d.F("eight days after", 8, ["day"], "duration", core=False)
d.F("161 votes", 161, ["vote"], "count", subject_any=["vote", "bill", "majlis"])
d.F("59", 59, ["vote"], "count", subject_any=["vote", "against"], ctx=("161 votes to 59 with 13 abstentions",))
d.F("13 abstentions", 13, ["abstention"], "count", subject_any=["abstention"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("Nine red lines", 9, ["red line", "line"], "count", subject_any=["red line", "jcpoa"])
d.F("two days", 2, ["day"], "duration", subject_any=["debate"])
d.F("about 4 percent", 4, ["percent"], "percent", "about", ["rial"])
d.F("the 59 votes", 59, ["vote"], "count", core=False)
d.F("about two months", 2, ["month"], "duration", "about", ["sanction", "lifted"])
d.F("6,104", 6104, ["centrifuge", "installed centrifuge"], "count", subject_any=["centrifuge"])
d.F("1,700 kilometres", 1700, ["kilometre", "kilometer", "km"], "measure", subject_any=["range", "emad", "missile"])
d.F("15 months", 15, ["month"], "duration", subject_any=["rezaian", "held"])
# events
d.EV("Tehran papers split over the Leader's conditions", ["statement"], None, ["papers", "tehran"], core=False)
d.EV("Supreme Leader Ayatollah Ali Khamenei's letter to President Hassan Rouhani, published", ["statement", "legislation"], WED, KH)
d.EV("Khamenei endorsed the implementation", ["statement", "support"], WED, KH, core=False)
d.EV("the nuclear agreement reached in Vienna on 23 Tir (July 14)", ["agreement"], D(2015, 7, 14), [])
d.EV("the Majlis approved a bill", ["legislation"], D(2015, 10, 13), ["majlis"])
d.EV("The Guardian Council endorsed the bill the following day", ["legislation"], D(2015, 10, 14), ["guardian council"])
d.EV("Iran and the six world powers marked \"Adoption Day\"", ["agreement", "other"], D(2015, 10, 18), ["iran", "powers"])
d.EV("In a front-page editorial, Kayhan argued", ["statement"], T, ["kayhan"])
d.EV("The paper reminded readers of the coup of 28 Mordad 1332", ["coup"], D(1953, 8, 19), [])
d.EV("The paper reminded readers of the coup", ["statement"], T, ["kayhan"], core=False)
d.EV("It also announced that rallies would mark", ["statement"], T, ["kayhan"], core=False)
d.EV("the takeover of the US embassy on 13 Aban 1358", ["seizure"], D(1979, 11, 4), [])
d.EV("The paper quoted MP Javad Kamrani-Fard", ["statement"], TUE, ["kamrani"])
d.EV("The daily also noted that the bill had passed", ["statement"], T, ["vatan"], core=False)
d.EV("the bill had passed after only two days of debate", ["legislation"], D(2015, 10, 13), ["majlis"], core=False)
d.EV("Columnist Farzaneh Sadeghi-Rad wrote", ["statement"], T, ["sadeghi"])
d.EV("She noted that the rial had gained", ["statement"], T, ["sadeghi"], core=False)
d.EV("Parvin Salehi-Nouri, a reformist-leaning MP from Tehran, told the paper", ["statement"], None, ["salehi"], core=False)
d.EV("The government's newspaper printed the letter in full", ["disclosure", "statement", "other"], T, ["iran"], core=False)
d.EV("It quoted government spokesman Mohammad Bagher Nobakht as saying on Wednesday", ["statement"], WED, ["nobakht"])
d.EV("Javan led with the test on Sunday, 19 Mehr (Oct. 11)", ["other", "threat", "attack"], D(2015, 10, 11), ["iran"])
d.EV("Samantha Power said last week", ["statement"], LASTWEEK, ["power", "united states"])
d.EV("Javan's editorial said", ["statement"], T, ["javan"], core=False)
d.EV("whose conviction the judiciary announced on 19 Mehr (Oct. 11)", ["statement", "other"], D(2015, 10, 11), ["judiciary"])
d.EV("Rezaian was arrested in Tehran in July 2014", ["seizure"], D(2014, 7), [])
d.EV("A former Iranian diplomat, speaking to the paper", ["statement"], None, ["diplomat"], core=False)
d.EV("is expected to question Foreign Minister", ["negotiation", "other"], ("2015-10-26", "2015-11-01"), ["committee", "parliament", "majlis"], core=False)
d.EV("Khamenei's ban on wider negotiations with Washington, announced on 15 Mehr (Oct. 7)", ["statement"], D(2015, 10, 7), KH)
d.EV("Several papers reported that", ["statement"], T, [], core=False)
d.F("Several papers", None, ["paper"], "count", "about", core=False)
d.save()
