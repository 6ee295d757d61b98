import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h13 import write, PDoc, D, R

DOC = "ho13-listicle-five-things-hormuz-threat"
PUB = "2025-06-23"  # a Monday
TEXT = """Five things to know about Iran's threat to close the Strait of Hormuz

By Imani Castellar-Rhee | June 23, 2025, 7:05 a.m. ET

Iran's parliament voted on Sunday to back closing the Strait of Hormuz, a day after American bombers struck three of its nuclear sites. The final decision rests with the Supreme National Security Council. Here is what you need to know.

1. What did parliament decide?

On Sunday, lawmakers approved a motion calling for the strait to be closed, state television reported. Esmaeil Kowsari, a member of parliament's national security committee, said the measure was "on the table and will be carried out whenever needed." The vote is not binding: only the Supreme National Security Council can order a closure.

Read more: US bombers strike Fordow, Natanz and Isfahan

2. Why does the strait matter so much?

About 20 million barrels of oil a day passed through the strait in 2024, roughly 20 percent of global consumption, according to the US Energy Information Administration. At its narrowest point the waterway is about 33 kilometers wide, and the shipping lane in each direction is just 3 kilometers across.

Chart: Oil flows through the Strait of Hormuz, in million barrels per day. 2022: 20.8 · 2023: 20.5 · 2024: 20.3. Source: US Energy Information Administration (figures rounded).

3. Has Iran tried this before?

Not quite. Iran has threatened to shut the strait many times, including in 2011 and 2018, but has never done it. The closest it came was the Tanker War of the 1980s, when Iran and Iraq attacked each other's shipping. From 1984 to 1988 more than 400 commercial vessels were hit. In July 1987 the US Navy began escorting reflagged Kuwaiti tankers, and on April 14, 1988, the frigate USS Samuel B. Roberts struck an Iranian mine. Four days later the Navy destroyed two Iranian oil platforms and sank or damaged six Iranian vessels in Operation Praying Mantis.

Read more: How the Tanker War taught the Navy to fight in the Gulf

4. What is Washington saying?

Secretary of State Marco Rubio said on Sunday that closing the strait would be "economic suicide" for Iran and urged China, which buys most of Iran's oil exports, to press Tehran. President Donald Trump wrote late Saturday that the strikes had been "very successful," and in an address to the nation he warned that any retaliation would be met with "far greater" force.

5. What does this mean for diplomacy?

Before Israel's strikes began on June 13, Iran and the United States had held five rounds of indirect talks mediated by Oman since April 12. A sixth round planned for June 15 in Muscat was called off. Iran's foreign minister, Abbas Araghchi, said in Istanbul on Sunday that Washington had "chosen to blow up" diplomacy. Brent crude rose as much as 4 percent in early Asian trading on Monday before easing.

Read more: Oil jumps, then slips, as traders weigh Iran's options
"""
write(DOC, "Five things to know about Iran's threat to close the Strait of Hormuz", "The Northgate Daily", PUB, TEXT,
      author="Imani Castellar-Rhee")

d = PDoc(DOC, PUB)
SUN, SAT, MON = D(2025, 6, 22), D(2025, 6, 21), D(2025, 6, 23)
STRIKE = R(SAT, SUN)  # Saturday night in Washington, early Sunday in Iran
US = ["united states", "american", "us", "u.s."]
# quotes
d.Q("on the table and will be carried out whenever needed.", ["partial"], "Esmaeil Kowsari", ["kowsari"])
d.Q("economic suicide", ["partial"], "Marco Rubio", ["rubio"], SUN)
d.Q("very successful,", ["partial"], "Donald Trump", ["trump"], SAT)
d.Q("far greater", ["partial"], "Donald Trump", ["trump"], SAT)
d.Q("chosen to blow up", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)

