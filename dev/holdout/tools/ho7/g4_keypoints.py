from mk import write
from ann import Doc, D, R

DOC = "ho7-keypoints-leader-speech-13-aban"
PUB = "2024-11-03"
TEXT = """TEHRAN DISPATCH NEWS AGENCY (TDNA)
Politics | Sunday, 13 Aban 1403 (3 November 2024)

Key points: the Leader's address to students on the eve of 13 Aban

TEHRAN (TDNA) - Ayatollah Seyyed Ali Khamenei, Leader of the Islamic Revolution, received thousands of school and university students in Tehran on Saturday, 12 Aban 1403 (2 November 2024), on the eve of the anniversary of the capture of the US embassy, marked in Iran as the National Day of Fighting Global Arrogance. TDNA has prepared the following digest of the main points of His Eminence's speech.

1. The meaning of 13 Aban
The Leader said the move by students on 13 Aban 1358 (4 November 1979) had exposed the embassy as a centre of plotting against the revolution. "What the young people entered that day was not an embassy in the ordinary sense of the word; it was a headquarters," the Leader said. He added that the documents found in the building were later published in dozens of volumes.

2. Mistrust did not begin in 1979
He stressed that the Iranian nation's pessimism about America "has roots older than the revolution." "On 28 Mordad 1332 the Americans, together with the British, overthrew a national government that had done nothing but take back Iran's oil," he stressed. More than seventy years have passed, the Leader noted, and Washington "has not changed its nature, only its methods."

3. The lesson of the nuclear agreement
His Eminence added that the experience of the 2015 nuclear agreement should be taught in schools. "We negotiated, we signed, we carried out our commitments, and the other side tore up the paper," His Eminence added. "Then they returned the sanctions and called it pressure." He recalled that the Americans withdrew from the agreement in May 2018 while the International Atomic Energy Agency had confirmed Iran's compliance in more than a dozen reports.

4. Last week's aggression
Referring to the attack by the Zionist regime on military sites in several provinces on 5 Aban (26 October), in which four military personnel were martyred, the Leader said the incident "should neither be exaggerated nor played down." He warned that the enemies, "whether America or the Zionist regime," would certainly receive "a tooth-breaking response" to what they do against Iran and the resistance front.

5. A message to the youth
The Leader told the students that the country's progress in science over the past two decades had taken place "under the heaviest sanctions in history." "Do not look at the enemy's face; look at his hands," he said, urging them to judge Washington by its actions rather than its words.

REACTION

In Washington, a State Department spokesperson said on Saturday evening that the United States "does not seek conflict with Iran" but would not hesitate to defend its personnel and partners. The Pentagon had announced on Friday the deployment of additional ballistic-missile defence destroyers and several long-range B-52 bombers to the region.

In Tehran, lawmaker Alireza Soltani-Moqaddam told TDNA on Sunday that the speech was "a clear answer to those who think pressure will bring Iran to the table." "The Leader has drawn the line," he said, "and the government will act within it."

Large rallies are planned in front of the former embassy compound on Sunday morning, organisers said.
"""
write(DOC, "Key points: the Leader's address to students on the eve of 13 Aban", "Tehran Dispatch News Agency", PUB, TEXT)

