import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h10 import write, HDoc, D, R

DOC = "ho10-news-analysis-every-side-its-own-calendar"
PUB = "2022-09-03"  # a Saturday
TEXT = """NEWS ANALYSIS

In Iran Talks, Each Side Brings Its Own Calendar

By Graham Okafor-Lindqvist
Saturday, September 3, 2022

WASHINGTON — When Iran delivered its latest response to a European proposal for reviving the 2015 nuclear deal late on Thursday, the reaction here was swift and cool. A day later, the State Department called the reply "not constructive," and a senior administration official said the two sides were further apart than they had been a month earlier.

The exchange was the latest in a sequence that began on Aug. 8, when the European Union's foreign policy chief, Josep Borrell, circulated what he called a "final text." Iran answered a week later, on Aug. 15. The United States replied nine days after that. Mr. Borrell had said in late July that "what could be negotiated has been negotiated."

To American negotiators, the delays look like tactics. To Iranian ones, the American insistence on guarantees sounds like amnesia. Each side, in other words, arrives at the table with its own history, and the histories do not overlap.

Iran's begins in 1951. In March of that year, the Majlis voted to nationalize the Anglo-Iranian Oil Company, and the following month Mohammad Mosaddegh became prime minister. That summer, Britain withdrew its technicians and organized a boycott of Iranian oil. Two years later, in August 1953, the C.I.A. and British intelligence organized the coup that removed him.

"It is the first page of every Iranian briefing book," Leila Hosseini-Brandt, a historian at the Carrow Institute, said in an interview this week.

America's history, for most officials in the room, begins in 1979. The shah left Iran that January, and Ayatollah Ruhollah Khomeini returned from exile two weeks later. That October, President Jimmy Carter allowed the ailing shah into the United States for medical treatment. Weeks later, on Nov. 4, students stormed the American Embassy and took its staff hostage. A rescue mission failed the following April, leaving eight American servicemen dead in the Iranian desert. The 52 remaining hostages were not freed until Jan. 20, 1981, minutes after Ronald Reagan was sworn in.

The modern negotiation has its own chronology. Secret talks in Oman led to an interim agreement in Geneva in November 2013. The talks dragged on through 2014 and into the new year. That spring, in Lausanne, Iran and six world powers agreed on a framework; three months later, on July 14, 2015, they concluded the Joint Comprehensive Plan of Action. The following January, inspectors certified that Iran had met its first obligations, and most nuclear-related sanctions were lifted.

Then the American chronology took the turn that Iranian officials now cite in every session. On May 8, 2018, President Donald J. Trump withdrew from the agreement, and that November his administration restored sanctions on Iran's oil sales and banks. Iran waited a year before it began to exceed the deal's limits. By last month, inspectors estimated, it had produced more than 40 kilograms of uranium enriched to 60 percent, a short step from weapons grade.

Iran's negotiators now want assurances that a future president will not do the same thing again. Mr. Trump's successor cannot legally give them. "No administration can bind the next one, and the Iranians know it," the senior administration official told reporters on Friday, speaking on condition of anonymity under the department's rules. Iran's foreign minister, Hossein Amir-Abdollahian, said on Tuesday that Tehran needed "strong guarantees," and that the I.A.E.A. must close its investigation of uranium traces found at three undeclared sites.

Two weeks from now, world leaders gather in New York for the General Assembly, and European diplomats hope to use the occasion for another attempt. In the long history of this relationship, Ms. Hosseini-Brandt noted, the moments of agreement — Algiers in 1981, Vienna in 2015 — have been brief, and the years of suspicion long.

"They have had 43 years without an embassy," she said. "That is a long time to learn to read each other only through intermediaries."
"""
write(DOC, "In Iran Talks, Each Side Brings Its Own Calendar", "The Ashford Tribune", PUB, TEXT, author="Graham Okafor-Lindqvist")

d = HDoc(DOC, PUB)
THU, FRI, TUE = D(2022, 9, 1), D(2022, 9, 2), D(2022, 8, 30)
WEEK = ("2022-08-29", "2022-09-03")
HB = ["hosseini-brandt", "hosseini", "brandt", "historian"]
BO = ["borrell", "european union", "eu"]
d.Q("not constructive,", ["partial"], "State Department", ["state department", "united states"], FRI)
d.Q("final text.", ["term", "partial"], "Josep Borrell", BO, D(2022, 8, 8))
d.Q("what could be negotiated has been negotiated.", ["partial"], "Josep Borrell", BO, D(2022, 7))
d.Q("It is the first page of every Iranian briefing book,", ["direct"], "Leila Hosseini-Brandt", HB, WEEK)
d.Q("No administration can bind the next one, and the Iranians know it,", ["direct"], None, (), FRI)
d.Q("strong guarantees,", ["partial"], "Hossein Amir-Abdollahian", ["amir-abdollahian", "abdollahian", "foreign minister"], TUE)
d.Q("They have had 43 years without an embassy,", ["direct"], "Leila Hosseini-Brandt", HB, WEEK)
d.Q("That is a long time to learn to read each other only through intermediaries.", ["direct"], "Leila Hosseini-Brandt", HB, WEEK)

