from p0 import FDoc, D, R, write, author, meta_note

DOC = "dev-p-npr-un-sanctions-return-iranians-shrug"
PUB = "2025-09-29"  # a Monday
TEXT = """U.N. sanctions are back on Iran. Many Iranians say they expected nothing else

September 29, 2025, 5:04 AM ET

Heard on Morning Edition

By Hadley Sorensen-Rahimi

United Nations sanctions on Iran came back into force over the weekend, a decade after the 2015 nuclear deal lifted them.

The measures, which include an arms embargo and a ban on uranium enrichment, were restored at 8 p.m. ET on Saturday, after Britain, France and Germany triggered the so-called "snapback" mechanism in late August.

On Friday, a Russian and Chinese draft resolution that would have delayed the sanctions by six months failed at the Security Council, winning only four votes.

Iranian President Masoud Pezeshkian called the move "a political weapon dressed up as law" in an interview with Morning Edition host Martin Okafor-Bell in New York last week, before the sanctions took effect.

"We did everything they asked under the agreement, and they answered us with sanctions," Pezeshkian told NPR through an interpreter. "How can we trust the same people to keep the next promise?"

Okafor-Bell asked whether Iran would now leave the Nuclear Non-Proliferation Treaty, as some lawmakers in Tehran have demanded. Pezeshkian laughed. "That is a question for parliament, not for me," he said.

Iran recalled its ambassadors to Britain, France and Germany for consultations on Saturday, Iranian state media reported.

In a joint statement on Saturday, the three European countries said the return of the sanctions did not mean "the end of diplomacy" and urged Iran to allow U.N. inspectors back into its nuclear sites.

A story that starts in 1953

For many Iranians, the weekend's news fits a much longer story.

In 1953, the CIA and British intelligence helped to overthrow Iran's elected prime minister, Mohammad Mosaddegh, who had nationalized the country's oil industry two years earlier.

Iran agreed in 2015 to strict limits on its nuclear program in exchange for relief from U.N., U.S. and European sanctions. President Trump pulled the United States out of that deal in 2018, during his first term, and reimposed American sanctions.

Iran then began to exceed the deal's limits. In June of this year, Israel launched a 12-day war against Iran, and U.S. bombers struck three Iranian nuclear sites.

Sanam Keshavarz-Doyle, an Iran analyst at the Meridian Crisis Group, told NPR on Sunday that the snapback mattered less for its economic bite than for what it confirmed in Iranian eyes.

"For a generation of Iranians, this is the third time the West has taken back what it promised," she said. "They will not read the fine print. They will read the pattern."

She said the sanctions could still cut Iran's oil exports, which were running at roughly 1.7 million barrels a day in August, by as much as 300,000 barrels a day if Asian buyers grow cautious.

In Tehran, the mood is one of fatigue

Reached by phone in Tehran, a 34-year-old engineer who asked that only her first name, Mahsa, be used for her safety, said prices had been climbing since the war in June.

"My salary is the same number every month, but it buys less every week," she said.

The rial fell to a record low of about 1,120,000 to the U.S. dollar on the open market on Sunday, according to currency-tracking websites.

Iranian lawmakers have threatened for years to quit the nonproliferation treaty whenever the West applies pressure, and some have called for a vote this week.

It is not clear whether the Supreme Leader, Ayatollah Ali Khamenei, would approve such a step.

Hadley Sorensen-Rahimi reported from Istanbul.
"""
write(DOC, "U.N. sanctions are back on Iran. Many Iranians say they expected nothing else", "NPR (style imitation)", PUB, TEXT)
author(DOC, "Hadley Sorensen-Rahimi")
meta_note(DOC, "web story from a radio piece in NPR house style ('Heard on Morning Edition', host and correspondent names, "
          "'told NPR', quotes from an interview transcript, 'reported from Istanbul'), style imitation; the correspondent, "
          "the host Martin Okafor-Bell, the analyst Sanam Keshavarz-Doyle and the Meridian Crisis Group, the engineer "
          "Mahsa and the NPR interview are invented; quotes of Pezeshkian and the E3 are invented or paraphrased; the "
          "export figures (1.7 million and 300,000 barrels a day) and the rial rate are plausible, not exact")

d = FDoc(DOC, PUB)
SAT, SUN, FRI = D(2025, 9, 27), D(2025, 9, 28), D(2025, 9, 26)
LASTWK = ("2025-09-22", "2025-09-28")
PZ = ["pezeshkian"]
E3 = ["britain", "france", "germany", "united kingdom", "e3", "european"]
KD = ["keshavarz"]
# quotes
d.Q("snapback", ["term"], None, [], None, core=False)
d.Q("a political weapon dressed up as law", ["partial"], "Masoud Pezeshkian", PZ, LASTWK)
d.Q("We did everything they asked under the agreement, and they answered us with sanctions,", ["direct"],
    "Masoud Pezeshkian", PZ, LASTWK)
