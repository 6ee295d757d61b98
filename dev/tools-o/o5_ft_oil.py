from o0 import FDoc, D, R, write, author, meta_note

DOC = "dev-o-ft-oil-exports-shadow-fleet-snapback"
PUB = "2025-09-30"  # a Tuesday
TEXT = """Iran's oil exports defy return of UN sanctions as shadow fleet expands

Chinese independent refiners keep buying discounted crude while Washington targets tankers and middlemen

Harriet Lindqvist-Osman in London and Reza Tavakoli-Brandt in Dubai

September 30 2025

Iran shipped about 1.8mn barrels a day of crude in September, the highest level in five months, according to tanker-tracking data, as buyers in China shrugged off the return of UN sanctions that took effect at the weekend.

Figures from Larkspur Maritime Data, a London-based ship-tracking company, show that Iranian loadings rose 6 per cent from August, with about 90 per cent of cargoes heading to China. There, independent refiners in Shandong province, known in the industry as "teapots", buy the oil at a discount of roughly $6 a barrel to Brent crude.

"The snapback has changed the paperwork, not the trade," said Miriam Castellane-Hughes, head of oil research at Larkspur. "Chinese buyers were never waiting for the UN to tell them what they could buy."

Britain, France and Germany triggered the so-called snapback mechanism on August 28, accusing Iran of failing to meet its commitments under the 2015 nuclear deal. A Russian and Chinese resolution that would have delayed the measures by six months failed at the UN Security Council on Friday. The sanctions, which include an arms embargo, curbs on enrichment and missile work and an asset freeze, came back into force at 8pm New York time on Saturday.

Unlike US measures, the UN sanctions do not directly ban purchases of Iranian crude. But traders said they gave European and Asian banks further reason to avoid any transaction linked to Iranian oil.

Washington has stepped up enforcement. The US Treasury on Thursday designated 11 tankers and eight companies registered in Hong Kong, the United Arab Emirates and the Marshall Islands, which it said had moved more than $1.2bn worth of Iranian oil since 2023.

"Iran's shadow fleet is a lifeline for the regime's nuclear ambitions, and we will keep cutting it," Treasury secretary Scott Bessent said in a statement.

The fleet carrying Iranian and other sanctioned oil has grown to more than 400 vessels, about 18 per cent of the world's crude tankers, according to Larkspur. Many are very large crude carriers of about 300,000 deadweight tonnes, each able to hold about 2mn barrels, and most are more than 20 years old.

"Every time Washington lists a ship, another one with a new name and a new flag takes its place within weeks," said a Singapore-based tanker broker, who asked not to be named.

In the Gulf, tensions over shipping have risen again. Iran's Revolutionary Guards said on Sunday that they had seized a foreign-flagged tanker carrying about 2mn litres of "smuggled fuel" near Qeshm island on Saturday and detained its 11 crew.

Tanker seizures have been a recurring tool for Tehran. In July 2019, after British Royal Marines detained the Iranian supertanker Grace 1 off Gibraltar, the Guards seized the British-flagged Stena Impero in the Strait of Hormuz and held it for more than two months. In April 2023 the Guards seized the Advantage Sweet, a tanker carrying crude for Chevron, in the Gulf of Oman.

Iran's oil minister Mohsen Paknejad said on Monday that exports would continue "under any conditions" and that the country had "ways to reach its customers."

The resilience of Iranian supply contrasts with the period after Donald Trump withdrew from the nuclear deal in May 2018 and reimposed US sanctions. Exports fell from about 2.5mn b/d in early 2018 to below 400,000 b/d at points in 2020, before recovering as China's purchases grew.

Oil revenue remains vital to Tehran. Iran earned about $50bn from crude and condensate sales last year, according to estimates by the US Energy Information Administration, nearly half of the state's budget revenue.

Brent crude was trading at $67.40 a barrel on Tuesday, down 1.1 per cent on the day, as traders judged that the UN measures would do little to reduce supply.

Analysts at Larkspur said that closer US scrutiny of ship-to-ship transfers off Malaysia could cut Iranian exports by up to 300,000 b/d by the end of the year. "Enforcement works at the margins," said Castellane-Hughes. "It has never turned off the tap."
"""
write(DOC, "Iran's oil exports defy return of UN sanctions as shadow fleet expands", "Financial Times (style imitation)", PUB, TEXT)
author(DOC, "Harriet Lindqvist-Osman and Reza Tavakoli-Brandt")
meta_note(DOC, "Financial Times/Wall Street Journal-style business story on oil exports and sanctions enforcement, style "
          "imitation; the writers, Larkspur Maritime Data, Miriam Castellane-Hughes and the Singapore broker are invented; "
          "quotes of Bessent, the Revolutionary Guards and Paknejad are invented or paraphrased; the September export "
          "volumes, the Treasury designation of Thursday, the Qeshm seizure, fleet size, discount and prices are plausible, not exact")

