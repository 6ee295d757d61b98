import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h17 import write, PDoc, D, R, words

DOC = "ho17-spiegel-interview-former-diplomat-snapback-2018-luggage"
PUB = "2025-09-27"  # a Saturday
TEXT = """Former Iranian Diplomat on the Return of Sanctions

'Every Iranian Negotiator Carries 2018 in His Luggage'

As United Nations sanctions on Iran return, a former Iranian diplomat explains why Tehran no longer believes Western promises - and why he still thinks talking is the only way out.

Interview Conducted By Katrin Wollmer-Sadeghi and Jonas Reinhardt-Pour
27.09.2025, 13.05 Uhr

On Sunday, the United Nations sanctions on Iran that were lifted a decade ago under the 2015 nuclear agreement are due to return, one month after Britain, France and Germany triggered the so-called snapback mechanism on Aug. 28. On Friday, a last attempt by Russia and China to postpone the step by six months failed in the UN Security Council, with only four of its 15 members voting in favor. Kourosh Elahi-Brandt, 71, served in Iran's Foreign Ministry for 28 years, including as deputy ambassador in Bonn in the 1990s and as a member of the delegation that reached the Tehran agreement with the German, French and British foreign ministers in October 2003. He left the diplomatic service in 2011 and has lived in Hamburg since 2014. DER SPIEGEL met him there on Wednesday.

DER SPIEGEL: Mr. Elahi-Brandt, on Tuesday, Ayatollah Ali Khamenei called negotiations with the United States "a sheer dead end." Was he wrong?

Elahi-Brandt: He was saying what many people in Tehran feel. I do not agree with him, but I understand where it comes from. I negotiated with the Europeans for years, and I watched every promise we received turn into a question mark.

DER SPIEGEL: Let's begin with your own experience. In October 2003, you were in the room when Iran agreed to suspend enrichment.

Elahi-Brandt: Yes. The three foreign ministers came to Tehran, and we signed a declaration on Oct. 21. We suspended enrichment for almost two years. Then, in August 2005, after the Europeans offered us a package that we considered an insult, Tehran resumed uranium conversion at Isfahan. In Washington, that was remembered as Iranian bad faith. In Tehran, we remembered that we had suspended for two years and received nothing.

DER SPIEGEL: And yet in July 2015, Iran signed a far more restrictive agreement with six world powers.

Elahi-Brandt: Because the economy was suffocating. Our oil exports had fallen to about 1 million barrels a day after the European Union's embargo of July 2012. The deal cut our centrifuges by two-thirds and capped enrichment at 3.67 percent, and the International Atomic Energy Agency confirmed 15 times that we were complying. Then, on May 8, 2018, Donald Trump walked out. Europe promised to protect our trade. Its payment channel, INSTEX, handled exactly one transaction, in March 2020, for medical supplies.

DER SPIEGEL: Your family has its own memory of American intervention.

Elahi-Brandt: My father worked as a young clerk for the oil company in Abadan when Prime Minister Mohammad Mossadegh was overthrown in August 1953. He used to say, "The British wrote the script and the Americans paid the actors." He never trusted either of them again. When students took the American Embassy in November 1979, I was 25 and studying in Tehran, and I admit that I cheered. It took me years to understand what holding 52 people for 444 days did to the way Americans see us.

DER SPIEGEL: In June, Israel and then the United States bombed Iranian nuclear facilities. Did that end diplomacy?

Elahi-Brandt: It ended an illusion. We were in the middle of talks with the Americans - a sixth round had been scheduled in Muscat for June 15 - when Israel struck on June 13. Nine days later, American bombers hit Fordow. For people in Tehran, the lesson was simple: You sit at the table, and they bomb you anyway. On June 25, parliament voted to suspend cooperation with the IAEA, and the inspectors left the country in early July.

DER SPIEGEL: President Masoud Pezeshkian told the UN General Assembly on Wednesday that Iran "has never sought and will never seek" a nuclear bomb. Who believes that in Washington?

Elahi-Brandt: Very few people, and that is the problem. Words no longer count for anything between us. Only procedures count.

DER SPIEGEL: On Sept. 9, Foreign Minister Abbas Araghchi and IAEA chief Rafael Grossi signed an agreement in Cairo on resuming inspections. Was that not a sign of goodwill?

Elahi-Brandt: It was, and it was not enough for the Europeans. Araghchi told me last year, "Every concession we make is treated as the new starting point." I think he was right. The Europeans had already started their 30-day clock in August, and the Security Council vote on Sept. 19 sealed it.

DER SPIEGEL: What happens on Sunday?

Elahi-Brandt: Formally, the old UN measures come back: the arms embargo, the ban on enrichment, the asset freezes. In practice, the Americans have had their own sanctions in place since November 2018, so the new damage is mostly psychological. The rial fell to around 1.1 million to the dollar this week. People are buying gold and dollars because they expect worse.

DER SPIEGEL: Can Iran and the United States ever trust each other?

Elahi-Brandt: Trust is the wrong word. At a conference in Oslo in 2006, an American diplomat said to me: "No president can bind the next one, so never ask us for a guarantee." He was being honest. Since then, I have believed that any agreement must be built so that it survives a change of government in Washington - and in Tehran. That means verification, and it means relief that cannot be withdrawn overnight.

DER SPIEGEL: Mr. Elahi-Brandt, thank you for this interview.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout of a DER "
        "SPIEGEL (international edition) interview: kicker line, quoted headline, standfirst, `Interview Conducted By` "
        "line, `27.09.2025, 13.05 Uhr`, an intro paragraph that tells the dates and the interviewee's career, then "
        "alternating `DER SPIEGEL:` questions and answers labelled with the interviewee's surname. The interviewee "
        "Kourosh Elahi-Brandt, his father, the interviewers, the American diplomat of 2006 and every sentence are "
        "invented; the words given to Khamenei, Pezeshkian and Araghchi are invented or paraphrased (\"a sheer dead "
        "end\" is the well-known phrase); the oil volume of 2012, the count of IAEA reports and the rial rate are "
        "plausible, not checked.")
write(DOC, "'Every Iranian Negotiator Carries 2018 in His Luggage'", "DER SPIEGEL (style imitation)", PUB, TEXT, NOTE,
      author="Katrin Wollmer-Sadeghi and Jonas Reinhardt-Pour")

d = PDoc(DOC, PUB)
SAT, SUN, FRI, WED, TUE = D(2025, 9, 27), D(2025, 9, 28), D(2025, 9, 26), D(2025, 9, 24), D(2025, 9, 23)
KH, AR = ["khamenei"], ["araghchi"]
E3 = ["britain", "france", "germany", "e3", "european", "united kingdom"]

# quotes
d.Q("Every Iranian Negotiator Carries 2018 in His Luggage", ["direct"], "Kourosh Elahi-Brandt", ["elahi-brandt"], WED, core=False)
d.Q("a sheer dead end.", ["partial"], "Ali Khamenei", KH, TUE)
d.Q("The British wrote the script and the Americans paid the actors.", ["direct"], None, ())
d.Q("has never sought and will never seek", ["partial"], "Masoud Pezeshkian", ["pezeshkian"], WED)
d.Q("Every concession we make is treated as the new starting point.", ["direct"], "Abbas Araghchi", AR, D(2024))
d.Q("No president can bind the next one, so never ask us for a guarantee.", ["direct"], None, (), D(2006))

# figures
d.F("a decade ago", 10, ["year", "decade"], "duration", core=False)
d.F("one month after", 1, ["month"], "duration", core=False)
d.F("six months", 6, ["month"], "duration", subject_any=["postpone", "step"])
d.F("four", 4, ["member", "vote"], "count", subject_any=["member", "favor"], ctx=("only four of its 15 members",))
d.F("15 members", 15, ["member"], "count", subject_any=["member", "security council"])
d.F("71", 71, ["year"], "duration", core=False, ctx=("Elahi-Brandt, 71,",))
d.F("28 years", 28, ["year"], "duration", subject_any=["foreign ministry", "served"])
d.F("The three foreign ministers", 3, ["foreign minister", "minister"], "count", core=False)
d.F("almost two years", 2, ["year"], "duration", "about", ["suspend", "enrichment"])
d.F("two years", 2, ["year"], "duration", subject_any=["suspend"], occ=1)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("about 1 million barrels a day", 1e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("two-thirds", 200 / 3, ["percent"], "percent", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("15 times", 15, ["time"], "count", subject_any=["confirm", "complying", "atomic energy"])
d.F("exactly one transaction", 1, ["transaction"], "count", subject_any=["instex", "transaction"])
d.F("25", 25, ["year"], "duration", core=False, ctx=("I was 25",))
d.F("52 people", 52, ["people", "person", "hostage"], "count", subject_any=["people", "hostage", "holding"])
d.F("444 days", 444, ["day"], "duration", subject_any=["holding", "hostage", "52"])
d.F("Nine days later", 9, ["day"], "duration", core=False)
d.F("30-day", 30, ["day"], "duration", core=False)
d.F("around 1.1 million", 1.1e6, ["irr", "rial"], "money", "about", ["rial"])
d.F("years", None, ["year"], "duration", "about", core=False, ctx=("It took me years",))

# events
d.V("On Sunday, the United Nations sanctions on Iran", "are due to return", ["sanction"], SUN, core=False)
d.V("On Sunday, the United Nations sanctions on Iran", "were lifted", ["sanction"], R(D(2015, 1, 1), D(2016, 12, 31)))
d.V("On Sunday, the United Nations sanctions on Iran", "triggered", ["sanction"], D(2025, 8, 28), E3)
d.V("On Friday, a last attempt by Russia and China", "failed", ["legislation", "other", "sanction", "negotiation"], FRI, ["russia", "china", "security council"])
d.V("Kourosh Elahi-Brandt, 71, served", "served", ["other"], None, core=False)
d.V("Kourosh Elahi-Brandt, 71, served", "reached the Tehran agreement", ["agreement"], D(2003, 10), ["iran", "delegation"])
d.V("He left the diplomatic service in 2011", "left", ["other"], D(2011), core=False)
d.V("DER SPIEGEL met him there on Wednesday.", "met", ["other", "statement"], WED, core=False)
d.V("DER SPIEGEL: Mr. Elahi-Brandt, on Tuesday", "called", ["statement"], TUE, KH)
d.V("I negotiated with the Europeans for years", "negotiated", ["negotiation"], None, core=False)
d.V("In October 2003, you were in the room", "agreed to suspend", ["agreement"], D(2003, 10), ["iran"], core=False)
d.V("The three foreign ministers came to Tehran", "signed a declaration", ["agreement"], D(2003, 10, 21), ["iran", "foreign minister", "we"])
d.V("We suspended enrichment for almost two years.", "suspended", ["other"], None, core=False)
d.V("Then, in August 2005, after the Europeans offered", "resumed", ["withdrawal", "other"], D(2005, 8), ["tehran", "iran"])
d.V("Then, in August 2005, after the Europeans offered", "offered", ["negotiation", "other"], D(2005, 8), ["europe"], core=False)
d.V("And yet in July 2015, Iran signed", "signed", ["agreement"], D(2015, 7), ["iran"])
d.V("Our oil exports had fallen", "had fallen", ["other"], None, core=False)
d.V("Our oil exports had fallen", "embargo", ["sanction"], D(2012, 7), ["european union"])
d.V("The deal cut our centrifuges", "capped", ["agreement"], None, core=False)
d.V("The deal cut our centrifuges", "confirmed", ["statement"], None, ["atomic energy", "iaea"], core=False)
d.V("Then, on May 8, 2018, Donald Trump walked out.", "walked out", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.V("Europe promised to protect our trade.", "promised", ["statement"], None, ["europe"], core=False)
d.V("Its payment channel, INSTEX, handled", "handled", ["other", "support"], D(2020, 3), ["instex"])
d.V("My father worked as a young clerk", "was overthrown", ["coup"], D(1953, 8))
d.V("He used to say, \"The British wrote", "used to say", ["statement"], None, core=False)
d.V("When students took the American Embassy", "took the American Embassy", ["seizure"], D(1979, 11), ["student"])
d.V("It took me years to understand", "holding 52 people", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), core=False)
d.V("DER SPIEGEL: In June, Israel and then the United States bombed", "bombed", ["attack"], D(2025, 6), ["israel", "united states"])
d.V("We were in the middle of talks with the Americans", "scheduled", ["negotiation"], D(2025, 6, 15), core=False)
d.V("We were in the middle of talks with the Americans", "struck", ["attack"], D(2025, 6, 13), ["israel"])
d.V("Nine days later, American bombers hit Fordow.", "hit", ["attack"], D(2025, 6, 22), ["american", "united states", "bomber"])
d.V("On June 25, parliament voted", "voted", ["legislation"], D(2025, 6, 25), ["parliament", "majlis"])
d.V("On June 25, parliament voted", "left the country", ["other", "withdrawal"], R(D(2025, 7, 1), D(2025, 7, 10)), ["inspector"])
d.V("President Masoud Pezeshkian told the UN General Assembly", "told", ["statement"], WED, ["pezeshkian"])
d.V("DER SPIEGEL: On Sept. 9, Foreign Minister", "signed an agreement", ["agreement"], D(2025, 9, 9), AR + ["grossi", "iaea", "iran"])
d.V("Araghchi told me last year", "told", ["statement"], D(2024), AR)
d.V("The Europeans had already started their 30-day clock", "started", ["sanction"], D(2025, 8), ["europe"], core=False)
d.V("The Europeans had already started their 30-day clock", "vote", ["legislation", "other", "sanction"], D(2025, 9, 19), ["security council"])
d.V("Formally, the old UN measures come back", "come back", ["sanction"], SUN, core=False)
d.V("In practice, the Americans have had their own sanctions", "have had their own sanctions in place", ["sanction"], R(D(2018, 11, 1), SAT), ["american", "united states"], core=False)
d.V("The rial fell to around 1.1 million", "fell", ["other"], R(D(2025, 9, 22), SAT), core=False)
d.V("People are buying gold and dollars", "buying", ["other"], None, core=False)
d.V("At a conference in Oslo in 2006", "said to me", ["statement"], D(2006), core=False)
d.save()
print(DOC, words(DOC), "words")
