from mk import write
from fx import FDoc, D, R

DOC = "dev-f-hearing-panel-shadow-fleet"
PUB = "2025-03-05"  # a Wednesday
TEXT = """FOR IMMEDIATE RELEASE
March 5, 2025

Whitford at Hearing: 'Maximum Pressure Only Works If We Enforce It'

WASHINGTON — Select Panel on Sanctions Enforcement Chairman Dale Whitford (R-Tex.) on Tuesday convened a hearing titled "Closing the Loopholes: Iran's Shadow Fleet and the Enforcement Gap," examining how Tehran continues to sell oil despite U.S. sanctions.

In his prepared statement, Chairman Whitford said: "Iran earned an estimated $53 billion from oil exports in 2023 and more in 2024. That money does not stay in Tehran. It funds Hamas, Hezbollah and the Houthis, and it pays for the drones that Russia flies over Ukraine."

Whitford noted that President Donald Trump signed National Security Presidential Memorandum 2 on February 4, restoring the "maximum pressure" campaign, and directed the Treasury Department to drive Iran's oil exports "to zero". "The President has given the order. Our job is to make sure the agencies have the tools and the people to carry it out," he said.

Ranking Member Rosa Delacourt (D-Calif.) agreed that enforcement had lagged but warned against treating sanctions as a substitute for strategy. "We have had maximum pressure before. Between 2018 and 2020 it cut Iran's exports by more than 80 percent, and Iran answered by expanding its nuclear program," Delacourt said in her opening remarks. She added that Iran now holds enough uranium enriched to 60 percent for several weapons if it were enriched further, according to the International Atomic Energy Agency.

Witnesses

The panel heard from three witnesses:
- Marcus Penhaligon, former deputy director at the Treasury Department's Office of Foreign Assets Control (OFAC);
- Dr. Leila Sarraf-Benning, senior fellow at the Atlantic Ledger Institute;
- Capt. (ret.) Owen Fairweather, a former U.S. Navy officer who served in the Persian Gulf.

Penhaligon testified that roughly 90 percent of Iran's crude now goes to independent refineries in China, often relabeled as Malaysian oil after ship-to-ship transfers. “We are sanctioning tankers one at a time while Iran buys them by the dozen,” he said. He told the panel that OFAC had roughly 200 staff working on all sanctions programs, “fewer than the compliance department of a single large bank.”

Sarraf-Benning said the Treasury Department designated more than 30 brokers, tankers and ship managers on February 24 as part of the first wave under the new policy, but that the effect on volumes had been modest. Chinese imports of Iranian crude averaged about 1.4 million barrels per day in February, she said, down only 7% from January.

Fairweather recalled the tanker war of 1987 and 1988, when the Navy escorted reflagged Kuwaiti tankers through the Gulf, and warned that any seizure of Iranian ships at sea would invite retaliation. “In April 2023 Iran's navy seized the oil tanker Advantage Sweet in the Gulf of Oman, days after the United States took an Iranian cargo,” he wrote in his written testimony. “Tehran keeps score, and it answers in kind.”

Committee action

Whitford announced that the panel will mark up the Iran Shadow Fleet Accountability Act next week. The bill would authorize $120 million over two years for sanctions enforcement at the Treasury and State Departments and would require a report to Congress within 90 days of enactment.

"This is not about trusting Tehran or not trusting Tehran. We know what they do. This is about whether we are serious," Chairman Whitford said in closing.

Video of the hearing and the witnesses' written testimony are available on the panel's website.

Contact: Jenna Colter, Communications Director
"""
write(DOC, "Whitford at Hearing: 'Maximum Pressure Only Works If We Enforce It'",
      "Select Panel on Sanctions Enforcement (press office)", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE = D(2025, 3, 4)
W = ["whitford"]
d.Q("Maximum Pressure Only Works If We Enforce It", ["direct"], "Dale Whitford", W, TUE)
d.Q("Closing the Loopholes: Iran's Shadow Fleet and the Enforcement Gap,", ["term"], None, (), core=False)
d.Q("Iran earned an estimated $53 billion from oil exports in 2023 and more in 2024. That money does not stay in Tehran. It funds Hamas, Hezbollah and the Houthis, and it pays for the drones that Russia flies over Ukraine.", ["direct"], "Dale Whitford", W, TUE)
d.Q("maximum pressure", ["term", "partial"], None, (), core=False)
d.Q("to zero", ["partial"], "Donald Trump", ["trump"], D(2025, 2, 4))
d.Q("The President has given the order. Our job is to make sure the agencies have the tools and the people to carry it out,", ["direct"], "Dale Whitford", W, TUE)
d.Q("We have had maximum pressure before. Between 2018 and 2020 it cut Iran's exports by more than 80 percent, and Iran answered by expanding its nuclear program,", ["direct"], "Rosa Delacourt", ["delacourt"], TUE)
d.Q("We are sanctioning tankers one at a time while Iran buys them by the dozen,", ["direct"], "Marcus Penhaligon", ["penhaligon"], TUE)
d.Q("fewer than the compliance department of a single large bank.", ["partial"], "Marcus Penhaligon", ["penhaligon"], TUE)
d.Q("In April 2023 Iran's navy seized the oil tanker Advantage Sweet in the Gulf of Oman, days after the United States took an Iranian cargo,", ["direct"], "Owen Fairweather", ["fairweather"])
d.Q("Tehran keeps score, and it answers in kind.", ["direct"], "Owen Fairweather", ["fairweather"])
d.Q("This is not about trusting Tehran or not trusting Tehran. We know what they do. This is about whether we are serious,", ["direct"], "Dale Whitford", W, TUE)
# figures
d.F("an estimated $53 billion", 5.3e10, ["usd"], "money", "about", ["oil export", "iran"])
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["export"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("several weapons", None, ["weapon"], "count", "about", core=False)
d.F("three witnesses", 3, ["witness"], "count", subject_any=["witness"])
d.F("roughly 90 percent", 90, ["percent"], "percent", "about", ["crude", "iran"])
d.F("one at a time", 1, ["tanker"], "count", core=False)
d.F("by the dozen", 12, ["tanker"], "count", "about", core=False)
d.F("roughly 200 staff", 200, ["staff"], "count", "about", ["ofac", "staff"])
d.F("a single large bank", 1, ["bank"], "count", core=False)
d.F("more than 30 brokers, tankers and ship managers", 30, ["broker", "target", "entity", "tanker"], "count", "more_than", ["broker", "tanker", "manager"])
d.F("about 1.4 million barrels per day", 1.4e6, ["barrel per day"], "measure", "about", ["import", "crude"])
d.F("7%", 7, ["percent"], "percent", subject_any=["import", "crude"])
d.F("$120 million", 1.2e8, ["usd"], "money", subject_any=["bill", "enforcement"])
d.F("two years", 2, ["year"], "duration", subject_any=["bill", "enforcement"])
d.F("within 90 days", 90, ["day"], "duration", "at_most", ["report"])
# events
d.EV("convened a hearing", ["other", "statement", "negotiation"], TUE, W)
d.EV("In his prepared statement", ["statement"], TUE, W)
d.EV("signed National Security Presidential Memorandum 2", ["legislation"], D(2025, 2, 4), ["trump"])
d.EV('restoring the "maximum pressure" campaign', ["sanction"], D(2025, 2, 4), ["trump"])
d.EV("Whitford noted", ["statement"], TUE, W, core=False)
d.EV("he said", ["statement"], TUE, W, core=False, occ=0)
d.EV("warned against treating sanctions", ["statement"], TUE, ["delacourt"])
d.EV("Between 2018 and 2020 it cut", ["sanction"], R(D(2018), D(2020)), ["united states"], core=False)
d.EV("Delacourt said in her opening remarks", ["statement"], TUE, ["delacourt"], core=False)
d.EV("She added", ["statement"], TUE, ["delacourt"], core=False)
d.EV("Penhaligon testified", ["statement"], TUE, ["penhaligon"])
d.EV("designated more than 30 brokers", ["designation", "sanction"], D(2025, 2, 24), ["treasury", "united states"])
d.EV("the tanker war of 1987 and 1988", ["war"], R(D(1987), D(1988)))
d.EV("the Navy escorted reflagged Kuwaiti tankers", ["support", "other", "war"], R(D(1987), D(1988)), ["navy", "united states"])
d.EV("Fairweather recalled", ["statement"], TUE, ["fairweather"], core=False)
d.EV("seized the oil tanker Advantage Sweet", ["seizure"], D(2023, 4), ["iran", "navy"])
d.EV("the United States took an Iranian cargo", ["seizure"], R(D(2023, 3), D(2023, 4)), ["united states"])
d.EV("will mark up the Iran Shadow Fleet Accountability Act next week", ["legislation"], ("2025-03-10", "2025-03-16"), W, core=False)
d.EV("Chairman Whitford said in closing", ["statement"], TUE, W, core=False)
d.save()
