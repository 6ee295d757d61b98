from mk import write
from ann import Doc, D, R

DOC = "ho9-factcheck-iran-60-percent-under-deal"
PUB = "2024-09-10"
TEXT = """THE PRAIRIE STANDARD | TRUTH METER

Did Iran enrich uranium to 60 percent under the nuclear deal? No

By Renata Olvera-Gaines
September 10, 2024

THE CLAIM: Gregory Ashcombe, Senate candidate, at a rally in Mesa on Saturday: "While Obama's deal was in force, Iran was already enriching uranium to 60 percent, and nobody lifted a finger."

OUR RATING: FALSE

Gregory Ashcombe, a Republican running for the U.S. Senate, made the remark on Saturday while criticizing diplomacy with Tehran. A clip of the speech was shared more than 40,000 times by Monday.

Iran did enrich uranium to 60 percent, but only after the United States had left the agreement. While the deal was fully in force, international inspectors repeatedly found Iran within its limits.

WHAT THE RECORD SHOWS

The Joint Comprehensive Plan of Action was reached in Vienna on July 14, 2015, by Iran and six world powers. It capped Iran's enrichment at 3.67 percent, limited its stockpile of enriched uranium to 300 kilograms and left it 5,060 centrifuges for enrichment at Natanz. Iran shipped out about 98 percent of its enriched uranium before the deal took effect on Jan. 16, 2016.

Between 2016 and 2019, the International Atomic Energy Agency reported 15 times that Iran was meeting its nuclear commitments. Yukiya Amano, the agency's director general at the time, told its board in March 2018 that Iran was subject to "the world's most robust verification regime."

On May 8, 2018, President Donald Trump announced that the United States would withdraw from the deal, and Washington reimposed sanctions on Iran's oil and banking sectors that November. A year after the withdrawal, Iran said it would begin to exceed the limits step by step. The IAEA confirmed on July 1, 2019, that Iran's stockpile had passed the 300-kilogram cap, and a week later that Iran was enriching to about 4.5 percent.

Iran raised enrichment to 20 percent in January 2021 and announced in April 2021 that it would go to 60 percent, days after an explosion at Natanz that Tehran blamed on Israel. The agency's most recent quarterly report, issued on Aug. 29, estimated Iran's stockpile of uranium enriched to 60 percent at 164.7 kilograms, an increase of 22.6 kilograms since May.

Ayatollah Ali Khamenei, Iran's Supreme Leader, has cited the U.S. withdrawal as proof that Washington cannot be trusted. In a speech in 2018, he said the deal had shown that America "does not keep its promises."

WHAT THE CAMPAIGN SAID

Asked for evidence, Ashcombe's campaign spokesman, Tyler Brandvold, said on Monday that the candidate had been "speaking about the overall trajectory" of Iran's program. "The deal gave Iran a glide path. Whether they hit 60 percent in 2016 or 2021 is a detail," he wrote in an email.

It is not a detail, said Kelsey Marchbanks, a former IAEA safeguards inspector who now teaches at a university in Colorado. "Sixty percent is most of the way to weapons grade. The whole point of the deal was to keep Iran at 3.67 until at least 2031."

OUR RULING

Ashcombe said Iran enriched to 60 percent while the deal was in force. It did not. Iran first enriched to that level in April 2021, nearly three years after the United States withdrew. We rate this claim False.
"""
write(DOC, "Did Iran enrich uranium to 60 percent under the nuclear deal? No", "The Prairie Standard", PUB, TEXT)

