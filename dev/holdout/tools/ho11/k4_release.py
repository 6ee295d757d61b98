import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h11 import write, HDoc, D, R

DOC = "ho11-university-release-trust-survey-both-countries"
PUB = "2025-03-17"  # a Monday
TEXT = """NEWS RELEASE
Bramwell University | Office of News and Media Relations
FOR IMMEDIATE RELEASE: March 17, 2025
Media contact: Priya Anand-Sörensen, 541-555-0187, panand@bramwell.edu

Study: Americans and Iranians agree on one thing, that the other side cannot be trusted

Survey of more than 3,000 people in both countries finds that memories of 1953 and 1979 still shape views of any new deal

BRAMWELL, Ore. — Most Americans and most Iranians expect the other government to break any agreement it signs, according to a new Bramwell University study that surveyed adults in both countries over the winter.

The study, published March 12 in the Journal of Conflict and Memory, drew on telephone interviews with 1,004 Iranian adults between Nov. 18 and Dec. 9, 2024, and an online panel of 2,011 U.S. adults between Jan. 6 and Jan. 20, 2025. Its margin of error is plus or minus 3.1 percentage points in Iran and 2.2 points in the United States.

Sixty-eight percent of Iranian respondents and 61% of Americans said the other country would probably or definitely violate a new nuclear agreement. Seven in 10 Americans said they had "little or no" trust in the Iranian government, and 74% of Iranians said the same of the U.S. government.

"We expected mistrust. What surprised us was how old the reasons are," said Tobias Renwick-Azari, an associate professor of political science at Bramwell and the study's lead author. "People are not only reacting to last year's headlines. They are carrying 1953 and 1979 around with them."

Asked to name the event that most damaged their view of the other country, Iranian respondents most often chose the 1953 coup, in which the CIA and British intelligence helped overthrow Prime Minister Mohammad Mosaddegh, followed by the downing of Iran Air Flight 655 by the USS Vincennes in July 1988. Americans most often named the seizure of the U.S. Embassy in Tehran in November 1979, when 52 Americans were taken hostage.

Younger respondents in both countries pointed instead to the nuclear deal. Iran and six world powers reached the agreement in July 2015, and President Donald Trump withdrew the United States from it in May 2018. Among Iranians under 30, 57% chose the withdrawal, compared with just 9% of those over 60.

"For a whole generation of Iranians, the United States is the country that left the table," said co-author Leyla Moradi-Finch, a doctoral candidate in the department. She said many respondents also mentioned the killing of Gen. Qassem Soleimani in a U.S. drone strike in Baghdad in January 2020.

The findings come as the two governments again test each other. Earlier this month, Trump said he had written to Iran's Supreme Leader, Ayatollah Ali Khamenei, proposing negotiations. Khamenei replied on Wednesday that "bullying governments" insist on talks only to impose their own demands.

Renwick-Azari said at a briefing on campus Monday that the survey offered no forecast for diplomacy but did offer a warning. "Any deal will be read in both capitals as a bet on the other side's behavior," he said. "The data say almost nobody is willing to make that bet blind."

The research was funded by a $412,000 grant from the Hollis Foundation for International Understanding.

About Bramwell University
Founded in 1891, Bramwell University is a public research university in western Oregon with more than 18,000 students.

###
"""
write(DOC, "Study: Americans and Iranians agree on one thing, that the other side cannot be trusted",
      "Bramwell University Office of News and Media Relations", PUB, TEXT)

d = HDoc(DOC, PUB)
RA = ["renwick-azari", "renwick", "azari"]
MF = ["moradi-finch", "moradi", "finch"]
MON = D(2025, 3, 17)
# quotes
d.Q("little or no", ["partial", "term"], None)
d.Q("We expected mistrust. What surprised us was how old the reasons are,", ["direct"], "Tobias Renwick-Azari", RA)
d.Q("People are not only reacting to last year's headlines. They are carrying 1953 and 1979 around with them.", ["direct"], "Tobias Renwick-Azari", RA)
d.Q("For a whole generation of Iranians, the United States is the country that left the table,", ["direct"], "Leyla Moradi-Finch", MF)
d.Q("bullying governments", ["partial", "term"], "Ali Khamenei", ["khamenei", "supreme leader", "leader"], D(2025, 3, 12))
d.Q("Any deal will be read in both capitals as a bet on the other side's behavior,", ["direct"], "Tobias Renwick-Azari", RA, MON)
d.Q("The data say almost nobody is willing to make that bet blind.", ["direct"], "Tobias Renwick-Azari", RA, MON)

