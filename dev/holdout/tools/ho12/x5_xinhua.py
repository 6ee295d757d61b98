import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h12 import write, PDoc, D, R

DOC = "ho12-xinhua-brief-missiles-iraq-bases"
PUB = "2020-01-08"  # a Wednesday
TEXT = """Iran fires missiles at Iraqi bases hosting U.S. troops in retaliation for Soleimani killing

Source: Xinhua| 2020-01-08 18:42:07|Editor: Lan Yiming

TEHRAN, Jan. 8 (Xinhua) -- Iran's Islamic Revolutionary Guard Corps (IRGC) fired more than a dozen ballistic missiles early Wednesday at two military bases in Iraq that host U.S. forces, the IRGC said in a statement carried by the official IRNA news agency.

The missiles struck the Ain al-Asad air base in Iraq's western Anbar province and a base near Erbil, capital of the semi-autonomous Kurdistan region, at about 1:30 a.m. local time (2200 GMT Tuesday), according to the statement.

The IRGC said the operation, which it code-named "Martyr Soleimani," was its answer to the killing of Qasem Soleimani, commander of its Quds Force, in a U.S. drone strike near Baghdad International Airport last Friday.

"The hard revenge of the Guards has begun," the statement said. It warned U.S. allies in the region that any country whose territory is used for an attack on Iran would itself become "a target."

Iranian Foreign Minister Mohammad Javad Zarif wrote on Twitter a few hours after the strikes that Iran had "concluded proportionate measures in self-defense" under Article 51 of the UN Charter.

"We do not seek escalation or war, but we will defend ourselves against any aggression," he said.

In Baghdad, the Iraqi military said in a statement that 22 missiles landed on Iraqi territory between 1:45 a.m. and 2:15 a.m., 17 of them on Ain al-Asad and five on the Erbil area. It said there were no Iraqi casualties.

Iraqi Prime Minister Adil Abdul-Mahdi said his office had received a verbal message from Tehran shortly after midnight that the response had started or would start shortly. Abdul-Mahdi said Iran told him the strikes would be "limited to the locations of the U.S. forces" in Iraq.

U.S. President Donald Trump wrote on Twitter late on Tuesday, Washington time, that "All is well!" and that casualties and damages were being assessed. The Pentagon said earlier that it was "clear" the missiles had been launched from Iran.

Speaking to visitors from the holy city of Qom in Tehran on Wednesday, Supreme Leader Ali Khamenei said the strikes were "a slap in the face" for the United States. "Such military actions are not enough," the Leader added, calling for an end to the U.S. presence in the region.

About 5,200 U.S. troops are stationed in Iraq under an agreement with the Iraqi government. On Sunday, the Iraqi parliament passed a resolution urging the government to end the presence of all foreign troops in the country.

On the same day, Iran said it would no longer observe any limit on the number of centrifuges it operates, its fifth step away from the 2015 nuclear deal since the United States quit the accord in May 2018.

Soleimani and nine other people, among them Abu Mahdi al-Muhandis, deputy head of Iraq's Popular Mobilization Forces, were killed in the strike on Jan. 3, which U.S. officials said had been ordered by Trump.

On Tuesday, at least 56 people were killed and more than 210 others injured in a stampede at Soleimani's funeral procession in his hometown of Kerman, state TV reported. His burial was delayed by several hours.

Separately, a Ukrainian passenger plane crashed shortly after taking off from Tehran's Imam Khomeini International Airport on Wednesday morning, killing all 176 people on board, state media said.

Tehran and Washington cut diplomatic ties in April 1980, five months after Iranian students seized the U.S. Embassy in Tehran and took 52 Americans hostage. Since the U.S. withdrawal from the nuclear deal, U.S. sanctions have cut Iran's crude exports from about 2.5 million barrels per day in early 2018 to fewer than 500,000 barrels per day, according to industry estimates. Enditem
"""
write(DOC, "Iran fires missiles at Iraqi bases hosting U.S. troops in retaliation for Soleimani killing", "Xinhua", PUB, TEXT)

d = PDoc(DOC, PUB)
WED, TUE, SUN, FRI = D(2020, 1, 8), D(2020, 1, 7), D(2020, 1, 5), D(2020, 1, 3)
IRGC = ["islamic revolutionary guard corps", "irgc", "guard"]
ZA = ["zarif"]
# quotes
d.Q("Martyr Soleimani,", ["term"], "Islamic Revolutionary Guard Corps", IRGC, WED, core=False)
d.Q("The hard revenge of the Guards has begun,", ["direct"], "Islamic Revolutionary Guard Corps", IRGC, WED)
d.Q("a target.", ["partial"], "Islamic Revolutionary Guard Corps", IRGC, WED)
d.Q("concluded proportionate measures in self-defense", ["partial"], "Mohammad Javad Zarif", ZA, WED)
d.Q("We do not seek escalation or war, but we will defend ourselves against any aggression,", ["direct"], "Mohammad Javad Zarif", ZA, WED)
d.Q("limited to the locations of the U.S. forces", ["partial"], "Adil Abdul-Mahdi", ["abdul-mahdi", "abdul mahdi", "mahdi"])
d.Q("All is well!", ["direct", "partial"], "Donald Trump", ["trump"], R(TUE, WED))
d.Q("clear", ["partial", "term"], "United States Department of Defense", ["pentagon", "department of defense", "defense"], R(TUE, WED))
d.Q("a slap in the face", ["partial"], "Ali Khamenei", ["khamenei", "leader"], WED)
d.Q("Such military actions are not enough,", ["direct"], "Ali Khamenei", ["khamenei", "leader"], WED)

