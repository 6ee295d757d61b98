from k0 import FDoc, D, R, write, author

DOC = "dev-k-court-sentencing-kettering-engineer-aircraft-parts"
PUB = "2021-06-11"  # a Friday
TEXT = """Kettering engineer gets 46 months for shipping aircraft parts to Iran
Judge cites 'years of lies'; daughter says he was caught in a feud older than he is

By Renata Vukovich-Hale
Staff Writer

DAYTON — A Kettering engineer who admitted routing American-made aircraft parts to Iran through a front company in Malaysia was sentenced Thursday to 46 months in federal prison, closing a case that began with a tip from a customs officer in Cincinnati nearly four years ago.

U.S. District Judge Marian T. Okonkwo-Reyes also ordered Behrouz Tavassoli, 58, to forfeit $1.2 million and pay a $75,000 fine. Tavassoli, a naturalized U.S. citizen who came to the Miami Valley in 1986 to study engineering, pleaded guilty in February to one count of conspiring to violate the International Emergency Economic Powers Act.

"For five years you told your customers one thing, your bank another and this court a third," the judge said before announcing the sentence. "This was not a paperwork mistake. It was years of lies."

Prosecutors said Tavassoli and two associates shipped at least 34 consignments of turbine blades, bearings and avionics components between 2014 and 2019, most of them bound for Iran's civil airlines. Those airlines have struggled to keep an aging fleet flying since Washington barred most aircraft sales to Iran after the 1979 revolution.

"Iran's airlines are flying planes older than most of their passengers, and these parts were for those planes," defense attorney Gregory Mattis-Lund told the court. He asked for probation, arguing that nothing his client sent had a military use.

Assistant U.S. Attorney Dana Pruitt-Oyelaran disagreed. She told the judge that two of the shipments included gyroscopes that could be fitted to drones. Tavassoli lied to federal agents when they first questioned him in October 2017, she said.

The case is one of dozens brought since 2018, when President Donald Trump pulled the United States out of the 2015 nuclear agreement and restored the sanctions it had lifted. The Justice Department has charged more than 60 people with Iran-related export crimes since then, according to a tally kept by the Harwell Center for Trade Compliance at Miami University. Its director, Paul Ekwueme-Stroud, said the pace had not slowed under President Joe Biden.

"Every administration says it wants a deal with Tehran, and every administration keeps prosecuting these cases," Ekwueme-Stroud said. "That tells you something about how little either side trusts the other."

Outside the courthouse on West Third Street on Thursday afternoon, Tavassoli's daughter, Shirin, a nurse at a Dayton hospital, read a short statement. Her father, she said, had grown up in Tehran in the years after the 1953 coup, which was organized by the CIA, and had "spent his whole life trying to be a bridge between two countries that keep burning it."

"He is not a spy. He is a man who fixed airplanes," she said, her voice breaking. She declined to answer questions.

Tavassoli himself spoke briefly before the sentence was imposed. "I am ashamed, and I am sorry for what I have done to my family," he said. He did not mention Iran.

Under federal guidelines Tavassoli had faced 57 to 71 months. Okonkwo-Reyes said she had gone below that range because of his age, his health and a letter signed by 112 former colleagues at a Vandalia machine shop, some of whom wrote that he "never once cut a corner on a weld."

The judge recommended that he serve his sentence at the federal prison in Morgantown, W.Va., about 250 miles from Dayton, so that his family could visit. He must report by Aug. 2. Two co-defendants, a Malaysian national and an Iranian citizen living in Dubai, remain at large.

Iran's mission to the United Nations did not respond to a request for comment on Thursday. Tehran has long described such prosecutions as part of what its officials call "economic terrorism" by Washington.
"""
write(DOC, "Kettering engineer gets 46 months for shipping aircraft parts to Iran", "The Miami Valley Sentinel (fictional)", PUB, TEXT)
author(DOC, "Renata Vukovich-Hale")

