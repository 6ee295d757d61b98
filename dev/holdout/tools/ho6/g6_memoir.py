from mk import write
from ann import Doc, D, R

DOC = "ho6-memoir-algiers-ledgers-excerpt"
PUB = "2021-01-20"
TEXT = """THE LANTERN REVIEW
Books | Excerpt

"Nobody goes home until the numbers match": a negotiator remembers Algiers

Editor's introduction

Forty years ago today, on January 20, 1981, the last 52 American hostages held in Iran left Tehran minutes after Ronald Reagan was sworn in as president. Walter Kessling, now 84, was then a young Treasury lawyer on the team led by Deputy Secretary of State Warren Christopher that negotiated their release through Algerian mediators. The passage below is taken from his memoir, Ledgers of Distrust, which Harbourline Press will publish in March.

Kessling says he kept a pocket diary throughout the talks. ‘I wanted to set down what the mistrust felt like from inside the room, before the people who remember it are gone,’ he told us this week.

From Ledgers of Distrust, by Walter Kessling

I landed in Algiers on January 9, 1981, with two suitcases of files and a borrowed desk calculator. Christopher met us at the villa that evening and told us, in his quiet way, that we had eleven days before the inauguration and that President Carter wanted the hostages home before he left office.

We never once met the Iranians. Everything went through the Algerians, who carried our papers across the city to a delegation we were not allowed to see, and carried their answers back. An Algerian official once told me, with real sympathy, that the other side read every comma as a trap.

I understood why only later. I had first heard of the crisis on November 4, 1979, when students stormed the embassy compound in Tehran and took its staff captive. Two days later the provisional government of Mehdi Bazargan resigned. Ten days after the seizure, on November 14, President Carter froze Iranian government assets held in American banks, and my small corner of the Treasury suddenly became the centre of the world.

By the spring of 1980 we had tried almost everything. On April 24, 1980, the rescue mission ended in the desert near Tabas, with eight American servicemen dead. After that, there was only the money.

The money was the whole negotiation. Of roughly $12 billion in frozen assets, we eventually moved $7.955 billion into an escrow account at the Bank of England. The Iranian lead negotiator, Behzad Nabavi, told Tehran radio on January 15 that Washington had "never kept a promise to this nation", and he meant it as an instruction to his own team: trust nothing that is not in the bank.

The accords were signed on January 19. Christopher signed for us in Algiers; Nabavi signed separately in Tehran, because the two sides still would not sit in the same room. On the night of January 18 Christopher had looked at the latest telex from London and said, "Nobody goes home until the numbers match." They did not match until the next morning.

The plane carrying the hostages took off from Mehrabad at 12:33 p.m. Washington time, thirty-three minutes after Reagan took the oath. Carter flew to West Germany the next day to greet them.

Thirty-four years later, on July 14, 2015, I watched the nuclear agreement announced in Vienna and recognised every clause about sequencing. When President Trump abandoned that deal in May 2018, an Iranian economist I had known since the 1990s wrote to me: "You see? Nothing changes. Only the signatures."

He was wrong about one thing. We had learned to write agreements that did not depend on trust. We had never learned to make the other side believe us.
"""
write(DOC, "\"Nobody goes home until the numbers match\": a negotiator remembers Algiers", "The Lantern Review", PUB, TEXT)

