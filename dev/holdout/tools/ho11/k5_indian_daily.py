import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h11 import write, HDoc, D, R

DOC = "ho11-indian-daily-chabahar-pact-us-warning"
PUB = "2024-05-15"  # a Wednesday
TEXT = """THE DECCAN MERIDIAN
Wednesday, 15 May 2024 | Nation

India defends Chabahar pact after US warns of 'potential risk of sanctions'

Jaishankar says people 'should not take a narrow view' of port deal signed with Iran

Special Correspondent

NEW DELHI: External Affairs Minister S. Jaishankar on Tuesday pushed back against a warning from Washington over India's new 10-year agreement to run a terminal at Iran's Chabahar port, saying the project would benefit the whole region.

Speaking at a book event in Kolkata on Tuesday night, Dr Jaishankar said people "should not take a narrow view" of Chabahar and recalled that the US itself had once "appreciated the larger relevance" of the port.

The pact was signed in Tehran on Monday by India Ports Global Limited (IPGL) and Iran's Ports and Maritime Organisation in the presence of Shipping Minister Sarbananda Sonowal. Under it, IPGL will invest about $120 million in equipping the Shahid Beheshti terminal, and India has offered a credit window of $250 million (roughly Rs 2,080 crore) for infrastructure linked to the port. The terminal handled about 4.5 lakh tonnes of cargo in 2023-24, according to industry estimates.

Hours later, US State Department deputy spokesperson Vedant Patel told reporters in Washington that anyone considering business deals with Iran should be aware of the "potential risk of sanctions". He added that US sanctions on Iran "remain in force and will continue to be enforced".

In Tehran, Iran's Minister of Roads and Urban Development Mehrdad Bazrpash said at the signing on Monday that the agreement was "a sign of trust between two old friends".

India's involvement in Chabahar dates back to 2003, but it gathered pace only after the 2015 nuclear deal between Iran and six world powers eased sanctions. In May 2016, Prime Minister Narendra Modi visited Tehran and signed a trilateral transit agreement with Iran and Afghanistan. When President Donald Trump pulled the US out of the nuclear deal in May 2018 and reimposed sanctions that November, Washington carved out an exemption for Chabahar, citing its value for Afghanistan's reconstruction.

The exemption did not extend to oil. India, which bought 23.9 million tonnes of Iranian crude in 2018-19, or about 2.4 crore tonnes, was among eight countries given temporary waivers in November 2018. Those waivers expired on 2 May 2019, and Indian refiners have not bought an Iranian cargo since. At its peak, Iranian oil made up nearly 11 per cent of India's crude imports.

Officials in New Delhi say privately that Monday's warning fits a decades-old pattern. Relations between Washington and Tehran have been frozen since students seized the US embassy in Tehran in November 1979, and the trust that the 2015 deal was meant to build did not survive Mr Trump's exit.

"India cannot choose its neighbours' quarrels, but it can choose its ports," said Ananya Raghunathan-Sethi, a senior fellow at the Kaveri Centre for Maritime Studies in Chennai. She said the US had granted India waivers before and would weigh Chabahar against its wider ties with New Delhi, which it counts among its closest partners in Asia.

Last month, Mr Trump's successor, President Joe Biden, signed a foreign aid package that also tightened sanctions on Iranian oil sales.
"""
write(DOC, "India defends Chabahar pact after US warns of 'potential risk of sanctions'", "The Deccan Meridian", PUB, TEXT)

d = HDoc(DOC, PUB)
JA = ["jaishankar", "external affairs minister"]
VP = ["patel", "spokesperson", "state department"]
MON, TUE = D(2024, 5, 13), D(2024, 5, 14)
US_MON = R(MON, TUE)  # Monday afternoon in Washington, already Tuesday in India
# quotes
d.Q("potential risk of sanctions", ["partial", "term"], "Vedant Patel", VP, US_MON, core=False)
d.Q("should not take a narrow view", ["partial"], "S. Jaishankar", JA, TUE, core=False)
d.Q("should not take a narrow view", ["partial"], "S. Jaishankar", JA, TUE, occ=1)
d.Q("appreciated the larger relevance", ["partial"], "S. Jaishankar", JA, TUE)
d.Q("potential risk of sanctions", ["partial"], "Vedant Patel", VP, US_MON, occ=1)
d.Q("remain in force and will continue to be enforced", ["partial"], "Vedant Patel", VP, US_MON)
d.Q("a sign of trust between two old friends", ["partial"], "Mehrdad Bazrpash", ["bazrpash", "minister"], MON)
d.Q("India cannot choose its neighbours' quarrels, but it can choose its ports,", ["direct"], "Ananya Raghunathan-Sethi", ["raghunathan-sethi", "raghunathan", "sethi"])

