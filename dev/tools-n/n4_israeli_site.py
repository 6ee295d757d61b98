from n0 import FDoc, D, R, write, author, meta_note

DOC = "dev-n-israeli-site-ceasefire-radar-strike-beersheba"
PUB = "2025-06-24"  # a Tuesday
TEXT = """Trump says truce 'in effect' after Israel hits radar near Tehran over post-ceasefire launch

IDF says two missiles fired from Iran hours after ceasefire took hold; Tehran denies it; earlier, an Iranian missile killed four in Beersheba

By Noa Brenner-Castell and Agencies
24 June 2025, 4:12 pm  Updated at 7:35 pm

US President Donald Trump declared on Tuesday that the ceasefire between Israel and Iran was "in effect," hours after Israel said it had struck a radar installation near Tehran in response to a missile launch that came after the truce began.

The Israel Defense Forces said two missiles were launched from Iran at around 10:25 a.m. Israel time, some three hours after the ceasefire took hold, and that both were intercepted. Iran's armed forces denied firing any missiles after the truce began, state media reported.

Defense Minister Israel Katz said he had ordered the military to respond "forcefully" to what he called "a blatant violation." Shortly afterwards, Trump wrote on his Truth Social platform that Israel must not "drop those bombs" and should bring its pilots home.

The Prime Minister's Office said in a statement that Trump had spoken with Prime Minister Benjamin Netanyahu and that Israel had "refrained from further strikes" after hitting a single radar site.

Channel 12 news reported Tuesday evening, citing an unnamed Israeli official, that Netanyahu had told Trump it was impossible to leave the violation without a response. The Kan public broadcaster said the call lasted about 20 minutes.

Before dawn on Tuesday, an Iranian ballistic missile slammed into a residential building in Beersheba, killing four people, the Magen David Adom emergency service said. It was the deadliest attack on the city during the war.

Trump announced the ceasefire late Monday, hours after Iran fired missiles at the Al Udeid air base in Qatar in retaliation for US strikes on the Fordo, Natanz and Isfahan nuclear facilities on Sunday. Trump said Iran had given Washington early notice of the Qatar attack and thanked Tehran for it.

In all, 28 people were killed in Israel by Iranian missile fire during the 12-day war, according to the Prime Minister's Office, and more than 3,000 were wounded. Iran's Health Ministry said 610 people were killed in Israeli strikes.

The IDF said its aircraft had struck more than 900 targets in Iran since the campaign began on June 13. According to military figures, Iran fired some 550 ballistic missiles and about 1,000 drones at Israel over the same period.

"We achieved every goal we set," Netanyahu said in a video statement released Tuesday night. "Iran will not have a nuclear weapon."

In Tehran, President Masoud Pezeshkian said Tuesday that the war had ended with the "great victory" of the Iranian people, according to the official IRNA news agency. Parliament speaker Mohammad Bagher Qalibaf told lawmakers that Iran "does not trust America's word," IRNA reported.

Netanyahu has warned for years that Iran would cheat on any nuclear agreement. He addressed a joint meeting of the US Congress in March 2015 to argue against the deal then being negotiated, and he welcomed Trump's decision to pull out of it in May 2018.

"Trust is not a word either side uses," a senior Israeli security official told The Times of Israel on condition of anonymity. "The ceasefire holds because both sides are exhausted."

This is a developing story.
"""
write(DOC, "Trump says truce 'in effect' after Israel hits radar near Tehran over post-ceasefire launch",
      "The Times of Israel (style imitation)", PUB, TEXT)
author(DOC, "Noa Brenner-Castell")
meta_note(DOC, "Israeli English news site live-updated wire rewrite in Times of Israel house style, style imitation; the writer and the anonymous security official are invented; quotes of Trump, Katz, the Prime Minister's Office, Netanyahu, Pezeshkian and Qalibaf are invented or paraphrased ('drop those bombs' is Trump's); the call length, the 900 targets, 550 missiles and 1,000 drones are plausible, not exact")