d = Doc(DOC, PUB)
US = ["united states", "carter", "christopher", "washington"]
# quotes
d.Q("Nobody goes home until the numbers match", ["direct"], "Warren Christopher", ["christopher"], D(1981, 1, 18), core=False)
d.Q("I wanted to set down what the mistrust felt like from inside the room, before the people who remember it are gone,", ["direct"], "Walter Kessling", ["kessling"], ("2021-01-18", "2021-01-20"))
d.Q("never kept a promise to this nation", ["partial"], "Behzad Nabavi", ["nabavi"], D(1981, 1, 15))
d.Q("Nobody goes home until the numbers match.", ["direct"], "Warren Christopher", ["christopher"], D(1981, 1, 18))
d.Q("You see? Nothing changes. Only the signatures.", ["direct"], None, (), D(2018, 5))
# figures
d.F("Forty years ago today", 40, ["year"], "duration", core=False)
d.F("the last 52 American hostages", 52, ["american hostage", "hostage"], "count", subject_any=["hostage"])
d.F("minutes", 2, ["minute"], "duration", "about", core=False, ctx=("left Tehran minutes after",))
d.F("84", 84, ["year"], "duration", core=False)
d.F("two suitcases", 2, ["suitcase"], "count", subject_any=["suitcase", "file"])
d.F("eleven days", 11, ["day"], "duration", core=False)
d.F("Two days later", 2, ["day"], "duration", core=False)
d.F("Ten days after", 10, ["day"], "duration", core=False)
d.F("eight American servicemen", 8, ["american serviceman", "serviceman"], "count", subject_any=["servicem"])
d.F("roughly $12 billion", 1.2e10, ["usd"], "money", "about", ["frozen asset", "asset"])
d.F("$7.955 billion", 7.955e9, ["usd"], "money", subject_any=["escrow", "moved", "asset"])
d.F("two sides", 2, ["side"], "count", core=False)
d.F("12:33 p.m.", 12.55, ["hour", "o'clock"], "measure", core=False)
d.F("thirty-three minutes", 33, ["minute"], "duration", core=False)
d.F("Thirty-four years later", 34, ["year"], "duration", core=False)
d.F("one thing", 1, ["thing"], "count", core=False)
# events
s = "Forty years ago today, on January 20, 1981, the last 52 American hostages held in Iran left Tehran minutes after Ronald Reagan was sworn in as president."
d.E(s, "left Tehran", ["other", "seizure"], D(1981, 1, 20))
d.E(s, "was sworn in as president", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.E("Walter Kessling, now 84, was then a young Treasury lawyer on the team led by Deputy Secretary of State Warren Christopher that negotiated their release through Algerian mediators.",
    "negotiated their release", ["negotiation"], D(1981), ["christopher", "team", "united states"], core=False)
d.E("The passage below is taken from his memoir, Ledgers of Distrust, which Harbourline Press will publish in March.", "will publish", ["other", "disclosure"], D(2021, 3), ["harbourline"], core=False)
d.E("Kessling says he kept a pocket diary throughout the talks.", "the talks", ["negotiation"], None, core=False)
d.E("I landed in Algiers on January 9, 1981, with two suitcases of files and a borrowed desk calculator.", "landed in Algiers", ["other", "negotiation"], D(1981, 1, 9), ["kessling", "i"], core=False)
d.E("Christopher met us at the villa that evening and told us, in his quiet way, that we had eleven days before the inauguration and that President Carter wanted the hostages home before he left office.",
    "told us", ["statement"], D(1981, 1, 9), ["christopher"])
d.E("An Algerian official once told me, with real sympathy, that the other side read every comma as a trap.", "told me", ["statement"], None, ["algeria", "official"], core=False)
d.E("I had first heard of the crisis on November 4, 1979, when students stormed the embassy compound in Tehran and took its staff captive.", "stormed the embassy compound", ["seizure"], D(1979, 11, 4), ["student"])
d.E("Two days later the provisional government of Mehdi Bazargan resigned.", "resigned", ["leadership_change"], D(1979, 11, 6), ["bazargan"])
d.E("Ten days after the seizure, on November 14, President Carter froze Iranian government assets held in American banks, and my small corner of the Treasury suddenly became the centre of the world.",
    "froze Iranian government assets", ["sanction"], D(1979, 11, 14), ["carter", "united states"])
d.E("On April 24, 1980, the rescue mission ended in the desert near Tabas, with eight American servicemen dead.", "the rescue mission", ["attack", "other", "war"], R(D(1980, 4, 24), D(1980, 4, 25)), US)
d.E("Of roughly $12 billion in frozen assets, we eventually moved $7.955 billion into an escrow account at the Bank of England.", "moved $7.955 billion into an escrow account", ["other", "sanction", "agreement"], D(1981, 1), ["united states", "we", "treasury"], core=False)
d.E("The Iranian lead negotiator, Behzad Nabavi, told Tehran radio on January 15 that Washington had \"never kept a promise to this nation\", and he meant it as an instruction to his own team: trust nothing that is not in the bank.",
    "told Tehran radio on January 15", ["statement"], D(1981, 1, 15), ["nabavi"])
d.E("The accords were signed on January 19.", "signed", ["agreement"], D(1981, 1, 19))
s = "Christopher signed for us in Algiers; Nabavi signed separately in Tehran, because the two sides still would not sit in the same room."
d.E(s, "Christopher signed", ["agreement"], D(1981, 1, 19), ["christopher", "united states"])
d.E(s, "Nabavi signed", ["agreement"], D(1981, 1, 19), ["nabavi", "iran"])
d.E("On the night of January 18 Christopher had looked at the latest telex from London and said, \"Nobody goes home until the numbers match.\"", "said", ["statement"], D(1981, 1, 18), ["christopher"])
d.E("The plane carrying the hostages took off from Mehrabad at 12:33 p.m. Washington time, thirty-three minutes after Reagan took the oath.", "took off from Mehrabad", ["other", "seizure"], D(1981, 1, 20))
d.E("The plane carrying the hostages took off from Mehrabad at 12:33 p.m. Washington time, thirty-three minutes after Reagan took the oath.", "Reagan took the oath", ["leadership_change"], D(1981, 1, 20), ["reagan"], core=False)
d.E("Carter flew to West Germany the next day to greet them.", "flew to West Germany", ["other"], D(1981, 1, 21), ["carter"])
d.E("Thirty-four years later, on July 14, 2015, I watched the nuclear agreement announced in Vienna and recognised every clause about sequencing.", "the nuclear agreement announced", ["agreement"], D(2015, 7, 14))
s = "When President Trump abandoned that deal in May 2018, an Iranian economist I had known since the 1990s wrote to me: \"You see? Nothing changes."
d.E(s, "abandoned that deal", ["withdrawal"], D(2018, 5), ["trump"])
d.E(s, "wrote to me", ["statement"], D(2018, 5), ["economist"], core=False)
d.save()
