import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h10 import write, HDoc, D, R

DOC = "ho10-thinktank-verification-without-trust"
PUB = "2025-03-05"  # a Wednesday
TEXT = """THE HALVORSEN CENTER FOR STRATEGIC STUDIES
Policy Analysis No. 47

Verification Without Trust: What the Iran Nuclear Deal Teaches the Next Negotiators

Caroline Ashdown-Farahani, Senior Fellow, Middle East Security Program
5 March 2025

Summary

Any new nuclear understanding between Iran and the United States will have to be built by two governments that do not believe each other. This paper argues that the 2015 agreement showed how far verification can substitute for trust, and where it cannot. It reviews the record from 1953 to the present, the monitoring regime of 2016 to 2021, and the collapse that followed, and it offers four recommendations.

I. A history of broken expectations

Iranian negotiators tend to begin their account of relations with Washington in August 1953, when the Central Intelligence Agency and British intelligence organized the overthrow of Prime Minister Mohammad Mosaddegh.[1] The State Department published its long-delayed volume of documents on the operation in June 2017, more than six decades later.[2] American negotiators tend to begin instead with the seizure of the U.S. embassy in Tehran on 4 November 1979 and the 444 days that followed.[3]

The Algiers Accords, signed on 19 January 1981, ended the hostage crisis. In them the United States pledged that it would not intervene "directly or indirectly, politically or militarily" in Iran's internal affairs, a promise Iranian officials still cite.[4] For the next three decades the two governments dealt with each other mostly through intermediaries.

That changed in 2013. In September of that year Ayatollah Ali Khamenei endorsed what he called "heroic flexibility" in diplomacy, and on 24 November negotiators in Geneva reached an interim Joint Plan of Action.[5] Twenty months later, on 14 July 2015, Iran and six world powers concluded the Joint Comprehensive Plan of Action (JCPOA).

II. What the 2015 deal verified

President Barack Obama was explicit about the deal's premise. "This deal is not built on trust," he said on the day it was announced. "It is built on verification."[6] Under its terms Iran would enrich uranium to no more than 3.67 percent, keep no more than 300 kilograms of low-enriched uranium and operate no more than 5,060 first-generation centrifuges at Natanz, down from roughly 19,000 installed.[7] Inspectors would monitor uranium mines and mills for 25 years.

The regime worked as designed for longer than its critics expected. Implementation Day came on 16 January 2016, after the International Atomic Energy Agency (IAEA) verified that Iran had shipped out about 98 percent of its enriched uranium. From then until May 2019 the agency found no breach of the stockpile or enrichment limits in any of its quarterly reports.[8] Iran twice exceeded its 130-tonne ceiling on heavy water in 2016, and corrected both overruns within weeks.

A former European negotiator put the point plainly when interviewed for this paper in January 2025: "We never asked the Iranians to trust us, and they never asked us. We asked the inspectors."[9]

III. What broke in 2018 and 2019

On 8 May 2018, President Donald Trump announced that the United States would leave the agreement, calling it a "decaying and rotten structure," and ordered sanctions restored.[10] The verification record had not changed. What changed was the other half of the bargain: the sanctions relief that was supposed to reward compliance.

Tehran waited a year. On 8 May 2019 it announced that it would stop observing some of the deal's limits, and in July 2019 it passed the 300-kilogram cap and enriched above 3.67 percent. In February 2021 Iran suspended the IAEA's additional inspection access, and two months later it began enriching to 60 percent. In June 2022 it removed 27 of the agency's surveillance cameras.[11]

The agency's latest quarterly report, issued on 26 February 2025, estimated Iran's stock of uranium enriched up to 60 percent at 274.8 kilograms, an increase of 92.5 kilograms in three months.[12] Its director general, Rafael Grossi, has warned repeatedly that the agency has lost "continuity of knowledge" about Iran's centrifuge production.

IV. Lessons

First, verification without reciprocity is unstable: inspectors can confirm compliance, but they cannot make it pay. Second, the next agreement needs a dispute mechanism that neither side can treat as an exit. Third, monitoring gaps since 2021 mean that a new baseline will take months, not weeks. Fourth, both capitals should expect the other to cite 1953, 1979 and 2018 at every session, and should plan for it.

UN Security Council Resolution 2231, which endorsed the deal, is due to terminate on 18 October 2025.[13] That date leaves negotiators less time than the history of this file suggests they will need.

Notes

[1] Ervin Talbot-Reyes, "Oil, Empire and the Summer of 1953," Gulf Historical Review 14, no. 2 (2019): 88–117.
[2] U.S. Department of State, Foreign Relations of the United States, 1952–1954, Iran, 1951–1954 (Washington, 2017).
[3] The hostages were released on 20 January 1981, minutes after President Ronald Reagan took the oath of office.
[4] Declaration of the Government of the Democratic and Popular Republic of Algeria, 19 January 1981, General Principles, Point I.
[5] Jonah Peverell, "Geneva and After," Strategic Digest, 2 December 2013.
[6] The White House, "Statement by the President on Iran," 14 July 2015.
[7] Joint Comprehensive Plan of Action, Vienna, 14 July 2015, Annex I, paragraphs 27–28.
[8] The IAEA issued 15 such reports between February 2016 and February 2019.
[9] Author's interview, Brussels, 14 January 2025.
[10] The White House, "Remarks by President Trump on the Joint Comprehensive Plan of Action," 8 May 2018.
[11] Iran said at the time that the cameras were removed in response to a resolution of the IAEA Board of Governors adopted on 8 June 2022.
[12] IAEA, "Verification and Monitoring in the Islamic Republic of Iran," GOV/2025/8, 26 February 2025, p. 4.
[13] Security Council Resolution 2231 (2015), adopted on 20 July 2015, paragraph 8.
"""
write(DOC, "Verification Without Trust: What the Iran Nuclear Deal Teaches the Next Negotiators",
      "The Halvorsen Center for Strategic Studies", PUB, TEXT, author="Caroline Ashdown-Farahani")

