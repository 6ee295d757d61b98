from mk import write
from ann import Doc, D, R

DOC = "ho5-poll-americans-iran-talks-trust"
PUB = "2025-05-22"
TEXT = """THE KEYSTONE SURVEY
Public Opinion Report No. 47 | Released Thursday, May 22, 2025

Americans warm to Iran talks, but trust remains scarce

Most Americans now back negotiations with Iran over its nuclear program, but very few believe Tehran would keep its side of a bargain, according to a new Keystone Survey poll.

Fifty-eight percent of U.S. adults say they support the talks that resumed in Oman last month, up from 49 percent when the question was last asked in March. Just 14 percent say they trust the Iranian government "a great deal" or "a fair amount" to honor an agreement, down 5 points since March and the lowest figure the survey has recorded.

"People want the talks, and they don't believe the other side. Those two things sit together quite comfortably," said Naomi Feld, who directs the Keystone Survey. "Americans are not naive about Iran. They simply think talking is cheaper than the alternative."

The poll of 1,204 adults was conducted online May 14-18, 2025, and has a margin of sampling error of plus or minus 3.1 percentage points for the full sample.

Partisan split

Support for negotiations cuts across party lines, though unevenly. About seven in ten Democrats (71 percent) favor the talks, compared with 44 percent of Republicans, a 27-point gap. Republican support has nonetheless climbed by 12 points since March, after President Donald Trump said he wanted "a deal, not a war." Trump repeated that message in Riyadh last week, telling a business forum that he would rather reach an agreement with Iran than "do something very harsh." Independents sit in between, at 57 percent.

On whether Iran is trying to build a nuclear weapon, attitudes have barely moved. Roughly two-thirds (66 percent) say it is, and nearly one in five (19 percent) are unsure. A majority (52 percent) would support U.S. military action if the talks fail, down from 61 percent in a June 2020 Keystone poll taken six months after the killing of Qasem Soleimani.

Do Americans trust Iran?

Asked how much they trust the government of Iran, 14 percent said a great deal or a fair amount, 31 percent said not much and 51 percent said not at all. The share answering 'not at all' is highest among Americans aged 65 and older, at 63 percent, and lowest among those aged 18 to 29, at 38 percent.

Many respondents appear to accept that mistrust runs both ways. Asked whether the United States would keep its own commitments under a new agreement, only 37 percent said it would, a figure Feld linked to the 2018 decision to abandon the 2015 nuclear deal. "When a deal can be torn up by the next president, you can't be surprised that the other side hedges," she said.

Gary Oberlin, 68, a retired machinist in Dayton, Ohio, who took part in the survey and agreed to be interviewed, put it more bluntly. "I don't trust them and they don't trust us," he said. "That's exactly why you sit down and talk."

The view from Iran

The Keystone findings echo a survey of Iranians released last month by the Toronto-based Parsa Opinion Lab, which interviewed 1,007 adults by telephone between March 29 and April 9. That poll, with a margin of error of about 3 percentage points, found that 83 percent of Iranians did not trust the United States to honor a new agreement, up from 67 percent in August 2016, seven months after the nuclear deal took effect. Nearly seven in ten Iranians (69 percent) said they nonetheless supported the talks.

"Iranians are asked to trust a country that walked away from a deal their government kept," the lab's research director, Kaveh Ansari, said in a statement. "That 83 percent is not a mood. It is a memory."

The Keystone poll was taken days after the fourth round of talks between U.S. envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi ended in Muscat on May 11. A fifth round is due in Rome on Friday.

About this poll

The Keystone Survey interviewed 1,204 U.S. adults online from May 14 to 18, 2025, using a probability-based panel. Results were weighted by age, sex, race, education and region. The sample included 412 Democrats, 388 Republicans and 371 independents. The margin of error is plus or minus 3.1 percentage points for all adults and about 5 to 6 points for the partisan groups.
"""
write(DOC, "Americans warm to Iran talks, but trust remains scarce", "The Keystone Survey", PUB, TEXT)

