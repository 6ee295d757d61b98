from mk import write
from fx import FDoc, D, R

DOC = "dev-h-textbook-section-iran-us-1941-1989"
PUB = "2021-08-02"  # a Monday
TEXT = """Chapter 9, Section 3: From Allies to Adversaries: Iran and the United States, 1941-1989

Learning objectives: By the end of this section you should be able to explain why relations between Iran and the United States moved from friendship to hostility, and to evaluate the evidence historians use.

Wartime beginnings

In August 1941, British and Soviet troops invaded Iran to secure its railway and oil for the war against Germany. Reza Shah abdicated that September, and his son Mohammad Reza became Shah. By 1943 about 30,000 American soldiers were running supply routes across the country. At the Tehran Conference that November, the Allied leaders promised to respect "the independence, sovereignty and territorial integrity of Iran"[1]. Three years later, American pressure helped persuade Soviet forces to leave the north of the country.

Oil and the coup of 1953

Many Iranians resented the Anglo-Iranian Oil Company, which kept most of the profits from Iranian oil. In March 1951 the parliament voted to nationalise the industry, and Mohammad Mosaddegh became prime minister the following month. Britain answered with a blockade of Iranian oil exports. Mosaddegh told the UN Security Council that October that "the oil of Iran belongs to the people of Iran."

On 19 August 1953, Mosaddegh was overthrown in a coup organised by the CIA and British intelligence. The Shah, who had fled to Rome days earlier, returned to power. The following year a consortium of Western companies, five of them American, took 40 percent of the new oil arrangement[2]. For the next 25 years, the United States was the Shah's closest ally.

The Shah and the revolution

In 1963 the Shah launched a reform programme he called the "White Revolution." A cleric, Ruhollah Khomeini, attacked it, and he was sent into exile in 1964. On New Year's Eve 1977, President Jimmy Carter toasted the Shah in Tehran and praised Iran as "an island of stability." Within a year, millions of Iranians were marching against the monarchy. The Shah left the country on 16 January 1979, and Khomeini returned on 1 February.

The hostage crisis

On 4 November 1979, students seized the American embassy in Tehran and took 66 Americans hostage. Khomeini called the United States the "Great Satan." President Carter denounced the seizure as "international terrorism" that November and froze Iranian assets in American banks. In April 1980, a rescue mission failed in the desert, and eight American servicemen were killed. That September, Iraq invaded Iran, beginning a war that would last eight years. The last 52 hostages were released on 20 January 1981, minutes after Ronald Reagan was sworn in. They had been held for 444 days.

Secret deals and open war

In November 1986, a Lebanese magazine revealed that American officials had secretly sold weapons to Iran. President Reagan insisted on television that the United States "did not trade weapons for hostages." Four months later he admitted that "the facts and the evidence" said otherwise.

On 3 July 1988, the cruiser USS Vincennes shot down Iran Air Flight 655 over the Persian Gulf, killing all 290 people on board. Iran accepted a ceasefire with Iraq the following month. When Khomeini died in June 1989, the two countries had not had diplomatic relations for nine years.

The historian Mina Farahani has argued that "each side came to believe the worst about the other, and each found evidence."[3]

SOURCE A
A Western diplomat in Tehran, in a report to his government in 1978: "The Shah's position is far weaker than his palace admits."

SOURCE B
One of the student leaders, interviewed in 1999: "We meant to hold the embassy for a few days, not for a year."

KEY TERMS
- Nationalisation: a government takes ownership of a private industry.
- Coup: the sudden, illegal overthrow of a government.
- Hostage crisis: the 444-day occupation of the U.S. embassy in Tehran.

Footnotes
[1] Declaration of the Three Powers Regarding Iran, 1 December 1943.
[2] British Petroleum held 40 percent as well; Dutch and French firms shared the rest.
[3] M. Farahani, Two Capitals, One Quarrel (2014), p. 212.

REVIEW QUESTIONS
1. Why did the United States become involved in Iran during the Second World War?
2. Explain the causes and results of the 1953 coup.
3. How did the hostage crisis change American views of Iran?
4. "Each side found evidence." Use two events from this section to support or challenge this view.
"""
write(DOC, "From Allies to Adversaries: Iran and the United States, 1941-1989",
      "Harbourside Secondary History, Year 11 (fictional textbook)", PUB, TEXT)

