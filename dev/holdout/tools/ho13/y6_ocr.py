import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h13 import write, PDoc, D, R

DOC = "ho13-ocr-newspaper-1953-royalists-oust-mossadegh"
PUB = "1953-08-20"  # a Thursday; the dispatches are datelined Wednesday, Aug. 19
TEXT = """THE COLDBROOK MORNING HERALD
VOL. LXXII—No. 231      COLDBROOK, THURSDAY, AUGUST 20, 1953      FIVE CENTS

ROYALISTS OUST MOSSADEGH;
ZAHEDI NAMED PREMIER
IN DAY OF IRAN FIGHTING

Shah, in Rome, Says He Will Re-
turn; 300 Reported Killed in
Teheran Street Battles

TEHERAN, Iran, Aug. 19 (AP)—Troops and civilians loyal
to Shah Mohammed Reza Pahlevi overthrew the govern-
ment of Premier Mohammed Mossadegh today ■ after nine
hours of fighting in the streets of the capital, and Maj.
Gen. Fazlollah Zahedi proclaimed himself prime minis-
ter over Teheran radio.

Mossadegh's home was reported shelled by tanks and
set afire, and tbe aged Premier was said to have fled over
a garden wall. His whereabouts tonight were unknown.
At least 3OO persons were reported killed and several
hundred wounded, according to hospital estimates.

Gen. Zahedi, who had been in hiding since Saturday night,
when an attempt to dismiss the Premier by royal decree
failed, told the nation in a broadcast that "the govern-
ment of the Shah is restored and order will be kept."

The Shah fled to Baghdad on Sunday with Queen Soraya
and flew on to Rome. Asked there today whether he would
go home, he told reporters: "Yes, as soon as possible."

The revolt began in the bazaar area before noon, when
crowds shouting "Long live the Shah!" moved toward the
center of the city. By 2 p.m. army units had seized the
radio station and the telegraph office. Mossa-
degb's Foreign Minister, Hossein Fatemi, was reported
slain by the rnob, but this could not be confirmed.

Teheran radio, which had carried Mossadegh's speeches
as late as Tuesday, played martial music and read royal-
ist bulletins all afternoon. Offices of the Tudeh (Com-
munist) party near the Majlis were sacked and burned.

Continued on Page 4, Column 3

U. S. WATCHES
IRAN OIL ISSUE

WASHINGTON, Aug. 19 (AP)—State Department offi-
cials said today they hoped the new government in Iran
would be "friendly to the free world" and would re-
open talks on the oil dispute with Britain, which Mossa-
degh cut off when he seized the Anglo-Iranian Oil Com-
pany's properties in 1951.

Iran has sold almost no oil abroad since then. Before
nationalization the company's refinery at Abadan, the
largest in the world, handled about 500,000 barrels a day.

President Eisenhower refused on June 29 to grant
Mossadegh further aid until the oil dispute was settled.
One official said privately that a request for emergency
help from a new government "would get a very fast look."
"""
write(DOC, "Royalists Oust Mossadegh; Zahedi Named Premier in Day of Iran Fighting", "The Coldbrook Morning Herald", PUB, TEXT)


class P(PDoc):
    SOFT = True


d = P(DOC, PUB)
WED = D(1953, 8, 19)  # "today"/"tonight" in a dispatch datelined Aug. 19
MO = ["mossadegh", "mosaddegh", "mossadeq"]
SHAH = ["shah", "pahlevi", "pahlavi"]
# quotes (spans are the printed characters, OCR errors and line-end hyphens included)
d.Q("the govern-\nment of the Shah is restored and order will be kept.", ["direct", "partial"], "Fazlollah Zahedi", ["zahedi"], WED)
d.Q("Yes, as soon as possible.", ["direct"], "Mohammad Reza Pahlavi", SHAH, WED)
d.Q("Long live the Shah!", ["direct", "partial"], None, (), WED)
d.Q("friendly to the free world", ["partial"], None, (), WED)
d.Q("would get a very fast look.", ["partial"], None, ())

# figures
d.F("300", 300, ["people", "person"], "count", subject_any=["killed"], ctx=("300 Reported Killed",))
d.F("nine\nhours", 9, ["hour"], "duration", subject_any=["fighting"])
d.F("At least 3OO persons", 300, ["person", "people"], "count", "at_least", ["killed", "person"])
d.F("several\nhundred", 300, ["person", "people"], "count", "about", ["wounded"], core=False)
d.F("about 500,000 barrels a day", 5e5, ["barrel per day"], "measure", "about", ["refinery", "abadan"])

# events
d.V("ROYALISTS OUST MOSSADEGH;", "OUST", ["coup"], WED, ["royalist"], core=False)
d.V("ROYALISTS OUST MOSSADEGH;", "NAMED PREMIER", ["leadership_change"], WED, ["zahedi"], core=False)
d.V("Shah, in Rome, Says He Will Re-", "Says", ["statement"], WED, SHAH, core=False)
d.V("Shah, in Rome, Says He Will Re-", "Killed", ["attack", "other", "coup"], WED, [], core=False)
d.V("TEHERAN, Iran, Aug. 19 (AP)", "overthrew", ["coup"], WED, ["troops", "civilians", "royalist", "loyal"])
d.V("TEHERAN, Iran, Aug. 19 (AP)", "proclaimed himself", ["leadership_change"], WED, ["zahedi"])
d.V("Mossadegh's home was reported shelled", "shelled", ["attack"], WED, ["tank"])
d.V("Mossadegh's home was reported shelled", "fled over", ["other"], WED, MO, core=False)
d.V("At least 3OO persons were reported killed", "killed", ["attack", "other", "coup"], WED, [])
d.V("Gen. Zahedi, who had been in hiding", "failed", ["coup"], R(D(1953, 8, 15), D(1953, 8, 16)), [])
d.V("Gen. Zahedi, who had been in hiding", "told the nation", ["statement"], WED, ["zahedi"])
d.V("The Shah fled to Baghdad on Sunday", "fled to Baghdad", ["leadership_change", "other"], D(1953, 8, 16), SHAH)
d.V("The Shah fled to Baghdad on Sunday", "flew on to Rome", ["other"], None, SHAH, core=False)
d.V("Asked there today whether he would", "told reporters", ["statement"], WED, SHAH)
d.V("The revolt began in the bazaar area", "revolt began", ["coup", "revolution"], WED, ["crowd"])
d.V("By 2 p.m. army units had seized", "seized", ["seizure", "coup"], WED, ["army"])
d.V("degb's Foreign Minister, Hossein Fatemi", "slain", ["attack"], WED, ["mob", "rnob"], core=False)
d.V("Teheran radio, which had carried", "carried Mossadegh's speeches", ["statement", "other"], D(1953, 8, 18), ["radio"], core=False)
d.V("Teheran radio, which had carried", "played martial music", ["statement", "other"], WED, ["radio"], core=False)
d.V("Offices of the Tudeh (Com-", "sacked and burned", ["attack"], WED, [])
d.V("U. S. WATCHES", "WATCHES", ["other"], WED, ["u. s.", "united states"], core=False)
d.V("WASHINGTON, Aug. 19 (AP)—State Department", "said", ["statement"], WED, ["state department", "department of state"], core=False)
d.V("WASHINGTON, Aug. 19 (AP)—State Department", "seized", ["seizure"], D(1951), MO)
d.V("President Eisenhower refused on June 29", "refused", ["other", "sanction", "statement"], D(1953, 6, 29), ["eisenhower"])
d.V("One official said privately", "said privately", ["statement"], None, ["official"], core=False)
d.save()
