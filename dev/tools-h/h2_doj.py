from mk import write
from fx import FDoc, D, R

DOC = "dev-h-doj-release-drone-parts-export-case"
PUB = "2024-03-14"  # a Thursday
TEXT = """Department of Justice
Office of Public Affairs

FOR IMMEDIATE RELEASE
Thursday, March 14, 2024

Three Charged with Illegally Exporting U.S. Drone Components to Iran

Defendants Allegedly Routed More Than $2.1 Million in Aircraft Parts Through Front Companies in Turkey and the UAE

A federal grand jury in Boston returned an indictment unsealed today charging three men with conspiring to export U.S.-origin aircraft and drone components to Iran in violation of U.S. sanctions and export controls.

Kaveh Mirsadeghi, 52, of Newton, Massachusetts; Levent Ozkaradag, 47, of Istanbul; and Arash Tabatabaei-Ruhi, 39, of Dubai, are charged with one count of conspiracy to violate the International Emergency Economic Powers Act (IEEPA), one count of conspiracy to commit smuggling and five counts of unlawful export. Mirsadeghi was arrested on Tuesday at his home and made his initial appearance in federal court in Boston yesterday. The other two defendants remain at large.

According to the indictment, between June 2019 and September 2023 the defendants bought at least 380 items, including servo motors, navigation modules and engine parts, from American suppliers and shipped them to Iran through front companies in Turkey and the United Arab Emirates. The parts were worth more than $2.1 million. In a message in 2021, Tabatabaei-Ruhi allegedly told a co-conspirator that the buyers were "the boys in uniform" and that the boxes "must not say Iran anywhere." In one shipment in May 2022, the defendants allegedly falsely described 60 navigation modules as "agricultural sensors" on an export declaration. Investigators later found identical modules in the wreckage of a drone that was shot down in Iraq by coalition forces in January 2023.

"These defendants put American technology into the hands of a regime that arms militias and threatens our troops," said Assistant Attorney General Matthew G. Olsen of the Justice Department's National Security Division. "We will find the people who feed Iran's drone program, wherever they hide."

"Export controls are not paperwork. They are a line of defense," said U.S. Attorney Joshua S. Levy for the District of Massachusetts. "Anyone in this district who helps Tehran evade them should expect to be charged."

"Iran's drone program depends on parts it cannot make itself," said Assistant Secretary for Export Enforcement Matthew S. Axelrod of the Commerce Department. "We intend to keep it that way."

"This defendant allegedly turned a suburban home into a shipping office for a foreign military program," said Special Agent in Charge Jodi Cohen of the FBI Boston Division. "That is not business. It is a threat to our national security."

The Assistant Attorney General added that the case was the fourth Iran-related export prosecution brought by the division's Disruptive Technology Strike Force since it was launched in February 2023.

Earlier this month, the Commerce Department added two of the front companies, Anatolia Aerotek and Gulfway Avionics FZE, to its Entity List. A Commerce official said last week that the companies had acted "as a revolving door" for restricted parts.

If convicted, each defendant faces a maximum penalty of 20 years in prison and a fine of up to $1 million on the IEEPA conspiracy count, and up to 10 years on the smuggling count. A federal district court judge will determine any sentence after considering the U.S. Sentencing Guidelines and other statutory factors.

The FBI Boston Field Office, the Commerce Department's Office of Export Enforcement and Homeland Security Investigations investigated the case. The Justice Department thanks U.S. Customs and Border Protection and its foreign partners for their assistance.

Assistant U.S. Attorney Rachel E. Moorcroft for the District of Massachusetts and Trial Attorney David Lindqvist of the National Security Division's Counterintelligence and Export Control Section are prosecuting the case.

The case number is 1:24-cr-10087.

An indictment is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Updated March 14, 2024
"""
write(DOC, "Three Charged with Illegally Exporting U.S. Drone Components to Iran",
      "Justice Department press release (style imitation)", PUB, TEXT)

