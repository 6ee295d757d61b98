from mk import write
from ann import Doc, D, R

DOC = "ho7-film-review-what-the-oil-remembers"
PUB = "2024-09-13"
TEXT = """SCREEN & CIRCUIT
Reviews | Documentary

'What the Oil Remembers': a patient, furious film about the coup that never ended

By Maren Holt
Published Friday, September 13, 2024

What the Oil Remembers. Directed by Shirin Valadkhani. 112 minutes. In Persian and English with subtitles. Opens in selected cinemas this weekend.

About twenty minutes into Shirin Valadkhani's documentary, a scratchy American newsreel fills the screen. Crowds wave portraits of the Shah; tanks idle outside parliament. "The Shah is back on his throne, and Iran is back with the free world," the narrator announces, in the brisk baritone of 1953. Valadkhani lets the line hang, then cuts to a silent shot of an empty oil terminal at Abadan.

It is the film's method in miniature. Over nearly two hours it sets the official story beside what the camera actually recorded, and lets the gap speak.

The history will be familiar to many viewers. In March 1951 the Majlis voted to nationalise the Anglo-Iranian Oil Company, and Mohammad Mosaddegh became prime minister the following month. Britain withdrew its technicians and organised a boycott of Iranian oil. On 16 August 1953, after a first attempt to remove Mosaddegh failed, the Shah fled the country; three days later, on 19 August, crowds paid with agents' money and army units loyal to the crown overthrew the government. The Shah returned on 22 August.

Valadkhani, whose previous film earned about $1.4 million worldwide, has assembled more than 400 hours of archival material, much of it from private collections in Tehran and Paris. The strongest of it is an audio interview that a retired CIA officer, Richard Hollins, gave in 1986 for a television series that was never broadcast. "We told ourselves it was about the Russians," Hollins says on the tape. "It was about the oil. Everybody in the room knew that."

The historian Farah Monsefi, the film's most articulate guide, places the coup at the start of a long ledger. "Every Iranian grievance against Washington has a receipt," she says, "and the first one is dated 1953." Her colleague in London, the economist Dermot Kealy, is more cautious: the British, he reminds us, were "the ones who started the fire."

The second half moves to the revolution. The Shah left Iran on 16 January 1979, and Ayatollah Ruhollah Khomeini returned on 1 February. On 4 November that year students seized the US embassy; Valadkhani cuts between their communiqués and the 1953 newsreel, an editing choice that some viewers will find too neat. A former bazaar merchant, now 91, remembers that people "saw the same hands behind both."

The film is on firmer ground with the American admissions. In March 2000 Secretary of State Madeleine Albright acknowledged Washington's "significant role" in the coup, and in August 2013 the CIA released documents that described the operation as an act of US policy. Valadkhani reads the relevant lines aloud over footage of Mosaddegh's trial, at which he was sentenced to three years in solitary confinement. He died under house arrest in 1967.

What the film lacks is Iranian self-examination. The clerics who backed the 1953 crowds receive barely a minute, and the violence of the years after 1979 is mentioned only in a closing title card.

"I did not make a film about who was right," Valadkhani told me after the Toronto premiere on Sunday. "I made a film about why nobody believes anybody." She said the budget was less than $900,000, most of it spent on archive fees.

Those fees were worth paying. The premiere sold out all three of its festival screenings, and the distributor has added 40 cities to the release.
"""
write(DOC, "'What the Oil Remembers': a patient, furious film about the coup that never ended", "Screen & Circuit", PUB, TEXT)

