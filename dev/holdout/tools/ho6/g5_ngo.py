from mk import write
from ann import Doc, D, R

DOC = "ho6-ngo-report-dual-nationals-detained"
PUB = "2023-09-22"
TEXT = """CASPIAN RIGHTS MONITOR
Report summary, released Friday 22 September 2023

BARGAINING CHIPS: DUAL AND FOREIGN NATIONALS IN IRAN'S PRISONS, 2015-2023

Summary

This summary accompanies a 64-page report based on interviews with 37 former detainees, relatives and lawyers. Caspian Rights Monitor (CRM) is an independent organisation registered in Geneva. Names of some interviewees have been withheld at their request.

Key findings

- CRM has documented at least 66 cases of dual or foreign nationals detained in Iran since January 2015, of whom at least 19 were still held on 15 September 2023.
- In at least 41 of those cases the detainee was charged with espionage or with "cooperation with a hostile state", charges that can carry the death penalty.
- Detainees who were eventually freed spent a median of 3.2 years in custody.
- Iranian authorities carried out at least 582 executions in 2022, the highest figure since 2015, and at least 354 in the first six months of 2023, according to figures CRM compiled with partner groups.

The exchange of 18 September

On Monday, five U.S. citizens held in Iran, among them Siamak Namazi, Emad Shargi and Morad Tahbaz, were flown to Doha and then on to Washington. In return, the United States granted clemency to five Iranians held or charged in the U.S., and allowed roughly $6 billion in Iranian oil revenue frozen in South Korea to be moved to banks in Qatar. Namazi had been detained since October 2015, nearly eight years.

"These are people, not currency," U.S. Secretary of State Antony Blinken said on Monday, adding that Washington remained "clear-eyed" about Tehran. Speaking in New York on Tuesday, President Ebrahim Raisi said the exchange could be "a step" toward other humanitarian measures, "if the American side shows good faith."

CRM welcomes the releases. But in its view the exchange confirms a pattern: of the 47 detainees freed since 2015, at least 30 were released as part of a deal or a payment involving their second government.

"Hostage diplomacy works, and that is exactly the problem," said CRM's director, Ines Molnar. "Every release is followed by new arrests."

Cases still open

Among those still held is Kian Farahani, 46, an Iranian-Canadian civil engineer who was arrested at Tehran's Imam Khomeini airport on 3 March 2022 as he tried to fly home after visiting his father. He was sentenced in January to ten years in prison on espionage charges after a trial that his lawyer says lasted less than an hour. He was released on bail on 14 June and rearrested eleven days later.

His sister, Nadia Farahani, told CRM that the family had followed every round of talks. "Every time a deal is announced, we hope his name is on it," she said. "It never is. He is not a spy. He is an engineer who went home to see his father."

Iran does not recognise dual nationality. The judiciary's spokesman, Masoud Setayeshi, said in August that foreign and dual nationals were tried "in accordance with the law" and that their cases were "in no way political".

Other releases this year included two French citizens, Benjamin Brière and Bernard Phelan, who were freed on 12 May on humanitarian grounds, and a Belgian aid worker, Olivier Vandecasteele, who was exchanged on 26 May for an Iranian diplomat convicted in Belgium of plotting a bombing.

Context

More than 20,000 people were arrested during the protests that followed the death in custody of Mahsa Amini on 16 September 2022, according to UN experts. Several of the dual nationals in this report were detained in that period.

Recommendations

CRM calls on governments to coordinate their responses, to refuse separate payments, and to support the renewal of the mandate of the UN Special Rapporteur on Iran, which the Human Rights Council is due to consider next spring.
"""
write(DOC, "Bargaining chips: dual and foreign nationals in Iran's prisons, 2015-2023 (report summary)", "Caspian Rights Monitor", PUB, TEXT)

d = Doc(DOC, PUB)
MON = D(2023, 9, 18)
TUE = D(2023, 9, 19)
# quotes
d.Q("cooperation with a hostile state", ["term", "partial"], None, ())
d.Q("These are people, not currency,", ["direct"], "Antony Blinken", ["blinken"], MON)
d.Q("clear-eyed", ["partial", "term"], "Antony Blinken", ["blinken"], MON)
d.Q("a step", ["partial"], "Ebrahim Raisi", ["raisi"], TUE)
d.Q("if the American side shows good faith.", ["partial"], "Ebrahim Raisi", ["raisi"], TUE)
d.Q("Hostage diplomacy works, and that is exactly the problem,", ["direct"], "Ines Molnar", ["molnar"])
d.Q("Every release is followed by new arrests.", ["direct"], "Ines Molnar", ["molnar"])
d.Q("Every time a deal is announced, we hope his name is on it,", ["direct"], "Nadia Farahani", ["farahani"])
d.Q("It never is. He is not a spy. He is an engineer who went home to see his father.", ["direct"], "Nadia Farahani", ["farahani"])
d.Q("in accordance with the law", ["partial"], "Masoud Setayeshi", ["setayeshi"], D(2023, 8))
d.Q("in no way political", ["partial"], "Masoud Setayeshi", ["setayeshi"], D(2023, 8))
# figures
d.F("64-page", 64, ["page"], "count", subject_any=["report"])
d.F("37 former detainees, relatives and lawyers", 37, ["former detainee", "detainee", "interview", "person"], "count", subject_any=["interview", "detainee"])
d.F("at least 66 cases", 66, ["case"], "count", "at_least", ["dual", "foreign national", "case"])
d.F("at least 19", 19, ["case", "national", "detainee"], "count", "at_least", ["held", "still"])
d.F("at least 41", 41, ["case"], "count", "at_least", ["espionage", "charged", "case"])
d.F("a median of 3.2 years", 3.2, ["year"], "duration", subject_any=["custody", "detainee"])
d.F("at least 582 executions", 582, ["execution"], "count", "at_least", ["execution"])
d.F("at least 354", 354, ["execution"], "count", "at_least", ["execution"])
d.F("the first six months", 6, ["month"], "duration", core=False)
d.F("five U.S. citizens", 5, ["u.s. citizen", "citizen"], "count", subject_any=["citizen"])
d.F("five Iranians", 5, ["iranian"], "count", subject_any=["iranian", "clemency"])
d.F("roughly $6 billion", 6e9, ["usd"], "money", "about", ["oil revenue", "revenue"])
d.F("nearly eight years", 8, ["year"], "duration", "about", ["namazi", "detained"])
d.F("47 detainees", 47, ["detainee"], "count", subject_any=["detainee", "freed"])
d.F("at least 30", 30, ["detainee"], "count", "at_least", ["released", "detainee"])
d.F("46", 46, ["year"], "duration", core=False, ctx=("Kian Farahani, 46,",))
d.F("ten years", 10, ["year"], "duration", subject_any=["prison", "sentence", "farahani"])
d.F("less than an hour", 1, ["hour"], "duration", "less_than", ["trial"])
d.F("eleven days later", 11, ["day"], "duration", core=False)
d.F("two French citizens", 2, ["french citizen", "citizen"], "count", subject_any=["french"])
d.F("More than 20,000 people", 20000, ["people", "person"], "count", "more_than", ["arrested", "protest", "people"])
d.F("Several of the dual nationals", 3, ["dual national"], "count", "about", core=False)
# events
US = ["united states", "u.s.", "washington"]
d.E("- CRM has documented at least 66 cases of dual or foreign nationals detained in Iran since January 2015, of whom at least 19 were still held on 15 September 2023.",
    "detained in Iran", ["seizure"], ("2015-01-01", "2023-09-15"), ["iran"])