d = Doc(DOC, PUB)
SAT = D(2024, 9, 7)
MON = D(2024, 9, 9)
ENR = ["enrich", "uranium"]
# quotes
d.Q("While Obama's deal was in force, Iran was already enriching uranium to 60 percent, and nobody lifted a finger.", ["direct"], "Gregory Ashcombe", ["ashcombe"], SAT)
d.Q("the world's most robust verification regime.", ["partial"], "Yukiya Amano", ["amano"], D(2018, 3))
d.Q("does not keep its promises.", ["partial"], "Ali Khamenei", ["khamenei", "leader"], D(2018))
d.Q("speaking about the overall trajectory", ["partial"], "Tyler Brandvold", ["brandvold", "spokesman"], MON)
d.Q("The deal gave Iran a glide path. Whether they hit 60 percent in 2016 or 2021 is a detail,", ["direct"], "Tyler Brandvold", ["brandvold", "spokesman"], MON)
d.Q("Sixty percent is most of the way to weapons grade. The whole point of the deal was to keep Iran at 3.67 until at least 2031.", ["direct"], "Kelsey Marchbanks", ["marchbanks"])

# figures
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR, occ=0)
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR, occ=1)
d.F("more than 40,000 times", 40000, ["time"], "count", "more_than", ["clip", "shared", "speech"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR, occ=2)
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrich"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["stockpile"])
d.F("5,060 centrifuges", 5060, ["centrifuge"], "count", subject_any=["centrifuge", "enrich"])
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["enriched uranium", "uranium"])
d.F("15 times", 15, ["time"], "count", subject_any=["report", "international atomic energy agency", "iaea"])
d.F("A year after", 1, ["year"], "duration", core=False)
d.F("300-kilogram", 300, ["kilogram", "kg"], "measure", subject_any=["cap", "stockpile"])
d.F("a week later", 1, ["week"], "duration", core=False)
d.F("about 4.5 percent", 4.5, ["percent"], "percent", "about", ENR)
d.F("20 percent", 20, ["percent"], "percent", subject_any=ENR)
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR, occ=3)
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR + ["stockpile"], occ=4)
d.F("164.7 kilograms", 164.7, ["kilogram", "kg"], "measure", subject_any=["stockpile"])
d.F("22.6 kilograms", 22.6, ["kilogram", "kg"], "measure", subject_any=["increase", "stockpile"])
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR + ["they"], occ=5)
d.F("Sixty percent", 60, ["percent"], "percent", subject_any=ENR + ["weapons"])
d.F("3.67", 3.67, ["percent"], "percent", subject_any=ENR + ["iran", "deal"], occ=1)
d.F("60 percent", 60, ["percent"], "percent", subject_any=ENR, occ=6)
d.F("nearly three years after", 3, ["year"], "duration", "about", core=False)

# events
d.E("Did Iran enrich uranium to 60 percent under the nuclear deal?", "enrich", ["other"], None, ["iran"], core=False)
d.E("THE CLAIM: Gregory Ashcombe, Senate candidate, at a rally in Mesa on Saturday: \"While Obama's deal was in force, Iran was already enriching uranium to 60 percent, and nobody lifted a finger.\"",
    "at a rally", ["statement"], SAT, ["ashcombe"])