d.F("A day later", 1, ["day"], "duration", core=False)
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("a month earlier", 1, ["month"], "duration", core=False)
d.F("a week later", 1, ["week"], "duration", core=False)
d.F("nine days after that", 9, ["day"], "duration", core=False)
d.F("Two years later", 2, ["year"], "duration", core=False)
d.F("two weeks later", 2, ["week"], "duration", core=False)
d.F("Weeks later", None, ["week"], "duration", "about", core=False)
d.F("eight American servicemen", 8, ["american serviceman", "serviceman"], "count", subject_any=["servicemen", "dead", "rescue"])
d.F("The 52 remaining hostages", 52, ["remaining hostage", "hostage"], "count", subject_any=["hostage"])
d.F("minutes after", None, ["minute"], "duration", "about", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("three months later", 3, ["month"], "duration", core=False)
d.F("a year", 1, ["year"], "duration", core=False, ctx=("Iran waited a year before",))
d.F("more than 40 kilograms", 40, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("three undeclared sites", 3, ["undeclared site", "site"], "count", subject_any=["site", "uranium traces"])
d.F("Two weeks from now", 2, ["week"], "duration", core=False)
d.F("43 years", 43, ["year"], "duration", subject_any=["embassy", "without"])

d.V("In Iran Talks, Each Side", "Talks", ["negotiation"], None, core=False)
d.V("When Iran delivered its latest response", "delivered its latest response", ["negotiation", "statement"], THU, ["iran"])
d.V("When Iran delivered its latest response", "the 2015 nuclear deal", ["agreement"], D(2015), core=False)
d.V("A day later, the State Department called", "called", ["statement"], FRI, ["state department", "united states"])
d.V("A day later, the State Department called", "said", ["statement"], FRI, ["official"], core=False)
d.V("The exchange was the latest in a sequence", "circulated", ["negotiation"], D(2022, 8, 8), BO)
d.V("Iran answered a week later", "answered", ["negotiation", "statement"], D(2022, 8, 15), ["iran"])
d.V("The United States replied nine days after that.", "replied", ["negotiation", "statement"], D(2022, 8, 24), ["united states"])
d.V("Mr. Borrell had said in late July", "had said", ["statement"], D(2022, 7), BO)
d.V("In March of that year, the Majlis voted", "voted to nationalize", ["legislation"], D(1951, 3), ["majlis"])
d.V("In March of that year, the Majlis voted", "became prime minister", ["leadership_change"], D(1951, 4), ["mosaddegh"])
d.V("That summer, Britain withdrew", "organized a boycott", ["sanction"], R(D(1951, 6), D(1951, 9)), ["britain", "united kingdom"])
d.V("That summer, Britain withdrew", "withdrew its technicians", ["other", "withdrawal"], R(D(1951, 6), D(1951, 9)), ["britain", "united kingdom"], core=False)
d.V("Two years later, in August 1953", "coup", ["coup"], D(1953, 8), ["c.i.a", "cia", "british"])
d.V("Leila Hosseini-Brandt, a historian at the Carrow Institute, said", "said in an interview this week", ["statement"], WEEK, HB, core=False)
d.V("The shah left Iran that January", "left Iran", ["leadership_change"], D(1979, 1), ["shah", "pahlavi"])
d.V("The shah left Iran that January", "returned from exile", ["leadership_change", "revolution", "other"], ("1979-01-15", "1979-02-14"), ["khomeini"])
d.V("That October, President Jimmy Carter allowed", "allowed the ailing shah", ["other", "support"], D(1979, 10), ["carter"])
d.V("Weeks later, on Nov. 4, students stormed", "stormed", ["seizure"], D(1979, 11, 4), ["student"])
d.V("A rescue mission failed the following April", "rescue mission", ["attack", "other"], D(1980, 4), ["united states"])
d.V("The 52 remaining hostages were not freed", "freed", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("The 52 remaining hostages were not freed", "sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("Secret talks in Oman led to", "Secret talks", ["negotiation"], None)
d.V("Secret talks in Oman led to", "interim agreement", ["agreement"], D(2013, 11))
d.V("The talks dragged on through 2014", "talks", ["negotiation"], R(D(2014), D(2015)), core=False)
d.V("That spring, in Lausanne", "agreed on a framework", ["agreement"], ("2015-03-01", "2015-06-30"), ["iran", "six world powers"])
d.V("That spring, in Lausanne", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "six world powers", "they"])
d.V("The following January, inspectors certified", "certified", ["statement"], D(2016, 1), ["inspector", "iaea"])
d.V("The following January, inspectors certified", "sanctions were lifted", ["sanction"], D(2016, 1))
d.V("Then the American chronology took the turn", "now cite", ["statement"], None, ["iranian officials", "iran"], core=False)
d.V("On May 8, 2018, President Donald J. Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("On May 8, 2018, President Donald J. Trump withdrew", "restored sanctions", ["sanction"], D(2018, 11), ["trump", "administration", "united states"])
d.V("Iran waited a year before", "exceed the deal's limits", ["withdrawal"], D(2019), ["iran"])
d.V("By last month, inspectors estimated", "estimated", ["statement"], D(2022, 8), ["inspector", "iaea"], core=False)
d.V("the senior administration official told reporters on Friday", "told reporters on Friday", ["statement"], FRI, ["official"], core=False)
d.V("Hossein Amir-Abdollahian, said on Tuesday", "said on Tuesday", ["statement"], TUE, ["amir-abdollahian", "abdollahian", "foreign minister"])
d.V("Two weeks from now, world leaders gather", "gather", ["negotiation", "other"], None, core=False)
d.V("Ms. Hosseini-Brandt noted", "Algiers in 1981", ["agreement"], D(1981), core=False)
d.V("Ms. Hosseini-Brandt noted", "Vienna in 2015", ["agreement"], D(2015), core=False)
d.V("Ms. Hosseini-Brandt noted", "noted", ["statement"], WEEK, HB, core=False)
d.V("They have had 43 years without an embassy", "she said", ["statement"], WEEK, HB, core=False)
d.save()
