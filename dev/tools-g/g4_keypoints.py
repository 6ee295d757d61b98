from mk import write
from fx import FDoc, D, R
import jalali

DOC = "dev-g-statemedia-leader-speech-key-points"
PUB = "2025-09-24"  # a Wednesday, 2 Mehr 1404
assert jalali.j2g(1404, 7, 1) == (2025, 9, 23)
TEXT = """Key points of the Leader's televised speech on enrichment and negotiations

TEHRAN, Sept. 24 (CDNA) – The Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei addressed the nation in a televised speech on Tuesday evening, 1 Mehr 1404 (September 23, 2025), on the occasion of the new academic year and Sacred Defence Week. The following are the key points of His Eminence's remarks:

1. The Leader said that negotiating with the United States on the nuclear issue is "not in the interest of the country" and would bring "no benefit, only harm". He stressed that the American side has already decided the outcome of any talks and wants Iran to accept it.

2. Referring to the 2015 nuclear agreement, the Leader said the Islamic Republic fulfilled its commitments for more than two years before the other side "tore the agreement to pieces". He added that the US withdrawal in May 2018 proved that "the promises of America cannot be relied upon".

3. His Eminence added that enrichment is a national achievement built by hundreds of young scientists over more than 30 years, and that Iran will not abandon it "under any pressure". He noted that the country enriches uranium up to 60 percent and has no need for 90 percent because it does not seek a nuclear weapon.

4. The Leader referred to the imposed war of June, in which the Zionist regime and then the United States attacked Iran's nuclear facilities. "They sat at the negotiating table with us and at the same time they were planning the attack," he said, adding that this was "a lesson no Iranian will forget".

5. Ayatollah Khamenei stressed that the Iranian nation had stood "united and steadfast" during the 12-day war, and praised the armed forces for striking the American base in Qatar on the twelfth day.

6. Regarding the three European countries, the Leader said their move to restore UN sanctions through the so-called snapback mechanism, which they launched on 28 August, "has no legal or moral basis" and showed that Europe "follows America in everything".

7. The Leader described the coup of 28 Mordad 1332 against the national government of Dr. Mohammad Mosaddegh, carried out by America and Britain, as "the starting point of our nation's pessimism towards America". He said the students who took over the "den of spies" in 1979 were responding to that history.

8. On the economy, His Eminence said that sanctions have caused hardship but have also pushed Iranian industry to rely on itself. He called on officials to control inflation, which he said exceeds 40 percent, and to protect the livelihoods of "the weaker sections of society".

9. He said the Iranian nation will continue on its path "with reliance on God and on its own capabilities", and that threats will not change its decision.

Reactions

Foreign Ministry spokesman Esmaeil Baghaei told reporters on Wednesday morning that the Leader's remarks "set out the clear framework" for the country's diplomacy, and that Iran's cooperation with the International Atomic Energy Agency will continue within that framework.

In Washington, a State Department spokesperson said on Tuesday night that the United States remained "open to direct talks" but would not accept any enrichment on Iranian soil.

Speaker of the Islamic Consultative Assembly Mohammad Bagher Ghalibaf wrote on social media that the speech was "a clear message to those who mistake patience for weakness".
"""
write(DOC, "Key points of the Leader's televised speech on enrichment and negotiations",
      "Caspian Dawn News Agency", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE = D(2025, 9, 23)
KH = ["khamenei"]
KN = "Ali Khamenei"
for s in ["not in the interest of the country", "no benefit, only harm", "tore the agreement to pieces",
          "the promises of America cannot be relied upon", "under any pressure"]:
    d.Q(s, ["partial"], KN, KH, TUE)
d.Q("They sat at the negotiating table with us and at the same time they were planning the attack,", ["direct"], KN, KH, TUE)
d.Q("a lesson no Iranian will forget", ["partial"], KN, KH, TUE)
d.Q("united and steadfast", ["partial"], KN, KH, TUE)
d.Q("has no legal or moral basis", ["partial"], KN, KH, TUE)
d.Q("follows America in everything", ["partial"], KN, KH, TUE)
d.Q("the starting point of our nation's pessimism towards America", ["partial"], KN, KH, TUE)
d.Q("den of spies", ["term", "partial"], None, [], core=False)
d.Q("the weaker sections of society", ["partial"], KN, KH, TUE)
d.Q("with reliance on God and on its own capabilities", ["partial"], KN, KH, TUE)
d.Q("set out the clear framework", ["partial"], "Esmaeil Baghaei", ["baghaei"], D(2025, 9, 24))
d.Q("open to direct talks", ["partial"], "US State Department", ["state department", "united states"], TUE)
d.Q("a clear message to those who mistake patience for weakness", ["partial"], "Mohammad Bagher Ghalibaf", ["ghalibaf"])
# figures
d.F("more than two years", 2, ["year"], "duration", "more_than", ["commitment", "fulfilled"])
d.F("hundreds of young scientists", 200, ["scientist", "young scientist"], "count", "about", core=False)
d.F("more than 30 years", 30, ["year"], "duration", "more_than", ["enrichment"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("90 percent", 90, ["percent"], "percent", subject_any=["enrich", "uranium"])
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("the three European countries", 3, ["country", "european country"], "count", core=False)
d.F("exceeds 40 percent", 40, ["percent"], "percent", "more_than", ["inflation"])
# events
d.EV("addressed the nation in a televised speech", ["statement"], TUE, KH)
d.EV("The Leader said that negotiating", ["statement"], TUE, KH, core=False)
d.EV("He stressed that the American side", ["statement"], TUE, KH, core=False)
d.EV("the US withdrawal in May 2018", ["withdrawal"], D(2018, 5), ["united states", "us"])
d.EV("Referring to the 2015 nuclear agreement", ["agreement"], D(2015), [], core=False)
d.EV("attacked Iran's nuclear facilities", ["attack", "war"], ("2025-06-13", "2025-06-24"), ["israel", "zionist", "united states"])
d.EV("stood \"united and steadfast\" during the 12-day war", ["war"], ("2025-06-13", "2025-06-24"), [], core=False)
d.EV("striking the American base in Qatar", ["attack"], ("2025-06-23", "2025-06-24"), ["iran", "armed forces"])
d.EV("which they launched on 28 August", ["sanction", "threat", "other"], D(2025, 8, 28), ["europe", "three", "e3"])
d.EV("the coup of 28 Mordad 1332", ["coup"], D(1953, 8, 19), ["america", "britain", "united states"])
d.EV("took over the \"den of spies\" in 1979", ["seizure"], D(1979), ["student"])
d.EV("sanctions have caused hardship", ["sanction"], None, [], core=False)
d.EV("told reporters on Wednesday morning", ["statement"], D(2025, 9, 24), ["baghaei"])
d.EV("said on Tuesday night", ["statement"], TUE, ["state department", "united states"])
d.EV("wrote on social media", ["statement"], None, ["ghalibaf"])
for trig in ["His Eminence added that enrichment", "He noted that the country", "The Leader referred to the imposed war",
             "he said, adding", "He added that the US withdrawal", "the Leader said their move", "The Leader described the coup",
             "He said the students", "His Eminence said that sanctions", "He called on officials", "He said the Iranian nation will"]:
    d.EV(trig, ["statement"], TUE, KH, core=False)
d.EV("tore the agreement to pieces", ["withdrawal"], D(2018, 5), ["united states", "other side", "america"], core=False)
d.save()