d.E("Gregory Ashcombe, a Republican running for the U.S. Senate, made the remark on Saturday while criticizing diplomacy with Tehran.", "made the remark", ["statement"], SAT, ["ashcombe"])
d.E("A clip of the speech was shared more than 40,000 times by Monday.", "shared", ["other", "disclosure"], None, core=False)
s = "Iran did enrich uranium to 60 percent, but only after the United States had left the agreement."
d.E(s, "enrich", ["other", "withdrawal"], None, ["iran"], core=False)
d.E(s, "had left the agreement", ["withdrawal"], None, ["united states"], core=False)
d.E("While the deal was fully in force, international inspectors repeatedly found Iran within its limits.", "found", ["statement"], None, ["inspector"], core=False)
d.E("The Joint Comprehensive Plan of Action was reached in Vienna on July 14, 2015, by Iran and six world powers.", "reached", ["agreement"], D(2015, 7, 14), ["iran", "powers"])
s = "Iran shipped out about 98 percent of its enriched uranium before the deal took effect on Jan. 16, 2016."
d.E(s, "took effect", ["agreement", "other", "sanction"], D(2016, 1, 16))
d.E(s, "shipped out", ["other"], None, ["iran"], core=False)
d.E("Between 2016 and 2019, the International Atomic Energy Agency reported 15 times that Iran was meeting its nuclear commitments.", "reported", ["statement"], R(D(2016), D(2019)), ["international atomic energy agency", "iaea"])
d.E("Yukiya Amano, the agency's director general at the time, told its board in March 2018 that Iran was subject to \"the world's most robust verification regime.\"", "told its board", ["statement"], D(2018, 3), ["amano"])
s = "On May 8, 2018, President Donald Trump announced that the United States would withdraw from the deal, and Washington reimposed sanctions on Iran's oil and banking sectors that November."
d.E(s, "withdraw", ["withdrawal", "statement"], D(2018, 5, 8), ["trump", "united states"])
d.E(s, "reimposed sanctions", ["sanction"], D(2018, 11), ["united states", "washington"])
d.E("A year after the withdrawal, Iran said it would begin to exceed the limits step by step.", "said", ["statement", "withdrawal", "threat"], D(2019, 5), ["iran"])
s = "The IAEA confirmed on July 1, 2019, that Iran's stockpile had passed the 300-kilogram cap, and a week later that Iran was enriching to about 4.5 percent."
d.E(s, "confirmed", ["statement"], D(2019, 7, 1), ["iaea", "international atomic energy agency"])
d.E(s, "had passed", ["withdrawal", "other"], None, ["iran"], core=False)
d.E(s, "enriching", ["withdrawal", "other"], R(D(2019, 7, 7), D(2019, 7, 9)), ["iran"], core=False)
s = "Iran raised enrichment to 20 percent in January 2021 and announced in April 2021 that it would go to 60 percent, days after an explosion at Natanz that Tehran blamed on Israel."
d.E(s, "raised enrichment", ["other", "withdrawal"], D(2021, 1), ["iran"])
d.E(s, "announced", ["statement", "other", "withdrawal"], D(2021, 4), ["iran"])
d.E(s, "explosion", ["attack", "other"], R(D(2021, 3, 15), D(2021, 4, 30)))
d.E("The agency's most recent quarterly report, issued on Aug. 29, estimated Iran's stockpile of uranium enriched to 60 percent at 164.7 kilograms, an increase of 22.6 kilograms since May.",
    "issued", ["statement", "disclosure"], D(2024, 8, 29), ["agency", "iaea", "international atomic energy agency"])
d.E("Ayatollah Ali Khamenei, Iran's Supreme Leader, has cited the U.S. withdrawal as proof that Washington cannot be trusted.", "has cited", ["statement"], None, ["khamenei"], core=False)
d.E("In a speech in 2018, he said the deal had shown that America \"does not keep its promises.\"", "speech", ["statement"], D(2018), ["khamenei"])
d.E("Asked for evidence, Ashcombe's campaign spokesman, Tyler Brandvold, said on Monday that the candidate had been \"speaking about the overall trajectory\" of Iran's program.", "said", ["statement"], MON, ["brandvold"])
d.E("Whether they hit 60 percent in 2016 or 2021 is a detail,\" he wrote in an email.", "wrote", ["statement"], None, ["brandvold"], core=False)
d.E("It is not a detail, said Kelsey Marchbanks, a former IAEA safeguards inspector who now teaches at a university in Colorado.", "said", ["statement"], None, ["marchbanks"], core=False)
d.E("Ashcombe said Iran enriched to 60 percent while the deal was in force.", "said", ["statement"], None, ["ashcombe"], core=False)
s = "Iran first enriched to that level in April 2021, nearly three years after the United States withdrew."
d.E(s, "enriched", ["other", "withdrawal"], D(2021, 4), ["iran"], core=False)
d.E(s, "withdrew", ["withdrawal"], None, ["united states"], core=False)
d.save()
