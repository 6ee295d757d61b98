from s0 import FDoc, D, R, write, author, meta_note

DOC = "dev-s-telegraph-iran-threatens-npt-exit-uk-triggers-snapback"
PUB = "2025-08-29"  # a Friday
TEXT = """Iran threatens to quit nuclear treaty as Britain triggers return of UN sanctions

Tehran warns of 'consequences' after Sir Keir Starmer joins France and Germany in starting 30-day countdown to snapback

By Harriet Ashdown-Karimi, Senior Foreign Correspondent
29 August 2025 • 6:12pm

Iran threatened on Friday to pull out of the nuclear Non-Proliferation Treaty after Britain, France and Germany moved to restore United Nations sanctions that were lifted under the 2015 nuclear deal.

The three European powers, known as the E3, formally notified the UN Security Council on Thursday that Iran was in "significant non-performance" of its commitments, starting a 30-day process after which the sanctions will return unless the council votes to keep them suspended.

Sir Keir Starmer said the decision had not been taken "lightly". "Iran has been given every chance to come back into compliance, and it has chosen not to," the Prime Minister said in a statement on Thursday evening.

Tehran reacted with fury. Abbas Araghchi, the Iranian foreign minister, called the move "unjustified, illegal and lacking any legal basis" and warned of "consequences" in a telephone call with his European counterparts, according to Iranian state media.

On Friday, Hamid-Reza Tabesh-Nouri, a member of the Iranian parliament's national security committee, told state television that MPs were drafting a bill to leave the NPT. "If Europe wants to behave like Washington, it will be treated like Washington," he said.

Mr Trump, who took America out of the original agreement in May 2018, welcomed the European move. "They should have done it a long time ago," he told reporters at the White House on Thursday.

Under the snapback mechanism, sanctions including an arms embargo and a ban on enrichment-related work would be reimposed at the end of September. The mechanism itself expires on 18 October, the tenth anniversary of the deal's formal adoption.

Diplomats said the E3 had offered to delay the process by up to six months if Iran resumed full co-operation with United Nations inspectors and opened talks with Washington. Tehran has so far refused.

Negotiators from Iran and the E3 met in Geneva on Tuesday in a last attempt to avert the move, but the talks broke up without agreement. It was their second meeting in little more than a month, after a round in Istanbul on 25 July.

Iran's parliament voted in June to suspend co-operation with the International Atomic Energy Agency, days after Israeli and American strikes on its nuclear sites, and the inspectors left the country in early July.

Shadow of 1953

For many Iranians, Britain's role in their country's history is never far from mind. In August 1953, MI6 and the CIA engineered the overthrow of Mohammad Mosaddegh, the prime minister who had nationalised the Anglo-Iranian Oil Company two years earlier.

"Every Iranian schoolchild knows the name of the Anglo-Iranian Oil Company," said Dr Leila Haverford-Sohrabi, of the Westbourne Institute for Middle East Studies, who told The Telegraph that Tehran regarded the E3 as "Washington's messengers".

Relations have lurched from crisis to crisis since. A mob stormed the British embassy in Tehran in November 2011, and the mission did not reopen until August 2015, a month after the nuclear deal was signed in Vienna.

In March 2022, Britain paid £393.8 million to settle a decades-old debt over undelivered Chieftain tanks, on the same day that two British-Iranian dual nationals were allowed to fly home.

The Foreign Office says at least two British nationals remain in detention in Iran, and it advises against all travel to the country.

David Lammy, the Foreign Secretary, told The Telegraph on Friday that "the door to diplomacy remains open", but warned that Britain would not "look the other way".

Trade between the two countries has dwindled to a trickle. British exports to Iran were worth £127 million in the four quarters to the end of March, according to official figures, a fraction of their level before the 2012 European oil embargo.

Markets took the news in their stride. The Iranian rial fell to about 1,050,000 against the dollar on Tehran's open market on Friday, while Brent crude rose 0.6 per cent to $68.40 a barrel.

"Tehran has convinced itself that the West will always move the goalposts," said a former British ambassador to Iran, who asked not to be named. "Snapback will only confirm it."
"""
TITLE = "Iran threatens to quit nuclear treaty as Britain triggers return of UN sanctions"
write(DOC, TITLE, "The Daily Telegraph (style imitation)", PUB, TEXT)
author(DOC, "Harriet Ashdown-Karimi")
meta_note(DOC, "UK broadsheet news story in the Daily Telegraph house style (headline, standfirst with a single-quoted "
          "word, 'By …, Senior Foreign Correspondent', '29 August 2025 • 6:12pm', British spelling, 'Mr Trump', 'Sir "
          "Keir Starmer', 'Dr' without a stop, 'told The Telegraph', the subhead 'Shadow of 1953', pound sterling and "
          "'per cent', quotes closed before the full stop), style imitation; the writer, Hamid-Reza Tabesh-Nouri, Dr "
          "Leila Haverford-Sohrabi and the Westbourne Institute for Middle East Studies, the former British ambassador "
          "and every quote of Starmer, Trump, Lammy and the diplomats are invented; Araghchi's 'unjustified, illegal "
          "and lacking any legal basis' and the E3's 'significant non-performance' are short phrases from public "
          "reporting; the E3 notification (28 August 2025), the debt settlement of March 2022 (£393.8 million), the "
          "embassy storming (November 2011) and reopening (August 2015), the Istanbul (25 July 2025) and Geneva (26 August 2025) meetings follow public reporting; the rial rate, the "
          "Brent price, the export figure (£127 million) and the count of detained Britons are plausible, not exact")