# figures
d.F("Five things", 5, ["thing"], "count", core=False)
d.F("a day after", 1, ["day"], "duration", core=False)
d.F("three of its nuclear sites", 3, ["nuclear site", "site"], "count", subject_any=["site"])
d.F("About 20 million barrels of oil a day", 2e7, ["barrel per day"], "measure", "about", ["oil", "strait"])
d.F("roughly 20 percent", 20, ["percent"], "percent", "about", ["consumption", "oil"])
d.F("about 33 kilometers", 33, ["kilometer", "km"], "measure", "about", ["waterway", "strait"])
d.F("3 kilometers", 3, ["kilometer", "km"], "measure", subject_any=["lane"])
d.F("20.8", 2.08e7, ["barrel per day"], "measure", subject_any=["oil flow", "oil", "strait"])
d.F("20.5", 2.05e7, ["barrel per day"], "measure", subject_any=["oil flow", "oil", "strait"])
d.F("20.3", 2.03e7, ["barrel per day"], "measure", subject_any=["oil flow", "oil", "strait"])
d.F("more than 400 commercial vessels", 400, ["commercial vessel", "vessel"], "count", "more_than", ["vessel"])
d.F("Four days later", 4, ["day"], "duration", core=False)
d.F("two Iranian oil platforms", 2, ["oil platform", "platform"], "count", subject_any=["platform"])
d.F("six Iranian vessels", 6, ["iranian vessel", "vessel"], "count", subject_any=["vessel"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talk"])
d.F("as much as 4 percent", 4, ["percent"], "percent", "up_to", ["brent", "crude"])

# events
d.V("Iran's parliament voted on Sunday", "voted", ["legislation"], SUN, ["parliament", "majlis"])
d.V("Iran's parliament voted on Sunday", "struck", ["attack"], STRIKE, US)
d.V("On Sunday, lawmakers approved a motion", "approved", ["legislation"], SUN, ["lawmaker", "parliament", "majlis"])
d.V("Esmaeil Kowsari, a member of parliament's", "said", ["statement"], None, ["kowsari"], core=False)
d.V("Read more: US bombers strike Fordow", "strike", ["attack"], STRIKE, US, core=False)
d.V("Iran has threatened to shut the strait many times", "threatened", ["threat"], R(D(2011), D(2018)), ["iran"], core=False)
d.V("The closest it came was the Tanker War", "attacked", ["war", "attack"], R(D(1980), D(1989)), ["iran", "iraq"])
d.V("From 1984 to 1988 more than 400", "were hit", ["attack", "war"], R(D(1984), D(1988)), [])
d.V("In July 1987 the US Navy began escorting", "escorting", ["support", "other", "war"], D(1987, 7), ["navy", "united states"])
d.V("In July 1987 the US Navy began escorting", "struck an Iranian mine", ["attack", "other"], D(1988, 4, 14), [])
d.V("Four days later the Navy destroyed", "destroyed", ["attack"], D(1988, 4, 18), ["navy", "united states"])
d.V("Secretary of State Marco Rubio said on Sunday", "said", ["statement"], SUN, ["rubio"])
d.V("President Donald Trump wrote late Saturday", "wrote", ["statement"], SAT, ["trump"])
d.V("President Donald Trump wrote late Saturday", "warned", ["threat", "statement"], SAT, ["trump"])
d.V("Before Israel's strikes began on June 13", "strikes began", ["attack"], D(2025, 6, 13), ["israel"])
d.V("Before Israel's strikes began on June 13", "held five rounds", ["negotiation"], R(D(2025, 4, 12), D(2025, 6, 12)), ["iran", "united states"])
d.V("A sixth round planned for June 15", "called off", ["other", "negotiation"], None, [], core=False)
d.V("Iran's foreign minister, Abbas Araghchi, said in Istanbul", "said", ["statement"], SUN, ["araghchi"])
d.V("Brent crude rose as much as 4 percent", "rose", ["other"], MON, [])
d.V("Read more: Oil jumps, then slips", "jumps", ["other"], None, [], core=False)
d.save()