d = FDoc(DOC, PUB)
F = ["farahani"]
d.Q("the independence, sovereignty and territorial integrity of Iran", ["partial", "direct"], "Allied leaders", ["allied", "declaration", "three powers"], R(D(1943, 11), D(1943, 12)))
d.Q("the oil of Iran belongs to the people of Iran.", ["partial", "direct"], "Mohammad Mosaddegh", ["mosaddegh"], D(1951, 10))
d.Q("White Revolution.", ["term"], "Mohammad Reza Shah", ["shah", "mohammad reza"], D(1963), core=False)
d.Q("an island of stability.", ["partial"], "Jimmy Carter", ["carter"], D(1977, 12, 31))
d.Q("Great Satan.", ["term", "partial"], "Ruhollah Khomeini", ["khomeini"], R(D(1979, 11), D(1989)), core=False)
d.Q("international terrorism", ["partial", "term"], "Jimmy Carter", ["carter"], D(1979, 11))
d.Q("did not trade weapons for hostages.", ["partial"], "Ronald Reagan", ["reagan"], D(1986, 11))
d.Q("the facts and the evidence", ["partial"], "Ronald Reagan", ["reagan"], D(1987, 3))
d.Q("each side came to believe the worst about the other, and each found evidence.", ["partial", "direct"], "Mina Farahani", F)
d.Q("The Shah's position is far weaker than his palace admits.", ["direct"], None, [], D(1978))
d.Q("We meant to hold the embassy for a few days, not for a year.", ["direct"], None, [], D(1999))
d.Q("Each side found evidence.", ["partial", "direct"], "Mina Farahani", F, core=False)
# figures
d.F("about 30,000 American soldiers", 30000, ["soldier", "american soldier"], "count", "about", ["soldier", "american"])
d.F("Three years later", 3, ["year"], "duration", core=False)
d.F("five of them", 5, ["company", "american"], "count", subject_any=["compan", "american", "consortium"], core=False)
d.F("40 percent", 40, ["percent"], "percent", subject_any=["consortium", "oil", "arrangement"])
d.F("the next 25 years", 25, ["year"], "duration", subject_any=["ally", "united states"])
d.F("millions of Iranians", 2e6, ["iranian"], "count", "about", core=False)
d.F("66 Americans", 66, ["american"], "count", subject_any=["american", "hostage"])
d.F("eight American servicemen", 8, ["serviceman", "american serviceman"], "count", subject_any=["servicem", "killed", "rescue"])
d.F("eight years", 8, ["year"], "duration", subject_any=["war"])
d.F("The last 52 hostages", 52, ["hostage"], "count", subject_any=["hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage"])
d.F("Four months later", 4, ["month"], "duration", core=False)
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "killed", "board", "flight"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("nine years", 9, ["year"], "duration", subject_any=["relation", "diplomatic"])
d.F("444-day", 444, ["day"], "duration", subject_any=["occupation", "hostage"], core=False)
d.F("40 percent as well", 40, ["percent"], "percent", subject_any=["british petroleum", "bp"], core=False)
d.F("two events", 2, ["event"], "count", core=False)
# events
d.EV("British and Soviet troops invaded Iran", ["war", "attack", "seizure"], D(1941, 8), ["british", "britain", "soviet"])
d.EV("Reza Shah abdicated that September", ["leadership_change"], D(1941, 9), ["reza shah"])
d.EV("his son Mohammad Reza became Shah", ["leadership_change"], D(1941, 9), ["mohammad reza"], core=False)
d.EV("the Allied leaders promised", ["agreement", "statement"], R(D(1943, 11), D(1943, 12)), ["allied", "allies"])
d.EV("American pressure helped persuade Soviet forces", ["other", "withdrawal", "threat"], D(1946), ["united states", "american"], core=False)
d.EV("the parliament voted to nationalise", ["legislation"], D(1951, 3), ["parliament", "majlis"])
d.EV("Mosaddegh became prime minister", ["leadership_change"], D(1951, 4), ["mosaddegh"])
d.EV("Britain answered with a blockade", ["sanction"], R(D(1951), D(1953)), ["britain"])
d.EV("Mosaddegh told the UN Security Council", ["statement"], D(1951, 10), ["mosaddegh"])
d.EV("Mosaddegh was overthrown in a coup organised by the CIA", ["coup"], D(1953, 8, 19), ["cia", "british intelligence"])
d.EV("returned to power", ["leadership_change"], D(1953, 8), ["shah"], core=False)
d.EV("took 40 percent of the new oil arrangement", ["agreement"], D(1954), ["consortium"])
d.EV("the Shah launched a reform programme", ["legislation", "other"], D(1963), ["shah"])
d.EV("he was sent into exile in 1964", ["other"], D(1964), [])
d.EV("President Jimmy Carter toasted the Shah", ["statement"], D(1977, 12, 31), ["carter"])
d.EV("millions of Iranians were marching", ["revolution", "other"], R(D(1978), D(1978, 12)), ["iranian"], core=False)
d.EV("The Shah left the country", ["leadership_change"], D(1979, 1, 16), ["shah"])
d.EV("Khomeini returned on 1 February", ["leadership_change", "revolution"], D(1979, 2, 1), ["khomeini"])
d.EV("students seized the American embassy", ["seizure"], D(1979, 11, 4), ["students"])
d.EV("Khomeini called the United States the", ["designation", "statement"], None, ["khomeini"], core=False)
d.EV("President Carter denounced the seizure", ["statement"], D(1979, 11), ["carter"])
d.EV("froze Iranian assets in American banks", ["sanction"], D(1979, 11), ["carter", "united states"])
d.EV("a rescue mission failed in the desert", ["attack", "other"], D(1980, 4), ["united states", "american"])
d.EV("Iraq invaded Iran", ["war", "attack"], D(1980, 9), ["iraq"])
d.EV("The last 52 hostages were released", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"], core=False)
d.EV("a Lebanese magazine revealed", ["disclosure"], D(1986, 11), ["lebanese magazine", "magazine"])
d.EV("had secretly sold weapons to Iran", ["support", "agreement", "other"], None, ["american", "united states"], core=False)
d.EV("President Reagan insisted on television", ["statement"], D(1986, 11), ["reagan"])
d.EV("he admitted that", ["statement"], D(1987, 3), ["reagan"])
d.EV("the cruiser USS Vincennes shot down Iran Air Flight 655", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.EV("Iran accepted a ceasefire with Iraq", ["agreement"], D(1988, 8), ["iran"])
d.EV("When Khomeini died in June 1989", ["leadership_change", "other"], D(1989, 6), ["khomeini"])
d.EV("The historian Mina Farahani has argued", ["statement"], None, F, core=False)
d.save()
