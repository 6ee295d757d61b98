from p0 import FDoc, D, R, write, author, meta_note

DOC = "dev-p-bbc-rome-second-round-expert-talks"
PUB = "2025-04-20"  # a Sunday
TEXT = """Iran and US agree to expert-level talks after second round in Rome

Imogen Hartwell-Rostami
BBC News, reporting from Rome

20 April 2025

Iran and the United States have agreed to begin technical talks on a possible nuclear deal, after a second round of negotiations in Rome on Saturday.

The talks, mediated by Oman, lasted about four hours at the Omani embassy in the Italian capital.

Iran's Foreign Minister Abbas Araghchi said afterwards that the two sides had reached "a better understanding on principles and goals".

"We agreed that the experts will start work on Wednesday to draw up the framework of an agreement," he told Iranian state television.

A senior US official said the meeting had produced "very good progress" and that the two delegations would meet again in a week.

The third round is due to be held in Muscat, the Omani capital, next Saturday.

'Not optimistic, not pessimistic'

The negotiations are the highest-level contact between the two countries since the collapse of the 2015 nuclear deal.

US President Donald Trump has threatened military action if no agreement is reached.

On Thursday, he told reporters in the Oval Office that he was "in no rush" to strike Iran's nuclear facilities, but that Iran "cannot have a nuclear weapon".

Iran's Supreme Leader, Ayatollah Ali Khamenei, who has the final word on all state matters, said on Tuesday that he was "neither overly optimistic nor overly pessimistic" about the process.

Asked whether Tehran now trusted Washington's intentions, one Iranian diplomat in Rome laughed and said: "Trust is not on the agenda."

BBC Persian has learned that Iran's delegation came to Rome with instructions to discuss only the nuclear file, and not the country's missile programme or its support for armed groups in the region.

A diplomatic source told the BBC that the Omani foreign minister, Badr Albusaidi, shuttled between two rooms for most of Saturday afternoon, though Mr Araghchi and the US envoy Steve Witkoff also spoke directly for a short time.

Mixed messages

The US position on enrichment has shifted in recent days.

On Monday, Mr Witkoff told Fox News that Iran would not need to enrich uranium beyond 3.67%, the level allowed under the 2015 deal.

A day later, he posted on X that Iran must "stop and eliminate" its enrichment programme.

Iranian officials say their right to enrich uranium for peaceful purposes is not negotiable.

Before travelling to Rome, Mr Araghchi visited Moscow on Thursday, where he handed a letter from Ayatollah Khamenei to Russian President Vladimir Putin.

The head of the UN nuclear watchdog, Rafael Grossi, was in Tehran on Wednesday for talks with Iranian officials.

What is the JCPOA?

The Joint Comprehensive Plan of Action was agreed in Vienna in July 2015 by Iran and six world powers: the US, UK, France, Germany, Russia and China.

Under its terms, Iran agreed to limit its enrichment of uranium to 3.67% and to keep a stockpile of no more than 300kg, in exchange for relief from sanctions.

In 2018, during his first term, Mr Trump abandoned the deal, calling it "the worst deal ever", and reimposed sanctions that have badly damaged Iran's economy.

Iran responded the following year by exceeding the deal's limits, and it is now enriching uranium to up to 60% purity, close to the 90% needed for a weapon.

Mistrust between the two countries goes back decades.

In 1953, the CIA and British intelligence helped to overthrow Iran's elected prime minister, Mohammad Mosaddegh.

After the Islamic revolution in 1979, students stormed the US embassy in Tehran and held 52 Americans hostage for 444 days.

The two countries have had no diplomatic relations since 1980.

Analysts say the Omani channel, which helped to prepare the ground for the 2015 deal, lets both sides talk without appearing to give ground at home.

"Oman is the one place both capitals still trust to carry a message without changing it," said Dr Leila Ashdown-Farahani, an Iran specialist at the Chiltern Institute in London.

"That is not the same thing as trusting each other."

Additional reporting by BBC Persian
"""
write(DOC, "Iran and US agree to expert-level talks after second round in Rome", "BBC News (style imitation)", PUB, TEXT)
author(DOC, "Imogen Hartwell-Rostami")
meta_note(DOC, "news story in BBC News website house style (byline with 'reporting from', one-sentence paragraphs, subheads, "
          "a 'What is ...?' explainer subhead, BBC Persian reporting, 'told the BBC'), style imitation; the writer, the "
          "analyst Leila Ashdown-Farahani, the Chiltern Institute, the Iranian diplomat, the diplomatic source and the US "
          "official are invented; quotes of Araghchi, Trump, Khamenei and the official are invented or paraphrased "
          "('stop and eliminate' is Witkoff's post of 15 April 2025, 'the worst deal ever' Trump's phrase); the length of "
          "the meeting and the two rooms are plausible, not exact")

d = FDoc(DOC, PUB)
SAT, THU, TUE, WED, MON = D(2025, 4, 19), D(2025, 4, 17), D(2025, 4, 15), D(2025, 4, 16), D(2025, 4, 14)
AR, KH, TR, WI = ["araghchi"], ["khamenei"], ["trump"], ["witkoff"]
# quotes
d.Q("a better understanding on principles and goals", ["partial"], "Abbas Araghchi", AR, SAT)
d.Q("We agreed that the experts will start work on Wednesday to draw up the framework of an agreement,", ["direct"],
    "Abbas Araghchi", AR, SAT)
