from mk import write
from ann import Doc, D, R

DOC = "ho5-onthisday-iran-us-anniversaries"
PUB = "2022-07-03"
TEXT = """ON THIS DAY
Sunday 3 July 2022 · 12 Tir 1401

Compiled by the archive desk

1988: Iran Air Flight 655 is shot down

Thirty-four years ago today, on 12 Tir 1367 in the Iranian calendar, the American cruiser USS Vincennes fired two surface-to-air missiles at an Airbus A300 climbing out of Bandar Abbas on its way to Dubai. Iran Air Flight 655 broke apart over the Strait of Hormuz, and all 290 people on board were killed, among them 66 children. The crew of the Vincennes, caught up at the time in a skirmish with Iranian gunboats, had mistaken the airliner for an F-14 fighter.

That same day, President Ronald Reagan called the shooting “a terrible human tragedy” but said the cruiser had taken “a proper defensive action.” Tehran called it a massacre. Speaking at the United Nations eleven days later, Vice-President George Bush declined to apologise, insisting that the crew had acted in a “wartime environment.”

The shooting hastened the end of the Iran-Iraq war. Fifteen days after the downing, Iran accepted Security Council resolution 598, and two days after that Ayatollah Ruhollah Khomeini told the nation that agreeing to a ceasefire was “more deadly than drinking from a poisoned chalice.” The guns fell silent the following month, on 20 August.

Also this month

14 July 2015: After 18 days of round-the-clock talks in Vienna, Iran and six world powers concluded the Joint Comprehensive Plan of Action, which traded limits on Iran’s nuclear programme for the lifting of sanctions. President Barack Obama told Americans that morning that the deal was “not built on trust” but “on verification.” A week later, the Security Council endorsed it unanimously.

Elsewhere in the calendar

19 August 1953 (28 Mordad 1332): A coup organised by the CIA and British intelligence toppled Prime Minister Mohammad Mosaddegh, two years after his government nationalised the Anglo-Iranian Oil Company. Mosaddegh surrendered the next day. Three days after the coup, Shah Mohammad Reza Pahlavi flew back to Tehran from Rome. At his trial that November, Mosaddegh told the court that his ‘only crime’ had been to give Iranians control of their own oil. The following year, a consortium agreement handed American companies a 40 percent share of Iran’s oil production.

4 November 1979 (13 Aban 1358): Students loyal to Ayatollah Khomeini stormed the United States embassy in Tehran and took 66 Americans hostage. Two days later the provisional government of Mehdi Bazargan resigned, and eight days after the seizure President Jimmy Carter halted imports of Iranian oil. Khomeini called the embassy a “den of spies.”

20 January 1981: Minutes after Ronald Reagan was sworn in as president, the last 52 hostages were flown out of Tehran, after 444 days in captivity. The Algiers Accords that freed them had been signed the day before. Carter, who had spent the final weeks of his presidency negotiating their release, flew to West Germany the next morning to greet them. ‘I have never in my life been so glad to shake a hand,’ he told reporters at the American air base in Wiesbaden.

8 May 2018 (18 Ordibehesht 1397): President Donald Trump announced that the United States was leaving the nuclear agreement, which he called “decaying and rotten,” and ordered the reimposition of sanctions. The following spring, his administration designated Iran’s Revolutionary Guards a foreign terrorist organisation, the first time Washington had applied the label to part of another country’s armed forces. Iran answered by declaring US Central Command a terrorist group.

A reader writes

After last year’s column on the embassy seizure, a reader in Leeds who was a student in Tehran in 1979 wrote to remind us that “nobody on the street that November thought it would last more than a few days.” It lasted 444.
"""
write(DOC, "On this day: 3 July", "The Northern Chronicle", PUB, TEXT)

