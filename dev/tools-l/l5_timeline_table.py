from l0 import FDoc, D, R, write, author

DOC = "dev-l-timeline-table-seventy-years-mistrust"
PUB = "2025-06-02"  # a Monday, the "Updated" date
TEXT = """Seventy years of mistrust: a US-Iran timeline

Compiled by Theo Brannigan-Azimi | Civic Ledger Explainers | Updated June 2, 2025

Talks between Washington and Tehran resumed in Oman this spring, after a gap of almost seven years. Each side came to the table with what one Omani official called "a suitcase of old receipts," and most of those receipts have dates. The table below sets out the moments that officials on both sides still cite, with the source we relied on for each. Where a date is disputed or easily confused, the notes explain why.

| Date | Event | Source |
|---|---|---|
| 19 Aug 1953 | A coup organised by the CIA and Britain's MI6 removes Prime Minister Mohammad Mosaddegh. The Shah returns from Rome three days later. | CIA internal history, declassified 2013 |
| 1979-01-16 | Mohammad Reza Pahlavi leaves Iran for the last time. | Contemporary press |
| Feb. 1, 1979 | Ayatollah Ruhollah Khomeini returns from 14 years in exile. | Contemporary press |
| Nov. 4, 1979 | Students seize the US Embassy in Tehran and take 66 Americans hostage; 52 of them are held until 1981. | State Department, Office of the Historian |
| 7 April 1980 | The United States breaks off diplomatic relations with Iran. | State Department |
| 1981-01-19 | The Algiers Accords are signed. | Text of the Accords |
| Jan. 20, 1981 | The 52 hostages are released minutes after Ronald Reagan is sworn in. | Contemporary press |
| 23 Oct 1983 | A truck bomb kills 241 US servicemen at the Marine barracks in Beirut; Washington blames militants backed by Iran. | Pentagon commission report (Dec. 1983) |
| 3 July 1988 | The USS Vincennes shoots down Iran Air Flight 655, killing all 290 people aboard. | ICAO report (Nov. 1988) |
| 29/01/2002 | President George W. Bush calls Iran part of an "axis of evil". | State of the Union address |
| 14.07.2015 | Iran and six world powers agree the Joint Comprehensive Plan of Action in Vienna. | JCPOA text |
| 2018-05-08 | President Donald Trump announces that the United States is leaving the deal, calling it "defective at its core". | White House transcript |
| mid-June 2019 | Two tankers are attacked in the Gulf of Oman; Washington blames Tehran, which denies it. | US Navy; Iranian foreign ministry |
| Jan 3, 2020 | A US drone strike kills General Qasem Soleimani in Baghdad. | Pentagon statement |
| 7 Feb 2025 | Supreme Leader Ali Khamenei says negotiating with the US is "not smart, wise or honourable". | Leader's official website |
| April 12, 2025 | The first round of Oman-mediated talks is held in Muscat. | Omani foreign ministry |

Notes

1. Dates are given as our sources give them, so the formats vary: 29/01/2002 is day/month/year, and 14.07.2015 follows the European style of the agreement's cover page.
2. The 1953 coup is dated to 19 August, the day Mosaddegh's government fell; an earlier attempt on the night of 15 August failed. The CIA acknowledged its role in documents released in August 2013.
3. Of the 66 people taken at the embassy, 13 women and African-American staff were released within weeks, and one more man was freed in July 1980 because of illness.
4. The Vincennes crew said they mistook the Airbus for an F-14 fighter. In 1996 the United States agreed to pay $61.8 million to the families of the Iranian victims without admitting liability.
5. Khamenei spoke to air force commanders. His office published the full text the same day; translations of "honourable" vary.
"""
write(DOC, "Seventy years of mistrust: a US-Iran timeline", "Civic Ledger Explainers (fictional)", PUB, TEXT)
author(DOC, "Theo Brannigan-Azimi")

