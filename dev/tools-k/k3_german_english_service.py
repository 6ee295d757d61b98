from k0 import FDoc, D, R, write, author

DOC = "dev-k-european-english-service-e3-dispute-mechanism"
PUB = "2020-01-15"  # a Wednesday
TEXT = """Politics | Middle East
15.01.2020

Europeans trigger Iran deal dispute mechanism, insist they are not joining US pressure

Germany, France and the UK have started a formal dispute process under the 2015 nuclear agreement. Berlin says the aim is to save the deal; Tehran calls it a strategic mistake.

Image: Foreign Minister Heiko Maas at the Bundestag (archive)

Germany, France and the United Kingdom on Tuesday triggered the dispute resolution mechanism of the 2015 nuclear agreement with Iran, accusing Tehran of repeatedly breaching limits it accepted in Vienna more than four years ago.

In a joint statement, the three foreign ministers said they had been "left with no choice" after Iran announced on January 5 that it would no longer observe any limit on the number of centrifuges it operates. They stressed that they were not joining the "maximum pressure" campaign of US President Donald Trump.

German Foreign Minister Heiko Maas told the Bundestag on Wednesday morning that Berlin had not taken the step lightly. "We want to keep this agreement alive, and that means we cannot look away while it is hollowed out piece by piece," he said, according to a transcript released by the Federal Foreign Office. On Tuesday evening, Chancellor Angela Merkel told reporters that Europe would use "every diplomatic means" to keep Iran in the accord.

Tehran: 'a strategic mistake'

Iran's Foreign Ministry spokesman, Abbas Mousavi, said on Tuesday that the European move was "a strategic mistake" and warned of a "serious and firm" response if it led to the return of UN sanctions. He accused the three countries of failing to deliver the trade channel they had promised after Washington walked out of the deal in May 2018. "Europe has sent us statements, not money," Mousavi said.

Germany, France and Britain set up that channel, a barter system known as INSTEX, on January 31, 2019. It has yet to complete any transaction.

Moscow: 'no grounds'

Russia's Foreign Ministry said later on Tuesday that it saw "no grounds" for triggering the mechanism and warned that the step could lead to "a new escalation."

How the mechanism works

Under the deal's rules, a joint commission has 15 days to resolve a complaint, a period that can be extended by consensus. If the dispute remains unresolved, any participant can refer it to the UN Security Council, which would then have 30 days to vote on continuing sanctions relief. Without such a vote, the UN sanctions lifted in January 2016 would return.

Analysts in Berlin doubt that the process will run its full course. "Nobody in Paris, London or Berlin wants to be the one who pulls the trigger on snapback," said Katrin Oberholzer-Sahin of the Institute for European Security Affairs. "The mechanism is a way of saying 'we are serious' without actually ending anything."

She said the trust that European diplomats had built with Iran's negotiators between 2013 and 2015 had "mostly evaporated" since the United States killed General Qassem Soleimani in a drone strike at Baghdad airport on January 3. Iran retaliated five days later with missiles fired at two bases in Iraq housing US troops. Hours after that, its air defenses shot down a Ukrainian airliner near Tehran, killing all 176 people on board.

Berlin's own channel to Tehran goes back further. In September 1980, West Germany hosted secret meetings in Bonn between an envoy of Ayatollah Ruhollah Khomeini and US Deputy Secretary of State Warren Christopher, contacts that helped lead to the release of 52 American hostages in January 1981.

"That history matters," Oberholzer-Sahin said. "Germany is trusted in Tehran more than most, and it is spending some of that trust this week."

Read more: What is the Iran nuclear deal's dispute mechanism?
"""
write(DOC, "Europeans trigger Iran deal dispute mechanism, insist they are not joining US pressure", "Rhine Courier English Service (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE, WED = D(2020, 1, 14), D(2020, 1, 15)
E3 = ["germany", "france", "britain", "united kingdom", "e3", "european", "foreign minister"]
# quotes
d.Q("left with no choice", ["partial"], "United Kingdom, France and Germany", E3, TUE)
d.Q("maximum pressure", ["term"], None, [], None, core=False)
d.Q("We want to keep this agreement alive, and that means we cannot look away while it is hollowed out piece by piece,", ["direct"], "Heiko Maas", ["maas"], WED)
d.Q("every diplomatic means", ["partial"], "Angela Merkel", ["merkel"], TUE)
d.Q("a strategic mistake", ["partial", "term"], "Abbas Mousavi", ["mousavi"], TUE, core=False, occ=1)  # subhead
d.Q("a strategic mistake", ["partial"], "Abbas Mousavi", ["mousavi"], TUE, occ=2)
d.Q("serious and firm", ["partial"], "Abbas Mousavi", ["mousavi"], TUE)
d.Q("Europe has sent us statements, not money,", ["direct"], "Abbas Mousavi", ["mousavi"], TUE)
d.Q("no grounds", ["partial", "term"], "Ministry of Foreign Affairs of Russia", ["russia", "foreign ministry"], TUE, core=False, occ=0)  # subhead
d.Q("no grounds", ["partial"], "Ministry of Foreign Affairs of Russia", ["russia", "foreign ministry"], TUE, occ=1)
d.Q("a new escalation.", ["partial"], "Ministry of Foreign Affairs of Russia", ["russia", "foreign ministry"], TUE)
d.Q("Nobody in Paris, London or Berlin wants to be the one who pulls the trigger on snapback,", ["direct"], "Katrin Oberholzer-Sahin", ["oberholzer"], None)
d.Q("The mechanism is a way of saying 'we are serious' without actually ending anything.", ["direct"], "Katrin Oberholzer-Sahin", ["oberholzer"], None)
d.Q("we are serious", ["partial", "term", "direct"], None, [], None, core=False)  # nested, hypothetical words
d.Q("mostly evaporated", ["partial"], "Katrin Oberholzer-Sahin", ["oberholzer"], None)
d.Q("That history matters,", ["direct"], "Katrin Oberholzer-Sahin", ["oberholzer"], None)
d.Q("Germany is trusted in Tehran more than most, and it is spending some of that trust this week.", ["direct"], "Katrin Oberholzer-Sahin", ["oberholzer"], None)
# figures
d.F("more than four years ago", 4, ["year"], "duration", "more_than", core=False)
d.F("the three foreign ministers", 3, ["foreign minister"], "count", core=False)
d.F("the three countries", 3, ["country"], "count", core=False)
d.F("15 days", 15, ["day"], "duration", subject_any=["commission", "complaint"])
d.F("30 days", 30, ["day"], "duration", subject_any=["security council", "vote"])
d.F("five days later", 5, ["day"], "duration", core=False)
d.F("two bases", 2, ["base"], "count", subject_any=["base"])
d.F("Hours after that", None, ["hour"], "duration", "about", core=False)
d.F("176 people", 176, ["people", "person"], "count", subject_any=["people", "airliner", "on board"])
d.F("52 American hostages", 52, ["american hostage", "hostage"], "count", subject_any=["hostage"])
# events
d.EV("Europeans trigger Iran deal dispute mechanism", ["other", "threat", "sanction"], None, E3, core=False)
d.EV("have started a formal dispute process", ["other", "threat", "sanction"], TUE, E3, core=False)
d.EV("on Tuesday triggered the dispute resolution mechanism", ["other", "threat", "sanction"], TUE, E3)
d.EV("repeatedly breaching limits", ["withdrawal"], None, ["iran", "tehran"], core=False)
d.EV("the three foreign ministers said", ["statement"], TUE, E3, core=False)
d.EV("Iran announced on January 5", ["withdrawal", "statement"], D(2020, 1, 5), ["iran"])
d.EV("They stressed", ["statement"], TUE, E3, core=False)
d.EV("told the Bundestag on Wednesday morning", ["statement"], WED, ["maas"])
d.EV("he said, according to a transcript", ["statement"], WED, ["maas"], core=False)
d.EV("Chancellor Angela Merkel told reporters", ["statement"], TUE, ["merkel"])
d.EV("said on Tuesday that the European move", ["statement"], TUE, ["mousavi"])
d.EV("warned of a", ["threat", "statement"], TUE, ["mousavi"], core=False)
d.EV("He accused the three countries", ["statement"], TUE, ["mousavi"], core=False)
d.EV("Washington walked out of the deal in May 2018", ["withdrawal"], D(2018, 5), ["washington", "united states"])
d.EV("Mousavi said", ["statement"], TUE, ["mousavi"], core=False)
d.EV("set up that channel", ["other", "agreement", "support"], D(2019, 1, 31), ["germany", "france", "britain"])
d.EV("Russia's Foreign Ministry said later on Tuesday", ["statement"], TUE, ["russia", "foreign ministry"])
d.EV("lifted in January 2016", ["sanction"], D(2016, 1), [])
d.EV("would return", ["sanction"], None, [], core=False)
d.EV("said Katrin Oberholzer-Sahin", ["statement"], None, ["oberholzer"], core=False)
d.EV("She said the trust", ["statement"], None, ["oberholzer"], core=False)
d.EV("the United States killed General Qassem Soleimani", ["attack"], D(2020, 1, 3), ["united states"])
d.EV("Iran retaliated five days later", ["attack"], D(2020, 1, 8), ["iran"])
d.EV("its air defenses shot down a Ukrainian airliner", ["attack"], D(2020, 1, 8), ["iran", "air defense"])
d.EV("West Germany hosted secret meetings in Bonn", ["negotiation"], D(1980, 9), ["germany", "christopher", "khomeini"])
d.EV("the release of 52 American hostages in January 1981", ["other", "seizure", "agreement"], D(1981, 1), [])
d.EV("Oberholzer-Sahin said", ["statement"], None, ["oberholzer"], core=False)
d.save()