# figures
d.F("more than 3,000 people", 3000, ["people", "person"], "count", "more_than", ["survey", "people", "both countries"])
d.F("1,004 Iranian adults", 1004, ["iranian adult", "adult"], "count", subject_any=["iranian adult", "adult", "interview"])
d.F("2,011 U.S. adults", 2011, ["u.s. adult", "adult"], "count", subject_any=["adult", "panel"])
d.F("plus or minus 3.1 percentage points", 3.1, ["percentage point", "percent", "point"], "percent", "exact", ["margin of error", "error"])
d.F("2.2 points", 2.2, ["percentage point", "point", "percent"], "percent", "exact", ["margin of error", "error", "united states"])
d.F("Sixty-eight percent", 68, ["percent"], "percent", subject_any=["iranian respondent", "respondent"])
d.F("61%", 61, ["percent"], "percent", subject_any=["american"])
d.F("Seven in 10 Americans", 70, ["percent"], "percent", subject_any=["american"])
d.F("74%", 74, ["percent"], "percent", subject_any=["iranian"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("under 30", 30, ["year"], "duration", "less_than", ["iranian", "age"], core=False)
d.F("57%", 57, ["percent"], "percent", subject_any=["iranians under 30", "iranian", "withdrawal"])
d.F("9%", 9, ["percent"], "percent", subject_any=["over 60", "those", "iranian"])
d.F("over 60", 60, ["year"], "duration", "more_than", ["those", "age"], core=False)
d.F("the two governments", 2, ["government"], "count", core=False)
d.F("$412,000", 412000, ["usd"], "money", subject_any=["grant", "research"])
d.F("more than 18,000 students", 18000, ["student"], "count", "more_than", ["student", "bramwell", "university"], core=False)

# events
d.V("The study, published March 12", "published", ["disclosure", "statement", "other"], D(2025, 3, 12), ["study", "bramwell", "journal"])
d.V("The study, published March 12", "telephone interviews", ["other"], R(D(2024, 11, 18), D(2024, 12, 9)), core=False)
d.V("The study, published March 12", "online panel", ["other"], R(D(2025, 1, 6), D(2025, 1, 20)), core=False)
d.V("What surprised us was how old", "said Tobias", ["statement"], None, RA, core=False)
d.V("Asked to name the event that most damaged", "coup", ["coup"], D(1953), ["cia", "central intelligence agency", "british"])
d.V("Asked to name the event that most damaged", "downing", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.V("Americans most often named the seizure", "seizure", ["seizure"], D(1979, 11))
d.V("Americans most often named the seizure", "were taken hostage", ["seizure"], D(1979, 11), core=False)
d.V("Iran and six world powers reached the agreement in July 2015", "reached", ["agreement"], D(2015, 7), ["iran", "six world powers"])
d.V("Iran and six world powers reached the agreement in July 2015", "withdrew", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.V("\"For a whole generation of Iranians", "said co-author", ["statement"], None, MF, core=False)
d.V("She said many respondents also mentioned", "the killing of Gen. Qassem Soleimani", ["attack"], D(2020, 1), ["united states", "u.s."])
d.V("She said many respondents also mentioned", "She said", ["statement"], None, MF + ["she"], core=False)
d.V("The findings come as the two governments", "test each other", ["other"], None, core=False)
d.V("Earlier this month, Trump said he had written", "said", ["statement"], R(D(2025, 3, 1), MON), ["trump"])
d.V("Earlier this month, Trump said he had written", "had written", ["statement", "negotiation"], R(D(2025, 3, 1), MON), ["trump"], core=False)
d.V("Khamenei replied on Wednesday", "replied", ["statement"], D(2025, 3, 12), ["khamenei"])
d.V("Renwick-Azari said at a briefing on campus Monday", "said at a briefing", ["statement"], MON, RA)
d.V("\"Any deal will be read in both capitals", "he said", ["statement"], MON, RA + ["he"], core=False)
d.V("The research was funded by", "funded", ["support", "other"], None, ["hollis"], core=False)
d.save()
