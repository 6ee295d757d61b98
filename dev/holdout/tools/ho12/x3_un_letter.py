import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h12 import write, PDoc, D, R

DOC = "ho12-un-letter-iran-snsc-statement-may-2019"
PUB = "2019-05-14"  # distribution date, a Tuesday; the letter is dated Sunday 12 May, the annexed statement 8 May
TEXT = """United Nations                                        S/2019/389
Security Council                                      Distribution: General
                                                      14 May 2019
                                                      Original: English

Letter dated 12 May 2019 from the Permanent Representative of the Islamic Republic of Iran to the United Nations addressed to the Secretary-General

Upon instructions from my Government, I have the honour to transmit herewith the text of the statement issued on 8 May 2019 by the Supreme National Security Council of the Islamic Republic of Iran concerning the implementation of the Joint Comprehensive Plan of Action (see annex).

The statement was issued on the first anniversary of the unlawful withdrawal of the United States of America from the Plan, which the Security Council endorsed in its resolution 2231 (2015). Since that withdrawal, the United States has pursued what its own Secretary of State described on 21 May 2018 as "the strongest sanctions in history," in flagrant violation of that resolution. Earlier this month, the National Security Advisor of the United States announced the dispatch of an aircraft carrier strike group and a bomber task force to the region, declaring that they were meant to send "a clear and unmistakable message" to my country. Such threats of force run counter to Article 2, paragraph 4, of the Charter of the United Nations.

My Government wishes to underline that the measures announced in the annexed statement are fully consistent with paragraphs 26 and 36 of the Plan. As President Hassan Rouhani stated on 8 May 2019, "Our door to diplomacy remains open, and the measures we have taken are reversible." Rouhani added that Iran had "no intention of leaving the Plan" at this stage.

I should be grateful if the present letter and its annex could be circulated as a document of the Security Council.

(Signed) Kamran Soltani-Rad
Ambassador
Permanent Representative

19-07712 (E)    150519
*1907712*

Annex to the letter dated 12 May 2019 from the Permanent Representative of the Islamic Republic of Iran to the United Nations addressed to the Secretary-General

Statement of the Supreme National Security Council of the Islamic Republic of Iran, 8 May 2019

1. One year ago today, the Government of the United States withdrew from the Joint Comprehensive Plan of Action in violation of its commitments and of Security Council resolution 2231 (2015). In August and November 2018 it reimposed the sanctions that had been lifted under the Plan.

2. The Islamic Republic of Iran has continued to implement all of its commitments, as the International Atomic Energy Agency has confirmed in 14 consecutive reports.

3. The remaining participants undertook to preserve the economic benefits of the Plan for the Iranian people. Twelve months later, those undertakings have not been met. The special purpose vehicle announced by France, Germany and the United Kingdom on 31 January 2019 has not processed a single transaction.

4. On 22 April 2019, the United States announced that it would not renew the exemptions granted to eight importers of Iranian oil, and those exemptions ended on 2 May. Earlier, on 8 April, it designated the Islamic Revolutionary Guard Corps, a branch of the armed forces of the Islamic Republic of Iran, as a terrorist organization.

5. Accordingly, as of today the Islamic Republic of Iran stops observing the limits on its stock of enriched uranium, set at 300 kilograms, and on its stock of heavy water, set at about 130 tonnes.

6. The remaining participants are given 60 days to fulfil their commitments, in particular in the banking and oil sectors. If they fail to do so, the Islamic Republic of Iran will, in a second step, cease to observe the limit of 3.67 per cent on the enrichment of uranium and the measures related to the modernization of the Arak heavy water reactor.

7. The Islamic Republic of Iran remains ready to continue consultations with the remaining participants at all levels.
"""
write(DOC, "Letter dated 12 May 2019 from the Permanent Representative of the Islamic Republic of Iran to the United Nations addressed to the Secretary-General (S/2019/389)",
      "United Nations Security Council document (style imitation)", PUB, TEXT, author="Kamran Soltani-Rad")

