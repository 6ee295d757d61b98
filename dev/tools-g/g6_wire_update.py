from mk import write
from fx import FDoc, D, R

DOC = "dev-g-wire-update-americans-freed-doha"
PUB = "2024-01-26"  # a Friday
TEXT = """UPDATE 2-Iran frees two detained Americans on medical grounds; U.S. says no deal was made

(Adds State Department comment in paragraphs 5-7, background on 2023 exchange in paragraphs 10-11)

By Lena Hartigan and Omid Rastegar

DUBAI/WASHINGTON, Jan 26 (MPA) - Iran released two detained U.S. citizens on Thursday on what its judiciary called humanitarian grounds, and the men landed in Doha overnight on a Qatari government plane, officials from both countries said.

The two men, identified by their families as Daniel Korvick, 61, a retired engineer from Ohio, and Samir Haddadian, 44, an Iranian-American art dealer, had been held in Tehran's Evin prison since their arrests in 2022.

Iranian judiciary spokesman Hamed Sabzevari said on Tuesday that the men had been granted "medical furlough" because of their health and that the decision was "purely humanitarian".

A spokesman for Qatar's foreign ministry said the men were "in good spirits" after landing and would undergo medical checks before flying on to the United States.

"We welcome the release of these two Americans, who should never have been detained in the first place," State Department spokesman Matthew Miller told reporters on Thursday. "No money changed hands and no sanctions were eased."

Miller said Washington had been told of the decision by Swiss diplomats, who represent U.S. interests in Iran, only hours before the men were driven to the airport. He declined to say whether the two would be required to return to Iran.

A senior administration official, speaking on condition of anonymity, said the release was "not a signal of anything broader" and that Iran still holds at least three other Americans.

Iran's foreign ministry spokesman, Nasser Kanaani, said on Wednesday that Tehran was ready to discuss "all humanitarian issues" with Washington through intermediaries, and he accused the United States of holding "dozens of Iranian nationals" on sanctions charges.

The release follows a round of indirect contacts in Muscat on Monday, according to two diplomats in the region, who said Omani officials had carried messages between the two sides. Oman's foreign ministry did not respond to a request for comment.

In September 2023, five Americans were freed in an exchange that also unlocked about $6 billion in Iranian funds held in South Korea, which were transferred to banks in Qatar. Washington said at the time that the money could be used only for humanitarian purchases.

Weeks later, after the Oct. 7 attack on Israel by Hamas, U.S. and Qatari officials agreed to keep the funds frozen.

The Treasury Department imposed sanctions earlier this month on a network it said supplied drone parts to Iran's Revolutionary Guards. Tensions remain high over attacks on U.S. forces in Iraq and Syria by Iran-backed militias, which the Pentagon says number more than 150 since mid-October.

Korvick's daughter, Emily, said in a statement on Friday that the family was "overwhelmed with relief". "He has missed two Christmases and the birth of his first grandchild," she said. "We just want to hold him."

(This story has been corrected to say the men were released on Thursday, not Wednesday, in paragraph 1)

(Reporting by Lena Hartigan in Dubai and Omid Rastegar in Washington; Editing by Paul Whitcombe)
"""
write(DOC, "UPDATE 2-Iran frees two detained Americans on medical grounds; U.S. says no deal was made",
      "Meridian Press Agency", PUB, TEXT)

