from mk import write
from fx import FDoc, D, R

DOC = "dev-j-lecture-transcript-ajax-to-algiers"
PUB = "2024-02-13"  # a Tuesday (the lecture's date)
TEXT = """HIST 214: Iran and the United States in the Twentieth Century
Lecture 9: From Ajax to Algiers, 1953-1981
Lecturer: Simone Delacroix-Amini, Department of History

Transcript of a lecture recorded on Tuesday, February 13, 2024, lightly edited for readability. Slide changes are marked [slide].

DELACROIX-AMINI: OK, let's get going. Last week we left Mohammad Mosaddegh at the height of his popularity, right after parliament voted to nationalise the oil industry in March of '51. A month later he's prime minister. Today we go from there to the morning in January of '81 when the last American hostages flew out of Tehran. Thirty years, give or take, and I want you to keep asking: who trusts whom, and when do they stop?

[slide]

So in August of '53 there are really two coups: a first attempt that fails and a second that works. On the night of the 15th, officers loyal to the Shah try to deliver a decree dismissing Mosaddegh, and they're arrested. The Shah panics and flies to Baghdad, then on to Rome. And then on the 19th, the 28th of Mordad if you're reading Persian sources, crowds, some of them paid, and army units loyal to the Shah take the streets, and by evening Mosaddegh's house has been shelled and he's in hiding. The operation was run by the CIA together with British intelligence, and Kermit Roosevelt Jr. was the man on the ground in Tehran. He later wrote a book about it, and the title tells you how he saw it: "Countercoup."

Now, why does this matter for trust? Because Mosaddegh had gone to Washington in October of '51 and been received, more or less, as a friend. Truman's people listened to him for weeks. Two years later Eisenhower's people helped remove him. Mosaddegh was tried, sentenced to three years in prison and then kept under house arrest in his village until he died in 1967.

[slide]

In 1954 a new consortium took over the running of Iran's oil, and American companies got 40 percent of it. Keep that number in your head, because Iranians did. The Shah is back, he's now firmly Washington's man, and in 1957 he sets up a secret police, SAVAK, with American and Israeli help.

Fast forward. In October of '64 the Majlis passes a law giving American military personnel immunity from Iranian courts, the so-called "capitulation law," and a cleric named Ruhollah Khomeini gives a furious sermon against it. Within days he's arrested, and on November 4, 1964, he's sent into exile in Turkey. Remember that date. November 4. We'll come back to it.

[slide]

Jump to New Year's Eve, 1977. Jimmy Carter is in Tehran, raising a glass to the Shah, and he calls Iran "an island of stability" in a troubled region. Within about a year there are millions of people in the streets. The Shah leaves on January 16, 1979. Khomeini comes home on February 1, and by February 11 the monarchy has collapsed.

Then in October Carter lets the Shah into the United States for cancer treatment. And on November 4, 1979, fifteen years to the day after Khomeini's exile, students storm the American embassy. Khomeini backs them within days and calls the embassy a "den of spies." They hold 52 Americans for 444 days.

In April of '80 Carter breaks off diplomatic relations, and on the 24th he sends in a rescue mission, Eagle Claw, which ends in the desert with eight American servicemen dead. The Shah dies in Cairo that July, and in September Iraq invades Iran.

[slide]

The end is a lawyers' deal. The Algiers Accords are signed on January 19, 1981, with Algeria in the middle, and Iran gets back roughly $8 billion of its frozen assets. The next day, minutes after Ronald Reagan takes the oath of office, the plane carrying the hostages takes off.

And the footnote that still matters: almost half a century after the coup, in March 2000, Secretary of State Madeleine Albright admitted that the United States had played "a significant role" in it. Iranians noticed that it took 47 years.

[slide]

STUDENT: You keep saying November 4. Was the date chosen on purpose?

DELACROIX-AMINI: Good question, and the honest answer is that we don't fully know. The students later said they chose the day to mark a shooting at Tehran University in 1978, when soldiers killed several students. Khomeini's exile is the other anniversary. What we do know is that a leader of the students told an interviewer in 1998 that they had planned to stay "two or three days." Four hundred and forty-four days later, they were still there. OK, read the Algiers chapter for Thursday.
"""
write(DOC, "HIST 214, Lecture 9: From Ajax to Algiers, 1953-1981 (transcript)",
      "Ashbourne University Open Courses (fictional)", PUB, TEXT)
from metaj import author
author(DOC, "Simone Delacroix-Amini")

