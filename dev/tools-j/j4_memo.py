from mk import write
from fx import FDoc, D, R

DOC = "dev-j-memo-president-hostages-march-1980"
PUB = "1980-03-03"  # a Monday: the memorandum's date
TEXT = """SECRET/SENSITIVE - EYES ONLY

THE WHITE HOUSE
WASHINGTON

MEMORANDUM FOR THE PRESIDENT

FROM: Gordon T. Ashby, Staff Director, Iran Working Group
SUBJECT: The Hostages After the Commission's First Week: Assessment and Options
DATE: March 3, 1980

1. The United Nations commission of inquiry has now spent nine days in Tehran without seeing the hostages, and the Ayatollah has placed their fate in the hands of a parliament that does not yet exist. My judgment is that no Iranian authority will release them before the new Majlis meets, which means late May at the earliest. I recommend that we hold the present course for two more weeks and prepare the economic steps in paragraph 6 for your decision on March 17.

2. The five-member commission arrived on February 23. That same evening Radio Tehran broadcast a statement in which Khomeini said the hostages' fate would be decided by "the representatives of the people" in the Majlis. The first round of the parliamentary elections is set for March 14, a second round will follow, and the chamber is not expected to convene before May.

3. President Bani-Sadr and Foreign Minister Ghotbzadeh have told the commission that they want the matter settled, and Ghotbzadeh said on Saturday that a visit to the hostages "could take place within days." But the students holding the compound said yesterday that they would not hand over any of the 50 Americans in their custody unless the Imam ordered it, and he has not. The three members of our embassy staff at the Foreign Ministry, including Bruce Laingen, remain there.

4. The students' hold on the Americans is the strongest card the clerical hard-liners have against Bani-Sadr, who won about 75 percent of the vote on January 25 and was sworn in as president on February 4. He cannot be seen to give it away.

5. You banned imports of Iranian oil on November 12 and froze Iranian government assets, about $12 billion by Treasury's count, on November 14. The Soviet veto of January 13 killed the Security Council's sanctions resolution, and our allies have so far offered statements rather than measures. Thirteen hostages, women and black Americans, were released on November 19 and 20, but none since.

6. If there is no movement by mid-March, I recommend that you (a) break diplomatic relations formally, (b) ban all exports to Iran except food and medicine, and (c) ask the Congress for authority to use the frozen funds to pay American claims. Secretary Vance believes these steps would strengthen the hard-liners. As he put it to me on Friday, "Every turn of the screw is a gift to the students." Dr. Brzezinski takes the opposite view and would add a naval blockade to the list.

7. We should not forget why the Iranians do not believe us. For most of them the story begins on August 19, 1953, when the CIA helped restore the Shah to his throne, and the decision last October to admit him for medical treatment confirmed every suspicion. Bani-Sadr told the commission last week that our admission of the Shah was "the proof they needed." The departure of six American diplomats with Canadian passports on January 28 has not helped, and Ghotbzadeh has warned that any further "tricks" will be treated as espionage.

8. I will meet the commission's co-chairmen in Geneva on Thursday if they leave Tehran as planned, and I will report to you that evening.

SECRET/SENSITIVE - EYES ONLY

DECLASSIFIED
Authority NLC-128-4-12-3
By KDW, Date 11/18/2009
"""
write(DOC, "Memorandum for the President: The Hostages After the Commission's First Week (March 3, 1980)",
      "Ridgeline Declassified Documents Reader (fictional)", PUB, TEXT)
from metaj import author
author(DOC, "Gordon T. Ashby")

