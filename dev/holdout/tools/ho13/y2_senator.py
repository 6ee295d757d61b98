import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h13 import write, PDoc, D, R

DOC = "ho13-senator-release-iran-agreement-review-bill"
PUB = "2025-04-24"  # a Thursday
TEXT = """U.S. Senator Garrett Vollmer | Wyoming (style imitation)
Press Releases

Vollmer, Colleagues Introduce Bill to Guarantee Senate Review of Any Iran Nuclear Deal

April 24, 2025
Contact: Megan Ilsley, (202) 555-0143

WASHINGTON, D.C. – Today, U.S. Senator Garrett Vollmer (R-WY), a member of the Senate Foreign Relations Committee, introduced the Iran Agreement Accountability Act, which would require any nuclear understanding reached in the current Oman-mediated talks to be submitted to Congress for a 60-day review before any sanction is lifted. Senators Patricia Okonkwo-Hale (R-NE), Dwight Lanahan (R-SC) and Lionel Ashby-Carr (D-NH) are original cosponsors.

"The last time Washington made a deal with the Ayatollah, the regime pocketed billions of dollars and kept enriching," said Senator Vollmer. "I am not against diplomacy. I am against a handshake that Congress never gets to read. Iran has broken faith with every administration since 1979, and the American people deserve a vote before a single dollar moves."

"Trust is not a policy," said Senator Okonkwo-Hale. "Verification is, and Congress is part of the verification."

Speaking at a Foreign Relations Committee hearing on Tuesday, Senator Lanahan warned that Tehran "has never kept a promise it could quietly break." He said the administration should publish the terms of any framework within a week of agreeing to it.

Senator Ashby-Carr, the bill's lone Democratic cosponsor, said he had voted for the 2015 review law and would do so again. "In 2015 we insisted on a seat at the table, and 98 senators agreed," Ashby-Carr said. "That principle should not depend on which party holds the White House."

The Iran Agreement Accountability Act would:
• Require the President to transmit any agreement with Iran, including side arrangements, within five days of reaching it;
• Bar the lifting of statutory sanctions during a 60-day congressional review period;
• Require the Secretary of State to certify every 90 days that Iran is complying with its commitments.

Background
• On July 14, 2015, Iran and six world powers reached the Joint Comprehensive Plan of Action (JCPOA), which capped Iran's enrichment at 3.67 percent and its stockpile of enriched uranium at 300 kilograms.
• Congress passed the Iran Nuclear Agreement Review Act (INARA) in May 2015 by a Senate vote of 98 to 1, and President Obama signed it on May 22, 2015. INARA gave Congress 30 days to review the agreement.
• On May 8, 2018, President Trump withdrew the United States from the JCPOA and reimposed sanctions that November.
• On February 4, 2025, President Trump signed National Security Presidential Memorandum 2, restoring maximum pressure on Iran.
• U.S. and Iranian negotiators held indirect talks in Muscat, Oman, on April 12, 2025, and met again in Rome last Saturday. A third round is scheduled for Saturday in Muscat.
• According to the International Atomic Energy Agency, Iran held more than 274 kilograms of uranium enriched up to 60 percent as of February 2025, enough, if further enriched, for about six weapons.

Full text of the bill is available here.

###
"""
write(DOC, "Vollmer, Colleagues Introduce Bill to Guarantee Senate Review of Any Iran Nuclear Deal",
      "Office of U.S. Senator Garrett Vollmer (style imitation)", PUB, TEXT)

d = PDoc(DOC, PUB)
TODAY, TUE, SAT, NEXTSAT = D(2025, 4, 24), D(2025, 4, 22), D(2025, 4, 19), D(2025, 4, 26)
VO, OK, LA, AC = ["vollmer"], ["okonkwo-hale", "okonkwo"], ["lanahan"], ["ashby-carr", "ashby"]
# quotes: press-release quotes with a bare "said" are undated (round 11)
d.Q("The last time Washington made a deal with the Ayatollah, the regime pocketed billions of dollars and kept enriching,", ["direct"], "Garrett Vollmer", VO)
d.Q("I am not against diplomacy. I am against a handshake that Congress never gets to read. Iran has broken faith with every administration since 1979, and the American people deserve a vote before a single dollar moves.", ["direct"], "Garrett Vollmer", VO)
d.Q("Trust is not a policy,", ["direct"], "Patricia Okonkwo-Hale", OK)
d.Q("Verification is, and Congress is part of the verification.", ["direct"], "Patricia Okonkwo-Hale", OK)
d.Q("has never kept a promise it could quietly break.", ["partial"], "Dwight Lanahan", LA, TUE)
d.Q("In 2015 we insisted on a seat at the table, and 98 senators agreed,", ["direct"], "Lionel Ashby-Carr", AC)
d.Q("That principle should not depend on which party holds the White House.", ["direct"], "Lionel Ashby-Carr", AC)

