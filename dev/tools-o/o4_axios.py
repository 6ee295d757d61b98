from o0 import FDoc, D, R, write, author, meta_note

DOC = "dev-o-axios-khamenei-doubts-enrichment-fight"
PUB = "2025-05-20"  # a Tuesday
TEXT = """Khamenei casts doubt on nuclear talks as enrichment fight sharpens

Samira Holbrook-Nadeem

May 20, 2025

Iran's Supreme Leader Ayatollah Ali Khamenei said Tuesday he does not expect the nuclear talks with the U.S. to lead anywhere, escalating a public fight over whether Iran can keep enriching uranium under any deal.

Why it matters: It's the clearest sign yet that the two sides remain far apart on the central question of the talks, four rounds in, as President Trump warns that his patience is not unlimited.

Driving the news: Speaking at a ceremony marking the first anniversary of the death of President Ebrahim Raisi, Khamenei said U.S. demands that Iran give up enrichment were "a big mistake."

- He told the audience that Washington's negotiators should "stop talking nonsense" and that Iran "does not need permission" from anyone to enrich.
- He added that he doubted the talks would "reach a result."

What they're saying: Special envoy Steve Witkoff told ABC News on Sunday that the U.S. could not accept "even 1%" of enrichment capability in Iran.

- Iranian Foreign Minister Abbas Araghchi replied on X on Sunday that if the aim was to deprive Iran of enrichment, "there will be no deal."
- "We are not going to negotiate away a right we have paid for," Deputy Foreign Minister Majid Takht-Ravanchi told Iranian state media on Monday.

The other side: A White House official told Axios on Tuesday that the administration's position "has not changed" and that Trump "wants a deal, but not at any price."

State of play: The two sides have held four rounds of talks since April 12, mediated by Oman, in Muscat and Rome, the last on May 11 in Muscat.

- Trump said Friday aboard Air Force One, on his way home from a four-day Gulf tour, that Iran had a proposal in hand and "knows it has to move fast."

Between the lines: Khamenei has tolerated indirect talks since April, but he has never given them a public blessing, and hardliners in the Majlis have used his skepticism to attack Araghchi.

- The parliament's national security committee has asked Araghchi to brief lawmakers on the talks next week.

The intrigue: Witkoff's own line has shifted. In an April 14 interview with Fox News he suggested Iran could be allowed to enrich to 3.67%, before posting a day later that Iran had to "stop and eliminate" its enrichment program.

Zoom in: Iranian officials have floated a regional enrichment consortium with Gulf neighbors as a possible compromise.

- A senior Iranian official told Axios last week that Tehran would consider the idea only if enrichment also continued inside Iran.

By the numbers: Iran is enriching uranium up to 60%, a short step from the roughly 90% needed for a weapon.

- The 2015 nuclear deal capped enrichment at 3.67%.
- The International Atomic Energy Agency reported in February that Iran held more than 274 kilograms of uranium enriched to 60%.

Flashback: Trump withdrew the U.S. from the 2015 deal on May 8, 2018, and reimposed sanctions that cut Iran's oil exports sharply.

- In February, Khamenei told air force commanders that negotiating with Washington would not solve Iran's problems.
- Trump sent Khamenei a letter in March offering talks and, according to U.S. officials, setting a two-month window for a deal.
- Iran replied through Oman weeks later, agreeing to indirect talks.

What's next: Oman is expected to propose dates for a fifth round, which Iranian officials say could take place in Rome later this month.

- Israeli officials have warned that they may act on their own if talks stall.

Go deeper: Inside Trump's letter to Khamenei
"""
write(DOC, "Khamenei casts doubt on nuclear talks as enrichment fight sharpens", "Axios (style imitation)", PUB, TEXT)
author(DOC, "Samira Holbrook-Nadeem")
meta_note(DOC, "Axios/Politico-style 'smart brevity' story with bolded lead-ins (rendered as plain labels) and bullets, "
          "style imitation; the writer and the anonymous White House official are invented; quotes of Khamenei, "
          "Witkoff, Araghchi, Takht-Ravanchi and Trump are invented or paraphrased ('even 1%' and 'stop talking nonsense' "
          "paraphrase remarks of 18 and 20 May 2025)")

