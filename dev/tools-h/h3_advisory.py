from mk import write
from fx import FDoc, D, R

DOC = "dev-h-travel-advisory-iran-level-4"
PUB = "2022-10-12"  # a Wednesday
TEXT = """Iran Travel Advisory

Travel Advisory
October 12, 2022

Iran - Level 4: Do Not Travel

Last Updated: Reissued with updates to information on protests, internet restrictions and the detention of U.S. citizens.

Do not travel to Iran due to the risk of kidnapping, arbitrary arrest and wrongful detention of U.S. nationals, terrorism and civil unrest. Exercise increased caution due to the risk of wrongful detention even for travelers who have visited before without incident.

Country Summary: The U.S. government cannot provide routine or emergency consular services to U.S. citizens in Iran. The United States broke off diplomatic relations with Iran in April 1980, five months after militants seized the U.S. Embassy in Tehran and took 66 Americans hostage. The embassy has remained closed since then. Switzerland has served as the U.S. protecting power in Iran since 1980, and its Foreign Interests Section in Tehran provides only limited services.

Reasons for this advisory:

- Iranian authorities continue to unjustly detain and imprison U.S. citizens, particularly dual U.S.-Iranian nationals, on charges such as espionage and "collaborating with a hostile government." At least four U.S. citizens are currently held. The Department has determined that several of them are "wrongfully detained." The Secretary of State said in a statement on Saturday that Iran must "release all Americans unjustly held."
- Iran does not recognize dual nationality and has denied consular access to detained dual nationals in more than 90 percent of the cases known to the Department.
- Since September 16, nationwide protests have followed the death in custody of a 22-year-old woman. Security forces have killed more than 200 people, according to human rights groups, and have detained thousands.
- Mobile internet service has been cut or slowed in many provinces for up to 12 hours a day.

History of detentions: Iranian authorities have detained U.S. citizens for prolonged periods for more than four decades. In March 2007, a retired FBI agent disappeared on Kish Island; the Department's Rewards for Justice program is offering up to $20 million for information leading to his safe return. In 2016, a Tehran court sentenced an 80-year-old former UNICEF official and his son to 10 years in prison each. Earlier this month, the father was allowed to leave Iran for medical treatment, and his son was released on a one-week furlough. Both remain under travel restrictions.

The Special Envoy for Hostage Affairs said last week that Tehran uses detained foreigners "as bargaining chips." The Department reminds travelers that a U.S. passport "offers no protection" in Iran and may increase the risk of arrest.

Travelers who decide to go despite this advisory should:

- Draft a will and designate appropriate insurance beneficiaries.
- Share important documents and login information with loved ones.
- Enroll in the Smart Traveler Enrollment Program (STEP) to receive alerts.
- Keep a low profile and avoid demonstrations and crowds of any size.

Iran has also been designated a State Sponsor of Terrorism since 1984. U.S. sanctions prohibit most transactions, and U.S.-issued credit and debit cards do not work in Iran.

Emergency contact: Foreign Interests Section of the Embassy of Switzerland, Tehran: +98 21 2254 2178. From the United States and Canada, call 1-888-407-4747; from other countries, +1 202-501-4444.
"""
write(DOC, "Iran - Level 4: Do Not Travel", "State Department travel advisory (style imitation)", PUB, TEXT)

d = FDoc(DOC, PUB)
LW = ("2022-10-03", "2022-10-09")
d.Q("collaborating with a hostile government.", ["term", "partial"], None, [], core=False)
d.Q("wrongfully detained.", ["term"], "the Department", ["department", "state department"], core=False)
d.Q("release all Americans unjustly held.", ["partial"], "Secretary of State", ["blinken", "secretary of state", "secretary"], D(2022, 10, 8))
d.Q("as bargaining chips.", ["partial"], "Special Envoy for Hostage Affairs", ["special envoy", "envoy"], LW)
d.Q("offers no protection", ["partial"], "the Department", ["department", "state department"], core=False)
# figures
d.F("five months after", 5, ["month"], "duration", core=False)
d.F("66 Americans", 66, ["american"], "count", subject_any=["american", "hostage"])
d.F("At least four U.S. citizens", 4, ["u.s. citizen", "citizen", "us citizen"], "count", "at_least", ["citizen", "held", "american"])
d.F("several of them", 3, ["u.s. citizen", "citizen"], "count", "about", core=False)
d.F("more than 90 percent", 90, ["percent"], "percent", "more_than", ["case", "consular", "access"])
d.F("22-year-old", 22, ["year"], "duration", core=False)
d.F("more than 200 people", 200, ["people", "person"], "count", "more_than", ["killed", "protest", "people"])
d.F("thousands", 2000, ["people", "person"], "count", "about", core=False)
d.F("up to 12 hours a day", 12, ["hour", "hour per day"], "duration", "up_to", ["internet", "service", "cut"])
d.F("more than four decades", 40, ["year"], "duration", "more_than", ["detain", "detention", "iranian"])
d.F("up to $20 million", 2e7, ["usd"], "money", "up_to", ["reward", "information"])
d.F("80-year-old", 80, ["year"], "duration", core=False)
d.F("10 years", 10, ["year"], "duration", subject_any=["prison", "sentence"])
d.F("one-week", 1, ["week"], "duration", subject_any=["furlough"])
# events
d.EV("The United States broke off diplomatic relations with Iran", ["other", "withdrawal"], D(1980, 4), ["united states"])
d.EV("militants seized the U.S. Embassy in Tehran", ["seizure"], D(1979, 11), ["militants"])
d.EV("The embassy has remained closed since then", ["other"], R(D(1980, 4), D(2022, 10, 12)), [], core=False)
d.EV("Switzerland has served as the U.S. protecting power", ["other", "support"], R(D(1980), D(2022, 10, 12)), ["switzerland"], core=False)
d.EV("Iranian authorities continue to unjustly detain", ["seizure"], None, ["iran"], core=False)
d.EV("The Secretary of State said in a statement on Saturday", ["statement"], D(2022, 10, 8), ["blinken", "secretary of state", "secretary"])
d.EV("The Department has determined", ["designation", "statement"], None, ["department", "state department"], core=False)
d.EV("nationwide protests have followed", ["other", "revolution"], ("2022-09-16", PUB), [])
d.EV("Security forces have killed more than 200 people", ["attack"], ("2022-09-16", PUB), ["security forces"])
d.EV("Mobile internet service has been cut", ["other", "sanction"], None, [], core=False)
d.EV("a retired FBI agent disappeared on Kish Island", ["seizure", "other"], D(2007, 3), [])
d.EV("a Tehran court sentenced", ["other"], D(2016), ["court", "tehran", "iran"])
d.EV("the father was allowed to leave Iran", ["other", "seizure", "agreement"], ("2022-10-01", PUB), [])
d.EV("his son was released on a one-week furlough", ["other", "seizure", "agreement"], ("2022-10-01", PUB), [], core=False)
d.EV("The Special Envoy for Hostage Affairs said last week", ["statement"], LW, ["special envoy", "envoy"])
d.EV("Iran has also been designated a State Sponsor of Terrorism", ["designation"], R(D(1984), D(2022, 10, 12)), [], core=False)
d.save()
