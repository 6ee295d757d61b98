from p0 import FDoc, D, R, write, author, meta_note

DOC = "dev-p-tasnim-leader-negotiation-us-not-wise"
PUB = "2025-02-07"  # a Friday
TEXT = """Leader: Negotiating with US Not Intelligent, Wise or Honourable

February, 07, 2025 - 13:24 Politics news

TEHRAN (Tasnim) – Leader of the Islamic Revolution Ayatollah Seyed Ali Khamenei said negotiating with the US administration is "not intelligent, wise or honourable," stressing that the experience of the 2015 nuclear deal showed Washington does not keep its commitments.

Addressing a gathering of commanders and personnel of the Army's Air Force and Air Defence in Tehran on Friday morning, Ayatollah Khamenei said some people in the country were promoting the idea that sitting at the negotiating table with America would solve the country's problems.

The meeting was held on the anniversary of the historic allegiance of a group of Air Force officers to the late founder of the Islamic Republic, Imam Khomeini, on 19 Bahman 1357 (February 8, 1979), days before the victory of the Islamic Revolution.

"For two years our negotiators sat with them, gave ground on many points and signed a text, and the other side did not honour it," the Leader said, referring to the talks that led to the Joint Comprehensive Plan of Action (JCPOA) in 2015.

He said the same person who now sits in the White House tore up the agreement in 2018, describing the withdrawal as proof that "the Americans do not abide by their word."

The Leader noted that American officials smile at the negotiating table and then violate the commitments they have signed whenever it suits them, and warned that any threat against the Iranian nation would be answered in kind.

Ayatollah Khamenei also referred to the history of American hostility toward the Iranian nation, recalling that the United States staged a coup against the national government of Dr. Mohammad Mosaddegh on 28 Mordad 1332 (August 19, 1953) after Mosaddegh had placed his trust in Washington.

"Mosaddegh's mistake was that he relied on America; the nation must not repeat that mistake," he said.

He further pointed out that after the victory of the Islamic Revolution in 1979, Washington imposed sanctions, supported Saddam Hussein's imposed war against Iran for eight years and shot down an Iranian passenger plane over the Persian Gulf in 1988, killing 290 people.

The Leader said the sanctions imposed under what the US calls "maximum pressure" were aimed at forcing the Iranian nation to give up, and stressed that the enemy's calculations would fail as they had failed for 46 years.

His remarks came days after US President Donald Trump signed a memorandum on Tuesday reinstating the "maximum pressure" policy against Iran, while claiming that he wanted a deal with Tehran.

Trump had written on social media on Wednesday that he would prefer a "Verified Nuclear Peace Agreement" with Iran.

Elsewhere in his speech, Ayatollah Khamenei stressed that negotiations with other countries, except the US, would continue, and that the country's diplomats should pursue the national interest "without waiting for Washington."

Iranian Foreign Minister Abbas Araghchi told reporters on Thursday that Tehran would not enter talks under "maximum pressure," because such talks would amount to "negotiation for surrender."

The Zionist regime, whose officials have repeatedly threatened to attack Iran's nuclear facilities, has welcomed Washington's renewed sanctions campaign.
"""
write(DOC, "Leader: Negotiating with US Not Intelligent, Wise or Honourable", "Tasnim News Agency (style imitation)", PUB, TEXT)
meta_note(DOC, "English wire story in the style of an Iranian state news agency (Tasnim/IRNA: 'TEHRAN (Tasnim) –' dateline, "
          "honorifics, 'the Leader said', 'the Zionist regime', a long speech summary with 1953 and 1979 references, a "
          "Solar Hijri date with its Gregorian gloss), style imitation; the speech's wording is invented or paraphrased "
          "(only 'not intelligent, wise or honourable' follows Khamenei's remark of 7 February 2025, 'Verified Nuclear "
          "Peace Agreement' Trump's post of 5 February 2025, 'maximum pressure' Trump's phrase); the quotes of Araghchi "
          "are invented")

d = FDoc(DOC, PUB)
FRI, TUE, WED, THU = D(2025, 2, 7), D(2025, 2, 4), D(2025, 2, 5), D(2025, 2, 6)
KH, TR, AR = ["khamenei", "leader"], ["trump"], ["araghchi"]
# quotes
d.Q("not intelligent, wise or honourable,", ["partial"], "Ali Khamenei", KH, FRI)
d.Q("For two years our negotiators sat with them, gave ground on many points and signed a text, and the other side did not honour it,",
    ["direct"], "Ali Khamenei", KH, FRI)
