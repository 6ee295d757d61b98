from n0 import FDoc, D, R, write, author, meta_note

DOC = "dev-n-iran-state-english-leader-talks-dead-end"
PUB = "2025-09-24"  # a Wednesday
TEXT = """Leader: Talks with US over enrichment 'an utter dead end'

Wednesday, 24 September 2025 7:41 AM  [ Last Update: Wednesday, 24 September 2025 11:05 AM ]

The Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei says negotiating with the United States over Iran's uranium enrichment would be "an utter dead end," stressing that Washington has broken its promises to the Iranian nation time and again.

In a televised speech on Tuesday, the Leader said the Americans had "announced the result of the talks in advance," namely the shutdown of enrichment in Iran.

"Such a negotiation is not a negotiation; it is dictation," Ayatollah Khamenei said. "No honourable nation accepts talks whose outcome is written by the other side."

The Leader recalled that Iran had accepted the 2015 nuclear agreement, officially known as the Joint Comprehensive Plan of Action (JCPOA), and honoured its commitments, while the US "tore up" the deal three years later and imposed what he called "the harshest sanctions in history" on the Iranian people.

Referring to the aggression of the Zionist regime and the US against Iran in June, Ayatollah Khamenei said the enemy had attacked "in the middle of negotiations" and that the Iranian nation stood firm during the 12-day war.

Iran and the US held five rounds of indirect talks mediated by Oman between April 12 and May 23. The sixth round, due on June 15 in Muscat, was called off after the Israeli regime launched its unprovoked aggression against Iran on June 13, assassinating senior military commanders and nuclear scientists.

On June 22, the US bombed three Iranian nuclear sites in Fordow, Natanz and Isfahan in a flagrant violation of the UN Charter. In response, the Islamic Revolution Guards Corps (IRGC) targeted al-Udeid air base in Qatar, the largest US military base in West Asia, the following day.

According to Iran's Health Ministry, more than 1,060 people were martyred in the Israeli and American attacks.

The Leader also pointed to the 1953 coup against the popular government of Prime Minister Mohammad Mosaddeq, orchestrated by the US and Britain, and to the US-backed Saddam regime's eight-year imposed war against Iran. "From 28 Mordad to today, the Americans have not changed," he said, referring to the date of the coup in the Iranian calendar.

Separately, Foreign Minister Seyyed Abbas Araghchi, who is in New York for the UN General Assembly, told IRNA on Tuesday that the attempt by the European troika to restore the terminated UN sanctions was "legally null and void."

Araghchi said he had met the foreign ministers of Britain, France and Germany on Tuesday but that the Europeans "have no independent will" and follow the US-led pressure campaign.

Government spokeswoman Fatemeh Mohajerani, in remarks on Wednesday, said the administration of President Masoud Pezeshkian fully follows the Leader's guidelines on foreign policy.

Foreign Ministry spokesman Esmaeil Baghaei told his weekly press conference on Monday that Iran had "tested America's word more than once" and that the downing of an Iran Air passenger plane by the USS Vincennes in July 1988, which killed all 290 people on board, "has not been forgotten."

Washington left the JCPOA on May 8, 2018, and Iran, after a year of what officials called "strategic patience," began reducing its commitments in May 2019.
"""
write(DOC, "Leader: Talks with US over enrichment 'an utter dead end'", "Press TV (style imitation)", PUB, TEXT)
meta_note(DOC, "Iranian state-run English outlet story in Press TV / Tehran Times house style, style imitation; Khamenei's speech of 23 September 2025 is real but every quote here is invented or paraphrased ('an utter dead end' paraphrases his 'dead end'), as are the quotes of Araghchi, Baghaei and Mohajerani; the state outlet's framing words are imitated, not endorsed")