d = FDoc(DOC, PUB)
THU = D(2021, 6, 10)
# quotes
d.Q("years of lies", ["partial"], "Marian T. Okonkwo-Reyes", ["okonkwo-reyes", "judge"], THU, core=False)  # headline
d.Q("For five years you told your customers one thing, your bank another and this court a third,", ["direct"], "Marian T. Okonkwo-Reyes", ["okonkwo-reyes", "judge"], THU)
d.Q("This was not a paperwork mistake. It was years of lies.", ["direct"], "Marian T. Okonkwo-Reyes", ["okonkwo-reyes", "judge"], THU)
d.Q("Iran's airlines are flying planes older than most of their passengers, and these parts were for those planes,", ["direct"], "Gregory Mattis-Lund", ["mattis-lund"], THU)
d.Q("Every administration says it wants a deal with Tehran, and every administration keeps prosecuting these cases,", ["direct"], "Paul Ekwueme-Stroud", ["ekwueme-stroud"], None)
d.Q("That tells you something about how little either side trusts the other.", ["direct"], "Paul Ekwueme-Stroud", ["ekwueme-stroud"], None)
d.Q("spent his whole life trying to be a bridge between two countries that keep burning it.", ["partial"], "Shirin Tavassoli", ["shirin"], THU)
d.Q("He is not a spy. He is a man who fixed airplanes,", ["direct"], "Shirin Tavassoli", ["shirin"], THU)
d.Q("I am ashamed, and I am sorry for what I have done to my family,", ["direct"], "Behrouz Tavassoli", ["behrouz", "tavassoli"], THU)
d.Q("never once cut a corner on a weld.", ["partial"], None, [], None)
d.Q("economic terrorism", ["partial", "term"], None, [], None)
# figures
d.F("46 months", 46, ["month"], "duration", subject_any=["prison", "sentence", "engineer"], occ=0)
d.F("46 months", 46, ["month"], "duration", subject_any=["prison", "sentence", "tavassoli"], occ=1)
d.F("nearly four years ago", 4, ["year"], "duration", "about", core=False)
d.F("58", 58, ["year"], "duration", ctx=("Tavassoli, 58,",), core=False)  # an age
d.F("$1.2 million", 1.2e6, ["usd"], "money", subject_any=["forfeit"])
d.F("$75,000", 75000, ["usd"], "money", subject_any=["fine"])
d.F("one count", 1, ["count"], "count", subject_any=["count", "conspir"])
d.F("five years", 5, ["year"], "duration", subject_any=["customer", "told"])
d.F("two associates", 2, ["associate"], "count", subject_any=["associate"])
d.F("at least 34 consignments", 34, ["consignment"], "count", "at_least", ["consignment", "turbine", "shipped"])
d.F("two of the shipments", 2, ["shipment"], "count", subject_any=["shipment", "gyroscope"])
d.F("dozens", 24, ["case"], "count", "about", ctx=("one of dozens brought",), core=False)
d.F("more than 60 people", 60, ["people", "person"], "count", "more_than", ["people", "charged"])
d.F("two countries", 2, ["country"], "count", core=False)
d.F("57 to 71 months", 57, ["month"], "duration", subject_any=["guideline", "faced"], value_max=71)
d.F("112 former colleagues", 112, ["former colleague", "colleague"], "count", subject_any=["colleague", "letter"])
d.F("about 250 miles", 250, ["mile"], "measure", "about", ["morgantown", "prison", "dayton"])
d.F("Two co-defendants", 2, ["co-defendant", "codefendant"], "count", subject_any=["co-defendant"])
# events
d.EV("Kettering engineer gets 46 months", ["other", "sanction"], THU, [], core=False)
d.EV("was sentenced Thursday to 46 months", ["other", "sanction"], THU, [])
d.EV("also ordered Behrouz Tavassoli", ["other", "sanction"], THU, ["okonkwo-reyes", "judge"])
d.EV("came to the Miami Valley in 1986", ["other"], D(1986), ["tavassoli"], core=False)
d.EV("pleaded guilty in February", ["other"], D(2021, 2), ["tavassoli"])
d.EV("the judge said before announcing", ["statement"], THU, ["okonkwo-reyes", "judge"], core=False)
d.EV("shipped at least 34 consignments", ["other", "sanction"], R(D(2014), D(2019)), ["tavassoli"])
d.EV("Washington barred most aircraft sales to Iran", ["sanction"], None, ["washington", "united states"])
d.EV("after the 1979 revolution", ["revolution"], D(1979), [])
d.EV("defense attorney Gregory Mattis-Lund told the court", ["statement"], THU, ["mattis-lund"], core=False)
d.EV("She told the judge that two of the shipments", ["statement"], THU, ["pruitt-oyelaran"], core=False)
d.EV("Tavassoli lied to federal agents", ["other"], D(2017, 10), ["tavassoli"])
d.EV("President Donald Trump pulled the United States out of the 2015 nuclear agreement", ["withdrawal"], D(2018), ["trump"])
d.EV("restored the sanctions it had lifted", ["sanction"], D(2018), ["trump", "united states"])
d.EV("The Justice Department has charged more than 60 people", ["other", "sanction"], R(D(2018), D(2021, 6, 11)), ["justice department"], core=False)
d.EV("said the pace had not slowed", ["statement"], None, ["ekwueme-stroud"], core=False)
d.EV("read a short statement", ["statement"], THU, ["shirin"])
d.EV("the 1953 coup, which was organized by the CIA", ["coup"], D(1953), ["cia", "central intelligence agency"])
d.EV("Tavassoli himself spoke briefly", ["statement"], THU, ["tavassoli"], core=False)
d.EV("Okonkwo-Reyes said she had gone below", ["statement"], THU, ["okonkwo-reyes"], core=False)
d.EV("has long described such prosecutions", ["statement"], None, ["tehran", "iran"], core=False)
d.save()
