import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h18 import write, PDoc, D, R, words
import jalali  # dev/tools: the Solar Hijri dates in the text are checked against their Gregorian glosses

DOC = "ho18-irna-officials-us-record-negotiation-under-pressure-futile"
PUB = "2025-02-12"  # a Wednesday, 24 Bahman 1403
for jd, gd in [((1332, 5, 28), (1953, 8, 19)), ((1403, 11, 19), (2025, 2, 7)), ((1403, 11, 16), (2025, 2, 4)),
               ((1403, 11, 22), (2025, 2, 10)), ((1357, 11, 22), (1979, 2, 11)), ((1357, 11, 19), (1979, 2, 8)),
               ((1358, 8, 13), (1979, 11, 4)), ((1394, 4, 23), (2015, 7, 14)), ((1397, 2, 18), (2018, 5, 8)),
               ((1403, 11, 21), (2025, 2, 9)), ((1403, 11, 24), (2025, 2, 12)), ((1403, 1, 1), (2024, 3, 20))]:
    assert jalali.j2g(*jd) == gd, (jd, jalali.j2g(*jd), gd)

TEXT = """Politics
Feb 12, 2025, 4:18 PM
News ID: 85748219

Officials: US record shows talks under pressure are futile

Iranian officials say Washington's record, from the 1953 coup to its exit from the nuclear deal, proves that negotiating under threats brings no result for the Iranian nation.

Tehran, IRNA – Iranian officials said on Wednesday that the record of the United States, from the coup of 28 Mordad 1332 (August 19, 1953) to its withdrawal from the Joint Comprehensive Plan of Action (JCPOA), has proven that negotiation with Washington under pressure and threats is neither wise nor beneficial for the Iranian nation.

The remarks came five days after the Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei, in a meeting with commanders and personnel of the Army's Air Force and Air Defense Force on Friday, 19 Bahman 1403 (February 7, 2025), said that negotiating with the US government "is not wise, not intelligent and not honourable."

Ayatollah Khamenei said the previous government had negotiated with the Americans for about two years and had given "many concessions", but the other side did not honour the resulting agreement. "The same person who is in office now tore up that agreement," the Leader said, referring to US President Donald Trump.

He added: "If they threaten us, we will threaten them. If they carry out their threat, we will carry out ours."

Three days before the speech, on Tuesday, 16 Bahman (February 4), the US President signed a memorandum restoring the policy that Washington calls "maximum pressure" on Iran, including measures aimed at ending the country's oil exports.

On Monday, 22 Bahman (February 10), millions of people took part in rallies in more than 1,400 cities and towns across the country to mark the 46th anniversary of the victory of the Islamic Revolution. Addressing the crowd in Tehran's Azadi Square, President Masoud Pezeshkian said: "If America were honest about negotiation, why did it sign a new order to tighten sanctions a week ago?"

Alireza Salimi-Far, a member of the Majlis National Security and Foreign Policy Committee, told IRNA on Wednesday that the arrogant powers "have never kept a promise to the Iranian nation." "From 28 Mordad to the den of espionage and the JCPOA, the story has been the same," he said, adding that any talks must begin with the lifting of "all cruel sanctions."

The Islamic Republic's experience with Washington dates back to the victory of the Islamic Revolution on 22 Bahman 1357 (February 11, 1979), three days after Air Force officers pledged allegiance to Imam Khomeini on 19 Bahman 1357 (February 8, 1979). On 13 Aban 1358 (November 4, 1979), students following the line of the Imam took over the US embassy in Tehran, which they called a "den of espionage."

Under the JCPOA, concluded in Vienna on 23 Tir 1394 (July 14, 2015) between Iran and the P5+1, the country accepted limits including enrichment of no more than 3.67 percent, and the International Atomic Energy Agency confirmed its compliance in more than a dozen reports. In December 2015, Iran shipped about 11 tonnes of low-enriched uranium to Russia under the agreement. The US government withdrew from the agreement on 18 Ordibehesht 1397 (May 8, 2018) and returned all the sanctions it had lifted.

Despite the sanctions, Iran's crude oil exports averaged more than 1.5 million barrels per day in the Iranian year 1402, which ended on March 19, 2024, and brought in about $35 billion, according to figures released by the Ministry of Petroleum.

Foreign Minister Seyed Abbas Araghchi said on Sunday, 21 Bahman (February 9), that Tehran would not enter talks "as long as the policy of maximum pressure is in place." The Leader has stated on several occasions that the Islamic Republic does not seek nuclear weapons and that its defense capabilities are not negotiable.

Follow us on X @IrnaEnglish
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "phrasing of an English item from Iran's state news agency IRNA (section word, date-and-time line, `News ID:` "
        "line, headline with a colon attribution, summary line, `Tehran, IRNA –` dateline, \"the Leader of the "
        "Islamic Revolution Ayatollah Seyyed Ali Khamenei\", \"the Leader\", \"the arrogant powers\", \"den of "
        "espionage\", Solar Hijri dates with Gregorian glosses (checked with dev/tools/jalali.py), \"told IRNA on "
        "Wednesday\", a closing `Follow us on X` line). The MP Alireza Salimi-Far, the officials' statement of "
        "Wednesday and every sentence are invented; the words given to Khamenei, Pezeshkian and Araghchi are "
        "invented or paraphrased from public reports of their remarks (the Leader's \"not wise, not intelligent and "
        "not honourable\", \"tore up\" and the threat-for-threat line follow reports of his speech of 7 February "
        "2025 in substance). The dates of the speech, the memorandum of 4 February 2025, the rallies, the revolution, "
        "the Air Force officers' allegiance, the embassy seizure, the JCPOA and the withdrawal follow public "
        "reporting; the number of cities, the export volume, the revenue and \"more than a dozen reports\" are plausible, not checked.")
write(DOC, "Officials: US record shows talks under pressure are futile", "IRNA (style imitation)", PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
WED = D(2025, 2, 12)
SPEECH = D(2025, 2, 7)
KH = ["khamenei"]
SF = ["salimi-far"]

# quotes
d.Q("is not wise, not intelligent and not honourable.", ["partial"], "Ali Khamenei", KH, SPEECH)
d.Q("many concessions", ["partial"], "Ali Khamenei", KH, SPEECH)
d.Q("The same person who is in office now tore up that agreement,", ["direct"], "Ali Khamenei", KH, SPEECH)
d.Q("If they threaten us, we will threaten them. If they carry out their threat, we will carry out ours.", ["direct"],
    "Ali Khamenei", KH, SPEECH)
d.Q("maximum pressure", ["term"], None, (), core=False)
d.Q("If America were honest about negotiation, why did it sign a new order to tighten sanctions a week ago?",
    ["direct"], "Masoud Pezeshkian", ["pezeshkian"], D(2025, 2, 10))
d.Q("have never kept a promise to the Iranian nation.", ["partial"], "Alireza Salimi-Far", SF, WED)
d.Q("From 28 Mordad to the den of espionage and the JCPOA, the story has been the same,", ["direct"],
    "Alireza Salimi-Far", SF, WED)
d.Q("all cruel sanctions.", ["partial"], "Alireza Salimi-Far", SF, WED)
d.Q("den of espionage.", ["term"], None, (), core=False)
d.Q("as long as the policy of maximum pressure is in place.", ["partial"], "Abbas Araghchi", ["araghchi"], D(2025, 2, 9))

# figures
d.F("five days after", 5, ["day"], "duration", core=False)
d.F("about two years", 2, ["year"], "duration", "about", ["negotiat"])
d.F("Three days before", 3, ["day"], "duration", core=False)
d.F("millions of people", 2e6, ["people", "person"], "count", "about", core=False)
d.F("more than 1,400 cities and towns", 1400, ["city", "city and town", "town"], "count", "more_than", ["rall", "cit"])
d.F("a week ago", 1, ["week"], "duration", core=False)
d.F("three days after", 3, ["day"], "duration", core=False)
d.F("no more than 3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("more than a dozen reports", 12, ["report"], "count", "more_than", ["report", "compliance"])
d.F("about 11 tonnes", 11, ["tonne", "ton", "metric ton"], "measure", "about", ["uranium"])
d.F("more than 1.5 million barrels per day", 1.5e6, ["barrel per day", "barrel a day"], "measure", "more_than",
    ["crude oil export", "export"])
d.F("about $35 billion", 3.5e10, ["usd"], "money", "about", ["export", "crude", "oil"])
d.F("several occasions", 3, ["occasion", "time"], "count", "about", core=False)

# events
d.V("Officials: US record shows talks", "Officials:", ["statement"], WED, ["official", "iran"], core=False)
d.V("Iranian officials say Washington's record", "say", ["statement"], WED, ["official", "iran"], core=False)
d.V("Iranian officials say Washington's record", "coup", ["coup"], D(1953), core=False)
d.V("Iranian officials say Washington's record", "exit", ["withdrawal"], None, ["washington", "united states"], core=False)
d.V("Tehran, IRNA – Iranian officials said on Wednesday", "said on Wednesday", ["statement"], WED, ["official", "iran"])
d.V("Tehran, IRNA – Iranian officials said on Wednesday", "coup of 28 Mordad 1332", ["coup"], D(1953, 8, 19))
d.V("Tehran, IRNA – Iranian officials said on Wednesday", "withdrawal", ["withdrawal"], None, ["united states"], core=False)
d.V("The remarks came five days after the Leader", "said", ["statement"], SPEECH, KH)
d.V("Ayatollah Khamenei said the previous government", "said", ["statement"], SPEECH, KH, core=False)
d.V("Ayatollah Khamenei said the previous government", "had negotiated", ["negotiation"], None, ["government", "iran"], core=False)
d.V("Ayatollah Khamenei said the previous government", "did not honour", ["withdrawal"], None, core=False)
d.V("\"The same person who is in office now tore up", "the Leader said", ["statement"], SPEECH, KH, core=False)
d.V("\"The same person who is in office now tore up", "tore up", ["withdrawal"], None, ["trump"], core=False)
d.V("He added: \"If they threaten us", "He added", ["statement"], SPEECH, KH, core=False)
d.V("He added: \"If they threaten us", "threaten", ["threat"], None, core=False)
d.V("Three days before the speech, on Tuesday, 16 Bahman", "signed a memorandum", ["legislation"], D(2025, 2, 4), ["trump", "president"])
d.V("Three days before the speech, on Tuesday, 16 Bahman", "restoring", ["sanction"], D(2025, 2, 4), ["trump", "president", "united states"], core=False)
d.V("On Monday, 22 Bahman (February 10), millions", "rallies", ["other", "statement"], D(2025, 2, 10))
d.V("On Monday, 22 Bahman (February 10), millions", "victory of the Islamic Revolution", ["revolution"], None, core=False)
d.V("Addressing the crowd in Tehran's Azadi Square", "said", ["statement"], D(2025, 2, 10), ["pezeshkian"])
d.V("Addressing the crowd in Tehran's Azadi Square", "sign a new order", ["legislation", "sanction"], None, core=False)
d.V("Alireza Salimi-Far, a member of the Majlis", "told IRNA on Wednesday", ["statement"], WED, SF, core=False)
d.V("\"From 28 Mordad to the den of espionage", "he said", ["statement"], WED, SF, core=False)
d.V("\"From 28 Mordad to the den of espionage", "lifting", ["sanction"], None, core=False)
d.V("The Islamic Republic's experience with Washington dates back", "victory of the Islamic Revolution", ["revolution"], D(1979, 2, 11))
d.V("The Islamic Republic's experience with Washington dates back", "pledged allegiance", ["other", "statement", "support"], D(1979, 2, 8), ["air force", "officer"])
d.V("On 13 Aban 1358 (November 4, 1979), students", "took over", ["seizure"], D(1979, 11, 4), ["student"])
d.V("On 13 Aban 1358 (November 4, 1979), students", "called", ["statement"], None, ["student"], core=False)
d.V("Under the JCPOA, concluded in Vienna", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "p5+1"])
d.V("Under the JCPOA, concluded in Vienna", "accepted limits", ["agreement"], None, ["iran"], core=False)
d.V("Under the JCPOA, concluded in Vienna", "confirmed its compliance", ["statement"], None, ["atomic energy", "iaea"], core=False)
d.V("In December 2015, Iran shipped", "shipped", ["other", "agreement"], D(2015, 12), ["iran"])
d.V("The US government withdrew from the agreement", "withdrew", ["withdrawal"], D(2018, 5, 8), ["united states", "us government", "government"])
d.V("The US government withdrew from the agreement", "returned all the sanctions", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), ["united states", "us government", "government"])
d.V("The US government withdrew from the agreement", "had lifted", ["sanction"], None, core=False)
d.V("Despite the sanctions, Iran's crude oil exports averaged", "averaged", ["other"], R(D(2023, 3, 21), D(2024, 3, 19)), core=False)
d.V("Despite the sanctions, Iran's crude oil exports averaged", "according to figures released", ["statement", "disclosure"], None, ["petroleum", "ministry"], core=False)
d.V("Foreign Minister Seyed Abbas Araghchi said on Sunday", "said on Sunday", ["statement"], D(2025, 2, 9), ["araghchi"])
d.V("The Leader has stated on several occasions", "has stated", ["statement"], None, KH, core=False)
d.save()
print(DOC, words(DOC), "words")