# figures
d.F("more than a dozen ballistic missiles", 12, ["ballistic missile", "missile"], "count", "more_than", ["missile"])
d.F("two military bases", 2, ["military base", "base"], "count", subject_any=["base"])
d.F("22 missiles", 22, ["missile"], "count", subject_any=["missile"])
d.F("17 of them", 17, ["missile"], "count", subject_any=["missile", "ain al-asad"])
d.F("five", 5, ["missile"], "count", subject_any=["missile", "erbil"], ctx=("17 of them on Ain al-Asad and five on the Erbil area",))
d.F("About 5,200 U.S. troops", 5200, ["u.s. troop", "troop", "soldier"], "count", "about", ["troop"])
d.F("nine other people", 9, ["people", "person"], "count", subject_any=["people", "killed"])
d.F("at least 56 people", 56, ["people", "person"], "count", "at_least", ["people", "stampede", "killed"])
d.F("more than 210 others", 210, ["people", "person", "other"], "count", "more_than", ["injured", "others", "stampede"])
d.F("several hours", 3, ["hour"], "duration", "about", ["burial"], core=False)
d.F("all 176 people", 176, ["people", "person"], "count", subject_any=["people", "plane", "board"])
d.F("five months", 5, ["month"], "duration", core=False)
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("about 2.5 million barrels per day", 2.5e6, ["barrel per day"], "measure", "about", ["export", "crude"])
d.F("fewer than 500,000 barrels per day", 5e5, ["barrel per day"], "measure", "less_than", ["export", "crude"])

# events
d.V("Iran fires missiles at Iraqi bases", "fires missiles", ["attack"], WED, IRGC + ["iran"], core=False)
d.V("Iran fires missiles at Iraqi bases", "killing", ["attack"], FRI, ["united states", "u.s."], core=False)
d.V("TEHRAN, Jan. 8 (Xinhua)", "fired", ["attack"], WED, IRGC)
d.V("TEHRAN, Jan. 8 (Xinhua)", "said in a statement", ["statement"], WED, IRGC)
d.V("The missiles struck the Ain al-Asad", "struck", ["attack"], R(TUE, WED), IRGC + ["iran", "missile"])
d.V("The IRGC said the operation", "killing", ["attack"], FRI, ["united states", "u.s."])
d.V("The IRGC said the operation", "The IRGC said", ["statement"], WED, IRGC, core=False)
d.V("\"The hard revenge", "the statement said", ["statement"], WED, IRGC, core=False)
d.V("It warned U.S. allies in the region", "warned", ["threat", "statement"], WED, IRGC + ["it"])
d.V("Iranian Foreign Minister Mohammad Javad Zarif wrote on Twitter", "wrote on Twitter", ["statement"], WED, ZA)
d.V("\"We do not seek escalation", "he said", ["statement"], WED, ZA + ["he"], core=False)
d.V("In Baghdad, the Iraqi military said", "said in a statement", ["statement"], WED, ["iraqi military", "iraq"])
d.V("In Baghdad, the Iraqi military said", "landed", ["attack"], WED, [])
d.V("Iraqi Prime Minister Adil Abdul-Mahdi said his office", "received a verbal message", ["statement", "other"], WED, ["iran", "tehran"], core=False)
d.V("Iraqi Prime Minister Adil Abdul-Mahdi said his office", "said", ["statement"], None, ["abdul-mahdi", "mahdi"], core=False)
d.V("Abdul-Mahdi said Iran told him", "said", ["statement"], None, ["abdul-mahdi", "mahdi"], core=False)
d.V("U.S. President Donald Trump wrote on Twitter late on Tuesday", "wrote on Twitter", ["statement"], TUE, ["trump"])
d.V("The Pentagon said earlier", "said", ["statement"], R(TUE, WED), ["pentagon", "defense"], core=False)
d.V("Speaking to visitors from the holy city of Qom", "said", ["statement"], WED, ["khamenei", "leader"])
d.V("\"Such military actions are not enough,\"", "added", ["statement"], WED, ["khamenei", "leader"], core=False)
d.V("On Sunday, the Iraqi parliament passed", "passed a resolution", ["legislation"], SUN, ["iraqi parliament", "parliament", "iraq"])
d.V("On the same day, Iran said it would no longer observe", "would no longer observe", ["withdrawal", "statement"], SUN, ["iran"])
d.V("On the same day, Iran said it would no longer observe", "quit the accord", ["withdrawal"], D(2018, 5), ["united states"])
d.V("Soleimani and nine other people", "were killed", ["attack"], FRI, ["united states", "u.s.", "trump"])
d.V("Soleimani and nine other people", "had been ordered", ["attack", "other"], FRI, ["trump"], core=False)
d.V("On Tuesday, at least 56 people", "stampede", ["other"], TUE)
d.V("His burial was delayed", "delayed", ["other"], TUE, core=False)
d.V("Separately, a Ukrainian passenger plane crashed", "crashed", ["other", "attack"], WED)
d.V("Tehran and Washington cut diplomatic ties", "cut diplomatic ties", ["other", "withdrawal"], D(1980, 4), ["tehran", "washington", "united states", "iran"])
d.V("Tehran and Washington cut diplomatic ties", "seized", ["seizure"], D(1979, 11), ["student"])
d.V("Tehran and Washington cut diplomatic ties", "took 52 Americans hostage", ["seizure"], D(1979, 11), ["student"], core=False)
d.V("Since the U.S. withdrawal from the nuclear deal", "have cut", ["sanction"], R(D(2018, 1), WED), ["united states", "u.s."], core=False)
d.save()