d = Doc(DOC, PUB)
SUN = D(2024, 9, 8)
VAL = ["valadkhani"]
# quotes
d.Q("What the Oil Remembers", ["term"], None, core=False)
d.Q("The Shah is back on his throne, and Iran is back with the free world,", ["direct"], None, (), D(1953))
d.Q("We told ourselves it was about the Russians,", ["direct"], "Richard Hollins", ["hollins"], D(1986))
d.Q("It was about the oil. Everybody in the room knew that.", ["direct"], "Richard Hollins", ["hollins"], D(1986))
d.Q("Every Iranian grievance against Washington has a receipt,", ["direct"], "Farah Monsefi", ["monsefi"])
d.Q("and the first one is dated 1953.", ["direct"], "Farah Monsefi", ["monsefi"])
d.Q("the ones who started the fire.", ["partial"], "Dermot Kealy", ["kealy"])
d.Q("saw the same hands behind both.", ["partial"], None)
d.Q("significant role", ["partial", "term"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("I did not make a film about who was right,", ["direct"], "Shirin Valadkhani", VAL, SUN)
d.Q("I made a film about why nobody believes anybody.", ["direct"], "Shirin Valadkhani", VAL, SUN)
# figures
d.F("112 minutes", 112, ["minute"], "duration", subject_any=["what the oil remembers", "film"])
d.F("About twenty minutes into", 20, ["minute"], "duration", "about", core=False)
d.F("nearly two hours", 2, ["hour"], "duration", "about", ["film"])
d.F("three days later", 3, ["day"], "duration", core=False)
d.F("about $1.4 million", 1.4e6, ["usd"], "money", "about", ["film", "earn"])
d.F("more than 400 hours", 400, ["hour"], "duration", "more_than", ["archival", "material"])
d.F("now 91", 91, ["year"], "duration", core=False)
d.F("three years", 3, ["year"], "duration", subject_any=["solitary", "sentence", "mosaddegh"])
d.F("barely a minute", 1, ["minute"], "duration", "at_most", core=False)
d.F("less than $900,000", 900000, ["usd"], "money", "less_than", ["budget"])
d.F("all three of its festival screenings", 3, ["festival screening", "screening"], "count", subject_any=["screening"])
d.F("40 cities", 40, ["city"], "count", subject_any=["release", "cit"])
# events
s = "In March 1951 the Majlis voted to nationalise the Anglo-Iranian Oil Company, and Mohammad Mosaddegh became prime minister the following month."
d.E(s, "voted to nationalise", ["legislation", "seizure"], D(1951, 3), ["majlis"])
d.E(s, "became prime minister", ["leadership_change"], D(1951, 4), ["mosaddegh", "mossadegh"])
d.E("Britain withdrew its technicians and organised a boycott of Iranian oil.", "boycott", ["sanction"], None, ["britain", "united kingdom"], core=False)
s = "On 16 August 1953, after a first attempt to remove Mosaddegh failed, the Shah fled the country; three days later, on 19 August, crowds paid with agents' money and army units loyal to the crown overthrew the government."
d.E(s, "fled the country", ["leadership_change"], D(1953, 8, 16), ["shah", "pahlavi"])
d.E(s, "overthrew the government", ["coup"], D(1953, 8, 19), ["crowds", "army"])
d.E(s, "a first attempt to remove Mosaddegh", ["coup"], R(D(1953, 8, 15), D(1953, 8, 16)), core=False)
d.E("The Shah returned on 22 August.", "returned", ["leadership_change"], D(1953, 8, 22), ["shah", "pahlavi"])
d.E("The strongest of it is an audio interview that a retired CIA officer, Richard Hollins, gave in 1986 for a television series that was never broadcast.", "interview", ["statement", "disclosure"], D(1986), ["hollins"], core=False)
s = "The Shah left Iran on 16 January 1979, and Ayatollah Ruhollah Khomeini returned on 1 February."
d.E(s, "left Iran", ["leadership_change", "revolution"], D(1979, 1, 16), ["shah", "pahlavi"])
d.E(s, "returned", ["leadership_change", "revolution"], D(1979, 2, 1), ["khomeini"])
d.E("On 4 November that year students seized the US embassy; Valadkhani cuts between their communiqués and the 1953 newsreel, an editing choice that some viewers will find too neat.", "seized", ["seizure"], D(1979, 11, 4), ["student"])
s = "In March 2000 Secretary of State Madeleine Albright acknowledged Washington's \"significant role\" in the coup, and in August 2013 the CIA released documents that described the operation as an act of US policy."
d.E(s, "acknowledged", ["statement"], D(2000, 3), ["albright"])
d.E(s, "released documents", ["disclosure"], D(2013, 8), ["cia", "central intelligence"])
d.E("Valadkhani reads the relevant lines aloud over footage of Mosaddegh's trial, at which he was sentenced to three years in solitary confinement.", "was sentenced", ["other"], None, core=False)
d.E("He died under house arrest in 1967.", "died", ["other"], D(1967), core=False)
d.E("\"I did not make a film about who was right,\" Valadkhani told me after the Toronto premiere on Sunday.", "premiere", ["other"], SUN, core=False)
d.save()
