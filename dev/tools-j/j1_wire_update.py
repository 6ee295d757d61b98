from mk import write
from fx import FDoc, D, R

DOC = "dev-j-wire-update-oil-iran-scales-back"
PUB = "2019-05-09"  # a Thursday
TEXT = """UPDATE 2-Oil rises as Iran scales back nuclear commitments, U.S. tightens sanctions

(Adds comment from Iranian oil minister, paragraphs 6-8; updates prices)

By Harriet Oduya and Karim Vashani

LONDON, May 9 (Castlegate Wire) - Oil prices rose on Thursday after Iran said it would stop observing some limits of its 2015 nuclear deal and the United States tightened sanctions on Tehran, adding to worries about supply from the Middle East.

Brent crude futures were up 48 cents, or 0.7 percent, at $70.88 a barrel by 1015 GMT. U.S. West Texas Intermediate (WTI) crude futures rose 31 cents to $62.43.

President Hassan Rouhani said on Wednesday that Iran would keep its surplus enriched uranium and heavy water at home instead of selling them abroad, and gave the other parties to the deal 60 days to shield its oil and banking sectors from U.S. sanctions. "What we have started is surgery to save the agreement, not to kill it," Rouhani said in a televised address.

Hours later, President Donald Trump signed an executive order imposing sanctions on Iran's iron, steel, aluminium and copper sectors, which the White House called the country's largest source of export revenue after oil.

Washington ended waivers on May 2 that had allowed eight buyers to keep importing Iranian crude, with the aim of cutting the country's exports to zero.

Iranian Oil Minister Bijan Zanganeh said on Thursday that the country would keep selling its crude "despite the bullying of America". "They have tried this for forty years, and they will fail again," he told reporters in Tehran, according to the ministry's news agency Shana.

Zanganeh accused Saudi Arabia and the United Arab Emirates of "serving Washington" by promising to fill any gap in supply, and said Iran would not give up its share of the market "without a fight".

The Organization of the Petroleum Exporting Countries (OPEC) and its allies are due to meet in Vienna in late June, and Zanganeh said Tehran would oppose any decision to raise output to replace Iranian barrels.

Tanker-tracking data showed Iran's crude exports fell to around 500,000 barrels per day (bpd) in the first week of May, from about 2.5 million bpd in April last year, before Washington pulled out of the nuclear deal in May 2018 and reimposed sanctions.

"The market is now pricing in a real chance of an incident in the Gulf," said Olga Tarrant, head of commodities research at Fenwick Bay Capital. "A week ago that was a tail risk. Today it is part of the base case."

The United States said on Sunday it was sending an aircraft carrier strike group and a bomber task force to the Middle East in response to what it called "troubling and escalatory indications" from Iran. Secretary of State Mike Pompeo made an unannounced visit to Baghdad on Tuesday and told reporters that Iraq's leaders had a duty to protect Americans in their country.

Britain, France and Germany said in a joint statement on Thursday that they "reject any ultimatums" from Tehran but remained committed to the deal, under which Iran agreed in July 2015 to curb its nuclear work in return for the lifting of sanctions.

Prices were also supported by supply cuts of 1.2 million bpd that OPEC and its allies, including Russia, began in January. Saudi Arabia has pumped below its target of 10.3 million bpd for three months in a row, according to a Castlegate survey.

Gains were capped by trade tensions between Washington and Beijing. U.S. tariffs on $200 billion of Chinese goods are due to rise to 25 percent from 10 percent on Friday, and Chinese Vice Premier Liu He will travel to Washington for talks on Thursday and Friday.

(Reporting by Harriet Oduya in London and Karim Vashani in Dubai; Additional reporting by Chen Liwei in Singapore; Editing by Simon Ashgrove and Jan Hollis)
"""
write(DOC, "UPDATE 2-Oil rises as Iran scales back nuclear commitments, U.S. tightens sanctions",
      "Castlegate Wire (fictional)", PUB, TEXT)
from metaj import author
author(DOC, "Harriet Oduya and Karim Vashani")

