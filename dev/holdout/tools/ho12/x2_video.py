import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h12 import write, PDoc, D, R

DOC = "ho12-video-transcript-why-iran-us-distrust"
PUB = "2025-04-15"  # upload date, a Tuesday
TEXT = """Why Iran and America Can't Trust Each Other: 1953 to the Muscat Talks
Atlas & Ember History · 412,806 views · Apr 15, 2025

On Saturday, envoys from Washington and Tehran sat down in Muscat for their highest-level talks in years. This video explains why both sides brought seventy years of grievances with them. With historian Elspeth Marroquin-Adeyemi of Calderwood University.

CHAPTERS
0:00 Saturday in Muscat
1:12 1953: Operation Ajax
3:40 1979: The embassy
6:05 From Algiers to Vienna
8:31 Withdrawal and pressure
10:02 What happens next

Sources: atlasember.example/sources/iran-us
Support the channel: atlasember.example/join

TRANSCRIPT

[00:00:04] NARRATOR: On Saturday afternoon, two motorcades
pulled up at a government guesthouse
outside Muscat.

[00:00:11] NARRATOR: Inside, Iran's foreign minister, Abbas Araghchi,
and President Trump's envoy, Steve Witkoff,
spent about two and a half hours in separate rooms,
with Oman's foreign minister carrying messages between them.

[00:00:24] NARRATOR: Afterward, the White House called the talks
"very positive and constructive."
Araghchi told state television the meeting had been held
in a "calm and respectful atmosphere," and he said
both sides wanted an agreement "in the shortest possible time."

[00:00:41] NARRATOR: To understand why that counts as news,
you have to go back more than seventy years.

[00:01:12] NARRATOR: In 1951, Iran's parliament voted
to nationalize an oil industry that a British company
had run for nearly half a century.
Prime Minister Mohammad Mosaddegh became a national hero.
Two years later, in August 1953, he was gone.

[00:01:38] ELSPETH MARROQUIN-ADEYEMI, HISTORIAN: The operation was run by the CIA
and British intelligence, and it worked on the second try.
The first attempt failed on the night of August 15,
and four days later crowds and army units
brought Mosaddegh down.

[00:02:10] NARRATOR: In 2013, the agency released documents
acknowledging that the coup was carried out
"under CIA direction."

[00:03:40] NARRATOR: For the next twenty-five years, the Shah ruled
with American backing.
Then, in January 1979, he left the country for good.

[00:03:52] NARRATOR: On November 4 of that year,
students stormed the U.S. Embassy in Tehran.
Fifty-two Americans were held for 444 days.

[00:04:05] HOST: Why does that still matter so much
on the American side?

[00:04:09] MARROQUIN-ADEYEMI: Because it was on television every night.
Americans watched it for fourteen months,
and a lot of them never forgave it.

[00:06:05] NARRATOR: The crisis ended with the Algiers Accords,
signed on January 19, 1981.
The hostages flew out the next day.

[00:06:18] NARRATOR: In the accords, Washington promised
not to intervene in Iran's internal affairs,
"directly or indirectly, politically or militarily."

[00:06:40] NARRATOR: Thirty-four years later, in Vienna,
Iran and six world powers agreed to the nuclear deal
known as the JCPOA, on July 14, 2015.
Iran agreed to cut its stockpile of enriched uranium
by about 98 percent.

[00:08:31] NARRATOR: Then, on May 8, 2018,
President Trump announced that the United States
was leaving the deal.

[00:08:44] ON SCREEN: Iran's oil exports fell from about 2.5 million barrels a day
in April 2018 to under 500,000 a year later.

[00:08:58] MARROQUIN-ADEYEMI: From Tehran, that looked like 1953 all over again.
The lesson they drew was that a signature in Washington
lasts until the next election.

[00:09:20] NARRATOR: In January 2020, a U.S. drone strike
killed General Qasem Soleimani at Baghdad's airport.

[00:09:31] NARRATOR: And in February of this year,
Supreme Leader Ali Khamenei told air force commanders
that negotiating with America was
"not intelligent, wise or honourable."

[00:10:02] HOST: So why talk now?

[00:10:05] MARROQUIN-ADEYEMI: Because both sides need something.
Iran needs sanctions relief, and the President wants a deal
he can call his own.
But nobody in that building trusts the other side.
They're going to verify, and they're going to keep score.

[00:10:24] NARRATOR: The two delegations agreed to meet again
in a week's time.

[00:10:31] NARRATOR: Atlas & Ember is supported by our members.
Thanks for watching.
"""
write(DOC, "Why Iran and America Can't Trust Each Other: 1953 to the Muscat Talks", "Atlas & Ember History", PUB, TEXT,
      author="Atlas & Ember History")


class V(PDoc):
    SOFT = True


