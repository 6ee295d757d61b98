from mk import write
from fx import FDoc, D, R

DOC = "dev-h-research-note-iran-waivers-brent"
PUB = "2019-04-24"  # a Wednesday
TEXT = """Harrowgate Capital | Commodities Research | Oil Strategy

Iran waivers end: raising our Brent forecast to $75/bbl

24 April 2019

Priya Lachance, Head of Oil Research
Tomasz Wielgus, Energy Analyst

Key takeaways

- The United States said on Monday it will not renew the waivers that allowed eight importers to keep buying Iranian crude. The waivers expire on 2 May.
- We estimate Iranian crude exports fell to about 1.1 million barrels per day (mb/d) in March, from 2.5 mb/d in April 2018, the month before Washington left the nuclear deal.
- We raise our third-quarter Brent forecast by $5 to $75 per barrel.
- Saudi Arabia and the UAE can add up to 1.5 mb/d within weeks, in our view, but doing so would leave little spare capacity.

What happened

Secretary of State Mike Pompeo announced on Monday that no further exemptions would be granted after the current ones lapse. The Secretary said the aim was to bring Iran's oil exports "to zero" and to deny Tehran "the revenue it uses to destabilize the region." President Trump wrote the same day that Saudi Arabia and other OPEC members "will more than make up the difference." Brent rose 3% on the news to $74.04, its highest level in nearly six months.

Tehran answered quickly. A senior commander of the Revolutionary Guards navy warned on Monday that Iran would close the Strait of Hormuz "if we are prevented from using it." Oil minister Bijan Zanganeh said on Tuesday that Iran "will not leave the market" and would keep selling through "unofficial channels." Saudi energy minister Khalid al-Falih said the same day that the kingdom would "coordinate with other producers" to keep the market supplied.

The waivers were granted in November, when Washington reimposed sanctions on Iran's energy sector six months after withdrawing from the 2015 agreement. At the time, the administration said it wanted to avoid a price spike before the midterm elections. Two years earlier, under the deal, Iranian exports had climbed back above 2 mb/d within months of sanctions relief.

Scenarios

Base case (60% probability): Exports fall to about 500,000 barrels per day by July as China and Turkey largely comply. Gulf producers offset most of the loss. Brent averages $75 in the third quarter.

Bull case (25% probability): Iran or its allies harass tankers in or near the Strait of Hormuz, through which about 20% of global oil consumption passes. Insurance costs jump and Brent averages $90.

Bear case (15% probability): Washington tolerates quiet purchases by China of up to 700,000 b/d, while US shale output keeps growing. Brent averages $65.

Analyst view

"The market has priced the end of the waivers, but not the Iranian response," Lachance said. "A single incident in the Gulf could add $10 to the price in a day." She added that the risk of a miscalculation between the two navies was "higher than at any point since 1988."

Wielgus cautioned that Iranian data have become harder to track since tankers began switching off their transponders last year. "We are counting ships by satellite now," he said. "Satellites do not lie, but they do blink." A refiner in Singapore put it more bluntly to us last week: "Nobody wants to be the last buyer of Iranian oil."

Disclaimer

This note is for information only and does not constitute an offer to buy or sell any commodity or security. Forecasts are subject to change without notice. Harrowgate Capital and its affiliates may hold positions in the instruments discussed. Past performance is not a guide to future results.
"""
write(DOC, "Iran waivers end: raising our Brent forecast to $75/bbl", "Harrowgate Capital Commodities Research (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
MON, TUE = D(2019, 4, 22), D(2019, 4, 23)
PO = ["pompeo", "secretary of state", "secretary"]
LA = ["lachance"]
d.Q("to zero", ["partial"], "Mike Pompeo", PO, MON)
d.Q("the revenue it uses to destabilize the region.", ["partial"], "Mike Pompeo", PO, MON)
d.Q("will more than make up the difference.", ["partial"], "Donald Trump", ["trump"], MON)
d.Q("if we are prevented from using it.", ["partial"], "Revolutionary Guards navy commander", ["commander", "revolutionary guards", "guards"], MON)
d.Q("will not leave the market", ["partial"], "Bijan Zanganeh", ["zanganeh"], TUE)
d.Q("unofficial channels.", ["partial", "term"], "Bijan Zanganeh", ["zanganeh"], TUE)
d.Q("The market has priced the end of the waivers, but not the Iranian response,", ["direct"], "Priya Lachance", LA)
d.Q("A single incident in the Gulf could add $10 to the price in a day.", ["direct"], "Priya Lachance", LA)
d.Q("higher than at any point since 1988.", ["partial"], "Priya Lachance", LA)
d.Q("Satellites do not lie, but they do blink.", ["direct"], "Tomasz Wielgus", ["wielgus"])
d.Q("Nobody wants to be the last buyer of Iranian oil.", ["direct"], None, [], ("2019-04-15", "2019-04-21"))
d.Q("coordinate with other producers", ["partial"], "Khalid al-Falih", ["falih"], TUE)
d.Q("We are counting ships by satellite now,", ["direct"], "Tomasz Wielgus", ["wielgus"])
# figures
BBL = ["usd per barrel", "usd"]
BPD = ["barrel per day", "mb/d", "million barrels per day"]
d.F("$75/bbl", 75, BBL, "money", subject_any=["brent", "forecast"])
d.F("eight importers", 8, ["importer"], "count", subject_any=["importer", "waiver"])
d.F("about 1.1 million barrels per day", 1.1e6, BPD, "measure", "about", ["export", "iranian"])
d.F("2.5 mb/d", 2.5e6, BPD, "measure", subject_any=["export", "iranian"])
d.F("$5", 5, BBL, "money", subject_any=["forecast", "brent", "raise"])
d.F("$75 per barrel", 75, BBL, "money", subject_any=["brent", "forecast"])
d.F("up to 1.5 mb/d", 1.5e6, BPD, "measure", "up_to", ["saudi", "uae", "capacity", "add"])
d.F("3%", 3, ["percent"], "percent", subject_any=["brent"])
d.F("$74.04", 74.04, BBL, "money", subject_any=["brent"])
d.F("nearly six months", 6, ["month"], "duration", "about", core=False)
d.F("six months after", 6, ["month"], "duration", core=False)
d.F("Two years earlier", 2, ["year"], "duration", core=False)
d.F("above 2 mb/d", 2e6, BPD, "measure", "more_than", ["export", "iranian"])
d.F("60% probability", 60, ["percent"], "percent", subject_any=["base", "scenario", "probabilit"])
d.F("about 500,000 barrels per day", 5e5, BPD, "measure", "about", ["export"])
d.F("$75", 75, BBL, "money", subject_any=["brent", "base"], occ=2)
d.F("25% probability", 25, ["percent"], "percent", subject_any=["bull", "scenario", "probabilit"])
d.F("about 20%", 20, ["percent"], "percent", "about", ["oil consumption", "consumption", "strait", "hormuz"])
d.F("$90", 90, BBL, "money", subject_any=["brent", "bull"])
d.F("15% probability", 15, ["percent"], "percent", subject_any=["bear", "scenario", "probabilit"])
d.F("up to 700,000 b/d", 7e5, BPD + ["b/d"], "measure", "up_to", ["purchase", "china"])
d.F("$65", 65, BBL, "money", subject_any=["brent", "bear"])
d.F("$10", 10, BBL, "money", "exact", ["price", "incident"], core=False)
d.F("the two navies", 2, ["navy"], "count", core=False)
# events
d.EV("Iran waivers end", ["sanction"], D(2019, 5, 2), ["united states", "washington"], core=False)
d.EV("The United States said on Monday", ["statement"], MON, ["united states"], core=False)
d.EV("The waivers expire on 2 May", ["sanction"], D(2019, 5, 2), [], core=False)
d.EV("Washington left the nuclear deal", ["withdrawal"], D(2018, 5), ["washington", "united states"], core=False)
d.EV("Mike Pompeo announced on Monday", ["statement", "sanction"], MON, PO)
d.EV("The Secretary said the aim was", ["statement"], MON, PO, core=False)
d.EV("President Trump wrote the same day", ["statement"], MON, ["trump"])
d.EV("Brent rose 3% on the news", ["other"], MON, [], core=False)
d.EV("warned on Monday that Iran would close", ["threat"], MON, ["commander", "revolutionary guards", "guards", "iran"])
d.EV("Bijan Zanganeh said on Tuesday", ["statement"], TUE, ["zanganeh"])
d.EV("The waivers were granted in November", ["sanction", "agreement"], D(2018, 11), ["washington", "united states"])
d.EV("Washington reimposed sanctions", ["sanction"], D(2018, 11), ["washington", "united states"])
d.EV("the administration said it wanted", ["statement"], D(2018, 11), ["administration", "united states"], core=False)
d.EV("Iranian exports had climbed back", ["other"], D(2016), [], core=False)
d.EV("Lachance said", ["statement"], None, LA, core=False)
d.EV("She added that the risk", ["statement"], None, LA, core=False)
d.EV("A refiner in Singapore put it more bluntly", ["statement"], ("2019-04-15", "2019-04-21"), [], core=False)
d.EV("since tankers began switching off their transponders last year", ["other"], D(2018), [], core=False)
d.EV("Khalid al-Falih said the same day", ["statement"], TUE, ["falih", "saudi"])
d.EV("Wielgus cautioned", ["statement"], None, ["wielgus"], core=False)
d.save()
