import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h10 import write, HDoc, D, R

DOC = "ho10-statemedia-leader-students-13-aban"
PUB = "2023-11-02"  # Thursday, 11 Aban 1402
TEXT = """Leader: US enmity toward Iranian nation unchanged since 1953 coup

Pars Meridian News – Politics desk
Thursday, 11 Aban 1402 – November 2, 2023

TEHRAN (PMN) – Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says the enmity of the United States toward the Iranian nation has not changed in seventy years, and that only its methods have changed.

Ayatollah Khamenei made the remarks on Wednesday, 10 Aban 1402 (November 1, 2023), in a meeting in Tehran with a large gathering of school and university students on the eve of 13 Aban (November 4), the National Day of Fight against Global Arrogance.

The Leader of the Revolution described the takeover of the American embassy by students following the line of the Imam on 13 Aban 1358 (November 4, 1979) as a "great and courageous" act, saying that the documents found there proved the embassy had been a "den of spies" plotting against the newborn revolution.

Referring to the coup of 28 Mordad 1332 (August 19, 1953), His Eminence said that the Americans, with the help of the British, had overthrown the national government of Dr. Mohammad Mosaddegh "only because it wanted Iran's oil to belong to Iranians."

"From 28 Mordad until today, the Americans have never once stood beside the Iranian nation," the Leader stressed. "They supported the Shah's tyranny for twenty-five years, they helped Saddam in the eight-year imposed war against us, and in 1367 their warship shot down our passenger plane over the Persian Gulf."

Ayatollah Khamenei said the nuclear agreement was the most recent proof of this enmity. He noted that Iran had fulfilled all its commitments under the JCPOA, as the International Atomic Energy Agency confirmed in repeated reports, but that the United States withdrew from the agreement on 18 Ordibehesht 1397 (May 8, 2018) and imposed what American officials themselves called "maximum pressure."

The Leader said those who believe the country's problems will be solved by negotiating with America are mistaken, and reminded the students that the 2015 agreement had been reached after two years of talks, only to be "torn up" by an American president three years later.

His Eminence pointed out that the late founder of the Islamic Republic, Imam Khomeini, had called America "the Great Satan," and said the title was "as true today as it was forty-four years ago."

Turning to the events in Gaza since the Al-Aqsa Storm operation of 15 Mehr (October 7), the Leader said the hands of the United States were "stained to the elbow" with the blood of the women and children of Gaza, adding that Washington was directly managing the war of the Zionist regime. According to the Gaza health ministry, more than 8,700 Palestinians, including some 3,600 children, have been killed in Israeli bombardment since that day.

Ayatollah Khamenei added that the Islamic Republic has never started a war, but warned that any aggression against Iran would receive "a response that will make the aggressor regret it."

At the start of the meeting, a representative of the students, Mohammad-Mahdi Tavakkoli of Amirkabir University of Technology, read a statement saying that the young generation "has not forgotten 13 Aban and will not forget Gaza."

Reacting to the speech on Thursday, Foreign Ministry spokesman Nasser Kanaani told reporters that the Leader's words reflected "the experience of a nation, not a slogan." Lawmaker Hamid-Reza Azizi-Tabar, a member of the Majlis National Security and Foreign Policy Committee, said the speech had drawn "a clear red line" for any future contacts with Washington.

Nationwide rallies marking the anniversary are to be held on Saturday in some 900 cities and towns across the country, the organising council said.
"""
write(DOC, "Leader: US enmity toward Iranian nation unchanged since 1953 coup", "Pars Meridian News", PUB, TEXT)

d = HDoc(DOC, PUB)
WED, THU = D(2023, 11, 1), D(2023, 11, 2)
KH = ["khamenei", "leader"]
d.Q("great and courageous", ["partial"], "Ali Khamenei", KH, WED)
d.Q("den of spies", ["partial", "term"], "Ali Khamenei", KH, WED)
d.Q("only because it wanted Iran's oil to belong to Iranians.", ["partial"], "Ali Khamenei", KH, WED)
d.Q("From 28 Mordad until today, the Americans have never once stood beside the Iranian nation,", ["direct"], "Ali Khamenei", KH, WED)
d.Q("They supported the Shah's tyranny for twenty-five years, they helped Saddam in the eight-year imposed war against us, and in 1367 their warship shot down our passenger plane over the Persian Gulf.", ["direct"], "Ali Khamenei", KH, WED)
d.Q("maximum pressure.", ["term", "partial"], None, core=False)
d.Q("torn up", ["partial"], "Ali Khamenei", KH, WED)
d.Q("the Great Satan,", ["term", "partial"], "Ruhollah Khomeini", ["khomeini", "imam"])
d.Q("as true today as it was forty-four years ago.", ["partial"], "Ali Khamenei", KH, WED)
d.Q("stained to the elbow", ["partial"], "Ali Khamenei", KH, WED)
d.Q("a response that will make the aggressor regret it.", ["partial"], "Ali Khamenei", KH, WED)
d.Q("has not forgotten 13 Aban and will not forget Gaza.", ["partial"], "Mohammad-Mahdi Tavakkoli", ["tavakkoli", "student"], WED)
d.Q("the experience of a nation, not a slogan.", ["partial"], "Nasser Kanaani", ["kanaani", "spokesman"], THU)
d.Q("a clear red line", ["partial"], "Hamid-Reza Azizi-Tabar", ["azizi-tabar", "azizi", "lawmaker"])