d = FDoc(DOC, PUB)
MON, TUE, WED, THU, FRI = (D(2024, 1, x) for x in (22, 23, 24, 25, 26))
OVN = ("2024-01-25", "2024-01-26")
REL = ["other", "seizure", "agreement"]
d.Q("medical furlough", ["partial", "term"], "Hamed Sabzevari", ["sabzevari", "judiciary"], TUE)
d.Q("purely humanitarian", ["partial"], "Hamed Sabzevari", ["sabzevari", "judiciary"], TUE)
d.Q("in good spirits", ["partial"], "Qatar's foreign ministry", ["qatar", "foreign ministry"], OVN)
d.Q("We welcome the release of these two Americans, who should never have been detained in the first place,", ["direct"], "Matthew Miller", ["miller"], THU)
d.Q("No money changed hands and no sanctions were eased.", ["direct"], "Matthew Miller", ["miller"], THU)
d.Q("not a signal of anything broader", ["partial"], None, [])
d.Q("all humanitarian issues", ["partial"], "Nasser Kanaani", ["kanaani"], WED)
d.Q("dozens of Iranian nationals", ["partial"], "Nasser Kanaani", ["kanaani"], WED)
d.Q("overwhelmed with relief", ["partial"], "Emily Korvick", ["korvick"], FRI)
d.Q("He has missed two Christmases and the birth of his first grandchild,", ["direct"], "Emily Korvick", ["korvick"], FRI)
d.Q("We just want to hold him.", ["direct"], "Emily Korvick", ["korvick"], FRI)
# figures
d.F("two detained Americans", 2, ["american", "detained american"], "count", subject_any=["american"])
d.F("two detained U.S. citizens", 2, ["citizen", "u.s. citizen", "us citizen", "detained u.s. citizen"], "count", subject_any=["citizen", "american"])
d.F("The two men", 2, ["man"], "count", core=False)
d.F("61", 61, ["year"], "duration", core=False)
d.F("44", 44, ["year"], "duration", core=False)
d.F("these two Americans", 2, ["american"], "count", core=False)
d.F("the two would", 2, ["american", "man"], "count", core=False)
d.F("at least three other Americans", 3, ["american"], "count", "at_least", ["american"])
d.F("dozens of Iranian nationals", 24, ["national", "iranian national"], "count", "about", core=False)
d.F("two diplomats", 2, ["diplomat"], "count", subject_any=["diplomat"])
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("five Americans", 5, ["american"], "count", subject_any=["american"])
d.F("about $6 billion", 6e9, ["usd"], "money", "about", ["fund", "iranian"])
d.F("more than 150", 150, ["attack"], "count", "more_than", ["attack", "militia"])
d.F("two Christmases", 2, ["christmas"], "count", subject_any=["christmas", "missed"])
# events
d.EV("Iran frees two detained Americans", REL, THU, ["iran"], core=False)
d.EV("U.S. says no deal was made", ["statement"], THU, ["united states", "u.s", "us"], core=False)
d.EV("Iran released two detained U.S. citizens on Thursday", REL, THU, ["iran"])
d.EV("had been held in Tehran's Evin prison", ["seizure"], ("2022-01-01", "2024-01-25"), [])
d.EV("Sabzevari said on Tuesday", ["statement"], TUE, ["sabzevari", "judiciary"])
d.EV("had been granted \"medical furlough\"", REL, ("2024-01-23", "2024-01-25"), ["judiciary", "iran"], core=False)
d.EV("A spokesman for Qatar's foreign ministry said", ["statement"], OVN, ["qatar", "foreign ministry"])
d.EV("Matthew Miller told reporters on Thursday", ["statement"], THU, ["miller", "state department"])
d.EV("He declined to say", ["statement"], THU, ["miller"], core=False)
d.EV("A senior administration official, speaking on condition", ["statement"], None, [], core=False)
d.EV("said on Wednesday that Tehran was ready", ["statement"], WED, ["kanaani", "foreign ministry", "iran"])
d.EV("he accused the United States", ["statement"], WED, ["kanaani"], core=False)
d.EV("a round of indirect contacts in Muscat on Monday", ["negotiation"], MON, ["iran", "united states", "oman"])
d.EV("five Americans were freed in an exchange", REL, D(2023, 9), [])
d.EV("were transferred to banks in Qatar", ["other", "agreement"], D(2023, 9), [], core=False)
d.EV("the Oct. 7 attack on Israel by Hamas", ["attack"], D(2023, 10, 7), ["hamas"])
d.EV("agreed to keep the funds frozen", ["agreement", "sanction"], ("2023-10-07", "2023-11-30"), ["u.s", "united states", "qatar"])
d.EV("imposed sanctions earlier this month", ["sanction", "designation"], ("2024-01-01", PUB), ["treasury"])
d.EV("attacks on U.S. forces in Iraq and Syria", ["attack"], ("2023-10-01", PUB), ["militia", "iran"])
d.EV("said in a statement on Friday", ["statement"], FRI, ["korvick"])
d.EV("Miller said Washington had been told", ["statement"], THU, ["miller"], core=False)
d.EV("had been told of the decision by Swiss diplomats", ["statement", "other"], THU, ["swiss", "switzerland"])
d.EV("Washington said at the time", ["statement"], D(2023, 9), ["washington", "united states"])
d.EV("corrected to say the men were released on Thursday", REL, THU, [], core=False)
d.save()
