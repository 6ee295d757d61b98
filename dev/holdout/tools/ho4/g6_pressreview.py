from ann import Doc, D, R
d = Doc("ho4-press-review-tehran-papers", "2019-05-09")
TODAY = D(2019, 5, 9)
WED = D(2019, 5, 8)
SUN = D(2019, 5, 5)
ZA = ["zarif"]
RO = ["rouhani"]
KAY = ["kayhan"]
ET = ["etemad"]
IRN = ["iran"]          # the government daily is called Iran
JAV = ["javan"]
DON = ["donya"]
SB = ["sabouri"]
US = ["united states", "washington", "trump"]
# quotes
d.Q("Step one: the end of one-sided patience", ["direct", "term"], "Kayhan", KAY, TODAY)
d.Q("too little and a year too late.", ["partial"], "Kayhan", KAY, TODAY)
d.Q("given us words for twelve months and not a single barrel of oil sold.", ["partial"], "Kayhan", KAY, TODAY)
d.Q("Sixty days to save the deal", ["direct", "term"], "Etemad", ET, TODAY)
d.Q("a warning shot, not a divorce,", ["partial"], "Mehrdad Sabouri", SB, TODAY)
d.Q("Those who say America cannot be trusted are right,", ["direct"], "Mehrdad Sabouri", SB, TODAY)
d.Q("But Iran cannot afford to give the Americans the excuse they have been looking for.", ["direct"], "Mehrdad Sabouri", SB, TODAY)
d.Q("The ball is in Europe's court", ["direct", "term"], "Iran (newspaper)", IRN, TODAY)
d.Q("within the framework of the deal itself,", ["partial"], "Iran (newspaper)", IRN, TODAY)
d.Q("An aircraft carrier does not frighten us", ["direct", "term"], "Javan", JAV, TODAY)
d.Q("a clear and unmistakable message", ["partial"], "John Bolton", ["bolton"], SUN)
d.Q("a target, not a threat.", ["partial"], "Amir-Hossein Kalantari", ["kalantari"])
d.Q("begging the Iraqis to choose a side.", ["partial"], "Javan", JAV, TODAY)
d.Q("The dollar ignores the speech", ["direct", "term"], "Donya-e-Eqtesad", DON, TODAY)
d.Q("Everybody is waiting for the sixty days to end. Nobody buys, nobody sells.", ["direct"], None, ())
d.Q("Zarif: We did not leave the table", ["direct", "term"], "Mohammad Javad Zarif", ZA + ["shargh"], core=False)
d.Q("in full accordance", ["partial"], "Mohammad Javad Zarif", ZA, WED)
d.Q("the United States that left the table, not Iran.", ["partial"], "Mohammad Javad Zarif", ZA, WED)
d.Q("no reason", ["partial"], "Mohammad Javad Zarif", ZA, WED)
d.Q("torn up its signature.", ["partial"], "Mohammad Javad Zarif", ZA, WED)
d.Q("economic terrorism.", ["partial", "term"], "Mohammad Javad Zarif", ZA, D(2019, 4))
# figures
d.F("60 days", 60, ["day"], "duration", subject_any=["parties", "remaining", "deadline"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["cap", "enrichment"])
d.F("about 10 percent", 10, ["percent"], "percent", "about", ["export revenue", "revenue", "sector"])
d.F("a year", 1, ["year"], "duration", core=False, ctx=("too little and a year too late",))
d.F("twelve months", 12, ["month"], "duration", subject_any=["words", "europe"])
d.F("a single barrel", 1, ["barrel"], "count", core=False)
d.F("Sixty days", 60, ["day"], "duration", subject_any=["deal"])
d.F("nearly 2 percent", 2, ["percent"], "percent", "about", ["rial"])
d.F("about 153,000 rials", 153000, ["irr", "rial"], "money", "about", ["dollar", "rial"])
d.F("roughly 65,000", 65000, ["irr", "rial"], "money", "about", ["dollar", "rial"])
d.F("a year", 1, ["year"], "duration", core=False, ctx=("withdrawal a year ago",))
d.F("below 1 million barrels per day", 1e6, ["barrel per day"], "measure", "less_than", ["crude export", "export"])
d.F("eight buyers", 8, ["buyer"], "count", subject_any=["buyer", "waiver"])
d.F("the sixty days", 60, ["day"], "duration")
d.F("Several papers", None, ["paper"], "count", "about", core=False)
d.F("60-day", 60, ["day"], "duration", subject_any=["deadline"])
# events
s = "Today's papers are dominated by President Hassan Rouhani's announcement yesterday, on the first anniversary of the US withdrawal from the nuclear deal, that Iran will stop observing some of its commitments under the agreement."
d.E(s, "announcement yesterday", ["statement"], WED, RO)
d.E(s, "the US withdrawal from the nuclear deal", ["withdrawal"], D(2018, 5, 8), US)
d.E(s, "will stop observing some of its commitments", ["withdrawal"], WED, ["iran", "rouhani"])
s = "In a televised cabinet meeting, Rouhani said Iran would no longer sell its excess enriched uranium and heavy water abroad, and gave the remaining parties 60 days to shield Iran's oil and banking sectors from American sanctions."
d.E(s, "Rouhani said", ["statement"], WED, RO)
d.E(s, "gave the remaining parties 60 days", ["threat", "statement"], WED, RO, core=False)
d.E(s, "American sanctions", ["sanction"], None, US, core=False)
s = "If they fail, he said, Iran will also resume enrichment above the 3.67 percent cap."
d.E(s, "he said", ["statement"], WED, RO, core=False)
d.E(s, "resume enrichment", ["threat", "other"], None, ["iran"], core=False)
s = "Hours later, President Donald Trump signed an order imposing sanctions on Iran's iron, steel, aluminium and copper sectors, which the White House said account for about 10 percent of the country's export revenue."
d.E(s, "signed an order", ["legislation"], WED, ["trump", "united states"])
d.E(s, "imposing sanctions", ["sanction"], WED, ["trump", "united states"])
d.E(s, "the White House said", ["statement"], None, ["white house", "united states"], core=False)
s = "The hardline daily, whose editor is appointed by the Supreme Leader, welcomed the decision but called it \"too little and a year too late.\""
d.E(s, "welcomed the decision", ["statement"], TODAY, KAY)
d.E(s, "called it", ["statement"], TODAY, KAY, core=False)
d.E(s, "is appointed by the Supreme Leader", ["leadership_change", "other"], None, ["khamenei", "leader"], core=False)
d.E("In its front-page editorial it wrote that the Europeans had \"given us words for twelve months and not a single barrel of oil sold.\"",
    "it wrote", ["statement"], TODAY, KAY, core=False)
s = "The paper repeated its long-standing demand that Iran leave the Treaty on the Non-Proliferation of Nuclear Weapons altogether."
d.E(s, "repeated its long-standing demand", ["statement"], TODAY, KAY)
d.E(s, "Iran leave the Treaty", ["withdrawal"], None, ["iran"], core=False)
s = "Its columnist Mehrdad Sabouri argued that the move was \"a warning shot, not a divorce,\" and urged the government to keep talking to Paris, Berlin and London."
d.E(s, "argued", ["statement"], TODAY, SB)
d.E(s, "urged the government", ["statement"], TODAY, SB, core=False)
d.E(s, "keep talking to Paris, Berlin and London", ["negotiation"], None, ["iran", "government"], core=False)
d.E("\"Those who say America cannot be trusted are right,\" he wrote.", "he wrote", ["statement"], TODAY, SB, core=False)
s = "The government's own newspaper printed the full text of the president's speech under a photograph of Rouhani and Foreign Minister Mohammad Javad Zarif."
d.E(s, "printed the full text", ["disclosure", "other", "statement"], TODAY, IRN + ["newspaper"], core=False)
d.E(s, "the president's speech", ["statement"], WED, RO, core=False)
d.E("An unsigned commentary said the decision was taken \"within the framework of the deal itself,\" citing paragraphs 26 and 36 of the agreement, which allow a party to stop performing its commitments if others do not perform theirs.",
    "An unsigned commentary said", ["statement"], TODAY, IRN + ["commentary", "newspaper"])
s = "The paper, which is close to the Islamic Revolutionary Guard Corps, led with the deployment of the USS Abraham Lincoln strike group to the region, announced on Sunday by the US national security adviser, John Bolton."
d.E(s, "the deployment of the USS Abraham Lincoln strike group", ["other", "threat", "war"], None, ["united states", "bolton", "abraham lincoln"])
d.E(s, "announced on Sunday", ["statement", "threat"], SUN, ["bolton"])
d.E("Bolton had said the move was meant to send \"a clear and unmistakable message\" to Tehran.", "Bolton had said",
    ["statement", "threat"], SUN, ["bolton"], core=False)
d.E("Javan quoted a Guards commander, Brigadier General Amir-Hossein Kalantari, as saying that the carrier was \"a target, not a threat.\"",
    "as saying", ["statement", "threat"], None, ["kalantari"])
s = "The paper also reported on Secretary of State Mike Pompeo's unannounced visit to Baghdad on Tuesday, which it described as \"begging the Iraqis to choose a side.\""
d.E(s, "unannounced visit to Baghdad on Tuesday", ["negotiation", "other"], D(2019, 5, 7), ["pompeo", "united states"])
d.E(s, "The paper also reported", ["statement"], TODAY, JAV, core=False)
d.E(s, "it described", ["statement"], TODAY, JAV, core=False)
s = "The business daily reported that the rial weakened by nearly 2 percent on the open market yesterday, trading at about 153,000 rials to the dollar by the afternoon, compared with roughly 65,000 before the US withdrawal a year ago."
d.E(s, "The business daily reported", ["statement"], TODAY, DON, core=False)
d.E(s, "the rial weakened", ["other"], WED, core=False)
d.E(s, "the US withdrawal a year ago", ["withdrawal"], D(2018, 5), US, core=False)
s = "Citing tanker-tracking data, the paper estimated that crude exports had fallen below 1 million barrels per day in the previous week, after Washington ended the sanctions waivers for eight buyers of Iranian oil on 2 May."
d.E(s, "Washington ended the sanctions waivers", ["sanction"], D(2019, 5, 2), US)
d.E(s, "the paper estimated", ["statement"], TODAY, DON, core=False)
d.E(s, "had fallen", ["other"], ("2019-04-29", "2019-05-05"), core=False)
d.E("A trader in the Tehran bazaar told the paper: \"Everybody is waiting for the sixty days to end.", "told the paper",
    ["statement"], None, ["trader"], core=False)
s = "Shargh carried an interview that Zarif gave in Moscow on Wednesday, in which the foreign minister said Iran had acted \"in full accordance\" with the deal and that it was \"the United States that left the table, not Iran.\""
d.E(s, "an interview that Zarif gave in Moscow on Wednesday", ["statement"], WED, ZA)
d.E(s, "the foreign minister said", ["statement"], WED, ZA, core=False)
d.E(s, "Shargh carried", ["disclosure", "other", "statement"], TODAY, ["shargh"], core=False)
d.E(s, "left the table", ["withdrawal"], None, US, core=False)
s = "Asked whether Tehran would talk to Washington, Zarif replied that there was \"no reason\" to negotiate with a government that had \"torn up its signature.\""
d.E(s, "Zarif replied", ["statement"], WED, ZA)
d.E(s, "to negotiate", ["negotiation"], None, core=False)
d.E(s, "had \"torn up its signature", ["withdrawal"], None, US, core=False)
s = "He has made the same point, the paper noted, since last month, when he told an audience in New York that the US strategy was \"economic terrorism.\""
d.E(s, "he told an audience in New York", ["statement"], D(2019, 4), ZA)
d.E(s, "the paper noted", ["statement"], TODAY, ["shargh"], core=False)
s = "Several papers noted that the 60-day deadline expires on 16 Tir 1398 (7 July)."
d.E(s, "Several papers noted", ["statement"], TODAY, core=False)
d.E(s, "the 60-day deadline expires on 16 Tir 1398 (7 July)", ["other", "threat"], D(2019, 7, 7), core=False)
d.E("The Supreme Leader, Ali Khamenei, is expected to address the subject in a speech to officials next week.",
    "is expected to address the subject", ["statement"], ("2019-05-13", "2019-05-19"), ["khamenei"], core=False)
d.save()
