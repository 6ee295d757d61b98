import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h12 import write, PDoc, D, R

DOC = "ho12-thinktank-pdf-oman-channel-inheritance"
PUB = "2025-06-02"  # a Monday
TEXT = """HARWELL INSTITUTE FOR STRATEGIC AFFAIRS
Policy Report No. 19 | June 2025

Bargaining Under Suspicion:
What the Oman Channel Inherits

Marguerite Okafor-Lindgren

Summary
Five rounds of US-Iranian talks, the first in Muscat on 12 April
and the most recent in Rome on 23 May, have not yet produced an
agreed text.1 Both governments say they want a deal, but each nego-
tiates as if the other will defect.2 This report argues that the sus-
picion is not a mood but a record, and that any agreement will need
mechanisms that survive a change of government in Washington.

1. A record of defection
The Iranian side of the record begins in August 1953, when the CIA
and British intelligence removed Prime Minister Mohammad Mosad-
degh.3 The American side begins on 4 November 1979, when students
seized the US embassy in Tehran and held 52 Americans for 444
days.4 Both sides still cite these episodes across the table.

The Algiers Accords of 19 January 1981 ended the hostage crisis, and
the hostages were freed the next day.5 The accords also created the
Iran-United States Claims Tribunal, which has since decided more
than 3,900 cases.6

Harwell Institute | Bargaining Under Suspicion                         2

Harwell Institute for Strategic Affairs                                3

The Joint Comprehensive Plan of Action of 14 July 2015 capped Iran's
enrichment at 3.67 percent and its stockpile of enriched uranium at
300 kilograms.7 On 8 May 2018, President Donald Trump withdrew the
United States from the agreement, calling it "defective at its core."8
Within a year, Iranian crude exports had fallen from about 2.5 million
barrels a day to roughly 400,000.9

For Tehran, the lesson was that an American signature could expire
with an administration. Supreme Leader Ali Khamenei made the point
on 7 February, telling air force commanders that talks with the
United States "have no effect in solving the country's
problems."10

2. The Oman channel
Oman has carried messages between the two capitals before. Secret
talks in Muscat in 2013 prepared the interim agreement signed in
Geneva that November.11 This spring, Foreign Minister Badr Albusaidi
again shuttled between the delegations, led by Foreign Minister Ab-
bas Araghchi and Special Envoy Steve Witkoff.

After the third round on 26 April, Araghchi said the two sides were
"still far apart" on the main issues. Last month, Witkoff said on tele-
vision that the United States "cannot allow even 1 percent of an en-
richment capability."12 A senior official at the foreign ministry in
Tehran, who asked not to be named, told the author last week that
"every clause will be read twice, once for what it says and once for
what the next president can undo."

Harwell Institute | Bargaining Under Suspicion                         3

Harwell Institute for Strategic Affairs                                4

3. Recommendations
Any agreement should be submitted to Congress, so that it binds more
than one administration; offer phased relief, with about $6 billion
in frozen Iranian funds released only after verified steps;13 and re-
store the continuous monitoring that Iran curtailed in February
2021.14 The distrust is more than sev-
enty years old, and no text will dissolve it.

Iran now holds more than 274 kilograms of uranium enriched to 60
percent, according to the IAEA's February report.15 Time favours
neither side.

Notes
1 Ministry of Foreign Affairs of Oman, statement, 23 May 2025.
2 Interviews by the author in Muscat and Washington, April–May 2025.
3 Central Intelligence Agency, "Campaign to Install a Pro-Western Govern-
ment in Iran," declassified history, released August 2013.
4 The embassy was seized on 4 November 1979.
5 The 52 hostages left Tehran minutes after Ronald Reagan was sworn in
on 20 January 1981.
6 Iran-United States Claims Tribunal, Annual Report 2023, p. 4.
7 JCPOA, Annex I, paras. 28 and 56.
8 White House, remarks of 8 May 2018.
9 Tanker-tracking estimates; see Note 15 for sources.
10 Office of the Supreme Leader, transcript, 7 February 2025.
11 Ridley Papers, box 12, folder 3.
12 Television interview, 18 May 2025.
13 The funds were moved to banks in Qatar under the prisoner exchange of
September 2023.
14 IAEA, GOV/2021/10, 23 February 2021.
15 IAEA, GOV/2025/8, 26 February 2025.

Harwell Institute | Bargaining Under Suspicion                         5
"""
write(DOC, "Bargaining Under Suspicion: What the Oman Channel Inherits", "Harwell Institute for Strategic Affairs", PUB, TEXT,
      author="Marguerite Okafor-Lindgren")


class P(PDoc):
    SOFT = True
    MARK = r"\d{1,2}"
    HEADS = {"Summary", "1. A record of defection", "2. The Oman channel", "3. Recommendations", "Notes"}

    def _brk(self, t, k):
        # a section head on its own line is not part of the paragraph below it
        if t[k] == "\n" and t[t.rfind("\n", 0, k) + 1:k] in self.HEADS:
            return True
        return super()._brk(t, k)