d.Q("How can we trust the same people to keep the next promise?", ["direct"], "Masoud Pezeshkian", PZ, LASTWK)
d.Q("That is a question for parliament, not for me,", ["direct"], "Masoud Pezeshkian", PZ, LASTWK)
d.Q("the end of diplomacy", ["partial"], "United Kingdom, France and Germany", E3, SAT)
d.Q("For a generation of Iranians, this is the third time the West has taken back what it promised,", ["direct"],
    "Sanam Keshavarz-Doyle", KD, SUN)
d.Q("They will not read the fine print. They will read the pattern.", ["direct"], "Sanam Keshavarz-Doyle", KD, SUN)
d.Q("My salary is the same number every month, but it buys less every week,", ["direct"], None, [], None)
# figures
d.F("a decade", 10, ["year"], "duration", core=False)
d.F("six months", 6, ["month"], "duration", subject_any=["delay", "sanction"])
d.F("four votes", 4, ["vote"], "count", subject_any=["vote", "resolution", "draft"])
d.F("the three European countries", 3, ["country"], "count", core=False)
d.F("two years earlier", 2, ["year"], "duration", core=False)
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("roughly 1.7 million barrels a day", 1.7e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil exports", "export"])
d.F("as much as 300,000 barrels a day", 3e5, ["barrel per day", "barrel a day"], "measure", "up_to", ["oil exports", "export"])
d.F("34-year-old", 34, ["year"], "duration", core=False)
d.F("about 1,120,000", 1120000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
# events
d.EV("U.N. sanctions are back on Iran", ["sanction"], ("2025-09-27", "2025-09-28"), [], core=False)
d.EV("Many Iranians say they expected", ["statement"], None, [], core=False)
d.EV("came back into force over the weekend", ["sanction"], ("2025-09-27", "2025-09-28"), [])
d.EV("the 2015 nuclear deal lifted them", ["sanction", "agreement"], None, [], core=False)
d.EV("were restored at 8 p.m. ET on Saturday", ["sanction"], SAT, [], core=False)
d.EV("triggered the so-called", ["sanction", "statement", "other"], ("2025-08-21", "2025-08-31"), E3)
d.EV("failed at the Security Council", ["other", "legislation"], FRI, ["russia", "china"])
d.EV("called the move", ["statement"], LASTWK, PZ, core=False)
d.EV("before the sanctions took effect", ["sanction"], None, [], core=False)
d.EV("Pezeshkian told NPR through an interpreter", ["statement"], LASTWK, PZ, core=False)
d.EV("Okafor-Bell asked whether", ["statement", "other"], None, [], core=False)
d.EV("as some lawmakers in Tehran have demanded", ["statement"], None, ["lawmaker", "iran", "majlis"], core=False)
d.EV('"That is a question for parliament, not for me," he said', ["statement"], LASTWK, PZ, core=False)
d.EV("Iran recalled its ambassadors", ["other", "withdrawal", "statement"], SAT, ["iran"])
d.EV("Iranian state media reported", ["statement"], SAT, ["iran", "state media"], core=False)
d.EV("In a joint statement on Saturday", ["statement"], SAT, E3)
d.EV("helped to overthrow", ["coup"], D(1953), ["cia", "central intelligence", "british"])
d.EV("who had nationalized the country's oil industry", ["seizure", "other", "legislation"], D(1951), ["mosaddegh"])
d.EV("Iran agreed in 2015 to strict limits", ["agreement"], D(2015), ["iran"])
d.EV("President Trump pulled the United States out", ["withdrawal"], D(2018), ["trump"])
d.EV("reimposed American sanctions", ["sanction"], D(2018), ["trump"])
d.EV("Iran then began to exceed", ["withdrawal", "other"], None, ["iran"])
d.EV("Israel launched a 12-day war", ["war", "attack"], D(2025, 6), ["israel"])
d.EV("U.S. bombers struck three Iranian nuclear sites", ["attack"], D(2025, 6), ["united states", "u.s.", "bomber"])
d.EV("told NPR on Sunday", ["statement"], SUN, KD, core=False)
d.EV("the snapback mattered less", ["sanction"], None, [], core=False)
d.EV("She said the sanctions could still cut", ["statement"], None, KD, core=False)
d.EV("said prices had been climbing since the war in June", ["other", "statement"], None, [], core=False)
d.EV("The rial fell to a record low", ["other"], SUN, [], core=False)
d.EV("Iranian lawmakers have threatened for years", ["threat", "statement"], None, ["lawmaker", "iran", "majlis"], core=False)
d.EV("some have called for a vote this week", ["legislation", "statement"], ("2025-09-29", "2025-10-05"), [], core=False)
d.save()
