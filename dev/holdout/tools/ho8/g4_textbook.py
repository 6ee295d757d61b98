from mk import write
from ann import Doc, D, R, STRAIGHT

DOC = "ho8-textbook-chapter-iran-us-1953-1981"
PUB = "2024-08-01"
TEXT = """HORIZONS: A WORLD HISTORY FOR SECONDARY SCHOOLS
Volume 2: The Modern World (Meridian Learning Press)

Chapter 14: The Cold War in the Middle East
Section 14.3: Iran and the United States, 1953–1981

Learning objectives
- Explain why the United States and Britain backed the overthrow of Prime Minister Mohammad Mosaddegh.
- Describe the causes of the Iranian Revolution.
- Analyse how the hostage crisis shaped relations between the two countries.

Oil and nationalism

For the first half of the twentieth century, Iran’s oil was pumped, refined and sold by the Anglo-Iranian Oil Company (AIOC), a British firm. Iran received only a small share of the profits, and many Iranians came to see the company as a symbol of foreign control.[1]

In March 1951, Iran’s parliament, the Majlis, voted to nationalise the oil industry. The following month, Mohammad Mosaddegh, a popular lawyer and nationalist, became prime minister. In October 1951, Mosaddegh flew to New York to defend Iran’s case at the United Nations, where he called the company’s record in Iran “a story of exploitation.”

Operation Ajax

By 1953, Iran’s oil exports had fallen by more than 90 percent, and its economy was in crisis. British officials persuaded the new administration of President Dwight D. Eisenhower that Mosaddegh might drift toward the Soviet Union, whose influence in Iran Washington already feared.

A first attempt failed on 15 August 1953, and the Shah fled the country. Four days later, on 19 August, crowds paid with CIA money, together with army units loyal to the Shah, overthrew Mosaddegh in an operation that the Central Intelligence Agency (CIA), working with Britain’s intelligence service, had code-named Ajax.[2] Kermit Roosevelt Jr., the CIA officer who ran the operation, later described its cost as “a trifle” beside what was at stake. The Shah returned on 22 August and ruled for the next 25 years with strong American support. Mosaddegh was tried for treason and spent three years in prison.

The Shah and the United States

In 1964, Ayatollah Ruhollah Khomeini denounced a law that gave American military personnel in Iran immunity from Iranian courts, saying it made Iranians “lower than an American dog.” He was sent into exile later that year, and spent the next 14 years abroad.

By the 1970s Iran had become one of the largest buyers of American weapons. On New Year’s Eve 1977, President Jimmy Carter toasted the Shah in Tehran and called Iran “an island of stability” in a troubled region.[3]

Revolution and the hostage crisis

The Shah left Iran on 16 January 1979, and Khomeini returned from exile in France on 1 February to a welcome by millions of people. On 1 April, after a referendum, Iran was declared an Islamic Republic. Its supporters had marched for months under the slogan “Independence, freedom, Islamic Republic.”

In October 1979, President Carter allowed the exiled Shah to enter the United States for cancer treatment. On 4 November, students loyal to Khomeini stormed the U.S. embassy in Tehran and took 66 Americans hostage. Khomeini praised the takeover and called the embassy a “den of spies.”

On 7 April 1980, the United States broke off diplomatic relations with Iran. Later that month, on 24 April, a military rescue mission ended in disaster in the desert of eastern Iran when a helicopter collided with a transport plane, and eight American servicemen died.

The remaining 52 hostages were freed on 20 January 1981, minutes after Ronald Reagan was sworn in as president, under the Algiers Accords, which had been signed the day before. They had been held for 444 days. In the Accords, the United States promised not to intervene “directly or indirectly, politically or militarily, in Iran’s internal affairs.”

Historians still argue about how much 1953 explains 1979. The historian Miriam Okonjo argues that the coup taught a generation of Iranians to see “the hand of Washington” behind every crisis. In June 2009, President Barack Obama said in Cairo that the United States had “played a role in the overthrow of a democratically elected Iranian government.”

KEY TERMS
- nationalisation: the transfer of a private industry to state ownership
- coup d’état: the sudden, illegal seizure of a government’s power
- Operation Ajax: the CIA’s code name for the 1953 coup in Iran
- SAVAK: the Shah’s secret police, dissolved after the revolution
- Algiers Accords: the agreement, mediated by Algeria, that ended the hostage crisis

REVIEW QUESTIONS
1. Why did the Majlis vote to nationalise Iran’s oil industry in 1951?
2. What role did the CIA and British intelligence play in the events of August 1953?
3. Why did Carter call Iran “an island of stability,” and why does the phrase seem ironic today?
4. How many hostages were held until January 1981, and for how long?
5. “1953 explains 1979.” Do you agree? Use evidence from this section.

NOTES
[1] In 1950 the AIOC reported profits of about £170 million, while Iran received about £16 million in royalties.
[2] The CIA publicly acknowledged its role in the coup in documents released in August 2013.
[3] The toast was given at a state dinner in Tehran on 31 December 1977.
"""
write(DOC, "Section 14.3: Iran and the United States, 1953–1981", "Meridian Learning Press", PUB, TEXT)

