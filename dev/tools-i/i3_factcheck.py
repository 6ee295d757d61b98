from mk import write
from fx import FDoc, D, R

DOC = "dev-i-factcheck-every-commitment-claim"
PUB = "2023-06-14"  # a Wednesday
TEXT = """Fact check: Did Iran keep 'every commitment' until 2018?

Prairie Line Fact Desk | Wednesday, June 14, 2023

By Teodora Balsam

THE CLAIM

"Iran kept every commitment it made under the nuclear deal until Donald Trump tore it up, and the inspectors certified that 15 times. They have not trusted us since 1953, and in 2018 we gave them one more reason."
— Rep. Lorna Quintanar, Democrat of New Mexico, on a Sunday television program, June 11, 2023

OUR RATING: HALF TRUE

Iran's record under the 2015 agreement was close to clean, but not spotless, and the count of certifications is wrong.

WHAT WAS SAID

Quintanar made the remark on Sunday, the same day Iran's Supreme Leader, Ayatollah Ali Khamenei, told nuclear officials that a new agreement with the West would be acceptable "as long as the infrastructure stays in place." Her office said the congresswoman had been answering a question about reports of renewed contacts between Washington and Tehran.

WHAT THE RECORD SHOWS

The Joint Comprehensive Plan of Action was concluded in Vienna on July 14, 2015, and took effect on Jan. 16, 2016, when the International Atomic Energy Agency confirmed that Iran had met its first obligations. Under the deal, Iran could enrich uranium to no more than 3.67 percent, keep no more than 300 kilograms of enriched uranium and hold no more than 130 metric tons of heavy water.

The agency issued 11 regular quarterly reports between February 2016 and May 2018. None found Iran producing more enriched uranium than allowed. Twice, though, Iran went over the heavy-water ceiling: it held about 130.9 tons in February 2016 and about 130.1 tons that November, and in both cases it shipped the excess abroad after the agency raised the matter. Former U.S. officials have described those overruns as "technical" and quickly fixed.

The number 15 does not match any official tally we could find. The State Department certified Iran's compliance to Congress every 90 days, as a 2015 law required, until October 2017, when Trump declined to do so.

Trump withdrew from the agreement on May 8, 2018, and reimposed sanctions in two stages, in August and November of that year. Iran kept to its limits for another year. On May 8, 2019, President Hassan Rouhani announced that Iran would stop observing some of them, citing a clause of the deal that lets a party cease performing if the other side fails to. The agency reported on July 1, 2019 that Iran's stockpile had passed 300 kilograms. Iran announced on July 7 that it would enrich above the cap, and inspectors confirmed the following day that it had done so.

Since then the program has grown well beyond the deal. Iran began enriching to 60 percent in April 2021. In its latest report, issued last month, the agency estimated the stockpile at more than 23 times the 2015 limit, and inspectors earlier this year found particles enriched to 83.7 percent at the Fordow plant. Speaking to the agency's board last week, Director General Rafael Grossi called the situation "a concern" that diplomacy had to address.

THE OFFICE'S RESPONSE

Asked about the count, a spokesman for Quintanar, Marcus Delahoya, said by email on Tuesday that the congresswoman "misspoke on the number, not on the substance." "The point stands: Iran complied until we walked away," he wrote.

OUR RULING

Quintanar is right that Iran largely complied until the United States left and began breaching limits only a year later. She overstated the record by saying "every commitment," and her figure of 15 certifications has no basis. We rate the claim Half True.
"""
write(DOC, "Fact check: Did Iran keep 'every commitment' until 2018?", "Prairie Line Fact Desk (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
SUN, TUE = D(2023, 6, 11), D(2023, 6, 13)
LASTWEEK = ("2023-06-05", "2023-06-11")
LQ = ["quintanar"]
AG = ["international atomic energy agency", "iaea", "agency"]
# quotes
d.Q("every commitment", ["partial"], "Lorna Quintanar", LQ, SUN, core=False, occ=0)
d.Q("Iran kept every commitment it made under the nuclear deal until Donald Trump tore it up, and the inspectors certified that 15 times. They have not trusted us since 1953, and in 2018 we gave them one more reason.", ["direct"], "Lorna Quintanar", LQ, SUN)
d.Q("as long as the infrastructure stays in place.", ["partial"], "Ali Khamenei", ["khamenei", "supreme leader"], SUN)
d.Q("technical", ["partial", "term"], None, [], None, core=False)
d.Q("a concern", ["partial"], "Rafael Grossi", ["grossi"], LASTWEEK)
d.Q("misspoke on the number, not on the substance.", ["partial"], "Marcus Delahoya", ["delahoya"], TUE)
d.Q("The point stands: Iran complied until we walked away,", ["direct"], "Marcus Delahoya", ["delahoya"], TUE)
d.Q("every commitment,", ["partial"], "Lorna Quintanar", LQ, SUN)
# figures
d.F("15 times", 15, ["time"], "count", subject_any=["certif", "inspector"])
d.F("no more than 3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium"])
d.F("no more than 300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["uranium", "stockpile"])
d.F("no more than 130 metric tons", 130, ["metric ton", "ton", "tonne"], "measure", "at_most", ["heavy water"])
d.F("11 regular quarterly reports", 11, ["report", "quarterly report", "regular quarterly report"], "count", subject_any=["report"])
d.F("Twice", 2, ["time"], "count", subject_any=["heavy-water", "ceiling", "iran"])
d.F("about 130.9 tons", 130.9, ["metric ton", "ton", "tonne"], "measure", "about", ["heavy water", "heavy-water", "iran"])
d.F("about 130.1 tons", 130.1, ["metric ton", "ton", "tonne"], "measure", "about", ["heavy water", "heavy-water", "iran"])
d.F("The number 15", 15, ["certification", "time"], "count", core=False)
d.F("every 90 days", 90, ["day"], "duration", subject_any=["certif", "compliance"])
d.F("two stages", 2, ["stage"], "count", subject_any=["sanction"])
d.F("another year", 1, ["year"], "duration", core=False)
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["stockpile"], occ=1)
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich"])
d.F("more than 23 times", 23, ["time"], "count", "more_than", ["stockpile", "limit"])
d.F("83.7 percent", 83.7, ["percent"], "percent", subject_any=["particle", "enrich"])
d.F("a year later", 1, ["year"], "duration", core=False)
d.F("15 certifications", 15, ["certification"], "count", subject_any=["certification", "figure"])
# events
d.EV("until Donald Trump tore it up", ["withdrawal"], None, ["trump"], core=False)
d.EV("on a Sunday television program", ["statement"], SUN, LQ)
d.EV("Quintanar made the remark on Sunday", ["statement"], SUN, LQ)
d.EV("told nuclear officials", ["statement"], SUN, ["khamenei"])
d.EV("Her office said", ["statement"], None, LQ + ["office"], core=False)
d.EV("reports of renewed contacts between Washington and Tehran", ["negotiation"], None, [], core=False)
d.EV("was concluded in Vienna on July 14, 2015", ["agreement"], D(2015, 7, 14), [])
d.EV("took effect on Jan. 16, 2016", ["agreement", "other"], D(2016, 1, 16), [])
d.EV("the International Atomic Energy Agency confirmed", ["statement"], D(2016, 1, 16), AG)
d.EV("The agency issued 11 regular quarterly reports", ["disclosure", "statement", "other"], R(D(2016, 2), D(2018, 5)), AG)
d.EV("Iran went over the heavy-water ceiling", ["withdrawal", "other"], R(D(2016, 2), D(2016, 11)), ["iran"])
d.EV("it shipped the excess abroad", ["other"], None, ["iran"], core=False)
d.EV("Former U.S. officials have described", ["statement"], None, [], core=False)
d.EV("The State Department certified Iran's compliance", ["statement"], None, ["state department"], core=False)
d.EV("as a 2015 law required", ["legislation"], D(2015), [], core=False)
d.EV("when Trump declined to do so", ["other", "statement", "withdrawal"], D(2017, 10), ["trump"])
d.EV("Trump withdrew from the agreement on May 8, 2018", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("reimposed sanctions in two stages", ["sanction"], R(D(2018, 8), D(2018, 11)), ["trump"])
d.EV("Iran kept to its limits for another year", ["other"], None, ["iran"], core=False)
d.EV("President Hassan Rouhani announced", ["statement", "withdrawal"], D(2019, 5, 8), ["rouhani", "iran"])
d.EV("The agency reported on July 1, 2019", ["statement", "disclosure"], D(2019, 7, 1), AG)
d.EV("Iran announced on July 7", ["statement", "threat", "withdrawal"], D(2019, 7, 7), ["iran"])
d.EV("inspectors confirmed the following day", ["statement"], D(2019, 7, 8), ["inspector", "agency", "iaea"])
d.EV("Iran began enriching to 60 percent in April 2021", ["other", "withdrawal"], D(2021, 4), ["iran"])
d.EV("In its latest report, issued last month", ["disclosure", "statement"], D(2023, 5), AG)
d.EV("inspectors earlier this year found particles", ["other", "disclosure"], ("2023-01-01", PUB), ["inspector"])
d.EV("Director General Rafael Grossi called", ["statement"], LASTWEEK, ["grossi"])
d.EV("said by email on Tuesday", ["statement"], TUE, ["delahoya"])
d.EV("Quintanar is right that Iran largely complied", ["withdrawal"], None, ["united states"], core=False)
d.EV("began breaching limits only a year later", ["withdrawal", "other"], None, ["iran"], core=False)
d.EV("She overstated the record", ["statement"], None, LQ, core=False)
d.save()
