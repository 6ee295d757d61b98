from s0 import FDoc, D, R, write, author, meta_note

DOC = "dev-s-asharq-al-awsat-saudi-ready-to-help-revive-iran-us-talks"
PUB = "2025-11-20"  # a Thursday
TEXT = """Saudi Arabia Ready to Help Bring Iran and US Back to Talks, Sources Say

The Kingdom has conveyed its position to Washington and Tehran, Saudi sources told Asharq Al-Awsat

Thursday, 20 November, 2025 - 07:15

Riyadh - Majed Al-Otaibi-Rowe

Saudi Arabia is prepared to help bring Iran and the United States back to the negotiating table, informed Saudi sources told Asharq Al-Awsat, two days after Crown Prince Mohammed bin Salman discussed the Iranian file with US President Donald Trump at the White House.

"The Kingdom supports any path that spares the region another war, and it has said so clearly to both capitals," one of the sources said, speaking on condition of anonymity.

Crown Prince Mohammed bin Salman bin Abdulaziz, Crown Prince and Prime Minister, held talks with Trump in the Oval Office on Tuesday, his first visit to Washington in more than seven years.

Speaking to reporters alongside his guest, Trump said Iran "wants a deal" and that Washington was "talking to them." The Crown Prince told the same gathering that the Kingdom would "do its utmost" to help the two sides reach an agreement.

On Monday, the Saudi Press Agency (SPA) reported that the Crown Prince had received a written message from Iranian President Masoud Pezeshkian. The agency did not disclose its contents.

Iranian Foreign Ministry spokesman Esmaeil Baghaei said on Wednesday that the message was "purely bilateral" and concerned relations between the two neighbors.

However, a Gulf diplomat in Riyadh told Asharq Al-Awsat that the letter "touched on the nuclear file" and asked the Kingdom to use its standing in Washington to help revive the negotiations.

Washington and Tehran have held no formal talks since June, when a sixth round scheduled for Muscat was called off after Israel launched a wave of strikes on Iran on June 13.

Five rounds of Omani-mediated talks had been held between April 12 and May 23. On June 22, the United States struck three Iranian nuclear facilities at Fordow, Natanz and Isfahan, and Iran responded the following day with a missile attack on Al Udeid Air Base in Qatar.

The Kingdom condemned the Israeli strikes at the time as a violation of Iran's sovereignty, and it denounced the attack on Qatar "in the strongest terms."

Riyadh and Tehran restored diplomatic relations under an agreement brokered by China and signed in Beijing on March 10, 2023, ending a rupture of seven years. The Kingdom had severed ties in January 2016 after protesters stormed its embassy in Tehran and its consulate in Mashhad.

In April, Defense Minister Prince Khalid bin Salman carried a letter from the Custodian of the Two Holy Mosques King Salman bin Abdulaziz to Iran's Supreme Leader Ali Khamenei, the most senior Saudi visit to Tehran in decades. Iranian Foreign Minister Abbas Araghchi was received by the Crown Prince in Jeddah in July.

Saudi officials recall, however, that Gulf states were left out of the negotiations that produced the 2015 nuclear agreement between Iran and world powers, an accord that did nothing to curb Tehran's missile program or its support for armed groups in the region.

The Kingdom welcomed Washington's withdrawal from that deal on May 8, 2018.

"The lesson of 2015 is that any agreement that ignores the region will not last," a senior Saudi official told Asharq Al-Awsat. "The lesson of 2018 is that an agreement that depends on one man in Washington will not last either."

Iranian distrust of Washington runs just as deep. Iranian officials routinely cite the 1953 coup against Prime Minister Mohammad Mosaddegh, which was backed by the US and Britain, and the seizure of the US Embassy in Tehran in November 1979, which led Washington to cut diplomatic ties in April 1980.

During Tuesday's visit, the Crown Prince also announced that the Kingdom would raise its planned investments in the United States from $600 billion to nearly $1 trillion, and Trump said he would approve the sale of F-35 fighter jets to Riyadh.

The Kingdom's security concerns are not theoretical. Drone and missile attacks on the Abqaiq and Khurais oil facilities in September 2019, which Washington blamed on Iran, briefly knocked out some 5.7 million barrels per day, about half of Saudi output.

Iran, for its part, exported about 1.6 million barrels per day of crude in October, most of it to China, according to tanker-tracking data.

Last month, Tehran declared that all restrictions under the 2015 agreement had ended on October 18, three weeks after the United Nations reimposed sanctions under the snapback mechanism at the request of Britain, France and Germany.

Dr. Hessa Al-Mansour-Clarke, a researcher at the Riyadh Center for Gulf Policy Studies, said the Kingdom was not seeking the role Oman has played. "The Kingdom is not a mediator in the Omani sense," she told Asharq Al-Awsat. "But Washington listens to Riyadh, and Tehran knows it."
"""
TITLE = "Saudi Arabia Ready to Help Bring Iran and US Back to Talks, Sources Say"
write(DOC, TITLE, "Asharq Al-Awsat (style imitation)", PUB, TEXT)
author(DOC, "Majed Al-Otaibi-Rowe")
meta_note(DOC, "English-language Arab daily report in the Asharq Al-Awsat house style (title-case headline, a summary "
          "line, 'Thursday, 20 November, 2025 - 07:15', 'Riyadh - <writer>' byline, Saudi officials with full titles, "
          "'the Kingdom', 'the Custodian of the Two Holy Mosques', 'sources told Asharq Al-Awsat', a Gulf diplomat "
          "and a senior Saudi official speaking anonymously, Gregorian dates only), style imitation; the writer, every "
          "anonymous source, Dr. Hessa Al-Mansour-Clarke and the Riyadh Center for Gulf Policy Studies are invented, "
          "and the words of Trump, the Crown Prince, Baghaei and the Kingdom are invented or paraphrased (apart from "
          "'purely bilateral' and 'in the strongest terms', short phrases from public reporting); the Crown Prince's "
          "White House visit (18 November 2025), the SPA report on Pezeshkian's message (17 November 2025), the "
          "investment and F-35 announcements, the 2025 talks and strikes, the Beijing agreement (10 March 2023), the "
          "break of January 2016, Prince Khalid's Tehran visit (April 2025), Abqaiq and Khurais (September 2019) and "
          "Tehran's declaration of 18 October 2025 follow public reporting; the Jeddah meeting in July 2025 and the "
          "October export volume are plausible, not exact")