d = HDoc(DOC, PUB)
OB = ["obama", "president"]
# quotes
d.Q("directly or indirectly, politically or militarily", ["partial"], "United States", ["united states", "accords", "algiers"], D(1981, 1, 19))
d.Q("heroic flexibility", ["partial", "term"], "Ali Khamenei", ["khamenei"], D(2013, 9))
d.Q("This deal is not built on trust,", ["direct"], "Barack Obama", OB, D(2015, 7, 14))
d.Q("It is built on verification.", ["direct"], "Barack Obama", OB, D(2015, 7, 14))
d.Q("We never asked the Iranians to trust us, and they never asked us. We asked the inspectors.", ["direct"], None, (), D(2025, 1))
d.Q("decaying and rotten structure,", ["partial"], "Donald Trump", ["trump", "president"], D(2018, 5, 8))
d.Q("continuity of knowledge", ["partial", "term"], "Rafael Grossi", ["grossi", "director general"])
# titles in the notes: terms without a speaker, core false
for t in ["Oil, Empire and the Summer of 1953,", "Geneva and After,", "Statement by the President on Iran,",
          "Remarks by President Trump on the Joint Comprehensive Plan of Action,",
          "Verification and Monitoring in the Islamic Republic of Iran,"]:
    d.Q(t, ["term"], None, core=False)