d = Doc(DOC, PUB)
LASTWEEK = ("2025-05-12", "2025-05-18")
PP = ["percentage point", "point"]
# quotes
d.Q("a great deal", ["term"], None, (), core=False)
d.Q("a fair amount", ["term"], None, (), core=False)
d.Q("People want the talks, and they don't believe the other side. Those two things sit together quite comfortably,", ["direct"], "Naomi Feld", ["feld"])
d.Q("Americans are not naive about Iran. They simply think talking is cheaper than the alternative.", ["direct"], "Naomi Feld", ["feld"])
d.Q("a deal, not a war.", ["partial"], "Donald Trump", ["trump"])
d.Q("do something very harsh.", ["partial"], "Donald Trump", ["trump"], LASTWEEK)
d.Q("not at all", ["term"], None, (), core=False, ctx=("answering 'not at all'",))
d.Q("When a deal can be torn up by the next president, you can't be surprised that the other side hedges,", ["direct"], "Naomi Feld", ["feld"])
d.Q("I don't trust them and they don't trust us,", ["direct"], "Gary Oberlin", ["oberlin"])
d.Q("That's exactly why you sit down and talk.", ["direct"], "Gary Oberlin", ["oberlin"])
d.Q("Iranians are asked to trust a country that walked away from a deal their government kept,", ["direct"], "Kaveh Ansari", ["ansari"])
d.Q("That 83 percent is not a mood. It is a memory.", ["direct"], "Kaveh Ansari", ["ansari"])
# figures
d.F("Fifty-eight percent", 58, ["percent"], "percent", subject_any=["adult", "support", "talks"])
d.F("49 percent", 49, ["percent"], "percent", subject_any=["adult", "support", "talks"])
d.F("14 percent", 14, ["percent"], "percent", subject_any=["trust", "iranian government"], occ=0)
d.F("5 points", 5, PP, "percent", subject_any=["trust"])
d.F("two things", 2, ["thing"], "count", core=False)
d.F("1,204 adults", 1204, ["adult"], "count", subject_any=["poll", "adult"])
d.F("plus or minus 3.1 percentage points", 3.1, PP, "percent", subject_any=["margin", "error"], occ=0)
d.F("seven in ten Democrats", 70, ["percent", "democrat"], "percent", "about", ["democrat"], core=False)
d.F("71 percent", 71, ["percent"], "percent", subject_any=["democrat"])
d.F("44 percent", 44, ["percent"], "percent", subject_any=["republican"])
d.F("27-point", 27, PP, "percent", subject_any=["gap"])
d.F("12 points", 12, PP, "percent", subject_any=["republican", "support"])
d.F("57 percent", 57, ["percent"], "percent", subject_any=["independent"])
d.F("two-thirds", None, ["percent"], "percent", "about", core=False)
d.F("66 percent", 66, ["percent"], "percent", subject_any=["weapon", "iran", "say"])
d.F("one in five", None, ["percent"], "percent", "about", core=False)
d.F("19 percent", 19, ["percent"], "percent", subject_any=["unsure"])
d.F("52 percent", 52, ["percent"], "percent", subject_any=["majority", "military action"])
d.F("61 percent", 61, ["percent"], "percent", subject_any=["military action", "majority", "poll"])
d.F("six months", 6, ["month"], "duration", core=False)
d.F("14 percent", 14, ["percent"], "percent", subject_any=["trust", "government of iran", "great deal"], occ=1)
d.F("31 percent", 31, ["percent"], "percent", subject_any=["not much"])
d.F("51 percent", 51, ["percent"], "percent", subject_any=["not at all"])
d.F("65", 65, ["year"], "duration", "at_least", core=False, ctx=("aged 65 and older",))
d.F("63 percent", 63, ["percent"], "percent", subject_any=["not at all", "share", "aged 65"])
d.F("18 to 29", 18, ["year"], "duration", core=False, value_max=29)
d.F("38 percent", 38, ["percent"], "percent", subject_any=["aged 18", "share", "not at all"])
d.F("37 percent", 37, ["percent"], "percent", subject_any=["united states", "commitment"])
d.F("68", 68, ["year"], "duration", core=False, ctx=("Gary Oberlin, 68,",))
d.F("1,007 adults", 1007, ["adult"], "count", subject_any=["adult", "survey", "parsa"])
d.F("about 3 percentage points", 3, PP, "percent", "about", ["margin", "error"])
d.F("83 percent", 83, ["percent"], "percent", subject_any=["iranian", "trust"], occ=0)
d.F("67 percent", 67, ["percent"], "percent", subject_any=["iranian", "trust"])
d.F("seven months", 7, ["month"], "duration", core=False)
d.F("seven in ten Iranians", 70, ["percent", "iranian"], "percent", "about", ["iranian"], core=False)
d.F("69 percent", 69, ["percent"], "percent", subject_any=["iranian", "talks", "support"])
d.F("83 percent", 83, ["percent"], "percent", subject_any=["iranian", "trust"], occ=1)
d.F("1,204 U.S. adults", 1204, ["adult", "u.s. adult"], "count", subject_any=["adult", "keystone"])
d.F("412 Democrats", 412, ["democrat"], "count", subject_any=["democrat", "sample"])
d.F("388 Republicans", 388, ["republican"], "count", subject_any=["republican", "sample"])
d.F("371 independents", 371, ["independent"], "count", subject_any=["independent", "sample"])
d.F("plus or minus 3.1 percentage points", 3.1, PP, "percent", subject_any=["margin", "error"], occ=1)
d.F("about 5 to 6 points", 5, PP, "percent", "about", ["margin", "partisan"], value_max=6)
# events
d.E("Fifty-eight percent of U.S. adults say they support the talks that resumed in Oman last month, up from 49 percent when the question was last asked in March.",
    "the talks that resumed in Oman last month", ["negotiation"], D(2025, 4), ["united states", "iran"])
