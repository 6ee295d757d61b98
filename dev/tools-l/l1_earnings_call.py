from l0 import FDoc, D, R, write

DOC = "dev-l-earnings-call-halvard-tankers-q1-2025"
PUB = "2025-05-08"  # a Thursday, the day of the call
TEXT = """Halvard Tankers Ltd (NYSE: HVT)
Q1 2025 Earnings Conference Call
May 8, 2025, 10:00 a.m. ET

Corporate Participants
Ingrid Solvang-Mercer - Head of Investor Relations
Lars Odegaard - Chief Executive Officer
Priya Castellano-Vik - Chief Financial Officer

Conference Call Participants
Tomas Elkington - Brannock Securities - Analyst
Joanna Featherstone-Ali - Keel & Harbor Capital - Analyst

Presentation

Operator
Good morning, and welcome to the Halvard Tankers first quarter 2025 earnings conference call. All participants are in listen-only mode. After the prepared remarks there will be a question-and-answer session. Please note that this call is being recorded. I would now like to hand the call over to Ingrid Solvang-Mercer, Head of Investor Relations. Please go ahead.

Ingrid Solvang-Mercer - Head of Investor Relations
Thank you, operator. Our earnings release went out before the market opened this morning and is posted on our website with the slide deck. Today's remarks include forward-looking statements, and actual results may differ materially. With that, I will turn the call over to Lars.

Lars Odegaard - Chief Executive Officer
Thank you, Ingrid, and good morning, everyone. Halvard earned net income of $38.6 million in the first quarter, or $1.12 per share, and our 24 Suezmax and Aframax tankers averaged spot earnings of about $41,200 per day. The board declared a dividend of $0.45 per share, our eleventh consecutive quarterly payment.

The quarter was shaped less by demand than by sanctions. On February 4 the President signed a national security memorandum restoring what the White House called "maximum pressure" on Iran, and the Treasury has since designated dozens of tankers that carry Iranian crude. By our count, more than 90 vessels linked to Iranian trade were named between February and the end of April. In its latest action, on April 22, the Treasury said it would keep going after "every link in the chain" that brings Iranian oil to market. Brokers estimate that the so-called shadow fleet now numbers about 1,100 ships, or close to 17 percent of the world's large tankers, and that Iran alone still moves roughly 1.6 million barrels per day, nearly all of it to independent refiners in China.

When a sanctioned ship is sidelined, compliant tonnage gets tighter. That helped us in March, when Aframax earnings in the Mediterranean rose 30 percent in four weeks. But I want to be careful here. One of our charterers told me last month, "Every time Washington adds a ship to the list, two more old ones are bought for cash in Fujairah." The dark fleet does not shrink; it gets older and more dangerous. Its average age is now above 20 years.

Priya Castellano-Vik - Chief Financial Officer
Thanks, Lars. Revenue for the quarter was $112.4 million, up 9 percent from a year earlier. Vessel operating expenses averaged $8,950 per day. We repaid $42 million of debt and ended March with $187 million in cash. About 58 percent of our second-quarter Suezmax days are already booked at an average of $39,800 per day.

Question-and-Answer Session

Operator
Thank you. Our first question comes from Tomas Elkington with Brannock Securities. Please go ahead.

Tomas Elkington - Brannock Securities - Analyst
Good morning. Lars, in February you called the shadow fleet "a standing oil spill waiting for a date." Has anything happened since then to change your mind, especially now that Washington and Tehran are talking again?

Lars Odegaard - Chief Executive Officer
Nothing has changed my mind, Tomas. On our last call I said, "We will not charter a ship to anyone who switches off a transponder," and that still stands. The talks are real, and that is new. The first round was held in Muscat on April 12, with Oman carrying messages between the two delegations. They met again in Rome a week later and held a third round in Muscat on April 26. A fourth round is expected this weekend. But the Supreme Leader said in February that negotiating with America is "not intelligent, wise or honorable," and I have been in this industry long enough to remember 2015 and 2018. The nuclear deal was signed in July 2015, and in May 2018 it was gone. Our planning case assumes no change in sanctions this year.

Operator
Our next question comes from Joanna Featherstone-Ali with Keel & Harbor Capital.

Joanna Featherstone-Ali - Keel & Harbor Capital - Analyst
Thanks. Two quick ones. First, on insurance: are war-risk premiums in the Gulf still where they were? And second, what happens to your rates if there is a deal?

Priya Castellano-Vik - Chief Financial Officer
On insurance, premiums for a Gulf call are roughly 0.2 percent of hull value, down from a peak of about 0.5 percent in June 2019, after the attacks on tankers near Fujairah and in the Gulf of Oman. Underwriters have long memories. One of them said to me recently that the market "prices Iran by the decade, not by the quarter."

Lars Odegaard - Chief Executive Officer
On a deal, Joanna, I would say this. If up to 1.5 million barrels per day moved back onto mainstream tankers, the compliant fleet would gain work at first. Over time the dark ships would return to the ordinary market, and that would weigh on rates. So we are not cheering for either outcome. We are chartering for both.

Operator
This concludes our question-and-answer session. Thank you for attending today's call. You may now disconnect.
"""
write(DOC, "Halvard Tankers Ltd Q1 2025 Earnings Conference Call", "Quayside Transcripts (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
FEB4, APR22 = D(2025, 2, 4), D(2025, 4, 22)
# quotes (speaker lines are not quotes; only quotation-marked spans)
d.Q("maximum pressure", ["term", "partial"], "White House", ["white house"], FEB4)
d.Q("every link in the chain", ["partial"], "United States Department of the Treasury", ["treasury"], APR22)
d.Q("Every time Washington adds a ship to the list, two more old ones are bought for cash in Fujairah.", ["direct"], None, [], D(2025, 4))
d.Q("a standing oil spill waiting for a date.", ["partial"], "Lars Odegaard", ["odegaard", "lars"], D(2025, 2))
d.Q("We will not charter a ship to anyone who switches off a transponder,", ["direct"], "Lars Odegaard", ["odegaard", "lars"], D(2025, 2))
d.Q("not intelligent, wise or honorable,", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2))
d.Q("prices Iran by the decade, not by the quarter.", ["partial"], None, [], None)
# figures
d.F("$38.6 million", 38.6e6, ["usd"], "money", subject_any=["net income", "halvard"])
d.F("$1.12 per share", 1.12, ["usd", "usd per share"], "money", subject_any=["share", "net income"])
d.F("24 Suezmax and Aframax tankers", 24, ["tanker", "suezmax and aframax tanker"], "count", subject_any=["tanker"])
d.F("about $41,200 per day", 41200, ["usd", "usd per day"], "money", "about", ["earning", "tanker"])
d.F("$0.45 per share", 0.45, ["usd", "usd per share"], "money", subject_any=["dividend"])
d.F("dozens of tankers", 24, ["tanker"], "count", "about", core=False)
d.F("more than 90 vessels", 90, ["vessel"], "count", "more_than", ["vessel"])
d.F("about 1,100 ships", 1100, ["ship"], "count", "about", ["shadow fleet", "ship"])
d.F("close to 17 percent", 17, ["percent"], "percent", "about", ["tanker", "shadow fleet"])
d.F("roughly 1.6 million barrels per day", 1.6e6, ["barrel per day"], "measure", "about", ["iran"])
d.F("30 percent", 30, ["percent"], "percent", subject_any=["aframax", "earning"])
d.F("four weeks", 4, ["week"], "duration", subject_any=["earning", "rose"])
d.F("two more old ones", 2, ["one", "ship"], "count", core=False)
d.F("above 20 years", 20, ["year"], "duration", "more_than", ["age", "dark fleet"])
d.F("$112.4 million", 112.4e6, ["usd"], "money", subject_any=["revenue"])
d.F("9 percent", 9, ["percent"], "percent", subject_any=["revenue"])
d.F("$8,950 per day", 8950, ["usd", "usd per day"], "money", subject_any=["operating expense", "expense"])
d.F("$42 million", 42e6, ["usd"], "money", subject_any=["debt"])
d.F("$187 million", 187e6, ["usd"], "money", subject_any=["cash"])
d.F("About 58 percent", 58, ["percent"], "percent", "about", ["suezmax", "days"])
d.F("$39,800 per day", 39800, ["usd", "usd per day"], "money", subject_any=["average", "suezmax"])
d.F("the two delegations", 2, ["delegation"], "count", core=False)
d.F("a week later", 1, ["week"], "duration", core=False)
d.F("Two quick ones", 2, ["one", "question"], "count", core=False)
d.F("roughly 0.2 percent", 0.2, ["percent"], "percent", "about", ["premium", "hull"])
d.F("about 0.5 percent", 0.5, ["percent"], "percent", "about", ["peak", "premium"])
d.F("up to 1.5 million barrels per day", 1.5e6, ["barrel per day"], "measure", "up_to", ["barrel", "tanker"])
# events
d.EV("the President signed a national security memorandum", ["legislation", "sanction"], FEB4, ["president", "trump"])
d.EV("restoring what the White House called", ["sanction"], FEB4, ["president", "trump", "white house"])
d.EV("the Treasury has since designated dozens of tankers", ["designation", "sanction"], ("2025-02-04", "2025-05-08"), ["treasury"])
d.EV("more than 90 vessels linked to Iranian trade were named", ["designation", "sanction"], ("2025-02-01", "2025-04-30"), [], core=False)
d.EV("the Treasury said it would keep going", ["statement"], APR22, ["treasury"])
d.EV("One of our charterers told me last month", ["statement"], D(2025, 4), [], core=False)
d.EV("in February you called the shadow fleet", ["statement"], D(2025, 2), ["odegaard", "lars"])
d.EV("On our last call I said", ["statement"], D(2025, 2), ["odegaard", "lars"])
d.EV("The first round was held in Muscat on April 12", ["negotiation"], D(2025, 4, 12), [])
d.EV("They met again in Rome a week later", ["negotiation"], D(2025, 4, 19), [])
d.EV("held a third round in Muscat on April 26", ["negotiation"], D(2025, 4, 26), [])
d.EV("A fourth round is expected this weekend", ["negotiation"], ("2025-05-10", "2025-05-11"), [], core=False)
d.EV("the Supreme Leader said in February", ["statement"], D(2025, 2), ["khamenei", "leader"])
d.EV("The nuclear deal was signed in July 2015", ["agreement"], D(2015, 7), [])
d.EV("in May 2018 it was gone", ["withdrawal"], D(2018, 5), [])
d.EV("after the attacks on tankers near Fujairah", ["attack"], R(D(2019, 5), D(2019, 6)), [])
d.EV("One of them said to me recently", ["statement"], None, [], core=False)
d.save()
