import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h12 import write, PDoc, D, R

DOC = "ho12-wiki-operation-praying-mantis"
PUB = "2025-04-18"  # the "last edited" date, a Friday
TEXT = """Operation Praying Mantis
From Openfolio, the free encyclopedia

Operation Praying Mantis
Part of the Tanker War and Operation Earnest Will
Date: 18 April 1988
Location: Persian Gulf, off the coast of Iran
Result: American victory; Sassan and Sirri platforms destroyed
Belligerents: United States; Iran
Commanders and leaders: Rear Adm. Anthony Less; Akbar Hashemi Rafsanjani
Casualties (United States): 2 killed, 1 helicopter lost[1]
Casualties (Iran): 56 killed (estimated),[2] 1 frigate and 1 gunboat sunk, 1 frigate damaged

Operation Praying Mantis was a one-day attack by United States naval forces on Iranian oil platforms and warships in the Persian Gulf on 18 April 1988.[3] It was launched in retaliation for the mining of the frigate USS Samuel B. Roberts four days earlier, and it was the largest battle fought by American surface warships since the Second World War.[4]

Background
From 1984 onward, Iraq and Iran attacked each other's oil shipping in the phase of the Iran–Iraq War known as the Tanker War.[5] In July 1987 the United States began escorting reflagged Kuwaiti tankers through the Gulf under Operation Earnest Will.[6] That September, American helicopters disabled the Iranian vessel Iran Ajr as it laid mines, and US forces seized the ship.[7]

On 14 April 1988 the Samuel B. Roberts struck a mine about 65 nautical miles east of Bahrain. The blast injured ten sailors and nearly broke the ship's keel; repairs later cost about $89.5 million.[8] Navy divers recovered mines nearby whose serial numbers matched those found aboard the Iran Ajr the previous September.[citation needed]

Operation
On the morning of 18 April, two American surface action groups shelled the Sassan and Sirri oil platforms, which the US said had been used to direct attacks on merchant ships.[9] Iranian speedboats then attacked several platforms and ships in the southern Gulf, and American aircraft sank one of them.[10]

That afternoon the Iranian frigate Sahand fired on American aircraft and was sunk by missiles and laser-guided bombs. Later the same day the frigate Sabalan was crippled by a single bomb; she was towed to port and later repaired.[11] A Marine Corps AH-1T SeaCobra helicopter crashed that night, killing both of its crew.[12]

In a statement that day, President Ronald Reagan said the strikes were a measured response to the mining. "We have no wish to widen this conflict, but we will not be driven from international waters," he said.[13] In Tehran, Rafsanjani told the Majlis the next day that Iran would answer "in its own time and place."[14]

Aftermath
The battle left Iran's navy with far fewer large warships.[citation needed] On 3 July 1988 the cruiser USS Vincennes, also on Gulf patrol, shot down Iran Air Flight 655 over the Strait of Hormuz, killing all 290 people on board.[15] Iran accepted United Nations Security Council Resolution 598 on 18 July, and a ceasefire in the war with Iraq took effect on 20 August 1988.[16]

In November 1992 Iran filed a case against the United States at the International Court of Justice over the destruction of the platforms in 1987 and 1988. In its judgment of 6 November 2003, the court found that the attacks could not be justified as measures to protect US security interests, but it rejected Iran's claim for reparation by 15 votes to 1.[17]

Legacy
The historian Nadia Forsberg-Emami has argued that the battle taught both navies "to expect the worst of each other at sea," and she wrote in 2019 that its memory shaped Iranian tactics during the tanker attacks of that year.[18] Iranian officials still cite the operation, along with Flight 655, when they describe American policy in the Gulf.[citation needed]

See also
Tanker War
Iran Air Flight 655
Operation Nimble Archer
Iran–United States relations

References
1. ^ Lindqvist, Harald (2003). Gulf Patrol: The US Navy and Iran, 1987–1988. Norfolk: Capstone Naval Press. p. 212.
2. ^ Crane, Marjorie (1989). "The Day the Gulf Burned". Naval Affairs Quarterly. 41 (3): 18–29.
3. ^ "U.S. strikes Iranian platforms and ships". The Harbour Courier. 19 April 1988. Retrieved 3 March 2024.
4. ^ Lindqvist 2003, p. 198.
5. ^ Sadeghi-Novak, Kian (2011). The Tanker War. London: Ferrule Books. pp. 44–61.
6. ^ Lindqvist 2003, p. 87.
7. ^ Lindqvist 2003, p. 131.
8. ^ Crane 1989, p. 21.
9. ^ Lindqvist 2003, p. 204.
10. ^ Crane 1989, p. 24.
11. ^ Lindqvist 2003, pp. 207–209.
12. ^ Crane 1989, p. 27.
13. ^ "Statement on the Persian Gulf action". Presidential Papers. 18 April 1988.
14. ^ Sadeghi-Novak 2011, p. 190.
15. ^ Lindqvist 2003, p. 230.
16. ^ Sadeghi-Novak 2011, p. 201.
17. ^ Oil Platforms (Iran v. United States of America), Judgment of 6 November 2003.
18. ^ Forsberg-Emami, Nadia (2019). Mines and Memory. Leiden: Halcyon Academic. p. 5.

This page was last edited on 18 April 2025, at 09:12 (UTC).
"""
write(DOC, "Operation Praying Mantis", "Openfolio", PUB, TEXT)


