import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h11 import write, HDoc, D, R

DOC = "ho11-ama-historian-embassy-45-years"
PUB = "2024-11-04"  # a Monday
TEXT = """r/AskTheArchive

I'm Imogen Castellanos-Farrokh, a historian of US-Iran relations. Forty-five years ago today, students seized the American embassy in Tehran. AMA about the hostage crisis and why it still shapes both countries.

Posted by u/ICastellanosFarrokh · Nov 04 '24 · 2.4k upvotes · 318 comments

Hi everyone! I teach diplomatic history at Thornbury College and spent eleven years in the archives for my new book, The Long Siege, which came out last month. Today is the 45th anniversary of the takeover: on November 4, 1979, a crowd of students calling themselves the Muslim Student Followers of the Imam's Line climbed the embassy walls and took more than 60 Americans captive. Fifty-two of them did not come home until January 20, 1981.

Proof: imgur.com/a/longsiege

I'll be answering from 1 p.m. to 4 p.m. Eastern. Ask me anything!

EDIT: Wow, this blew up. Taking a break for dinner, back at 7.

EDIT 2: Signing off now. Thank you all, this was the most fun I've had since my dissertation defense.

u/tehran_tea_kettle · 214 points
Why did the students take the embassy in the first place? Was it really about the Shah?

u/ICastellanosFarrokh · 388 points
Mostly, yes, but the Shah was the trigger rather than the whole story. On October 22, 1979, President Jimmy Carter allowed the deposed Shah, Mohammad Reza Pahlavi, into the United States for cancer treatment. Many Iranians remembered August 1953, when the CIA and British intelligence organized the coup that overthrew Prime Minister Mohammad Mosaddegh and put the Shah back on his throne, and they assumed Washington was about to do it again. One of the student leaders told me in an interview in 2016 that they had meant to hold the compound "for a weekend, maybe less." Then Ayatollah Ruhollah Khomeini endorsed the takeover, and the weekend became 444 days.

u/quietcartographer · 156 points
My grandfather always said "never shake hands with a hostage-taker." Is that fair?

u/ICastellanosFarrokh · 301 points
It's a common view, but the crisis itself ended with a handshake of sorts. The Algiers Accords, brokered by Algeria, were signed on January 19, 1981, and committed the United States to unfreeze about $8 billion in Iranian assets. The hostages were flown out the next day, minutes after Ronald Reagan was sworn in. The accords also set up the Iran-United States Claims Tribunal in The Hague, which has since awarded American claimants more than $2.5 billion. In the accords' own words, the United States pledged that it would not intervene, "directly or indirectly, politically or militarily, in Iran's internal affairs." Iranian officials have quoted that line at Washington ever since.

u/Persepolis_Rising · 98 points
What about the rescue mission? I've read it was doomed from the start.

u/ICastellanosFarrokh · 174 points
"Doomed" is too strong, but it was fragile. Operation Eagle Claw was launched on April 24, 1980, and was aborted that night at a desert staging site called Desert One after three of its eight helicopters failed. During the withdrawal a helicopter collided with a transport plane, and eight American servicemen died. Carter had broken diplomatic relations with Iran on April 7, a little over two weeks earlier. They have never been restored.

u/nuclear_ennui · 122 points
Is there a straight line from 1979 to the nuclear fight today?

u/ICastellanosFarrokh · 259 points
Not a straight line, but a long shadow. When Iran and six world powers concluded the nuclear deal in Vienna on July 14, 2015, both governments went out of their way to say it was not built on trust. Donald Trump withdrew from it on May 8, 2018, and Iran has since enriched uranium up to 60 percent, far beyond the 3.67 percent the deal allowed. Supreme Leader Ali Khamenei said in August that there was "no harm" in dealing with an adversary, which many read as an opening. Last week he was back to warning that Washington could not be trusted, and tomorrow Americans elect a president who will have to decide what to do about all of it.
"""
write(DOC, "I'm Imogen Castellanos-Farrokh, a historian of US-Iran relations. AMA about the hostage crisis", "r/AskTheArchive", PUB, TEXT,
      author="Imogen Castellanos-Farrokh")

d = HDoc(DOC, PUB)
# quotes
d.Q("for a weekend, maybe less.", ["partial", "direct"], None, said=D(2016))
d.Q("never shake hands with a hostage-taker.", ["direct", "partial"], None)
d.Q("directly or indirectly, politically or militarily, in Iran's internal affairs.", ["partial"], "United States", ["united states", "accords", "algiers"], D(1981, 1, 19))
d.Q("Doomed", ["term", "partial"], None, core=False)
d.Q("no harm", ["partial"], "Ali Khamenei", ["khamenei", "supreme leader", "leader"], D(2024, 8))