d = FDoc(DOC, PUB)
T = D(2019, 5, 9)
WED, TUE, SUN = D(2019, 5, 8), D(2019, 5, 7), D(2019, 5, 5)
RO = ["rouhani"]
ZA = ["zanganeh"]
E3 = ["britain", "united kingdom", "france", "germany", "e3", "european"]
# quotes
d.Q("What we have started is surgery to save the agreement, not to kill it,", ["direct"], "Hassan Rouhani", RO, WED)
d.Q("despite the bullying of America", ["partial"], "Bijan Zanganeh", ZA, T)
d.Q("They have tried this for forty years, and they will fail again,", ["direct"], "Bijan Zanganeh", ZA, T)
d.Q("serving Washington", ["partial"], "Bijan Zanganeh", ZA, T)
d.Q("without a fight", ["partial"], "Bijan Zanganeh", ZA, T)
d.Q("The market is now pricing in a real chance of an incident in the Gulf,", ["direct"], "Olga Tarrant", ["tarrant"], None)
d.Q("A week ago that was a tail risk. Today it is part of the base case.", ["direct"], "Olga Tarrant", ["tarrant"], None)
d.Q("troubling and escalatory indications", ["partial"], "United States", ["united states", "washington"], SUN)
d.Q("reject any ultimatums", ["partial"], "United Kingdom, France and Germany", E3, T)
# figures
d.F("48 cents", 0.48, ["usd", "cent"], "money", subject_any=["brent", "futures"])
d.F("0.7 percent", 0.7, ["percent"], "percent", subject_any=["brent", "futures"])
d.F("$70.88 a barrel", 70.88, ["usd per barrel", "usd/barrel", "usd a barrel", "usd"], "money", subject_any=["brent", "futures"])
d.F("31 cents", 0.31, ["usd", "cent"], "money", subject_any=["wti", "west texas", "crude"])
d.F("$62.43", 62.43, ["usd per barrel", "usd/barrel", "usd a barrel", "usd"], "money", subject_any=["wti", "west texas", "crude"])
d.F("Hours later", None, ["hour"], "duration", "about", core=False)
d.F("60 days", 60, ["day"], "duration", subject_any=["part", "deal", "shield", "signator"])
d.F("eight buyers", 8, ["buyer"], "count", subject_any=["buyer", "waiver"])
d.F("zero", 0, ["barrel per day", "export"], "measure", core=False)
d.F("forty years", 40, ["year"], "duration")
d.F("around 500,000 barrels per day", 5e5, ["barrel per day"], "measure", "about", ["iran", "export", "crude"])
d.F("about 2.5 million bpd", 2.5e6, ["barrel per day"], "measure", "about", ["iran", "export", "crude"])
d.F("A week ago", 1, ["week"], "duration", core=False)
d.F("1.2 million bpd", 1.2e6, ["barrel per day"], "measure", subject_any=["cut", "supply"])
d.F("10.3 million bpd", 10.3e6, ["barrel per day"], "measure", subject_any=["target", "saudi"])
d.F("three months", 3, ["month"], "duration", subject_any=["saudi", "pump", "target"])
d.F("$200 billion", 2e11, ["usd"], "money", subject_any=["chinese goods", "goods", "tariff"])
d.F("25 percent", 25, ["percent"], "percent", subject_any=["tariff"])
d.F("10 percent", 10, ["percent"], "percent", subject_any=["tariff"])
# events
d.EV("UPDATE 2-Oil rises as Iran scales back", ["withdrawal", "other"], T, ["iran"], core=False)
d.EV("Oil prices rose on Thursday", ["other"], T, [], core=False)
d.EV("Iran said it would stop observing", ["statement", "withdrawal"], None, ["iran"], core=False)
d.EV("the United States tightened sanctions on Tehran", ["sanction"], None, ["united states"], core=False)
d.EV("President Hassan Rouhani said on Wednesday", ["statement", "withdrawal"], WED, RO)
d.EV("Rouhani said in a televised address", ["statement"], WED, RO, core=False)
d.EV("President Donald Trump signed an executive order imposing sanctions", ["sanction", "legislation"], WED, ["trump"])
d.EV("Washington ended waivers on May 2", ["sanction"], D(2019, 5, 2), ["washington", "united states"])
d.EV("Bijan Zanganeh said on Thursday", ["statement"], T, ZA)
d.EV("he told reporters in Tehran", ["statement"], T, ZA, core=False)
d.EV("Zanganeh accused Saudi Arabia", ["statement"], T, ZA, core=False)
d.EV("Zanganeh said Tehran would oppose", ["statement"], T, ZA, core=False)
d.EV("are due to meet in Vienna in late June", ["negotiation"], ("2019-06-15", "2019-06-30"), ["opec"], core=False)
d.EV("Iran's crude exports fell to around", ["other", "sanction"], ("2019-05-01", "2019-05-07"), ["iran"], core=False)
d.EV("Washington pulled out of the nuclear deal in May 2018", ["withdrawal"], D(2018, 5), ["washington", "united states"])
d.EV("reimposed sanctions", ["sanction"], ("2018-05-01", "2018-11-30"), ["washington", "united states"])
d.EV("said Olga Tarrant", ["statement"], None, ["tarrant"], core=False)
d.EV("The United States said on Sunday", ["statement", "threat", "support"], SUN, ["united states"])
d.EV("Mike Pompeo made an unannounced visit to Baghdad on Tuesday", ["negotiation", "other"], TUE, ["pompeo"])
d.EV("and told reporters that Iraq's leaders", ["statement"], TUE, ["pompeo"])
d.EV("Britain, France and Germany said in a joint statement on Thursday", ["statement"], T, E3)
d.EV("Iran agreed in July 2015", ["agreement"], D(2015, 7), ["iran"])
d.EV("supply cuts of 1.2 million bpd", ["other", "agreement"], D(2019, 1), ["opec"], core=False)
d.EV("Saudi Arabia has pumped below its target", ["other"], ("2019-02-01", "2019-05-09"), ["saudi"], core=False)
d.EV("U.S. tariffs on $200 billion of Chinese goods are due to rise", ["sanction", "other"], D(2019, 5, 10), ["united states"], core=False)
d.EV("Liu He will travel to Washington for talks", ["negotiation"], R(T, D(2019, 5, 10)), ["liu"], core=False)
d.save()
