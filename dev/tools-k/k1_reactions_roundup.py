from k0 import FDoc, D, R, write, author

DOC = "dev-k-reactions-roundup-vienna-deal-what-they-said"
PUB = "2015-07-15"  # a Wednesday
TEXT = """WHAT THEY SAID: Reaction to the Iran nuclear agreement

Meridian Wire Service
Wednesday, July 15, 2015

VIENNA (MWS) — Iran and six world powers reached a long-term agreement Tuesday that limits Iran's nuclear program for more than a decade in exchange for the lifting of international sanctions, after nearly two years of on-and-off negotiations and three missed deadlines. The accord still faces a 60-day review in the U.S. Congress. Here is a selection of the reaction since the deal was announced Tuesday morning:

___

"Every pathway to a bomb has been cut off, and we will not take anyone's word for it; we will check." — President Barack Obama, speaking from the East Room of the White House early Tuesday.

___

"Today a chapter of suspicion is closing, though not in a single day, and the other side must now show with deeds what it has signed with its pen." — Iranian President Hassan Rouhani, in a televised address hours later.

___

"A bad mistake of historic proportions." — Israeli Prime Minister Benjamin Netanyahu, at the start of a meeting with a visiting Dutch minister in Jerusalem. Netanyahu addressed a joint meeting of the U.S. Congress in March to argue against the talks.

___

"Nobody got everything they came for, and that is usually how you know an agreement is real." — German Foreign Minister Frank-Walter Steinmeier, to reporters outside the Palais Coburg on Tuesday.

___

"The Russian side will do all it can to see the Vienna agreements carried out in full." — Russia's Foreign Ministry, in a statement Wednesday.

___

"We will be able to say a great deal more once our inspectors have been back inside." — Yukiya Amano, director general of the International Atomic Energy Agency. Amano signed a separate road map with Iranian officials in Vienna on Tuesday that gives the agency until December 15 to report on Iran's past weapons-related work.

___

"I will read all of it, every annex, and I expect I will vote against it." — a Republican member of the Senate Foreign Relations Committee, who asked not to be named before the committee's hearings begin later this month.

___

"The inspectors get in, the money gets out, and for ten years each capital will be waiting to catch the other cheating." — Fariba Moshiri-Kent of the Calder Institute for Nonproliferation Studies in Washington.

___

"My father talked about 1953 until he died, and I grew up with the embassy. Maybe my son will remember this instead." — Hamid, 52, a carpet seller in Tehran's Grand Bazaar who gave only his first name.

___

The Saudi Press Agency quoted an unnamed official as saying that the kingdom had always supported an agreement that "prevents Iran from obtaining nuclear weapons" and includes "a strict and permanent inspection regime."

___

Iran's supreme leader, Ayatollah Ali Khamenei, had not commented by Wednesday morning. In a speech to university students on Saturday, he said the negotiations were only a means and that "our fight against global arrogance" would go on whatever their outcome.

___

BACKGROUND: The two countries have had no diplomatic relations since April 1980, five months after militants stormed the U.S. Embassy in Tehran on Nov. 4, 1979, and took its staff hostage. Washington has kept sanctions on Iran in one form or another ever since, and widened them sharply in 2012 with measures aimed at Iran's oil exports and its central bank. Under the Vienna accord, Iran will cut its stockpile of low-enriched uranium by about 98 percent and run no more than 5,060 centrifuges at its Natanz plant for ten years.
"""
write(DOC, "What they said: Reaction to the Iran nuclear agreement", "Meridian Wire Service (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE, WED, SAT = D(2015, 7, 14), D(2015, 7, 15), D(2015, 7, 11)
SINCE = ("2015-07-14", "2015-07-15")  # "the reaction since the deal was announced Tuesday morning"
# quotes: roundup entries (quote first, attribution after a dash, no verb)
d.Q("Every pathway to a bomb has been cut off, and we will not take anyone's word for it; we will check.", ["direct"], "Barack Obama", ["obama"], TUE)
d.Q("Today a chapter of suspicion is closing, though not in a single day, and the other side must now show with deeds what it has signed with its pen.", ["direct"], "Hassan Rouhani", ["rouhani"], TUE)
d.Q("A bad mistake of historic proportions.", ["direct", "partial"], "Benjamin Netanyahu", ["netanyahu"], SINCE)
d.Q("Nobody got everything they came for, and that is usually how you know an agreement is real.", ["direct"], "Frank-Walter Steinmeier", ["steinmeier"], TUE)
d.Q("The Russian side will do all it can to see the Vienna agreements carried out in full.", ["direct"], "Ministry of Foreign Affairs of Russia", ["russia", "foreign ministry"], WED)
d.Q("We will be able to say a great deal more once our inspectors have been back inside.", ["direct"], "Yukiya Amano", ["amano", "atomic energy agency", "iaea"], SINCE)
d.Q("I will read all of it, every annex, and I expect I will vote against it.", ["direct"], None, [], SINCE)
d.Q("The inspectors get in, the money gets out, and for ten years each capital will be waiting to catch the other cheating.", ["direct"], "Fariba Moshiri-Kent", ["moshiri-kent", "moshiri"], SINCE)
d.Q("My father talked about 1953 until he died, and I grew up with the embassy. Maybe my son will remember this instead.", ["direct"], "Hamid", ["hamid"], SINCE)
d.Q("prevents Iran from obtaining nuclear weapons", ["partial"], None, [], SINCE)
d.Q("a strict and permanent inspection regime.", ["partial"], None, [], SINCE)
d.Q("our fight against global arrogance", ["partial"], "Ali Khamenei", ["khamenei"], SAT)
# figures
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("more than a decade", 10, ["year"], "duration", "more_than", ["program", "limit", "agreement"])
d.F("nearly two years", 2, ["year"], "duration", "about", ["negotiation"])
d.F("three missed deadlines", 3, ["deadline", "missed deadline"], "count", subject_any=["deadline"])
d.F("60-day", 60, ["day"], "duration", subject_any=["review"])
d.F("a single day", 1, ["day"], "duration", core=False)
d.F("ten years", 10, ["year"], "duration", subject_any=["capital", "waiting"], occ=0)
d.F("52", 52, ["year"], "duration", subject_any=["hamid"], ctx=("Hamid, 52,",), core=False)  # an age
d.F("The two countries", 2, ["country"], "count", core=False)
d.F("five months after", 5, ["month"], "duration", core=False)
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["stockpile", "uranium"])
d.F("no more than 5,060 centrifuges", 5060, ["centrifuge"], "count", "at_most", ["centrifuge"])
d.F("ten years", 10, ["year"], "duration", subject_any=["centrifuge", "natanz", "accord"], occ=1)
d.F("hours later", None, ["hour"], "duration", "about", core=False)
# events
d.EV("Reaction to the Iran nuclear agreement", ["agreement"], None, [], core=False)
d.EV("reached a long-term agreement Tuesday", ["agreement"], TUE, ["iran", "power"])
d.EV("nearly two years of on-and-off negotiations", ["negotiation"], None, [], core=False)
d.EV("The accord still faces a 60-day review", ["legislation", "other"], None, ["congress"], core=False)
d.EV("since the deal was announced Tuesday morning", ["agreement", "statement"], TUE, [], core=False)
d.EV("speaking from the East Room", ["statement"], TUE, ["obama"], core=False)
d.EV("in a televised address hours later", ["statement"], TUE, ["rouhani"], core=False)
d.EV("Netanyahu addressed a joint meeting of the U.S. Congress in March", ["statement"], D(2015, 3), ["netanyahu"])
d.EV("to reporters outside the Palais Coburg on Tuesday", ["statement"], TUE, ["steinmeier"], core=False)
d.EV("in a statement Wednesday", ["statement"], WED, ["russia", "foreign ministry"], core=False)
d.EV("Amano signed a separate road map", ["agreement"], TUE, ["amano", "atomic energy agency", "iaea"])
d.EV("hearings begin later this month", ["other", "negotiation", "legislation"], ("2015-07-16", "2015-07-31"), ["committee", "senate"], core=False)
d.EV("The Saudi Press Agency quoted an unnamed official", ["statement"], SINCE, ["saudi"], core=False)
d.EV("In a speech to university students on Saturday", ["statement"], SAT, ["khamenei"])
d.EV("no diplomatic relations since April 1980", ["other", "withdrawal"], R(D(1980, 4), WED), [], core=False)
d.EV("militants stormed the U.S. Embassy in Tehran on Nov. 4, 1979", ["seizure"], D(1979, 11, 4), ["militant"])
d.EV("Washington has kept sanctions on Iran", ["sanction"], None, ["washington", "united states"], core=False)
d.EV("widened them sharply in 2012", ["sanction"], D(2012), ["washington", "united states"])
d.save()