d = FDoc(DOC, PUB)
TODAY = D(2024, 3, 14)
O = ["olsen", "assistant attorney general"]
L = ["levy", "u.s. attorney"]
d.Q("agricultural sensors", ["term", "partial"], None, [], core=False)
d.Q("These defendants put American technology into the hands of a regime that arms militias and threatens our troops,", ["direct"], "Matthew G. Olsen", O, TODAY)
d.Q("We will find the people who feed Iran's drone program, wherever they hide.", ["direct"], "Matthew G. Olsen", O, TODAY)
d.Q("Export controls are not paperwork. They are a line of defense,", ["direct"], "Joshua S. Levy", L, TODAY)
d.Q("Anyone in this district who helps Tehran evade them should expect to be charged.", ["direct"], "Joshua S. Levy", L, TODAY)
d.Q("the boys in uniform", ["partial"], "Arash Tabatabaei-Ruhi", ["tabatabaei"], D(2021))
d.Q("must not say Iran anywhere.", ["partial"], "Arash Tabatabaei-Ruhi", ["tabatabaei"], D(2021))
d.Q("Iran's drone program depends on parts it cannot make itself,", ["direct"], "Matthew S. Axelrod", ["axelrod"], TODAY)
d.Q("We intend to keep it that way.", ["direct"], "Matthew S. Axelrod", ["axelrod"], TODAY)
d.Q("This defendant allegedly turned a suburban home into a shipping office for a foreign military program,", ["direct"], "Jodi Cohen", ["cohen"], TODAY)
d.Q("That is not business. It is a threat to our national security.", ["direct"], "Jodi Cohen", ["cohen"], TODAY)
d.Q("as a revolving door", ["partial"], "Commerce official", ["commerce"], ("2024-03-04", "2024-03-10"))
# figures
d.F("Three", 3, ["person", "man", "defendant"], "count", subject_any=["charg", "defendant", "men", "man"])
d.F("two of the front companies", 2, ["company", "front company"], "count", subject_any=["compan", "entity list"])
d.F("More Than $2.1 Million", 2.1e6, ["usd"], "money", "more_than", ["part", "aircraft"])
d.F("three men", 3, ["man"], "count", subject_any=["men", "man", "charg"])
d.F("52", 52, ["year"], "duration", core=False)
d.F("47", 47, ["year"], "duration", core=False)
d.F("39", 39, ["year"], "duration", core=False)
d.F("one count of conspiracy to violate", 1, ["count"], "count", subject_any=["conspiracy", "ieepa"], core=False)
d.F("one count of conspiracy to commit smuggling", 1, ["count"], "count", subject_any=["smuggling", "conspiracy"], core=False)
d.F("five counts", 5, ["count"], "count", subject_any=["export", "count"])
d.F("The other two defendants", 2, ["defendant"], "count", core=False)
d.F("at least 380 items", 380, ["item", "part", "component"], "count", "at_least", ["servo", "part", "motor", "component"])
d.F("more than $2.1 million", 2.1e6, ["usd"], "money", "more_than", ["part"])
d.F("60 navigation modules", 60, ["navigation module", "module"], "count", subject_any=["module", "navigation"])
d.F("a maximum penalty of 20 years", 20, ["year"], "duration", "at_most", ["penalty", "prison", "sentence"])
d.F("up to $1 million", 1e6, ["usd"], "money", "up_to", ["fine"])
d.F("up to 10 years", 10, ["year"], "duration", "up_to", ["smuggling", "prison", "penalty"])
# events
d.EV("Three Charged with Illegally Exporting", ["other"], TODAY, [], core=False)
d.EV("returned an indictment unsealed today", ["other"], TODAY, ["grand jury"])
d.EV("are charged with one count", ["other"], TODAY, [], core=False)
d.EV("Mirsadeghi was arrested on Tuesday", ["seizure", "other"], D(2024, 3, 12), [])
d.EV("made his initial appearance", ["other"], D(2024, 3, 13), ["mirsadeghi"], core=False)
d.EV("the defendants bought at least 380", ["sanction", "other", "support"], R(D(2019, 6), D(2023, 9)), ["defendant"])
d.EV("the defendants allegedly falsely described", ["other"], D(2022, 5), ["defendant"], core=False)
d.EV("shot down in Iraq by coalition forces", ["attack"], D(2023, 1), ["coalition"])
d.EV("said Assistant Attorney General Matthew G. Olsen", ["statement"], TODAY, O, core=False)
d.EV("said U.S. Attorney Joshua S. Levy", ["statement"], TODAY, L, core=False)
d.EV("allegedly told a co-conspirator", ["statement"], D(2021), ["tabatabaei"], core=False)
d.EV("said Assistant Secretary for Export Enforcement", ["statement"], TODAY, ["axelrod"], core=False)
d.EV("said Special Agent in Charge Jodi Cohen", ["statement"], TODAY, ["cohen"], core=False)
d.EV("The Assistant Attorney General added", ["statement"], TODAY, O, core=False)
d.EV("since it was launched in February 2023", ["other"], D(2023, 2), [], core=False)
d.EV("the Commerce Department added two of the front companies", ["designation", "sanction"], ("2024-03-01", PUB), ["commerce"])
d.EV("A Commerce official said last week", ["statement"], ("2024-03-04", "2024-03-10"), ["commerce"])
d.EV("investigated the case", ["other"], None, ["fbi", "office of export enforcement", "homeland security"], core=False)
d.save()
