import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h17 import write, PDoc, D, R, words

DOC = "ho17-abc-live-trump-ceasefire-al-udeid-wong"
PUB = "2025-06-24"  # a Tuesday (AEST)
TEXT = """Live: Trump announces Israel-Iran ceasefire hours after Iran targets US base in Qatar

By Lucia Marchetti-Hale and Tom Ashworth-Nguyen
Topic: Unrest, Conflict and War
Tue 24 Jun 2025 at 12:58pm

Key events
12:45 AEST: Wong urges Australians in Iran to stay registered
10:52 AEST: Araghchi says nothing agreed yet
08:20 AEST: Trump announces 'complete and total' ceasefire
05:40 AEST: Trump calls Iran's retaliation 'very weak'
03:10 AEST: Iran fires missiles at US base in Qatar

12:45 AEST
Wong urges Australians in Iran to stay registered
By Lucia Marchetti-Hale
Foreign Minister Penny Wong has welcomed the announcement of a ceasefire but says Australians should not assume the danger has passed.
"We welcome any step that brings this conflict to an end, but we have seen ceasefires fall over before," Senator Wong told ABC Radio National this morning.
She said about 2,900 Australians and their family members in Iran had registered with the Department of Foreign Affairs and Trade, and that officials in Azerbaijan were still ready to help them cross the land border.
Prime Minister Anthony Albanese said yesterday the government supported action to stop Iran acquiring a nuclear weapon and wanted "de-escalation, dialogue and diplomacy".

10:52 AEST
Araghchi says nothing agreed yet
By Tom Ashworth-Nguyen
Iran's Foreign Minister Abbas Araghchi says there is no ceasefire agreement yet, but that Iran will stop firing if Israel halts its attacks first.
In a post on X a short time ago, he wrote:
"Iran did not start this war. Nothing has been agreed on a ceasefire so far. If the attacks on our people stop before 4am Tehran time, Iran will not continue its response after that."
- Seyed Abbas Araghchi (@araghchi) June 24, 2025
There has been no word yet from the office of Israeli Prime Minister Benjamin Netanyahu.

08:20 AEST
Trump announces 'complete and total' ceasefire
By Tom Ashworth-Nguyen
US President Donald Trump says Israel and Iran have agreed to a "complete and total" ceasefire, in a post on his Truth Social platform on Monday evening US time.
Mr Trump said the truce would take effect in stages over 24 hours, after which the war would be considered "ended". He called the conflict "THE 12 DAY WAR".
Neither Israel nor Iran had confirmed the announcement at the time of writing.

05:40 AEST
Trump calls Iran's retaliation 'very weak'
By Lucia Marchetti-Hale
Mr Trump has dismissed Iran's attack on the Al Udeid base as "a very weak response", saying 13 of the 14 missiles fired were knocked down and the last was "set free" because it was heading in a harmless direction.
He thanked Tehran for giving "early notice", which he said meant no lives were lost.

03:10 AEST
Iran fires missiles at US base in Qatar
By Lucia Marchetti-Hale
Iran has fired missiles at Al Udeid Air Base in Qatar, the largest US military base in the Middle East, in what its Revolutionary Guards called retaliation for Sunday's US strikes on Fordow, Natanz and Isfahan.
Qatar's defence ministry said its air defences intercepted the missiles and there were no casualties. Explosions were heard over Doha on Monday evening local time.
The base, which hosts about 10,000 US troops, had been partly emptied of aircraft in recent days, a US official told Reuters.
It is the first time Iran has directly targeted American forces since January 2020, when it fired more than a dozen ballistic missiles at the Al Asad air base in Iraq days after a US drone strike in Baghdad killed General Qasem Soleimani.

01:30 AEST
How did we get here?
By Tom Ashworth-Nguyen
Israel launched its campaign against Iran's nuclear and military sites on June 13, two months after the United States and Iran began talks in Oman on a new nuclear deal. The US joined in on Sunday, dropping bunker-busting bombs on Fordow.
Iran's leaders have long argued that Washington cannot be trusted, pointing to the CIA-backed coup of 1953 and to Donald Trump's withdrawal in 2018 from the nuclear agreement Iran signed with world powers in 2015.
Under that deal Iran could enrich uranium to no more than 3.67 per cent. By May it had built up more than 400 kilograms enriched to 60 per cent, according to the International Atomic Energy Agency.
"Every step we took under the deal was verified, and every step they took was reversible," an Iranian diplomat in Canberra told the ABC last week.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout of an ABC "
        "News (Australia) live blog: `Live:` headline, byline, `Topic:` line, a `Key events` summary of timestamped "
        "entry heads, entries in reverse chronological order each with a time line such as `12:45 AEST`, a heading "
        "and `By <name>`, \"Senator Wong told ABC Radio National this morning\", an embedded post on X with its "
        "credit line, \"per cent\". The writers, the Iranian diplomat in Canberra, the US official and every "
        "sentence are invented; the words given to Wong and Araghchi are invented; \"complete and total\", "
        "\"ended\", \"THE 12 DAY WAR\", \"a very weak response\", \"set free\", \"early notice\" and \"de-escalation, "
        "dialogue and diplomacy\" are the well-known phrases of the day; the count of registered Australians and "
        "the troop count are plausible, not checked.")
write(DOC, "Live: Trump announces Israel-Iran ceasefire hours after Iran targets US base in Qatar",
      "ABC News (Australia) (style imitation)", PUB, TEXT, NOTE, author="Lucia Marchetti-Hale and Tom Ashworth-Nguyen")

d = PDoc(DOC, PUB)
TUE, MON, SUN = D(2025, 6, 24), D(2025, 6, 23), D(2025, 6, 22)
MT = R(MON, TUE)  # Monday evening in Washington or Doha is Tuesday morning in Australia
LASTWK = R(D(2025, 6, 16), D(2025, 6, 22))
WO, AR, TR = ["wong"], ["araghchi"], ["trump"]

# quotes
d.Q("complete and total", ["partial"], "Donald Trump", TR, MT, core=False, occ=0)
d.Q("very weak", ["partial"], "Donald Trump", TR, MT, core=False)
d.Q("We welcome any step that brings this conflict to an end, but we have seen ceasefires fall over before,", ["direct"], "Penny Wong", WO, TUE)
d.Q("de-escalation, dialogue and diplomacy", ["partial"], "Anthony Albanese", ["albanese"], MON)
d.Q("Iran did not start this war. Nothing has been agreed on a ceasefire so far. If the attacks on our people stop before 4am Tehran time, Iran will not continue its response after that.", ["direct"], "Abbas Araghchi", AR, TUE)
d.Q("complete and total", ["partial"], "Donald Trump", TR, MT, occ=1)  # entry heading
d.Q("complete and total", ["partial"], "Donald Trump", TR, MT, occ=2)
d.Q("very weak", ["partial"], "Donald Trump", TR, MT, occ=1)  # entry heading
d.Q("ended", ["partial"], "Donald Trump", TR, MT)
d.Q("THE 12 DAY WAR", ["partial", "term"], "Donald Trump", TR, MT)
d.Q("a very weak response", ["partial"], "Donald Trump", TR, MT)
d.Q("set free", ["partial"], "Donald Trump", TR, MT)
d.Q("early notice", ["partial"], "Donald Trump", TR, MT)
d.Q("Every step we took under the deal was verified, and every step they took was reversible,", ["direct"], None, (), LASTWK)

# figures
d.F("about 2,900 Australians", 2900, ["australian", "people"], "count", "about", ["australian", "registered"])
d.F("24 hours", 24, ["hour"], "duration", subject_any=["truce", "ceasefire", "stage"])
d.F("12 DAY", 12, ["day"], "duration", subject_any=["war"])
d.F("13", 13, ["missile"], "count", subject_any=["missile", "knocked down"], ctx=("13 of the 14 missiles",))
d.F("14 missiles", 14, ["missile"], "count", subject_any=["missile"])
d.F("about 10,000 US troops", 10000, ["troop", "us troop"], "count", "about", ["troop", "base"])
d.F("more than a dozen ballistic missiles", 12, ["missile", "ballistic missile"], "count", "more_than", ["missile"])
d.F("two months after", 2, ["month"], "duration", core=False)
d.F("no more than 3.67 per cent", 3.67, ["percent"], "percent", "at_most", ["enrich", "uranium"])
d.F("more than 400 kilograms", 400, ["kilogram", "kg"], "measure", "more_than", ["uranium", "enriched"])
d.F("60 per cent", 60, ["percent"], "percent", subject_any=["enrich"])

# events (Key events lines repeat the entries: core false)
d.V("12:45 AEST: Wong urges", "urges", ["statement"], TUE, WO, core=False)
d.V("10:52 AEST: Araghchi says", "says", ["statement"], TUE, AR, core=False)
d.V("08:20 AEST: Trump announces", "announces", ["statement", "agreement"], MT, TR, core=False)
d.V("05:40 AEST: Trump calls", "calls", ["statement"], MT, TR, core=False)
d.V("03:10 AEST: Iran fires missiles", "fires", ["attack"], MT, ["iran"], core=False)
# entry headings (core false)
d.V("Wong urges Australians in Iran to stay registered", "urges", ["statement"], TUE, WO, core=False, occ=1)
d.V("Araghchi says nothing agreed yet", "says", ["statement"], TUE, AR, core=False, occ=1)
d.V("Trump announces 'complete and total' ceasefire", "announces", ["statement", "agreement"], MT, TR, core=False, occ=1)
d.V("Trump calls Iran's retaliation 'very weak'", "calls", ["statement"], MT, TR, core=False, occ=1)
d.V("Iran fires missiles at US base in Qatar", "fires", ["attack"], MT, ["iran"], core=False, occ=1)
d.V("Foreign Minister Penny Wong has welcomed", "has welcomed", ["statement"], TUE, WO, core=False)
d.V("Senator Wong told ABC Radio National this morning", "told ABC Radio National this morning", ["statement"], TUE, WO)
d.V("She said about 2,900 Australians", "said", ["statement"], TUE, WO, core=False)
d.V("She said about 2,900 Australians", "had registered", ["other"], None, core=False)
d.V("Prime Minister Anthony Albanese said yesterday", "said yesterday", ["statement"], MON, ["albanese"])
d.V("Iran's Foreign Minister Abbas Araghchi says there is no ceasefire", "says", ["statement"], TUE, AR, core=False)
d.V("In a post on X a short time ago, he wrote:", "wrote", ["statement"], TUE, AR)
d.V("US President Donald Trump says Israel and Iran have agreed", "says", ["statement"], MT, TR)
d.V("US President Donald Trump says Israel and Iran have agreed", "have agreed", ["agreement"], MT, ["israel", "iran"])
d.V("Mr Trump said the truce would take effect", "take effect", ["agreement", "other"], None, core=False)
d.V("He called the conflict \"THE 12 DAY WAR\".", "called", ["statement"], MT, TR, core=False)
d.V("Mr Trump has dismissed Iran's attack", "has dismissed", ["statement"], MT, TR)
d.V("Mr Trump has dismissed Iran's attack", "attack", ["attack"], MON, ["iran"], core=False)
d.V("He thanked Tehran for giving", "thanked", ["statement"], MT, TR, core=False)
d.V("Iran has fired missiles at Al Udeid Air Base", "has fired missiles", ["attack"], MT, ["iran", "revolutionary guard"])
d.V("Iran has fired missiles at Al Udeid Air Base", "called", ["statement"], MT, ["revolutionary guard"], core=False)
d.V("Iran has fired missiles at Al Udeid Air Base", "strikes", ["attack"], SUN, ["united states", "us"], core=False)
d.V("Qatar's defence ministry said its air defences", "said", ["statement"], None, ["qatar", "defence ministry"], core=False)
d.V("Qatar's defence ministry said its air defences", "intercepted", ["other", "attack"], MON, ["qatar", "air defence"], core=False)
d.V("Explosions were heard over Doha", "Explosions", ["attack", "other"], MON)
d.V("The base, which hosts about 10,000 US troops", "told Reuters", ["statement"], None, core=False)
d.V("The base, which hosts about 10,000 US troops", "emptied", ["other"], None, core=False)
d.V("It is the first time Iran has directly targeted", "fired more than a dozen ballistic missiles", ["attack"], D(2020, 1), ["iran"])
d.V("It is the first time Iran has directly targeted", "killed", ["attack"], None, ["united states", "us", "drone"])
d.V("Israel launched its campaign against Iran's", "launched its campaign", ["war", "attack"], D(2025, 6, 13), ["israel"])
d.V("Israel launched its campaign against Iran's", "began talks", ["negotiation"], D(2025, 4), ["united states", "iran"])
d.V("The US joined in on Sunday", "joined in", ["attack", "war"], SUN, ["united states", "us"])
d.V("Iran's leaders have long argued", "have long argued", ["statement"], None, ["iran"], core=False)
d.V("Iran's leaders have long argued", "coup", ["coup"], D(1953), ["cia", "central intelligence"])
d.V("Iran's leaders have long argued", "withdrawal", ["withdrawal"], D(2018), TR)
d.V("Iran's leaders have long argued", "signed", ["agreement"], D(2015), ["iran"])
d.V("Under that deal Iran could enrich", "could enrich", ["agreement"], None, core=False)
d.V("By May it had built up more than 400 kilograms", "had built up", ["other"], None, core=False)
d.V("\"Every step we took under the deal was verified", "told the ABC last week", ["statement"], LASTWK, core=False)
d.save()
print(DOC, words(DOC), "words")
