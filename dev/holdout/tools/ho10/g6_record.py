import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h10 import write, HDoc, D, R

DOC = "ho10-congressional-record-senate-iran-agreement"
PUB = "2015-09-10"  # a Thursday
TEXT = """Congressional Record — Senate
Thursday, September 10, 2015

IRAN NUCLEAR AGREEMENT

The PRESIDING OFFICER. The Senator from Kansas.

Mr. HARLOWE. Mr. President, in a few hours this body will vote on whether to proceed to a resolution disapproving the agreement that the administration and five other world powers reached with Iran in Vienna on July 14. I rise to explain why I will vote to proceed, and why I will vote against the agreement itself.

Mr. President, I have sat through every briefing the administration has offered since July. On July 23, Secretary of State John Kerry told the Foreign Relations Committee that the alternative to this agreement was "not a better deal" but "a path to conflict." I respect the Secretary. I do not accept that choice. Two weeks later, on August 5, the President said at American University that the choice was between this deal and "some sort of war." With respect, that is a false choice.

Under the Iran Nuclear Agreement Review Act, which passed this Chamber 98 to 1 on May 7 and which the President signed on May 22, Congress was given 60 days to review this agreement. Let me say what that review has shown me. The agreement lifts the limits on Iran's enrichment after 10 to 15 years. It gives Iran up to 24 days to delay inspectors at a suspect site. And it will release between $100 billion and $150 billion in frozen assets to a government that has never stopped calling us its enemy.

Do not take my word for that. On July 18, four days after the agreement was announced, the Supreme Leader of Iran, Ayatollah Ali Khamenei, told worshippers in Tehran that the deal would not change Iran's policy toward "the arrogant American government." Yesterday, the Ayatollah said that Israel "will not see" the next 25 years.

Mr. President, I know that Iranians remember 1953, when our Government helped overthrow their Prime Minister. That is history that we should not deny. But Americans remember November 4, 1979, when students seized our embassy in Tehran and held 52 of our citizens for 444 days. We remember October 1983, when a Hezbollah suicide bomber, with Iranian backing, killed 241 American servicemen at the Marine barracks in Beirut. Trust has to be earned, and this regime has not earned it.

Mr. President, I ask unanimous consent that the following article, published in the Dunmore Ledger on September 8, 2015, be printed in the Record.

There being no objection, the material was ordered to be printed in the Record, as follows:

[From the Dunmore Ledger, Sept. 8, 2015]

WHAT SANCTIONS RELIEF BUYS
(By Harriet Vance-Oyelowo)

Once the nuclear agreement takes effect, Iran stands to regain access to tens of billions of dollars in frozen assets. Treasury Secretary Jacob J. Lew told Congress in July that the usable amount was closer to $56 billion than to the $150 billion often cited.

Iran's oil minister, Bijan Zanganeh, said last month that the country could add 500,000 barrels a day to its exports within a week of sanctions being lifted, and a further 500,000 within months. Oil analyst Kenneth Ruiz-Abara of the Calloway Energy Group said on Monday that the market had already priced in "most of the Iranian barrels, but not all of them."

The first relief is not expected before early next year, when inspectors must confirm that Iran has met its initial obligations.

Mr. HARLOWE. Mr. President, I yield the floor.

The PRESIDING OFFICER. The Senator from Delaware.

Mrs. ACKERLY. Mr. President, I will be brief. The Senator from Kansas quoted the Ayatollah's words of yesterday. I have read them too, and they are vile. But this agreement was not written to change the Ayatollah's mind. It was written to keep him from a bomb.

Last month, 29 of the Nation's leading scientists wrote to the President that the agreement was "innovative and stringent." Days later, 36 retired generals and admirals wrote that it was "the most effective means currently available" to keep Iran from a nuclear weapon. I will vote against the motion to proceed.

I yield the floor.

I suggest the absence of a quorum.

The PRESIDING OFFICER. The clerk will call the roll.

The legislative clerk proceeded to call the roll.
"""
write(DOC, "Iran Nuclear Agreement (Congressional Record — Senate)", "Congressional Record Reprints (made-up reprint series)", PUB, TEXT)

d = HDoc(DOC, PUB)
YEST = D(2015, 9, 9)
KE = ["kerry", "secretary"]
OB = ["obama", "president"]
KH = ["khamenei", "ayatollah", "supreme leader"]
d.Q("not a better deal", ["partial"], "John Kerry", KE, D(2015, 7, 23))
d.Q("a path to conflict.", ["partial"], "John Kerry", KE, D(2015, 7, 23))
d.Q("some sort of war.", ["partial"], "Barack Obama", OB, D(2015, 8, 5))
d.Q("the arrogant American government.", ["partial"], "Ali Khamenei", KH, D(2015, 7, 18))
d.Q("will not see", ["partial"], "Ali Khamenei", KH, YEST)
d.Q("most of the Iranian barrels, but not all of them.", ["partial"], "Kenneth Ruiz-Abara", ["ruiz-abara", "ruiz", "analyst"], D(2015, 9, 7))
d.Q("innovative and stringent.", ["partial"], None, (), D(2015, 8))
d.Q("the most effective means currently available", ["partial"], None, (), D(2015, 8))

