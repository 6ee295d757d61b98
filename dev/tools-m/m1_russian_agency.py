from m0 import FDoc, D, R, write, author, meta_note

DOC = "dev-m-russian-agency-zakharova-strikes-on-iran"
PUB = "2025-06-23"  # a Monday
TEXT = """Zakharova: US strikes on Iran have buried trust in negotiations for years

According to the Russian diplomat, Washington "chose bombs at the very moment when a sixth round of talks was being prepared"

MOSCOW, June 23. /TASS/. The US strikes on Iranian nuclear facilities have dealt a blow to trust in negotiations that will be felt for years, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Monday.

"The Americans chose bombs at the very moment when a sixth round of talks was being prepared," the diplomat said. "What country will now believe that sitting down at the table with Washington protects it from being bombed?"

According to her, Moscow regards the strikes as "a flagrant violation of the UN Charter." Zakharova noted that the attack on facilities under International Atomic Energy Agency (IAEA) safeguards had created "a dangerous precedent" for the entire non-proliferation regime.

In the early hours of June 22, US aircraft struck the Fordow, Natanz and Isfahan nuclear facilities. According to the Pentagon, the operation involved more than 125 aircraft, including seven B-2 strategic bombers, and some two dozen Tomahawk cruise missiles were launched from a submarine. US President Donald Trump later said that the sites had been "completely and totally obliterated."

Earlier on Monday, Russian President Vladimir Putin met with Iranian Foreign Minister Abbas Araghchi in the Kremlin. The Russian leader called the aggression against Iran "absolutely unprovoked" and said Russia was ready to help the Iranian people. Araghchi handed over a message from the Iranian leadership, the Kremlin press service said.

On Sunday, Russian Deputy Foreign Minister Sergey Ryabkov told TASS that the strikes had "closed the window" for a negotiated settlement in the near term. "We warned our American colleagues that force would not solve the problem but multiply it," he said.

As TASS has learned from a diplomatic source in Moscow, Russia has proposed holding an emergency meeting of the UN Security Council together with China and Pakistan. "The draft resolution calls for an immediate and unconditional ceasefire," the source said.

Zakharova recalled that Moscow had warned Washington against military intervention last week. On June 18, she described possible US involvement as "a step towards a catastrophe" for the whole region.

Israel launched a military operation against Iran on June 13, striking nuclear and military sites and killing senior commanders and scientists. Iran responded with missile and drone attacks on Israeli territory. According to Iran's Health Ministry, more than 400 people have been killed in Iran since the start of the operation, while Israeli authorities report 24 dead.

Iran nuclear deal

On July 14, 2015, Iran and six international mediators (Russia, the United Kingdom, Germany, China, the United States and France) agreed on the Joint Comprehensive Plan of Action (JCPOA). Under the deal, Tehran undertook to keep no more than 300 kg of uranium enriched to 3.67% for 15 years. In May 2018, the US withdrew from the agreement and reimposed sanctions on Iran. A year later, Tehran began to scale back its commitments. In its latest report, issued on May 31, the IAEA estimated Iran's stockpile of uranium enriched to 60% at more than 400 kg. Between April 12 and May 23, Oman mediated five rounds of indirect talks between Iran and the US; the sixth round had been scheduled for June 15 in Muscat.
"""
write(DOC, "Zakharova: US strikes on Iran have buried trust in negotiations for years", "TASS (style imitation)", PUB, TEXT)
meta_note(DOC, "Russian state news agency English wire, style imitation; quotes of real people invented or paraphrased")