d.E("- Iranian authorities carried out at least 582 executions in 2022, the highest figure since 2015, and at least 354 in the first six months of 2023, according to figures CRM compiled with partner groups.",
    "carried out at least 582 executions", ["other", "attack"], D(2022), ["iran"])
d.E("- Iranian authorities carried out at least 582 executions in 2022, the highest figure since 2015, and at least 354 in the first six months of 2023, according to figures CRM compiled with partner groups.",
    "at least 354 in the first six months of 2023", ["other", "attack"], ("2023-01-01", "2023-06-30"), ["iran"])
d.E("On Monday, five U.S. citizens held in Iran, among them Siamak Namazi, Emad Shargi and Morad Tahbaz, were flown to Doha and then on to Washington.",
    "were flown to Doha", ["other", "agreement", "seizure"], MON)
s = "In return, the United States granted clemency to five Iranians held or charged in the U.S., and allowed roughly $6 billion in Iranian oil revenue frozen in South Korea to be moved to banks in Qatar."
d.E(s, "granted clemency", ["other", "agreement", "legislation"], MON, US)
d.E(s, "allowed roughly $6 billion in Iranian oil revenue frozen in South Korea to be moved", ["sanction", "agreement", "other"], None, US)
d.E("Namazi had been detained since October 2015, nearly eight years.", "detained", ["seizure"], D(2015, 10))
d.E("\"These are people, not currency,\" U.S. Secretary of State Antony Blinken said on Monday, adding that Washington remained \"clear-eyed\" about Tehran.", "said on Monday", ["statement"], MON, ["blinken"])
d.E("Speaking in New York on Tuesday, President Ebrahim Raisi said the exchange could be \"a step\" toward other humanitarian measures, \"if the American side shows good faith.\"",
    "Speaking in New York on Tuesday", ["statement"], TUE, ["raisi"])
d.E("Among those still held is Kian Farahani, 46, an Iranian-Canadian civil engineer who was arrested at Tehran's Imam Khomeini airport on 3 March 2022 as he tried to fly home after visiting his father.",
    "was arrested", ["seizure"], D(2022, 3, 3))
d.E("He was sentenced in January to ten years in prison on espionage charges after a trial that his lawyer says lasted less than an hour.", "was sentenced", ["other"], D(2023, 1))
s = "He was released on bail on 14 June and rearrested eleven days later."
d.E(s, "released on bail", ["other"], D(2023, 6, 14))
d.E(s, "rearrested", ["seizure"], D(2023, 6, 25))
d.E("The judiciary's spokesman, Masoud Setayeshi, said in August that foreign and dual nationals were tried \"in accordance with the law\" and that their cases were \"in no way political\".",
    "said in August", ["statement"], D(2023, 8), ["setayeshi"])
s = "Other releases this year included two French citizens, Benjamin Brière and Bernard Phelan, who were freed on 12 May on humanitarian grounds, and a Belgian aid worker, Olivier Vandecasteele, who was exchanged on 26 May for an Iranian diplomat convicted in Belgium of plotting a bombing."
d.E(s, "were freed on 12 May", ["other"], D(2023, 5, 12))
d.E(s, "was exchanged on 26 May", ["other", "agreement"], D(2023, 5, 26))
s = "More than 20,000 people were arrested during the protests that followed the death in custody of Mahsa Amini on 16 September 2022, according to UN experts."
d.E(s, "were arrested", ["seizure", "other"], ("2022-09-16", "2023-09-22"))
d.E(s, "the death in custody of Mahsa Amini", ["other", "attack"], D(2022, 9, 16))
d.E("CRM calls on governments to coordinate their responses, to refuse separate payments, and to support the renewal of the mandate of the UN Special Rapporteur on Iran, which the Human Rights Council is due to consider next spring.",
    "is due to consider", ["other"], ("2024-03-01", "2024-06-30"), ["human rights council"], core=False)
d.save()