d.F("a few hours", None, ["hour"], "duration", "about", core=False)
d.F("five other world powers", 5, ["other world power", "world power", "power"], "count", subject_any=["world power", "power"])
d.F("Two weeks later", 2, ["week"], "duration", core=False)
d.F("98", 98, ["vote", "senator"], "count", subject_any=["review act", "passed", "vote", "chamber"], ctx=("98 to 1",))
d.F("1", 1, ["vote", "senator"], "count", subject_any=["review act", "passed", "vote", "chamber"], ctx=("98 to 1",))
d.F("60 days", 60, ["day"], "duration", subject_any=["review"])
d.F("10 to 15 years", 10, ["year"], "duration", subject_any=["limit", "enrichment"], value_max=15)
d.F("up to 24 days", 24, ["day"], "duration", "up_to", ["delay", "inspector"])
d.F("between $100 billion and $150 billion", 1e11, ["usd"], "money", subject_any=["frozen asset", "asset"], value_max=1.5e11)
d.F("four days after", 4, ["day"], "duration", core=False)
d.F("the next 25 years", 25, ["year"], "duration", subject_any=["israel"])
d.F("52 of our citizens", 52, ["citizen", "american", "hostage"], "count", subject_any=["citizen", "hostage", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage"])
d.F("241 American servicemen", 241, ["american serviceman", "serviceman"], "count", subject_any=["servicemen", "killed", "beirut"])
d.F("tens of billions of dollars", None, ["usd"], "money", "about", core=False)
d.F("closer to $56 billion", 5.6e10, ["usd"], "money", "about", ["usable", "amount", "frozen"])
d.F("$150 billion", 1.5e11, ["usd"], "money", subject_any=["often cited", "amount", "frozen"], occ=1)
d.F("500,000 barrels a day", 5e5, ["barrel per day", "barrel a day"], "measure", subject_any=["export"])
d.F("within a week", 1, ["week"], "duration", "up_to", core=False)
d.F("a further 500,000", 5e5, ["barrel per day", "barrel a day"], "measure", subject_any=["export"])
d.F("within months", None, ["month"], "duration", "about", core=False)
d.F("29 of the Nation's leading scientists", 29, ["leading scientist", "scientist"], "count", subject_any=["scientist"])
d.F("Days later", None, ["day"], "duration", "about", core=False)
d.F("36 retired generals and admirals", 36, ["retired general and admiral", "general and admiral", "general"], "count", subject_any=["general", "admiral"])

HA = ["harlowe", "senator"]
d.V("in a few hours this body will vote", "will vote", ["legislation", "other"], D(2015, 9, 10), ["senate", "body"], core=False)
d.V("in a few hours this body will vote", "reached", ["agreement"], D(2015, 7, 14), ["administration", "united states", "world powers", "iran"])
d.V("I rise to explain why I will vote", "I rise", ["statement"], D(2015, 9, 10), HA, core=False)
d.V("I have sat through every briefing", "briefing", ["negotiation", "other", "statement"], None, ["administration"], core=False)
d.V("On July 23, Secretary of State John Kerry told", "told", ["statement"], D(2015, 7, 23), KE)
d.V("Two weeks later, on August 5, the President said", "said", ["statement"], D(2015, 8, 5), OB)
d.V("which passed this Chamber 98 to 1 on May 7", "passed", ["legislation"], D(2015, 5, 7), ["chamber", "senate"])
d.V("which passed this Chamber 98 to 1 on May 7", "signed", ["legislation"], D(2015, 5, 22), OB)
d.V("It gives Iran up to 24 days", "gives", ["agreement"], None, core=False)
d.V("And it will release between", "release", ["sanction"], None, core=False)
d.V("On July 18, four days after the agreement was announced", "told worshippers", ["statement"], D(2015, 7, 18), KH)
d.V("On July 18, four days after the agreement was announced", "announced", ["agreement"], D(2015, 7, 14), core=False)
d.V("Yesterday, the Ayatollah said that Israel", "said", ["statement", "threat"], YEST, KH)
d.V("I know that Iranians remember 1953", "overthrow", ["coup"], D(1953), ["government", "united states", "our"])
d.V("But Americans remember November 4, 1979", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("But Americans remember November 4, 1979", "held 52 of our citizens", ["seizure"], None, ["student"], core=False)
d.V("We remember October 1983", "killed", ["attack"], D(1983, 10), ["hezbollah", "bomber"])
d.V("We remember October 1983", "Iranian backing", ["support"], None, ["iran"], core=False)
d.V("I ask unanimous consent that the following article", "published", ["disclosure", "other"], D(2015, 9, 8), ["dunmore ledger", "ledger"], core=False)
d.V("I ask unanimous consent that the following article", "I ask unanimous consent", ["statement", "other"], D(2015, 9, 10), HA, core=False)
d.V("the material was ordered to be printed", "ordered to be printed", ["other"], D(2015, 9, 10), core=False)
d.V("Once the nuclear agreement takes effect", "takes effect", ["agreement"], None, core=False)
d.V("Treasury Secretary Jacob J. Lew told Congress in July", "told Congress", ["statement"], D(2015, 7), ["lew", "treasury"])
d.V("Bijan Zanganeh, said last month", "said last month", ["statement"], D(2015, 8), ["zanganeh", "oil minister"])
d.V("Oil analyst Kenneth Ruiz-Abara", "said on Monday", ["statement"], D(2015, 9, 7), ["ruiz-abara", "ruiz", "analyst"], core=False)
d.V("The first relief is not expected", "relief", ["sanction"], D(2016), core=False)
d.V("The Senator from Kansas quoted", "quoted", ["statement"], D(2015, 9, 10), HA, core=False)
d.V("But this agreement was not written", "written", ["agreement"], None, core=False)
d.V("Last month, 29 of the Nation's leading scientists", "wrote", ["statement"], D(2015, 8), ["scientist"])
d.V("Days later, 36 retired generals", "wrote", ["statement"], D(2015, 8), ["general", "admiral"])
d.save()