d = FDoc(DOC, PUB)
TUE, MON, SUN, SAT, FRI, THU = (D(2025, 9, 30), D(2025, 9, 29), D(2025, 9, 28), D(2025, 9, 27), D(2025, 9, 26), D(2025, 9, 25))
E3 = ["britain", "france", "germany", "e3", "united kingdom"]
IRGC = ["revolutionary guard", "guards", "irgc"]
# quotes
d.Q("teapots", ["term"], None, [], None, core=False)
d.Q("The snapback has changed the paperwork, not the trade,", ["direct"], "Miriam Castellane-Hughes", ["castellane"], None)
d.Q("Chinese buyers were never waiting for the UN to tell them what they could buy.", ["direct"], "Miriam Castellane-Hughes", ["castellane"], None)
d.Q("Iran's shadow fleet is a lifeline for the regime's nuclear ambitions, and we will keep cutting it,", ["direct"], "Scott Bessent", ["bessent"], None)
d.Q("Every time Washington lists a ship, another one with a new name and a new flag takes its place within weeks,", ["direct"], None, [], None)
d.Q("smuggled fuel", ["partial", "term"], "Islamic Revolutionary Guard Corps", IRGC, SUN)
d.Q("under any conditions", ["partial"], "Mohsen Paknejad", ["paknejad"], MON)
d.Q("ways to reach its customers.", ["partial"], "Mohsen Paknejad", ["paknejad"], MON)
d.Q("Enforcement works at the margins,", ["direct"], "Miriam Castellane-Hughes", ["castellane"], None)
d.Q("It has never turned off the tap.", ["direct"], "Miriam Castellane-Hughes", ["castellane"], None)
# figures
d.F("about 1.8mn barrels a day", 1.8e6, ["barrel per day", "barrel a day"], "measure", "about", ["export", "crude", "iran", "ship"])
d.F("five months", 5, ["month"], "duration", core=False)
d.F("6 per cent", 6, ["percent"], "percent", subject_any=["loading"])
d.F("about 90 per cent", 90, ["percent"], "percent", "about", ["cargo"])
d.F("roughly $6 a barrel", 6, ["usd", "usd per barrel"], "money", "about", ["discount"])
d.F("six months", 6, ["month"], "duration", subject_any=["delay", "measure", "resolution"])
d.F("11 tankers", 11, ["tanker"], "count", subject_any=["tanker"])
d.F("eight companies", 8, ["company"], "count", subject_any=["compan"])
d.F("more than $1.2bn", 1.2e9, ["usd"], "money", "more_than", ["oil"])
d.F("more than 400 vessels", 400, ["vessel"], "count", "more_than", ["fleet", "vessel"])
d.F("about 18 per cent", 18, ["percent"], "percent", "about", ["tanker", "fleet"])
d.F("about 300,000 deadweight tonnes", 300000, ["tonne", "deadweight tonne", "dwt", "ton"], "measure", "about", ["carrier", "tanker"])
d.F("about 2mn barrels", 2e6, ["barrel"], "measure", "about", ["carrier", "tanker", "barrel"])
d.F("more than 20 years", 20, ["year"], "duration", "more_than", ["age", "tanker", "old", "carrier"])
d.F("about 2mn litres", 2e6, ["litre", "liter"], "measure", "about", ["fuel"])
d.F("11 crew", 11, ["crew", "crew member"], "count", subject_any=["crew"])
d.F("more than two months", 2, ["month"], "duration", "more_than", ["held", "stena", "tanker"])
d.F("about 2.5mn b/d", 2.5e6, ["barrel per day"], "measure", "about", ["export"])
d.F("below 400,000 b/d", 4e5, ["barrel per day"], "measure", "less_than", ["export"])
d.F("about $50bn", 5e10, ["usd"], "money", "about", ["crude", "condensate", "revenue", "sales", "iran"])
d.F("nearly half", 50, ["percent"], "percent", "about", ["budget", "revenue"])
d.F("$67.40 a barrel", 67.4, ["usd", "usd per barrel"], "money", subject_any=["brent", "crude"])
d.F("1.1 per cent", 1.1, ["percent"], "percent", subject_any=["brent", "crude"])
d.F("up to 300,000 b/d", 3e5, ["barrel per day"], "measure", "up_to", ["export"])
# events
d.EV("Iran's oil exports defy return of UN sanctions", ["sanction", "other"], ("2025-09-27", "2025-09-28"), [], core=False)
d.EV("Washington targets tankers and middlemen", ["sanction", "designation"], None, ["washington", "united states"], core=False)
d.EV("Iran shipped about 1.8mn barrels", ["other"], D(2025, 9), ["iran"], core=False)
d.EV("UN sanctions that took effect at the weekend", ["sanction"], ("2025-09-27", "2025-09-28"), [])
d.EV("loadings rose 6 per cent", ["other"], D(2025, 9), [], core=False)
d.EV("said Miriam Castellane-Hughes", ["statement"], None, ["castellane"], core=False)
d.EV("triggered the so-called snapback mechanism on August 28", ["sanction", "other", "threat"], D(2025, 8, 28), E3)
d.EV("failed at the UN Security Council on Friday", ["other", "legislation"], FRI, ["russia", "china"])
d.EV("came back into force at 8pm New York time on Saturday", ["sanction"], SAT, [], core=False)
d.EV("But traders said", ["statement"], None, [], core=False)
d.EV("Washington has stepped up enforcement", ["sanction"], None, ["washington", "united states"], core=False)
d.EV("designated 11 tankers", ["designation", "sanction"], THU, ["treasury", "united states"])
d.EV("Bessent said in a statement", ["statement"], None, ["bessent"], core=False)
d.EV("has grown to more than 400 vessels", ["other"], None, [], core=False)
d.EV("said a Singapore-based tanker broker", ["statement"], None, [], core=False)
d.EV("Revolutionary Guards said on Sunday", ["statement"], SUN, IRGC)
d.EV("had seized a foreign-flagged tanker", ["seizure"], SAT, IRGC)
d.EV("Tanker seizures have been a recurring tool", ["seizure"], None, ["iran", "tehran"], core=False)
d.EV("detained the Iranian supertanker Grace 1", ["seizure"], D(2019, 7), ["royal marines", "british", "united kingdom"])
d.EV("seized the British-flagged Stena Impero", ["seizure"], D(2019, 7), IRGC)
d.EV("seized the Advantage Sweet", ["seizure"], D(2023, 4), IRGC)
d.EV("Paknejad said on Monday", ["statement"], MON, ["paknejad"])
d.EV("Trump withdrew from the nuclear deal in May 2018", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("reimposed US sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump"])
d.EV("Exports fell from about 2.5mn", ["other"], None, [], core=False)
d.EV("Iran earned about $50bn", ["other"], D(2024), ["iran"], core=False)
d.EV("Brent crude was trading", ["other"], TUE, [], core=False)
d.EV("Analysts at Larkspur said", ["statement"], None, ["larkspur"], core=False)
d.EV("said Castellane-Hughes", ["statement"], None, ["castellane"], core=False)
d.save()