d.E("The poll of 1,204 adults was conducted online May 14-18, 2025, and has a margin of sampling error of plus or minus 3.1 percentage points for the full sample.",
    "was conducted", ["other"], ("2025-05-14", "2025-05-18"), ["keystone"], core=False)
d.E("Republican support has nonetheless climbed by 12 points since March, after President Donald Trump said he wanted \"a deal, not a war.\"",
    "President Donald Trump said", ["statement"], None, ["trump"])
d.E("Trump repeated that message in Riyadh last week, telling a business forum that he would rather reach an agreement with Iran than \"do something very harsh.\"",
    "repeated that message in Riyadh last week", ["statement"], LASTWEEK, ["trump"])
d.E("A majority (52 percent) would support U.S. military action if the talks fail, down from 61 percent in a June 2020 Keystone poll taken six months after the killing of Qasem Soleimani.",
    "the killing of Qasem Soleimani", ["attack"], D(2020, 1))
d.E("Asked whether the United States would keep its own commitments under a new agreement, only 37 percent said it would, a figure Feld linked to the 2018 decision to abandon the 2015 nuclear deal.",
    "the 2018 decision to abandon the 2015 nuclear deal", ["withdrawal"], D(2018), ["united states", "trump"])
d.E("\"When a deal can be torn up by the next president, you can't be surprised that the other side hedges,\" she said.",
    "she said", ["statement"], None, ["feld"], core=False)
s = "The Keystone findings echo a survey of Iranians released last month by the Toronto-based Parsa Opinion Lab, which interviewed 1,007 adults by telephone between March 29 and April 9."
d.E(s, "released last month", ["disclosure", "statement", "other"], D(2025, 4), ["parsa"], core=False)
s = "That poll, with a margin of error of about 3 percentage points, found that 83 percent of Iranians did not trust the United States to honor a new agreement, up from 67 percent in August 2016, seven months after the nuclear deal took effect."
d.E(s, "the nuclear deal took effect", ["agreement"], D(2016, 1))
d.E("\"Iranians are asked to trust a country that walked away from a deal their government kept,\" the lab's research director, Kaveh Ansari, said in a statement.",
    "said in a statement", ["statement"], None, ["ansari"])
d.E("\"Iranians are asked to trust a country that walked away from a deal their government kept,\" the lab's research director, Kaveh Ansari, said in a statement.",
    "walked away from a deal", ["withdrawal"], None, ["united states"], core=False)
d.E("The Keystone poll was taken days after the fourth round of talks between U.S. envoy Steve Witkoff and Iranian Foreign Minister Abbas Araghchi ended in Muscat on May 11.",
    "the fourth round of talks", ["negotiation"], D(2025, 5, 11), ["witkoff", "araghchi", "united states", "iran"])
d.E("A fifth round is due in Rome on Friday.", "A fifth round", ["negotiation"], D(2025, 5, 23), core=False)
d.save()