class W(PDoc):
    MARK = r"(\[(\d+|citation needed)\])+"


d = W(DOC, PUB)
A18 = D(1988, 4, 18)
d.Q("We have no wish to widen this conflict, but we will not be driven from international waters,", ["direct"], "Ronald Reagan", ["reagan"], A18)
d.Q("in its own time and place.", ["partial"], "Akbar Hashemi Rafsanjani", ["rafsanjani"], D(1988, 4, 19))
d.Q("to expect the worst of each other at sea,", ["partial"], "Nadia Forsberg-Emami", ["forsberg"], D(2019))
d.Q("The Day the Gulf Burned", ["term"], None, core=False)
d.Q("U.S. strikes Iranian platforms and ships", ["term"], None, core=False)
d.Q("Statement on the Persian Gulf action", ["term"], None, core=False)

d.F("2 killed", 2, ["killed", "person", "people", "death", "soldier"], "count", subject_any=["casualt", "united states", "killed"])
d.F("1 helicopter", 1, ["helicopter"], "count", subject_any=["helicopter", "casualt", "united states"])
d.F("56 killed (estimated)", 56, ["killed", "person", "people", "death"], "count", "about", ["casualt", "iran", "killed"])
d.F("1 frigate", 1, ["frigate"], "count", subject_any=["frigate", "casualt", "iran"], ctx=("1 frigate and 1 gunboat sunk",))
d.F("1 gunboat", 1, ["gunboat"], "count", subject_any=["gunboat", "casualt", "iran"])
d.F("1 frigate damaged", 1, ["frigate"], "count", subject_any=["frigate", "casualt", "iran"])
d.F("one-day", 1, ["day"], "duration", subject_any=["attack", "operation"])
d.F("four days earlier", 4, ["day"], "duration", core=False)
d.F("about 65 nautical miles", 65, ["nautical mile", "mile"], "measure", "about", ["bahrain", "mine", "distance"])
d.F("ten sailors", 10, ["sailor"], "count", subject_any=["sailor", "blast", "injured"])
d.F("about $89.5 million", 8.95e7, ["usd"], "money", "about", ["repair"])
d.F("two American surface action groups", 2, ["surface action group", "group"], "count", subject_any=["surface action group", "group"])
d.F("one of them", 1, ["speedboat"], "count", subject_any=["speedboat"], core=False)
d.F("a single bomb", 1, ["bomb"], "count", subject_any=["bomb", "sabalan"], core=False)
d.F("both of its crew", 2, ["crew", "crew member"], "count", subject_any=["crew"], core=False)
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "flight 655", "board"])
d.F("15 votes to 1", 15, ["vote"], "count", subject_any=["vote", "court", "reparation"])
d.F("1", 1, ["vote"], "count", subject_any=["vote", "court", "reparation"], ctx=("15 votes to 1",))