d = FDoc(DOC, PUB)
TUE, MON, SUN, FRI = D(2025, 5, 20), D(2025, 5, 19), D(2025, 5, 18), D(2025, 5, 16)
# quotes
d.Q("a big mistake.", ["partial"], "Ali Khamenei", ["khamenei"], TUE)
d.Q("stop talking nonsense", ["partial"], "Ali Khamenei", ["khamenei"], TUE)
d.Q("does not need permission", ["partial"], "Ali Khamenei", ["khamenei"], TUE)
d.Q("reach a result.", ["partial"], "Ali Khamenei", ["khamenei"], TUE)
d.Q("even 1%", ["partial"], "Steve Witkoff", ["witkoff"], SUN)
d.Q("there will be no deal.", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("We are not going to negotiate away a right we have paid for,", ["direct"], "Majid Takht-Ravanchi", ["ravanchi"], MON)
d.Q("has not changed", ["partial"], None, [], TUE)
d.Q("wants a deal, but not at any price.", ["partial"], None, [], TUE)
d.Q("stop and eliminate", ["partial"], "Steve Witkoff", ["witkoff"], D(2025, 4, 15))
d.Q("knows it has to move fast.", ["partial"], "Donald Trump", ["trump"], FRI)
# figures
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("The two sides", 2, ["side"], "count", core=False)
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich"], occ=0)
d.F("a day later", 1, ["day"], "duration", core=False)
d.F("four rounds in", 4, ["round"], "count", subject_any=["round", "talks"])
d.F("even 1%", 1, ["percent"], "percent", subject_any=["enrichment", "capability"])
d.F("four rounds of talks", 4, ["round"], "count", subject_any=["round", "talks"])
d.F("four-day", 4, ["day"], "duration", subject_any=["tour", "gulf"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("roughly 90%", 90, ["percent"], "percent", "about", ["weapon", "uranium"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich"], occ=1)
d.F("more than 274 kilograms", 274, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("60%", 60, ["percent"], "percent", subject_any=["uranium", "enrich"], occ=1)
d.F("two-month", 2, ["month"], "duration", core=False)
# events
d.EV("Khamenei casts doubt", ["statement"], TUE, ["khamenei"], core=False)
d.EV("Khamenei said Tuesday", ["statement"], TUE, ["khamenei"])
d.EV("as President Trump warns", ["statement", "threat"], None, ["trump"], core=False)
d.EV("the death of President Ebrahim Raisi", ["other", "leadership_change"], D(2024, 5), [], core=False)
d.EV("Khamenei said U.S. demands", ["statement"], TUE, ["khamenei"], core=False)
d.EV("He told the audience", ["statement"], TUE, ["khamenei"], core=False)
d.EV("He added that he doubted", ["statement"], TUE, ["khamenei"], core=False)
d.EV("Witkoff told ABC News on Sunday", ["statement"], SUN, ["witkoff"])
d.EV("Araghchi replied on X on Sunday", ["statement"], SUN, ["araghchi"])
d.EV("told Iranian state media on Monday", ["statement"], MON, ["ravanchi"])
d.EV("A White House official told Axios on Tuesday", ["statement"], TUE, [], core=False)
d.EV("have held four rounds of talks since April 12", ["negotiation"], ("2025-04-12", "2025-05-11"), ["iran", "united states", "u.s."])
d.EV("the last on May 11 in Muscat", ["negotiation"], D(2025, 5, 11), [])
d.EV("Trump said Friday aboard Air Force One", ["statement"], FRI, ["trump"])
d.EV("In an April 14 interview with Fox News he suggested", ["statement"], D(2025, 4, 14), ["witkoff"])
d.EV("before posting a day later", ["statement"], D(2025, 4, 15), ["witkoff"])
d.EV("has asked Araghchi to brief lawmakers", ["other", "negotiation", "statement"], ("2025-05-26", "2025-06-01"), ["committee", "parliament", "majlis"], core=False)
d.EV("Iranian officials have floated", ["statement", "negotiation"], None, ["iran", "official"], core=False)
d.EV("A senior Iranian official told Axios last week", ["statement"], ("2025-05-12", "2025-05-18"), [], core=False)
d.EV("Khamenei has tolerated indirect talks", ["other", "statement"], None, ["khamenei"], core=False)
d.EV("have used his skepticism to attack", ["statement"], None, ["majlis", "hardliner"], core=False)
d.EV("The 2015 nuclear deal capped", ["agreement"], D(2015), [], core=False)
d.EV("reported in February", ["disclosure", "statement"], D(2025, 2), ["international atomic energy agency", "iaea"])
d.EV("Trump withdrew the U.S. from the 2015 deal on May 8, 2018", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("reimposed sanctions that cut", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump"])
d.EV("Khamenei told air force commanders", ["statement"], D(2025, 2), ["khamenei"])
d.EV("Trump sent Khamenei a letter in March", ["statement", "negotiation"], D(2025, 3), ["trump"])
d.EV("Iran replied through Oman weeks later", ["statement", "negotiation"], ("2025-03-01", "2025-05-20"), ["iran"])
d.EV("Oman is expected to propose dates", ["negotiation", "other"], None, ["oman"], core=False)
d.EV("could take place in Rome later this month", ["negotiation"], ("2025-05-21", "2025-05-31"), [], core=False)
d.EV("Israeli officials have warned", ["threat", "statement"], None, ["israel"], core=False)
d.save()
