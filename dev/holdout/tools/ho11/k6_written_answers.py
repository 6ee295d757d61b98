import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h11 import write, HDoc, D, R

DOC = "ho11-written-answers-commons-iran-june-2025"
PUB = "2025-06-11"  # a Wednesday
TEXT = """WRITTEN QUESTIONS AND ANSWERS
House of Commons · Foreign, Commonwealth and Development Office
Answers published on 11 June 2025

Iran: Nuclear Weapons
UIN 58213, tabled on 2 June 2025
Asked by Helen Marchetti-Boyd (Calder Vale)

To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what assessment he has made of the International Atomic Energy Agency's report of 31 May 2025 on Iran's stockpile of enriched uranium; and if he will make a statement.

Answered by Rupert Hallam-Dyce, Minister of State (Middle East), on 10 June 2025

The Government shares the deep concern set out in the Director General's report of 31 May. The report found that Iran's stockpile of uranium enriched up to 60% had reached 408.6 kilograms, an increase of 133.8 kilograms since February. No other state without nuclear weapons produces uranium at this level. Together with France and Germany, we have said repeatedly that Iran's programme has "no credible civilian justification". The Board of Governors meets in Vienna this week, and the UK will support a resolution holding Iran to its safeguards obligations. We have also made clear that we are prepared to trigger the snapback of UN sanctions under Resolution 2231 before that resolution expires on 18 October 2025.

Iran: USA
UIN 58940, tabled on 4 June 2025
Asked by Gareth Okonedo-Price (Ashworth and Milnrow)

To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what discussions he has had with his US counterpart on the talks between the United States and Iran mediated by Oman; and further to the Minister's statement of 20 May that the UK would use "every diplomatic tool" to prevent an Iranian bomb, what support the UK is giving to those talks.

Answered by Rupert Hallam-Dyce on 10 June 2025

The Foreign Secretary discussed Iran with the US Secretary of State on 3 June. We welcome the talks between the United States and Iran that began in Muscat on 12 April. Five rounds have taken place, most recently in Rome on 23 May, and we remain in close contact with Omani mediators. The UK was a party to the Joint Comprehensive Plan of Action agreed on 14 July 2015 and regretted the US decision to leave it in May 2018. A negotiated settlement remains the best way to give the international community confidence that Iran will never develop a nuclear weapon.

Iran: History
UIN 59102, tabled on 5 June 2025
Asked by Lord Fenwick-Carrow

To ask His Majesty's Government whether they will publish the remaining Foreign Office files on the events in Iran in August 1953.

[Holding answer 9 June 2025]
Answered by Baroness Ilesworth on 11 June 2025

The Department's records from this period have been transferred to The National Archives under the Public Records Act 1958, apart from a small number retained on security grounds. The Government does not comment on intelligence matters. We recognise that the removal of Prime Minister Mohammad Mosaddegh in August 1953 continues to be cited by the Iranian Government, including by the Supreme Leader, who last month called Britain "the old fox" of the region. In June 2017 the US State Department published a volume of documents on the period. Relations between the UK and Iran have been difficult for much of the time since: our Embassy in Tehran was stormed on 29 November 2011 and did not reopen until August 2015. In March 2022 the UK settled a debt of £393.8 million dating from the 1970s, and on the same day two British nationals were allowed to leave Iran.
"""
write(DOC, "Written questions and answers: Iran (Foreign, Commonwealth and Development Office, 11 June 2025)",
      "Westminster Written Answers Digest", PUB, TEXT)

d = HDoc(DOC, PUB)
# quotes
d.Q("no credible civilian justification", ["partial", "term"], "United Kingdom, France and Germany",
    ["united kingdom", "uk", "france", "germany", "e3", "government", "britain"])
d.Q("every diplomatic tool", ["partial"], "Rupert Hallam-Dyce", ["hallam-dyce", "minister"], D(2025, 5, 20))
d.Q("the old fox", ["partial", "term"], "Ali Khamenei", ["khamenei", "supreme leader", "leader"], D(2025, 5))

