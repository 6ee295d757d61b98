import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h16 import write, PDoc, D, R, words

DOC = "ho16-tehran-times-28-mordad-anniversary-prisoner-deal"
PUB = "2023-08-19"  # a Saturday, 28 Mordad 1402
TEXT = """Foreign Ministry: 28 Mordad coup shows U.S. has never been trustworthy

August 19, 2023 - 21:14

TEHRAN – The Iranian Foreign Ministry marked the 70th anniversary of the 28 Mordad coup on Saturday with a statement saying the 1953 overthrow of the government of Prime Minister Mohammad Mosaddegh "opened a chapter of American hostility that has never been closed."

In the statement, issued on the occasion of 28 Mordad 1402 (August 19, 2023), the ministry said Washington and London had "conspired with a handful of hired thugs" to topple a government whose only offense was defending "the right of the Iranian nation to its own oil."

The coup came two years after the Majlis, under Mosaddegh's leadership, nationalized the Iranian oil industry on 29 Esfand 1329 (March 20, 1951), ending decades of British domination over the country's most precious resource. On 28 Mordad 1332 (August 19, 1953), the CIA and Britain's MI6 toppled the national government and brought Mohammad Reza Pahlavi, who had fled the country days earlier, back to the throne.

The Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei has repeatedly described the coup as the true starting point of the enmity between the Iranian nation and the United States. In a meeting with students on 12 Aban 1398 (November 3, 2019), the Leader said the mistake of Mosaddegh's government had been "to rely on the Americans against the British."

Twenty-six years after the coup, the victory of the Islamic Revolution on 22 Bahman 1357 (February 11, 1979) ended the U.S.-backed Pahlavi regime. On 13 Aban 1358 (November 4, 1979), university students took over the U.S. embassy in Tehran, which they called the "den of espionage," after Washington gave refuge to the deposed Shah. Fifty-two of the embassy's staff were held for 444 days, until the Algiers Accords of January 1981.

The anniversary comes as Tehran and Washington carry out an agreement, mediated by Qatar, under which about $6 billion in Iranian assets frozen in South Korea under U.S. sanctions are to be released and prisoners exchanged. On 19 Mordad (August 10), Iran moved five detained U.S. nationals from prison to house arrest as a first step.

Foreign Ministry spokesman Nasser Kanaani said at his weekly press conference on Monday that the funds would reach Iranian accounts "in the coming days" and that the Islamic Republic alone would decide how to spend them. "Iran's approach to the United States is based on experience, not on trust," Kanaani told reporters.

That experience includes the JCPOA. Iran signed the Joint Comprehensive Plan of Action with the P5+1 on 23 Tir 1394 (July 14, 2015) and fulfilled its commitments, as the International Atomic Energy Agency confirmed in 15 consecutive reports. Yet former U.S. President Donald Trump unilaterally withdrew from the deal on 18 Ordibehesht 1397 (May 8, 2018) and imposed the so-called "maximum pressure" sanctions, which targeted even food and medicine imports.

Talks in Vienna to revive the deal, launched in April 2021, have been stalled since September 2022, which Tehran blames on Washington's excessive demands and on lobbying by the Zionist regime.

Mohammad-Hossein Rafiei-Nejad, a professor of international relations at Allameh Tabataba'i University, told the Tehran Times that the prisoner agreement should be judged only by its implementation. "From 28 Mordad to the JCPOA, the lesson has been the same for 70 years: the Americans honor a commitment only as long as it serves them," he said.

"The Iranian nation does not forget," he added. "It negotiates with its eyes open."
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of an Iranian state-aligned English daily in the style of the Tehran Times (headline "
        "with a colon attribution, `August 19, 2023 - 21:14` line, `TEHRAN –` dateline, \"The Leader of the Islamic "
        "Revolution Ayatollah Seyyed Ali Khamenei\", \"the Zionist regime\", Solar Hijri dates with Gregorian "
        "equivalents, Tehran's reading of 1953 and 1979). The Foreign Ministry statement and its wording, the words "
        "given to Kanaani and the Leader, the professor Mohammad-Hossein Rafiei-Nejad and the count of IAEA "
        "reports are invented or paraphrased; the Qatar-mediated agreement, the transfer to house arrest on "
        "10 August 2023 and the approximate $6 billion follow public reporting.")
write(DOC, "Foreign Ministry: 28 Mordad coup shows U.S. has never been trustworthy", "Tehran Times (style imitation)", PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
SAT, MON = D(2023, 8, 19), D(2023, 8, 14)
FM = ["foreign ministry", "ministry of foreign affairs", "iran"]
KH = ["khamenei", "leader"]
KA = ["kanaani"]
RN = ["rafiei-nejad", "rafiei"]

# quotes
d.Q("opened a chapter of American hostility that has never been closed.", ["partial"], "Iranian Foreign Ministry", FM, SAT)
d.Q("conspired with a handful of hired thugs", ["partial"], "Iranian Foreign Ministry", FM, SAT)
d.Q("the right of the Iranian nation to its own oil.", ["partial"], "Iranian Foreign Ministry", FM, SAT)
d.Q("to rely on the Americans against the British.", ["partial"], "Ali Khamenei", KH, D(2019, 11, 3))
d.Q("den of espionage,", ["term"], None, (), core=False)
d.Q("in the coming days", ["partial"], "Nasser Kanaani", KA, MON)
d.Q("Iran's approach to the United States is based on experience, not on trust,", ["direct"], "Nasser Kanaani", KA, MON)
d.Q("maximum pressure", ["term"], None, (), core=False)
d.Q("From 28 Mordad to the JCPOA, the lesson has been the same for 70 years: the Americans honor a commitment only as long as it serves them,",
    ["direct"], "Mohammad-Hossein Rafiei-Nejad", RN)
d.Q("The Iranian nation does not forget,", ["direct"], "Mohammad-Hossein Rafiei-Nejad", RN)
d.Q("It negotiates with its eyes open.", ["direct"], "Mohammad-Hossein Rafiei-Nejad", RN)

# figures
d.F("two years after", 2, ["year"], "duration", core=False)
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("Twenty-six years after", 26, ["year"], "duration", core=False)
d.F("Fifty-two of the embassy's staff", 52, ["staff", "embassy staff", "american", "hostage"], "count", subject_any=["staff", "embassy", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "staff"])
d.F("about $6 billion", 6e9, ["usd"], "money", "about", ["asset", "frozen", "fund"])
d.F("five detained U.S. nationals", 5, ["detained u.s. national", "national", "u.s. national"], "count", subject_any=["national", "detained"])
d.F("15 consecutive reports", 15, ["report", "consecutive report"], "count", subject_any=["report", "commitment"])
d.F("70 years", 70, ["year"], "duration", core=False)

# events
d.V("Foreign Ministry: 28 Mordad coup shows", "coup", ["coup"], D(1953, 8, 19), core=False)
d.V("Foreign Ministry: 28 Mordad coup shows", "shows", ["statement"], SAT, FM, core=False)
d.V("TEHRAN – The Iranian Foreign Ministry marked", "statement", ["statement"], SAT, FM)
d.V("TEHRAN – The Iranian Foreign Ministry marked", "overthrow", ["coup"], D(1953), core=False)
d.V("In the statement, issued on the occasion of 28 Mordad 1402", "said", ["statement"], SAT, FM, core=False)
d.V("In the statement, issued on the occasion of 28 Mordad 1402", "conspired", ["coup", "other"], D(1953), ["washington", "london", "united states", "britain"], core=False)
d.V("The coup came two years after the Majlis", "nationalized", ["legislation"], D(1951, 3, 20), ["majlis", "mosaddegh"])
d.V("The coup came two years after the Majlis", "ending decades of British domination", ["other"], D(1951, 3, 20), core=False)
d.V("On 28 Mordad 1332 (August 19, 1953), the CIA", "toppled", ["coup"], D(1953, 8, 19), ["cia", "mi6", "central intelligence"])
d.V("On 28 Mordad 1332 (August 19, 1953), the CIA", "brought Mohammad Reza Pahlavi", ["leadership_change"], D(1953, 8), ["cia", "mi6", "central intelligence"])
d.V("On 28 Mordad 1332 (August 19, 1953), the CIA", "had fled the country", ["other", "leadership_change"], D(1953, 8), ["pahlavi", "shah"], core=False)
d.V("has repeatedly described the coup", "has repeatedly described", ["statement"], None, KH, core=False)
d.V("In a meeting with students on 12 Aban 1398", "said", ["statement"], D(2019, 11, 3), KH)
d.V("Twenty-six years after the coup", "victory of the Islamic Revolution", ["revolution"], D(1979, 2, 11))
d.V("Twenty-six years after the coup", "ended the U.S.-backed Pahlavi regime", ["leadership_change", "revolution"], D(1979, 2, 11), core=False)
d.V("On 13 Aban 1358 (November 4, 1979), university students", "took over", ["seizure"], D(1979, 11, 4), ["student"])
d.V("On 13 Aban 1358 (November 4, 1979), university students", "gave refuge", ["support", "other"], D(1979, 10), ["washington", "united states"], core=False)
d.V("Fifty-two of the embassy's staff were held", "were held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), core=False)
d.V("Fifty-two of the embassy's staff were held", "Algiers Accords", ["agreement"], D(1981, 1))
d.V("The anniversary comes as Tehran and Washington carry out an agreement", "agreement", ["agreement"], None, ["qatar", "tehran", "washington", "iran", "united states"])
d.V("The anniversary comes as Tehran and Washington carry out an agreement", "are to be released", ["sanction", "agreement", "other"], None, core=False)
d.V("On 19 Mordad (August 10), Iran moved five", "moved", ["other", "seizure", "agreement"], D(2023, 8, 10), ["iran"])
d.V("Foreign Ministry spokesman Nasser Kanaani said at his weekly press conference on Monday", "said", ["statement"], MON, KA)
d.V("\"Iran's approach to the United States is based on experience", "told reporters", ["statement"], MON, KA, core=False)
d.V("Iran signed the Joint Comprehensive Plan of Action", "signed", ["agreement"], D(2015, 7, 14), ["iran", "p5+1"])
d.V("Iran signed the Joint Comprehensive Plan of Action", "fulfilled", ["other", "agreement"], None, ["iran"], core=False)
d.V("Iran signed the Joint Comprehensive Plan of Action", "confirmed", ["statement"], None, ["atomic energy", "iaea"], core=False)
d.V("Yet former U.S. President Donald Trump unilaterally withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("Yet former U.S. President Donald Trump unilaterally withdrew", "imposed", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), ["trump", "united states"])
d.V("Talks in Vienna to revive the deal", "launched", ["negotiation"], D(2021, 4))
d.V("Talks in Vienna to revive the deal", "have been stalled", ["other", "negotiation"], D(2022, 9))
d.V("Talks in Vienna to revive the deal", "blames", ["statement"], None, ["tehran", "iran"], core=False)
d.V("Mohammad-Hossein Rafiei-Nejad, a professor", "told the Tehran Times", ["statement"], None, RN, core=False)
d.V("\"From 28 Mordad to the JCPOA", "he said", ["statement"], None, RN, core=False)
d.V("\"The Iranian nation does not forget,\" he added.", "he added", ["statement"], None, RN, core=False)
d.save()
print(DOC, words(DOC), "words")