d = Doc(DOC, PUB)
SAT = D(2024, 11, 2)
SUN = D(2024, 11, 3)
KH = ["khamenei", "leader"]
# quotes
d.Q("What the young people entered that day was not an embassy in the ordinary sense of the word; it was a headquarters,", ["direct"], "Ali Khamenei", KH, SAT)
d.Q("has roots older than the revolution.", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("On 28 Mordad 1332 the Americans, together with the British, overthrew a national government that had done nothing but take back Iran's oil,", ["direct"], "Ali Khamenei", KH, SAT)
d.Q("has not changed its nature, only its methods.", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("We negotiated, we signed, we carried out our commitments, and the other side tore up the paper,", ["direct"], "Ali Khamenei", KH, SAT)
d.Q("Then they returned the sanctions and called it pressure.", ["direct"], "Ali Khamenei", KH, SAT)
d.Q("should neither be exaggerated nor played down.", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("whether America or the Zionist regime,", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("a tooth-breaking response", ["partial", "term"], "Ali Khamenei", KH, SAT)
d.Q("under the heaviest sanctions in history.", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("Do not look at the enemy's face; look at his hands,", ["direct"], "Ali Khamenei", KH, SAT)
d.Q("does not seek conflict with Iran", ["partial"], None, (), SAT)
d.Q("a clear answer to those who think pressure will bring Iran to the table.", ["partial"], "Alireza Soltani-Moqaddam", ["soltani"], SUN)
d.Q("The Leader has drawn the line,", ["direct"], "Alireza Soltani-Moqaddam", ["soltani"], SUN)
d.Q("and the government will act within it.", ["direct"], "Alireza Soltani-Moqaddam", ["soltani"], SUN)
# figures
d.F("thousands of school and university students", 2000, ["student"], "count", "about", core=False)
d.F("dozens of volumes", 24, ["volume"], "count", "about", ["document", "volume"])
d.F("More than seventy years", 70, ["year"], "duration", "more_than", ["passed", "coup"])
d.F("more than a dozen reports", 12, ["report"], "count", "more_than", ["report", "compliance"])
d.F("several provinces", None, ["province"], "count", "about", core=False)
d.F("four military personnel", 4, ["military personnel", "personnel"], "count", subject_any=["personnel", "martyr"])
d.F("the past two decades", 20, ["year"], "duration", core=False)
d.F("several long-range B-52 bombers", None, ["bomber"], "count", "about", core=False)
# events
d.E("Key points: the Leader's address to students on the eve of 13 Aban", "address", ["statement"], SAT, KH, core=False)
s = "TEHRAN (TDNA) - Ayatollah Seyyed Ali Khamenei, Leader of the Islamic Revolution, received thousands of school and university students in Tehran on Saturday, 12 Aban 1403 (2 November 2024), on the eve of the anniversary of the capture of the US embassy, marked in Iran as the National Day of Fighting Global Arrogance."
d.E(s, "received", ["statement", "other"], SAT, KH)
d.E(s, "the capture of the US embassy", ["seizure"], D(1979, 11, 4), core=False)
d.E("The Leader said the move by students on 13 Aban 1358 (4 November 1979) had exposed the embassy as a centre of plotting against the revolution.", "the move by students", ["seizure"], D(1979, 11, 4), ["student"])
d.E("He added that the documents found in the building were later published in dozens of volumes.", "published", ["disclosure"], None, core=False)
d.E("\"On 28 Mordad 1332 the Americans, together with the British, overthrew a national government that had done nothing but take back Iran's oil,\" he stressed.", "overthrew", ["coup"], D(1953, 8, 19), ["american", "united states", "british", "united kingdom"])
d.E("\"We negotiated, we signed, we carried out our commitments, and the other side tore up the paper,\" His Eminence added.", "signed", ["agreement"], D(2015), ["iran", "we"], core=False)
d.E("He recalled that the Americans withdrew from the agreement in May 2018 while the International Atomic Energy Agency had confirmed Iran's compliance in more than a dozen reports.", "withdrew", ["withdrawal"], D(2018, 5), ["american", "united states"])
s = "Referring to the attack by the Zionist regime on military sites in several provinces on 5 Aban (26 October), in which four military personnel were martyred, the Leader said the incident \"should neither be exaggerated nor played down.\""
d.E(s, "the attack", ["attack"], D(2024, 10, 26), ["zionist", "israel"])
d.E(s, "the Leader said", ["statement"], SAT, KH)
d.E("He warned that the enemies, \"whether America or the Zionist regime,\" would certainly receive \"a tooth-breaking response\" to what they do against Iran and the resistance front.", "warned", ["threat", "statement"], SAT, KH)
d.E("In Washington, a State Department spokesperson said on Saturday evening that the United States \"does not seek conflict with Iran\" but would not hesitate to defend its personnel and partners.", "said on Saturday evening", ["statement"], SAT, ["state department", "united states"])
d.E("The Pentagon had announced on Friday the deployment of additional ballistic-missile defence destroyers and several long-range B-52 bombers to the region.", "deployment", ["support", "other", "threat"], D(2024, 11, 1), ["pentagon", "united states"])
d.E("In Tehran, lawmaker Alireza Soltani-Moqaddam told TDNA on Sunday that the speech was \"a clear answer to those who think pressure will bring Iran to the table.\"", "told TDNA on Sunday", ["statement"], SUN, ["soltani"])
d.E("Large rallies are planned in front of the former embassy compound on Sunday morning, organisers said.", "rallies are planned", ["other"], SUN, core=False)
d.save()
