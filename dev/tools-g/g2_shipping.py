from mk import write
from fx import FDoc, D, R

DOC = "dev-g-shipping-calliope-star-seizure-premiums"
PUB = "2024-05-02"  # a Thursday
TEXT = """Suezmax seized off Fujairah as Hormuz war-risk premiums climb

Premiums for Gulf transits have doubled in a week, underwriters say, after Iran's Revolutionary Guards boarded a Liberia-flagged tanker

By Hugo Brennagh, Gulf correspondent

Iranian forces seized a Liberia-flagged suezmax tanker in the Gulf of Oman on Tuesday, the third commercial vessel detained in the region this year, sending war-risk premiums for Strait of Hormuz transits to their highest level since 2019.

The 158,000 dwt Calliope Star, owned by a Piraeus-based company and chartered to carry Iraqi crude to Rotterdam, was boarded by members of the Islamic Revolutionary Guard Corps Navy about 40 nautical miles east of Fujairah shortly after dawn, according to the maritime security firm Tidewatch Maritime Security. Its 23 crew members, including 14 Filipino seafarers, are reported to be unharmed.

Iran's Tasnim news agency said on Wednesday that the vessel had been "detained on a judicial order" after colliding with an Iranian fishing boat. Tidewatch said it had seen no evidence of a collision.

"This is the pattern we saw in 2019 and again in April last year: a legal pretext announced a day after a ship is taken," said Marguerite Osei, head of intelligence at Tidewatch. She said the boarding took less than 20 minutes.

Premiums

Additional war-risk premiums for a seven-day call in the Gulf rose to about 0.5% of hull value this week, from roughly 0.2% in mid-April and 0.05% at the start of the year, according to the London broker Oakmere Risk Partners. For a very large crude carrier insured at $100m, a premium of 0.5% adds $500,000 to the cost of a voyage.

"Underwriters had priced in the Aries seizure. They had not priced in a second boarding within three weeks," said Desmond Achterberg, head of marine war at Oakmere. He said some owners who asked for quotes on Monday received them on Wednesday at levels not seen since 2019.

Thalassa Mutual War Risks, which insures about 1,800 vessels, said it would not cancel cover but would review its rates daily. "We are not leaving the Gulf," its chief underwriter, Ingrid Solberg, said, "but nobody should expect last year's prices."

Background

The seizure comes less than three weeks after Iranian commandos landed by helicopter on the Portuguese-flagged container ship MSC Aries near the Strait of Hormuz on 13 April, a day before Iran launched more than 300 drones and missiles at Israel. In April 2023, Iran seized the Marshall Islands-flagged tanker Advantage Sweet in the Gulf of Oman. The British-flagged Stena Impero was seized by the Guards on 19 July 2019 and held for more than two months.

US Central Command said overnight that a destroyer had tracked the Calliope Star after the boarding and described the seizure as "an act of piracy in international waters". Washington has accused Tehran of using ships as bargaining chips since the Guards took the South Korean tanker Hankuk Chemi in January 2021.

About 20% of global oil consumption passes through the strait, which is 21 nautical miles wide at its narrowest point.

The Greek owner, Kelados Maritime, said in a statement late on Tuesday that it was "in contact with all relevant authorities" and that the safety of the crew was its only priority.

Suezmax rates on the Basrah-Rotterdam route rose 12% on Wednesday as charterers sought ships whose owners were willing to call in the Gulf.
"""
write(DOC, "Suezmax seized off Fujairah as Hormuz war-risk premiums climb", "Sealane Weekly", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE, WED, MON = D(2024, 4, 30), D(2024, 5, 1), D(2024, 4, 29)
IR = ["iran", "revolutionary guard", "irgc", "guards"]
d.Q("detained on a judicial order", ["partial"], "Tasnim", ["tasnim"], WED)
d.Q("This is the pattern we saw in 2019 and again in April last year: a legal pretext announced a day after a ship is taken,", ["direct"], "Marguerite Osei", ["osei"])
d.Q("Underwriters had priced in the Aries seizure. They had not priced in a second boarding within three weeks,", ["direct"], "Desmond Achterberg", ["achterberg"])
d.Q("We are not leaving the Gulf,", ["direct"], "Ingrid Solberg", ["solberg"])
d.Q("but nobody should expect last year's prices.", ["direct", "partial"], "Ingrid Solberg", ["solberg"])
d.Q("an act of piracy in international waters", ["partial"], "US Central Command", ["central command", "centcom"], ("2024-05-01", "2024-05-02"))
d.Q("in contact with all relevant authorities", ["partial"], "Kelados Maritime", ["kelados"], TUE)
# figures
d.F("158,000 dwt", 158000, ["deadweight ton", "dwt", "ton", "tonne", "deadweight tonne"], "measure", subject_any=["calliope", "tanker"])
d.F("about 40 nautical miles", 40, ["nautical mile", "mile"], "measure", "about", ["fujairah", "east", "boarded"])
d.F("23 crew members", 23, ["crew member", "member", "crew"], "count", subject_any=["crew"])
d.F("14 Filipino seafarers", 14, ["seafarer", "filipino seafarer"], "count", subject_any=["seafarer", "filipino"])
d.F("less than 20 minutes", 20, ["minute"], "duration", "less_than", ["boarding"])
d.F("seven-day", 7, ["day"], "duration", subject_any=["call"])
d.F("about 0.5%", 0.5, ["percent"], "percent", "about", ["premium"])
d.F("roughly 0.2%", 0.2, ["percent"], "percent", "about", ["premium"])
d.F("0.05%", 0.05, ["percent"], "percent", subject_any=["premium"])
d.F("$100m", 1e8, ["usd"], "money", subject_any=["carrier", "insured", "vlcc"])
d.F("0.5%", 0.5, ["percent"], "percent", subject_any=["premium"], ctx=("a premium of 0.5%",))
d.F("$500,000", 5e5, ["usd"], "money", subject_any=["premium", "voyage", "cost"])
d.F("within three weeks", 3, ["week"], "duration", "at_most", ["boarding"])
d.F("about 1,800 vessels", 1800, ["vessel"], "count", "about", ["thalassa", "vessel", "insures"])
d.F("less than three weeks", 3, ["week"], "duration", "less_than", core=False)
d.F("more than 300 drones and missiles", 300, ["drone", "drones and missile", "drone and missile", "missile"], "count", "more_than", ["drone", "missile"])
d.F("more than two months", 2, ["month"], "duration", "more_than", ["stena", "held"])
d.F("About 20%", 20, ["percent"], "percent", "about", ["oil", "consumption"])
d.F("21 nautical miles", 21, ["nautical mile", "mile"], "measure", subject_any=["strait", "wide"])
d.F("12%", 12, ["percent"], "percent", subject_any=["rate", "suezmax"])
# events
d.EV("Suezmax seized off Fujairah", ["seizure"], TUE, IR, core=False)
d.EV("boarded a Liberia-flagged tanker", ["seizure"], TUE, IR, core=False)
d.EV("Iranian forces seized", ["seizure"], TUE, IR)
d.EV("was boarded by members", ["seizure"], TUE, IR, core=False)
d.EV("Tasnim news agency said on Wednesday", ["statement"], WED, ["tasnim"])
d.EV("said Marguerite Osei", ["statement"], None, ["osei"], core=False)
d.EV("said Desmond Achterberg", ["statement"], None, ["achterberg"], core=False)
d.EV("said it would not cancel cover", ["statement"], None, ["thalassa"], core=False)
d.EV("commandos landed by helicopter", ["seizure"], D(2024, 4, 13), ["iran"])
d.EV("Iran launched more than 300 drones", ["attack"], ("2024-04-13", "2024-04-14"), ["iran"])
d.EV("Iran seized the Marshall Islands-flagged tanker", ["seizure"], D(2023, 4), ["iran"])
d.EV("was seized by the Guards on 19 July 2019", ["seizure"], D(2019, 7, 19), IR)
d.EV("US Central Command said overnight", ["statement"], ("2024-05-01", "2024-05-02"), ["central command", "centcom", "united states", "us"])
d.EV("the Guards took the South Korean tanker", ["seizure"], D(2021, 1), IR)
d.EV("said in a statement late on Tuesday", ["statement"], TUE, ["kelados"])
d.EV("Tidewatch said it had seen no evidence", ["statement"], None, ["tidewatch"], core=False)
d.EV("She said the boarding took", ["statement"], None, ["osei"], core=False)
d.EV("He said some owners", ["statement"], None, ["achterberg"], core=False)
d.EV("Ingrid Solberg, said", ["statement"], None, ["solberg"], core=False)
d.save()