d = Doc(DOC, PUB)
_Q, _F, _E = d.Q, d.F, d.E
d.Q = lambda s, *a, **k: _Q(s.translate(STRAIGHT), *a, **k)
d.F = lambda s, *a, **k: _F(s.translate(STRAIGHT), *a, **k)
d.E = lambda s, t, *a, **k: _E(s.translate(STRAIGHT), t.translate(STRAIGHT), *a, **k)
KHO = ["khomeini", "ayatollah"]
# quotes
d.Q("a story of exploitation.", ["partial"], "Mohammad Mosaddegh", ["mosaddegh", "mossadegh"], D(1951, 10))
d.Q("a trifle", ["partial"], "Kermit Roosevelt Jr.", ["roosevelt"])
d.Q("lower than an American dog.", ["partial"], "Ruhollah Khomeini", KHO, D(1964))
d.Q("an island of stability", ["partial"], "Jimmy Carter", ["carter"], D(1977, 12, 31))
d.Q("den of spies.", ["partial", "term"], "Ruhollah Khomeini", KHO, D(1979, 11))
d.Q("directly or indirectly, politically or militarily, in Iran’s internal affairs.", ["partial"], "United States", ["united states", "algiers", "accords"], D(1981, 1, 19))
d.Q("Independence, freedom, Islamic Republic.", ["term"], None)
d.Q("the hand of Washington", ["partial"], "Miriam Okonjo", ["okonjo"])
d.Q("played a role in the overthrow of a democratically elected Iranian government.", ["partial"], "Barack Obama", ["obama"], D(2009, 6))
d.Q("an island of stability,", ["partial"], "Jimmy Carter", ["carter"], D(1977, 12, 31), core=False)
d.Q("1953 explains 1979.", ["direct", "term"], None, core=False, occ=1)
d.F("the two countries", 2, ["country"], "count", core=False)
# figures
d.F("more than 90 percent", 90, ["percent"], "percent", "more_than", ["export", "oil"])
d.F("Four days later", 4, ["day"], "duration", core=False)
d.F("the next 25 years", 25, ["year"], "duration", subject_any=["shah", "rule", "ruled"])
d.F("three years", 3, ["year"], "duration", subject_any=["mosaddegh", "prison"])
d.F("millions of people", 1e6, ["people", "person"], "count", "about", core=False)
d.F("66 Americans", 66, ["american"], "count", subject_any=["american", "hostage"])
d.F("eight American servicemen", 8, ["american serviceman", "serviceman"], "count", subject_any=["servicem", "died", "rescue"])
d.F("52 hostages", 52, ["hostage"], "count", subject_any=["hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage"])
d.F("about £170 million", 1.7e8, ["gbp"], "money", "about", ["profit", "aioc"])
d.F("about £16 million", 1.6e7, ["gbp"], "money", "about", ["royalt", "iran"])
d.E("British officials persuaded the new administration of President Dwight D. Eisenhower that Mosaddegh might drift toward the Soviet Union, whose influence in Iran Washington already feared.", "persuaded", ["other", "statement"], D(1953), ["british", "united kingdom", "britain"], core=False)
# events
d.E("In March 1951, Iran’s parliament, the Majlis, voted to nationalise the oil industry.", "voted to nationalise", ["legislation", "other"], D(1951, 3), ["majlis", "parliament"])
d.E("The following month, Mohammad Mosaddegh, a popular lawyer and nationalist, became prime minister.", "became prime minister", ["leadership_change"], D(1951, 4), ["mosaddegh"])
d.E("In October 1951, Mosaddegh flew to New York to defend Iran’s case at the United Nations, where he called the company’s record in Iran “a story of exploitation.”",
    "called", ["statement"], D(1951, 10), ["mosaddegh"])