# figures
d.F("10-year", 10, ["year"], "duration", subject_any=["agreement", "pact", "terminal"])
d.F("about $120 million", 1.2e8, ["usd"], "money", "about", ["ipgl", "invest", "terminal"])
d.F("$250 million", 2.5e8, ["usd"], "money", subject_any=["credit window", "credit", "infrastructure"])
d.F("roughly Rs 2,080 crore", 2.08e10, ["inr"], "money", "about", ["credit window", "credit", "infrastructure"])
d.F("about 4.5 lakh tonnes", 4.5e5, ["tonne", "ton", "metric ton"], "measure", "about", ["cargo", "terminal"])
d.F("Hours later", None, ["hour"], "duration", "about", core=False)
d.F("two old friends", 2, ["friend"], "count", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("23.9 million tonnes", 2.39e7, ["tonne", "ton", "metric ton"], "measure", subject_any=["iranian crude", "crude", "india"])
d.F("about 2.4 crore tonnes", 2.4e7, ["tonne", "ton", "metric ton"], "measure", "about", ["iranian crude", "crude", "india"])
d.F("eight countries", 8, ["country"], "count", subject_any=["countries", "waiver"])
d.F("nearly 11 per cent", 11, ["percent"], "percent", "about", ["crude import", "iranian oil", "import"])
d.F("decades-old", None, ["decade"], "duration", "about", core=False)

# events
d.V("India defends Chabahar pact after US warns", "warns", ["statement", "threat"], US_MON, ["us", "united states"], core=False)
d.V("India defends Chabahar pact after US warns", "defends", ["statement"], TUE, ["india"], core=False)
d.V("Jaishankar says people", "says", ["statement"], TUE, JA, core=False)
d.V("External Affairs Minister S. Jaishankar on Tuesday pushed back", "pushed back", ["statement"], TUE, JA)
d.V("Speaking at a book event in Kolkata", "said", ["statement"], TUE, JA)
d.V("The pact was signed in Tehran on Monday", "was signed", ["agreement"], MON, ["india ports global", "ipgl", "india", "ports and maritime"])
d.V("Under it, IPGL will invest", "has offered a credit window", ["support", "agreement", "other"], None, ["india"], core=False)
d.V("Hours later, US State Department deputy spokesperson", "told reporters", ["statement", "threat"], US_MON, VP)
d.V("He added that US sanctions on Iran", "added", ["statement"], US_MON, VP + ["he"], core=False)
d.V("In Tehran, Iran's Minister of Roads", "said at the signing on Monday", ["statement"], MON, ["bazrpash"])
d.V("India's involvement in Chabahar dates back to 2003", "dates back", ["other"], D(2003), core=False)
d.V("India's involvement in Chabahar dates back to 2003", "eased sanctions", ["sanction"], D(2015), core=False)
d.V("In May 2016, Prime Minister Narendra Modi visited Tehran", "visited Tehran", ["negotiation", "other"], D(2016, 5), ["modi"])
d.V("In May 2016, Prime Minister Narendra Modi visited Tehran", "signed", ["agreement"], D(2016, 5), ["modi", "india"])
d.V("When President Donald Trump pulled the US out", "pulled the US out", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.V("When President Donald Trump pulled the US out", "reimposed sanctions", ["sanction"], D(2018, 11), ["trump", "united states"])
d.V("When President Donald Trump pulled the US out", "carved out an exemption", ["sanction", "other"], R(D(2018, 5), D(2018, 11)), ["washington", "united states"])
d.V("India, which bought 23.9 million tonnes", "given temporary waivers", ["sanction", "other"], D(2018, 11))
d.V("Those waivers expired on 2 May 2019", "expired", ["sanction", "other"], D(2019, 5, 2))
d.V("Those waivers expired on 2 May 2019", "have not bought", ["other"], None, core=False)
d.V("Officials in New Delhi say privately", "say privately", ["statement"], None, ["official"], core=False)
d.V("Relations between Washington and Tehran have been frozen", "seized", ["seizure"], D(1979, 11), ["student"])
d.V("Relations between Washington and Tehran have been frozen", "did not survive", ["withdrawal"], None, ["trump"], core=False)
d.V("\"India cannot choose its neighbours' quarrels", "said Ananya", ["statement"], None, ["raghunathan"], core=False)
d.V("She said the US had granted India waivers before", "She said", ["statement"], None, ["raghunathan", "she"], core=False)
d.V("Last month, Mr Trump's successor, President Joe Biden, signed", "signed", ["legislation", "sanction"], D(2024, 4), ["biden"])
d.V("Last month, Mr Trump's successor, President Joe Biden, signed", "tightened sanctions", ["sanction"], D(2024, 4), ["biden", "united states"])
d.save()