d = V(DOC, PUB)
SAT = D(2025, 4, 12)
d.Q("very positive and constructive.", ["partial"], "White House", ["white house", "united states"], SAT)
d.Q("calm and respectful atmosphere,", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("in the shortest possible time.", ["partial"], "Abbas Araghchi", ["araghchi"], SAT)
d.Q("under CIA direction.", ["partial"], "Central Intelligence Agency", ["central intelligence agency", "cia"], D(2013))
d.Q("directly or indirectly, politically or militarily.", ["partial"], "United States", ["united states", "washington", "accords", "algiers"], D(1981, 1, 19))
d.Q("not intelligent, wise or honourable.", ["partial"], "Ali Khamenei", ["khamenei", "supreme leader"], D(2025, 2))

d.F("412,806 views", 412806, ["view"], "count", subject_any=["view", "video"], core=False)
d.F("seventy years", 70, ["year"], "duration", subject_any=["grievance"], core=False)
d.F("about two and a half hours", 2.5, ["hour"], "duration", "about", ["talk", "room", "araghchi"])
d.F("more than seventy years", 70, ["year"], "duration", "more_than", core=False)
d.F("nearly half a century", 50, ["year"], "duration", "about", ["oil industry", "british company", "run"])
d.F("Two years later", 2, ["year"], "duration", core=False)
d.F("four days later", 4, ["day"], "duration", core=False)
d.F("the next twenty-five years", 25, ["year"], "duration", subject_any=["shah", "rule"], core=False)
d.F("Fifty-two Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("fourteen months", 14, ["month"], "duration", subject_any=["watched", "american", "television"])
d.F("Thirty-four years later", 34, ["year"], "duration", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["stockpile", "uranium"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("under 500,000", 5e5, ["barrel per day"], "measure", "less_than", ["oil export", "export"])
d.F("a year later", 1, ["year"], "duration", core=False)
d.F("a week's time", 1, ["week"], "duration", core=False)
d.F("The two delegations", 2, ["delegation"], "count", core=False)

d.V("On Saturday, envoys from Washington and Tehran sat down", "sat down", ["negotiation"], SAT, ["washington", "tehran", "united states", "iran"], core=False)
d.V("[00:00:04] NARRATOR: On Saturday afternoon", "pulled up", ["negotiation", "other"], SAT, core=False)
d.V("Inside, Iran's foreign minister", "spent about two and a half hours", ["negotiation"], SAT, ["araghchi", "witkoff", "iran", "united states"])
d.V("Afterward, the White House called", "called", ["statement"], SAT, ["white house"])
d.V("Araghchi told state television", "told state television", ["statement"], SAT, ["araghchi"])
d.V("In 1951, Iran's parliament voted", "voted", ["legislation"], D(1951), ["parliament", "majlis", "iran"])
d.V("Prime Minister Mohammad Mosaddegh became a national hero", "became a national hero", ["other"], D(1951), ["mosaddegh"], core=False)
d.V("Two years later, in August 1953, he was gone", "was gone", ["coup", "leadership_change"], D(1953, 8))
d.V("ELSPETH MARROQUIN-ADEYEMI, HISTORIAN: The operation was run", "operation", ["coup"], None, ["cia", "central intelligence agency", "british"])
d.V("The first attempt failed on the night of August 15", "failed", ["coup"], R(D(1953, 8, 15), D(1953, 8, 16)))
d.V("The first attempt failed on the night of August 15", "brought Mosaddegh down", ["coup"], D(1953, 8, 19), ["crowds", "army"])
d.V("In 2013, the agency released documents", "released documents", ["disclosure"], D(2013), ["agency", "cia", "central intelligence agency"])
d.V("For the next twenty-five years, the Shah ruled", "ruled", ["leadership_change", "support", "other"], R(D(1953), D(1979)), ["shah", "pahlavi"], core=False)
d.V("Then, in January 1979, he left the country", "left the country", ["leadership_change", "revolution"], D(1979, 1), ["shah", "pahlavi", "he"])
d.V("On November 4 of that year", "stormed", ["seizure"], D(1979, 11, 4), ["student"])
d.V("Fifty-two Americans were held for 444 days", "were held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), core=False)
d.V("The crisis ended with the Algiers Accords", "signed", ["agreement"], D(1981, 1, 19))
d.V("The hostages flew out the next day", "flew out", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("In the accords, Washington promised", "promised", ["agreement", "statement"], D(1981, 1, 19), ["washington", "united states"], core=False)
d.V("Thirty-four years later, in Vienna", "agreed", ["agreement"], D(2015, 7, 14), ["iran", "six world powers"])
d.V("Iran agreed to cut its stockpile", "agreed", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.V("Then, on May 8, 2018", "leaving the deal", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("Iran's oil exports fell from about", "fell", ["sanction", "other"], R(D(2018, 4), D(2019, 12)), core=False)
d.V("In January 2020, a U.S. drone strike", "killed", ["attack"], D(2020, 1), ["united states", "u.s."])
d.V("And in February of this year", "told air force commanders", ["statement"], D(2025, 2), ["khamenei"])
d.V("The two delegations agreed to meet again", "meet again", ["negotiation"], D(2025, 4, 19), ["delegation", "iran", "united states"], core=False)
d.V("The two delegations agreed to meet again", "agreed", ["agreement", "negotiation"], SAT, ["delegation", "iran", "united states"])
d.save()