d = FDoc(DOC, PUB)
FRI, THU = D(2025, 8, 29), D(2025, 8, 28)
E3 = ["e3", "britain", "france", "germany", "united kingdom", "europe"]
AR, ST = ["araghchi"], ["starmer", "keir"]
# quotes
d.Q("consequences", ["partial"], "Abbas Araghchi", AR, None, core=False, occ=0)
d.Q("significant non-performance", ["partial", "term"], "United Kingdom, France and Germany", E3, THU)
d.Q("lightly", ["partial"], "Keir Starmer", ST, THU)
d.Q("Iran has been given every chance to come back into compliance, and it has chosen not to,", ["direct"],
    "Keir Starmer", ST, THU)
d.Q("unjustified, illegal and lacking any legal basis", ["partial"], "Abbas Araghchi", AR, None)
d.Q("consequences", ["partial"], "Abbas Araghchi", AR, None, occ=1)
d.Q("If Europe wants to behave like Washington, it will be treated like Washington,", ["direct"],
    "Hamid-Reza Tabesh-Nouri", ["tabesh-nouri"], FRI)
d.Q("They should have done it a long time ago,", ["direct"], "Donald Trump", ["trump"], THU)
d.Q("Every Iranian schoolchild knows the name of the Anglo-Iranian Oil Company,", ["direct"], "Leila Haverford-Sohrabi",
    ["haverford-sohrabi"], None)
d.Q("Washington's messengers", ["partial"], "Leila Haverford-Sohrabi", ["haverford-sohrabi"], None)
d.Q("the door to diplomacy remains open", ["partial"], "David Lammy", ["lammy"], FRI)
d.Q("look the other way", ["partial"], "David Lammy", ["lammy"], FRI)
d.Q("Tehran has convinced itself that the West will always move the goalposts,", ["direct"], None, [], None)
d.Q("Snapback will only confirm it.", ["direct"], None, [], None)
# figures
d.F("30-day", 30, ["day"], "duration", core=False, occ=0)
d.F("The three European powers", 3, ["power", "country"], "count", core=False)
d.F("30-day", 30, ["day"], "duration", core=False, occ=1)
d.F("up to six months", 6, ["month"], "duration", "up_to", ["delay", "process"])
d.F("little more than a month", 1, ["month"], "duration", "more_than", core=False)
d.F("two years earlier", 2, ["year"], "duration", core=False)
d.F("a month after", 1, ["month"], "duration", core=False)
d.F("£393.8 million", 3.938e8, ["gbp"], "money", subject_any=["debt", "britain", "tank"])
d.F("decades-old", 20, ["year"], "duration", "about", core=False)
d.F("two British-Iranian dual nationals", 2, ["national", "dual national", "british-iranian dual national"], "count",
    subject_any=["national", "british"])