d = FDoc(DOC, PUB)
MON, SUN = D(2025, 6, 23), D(2025, 6, 22)
ZAK = ["zakharova"]
US = ["united states", "us", "american", "washington"]
# quotes
d.Q("chose bombs at the very moment when a sixth round of talks was being prepared", ["partial"], "Maria Zakharova", ZAK, MON, core=False)
d.Q("The Americans chose bombs at the very moment when a sixth round of talks was being prepared,", ["direct"], "Maria Zakharova", ZAK, MON)
d.Q("What country will now believe that sitting down at the table with Washington protects it from being bombed?", ["direct"], "Maria Zakharova", ZAK, MON)
d.Q("a flagrant violation of the UN Charter.", ["partial"], "Maria Zakharova", ZAK, MON)
d.Q("a dangerous precedent", ["partial", "term"], "Maria Zakharova", ZAK, MON)
d.Q("completely and totally obliterated.", ["partial"], "Donald Trump", ["trump"], ("2025-06-22", "2025-06-23"))
d.Q("absolutely unprovoked", ["partial"], "Vladimir Putin", ["putin"], MON)
d.Q("closed the window", ["partial"], "Sergey Ryabkov", ["ryabkov"], SUN)
d.Q("We warned our American colleagues that force would not solve the problem but multiply it,", ["direct"], "Sergey Ryabkov", ["ryabkov"], SUN)
d.Q("The draft resolution calls for an immediate and unconditional ceasefire,", ["direct"], None, [], None)
d.Q("a step towards a catastrophe", ["partial"], "Maria Zakharova", ZAK, D(2025, 6, 18))
# figures
d.F("more than 125 aircraft", 125, ["aircraft"], "count", "more_than", ["aircraft", "operation"])
d.F("seven B-2 strategic bombers", 7, ["bomber", "strategic bomber", "b-2 strategic bomber", "b-2 bomber"], "count", subject_any=["bomber", "b-2"])
d.F("some two dozen Tomahawk cruise missiles", 24, ["missile", "cruise missile", "tomahawk cruise missile"], "count", "about", ["missile", "tomahawk"])
d.F("more than 400 people", 400, ["person", "people"], "count", "more_than", ["killed", "people", "iran"])
d.F("24 dead", 24, ["person", "people", "dead", "death"], "count", subject_any=["dead", "israel"])
d.F("six international mediators", 6, ["mediator", "international mediator"], "count", subject_any=["mediator"])
d.F("no more than 300 kg", 300, ["kilogram", "kg"], "measure", "at_most", ["uranium"])
d.F("3.67%", 3.67, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("15 years", 15, ["year"], "duration", subject_any=["deal", "year", "uranium"])
d.F("A year later", 1, ["year"], "duration", core=False)
d.F("60%", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("more than 400 kg", 400, ["kilogram", "kg"], "measure", "more_than", ["stockpile", "uranium"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
# events
d.E("Zakharova: US strikes on Iran have buried trust in negotiations for years", "strikes", ["attack"], SUN, US, core=False)
d.E('According to the Russian diplomat, Washington "chose bombs at the very moment when a sixth round of talks was being prepared"',
    "chose bombs", ["attack"], SUN, US, core=False)
LEAD = ("MOSCOW, June 23. /TASS/. The US strikes on Iranian nuclear facilities have dealt a blow to trust in negotiations that "
        "will be felt for years, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on Monday.")
d.E(LEAD, "said at a briefing", ["statement"], MON, ZAK)
d.E(LEAD, "strikes", ["attack"], SUN, US, core=False)
d.EV("the diplomat said", ["statement"], MON, ZAK, core=False)
d.EV("Zakharova noted", ["statement"], MON, ZAK, core=False)
d.EV("US aircraft struck", ["attack"], SUN, US)
d.EV("were launched from a submarine", ["attack"], SUN, [], core=False)
d.EV("Trump later said", ["statement"], ("2025-06-22", "2025-06-23"), ["trump"])
d.EV("met with Iranian Foreign Minister", ["negotiation"], MON, ["putin", "russia", "araghchi", "iran"])
d.EV("called the aggression", ["statement"], MON, ["putin"], core=False)
d.EV("handed over a message", ["statement", "other"], MON, ["araghchi", "iran"], core=False)
d.EV("Ryabkov told TASS", ["statement"], SUN, ["ryabkov"])
d.EV("he said.", ["statement"], SUN, ["ryabkov"], core=False)
d.EV("Russia has proposed", ["statement", "negotiation", "other"], None, ["russia"])
d.EV("the source said", ["statement"], None, [], core=False)
d.EV("Zakharova recalled", ["statement"], MON, ZAK, core=False)
d.EV("Moscow had warned Washington", ["statement", "threat"], ("2025-06-16", "2025-06-22"), ["russia", "moscow"])
d.EV("she described possible US involvement", ["statement"], D(2025, 6, 18), ZAK)
d.EV("Israel launched a military operation", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("Iran responded with missile and drone attacks", ["attack"], None, ["iran"])
d.EV("have been killed in Iran", ["attack"], ("2025-06-13", "2025-06-23"), [])
d.EV("agreed on the Joint Comprehensive Plan of Action", ["agreement"], D(2015, 7, 14), ["iran", "mediator"])
d.EV("Tehran undertook to keep", ["agreement"], D(2015, 7, 14), ["iran", "tehran"], core=False)
d.EV("the US withdrew from the agreement", ["withdrawal"], D(2018, 5), US)
d.EV("reimposed sanctions on Iran", ["sanction"], D(2018, 5), US)
d.EV("Tehran began to scale back", ["withdrawal"], D(2019, 5), ["iran", "tehran"])
d.EV("issued on May 31", ["disclosure"], D(2025, 5, 31), ["iaea", "international atomic energy agency"])
d.EV("Oman mediated five rounds", ["negotiation"], ("2025-04-12", "2025-05-23"), ["oman", "iran", "united states"])
d.EV("had been scheduled for June 15", ["negotiation"], D(2025, 6, 15), [], core=False)
d.save()