d = P(DOC, PUB)
LASTMONTH = D(2025, 5)
LASTWEEK = R(D(2025, 5, 26), D(2025, 6, 1))
d.Q("defective at its core.", ["partial"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("have no effect in solving the country's\nproblems.", ["partial"], "Ali Khamenei", ["khamenei", "supreme leader"], D(2025, 2, 7))
d.Q("still far apart", ["partial"], "Abbas Araghchi", ["araghchi"], D(2025, 4, 26))
d.Q("cannot allow even 1 percent of an en-\nrichment capability.", ["partial"], "Steve Witkoff", ["witkoff"], LASTMONTH)
d.Q("every clause will be read twice, once for what it says and once for\nwhat the next president can undo.", ["partial", "direct"], None, (), LASTWEEK)
d.Q("Campaign to Install a Pro-Western Govern-\nment in Iran,", ["term"], None, core=False)

d.F("Five rounds", 5, ["round"], "count", subject_any=["round", "talk"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444\ndays", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("more\nthan 3,900 cases", 3900, ["case"], "count", "more_than", ["case", "tribunal"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile", "uranium"])
d.F("Within a year", 1, ["year"], "duration", "at_most", core=False)
d.F("about 2.5 million\nbarrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["crude export", "export"])
d.F("roughly 400,000", 4e5, ["barrel per day"], "measure", "about", ["crude export", "export"])
d.F("1 percent", 1, ["percent"], "percent", subject_any=["enrichment"])
d.F("twice", 2, ["time"], "count", core=False)
d.F("one administration", 1, ["administration"], "count", "more_than", core=False)
d.F("about $6 billion", 6e9, ["usd"], "money", "about", ["frozen", "fund"])
d.F("more than sev-\nenty years", 70, ["year"], "duration", "more_than", ["distrust"])
d.F("more than 274 kilograms", 274, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("60\npercent", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("52 hostages", 52, ["hostage"], "count", subject_any=["hostage"])

d.V("Five rounds of US-Iranian talks", "talks", ["negotiation"], R(D(2025, 4, 12), D(2025, 5, 23)), ["united states", "iran", "us"])
d.V("The Iranian side of the record begins in August 1953", "removed", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.V("The American side begins on 4 November", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("The American side begins on 4 November", "held 52 Americans", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.V("The Algiers Accords of 19 January 1981", "ended", ["agreement"], D(1981, 1, 19))
d.V("The Algiers Accords of 19 January 1981", "were freed", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("The accords also created the", "created", ["agreement", "other"], D(1981, 1, 19), ["accords"], core=False)
d.V("The Joint Comprehensive Plan of Action of 14 July 2015", "capped", ["agreement"], D(2015, 7, 14))
d.V("On 8 May 2018, President Donald Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("Within a year, Iranian crude exports", "had fallen", ["sanction", "other"], R(D(2018, 5, 8), D(2019, 5, 8)), core=False)
d.V("Supreme Leader Ali Khamenei made the point", "telling air force commanders", ["statement"], D(2025, 2, 7), ["khamenei"])
d.V("Secret\ntalks in Muscat in 2013", "talks", ["negotiation"], D(2013), ["oman", "united states", "iran"])
d.V("Secret\ntalks in Muscat in 2013", "signed", ["agreement"], D(2013, 11))
d.V("This spring, Foreign Minister Badr Albusaidi", "shuttled", ["negotiation"], R(D(2025, 3), D(2025, 6, 2)), ["albusaidi", "oman"])
d.V("After the third round on 26 April", "said", ["statement"], D(2025, 4, 26), ["araghchi"])
d.V("Last month, Witkoff said on tele-", "said on tele-", ["statement"], LASTMONTH, ["witkoff"])
d.V("A senior official at the foreign ministry", "told the author", ["statement"], LASTWEEK, ["official", "iran"], core=False)
d.V("store the continuous monitoring that Iran curtailed", "curtailed", ["withdrawal", "other"], D(2021, 2), ["iran"])
d.V("Iran now holds more than 274 kilograms", "report", ["disclosure", "statement", "other"], D(2025, 2), ["iaea", "international atomic energy agency"])
d.V("4 The embassy was seized on 4 November 1979.", "seized", ["seizure"], D(1979, 11, 4), core=False)
d.V("5 The 52 hostages left Tehran", "left Tehran", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("5 The 52 hostages left Tehran", "sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("13 The funds were moved to banks in Qatar", "prisoner exchange", ["agreement", "other"], D(2023, 9), [])
d.V("13 The funds were moved to banks in Qatar", "were moved", ["other", "agreement"], D(2023, 9), [], core=False)
d.save()