d.F("at least two British nationals", 2, ["national", "british national"], "count", "at_least",
    ["national", "british", "detention"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("£127 million", 1.27e8, ["gbp"], "money", subject_any=["export", "british"])
d.F("four quarters", 4, ["quarter"], "duration", core=False)
d.F("about 1,050,000", 1050000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("0.6 per cent", 0.6, ["percent"], "percent", subject_any=["brent", "crude"])
d.F("$68.40 a barrel", 68.4, ["usd", "usd per barrel"], "money", subject_any=["brent", "crude"])
# events
d.EV("Iran threatens to quit nuclear treaty", ["threat", "statement", "withdrawal"], FRI, ["iran"], core=False)
d.EV("as Britain triggers return of UN sanctions", ["sanction"], THU, E3, core=False)
d.EV("Tehran warns of", ["statement", "threat"], None, ["tehran", "iran"], core=False)
d.EV("joins France and Germany in starting", ["sanction"], THU, E3, core=False)
d.EV("Iran threatened on Friday to pull out", ["threat", "statement", "withdrawal"], FRI, ["iran"])
d.EV("moved to restore United Nations sanctions", ["sanction"], THU, E3, core=False)
d.EV("that were lifted under the 2015 nuclear deal", ["sanction"], None, [], core=False)
d.EV("formally notified the UN Security Council on Thursday", ["sanction", "statement"], THU, E3)
d.EV("starting a 30-day process", ["sanction", "other"], THU, E3, core=False)
d.EV("the sanctions will return unless", ["sanction"], None, [], core=False)
d.EV("Sir Keir Starmer said the decision", ["statement"], THU, ST, core=False)
d.EV("the Prime Minister said in a statement on Thursday evening", ["statement"], THU, ST)
d.EV("Tehran reacted with fury", ["statement"], None, ["tehran", "iran"], core=False)
d.EV("called the move", ["statement"], None, AR, core=False)
d.EV("warned of \"consequences\"", ["threat", "statement"], None, AR, core=False)
d.EV("told state television that MPs", ["statement"], FRI, ["tabesh-nouri"])
d.EV("MPs were drafting a bill", ["legislation", "other"], None, ["mp", "parliament"], core=False)
d.EV("he said.", ["statement"], FRI, ["tabesh-nouri"], core=False, occ=0)
d.EV("who took America out of the original agreement in May 2018", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.EV("welcomed the European move", ["statement"], THU, ["trump"], core=False)
d.EV("he told reporters at the White House on Thursday", ["statement"], THU, ["trump"])
d.EV("would be reimposed at the end of September", ["sanction"], ("2025-09-20", "2025-09-30"), [], core=False)
d.EV("The mechanism itself expires on 18 October", ["other"], D(2025, 10, 18), [], core=False)
d.EV("Diplomats said the E3", ["statement"], None, [], core=False)
d.EV("the E3 had offered to delay", ["negotiation", "statement", "other"], None, E3)
d.EV("Negotiators from Iran and the E3 met in Geneva on Tuesday", ["negotiation"], D(2025, 8, 26), ["iran", "e3"])
d.EV("the talks broke up without agreement", ["negotiation", "other"], D(2025, 8, 26), [], core=False)
d.EV("after a round in Istanbul on 25 July", ["negotiation"], D(2025, 7, 25), [])
d.EV("Tehran has so far refused", ["other", "statement"], None, ["tehran", "iran"], core=False)
d.EV("Iran's parliament voted in June to suspend", ["legislation"], D(2025, 6), ["parliament", "majlis", "iran"])
d.EV("Israeli and American strikes on its nuclear sites", ["attack"], D(2025, 6), ["israel", "united states", "america"])
d.EV("the inspectors left the country in early July", ["other", "withdrawal"], ("2025-07-01", "2025-07-10"), ["inspector"])
d.EV("MI6 and the CIA engineered the overthrow", ["coup"], D(1953, 8), ["mi6", "cia", "central intelligence agency",
                                                                        "united kingdom", "united states"])
d.EV("who had nationalised the Anglo-Iranian Oil Company", ["legislation", "other"], D(1951), ["mosaddegh"])
d.EV("said Dr Leila Haverford-Sohrabi", ["statement"], None, ["haverford-sohrabi"], core=False)
d.EV("Relations have lurched", ["other"], None, [], core=False)
d.EV("A mob stormed the British embassy in Tehran in November 2011", ["seizure", "attack"], D(2011, 11), [])
d.EV("the mission did not reopen until August 2015", ["other"], D(2015, 8), [])
d.EV("the nuclear deal was signed in Vienna", ["agreement"], D(2015, 7), [])
d.EV("Britain paid £393.8 million", ["agreement", "other"], D(2022, 3), ["britain", "united kingdom"])
d.EV("were allowed to fly home", ["other", "seizure", "agreement"], D(2022, 3), [])
d.EV("The Foreign Office says", ["statement"], None, ["foreign office", "fcdo", "foreign, commonwealth"], core=False)
d.EV("David Lammy, the Foreign Secretary, told The Telegraph on Friday", ["statement"], FRI, ["lammy"], core=False)
d.EV("Trade between the two countries has dwindled", ["other"], None, [], core=False)
d.EV("British exports to Iran were worth", ["other"], None, [], core=False)
d.EV("the 2012 European oil embargo", ["sanction"], D(2012), ["europe", "european union"])
d.EV("Markets took the news in their stride", ["other"], FRI, [], core=False)
d.EV("The Iranian rial fell", ["other"], FRI, [], core=False)
d.EV("Brent crude rose 0.6 per cent", ["other"], FRI, [], core=False)
d.EV("said a former British ambassador", ["statement"], None, [], core=False)
d.save()