d = PDoc(DOC, PUB)
M8, L12 = D(2019, 5, 8), D(2019, 5, 12)
SN = ["supreme national security council", "national security council", "iran"]
d.Q("the strongest sanctions in history,", ["partial"], "Mike Pompeo", ["pompeo", "secretary of state"], D(2018, 5, 21))
d.Q("a clear and unmistakable message", ["partial"], "John Bolton", ["bolton", "national security advisor"], R(D(2019, 5, 1), L12))
d.Q("Our door to diplomacy remains open, and the measures we have taken are reversible.", ["direct"], "Hassan Rouhani", ["rouhani"], M8)
d.Q("no intention of leaving the Plan", ["partial"], "Hassan Rouhani", ["rouhani"], M8)

d.F("One year ago today", 1, ["year"], "duration", core=False)
d.F("14 consecutive reports", 14, ["report"], "count", subject_any=["report", "international atomic energy agency", "iaea"])
d.F("Twelve months later", 12, ["month"], "duration", core=False)
d.F("a single transaction", 1, ["transaction"], "count", subject_any=["transaction"], core=False)
d.F("eight importers", 8, ["importer"], "count", subject_any=["importer", "exemption"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", "exact", ["enriched uranium", "uranium", "stock"])
d.F("about 130 tonnes", 130, ["tonne", "ton", "metric ton"], "measure", "about", ["heavy water", "stock"])
d.F("60 days", 60, ["day"], "duration", "exact", ["participant", "commitment"])
d.F("3.67 per cent", 3.67, ["percent"], "percent", "exact", ["enrichment", "uranium"])

d.V("Upon instructions from my Government", "statement issued", ["statement"], M8, SN)
d.V("Upon instructions from my Government", "transmit", ["statement", "other"], L12, ["soltani-rad", "iran", "permanent representative"], core=False)
d.V("The statement was issued on the first anniversary", "withdrawal", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.V("The statement was issued on the first anniversary", "was issued", ["statement"], M8, SN, core=False)
d.V("Since that withdrawal, the United States has pursued", "described", ["statement"], D(2018, 5, 21), ["secretary of state", "pompeo"])
d.V("Since that withdrawal, the United States has pursued", "sanctions", ["sanction"], R(D(2018, 5, 8), L12), ["united states"], core=False)
d.V("Earlier this month, the National Security Advisor", "announced", ["threat", "statement", "other"], R(D(2019, 5, 1), L12), ["national security advisor", "bolton", "united states"])
d.V("As President Hassan Rouhani stated on 8 May 2019", "stated", ["statement"], M8, ["rouhani"])
d.V("Rouhani added that Iran had", "added", ["statement"], M8, ["rouhani"], core=False)
d.V("1. One year ago today", "withdrew", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.V("In August and November 2018 it reimposed", "reimposed", ["sanction"], R(D(2018, 8), D(2018, 11)), ["united states", "it"])
d.V("2. The Islamic Republic of Iran has continued", "confirmed", ["statement", "other"], None, ["international atomic energy agency", "iaea"], core=False)
d.V("The special purpose vehicle announced by France", "announced", ["agreement", "statement", "other"], D(2019, 1, 31), ["france", "germany", "united kingdom"])
d.V("4. On 22 April 2019, the United States announced", "announced", ["sanction", "statement"], D(2019, 4, 22), ["united states"])
d.V("4. On 22 April 2019, the United States announced", "ended", ["sanction", "other"], D(2019, 5, 2))
d.V("Earlier, on 8 April, it designated", "designated", ["designation"], D(2019, 4, 8), ["united states", "it"])
d.V("5. Accordingly, as of today", "stops observing", ["withdrawal"], M8, ["iran"])
d.V("6. The remaining participants are given 60 days", "are given 60 days", ["threat", "other"], M8, ["iran"], core=False)
d.V("If they fail to do so", "cease to observe", ["withdrawal", "threat"], R(M8, D(2019, 7, 31)), ["iran"], core=False)
d.save()