d = FDoc(DOC, PUB)
TUE, MON, SUN = D(2025, 6, 24), D(2025, 6, 23), D(2025, 6, 22)
IDF = ["israel defense forces", "idf", "israel"]
# quotes
d.Q("in effect", ["partial"], "Donald Trump", ["trump"], TUE, core=False)
d.Q("in effect,", ["partial"], "Donald Trump", ["trump"], TUE)
d.Q("forcefully", ["partial"], "Israel Katz", ["katz"], TUE)
d.Q("a blatant violation.", ["partial", "term"], "Israel Katz", ["katz"], TUE)
d.Q("drop those bombs", ["partial"], "Donald Trump", ["trump"], TUE)
d.Q("refrained from further strikes", ["partial"], "Prime Minister's Office", ["prime minister", "netanyahu", "office"], TUE)
d.Q("We achieved every goal we set,", ["direct"], "Benjamin Netanyahu", ["netanyahu"], TUE)
d.Q("Iran will not have a nuclear weapon.", ["direct"], "Benjamin Netanyahu", ["netanyahu"], TUE)
d.Q("great victory", ["partial"], "Masoud Pezeshkian", ["pezeshkian"], TUE)
d.Q("does not trust America's word,", ["partial"], "Mohammad Bagher Qalibaf", ["qalibaf", "ghalibaf"], None)
d.Q("Trust is not a word either side uses,", ["direct"], None, [], None)
d.Q("The ceasefire holds because both sides are exhausted.", ["direct"], None, [], None)
# figures
d.F("two missiles fired from Iran", 2, ["missile"], "count", subject_any=["missile"], core=False)
d.F("killed four in Beersheba", 4, ["person", "people"], "count", subject_any=["killed", "beersheba"], core=False)
d.F("two missiles were launched", 2, ["missile"], "count", subject_any=["missile"])
d.F("some three hours after", 3, ["hour"], "duration", "about", core=False)
d.F("a single radar site", 1, ["site", "radar site"], "count", core=False)
d.F("about 20 minutes", 20, ["minute"], "duration", "about", ["call"])
d.F("four people", 4, ["person", "people"], "count", subject_any=["killed", "people"])
d.F("28 people", 28, ["person", "people"], "count", subject_any=["killed", "israel", "people"])
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("more than 3,000", 3000, ["person", "people"], "count", "more_than", ["wounded"])
d.F("610 people", 610, ["person", "people"], "count", subject_any=["killed", "people"])
d.F("more than 900 targets", 900, ["target"], "count", "more_than", ["target"])
d.F("some 550 ballistic missiles", 550, ["missile", "ballistic missile"], "count", "about", ["missile"])
d.F("about 1,000 drones", 1000, ["drone"], "count", "about", ["drone"])
d.F("both sides", 2, ["side"], "count", core=False)
# events
d.EV("Trump says truce", ["statement"], TUE, ["trump"], core=False)
d.EV("Israel hits radar near Tehran", ["attack"], TUE, ["israel"], core=False)
d.EV("IDF says two missiles fired", ["statement"], TUE, IDF, core=False)
d.EV("two missiles fired from Iran hours", ["attack"], TUE, ["iran"], core=False)
d.EV("Tehran denies it", ["statement"], TUE, ["iran", "tehran"], core=False)
d.EV("an Iranian missile killed four", ["attack"], TUE, ["iran"], core=False)
d.EV("declared on Tuesday", ["statement"], TUE, ["trump"])
d.EV("it had struck a radar installation", ["attack"], TUE, ["israel"])
d.EV("The Israel Defense Forces said two", ["statement"], TUE, IDF, core=False)
d.EV("two missiles were launched from Iran", ["attack"], TUE, ["iran"])
d.EV("the ceasefire took hold", ["agreement", "other"], TUE, [], core=False)
d.EV("Iran's armed forces denied", ["statement"], TUE, ["iran", "armed forces"], core=False)
d.EV("Katz said he had ordered", ["statement"], TUE, ["katz"], core=False)
d.EV("he had ordered the military", ["threat", "other", "attack"], TUE, ["katz"])
d.EV("Trump wrote on his Truth Social", ["statement"], TUE, ["trump"])
d.EV("The Prime Minister's Office said", ["statement"], TUE, ["prime minister", "office", "netanyahu"], core=False)
d.EV("Trump had spoken with Prime Minister", ["negotiation", "statement"], TUE, ["trump", "netanyahu"])
d.EV("Channel 12 news reported Tuesday evening", ["statement", "disclosure"], TUE, ["channel 12"])
d.EV("The Kan public broadcaster said", ["statement"], TUE, ["kan"], core=False)
d.EV("slammed into a residential building", ["attack"], TUE, ["iran"])
d.EV("Trump announced the ceasefire late Monday", ["agreement", "statement"], MON, ["trump"])
d.EV("Iran fired missiles at the Al Udeid", ["attack"], MON, ["iran"])
d.EV("US strikes on the Fordo", ["attack"], SUN, ["us", "united states"])
d.EV("Trump said Iran had given", ["statement"], None, ["trump"], core=False)
d.EV("were killed in Israel by Iranian missile fire", ["attack"], ("2025-06-13", "2025-06-24"), ["iran"])
d.EV("Iran's Health Ministry said 610", ["statement"], None, ["health ministry"], core=False)
d.EV("had struck more than 900 targets", ["attack"], ("2025-06-13", "2025-06-24"), ["idf", "israel"])
d.EV("since the campaign began on June 13", ["war", "attack"], D(2025, 6, 13), ["israel"], core=False)
d.EV("Iran fired some 550 ballistic missiles", ["attack"], ("2025-06-13", "2025-06-24"), ["iran"])
d.EV("in a video statement released Tuesday night", ["statement"], TUE, ["netanyahu"])
d.EV("Pezeshkian said Tuesday", ["statement"], TUE, ["pezeshkian"])
d.EV("Qalibaf told lawmakers", ["statement"], None, ["qalibaf", "ghalibaf"], core=False)
d.EV("Netanyahu has warned for years", ["statement"], None, ["netanyahu"], core=False)
d.EV("He addressed a joint meeting", ["statement"], D(2015, 3), ["netanyahu"])
d.EV("he welcomed Trump's decision", ["statement"], D(2018, 5), ["netanyahu"])
d.EV("Trump's decision to pull out of it", ["withdrawal"], D(2018, 5), ["trump"], core=False)
d.EV("a senior Israeli security official told", ["statement"], None, [], core=False)
d.save()