d.Q("the Americans do not abide by their word.", ["partial"], "Ali Khamenei", KH, FRI)
d.Q("Mosaddegh's mistake was that he relied on America; the nation must not repeat that mistake,", ["direct"],
    "Ali Khamenei", KH, FRI)
d.Q("maximum pressure", ["term", "partial"], "United States", ["united states", "washington", "trump"], None, core=False, occ=0)
d.Q("maximum pressure", ["term", "partial"], "Donald Trump", TR, None, core=False, occ=1)
d.Q("Verified Nuclear Peace Agreement", ["partial"], "Donald Trump", TR, WED)
d.Q("without waiting for Washington.", ["partial"], "Ali Khamenei", KH, FRI)
d.Q("maximum pressure,", ["term", "partial"], "Abbas Araghchi", AR, THU, core=False)
d.Q("negotiation for surrender.", ["partial"], "Abbas Araghchi", AR, THU)
# figures
d.F("two years", 2, ["year"], "duration", subject_any=["negotiat", "talks"])
d.F("eight years", 8, ["year"], "duration", subject_any=["war"])
d.F("290 people", 290, ["person", "people"], "count", subject_any=["people", "passenger", "plane"])
d.F("46 years", 46, ["year"], "duration", core=False)
# events
d.EV("Leader: Negotiating with US", ["statement"], FRI, KH, core=False)
d.EV("Ayatollah Seyed Ali Khamenei said negotiating", ["statement"], FRI, KH, core=False)
d.EV("Addressing a gathering of commanders", ["statement"], FRI, KH)
d.EV("The meeting was held on the anniversary", ["other", "negotiation", "statement"], FRI, [], core=False)
d.EV("the historic allegiance of a group of Air Force officers", ["support", "other"], D(1979, 2, 8), ["air force", "officer"])
d.EV("days before the victory of the Islamic Revolution", ["revolution"], ("1979-02-08", "1979-02-28"), [], core=False)
d.EV("the Leader said, referring", ["statement"], FRI, KH, core=False)
d.EV("the talks that led to the Joint Comprehensive Plan of Action", ["negotiation", "agreement"], D(2015), ["iran"])
d.EV("tore up the agreement in 2018", ["withdrawal"], D(2018), ["trump", "united states"])
d.EV("He said the same person", ["statement"], FRI, KH, core=False)
d.EV("The Leader noted that American officials", ["statement"], FRI, KH, core=False)
d.EV("warned that any threat", ["threat", "statement"], FRI, KH, core=False)
d.EV("Ayatollah Khamenei also referred", ["statement"], FRI, KH, core=False)
d.EV("the United States staged a coup", ["coup"], D(1953, 8, 19), ["united states"])
d.EV('"Mosaddegh\'s mistake', ["statement"], FRI, KH, core=False)
d.EV("He further pointed out", ["statement"], FRI, KH, core=False)
d.EV("the victory of the Islamic Revolution in 1979", ["revolution"], D(1979), [])
d.EV("Washington imposed sanctions", ["sanction"], None, ["united states", "washington"])
d.EV("supported Saddam Hussein's imposed war", ["support", "war"], None, ["united states", "washington"])
d.EV("shot down an Iranian passenger plane", ["attack"], D(1988), ["united states", "washington"])
d.EV("The Leader said the sanctions imposed", ["statement"], FRI, KH, core=False)
d.EV("signed a memorandum on Tuesday", ["legislation", "sanction"], TUE, TR)
d.EV("while claiming that he wanted a deal", ["statement"], None, TR, core=False)
d.EV("Trump had written on social media on Wednesday", ["statement"], WED, TR)
d.EV("Elsewhere in his speech", ["statement"], FRI, KH, core=False)
d.EV("told reporters on Thursday", ["statement"], THU, AR)
d.EV("have repeatedly threatened to attack", ["threat"], None, ["zionist", "israel"], core=False)
d.EV("has welcomed Washington's renewed sanctions campaign", ["statement", "support"], None, ["zionist", "israel"], core=False)
d.save()