d.V("Operation Praying Mantis was a one-day attack", "attack", ["attack"], A18, ["united states"])
d.V("It was launched in retaliation", "launched", ["attack"], A18, ["united states"])
d.V("It was launched in retaliation", "mining", ["attack"], D(1988, 4, 14), [])
d.V("From 1984 onward, Iraq and Iran attacked", "attacked", ["attack", "war"], R(D(1984), D(1988)), ["iraq", "iran"], core=False)
d.V("In July 1987 the United States began escorting", "began escorting", ["support", "other"], D(1987, 7), ["united states"])
d.V("That September, American helicopters disabled", "disabled", ["attack"], D(1987, 9), ["american", "united states", "helicopter"])
d.V("That September, American helicopters disabled", "seized", ["seizure"], D(1987, 9), ["us", "united states"])
d.V("On 14 April 1988 the Samuel B. Roberts struck a mine", "struck a mine", ["attack", "other"], D(1988, 4, 14))
d.V("The blast injured ten sailors", "injured", ["attack", "other"], D(1988, 4, 14), core=False)
d.V("Navy divers recovered mines nearby", "recovered", ["other"], None, ["navy", "divers"], core=False)
d.V("On the morning of 18 April, two American", "shelled", ["attack"], A18, ["american", "united states"])
d.V("Iranian speedboats then attacked", "attacked", ["attack"], A18, ["iran"])
d.V("Iranian speedboats then attacked", "sank", ["attack"], A18, ["american", "united states", "aircraft"])
d.V("That afternoon the Iranian frigate Sahand fired", "fired", ["attack"], A18, ["sahand", "iran"])
d.V("That afternoon the Iranian frigate Sahand fired", "was sunk", ["attack"], A18, [])
d.V("Later the same day the frigate Sabalan", "crippled", ["attack"], A18, [])
d.V("A Marine Corps AH-1T SeaCobra helicopter crashed", "crashed", ["other"], R(A18, D(1988, 4, 19)))
d.V("In a statement that day, President Ronald Reagan said", "said", ["statement"], A18, ["reagan"])
d.V("\"We have no wish to widen this conflict", "he said", ["statement"], A18, ["reagan", "he"], core=False)
d.V("In Tehran, Rafsanjani told the Majlis", "told the Majlis", ["statement", "threat"], D(1988, 4, 19), ["rafsanjani"])
d.V("On 3 July 1988 the cruiser USS Vincennes", "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.V("Iran accepted United Nations Security Council Resolution 598", "accepted", ["agreement"], D(1988, 7, 18), ["iran"])
d.V("Iran accepted United Nations Security Council Resolution 598", "ceasefire", ["agreement", "other"], D(1988, 8, 20))
d.V("In November 1992 Iran filed a case", "filed a case", ["other"], D(1992, 11), ["iran"])
d.V("In November 1992 Iran filed a case", "destruction of the platforms", ["attack"], R(D(1987), D(1988)), ["united states"], core=False)
d.V("In its judgment of 6 November 2003", "judgment", ["other", "statement"], D(2003, 11, 6), ["court", "international court of justice"])
d.V("The historian Nadia Forsberg-Emami has argued", "wrote in 2019", ["statement"], D(2019), ["forsberg"])
d.V("The historian Nadia Forsberg-Emami has argued", "tanker attacks", ["attack"], D(2019), [])
d.V("Iranian officials still cite the operation", "cite", ["statement"], None, ["iran"], core=False)
d.save()