s = "A first attempt failed on 15 August 1953, and the Shah fled the country."
d.E(s, "failed", ["coup", "other"], D(1953, 8, 15))
d.E(s, "fled", ["leadership_change", "other"], R(D(1953, 8, 15), D(1953, 8, 16)), ["shah", "pahlavi"])
d.E("Four days later, on 19 August, crowds paid with CIA money, together with army units loyal to the Shah, overthrew Mosaddegh in an operation that the Central Intelligence Agency (CIA), working with Britain’s intelligence service, had code-named Ajax.[2]", "overthrew", ["coup"], D(1953, 8, 19), ["crowd", "army", "cia", "central intelligence agency"])
d.E("The Shah returned on 22 August and ruled for the next 25 years with strong American support.", "returned", ["leadership_change"], D(1953, 8, 22), ["shah", "pahlavi"])
d.E("Mosaddegh was tried for treason and spent three years in prison.", "was tried", ["other"], None, core=False)
d.E("In 1964, Ayatollah Ruhollah Khomeini denounced a law that gave American military personnel in Iran immunity from Iranian courts, saying it made Iranians “lower than an American dog.”",
    "denounced", ["statement"], D(1964), KHO)
d.E("He was sent into exile later that year, and spent the next 14 years abroad.", "sent into exile", ["other"], D(1964))
d.F("the next 14 years", 14, ["year"], "duration", subject_any=["exile", "khomeini", "abroad"])
d.E("On New Year’s Eve 1977, President Jimmy Carter toasted the Shah in Tehran and called Iran “an island of stability” in a troubled region.[3]", "toasted", ["statement"], D(1977, 12, 31), ["carter"])
d.E("The Shah left Iran on 16 January 1979, and Khomeini returned from exile in France on 1 February to a welcome by millions of people.", "left Iran", ["leadership_change"], D(1979, 1, 16), ["shah", "pahlavi"])
d.E("The Shah left Iran on 16 January 1979, and Khomeini returned from exile in France on 1 February to a welcome by millions of people.", "returned", ["leadership_change", "revolution"], D(1979, 2, 1), KHO)
d.E("On 1 April, after a referendum, Iran was declared an Islamic Republic.", "declared an Islamic Republic", ["revolution", "legislation"], D(1979, 4, 1))
d.E("Its supporters had marched for months under the slogan “Independence, freedom, Islamic Republic.”", "marched", ["revolution", "other"], D(1978), ["supporter"], core=False)
d.E("In October 1979, President Carter allowed the exiled Shah to enter the United States for cancer treatment.", "allowed", ["other", "support"], D(1979, 10), ["carter"])
d.E("On 4 November, students loyal to Khomeini stormed the U.S. embassy in Tehran and took 66 Americans hostage.", "stormed", ["seizure"], D(1979, 11, 4), ["student"])
d.E("Khomeini praised the takeover and called the embassy a “den of spies.”", "praised", ["statement"], D(1979, 11), KHO)
d.E("On 7 April 1980, the United States broke off diplomatic relations with Iran.", "broke off diplomatic relations", ["other", "withdrawal"], D(1980, 4, 7), ["united states"])
d.E("Later that month, on 24 April, a military rescue mission ended in disaster in the desert of eastern Iran when a helicopter collided with a transport plane, and eight American servicemen died.",
    "rescue mission", ["attack", "other"], R(D(1980, 4, 24), D(1980, 4, 25)), ["united states", "american", "military"])
s = "The remaining 52 hostages were freed on 20 January 1981, minutes after Ronald Reagan was sworn in as president, under the Algiers Accords, which had been signed the day before."
d.E(s, "were freed", ["other", "agreement"], D(1981, 1, 20))
d.E(s, "was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.E(s, "signed", ["agreement"], D(1981, 1, 19))
d.E("In June 2009, President Barack Obama said in Cairo that the United States had “played a role in the overthrow of a democratically elected Iranian government.”", "said", ["statement"], D(2009, 6), ["obama"])
d.E("[2] The CIA publicly acknowledged its role in the coup in documents released in August 2013.", "acknowledged", ["disclosure", "statement"], D(2013, 8), ["cia", "central intelligence agency"])
d.E("[3] The toast was given at a state dinner in Tehran on 31 December 1977.", "toast", ["statement"], D(1977, 12, 31), ["carter"], core=False)
d.E("By the 1970s Iran had become one of the largest buyers of American weapons.", "buyers of American weapons", ["support", "other"], R(D(1970), D(1979)), ["iran", "united states"], core=False)
d.save()