d = Doc(DOC, PUB)
F88 = D(1988, 7, 3)
VIN = ["vincennes", "united states"]
# quotes
d.Q("a terrible human tragedy", ["partial"], "Ronald Reagan", ["reagan"], F88)
d.Q("a proper defensive action.", ["partial"], "Ronald Reagan", ["reagan"], F88)
d.Q("wartime environment.", ["partial", "term"], "George H. W. Bush", ["bush"], D(1988, 7, 14))
d.Q("more deadly than drinking from a poisoned chalice.", ["partial"], "Ruhollah Khomeini", ["khomeini"], D(1988, 7, 20))
d.Q("not built on trust", ["partial"], "Barack Obama", ["obama"], D(2015, 7, 14))
d.Q("on verification.", ["partial"], "Barack Obama", ["obama"], D(2015, 7, 14))
d.Q("only crime", ["partial", "term"], "Mohammad Mosaddegh", ["mosaddegh", "mossadegh", "mosaddeq"], D(1953, 11))
d.Q("den of spies.", ["partial", "term"], "Ruhollah Khomeini", ["khomeini"])
d.Q("I have never in my life been so glad to shake a hand,", ["direct"], "Jimmy Carter", ["carter"], D(1981, 1, 21))
d.Q("decaying and rotten,", ["partial", "term"], "Donald Trump", ["trump"], D(2018, 5, 8))
d.Q("nobody on the street that November thought it would last more than a few days.", ["partial", "direct"], None, ())
# figures
d.F("Thirty-four years", 34, ["year"], "duration", core=False)
d.F("two surface-to-air missiles", 2, ["surface-to-air missile", "missile"], "count", subject_any=["missile", "vincennes"])
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["board", "killed", "flight", "iran air"])
d.F("66 children", 66, ["child"], "count", subject_any=["child"])
d.F("eleven days", 11, ["day"], "duration", core=False)
d.F("Fifteen days", 15, ["day"], "duration", core=False)
d.F("two days", 2, ["day"], "duration", core=False, ctx=("and two days after that",))
d.F("18 days", 18, ["day"], "duration", subject_any=["talks"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("A week", 7, ["day", "week"], "duration", core=False)
d.F("two years", 2, ["year"], "duration", core=False)
d.F("Three days", 3, ["day"], "duration", core=False)
d.F("40 percent", 40, ["percent"], "percent", subject_any=["share", "american compan", "oil production"])
d.F("66 Americans", 66, ["american"], "count", subject_any=["american", "hostage"])
d.F("Two days", 2, ["day"], "duration", core=False, ctx=("Two days later the provisional",))
d.F("eight days", 8, ["day"], "duration", core=False)
d.F("Minutes", None, ["minute"], "duration", "about", core=False)
d.F("the last 52 hostages", 52, ["hostage"], "count", subject_any=["hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["captivity"])
d.F("a few days", None, ["day"], "duration", "about", core=False)
d.F("444", 444, ["day"], "duration", core=False, ctx=("It lasted 444.",))
# events
d.E("1988: Iran Air Flight 655 is shot down", "is shot down", ["attack"], F88, VIN, core=False)
s = "Thirty-four years ago today, on 12 Tir 1367 in the Iranian calendar, the American cruiser USS Vincennes fired two surface-to-air missiles at an Airbus A300 climbing out of Bandar Abbas on its way to Dubai."
d.E(s, "fired two surface-to-air missiles", ["attack"], F88, VIN)
d.E("Iran Air Flight 655 broke apart over the Strait of Hormuz, and all 290 people on board were killed, among them 66 children.",
    "were killed", ["attack"], F88, VIN, core=False)
d.E("The crew of the Vincennes, caught up at the time in a skirmish with Iranian gunboats, had mistaken the airliner for an F-14 fighter.",
    "a skirmish with Iranian gunboats", ["war", "attack"], F88, VIN + ["iran"], core=False)
d.E("That same day, President Ronald Reagan called the shooting \"a terrible human tragedy\" but said the cruiser had taken \"a proper defensive action.\"",
    "called the shooting", ["statement"], F88, ["reagan"])
d.E("Tehran called it a massacre.", "called it a massacre", ["statement"], None, ["tehran", "iran"], core=False)
d.E("Speaking at the United Nations eleven days later, Vice-President George Bush declined to apologise, insisting that the crew had acted in a \"wartime environment.\"",
    "Speaking at the United Nations eleven days later", ["statement"], D(1988, 7, 14), ["bush"])
d.E("The shooting hastened the end of the Iran-Iraq war.", "the Iran-Iraq war", ["war"], None, ["iran", "iraq"], core=False)
s = "Fifteen days after the downing, Iran accepted Security Council resolution 598, and two days after that Ayatollah Ruhollah Khomeini told the nation that agreeing to a ceasefire was \"more deadly than drinking from a poisoned chalice.\""
d.E(s, "Iran accepted Security Council resolution 598", ["agreement"], D(1988, 7, 18), ["iran"])
d.E(s, "told the nation", ["statement"], D(1988, 7, 20), ["khomeini"])
d.E("The guns fell silent the following month, on 20 August.", "The guns fell silent", ["agreement", "war", "other"], D(1988, 8, 20))
s = "14 July 2015: After 18 days of round-the-clock talks in Vienna, Iran and six world powers concluded the Joint Comprehensive Plan of Action, which traded limits on Iran's nuclear programme for the lifting of sanctions."
d.E(s, "concluded the Joint Comprehensive Plan of Action", ["agreement"], D(2015, 7, 14), ["iran", "world powers", "powers"])
d.E(s, "round-the-clock talks in Vienna", ["negotiation"], R(D(2015, 6, 26), D(2015, 7, 14)), ["iran", "world powers", "powers"], core=False)
d.E(s, "the lifting of sanctions", ["sanction"], None, core=False)
d.E("President Barack Obama told Americans that morning that the deal was \"not built on trust\" but \"on verification.\"",
    "told Americans that morning", ["statement"], D(2015, 7, 14), ["obama"])
d.E("A week later, the Security Council endorsed it unanimously.", "endorsed", ["legislation", "agreement", "statement", "other"],
    ("2015-07-20", "2015-07-21"), ["security council", "council", "united nations"])
s = "19 August 1953 (28 Mordad 1332): A coup organised by the CIA and British intelligence toppled Prime Minister Mohammad Mosaddegh, two years after his government nationalised the Anglo-Iranian Oil Company."
d.E(s, "A coup organised by the CIA and British intelligence", ["coup"], D(1953, 8, 19), ["cia", "central intelligence", "british"])
d.E(s, "nationalised the Anglo-Iranian Oil Company", ["seizure", "legislation", "other"], D(1951), ["mosaddegh", "government", "iran"])
d.E("Mosaddegh surrendered the next day.", "surrendered", ["leadership_change", "other"], D(1953, 8, 20), ["mosaddegh"])
d.E("Three days after the coup, Shah Mohammad Reza Pahlavi flew back to Tehran from Rome.", "flew back to Tehran",
    ["leadership_change", "other"], D(1953, 8, 22), ["pahlavi", "shah"])
d.E("At his trial that November, Mosaddegh told the court that his 'only crime' had been to give Iranians control of their own oil.",
    "told the court", ["statement"], D(1953, 11), ["mosaddegh"])
d.E("The following year, a consortium agreement handed American companies a 40 percent share of Iran's oil production.",
    "a consortium agreement", ["agreement"], D(1954))
s = "4 November 1979 (13 Aban 1358): Students loyal to Ayatollah Khomeini stormed the United States embassy in Tehran and took 66 Americans hostage."
d.E(s, "stormed the United States embassy", ["seizure"], D(1979, 11, 4), ["student"])
s = "Two days later the provisional government of Mehdi Bazargan resigned, and eight days after the seizure President Jimmy Carter halted imports of Iranian oil."
d.E(s, "resigned", ["leadership_change"], D(1979, 11, 6), ["bazargan", "government"])
d.E(s, "halted imports of Iranian oil", ["sanction"], D(1979, 11, 12), ["carter", "united states"])
d.E("Khomeini called the embassy a \"den of spies.\"", "called", ["statement", "designation"], None, ["khomeini"])
s = "20 January 1981: Minutes after Ronald Reagan was sworn in as president, the last 52 hostages were flown out of Tehran, after 444 days in captivity."
d.E(s, "was sworn in as president", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.E(s, "were flown out of Tehran", ["other", "seizure", "agreement"], D(1981, 1, 20), ["iran"])
d.E("The Algiers Accords that freed them had been signed the day before.", "signed", ["agreement"], D(1981, 1, 19))
d.E("Carter, who had spent the final weeks of his presidency negotiating their release, flew to West Germany the next morning to greet them.",
    "flew to West Germany the next morning", ["other", "negotiation"], D(1981, 1, 21), ["carter"], core=False)
d.E("Carter, who had spent the final weeks of his presidency negotiating their release, flew to West Germany the next morning to greet them.",
    "negotiating their release", ["negotiation"], R(D(1980, 11), D(1981, 1)), ["carter"], core=False)
d.E("'I have never in my life been so glad to shake a hand,' he told reporters at the American air base in Wiesbaden.",
    "he told reporters", ["statement"], D(1981, 1, 21), ["carter"])
s = "8 May 2018 (18 Ordibehesht 1397): President Donald Trump announced that the United States was leaving the nuclear agreement, which he called \"decaying and rotten,\" and ordered the reimposition of sanctions."
d.E(s, "was leaving the nuclear agreement", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.E(s, "ordered the reimposition of sanctions", ["sanction", "legislation"], D(2018, 5, 8), ["trump", "united states"])
d.E(s, "announced", ["statement"], D(2018, 5, 8), ["trump"], core=False)
SPRING = R(D(2019, 3), D(2019, 6))
d.E("The following spring, his administration designated Iran's Revolutionary Guards a foreign terrorist organisation, the first time Washington had applied the label to part of another country's armed forces.",
    "designated Iran's Revolutionary Guards a foreign terrorist organisation", ["designation"], SPRING, ["trump", "administration", "united states", "washington"])
d.E("Iran answered by declaring US Central Command a terrorist group.", "declaring US Central Command a terrorist group", ["designation"], SPRING, ["iran"])
d.E("After last year's column on the embassy seizure, a reader in Leeds who was a student in Tehran in 1979 wrote to remind us that \"nobody on the street that November thought it would last more than a few days.\"",
    "the embassy seizure", ["seizure"], D(1979, 11, 4), ["student"], core=False)
d.save()
