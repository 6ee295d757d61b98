from ann import Doc, D, R
d = Doc("ho4-letters-editor-after-strikes", "2025-06-28")
SAT = D(2025, 6, 21)
MON = D(2025, 6, 23)
TUE = D(2025, 6, 24)
WEEK = ("2025-06-23", "2025-06-29")
WAR = ("2025-06-13", "2025-06-24")
HG = ["harbour gazette", "gazette", "editorial"]
US = ["united states", "washington", "us", "trump"]
# quotes
d.Q("A ceasefire is not a peace,", ["term", "direct"], "The Harbour Gazette", HG, TUE, core=False)
d.Q("Obliterated", ["term", "partial"], "Donald Trump", ["trump"], core=False)
d.Q("completely and totally obliterated.", ["partial"], "Donald Trump", ["trump"], SAT)
d.Q("everlasting consequences.", ["partial"], "Abbas Araghchi", ["araghchi"])
d.Q("The Americans will always come back, but never in the way you expect.", ["direct"], None, (), core=False)
d.Q("tragic escalation", ["partial", "term"], "The Harbour Gazette", HG, TUE)
d.Q("gained nothing", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 6, 26))
d.Q("We will not be rushed,", ["direct"], None, (), WEEK)
d.Q("Trust is built slowly and broken in one night.", ["direct"], None, (), WEEK)
d.Q("After this, any American who wants to talk will have to bring guarantees, not promises.", ["direct"], None, (), WEEK)
# figures
d.F("months", None, ["month"], "duration", "about", core=False, ctx=("back by months, not years",))
d.F("years", None, ["year"], "duration", "about", core=False, ctx=("by months, not years.",))
d.F("Fourteen", 14, ["bomb"], "count", subject_any=["bomb", "fordow"])
d.F("30,000-pound", 30000, ["pound"], "measure", subject_any=["bomb"])
d.F("twelve-day", 12, ["day"], "duration", subject_any=["war"])
d.F("years", None, ["year"], "duration", "about", core=False, ctx=("Iran had spent years enriching",))
d.F("60 percent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("more than 400 kilograms", 400, ["kilogram"], "measure", "more_than", ["material", "uranium", "iran", "stockpile"])
d.F("about nine weapons", 9, ["weapon"], "count", "about", ["weapon", "material"])
d.F("Two days", 2, ["day"], "duration", core=False)
d.F("thirty-one years", 31, ["year"], "duration", subject_any=["foreign service", "worked"])
d.F("more than 600 people", 600, ["person", "people"], "count", "more_than", ["killed", "iran"])
d.F("twelve days", 12, ["day"], "duration", subject_any=["fighting"])
d.F("28 people", 28, ["person", "people"], "count", subject_any=["killed", "israel"])
d.F("14 missiles", 14, ["missile"], "count", subject_any=["missile", "al udeid"])
d.F("hours", None, ["hour"], "duration", "about", core=False, ctx=("one: hours later",))
d.F("about 7 percent", 7, ["percent"], "percent", "about", ["brent", "crude", "oil"])
d.F("a day", 1, ["day"], "duration", "at_most", core=False, ctx=("within a day of",))
d.F("Several readers", None, ["reader"], "count", "about", core=False)
d.F("one night", 1, ["night"], "duration", core=False)
# events
d.E("Our editorial of June 24, \"A ceasefire is not a peace,\" drew more mail than anything we have published this year.",
    "Our editorial of June 24", ["statement"], TUE, HG, core=False)
d.E("In his address to the nation last Saturday night, President Trump said that Iran's nuclear sites had been \"completely and totally obliterated.\"",
    "In his address to the nation last Saturday night", ["statement"], SAT, ["trump"])
d.E("But the Pentagon's own preliminary assessment, reported on Tuesday, suggested the damage would set the programme back by months, not years.",
    "reported on Tuesday", ["disclosure", "statement"], TUE)
d.E("Fourteen of the 30,000-pound bombs were dropped on Fordow and Natanz.", "were dropped on Fordow and Natanz",
    ["attack"], ("2025-06-21", "2025-06-22"), US)
s = "Iran's foreign minister, Abbas Araghchi, warned that the attack would have \"everlasting consequences.\""
d.E(s, "warned", ["threat", "statement"], None, ["araghchi", "iran"])
d.E(s, "the attack", ["attack"], ("2025-06-21", "2025-06-22"), US, core=False)
d.E("My grandfather was a young doctor in Tehran when the embassy was seized in November 1979.",
    "the embassy was seized in November 1979", ["seizure"], D(1979, 11))
d.E("He used to say, \"The Americans will always come back, but never in the way you expect.\"", "He used to say",
    ["statement"], None, core=False)
d.E("His generation remembered that the CIA had helped remove Mosaddegh in 1953.", "had helped remove Mosaddegh in 1953",
    ["coup"], D(1953), ["cia", "central intelligence"])
d.E("Mine remembers that Washington walked out of a signed agreement in 2018 while Iran was still complying with it.",
    "walked out of a signed agreement in 2018", ["withdrawal"], D(2018), ["washington", "united states"])
s = "Your editorial described the twelve-day war as a \"tragic escalation\" that both sides stumbled into."
d.E(s, "Your editorial described", ["statement"], TUE, HG, core=False)
d.E(s, "the twelve-day war", ["war"], WAR, ["israel", "iran"])
s = "Israel began its strikes on June 13 after Iran had spent years enriching uranium to 60 percent, a level no civilian programme needs."
d.E(s, "Israel began its strikes on June 13", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.E(s, "had spent years enriching uranium", ["other"], None, ["iran"], core=False)
d.E("The International Atomic Energy Agency reported at the end of May that Iran held more than 400 kilograms of such material, enough for about nine weapons if further enriched.",
    "reported at the end of May", ["statement", "disclosure"], D(2025, 5), ["atomic", "iaea"])
d.E("The ceasefire that took effect on Tuesday will hold only if inspectors are allowed back in.",
    "The ceasefire that took effect on Tuesday", ["agreement"], TUE)
d.E("It is worth remembering that a sixth round of talks between American and Iranian negotiators had been scheduled in Muscat for June 15.",
    "a sixth round of talks", ["negotiation"], D(2025, 6, 15), ["united states", "iran", "negotiator"], core=False)
d.E("Two days before it, the bombing began.", "the bombing began", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.E("I worked for thirty-one years in the Foreign Service, including a posting in Ankara during the hostage crisis.",
    "the hostage crisis", ["seizure"], None, core=False)
s = "According to Iran's health ministry, more than 600 people were killed in Iran during the twelve days of fighting, and Israeli officials say 28 people were killed in Israel by Iranian missiles."
d.E(s, "were killed in Iran", ["attack", "war"], WAR, ["israel"])
d.E(s, "were killed in Israel by Iranian missiles", ["attack", "war"], WAR, ["iran"])
d.E(s, "Israeli officials say", ["statement"], None, ["israel"], core=False)
s = "When Iran fired 14 missiles at Al Udeid Air Base in Qatar on Monday, it gave advance warning and nobody was hurt."
d.E(s, "Iran fired 14 missiles at Al Udeid Air Base in Qatar on Monday", ["attack"], MON, ["iran"])
d.E(s, "it gave advance warning", ["statement", "other", "threat"], MON, ["iran"], core=False)
d.E("That was a message, and the White House read it as one: hours later the president announced the ceasefire.",
    "the president announced the ceasefire", ["agreement", "statement"], ("2025-06-23", "2025-06-24"), ["trump", "president", "white house", "united states"])
d.E("Brent crude rose by about 7 percent in the first week of the war and gave all of it back within a day of the ceasefire.",
    "rose", ["other"], None, core=False)
s = "Iran's Majlis voted on Wednesday to suspend cooperation with the IAEA, and the Supreme Leader, Ali Khamenei, said in a televised address on Thursday that the United States had \"gained nothing\" from its strikes."
d.E(s, "voted on Wednesday", ["legislation"], D(2025, 6, 25), ["majlis", "iran"])
d.E(s, "suspend cooperation with the IAEA", ["withdrawal", "other"], D(2025, 6, 25), ["majlis", "iran"], core=False)
d.E(s, "said in a televised address on Thursday", ["statement"], D(2025, 6, 26), ["khamenei"])
d.E(s, "its strikes", ["attack"], ("2025-06-21", "2025-06-22"), US, core=False)
d.E("\"We will not be rushed,\" an Iranian diplomat at the United Nations told our correspondent this week.",
    "told our correspondent this week", ["statement"], WEEK, ["diplomat", "iran"], core=False)
d.save()