# figures
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich", "stockpile"])
d.F("408.6 kilograms", 408.6, ["kilogram", "kg"], "measure", subject_any=["stockpile", "uranium"])
d.F("133.8 kilograms", 133.8, ["kilogram", "kg"], "measure", subject_any=["increase", "stockpile"])
d.F("Five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("a small number", None, ["record", "file"], "count", "about", core=False)
d.F("£393.8 million", 3.938e8, ["gbp"], "money", subject_any=["debt"])
d.F("two British nationals", 2, ["british national", "national"], "count", subject_any=["british national", "national"])

# events
d.V("To ask the Secretary of State for Foreign, Commonwealth and Development Affairs, what assessment", "report", ["disclosure", "statement"], D(2025, 5, 31), ["international atomic energy agency", "iaea", "agency"], core=False)
d.V("The Government shares the deep concern", "report", ["disclosure", "statement"], D(2025, 5, 31), ["director general", "iaea", "grossi"])
d.V("The report found that Iran's stockpile", "found", ["disclosure", "statement"], D(2025, 5, 31), ["report", "iaea", "agency"], core=False)
d.V("Together with France and Germany, we have said repeatedly", "have said repeatedly", ["statement"], None, ["united kingdom", "uk", "government", "france", "germany"], core=False)
d.V("The Board of Governors meets in Vienna this week", "meets", ["negotiation", "other"], R(D(2025, 6, 9), D(2025, 6, 15)), ["board"], core=False)
d.V("The Board of Governors meets in Vienna this week", "will support a resolution", ["statement", "legislation"], None, ["uk", "united kingdom"], core=False)
d.V("We have also made clear that we are prepared to trigger", "prepared to trigger the snapback", ["threat", "sanction"], None, ["uk", "united kingdom", "we"], core=False)
d.V("We have also made clear that we are prepared to trigger", "expires", ["other", "legislation"], D(2025, 10, 18), core=False)
d.V("and further to the Minister's statement of 20 May", "statement of 20 May", ["statement"], D(2025, 5, 20), ["minister", "hallam-dyce"])
d.V("The Foreign Secretary discussed Iran", "discussed", ["negotiation"], D(2025, 6, 3), ["foreign secretary", "united kingdom"])
d.V("We welcome the talks between the United States and Iran that began", "began in Muscat", ["negotiation"], D(2025, 4, 12), ["united states", "iran"])
d.V("Five rounds have taken place", "Five rounds", ["negotiation"], R(D(2025, 4, 12), D(2025, 5, 23)), ["united states", "iran"])
d.V("Five rounds have taken place", "most recently in Rome", ["negotiation"], D(2025, 5, 23), ["united states", "iran"])
d.V("The UK was a party to the Joint Comprehensive Plan", "agreed", ["agreement"], D(2015, 7, 14))
d.V("The UK was a party to the Joint Comprehensive Plan", "decision to leave", ["withdrawal"], D(2018, 5), ["us", "united states"])
d.V("The UK was a party to the Joint Comprehensive Plan", "regretted", ["statement"], D(2018, 5), ["uk", "united kingdom"], core=False)
d.V("The Department's records from this period", "have been transferred", ["other"], None, core=False)
d.V("We recognise that the removal of Prime Minister", "removal", ["coup"], D(1953, 8))
d.V("We recognise that the removal of Prime Minister", "last month called", ["statement"], D(2025, 5), ["supreme leader", "khamenei"])
d.V("We recognise that the removal of Prime Minister", "continues to be cited", ["statement"], None, ["iranian government", "iran"], core=False)
d.V("In June 2017 the US State Department published", "published", ["disclosure"], D(2017, 6), ["state department", "united states"])
d.V("Relations between the UK and Iran have been difficult", "stormed", ["seizure", "attack"], D(2011, 11, 29))
d.V("Relations between the UK and Iran have been difficult", "did not reopen", ["other"], D(2015, 8))
d.V("In March 2022 the UK settled a debt", "settled", ["agreement", "other"], D(2022, 3), ["uk", "united kingdom"])
d.V("In March 2022 the UK settled a debt", "were allowed to leave", ["other", "seizure", "agreement"], D(2022, 3))
d.save()