# figures
d.F("60-day", 60, ["day"], "duration", subject_any=["review"])
d.F("billions of dollars", None, ["usd"], "money", "about", core=False)
d.F("a single dollar", 1, ["usd", "dollar"], "money", core=False)
d.F("within a week", 1, ["week"], "duration", "at_most", core=False)
d.F("98 senators", 98, ["senator"], "count", subject_any=["senator"])
d.F("within five days", 5, ["day"], "duration", "at_most", core=False)
d.F("60-day", 60, ["day"], "duration", subject_any=["review"], occ=1)
d.F("every 90 days", 90, ["day"], "duration", subject_any=["certif"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile", "uranium"])
d.F("98", 98, ["vote", "senator"], "count", subject_any=["vote", "senate"], ctx=("98 to 1",))
d.F("1", 1, ["vote", "senator"], "count", subject_any=["vote", "senate"], ctx=("98 to 1",))
d.F("30 days", 30, ["day"], "duration", subject_any=["review", "congress"])
d.F("more than 274 kilograms", 274, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("about six weapons", 6, ["weapon"], "count", "about", ["weapon"])

# events
d.V("Vollmer, Colleagues Introduce Bill", "Introduce", ["legislation"], TODAY, VO, core=False)
d.V("WASHINGTON, D.C. – Today", "introduced", ["legislation"], TODAY, VO)
d.V("\"The last time Washington made a deal", "said Senator Vollmer", ["statement"], None, VO, core=False)
d.V("\"Trust is not a policy,\"", "said Senator Okonkwo-Hale", ["statement"], None, OK, core=False)
d.V("Speaking at a Foreign Relations Committee hearing on Tuesday", "warned", ["statement"], TUE, LA)
d.V("He said the administration should publish", "said", ["statement"], TUE, LA, core=False)
d.V("Senator Ashby-Carr, the bill's lone Democratic cosponsor", "voted", ["legislation"], D(2015), AC)
d.V("Senator Ashby-Carr, the bill's lone Democratic cosponsor", "said", ["statement"], None, AC, core=False)
d.V("\"In 2015 we insisted", "agreed", ["legislation", "agreement", "other"], D(2015), ["senator", "senate", "congress"])
d.V("\"In 2015 we insisted", "Ashby-Carr said", ["statement"], None, AC, core=False)
d.V("On July 14, 2015, Iran and six world powers", "reached", ["agreement"], D(2015, 7, 14), ["iran", "world powers", "powers"])
d.V("Congress passed the Iran Nuclear Agreement Review Act", "passed", ["legislation"], D(2015, 5), ["congress", "senate"])
d.V("Congress passed the Iran Nuclear Agreement Review Act", "signed", ["legislation"], D(2015, 5, 22), ["obama"])
d.V("On May 8, 2018, President Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("On May 8, 2018, President Trump withdrew", "reimposed sanctions", ["sanction"], D(2018, 11), ["trump", "united states"])
d.V("On February 4, 2025, President Trump signed", "signed", ["legislation", "sanction"], D(2025, 2, 4), ["trump"])
d.V("On February 4, 2025, President Trump signed", "restoring maximum pressure", ["sanction"], D(2025, 2, 4), ["trump", "united states"])
d.V("U.S. and Iranian negotiators held indirect talks", "held indirect talks", ["negotiation"], D(2025, 4, 12), ["united states", "iran", "negotiator"])
d.V("U.S. and Iranian negotiators held indirect talks", "met again", ["negotiation"], SAT, ["united states", "iran", "negotiator"])
d.V("A third round is scheduled for Saturday", "third round", ["negotiation"], NEXTSAT, core=False)
d.save()