d = FDoc(DOC, PUB)
THU, WED, TUE, MON = D(2025, 11, 20), D(2025, 11, 19), D(2025, 11, 18), D(2025, 11, 17)
MBS, TR, KSA = ["mohammed bin salman", "crown prince"], ["trump"], ["saudi", "kingdom", "riyadh"]
# quotes
d.Q("The Kingdom supports any path that spares the region another war, and it has said so clearly to both capitals,",
    ["direct"], None, [], None)
d.Q("wants a deal", ["partial"], "Donald Trump", TR, TUE)
d.Q("talking to them.", ["partial"], "Donald Trump", TR, TUE)
d.Q("do its utmost", ["partial"], "Mohammed bin Salman", MBS, TUE)
d.Q("purely bilateral", ["partial"], "Esmaeil Baghaei", ["baghaei"], WED)
d.Q("touched on the nuclear file", ["partial"], None, [], None)
d.Q("in the strongest terms.", ["partial"], "Saudi Arabia", KSA, None)
d.Q("The lesson of 2015 is that any agreement that ignores the region will not last,", ["direct"], None, [], None)
d.Q("The lesson of 2018 is that an agreement that depends on one man in Washington will not last either.", ["direct"],
    None, [], None)
d.Q("The Kingdom is not a mediator in the Omani sense,", ["direct"], "Hessa Al-Mansour-Clarke", ["al-mansour"], None)
d.Q("But Washington listens to Riyadh, and Tehran knows it.", ["direct"], "Hessa Al-Mansour-Clarke", ["al-mansour"], None)
# figures
d.F("two days after", 2, ["day"], "duration", core=False)
d.F("more than seven years", 7, ["year"], "duration", "more_than", core=False)
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("the two neighbors", 2, ["neighbor", "neighbour"], "count", core=False)
d.F("Five rounds", 5, ["round"], "count", subject_any=["talks", "round"])
d.F("three Iranian nuclear facilities", 3, ["facility", "nuclear facility"], "count", subject_any=["facilit", "nuclear"])
d.F("seven years", 7, ["year"], "duration", subject_any=["rupture"], ctx=("a rupture of seven years",))
d.F("decades", 20, ["year"], "duration", "about", core=False, ctx=("in decades",))
d.F("one man", 1, ["man", "person"], "count", core=False)
d.F("$600 billion", 6e11, ["usd"], "money", subject_any=["investment"])
d.F("nearly $1 trillion", 1e12, ["usd"], "money", "about", ["investment"])
d.F("some 5.7 million barrels per day", 5.7e6, ["barrel per day"], "measure", "about", ["output", "abqaiq", "oil"])
d.F("about half", 50, ["percent"], "percent", "about", ["saudi output", "output"])
d.F("about 1.6 million barrels per day", 1.6e6, ["barrel per day"], "measure", "about", ["crude", "iran", "export"])
d.F("three weeks after", 3, ["week"], "duration", core=False)
# events
d.EV("Saudi Arabia Ready to Help Bring Iran and US Back to Talks", ["statement"], None, KSA, core=False)
d.EV("The Kingdom has conveyed its position", ["statement", "negotiation"], None, KSA, core=False)
d.EV("informed Saudi sources told Asharq Al-Awsat", ["statement"], None, [], core=False)
d.EV("discussed the Iranian file with US President Donald Trump", ["negotiation"], TUE, MBS)
d.EV("one of the sources said", ["statement"], None, [], core=False)
d.EV("held talks with Trump in the Oval Office on Tuesday", ["negotiation"], TUE, MBS)
d.EV("Speaking to reporters alongside his guest, Trump said", ["statement"], TUE, TR)
d.EV("The Crown Prince told the same gathering", ["statement"], TUE, MBS, core=False)
d.EV("the Saudi Press Agency (SPA) reported", ["statement", "disclosure"], MON, ["saudi press agency", "spa"])
d.EV("had received a written message from Iranian President Masoud Pezeshkian", ["statement", "other"], None, ["pezeshkian"])
d.EV("The agency did not disclose its contents", ["other", "statement"], None, ["saudi press agency", "spa"], core=False)
d.EV("Baghaei said on Wednesday", ["statement"], WED, ["baghaei"])
d.EV("a Gulf diplomat in Riyadh told Asharq Al-Awsat", ["statement"], None, [], core=False)
d.EV("Washington and Tehran have held no formal talks since June", ["negotiation", "other"], None, [], core=False)
d.EV("a sixth round scheduled for Muscat was called off", ["other", "negotiation"], D(2025, 6), [])
d.EV("Israel launched a wave of strikes on Iran on June 13", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("Five rounds of Omani-mediated talks had been held", ["negotiation"], ("2025-04-12", "2025-05-23"), [])
d.EV("the United States struck three Iranian nuclear facilities", ["attack"], D(2025, 6, 22), ["united states"])
d.EV("Iran responded the following day with a missile attack", ["attack"], D(2025, 6, 23), ["iran"])
d.EV("The Kingdom condemned the Israeli strikes at the time", ["statement"], D(2025, 6), KSA)
d.EV("it denounced the attack on Qatar", ["statement"], D(2025, 6), KSA)
d.EV("Riyadh and Tehran restored diplomatic relations", ["agreement"], D(2023, 3, 10), ["riyadh", "saudi", "tehran", "iran", "china"])
d.EV("The Kingdom had severed ties in January 2016", ["other", "withdrawal"], D(2016, 1), KSA)
d.EV("protesters stormed its embassy in Tehran", ["seizure", "attack"], D(2016, 1), ["protester"])
d.EV("Prince Khalid bin Salman carried a letter", ["statement", "other", "negotiation"], D(2025, 4), ["khalid bin salman"])
d.EV("Abbas Araghchi was received by the Crown Prince in Jeddah in July", ["negotiation"], D(2025, 7), MBS + ["araghchi"])
d.EV("Saudi officials recall", ["statement"], None, ["saudi"], core=False)
d.EV("Gulf states were left out of the negotiations", ["negotiation", "other"], None, [], core=False)
d.EV("the 2015 nuclear agreement between Iran and world powers", ["agreement"], D(2015), [])
d.EV("The Kingdom welcomed Washington's withdrawal", ["statement"], D(2018, 5, 8), KSA)
d.EV("Washington's withdrawal from that deal on May 8, 2018", ["withdrawal"], D(2018, 5, 8), ["washington", "united states"])
d.EV("a senior Saudi official told Asharq Al-Awsat", ["statement"], None, [], core=False)
d.EV("Iranian officials routinely cite", ["statement"], None, ["iran"], core=False)
d.EV("the 1953 coup against Prime Minister Mohammad Mosaddegh", ["coup"], D(1953), ["united states", "us", "britain", "united kingdom"])
d.EV("the seizure of the US Embassy in Tehran in November 1979", ["seizure"], D(1979, 11), [])
d.EV("which led Washington to cut diplomatic ties in April 1980", ["other", "withdrawal"], D(1980, 4), ["washington", "united states"])
d.EV("the Crown Prince also announced", ["statement"], TUE, MBS)
d.EV("Trump said he would approve the sale", ["statement", "agreement"], TUE, TR)
d.EV("Drone and missile attacks on the Abqaiq and Khurais oil facilities", ["attack"], D(2019, 9), [])
d.EV("which Washington blamed on Iran", ["statement"], None, ["washington", "united states"], core=False)
d.EV("Iran, for its part, exported", ["other"], D(2025, 10), ["iran"], core=False)
d.EV("Last month, Tehran declared", ["statement", "withdrawal"], D(2025, 10), ["tehran", "iran"])
d.EV("the United Nations reimposed sanctions", ["sanction"], ("2025-09-27", "2025-09-28"), ["united nations", "un"])
d.EV("said the Kingdom was not seeking", ["statement"], None, ["al-mansour"], core=False)
d.EV("she told Asharq Al-Awsat", ["statement"], None, ["al-mansour"], core=False)
d.save()