d = FDoc(DOC, PUB)
KH = ["khomeini"]
SH = ["shah", "pahlavi"]
CA = ["carter"]
# quotes
d.Q("Countercoup.", ["term"], None, [], None, core=False)
d.Q("capitulation law,", ["term"], None, [], None)
d.Q("an island of stability", ["partial"], "Jimmy Carter", ["carter"], D(1977, 12, 31))
d.Q("den of spies.", ["partial", "term"], "Ruhollah Khomeini", KH, D(1979, 11))
d.Q("a significant role", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("two or three days.", ["partial"], None, [], D(1998))
# figures
d.F("A month later", 1, ["month"], "duration", core=False)
d.F("Thirty years", 30, ["year"], "duration", "about")
d.F("two coups", 2, ["coup"], "count", subject_any=["coup"])
d.F("for weeks", None, ["week"], "duration", "about", core=False)
d.F("Two years later", 2, ["year"], "duration", core=False)
d.F("three years", 3, ["year"], "duration", subject_any=["prison", "sentence", "mosaddegh"])
d.F("40 percent", 40, ["percent"], "percent", subject_any=["consortium", "american compan", "oil"])
d.F("Within days", None, ["day"], "duration", "about", core=False)
d.F("Within about a year", 1, ["year"], "duration", "about", core=False)
d.F("millions of people", None, ["people", "person"], "count", "about", core=False)
d.F("fifteen years", 15, ["year"], "duration", core=False)
d.F("within days", None, ["day"], "duration", "about", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["american", "hold", "hostage"])
d.F("eight American servicemen", 8, ["american serviceman", "serviceman"], "count", subject_any=["servicem", "dead", "eagle claw", "rescue"])
d.F("roughly $8 billion", 8e9, ["usd"], "money", "about", ["frozen assets", "asset"])
d.F("minutes after", None, ["minute"], "duration", "about", core=False)
d.F("almost half a century", 50, ["year"], "duration", "about", core=False)
d.F("47 years", 47, ["year"], "duration", subject_any=["took", "admi", "albright"])
d.F("several students", None, ["student"], "count", "about", core=False)
d.F("two or three days", 2, ["day"], "duration", subject_any=["stay", "plan"], value_max=3)
d.F("Four hundred and forty-four days later", 444, ["day"], "duration", core=False)
# events
d.EV("parliament voted to nationalise the oil industry", ["legislation", "other"], D(1951, 3), ["parliament", "majlis"])
d.EV("A month later he's prime minister", ["leadership_change"], D(1951, 4), ["mosaddegh", "mossadegh"])
d.EV("the last American hostages flew out of Tehran", ["other", "seizure", "agreement"], D(1981, 1), [], core=False)
d.EV("there are really two coups", ["coup"], D(1953, 8), [], core=False)
d.EV("try to deliver a decree dismissing Mosaddegh", ["coup", "leadership_change"], R(D(1953, 8, 15), D(1953, 8, 16)), ["officer", "shah"])
d.EV("and they're arrested", ["seizure", "other"], R(D(1953, 8, 15), D(1953, 8, 16)), [], core=False)
d.EV("The Shah panics and flies to Baghdad", ["leadership_change", "other"], ("1953-08-15", "1953-08-18"), SH)
d.EV("army units loyal to the Shah take the streets", ["coup"], D(1953, 8, 19), ["crowd", "army"])
d.EV("Mosaddegh's house has been shelled", ["attack"], D(1953, 8, 19), [], core=False)
d.EV("The operation was run by the CIA", ["coup"], None, ["cia", "central intelligence agency", "british"])
d.EV("He later wrote a book about it", ["disclosure", "statement", "other"], None, ["roosevelt"], core=False)
d.EV("Mosaddegh had gone to Washington in October of '51", ["negotiation", "other"], D(1951, 10), ["mosaddegh", "mossadegh"])
d.EV("Truman's people listened to him", ["negotiation"], D(1951, 10), ["truman"], core=False)
d.EV("Eisenhower's people helped remove him", ["coup"], D(1953), ["eisenhower"])
d.EV("Mosaddegh was tried", ["other"], None, [], core=False)
d.EV("until he died in 1967", ["other", "leadership_change"], D(1967), ["mosaddegh", "mossadegh"])
d.EV("In 1954 a new consortium took over", ["agreement", "other"], D(1954), ["consortium"])
d.EV("he sets up a secret police", ["other", "legislation"], D(1957), SH)
d.EV("the Majlis passes a law", ["legislation"], D(1964, 10), ["majlis"])
d.EV("gives a furious sermon", ["statement"], D(1964, 10), KH)
d.EV("Within days he's arrested", ["seizure", "other"], R(D(1964, 10), D(1964, 11, 4)), [])
d.EV("he's sent into exile in Turkey", ["other", "leadership_change"], D(1964, 11, 4), [])
d.EV("Jimmy Carter is in Tehran, raising a glass", ["statement", "other"], D(1977, 12, 31), CA, core=False)
d.EV("he calls Iran", ["statement"], D(1977, 12, 31), CA)
d.EV("there are millions of people in the streets", ["revolution", "other"], ("1978-01-01", "1978-12-31"), [], core=False)
d.EV("The Shah leaves on January 16, 1979", ["leadership_change"], D(1979, 1, 16), SH)
d.EV("Khomeini comes home on February 1", ["leadership_change", "revolution", "other"], D(1979, 2, 1), KH)
d.EV("the monarchy has collapsed", ["revolution", "leadership_change"], ("1979-02-01", "1979-02-11"), [])
d.EV("Carter lets the Shah into the United States", ["other", "support"], D(1979, 10), CA)
d.EV("students storm the American embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("Khomeini backs them within days", ["support", "statement"], D(1979, 11), KH)
d.EV("and calls the embassy", ["statement", "designation"], D(1979, 11), KH, core=False)
d.EV("They hold 52 Americans for 444 days", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student"], core=False)
d.EV("Carter breaks off diplomatic relations", ["withdrawal", "other"], D(1980, 4), CA)
d.EV("he sends in a rescue mission", ["attack", "other"], D(1980, 4, 24), CA)
d.EV("The Shah dies in Cairo that July", ["other", "leadership_change"], D(1980, 7), SH)
d.EV("in September Iraq invades Iran", ["war", "attack"], D(1980, 9), ["iraq"])
d.EV("The Algiers Accords are signed on January 19, 1981", ["agreement"], D(1981, 1, 19), [])
d.EV("Iran gets back roughly $8 billion", ["agreement", "sanction", "other"], D(1981, 1, 19), ["iran"], core=False)
d.EV("the plane carrying the hostages takes off", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan takes the oath of office", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("Madeleine Albright admitted", ["statement"], D(2000, 3), ["albright"])
d.EV("The students later said", ["statement"], None, ["student"], core=False)
d.EV("soldiers killed several students", ["attack"], D(1978), ["soldier"])
d.EV("told an interviewer in 1998", ["statement"], D(1998), ["student", "leader"])
d.save()