d = FDoc(DOC, PUB)
# quotes
d.Q("a suitcase of old receipts,", ["partial"], None, [], None)
d.Q("axis of evil", ["partial", "term"], "George W. Bush", ["bush"], D(2002, 1, 29))
d.Q("defective at its core", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("not smart, wise or honourable", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2, 7))
d.Q("honourable", ["term"], None, [], None, occ=1, core=False)
# figures
d.F("Seventy years", 70, ["year"], "duration", core=False)  # title
d.F("almost seven years", 7, ["year"], "duration", "about", ["gap"])
d.F("three days later", 3, ["day"], "duration", core=False)
d.F("14 years", 14, ["year"], "duration", subject_any=["exile"])
d.F("66 Americans", 66, ["american"], "count", subject_any=["american", "hostage"])
d.F("52 of them", 52, ["american", "them"], "count", subject_any=["american", "held", "them"])
d.F("The 52 hostages", 52, ["hostage"], "count", core=False)
d.F("241 US servicemen", 241, ["us serviceman", "serviceman"], "count", subject_any=["servicem", "barracks"])
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "aboard", "flight"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("Two tankers", 2, ["tanker"], "count", subject_any=["tanker"])
d.F("the 66 people", 66, ["people", "person"], "count", core=False)
d.F("13 women and African-American staff", 13, ["woman", "staff", "women and african-american staff"], "count", subject_any=["women", "staff", "released"])
d.F("within weeks", None, ["week"], "duration", "about", core=False)
d.F("one more man", 1, ["man"], "count", core=False)
d.F("$61.8 million", 61.8e6, ["usd"], "money", subject_any=["famil", "victim"])
# events: a row's date cell belongs to the first sentence of its Event cell; the Source cell is not a sentence
d.EV("Talks between Washington and Tehran resumed in Oman this spring", ["negotiation"], ("2025-03-01", "2025-06-02"), ["washington", "tehran", "united states", "iran"])
d.EV("removes Prime Minister Mohammad Mosaddegh", ["coup"], D(1953, 8, 19), ["cia", "central intelligence agency", "mi6"])
d.EV("The Shah returns from Rome three days later", ["leadership_change"], D(1953, 8, 22), ["shah", "pahlavi"])
d.EV("Mohammad Reza Pahlavi leaves Iran", ["leadership_change"], D(1979, 1, 16), ["pahlavi"])
d.EV("Ayatollah Ruhollah Khomeini returns from 14 years in exile", ["leadership_change", "other"], D(1979, 2, 1), ["khomeini"])
d.EV("Students seize the US Embassy in Tehran", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("The United States breaks off diplomatic relations", ["other", "withdrawal"], D(1980, 4, 7), ["united states"])
d.EV("The Algiers Accords are signed", ["agreement"], D(1981, 1, 19), [])
d.EV("The 52 hostages are released", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan is sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("A truck bomb kills 241 US servicemen", ["attack"], D(1983, 10, 23), [])
d.EV("Washington blames militants backed by Iran", ["statement"], D(1983, 10, 23), ["washington", "united states"], core=False)
d.EV("The USS Vincennes shoots down Iran Air Flight 655", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.EV("President George W. Bush calls Iran part of", ["designation", "statement"], D(2002, 1, 29), ["bush"])
d.EV("Iran and six world powers agree", ["agreement"], D(2015, 7, 14), ["iran"])
d.EV("President Donald Trump announces that the United States is leaving", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("Two tankers are attacked in the Gulf of Oman", ["attack"], D(2019, 6), [])
d.EV("Washington blames Tehran, which denies it", ["statement"], D(2019, 6), ["washington", "united states"], core=False)
d.EV("A US drone strike kills General Qasem Soleimani", ["attack"], D(2020, 1, 3), ["united states", "us"])
d.EV("Supreme Leader Ali Khamenei says negotiating", ["statement"], D(2025, 2, 7), ["khamenei"])
d.EV("The first round of Oman-mediated talks is held in Muscat", ["negotiation"], D(2025, 4, 12), [])
d.EV("an earlier attempt on the night of 15 August failed", ["coup"], ("1953-08-15", "1953-08-16"), [])
d.EV("The CIA acknowledged its role in documents released in August 2013", ["disclosure", "statement"], D(2013, 8), ["cia", "central intelligence agency"])
d.EV("13 women and African-American staff were released within weeks", ["other", "seizure", "agreement"], ("1979-11-04", "1979-12-31"), [])
d.EV("one more man was freed in July 1980", ["other", "seizure", "agreement"], D(1980, 7), [])
d.EV("The Vincennes crew said they mistook", ["statement"], None, ["vincennes", "crew"], core=False)
d.EV("In 1996 the United States agreed to pay $61.8 million", ["agreement", "other"], D(1996), ["united states"])
d.EV("Khamenei spoke to air force commanders", ["statement"], D(2025, 2, 7), ["khamenei"], core=False)
d.EV("His office published the full text the same day", ["disclosure", "statement"], D(2025, 2, 7), ["office", "khamenei"])
d.save()