# figures
d.F("four recommendations", 4, ["recommendation"], "count", subject_any=["recommendation"])
d.F("more than six decades later", 60, ["year"], "duration", "more_than", core=False)
d.F("two governments", 2, ["government"], "count", core=False)
d.F("the two governments", 2, ["government"], "count", core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "seizure", "followed"])
d.F("the next three decades", 30, ["year"], "duration", core=False)
d.F("Twenty months later", 20, ["month"], "duration", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("no more than 3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium"])
d.F("no more than 300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["low-enriched uranium", "uranium", "stockpile"])
d.F("no more than 5,060 first-generation centrifuges", 5060, ["first-generation centrifuge", "centrifuge"], "count", "at_most", ["centrifuge"])
d.F("roughly 19,000", 19000, ["centrifuge"], "count", "about", ["centrifuge", "installed"])
d.F("25 years", 25, ["year"], "duration", subject_any=["monitor", "mine", "mill"])
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["enriched uranium", "uranium"])
d.F("twice", 2, ["time"], "count", subject_any=["exceeded", "heavy water", "ceiling"])
d.F("130-tonne", 130, ["tonne", "ton", "metric ton"], "measure", subject_any=["heavy water", "ceiling"])
d.F("within weeks", None, ["week"], "duration", "about", core=False)
d.F("a year", 1, ["year"], "duration", subject_any=["tehran", "waited"], ctx=("Tehran waited a year.",))
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["cap"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrich"], occ=1)
d.F("two months later", 2, ["month"], "duration", core=False)
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich"])
d.F("27 of the agency's surveillance cameras", 27, ["surveillance camera", "camera"], "count", subject_any=["camera"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "stock"])
d.F("274.8 kilograms", 274.8, ["kilogram", "kg"], "measure", subject_any=["stock", "uranium"])
d.F("92.5 kilograms", 92.5, ["kilogram", "kg"], "measure", subject_any=["increase"])
d.F("three months", 3, ["month"], "duration", subject_any=["increase"])
d.F("months", None, ["month"], "duration", "about", core=False, ctx=("will take months, not weeks", ))
d.F("weeks", None, ["week"], "duration", "about", core=False, ctx=("will take months, not weeks", ))
d.F("15 such reports", 15, ["report"], "count", subject_any=["report", "iaea"])

# events
d.V("Iranian negotiators tend to begin", "overthrow", ["coup"], D(1953, 8), ["central intelligence agency", "cia", "british"])
d.V("The State Department published its long-delayed volume", "published", ["disclosure"], D(2017, 6), ["state department"])
d.V("American negotiators tend to begin instead", "seizure", ["seizure"], D(1979, 11, 4))
d.V("The Algiers Accords, signed on 19 January 1981", "signed", ["agreement"], D(1981, 1, 19))
d.V("The Algiers Accords, signed on 19 January 1981", "ended the hostage crisis", ["other", "agreement"], None, ["algiers accords", "accords"], core=False)
d.V("In them the United States pledged", "pledged", ["agreement", "statement"], D(1981, 1, 19), ["united states"])
d.V("In them the United States pledged", "still cite", ["statement"], None, ["iranian officials", "iran"], core=False)
d.V("For the next three decades", "dealt with each other", ["negotiation"], None, core=False)
d.V("In September of that year Ayatollah", "endorsed", ["statement"], D(2013, 9), ["khamenei"])
d.V("In September of that year Ayatollah", "reached an interim Joint Plan of Action", ["agreement"], D(2013, 11, 24), ["negotiators", "geneva"])
d.V("Twenty months later, on 14 July 2015", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "six world powers"])
d.V("President Barack Obama was explicit", "was explicit", ["statement"], None, OB, core=False)
d.V("he said on the day it was announced", "said on the day it was announced", ["statement"], D(2015, 7, 14), OB, core=False)
d.V("he said on the day it was announced", "announced", ["agreement"], D(2015, 7, 14), core=False)
d.V("Implementation Day came on 16 January 2016", "Implementation Day", ["agreement", "sanction", "other"], D(2016, 1, 16))
d.V("Implementation Day came on 16 January 2016", "verified", ["statement"], None, ["iaea", "international atomic energy agency"], core=False)
d.V("Implementation Day came on 16 January 2016", "shipped out", ["other"], None, ["iran"], core=False)
d.V("From then until May 2019 the agency found", "found no breach", ["statement", "other"], R(D(2016, 1, 16), D(2019, 5)), ["iaea", "agency"])
d.V("Iran twice exceeded its 130-tonne ceiling", "exceeded", ["withdrawal", "other"], D(2016), ["iran"])
d.V("A former European negotiator put the point plainly", "interviewed", ["statement", "other"], D(2025, 1), ["negotiator"], core=False)
d.V("On 8 May 2018, President Donald Trump announced", "leave the agreement", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("On 8 May 2018, President Donald Trump announced", "announced", ["statement"], D(2018, 5, 8), ["trump"])
d.V("On 8 May 2018, President Donald Trump announced", "ordered sanctions restored", ["sanction"], D(2018, 5, 8), ["trump"])
d.V("Tehran waited a year.", "waited", ["other"], None, core=False)
d.V("On 8 May 2019 it announced", "announced", ["statement", "withdrawal"], D(2019, 5, 8), ["iran", "tehran"])
d.V("On 8 May 2019 it announced", "passed the 300-kilogram cap", ["withdrawal", "other"], D(2019, 7), ["iran", "tehran"])
d.V("In February 2021 Iran suspended", "suspended", ["withdrawal", "other"], D(2021, 2), ["iran"])
d.V("In February 2021 Iran suspended", "began enriching", ["withdrawal", "other"], D(2021, 4), ["iran"])
d.V("In June 2022 it removed 27", "removed", ["withdrawal", "other"], D(2022, 6), ["iran"])
d.V("The agency's latest quarterly report, issued on 26 February 2025", "issued", ["disclosure", "statement"], D(2025, 2, 26), ["iaea", "agency"])
d.V("has warned repeatedly", "has warned repeatedly", ["statement"], None, ["grossi"], core=False)
d.V("UN Security Council Resolution 2231, which endorsed", "terminate", ["other", "legislation"], D(2025, 10, 18), core=False)
d.V("UN Security Council Resolution 2231, which endorsed", "endorsed", ["legislation", "agreement"], None, ["security council", "un"], core=False)
d.V("[3] The hostages were released", "released", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("[3] The hostages were released", "took the oath of office", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("[8] The IAEA issued 15 such reports", "issued", ["disclosure", "statement"], R(D(2016, 2), D(2019, 2)), ["iaea"])
d.V("[11] Iran said at the time", "adopted on 8 June 2022", ["legislation", "other"], D(2022, 6, 8), ["board of governors", "iaea"])
d.V("[11] Iran said at the time", "Iran said", ["statement"], D(2022, 6), ["iran"], core=False)
d.V("[13] Security Council Resolution 2231 (2015), adopted on 20 July 2015", "adopted", ["legislation"], D(2015, 7, 20), ["security council"], core=False)
d.save()