# figures
d.F("Forty-five years ago today", 45, ["year"], "duration", core=False)
d.F("2.4k upvotes", 2400, ["upvote"], "count", core=False)
d.F("318 comments", 318, ["comment"], "count", core=False)
d.F("eleven years", 11, ["year"], "duration", subject_any=["archive", "book"])
d.F("more than 60 Americans", 60, ["american"], "count", "more_than", ["american", "captive"])
d.F("Fifty-two of them", 52, ["american", "hostage"], "count", subject_any=["american", "hostage", "them"])
for pts in ("214 points", "388 points", "156 points", "301 points", "98 points", "174 points", "122 points", "259 points"):
    d.F(pts, float(pts.split()[0]), ["point"], "count", core=False)
d.F("444 days", 444, ["day"], "duration", subject_any=["takeover", "weekend", "hostage"])
d.F("about $8 billion", 8e9, ["usd"], "money", "about", ["iranian assets", "assets"])
d.F("more than $2.5 billion", 2.5e9, ["usd"], "money", "more_than", ["claimant", "tribunal", "award"])
d.F("three of its eight helicopters", 3, ["helicopter"], "count", subject_any=["helicopter"])
d.F("eight helicopters", 8, ["helicopter"], "count", subject_any=["helicopter"])
d.F("eight American servicemen", 8, ["american serviceman", "serviceman", "servicemen"], "count", subject_any=["servicem"])
d.F("a little over two weeks earlier", 2, ["week"], "duration", "more_than", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["deal", "enrich", "allowed"])

# events
STU = ["student"]
d.V("Forty-five years ago today, students seized", "seized", ["seizure"], D(1979, 11, 4), STU, core=False)
d.V("Today is the 45th anniversary of the takeover", "climbed the embassy walls", ["seizure"], D(1979, 11, 4), STU)
d.V("Fifty-two of them did not come home", "did not come home", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("Why did the students take the embassy", "take the embassy", ["seizure"], None, STU, core=False)
d.V("On October 22, 1979, President Jimmy Carter allowed", "allowed", ["other", "support"], D(1979, 10, 22), ["carter"])
d.V("Many Iranians remembered August 1953", "coup", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.V("One of the student leaders told me", "told me", ["statement"], D(2016), ["student"], core=False)
d.V("Then Ayatollah Ruhollah Khomeini endorsed", "endorsed", ["statement", "support"], None, ["khomeini"])
d.V("The Algiers Accords, brokered by Algeria", "were signed", ["agreement"], D(1981, 1, 19), ["algeria", "united states", "iran", "algiers"])
d.V("The hostages were flown out the next day", "flown out", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("The hostages were flown out the next day", "sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("The accords also set up the Iran-United States Claims Tribunal", "set up", ["agreement", "other", "legislation"], D(1981, 1, 19))
d.V("The accords also set up the Iran-United States Claims Tribunal", "has since awarded", ["other"], None, ["tribunal"], core=False)
d.V("In the accords' own words, the United States pledged", "pledged", ["statement", "agreement"], D(1981, 1, 19), ["united states"], core=False)
d.V("Iranian officials have quoted that line", "have quoted", ["statement"], None, ["iranian officials", "official"], core=False)
d.V("What about the rescue mission?", "rescue mission", ["other", "attack"], None, core=False)
d.V("Operation Eagle Claw was launched", "was launched", ["other", "attack"], D(1980, 4, 24))
d.V("Operation Eagle Claw was launched", "was aborted", ["other"], R(D(1980, 4, 24), D(1980, 4, 25)))
d.V("During the withdrawal a helicopter collided", "collided", ["other"], R(D(1980, 4, 24), D(1980, 4, 25)))
d.V("Carter had broken diplomatic relations", "broken diplomatic relations", ["other", "withdrawal"], D(1980, 4, 7), ["carter"])
d.V("They have never been restored.", "never been restored", ["other"], None, core=False)
d.V("When Iran and six world powers concluded", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "six world powers"])
d.V("When Iran and six world powers concluded", "went out of their way to say", ["statement"], None, core=False)
d.V("Donald Trump withdrew from it on May 8, 2018", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.V("Donald Trump withdrew from it on May 8, 2018", "has since enriched", ["withdrawal", "other"], None, ["iran"], core=False)
d.V("Supreme Leader Ali Khamenei said in August", "said in August", ["statement"], D(2024, 8), ["khamenei"])
d.V("Last week he was back to warning", "warning", ["statement", "threat"], R(D(2024, 10, 28), D(2024, 11, 3)), ["khamenei", "he"])
d.V("Last week he was back to warning", "elect a president", ["leadership_change", "other"], D(2024, 11, 5), core=False)
d.save()