d.F("seventy years", 70, ["year"], "duration", subject_any=["enmity", "united states"])
d.F("twenty-five years", 25, ["year"], "duration", subject_any=["shah", "tyranny", "support"])
d.F("eight-year", 8, ["year"], "duration", subject_any=["war", "imposed war"])
d.F("two years", 2, ["year"], "duration", subject_any=["talks"])
d.F("three years later", 3, ["year"], "duration", core=False)
d.F("forty-four years ago", 44, ["year"], "duration", core=False)
d.F("more than 8,700 Palestinians", 8700, ["palestinian", "person"], "count", "more_than", ["palestinian", "killed", "gaza"])
d.F("some 3,600 children", 3600, ["child"], "count", "about", ["children", "killed"])
d.F("some 900 cities and towns", 900, ["city and town", "city", "town"], "count", "about", ["rall", "cities"])

d.V("Leader: US enmity toward Iranian nation unchanged since 1953 coup", "coup", ["coup"], D(1953), core=False)
d.V("Ayatollah Seyyed Ali Khamenei says", "says", ["statement"], WED, KH, core=False)
d.V("Ayatollah Khamenei made the remarks", "made the remarks", ["statement"], WED, KH)
d.V("Ayatollah Khamenei made the remarks", "meeting", ["negotiation", "other", "statement"], WED, KH, core=False)
d.V("described the takeover of the American embassy", "takeover", ["seizure"], D(1979, 11, 4), ["student"])
d.V("described the takeover of the American embassy", "described", ["statement"], WED, KH, core=False)
d.V("Referring to the coup of 28 Mordad 1332", "had overthrown", ["coup"], D(1953, 8, 19), ["american", "united states", "british", "united kingdom"])
d.V("Referring to the coup of 28 Mordad 1332", "said", ["statement"], WED, KH, core=False)
d.V("have never once stood beside", "the Leader stressed", ["statement"], WED, KH, core=False)
d.V("They supported the Shah's tyranny", "supported", ["support"], None, ["american", "united states", "they"], core=False)
d.V("They supported the Shah's tyranny", "helped Saddam", ["support"], None, ["american", "united states", "they"], core=False)
d.V("They supported the Shah's tyranny", "imposed war", ["war"], None, core=False)
d.V("They supported the Shah's tyranny", "shot down", ["attack"], ("1988-03-21", "1989-03-20"), ["warship", "american", "united states", "their"])
d.V("Ayatollah Khamenei said the nuclear agreement was", "said", ["statement"], WED, KH, core=False)
d.V("He noted that Iran had fulfilled", "withdrew", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.V("He noted that Iran had fulfilled", "imposed", ["sanction"], None, ["united states"])
d.V("He noted that Iran had fulfilled", "confirmed", ["statement"], None, ["iaea", "international atomic energy agency"], core=False)
d.V("He noted that Iran had fulfilled", "noted", ["statement"], WED, KH, core=False)
d.V("The Leader said those who believe", "had been reached", ["agreement"], D(2015))
d.V("The Leader said those who believe", "talks", ["negotiation"], None, core=False)
d.V("The Leader said those who believe", "torn up", ["withdrawal"], D(2018), ["american president", "president", "united states", "trump"], core=False)
d.V("The Leader said those who believe", "said", ["statement"], WED, KH, core=False)
d.V("His Eminence pointed out that the late founder", "had called", ["statement", "designation"], None, ["khomeini", "imam"], core=False)
d.V("His Eminence pointed out that the late founder", "pointed out", ["statement"], WED, KH, core=False)
d.V("Turning to the events in Gaza", "Al-Aqsa Storm operation", ["attack"], D(2023, 10, 7))
d.V("Turning to the events in Gaza", "managing the war", ["war", "support"], None, ["washington", "united states"], core=False)
d.V("Turning to the events in Gaza", "the Leader said", ["statement"], WED, KH, core=False)
d.V("have been killed in Israeli bombardment", "killed", ["attack", "war"], R(D(2023, 10, 7), THU), ["israel"])
d.V("has never started a war, but warned", "warned", ["threat", "statement"], WED, KH, core=False)
d.V("read a statement saying", "read a statement", ["statement"], WED, ["tavakkoli", "student"], core=False)
d.V("Reacting to the speech on Thursday", "told reporters", ["statement"], THU, ["kanaani", "spokesman", "foreign ministry"])
d.V("Lawmaker Hamid-Reza Azizi-Tabar", "said", ["statement"], None, ["azizi", "lawmaker"], core=False)
d.V("Nationwide rallies marking the anniversary", "rallies", ["other"], D(2023, 11, 4), core=False)
d.save()