d = FDoc(DOC, PUB)
T = D(1980, 3, 3)
YEST, SAT, FRI = D(1980, 3, 2), D(1980, 3, 1), D(1980, 2, 29)
LASTWEEK = ("1980-02-25", "1980-03-02")
KH = ["khomeini", "ayatollah", "imam"]
CA = ["carter", "united states"]
GH = ["ghotbzadeh"]
BS = ["bani-sadr", "bani sadr", "banisadr"]
# quotes
d.Q("the representatives of the people", ["partial"], "Ruhollah Khomeini", KH, D(1980, 2, 23))
d.Q("could take place within days.", ["partial"], "Sadegh Ghotbzadeh", GH, SAT)
d.Q("Every turn of the screw is a gift to the students.", ["direct"], "Cyrus Vance", ["vance"], FRI)
d.Q("the proof they needed.", ["partial"], "Abolhassan Bani-Sadr", BS, LASTWEEK)
d.Q("tricks", ["partial", "term"], "Sadegh Ghotbzadeh", GH, None)
# figures
d.F("nine days", 9, ["day"], "duration", subject_any=["commission", "tehran"])
d.F("two more weeks", 2, ["week"], "duration", subject_any=["course"])
d.F("five-member", 5, ["member"], "count", subject_any=["commission"])
d.F("within days", None, ["day"], "duration", "about", core=False)
d.F("50 Americans", 50, ["american"], "count", subject_any=["american", "custody", "hostage"])
d.F("The three members", 3, ["member"], "count", subject_any=["embassy staff", "staff", "member"])
d.F("about 75 percent", 75, ["percent"], "percent", "about", ["vote", "bani"])
d.F("about $12 billion", 1.2e10, ["usd"], "money", "about", ["asset"])
d.F("Thirteen hostages", 13, ["hostage"], "count", subject_any=["hostage"])
d.F("six American diplomats", 6, ["american diplomat", "diplomat"], "count", subject_any=["diplomat"])
# events
d.EV("has now spent nine days in Tehran", ["negotiation", "other"], R(D(1980, 2, 23), T), ["commission"], core=False)
d.EV("the Ayatollah has placed their fate", ["statement"], None, KH, core=False)
d.EV("no Iranian authority will release them", ["other"], None, [], core=False)
d.EV("The five-member commission arrived on February 23", ["negotiation", "other"], D(1980, 2, 23), ["commission"])
d.EV("Radio Tehran broadcast a statement", ["statement"], D(1980, 2, 23), KH + ["radio tehran"])
d.EV("The first round of the parliamentary elections is set for March 14", ["other"], D(1980, 3, 14), [], core=False)
d.EV("have told the commission", ["statement"], None, BS + GH, core=False)
d.EV("Ghotbzadeh said on Saturday", ["statement"], SAT, GH)
d.EV("the students holding the compound said yesterday", ["statement"], YEST, ["student"])
d.EV("who won about 75 percent of the vote on January 25", ["leadership_change", "other"], D(1980, 1, 25), BS)
d.EV("was sworn in as president on February 4", ["leadership_change"], D(1980, 2, 4), BS)
d.EV("You banned imports of Iranian oil on November 12", ["sanction"], D(1979, 11, 12), CA)
d.EV("froze Iranian government assets", ["sanction"], D(1979, 11, 14), CA)
d.EV("The Soviet veto of January 13", ["other", "sanction"], D(1980, 1, 13), ["soviet"])
d.EV("our allies have so far offered statements", ["statement"], None, ["allies"], core=False)
d.EV("were released on November 19 and 20", ["other", "seizure", "agreement"], R(D(1979, 11, 19), D(1979, 11, 20)), [])
d.EV("Secretary Vance believes", ["statement"], None, ["vance"], core=False)
d.EV("As he put it to me on Friday", ["statement"], FRI, ["vance"], core=False)
d.EV("Dr. Brzezinski takes the opposite view", ["statement"], None, ["brzezinski"], core=False)
d.EV("when the CIA helped restore the Shah", ["coup"], D(1953, 8, 19), ["cia", "central intelligence agency"])
d.EV("the decision last October to admit him", ["other", "support"], D(1979, 10), ["united states", "carter"])
d.EV("Bani-Sadr told the commission last week", ["statement"], LASTWEEK, BS)
d.EV("The departure of six American diplomats", ["other"], D(1980, 1, 28), ["diplomat", "american"])
d.EV("Ghotbzadeh has warned", ["threat", "statement"], None, GH, core=False)
d.EV("I will meet the commission's co-chairmen in Geneva on Thursday", ["negotiation"], D(1980, 3, 6), ["ashby"], core=False)
d.save()