d.Q("very good progress", ["partial"], None, [], None)
d.Q("Not optimistic, not pessimistic", ["partial", "term"], "Ali Khamenei", KH, TUE, core=False)
d.Q("in no rush", ["partial"], "Donald Trump", TR, THU)
d.Q("cannot have a nuclear weapon", ["partial"], "Donald Trump", TR, THU)
d.Q("neither overly optimistic nor overly pessimistic", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("Trust is not on the agenda.", ["direct"], None, [], None)
d.Q("stop and eliminate", ["partial"], "Steve Witkoff", WI, TUE)
d.Q("the worst deal ever", ["term", "partial"], "Donald Trump", TR, D(2018))
d.Q("Oman is the one place both capitals still trust to carry a message without changing it,", ["direct"],
    "Leila Ashdown-Farahani", ["ashdown"], None)
d.Q("That is not the same thing as trusting each other.", ["direct"], "Leila Ashdown-Farahani", ["ashdown"], None)
# figures
d.F("about four hours", 4, ["hour"], "duration", "about", ["talks"])
d.F("in a week", 1, ["week"], "duration", core=False)
d.F("two rooms", 2, ["room"], "count", subject_any=["room"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium", "level"], occ=0)
d.F("A day later", 1, ["day"], "duration", core=False)
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium"], occ=1)
d.F("no more than 300kg", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "purity", "enrich"])
d.F("the 90%", 90, ["percent"], "percent", subject_any=["weapon", "uranium", "purity"])
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("52 Americans", 52, ["american", "hostage", "person"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held", "american"])
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("the two delegations", 2, ["delegation"], "count", core=False)
for i in range(3):
    d.F("two countries", 2, ["country"], "count", core=False, occ=i)
# events
d.EV("Iran and US agree to expert-level talks", ["agreement", "negotiation"], SAT, ["iran", "united states"], core=False)
d.EV("have agreed to begin technical talks", ["agreement", "negotiation"], SAT, ["iran", "united states"])
d.EV("a second round of negotiations in Rome on Saturday", ["negotiation"], SAT, ["iran", "united states"])
d.EV("lasted about four hours", ["negotiation"], SAT, [], core=False)
d.EV("said afterwards", ["statement"], SAT, AR)
d.EV("he told Iranian state television", ["statement"], SAT, AR, core=False)
d.EV("A senior US official said", ["statement"], None, [], core=False)
d.EV("The third round is due to be held", ["negotiation"], D(2025, 4, 26), [], core=False)
d.EV("since the collapse of the 2015 nuclear deal", ["withdrawal"], None, [], core=False)
d.EV("has threatened military action", ["threat"], None, TR, core=False)
d.EV("he told reporters in the Oval Office", ["statement"], THU, TR)
d.EV("said on Tuesday that he was", ["statement"], TUE, KH)
d.EV("laughed and said", ["statement"], None, [], core=False)
d.EV("came to Rome with instructions", ["negotiation", "other", "statement"], None, ["iran"], core=False)
d.EV("A diplomatic source told the BBC", ["statement"], None, [], core=False)
d.EV("shuttled between two rooms", ["negotiation"], SAT, ["albusaidi", "busaidi", "oman"])
d.EV("told Fox News", ["statement"], MON, WI)
d.EV("he posted on X", ["statement"], TUE, WI)
d.EV("Iranian officials say their right", ["statement"], None, ["iran", "official"], core=False)
d.EV("visited Moscow on Thursday", ["negotiation", "other"], THU, AR)
d.EV("he handed a letter", ["statement", "negotiation", "other"], THU, AR)
d.EV("was in Tehran on Wednesday for talks", ["negotiation"], WED, ["grossi", "atomic energy", "watchdog"])
d.EV("was agreed in Vienna in July 2015", ["agreement"], D(2015, 7), ["iran", "power", "united states"])
d.EV("Iran agreed to limit its enrichment", ["agreement"], None, ["iran"], core=False)
d.EV("Mr Trump abandoned the deal", ["withdrawal"], D(2018), TR)
d.EV("reimposed sanctions that have badly damaged", ["sanction"], D(2018), TR)
d.EV("Iran responded the following year by exceeding", ["withdrawal", "other"], D(2019), ["iran"])
d.EV("it is now enriching uranium", ["other"], None, ["iran"], core=False)
d.EV("helped to overthrow", ["coup"], D(1953), ["cia", "central intelligence", "british"])
d.EV("After the Islamic revolution in 1979", ["revolution"], D(1979), [])
d.EV("students stormed the US embassy", ["seizure"], D(1979), ["student"])
d.EV("held 52 Americans hostage", ["seizure"], D(1979), ["student"], core=False)
d.EV("have had no diplomatic relations since 1980", ["other"], D(1980), [], core=False)
d.EV("Analysts say the Omani channel", ["statement"], None, [], core=False)
d.EV("said Dr Leila Ashdown-Farahani", ["statement"], None, ["ashdown"], core=False)
d.save()