d = FDoc(DOC, PUB)
TUE, MON, WED = D(2025, 9, 23), D(2025, 9, 22), D(2025, 9, 24)
KH = ["khamenei", "leader"]
# quotes
d.Q("an utter dead end", ["partial"], "Ali Khamenei", KH, TUE, core=False)
d.Q("an utter dead end,", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("announced the result of the talks in advance,", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("Such a negotiation is not a negotiation; it is dictation,", ["direct"], "Ali Khamenei", KH, TUE)
d.Q("No honourable nation accepts talks whose outcome is written by the other side.", ["direct"], "Ali Khamenei", KH, TUE)
d.Q("tore up", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("the harshest sanctions in history", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("in the middle of negotiations", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("From 28 Mordad to today, the Americans have not changed,", ["direct"], "Ali Khamenei", KH, TUE)
d.Q("legally null and void.", ["partial"], "Abbas Araghchi", ["araghchi"], TUE)
d.Q("have no independent will", ["partial"], "Abbas Araghchi", ["araghchi"], TUE)
d.Q("tested America's word more than once", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("has not been forgotten.", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("strategic patience,", ["term", "partial"], None, [], None, core=False)
# figures
d.F("three years later", 3, ["year"], "duration", core=False)
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("more than 1,060 people", 1060, ["person", "people"], "count", "more_than", ["martyr", "people", "killed"])
d.F("eight-year", 8, ["year"], "duration", subject_any=["war"])
d.F("more than once", 1, ["time"], "count", "more_than", core=False)
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["people", "board", "killed"])
d.F("a year", 1, ["year"], "duration", ctx=("after a year of what",), core=False)
# events
d.EV("Talks with US over enrichment", ["negotiation", "statement"], None, [], core=False)
LEAD = "says negotiating with the United States"
d.EV(LEAD, ["statement"], TUE, KH, core=False)
d.EV("Washington has broken its promises", ["withdrawal"], None, ["washington", "united states"], core=False)
d.EV("In a televised speech on Tuesday", ["statement"], TUE, KH)
d.EV("Ayatollah Khamenei said. \"No", ["statement"], TUE, KH, core=False)
d.EV("The Leader recalled that Iran had accepted", ["statement"], TUE, KH, core=False)
d.EV("Iran had accepted the 2015 nuclear agreement", ["agreement"], D(2015), ["iran"])
d.EV("the US \"tore up\" the deal three years later", ["withdrawal"], D(2018), ["us", "united states"])
d.EV("imposed what he called", ["sanction"], D(2018), ["us", "united states"])
d.EV("Referring to the aggression", ["statement"], TUE, KH, core=False)
d.EV("the aggression of the Zionist regime and the US against Iran in June", ["attack", "war"], D(2025, 6), ["israel", "zionist", "us"], core=False)
d.EV("the enemy had attacked", ["attack"], D(2025, 6), ["israel", "zionist", "us", "enemy"], core=False)
d.EV("held five rounds of indirect talks", ["negotiation"], ("2025-04-12", "2025-05-23"), ["iran", "us", "oman"])
d.EV("was called off", ["other", "negotiation"], ("2025-06-13", "2025-06-15"), [])
d.EV("launched its unprovoked aggression", ["attack", "war"], D(2025, 6, 13), ["israel", "zionist"])
d.EV("assassinating senior military commanders", ["attack"], D(2025, 6, 13), ["israel", "zionist"])
d.EV("the US bombed three Iranian nuclear sites", ["attack"], D(2025, 6, 22), ["us", "united states"])
d.EV("targeted al-Udeid air base", ["attack"], D(2025, 6, 23), ["irgc", "revolution guards", "iran"])
d.EV("were martyred in the Israeli and American attacks", ["attack"], ("2025-06-13", "2025-06-24"), ["israel", "us"])
d.EV("The Leader also pointed to the 1953 coup", ["statement"], TUE, KH, core=False)
d.EV("the 1953 coup against the popular government", ["coup"], D(1953), ["us", "britain", "united states"])
d.EV("eight-year imposed war against Iran", ["war"], ("1980-01-01", "1988-12-31"), ["saddam", "iraq"], core=False)
d.EV("he said, referring to the date", ["statement"], TUE, KH, core=False)
d.EV("told IRNA on Tuesday", ["statement"], TUE, ["araghchi"])
d.EV("the attempt by the European troika to restore", ["sanction", "other"], None, ["troika", "britain", "france", "germany", "e3"], core=False)
d.EV("Araghchi said he had met", ["statement"], TUE, ["araghchi"], core=False)
d.EV("he had met the foreign ministers", ["negotiation"], TUE, ["araghchi", "iran"])
d.EV("in remarks on Wednesday", ["statement"], WED, ["mohajerani"])
d.EV("told his weekly press conference on Monday", ["statement"], MON, ["baghaei"])
d.EV("the downing of an Iran Air passenger plane", ["attack"], D(1988, 7), ["vincennes", "united states", "us"])
d.EV("Washington left the JCPOA on May 8, 2018", ["withdrawal"], D(2018, 5, 8), ["washington", "united states"])
d.EV("began reducing its commitments in May 2019", ["withdrawal"], D(2019, 5), ["iran"])
d.save()
