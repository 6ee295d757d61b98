from mk import write
from ann import Doc, D, R

DOC = "ho7-profile-negotiator-sadeghpour"
PUB = "2025-03-15"
TEXT = """ATLAS & QUILL
The Profile | March 2025 issue, posted March 15, 2025

The Man Who Reads the Fine Print

Behrouz Sadeghpour spent four decades negotiating with a country he was taught to distrust. Now, with talk of talks again in the air, the old hands in Tehran and Washington are asking whether anything he learned still applies.

By Naveed Hollister

On a grey morning last month, in a borrowed office off Vali-Asr Avenue, Behrouz Sadeghpour laid three documents side by side on a desk: a two-page proposal from 2003, a dog-eared copy of the 2015 nuclear agreement, and a printout of a presidential order signed in Washington in February. "Every one of these was supposed to be the beginning of something," he said. "Two of them turned out to be the end."

Sadeghpour, now 64, retired from Iran's foreign ministry in 2019, but he still keeps the habits of the job. He reads every annex. He underlines verbs. "The nouns are for the newspapers," he told me. "The verbs are where they hide the trap."

He was a nineteen-year-old engineering student when crowds of students climbed the walls of the United States embassy in Tehran on November 4, 1979. He watched from across Taleghani Street. The hostages were freed 444 days later, on January 20, 1981, and by then, he says, he had decided to study law instead. He joined the ministry in 1986.

THE FAX

In May 2003, weeks after American troops reached Baghdad, Sadeghpour was one of a handful of officials who helped draft what Western commentators later called the "grand bargain": a short offer, passed to Washington by the Swiss ambassador, to put Iran's nuclear programme, its support for armed groups and its recognition of Israel on the table. The Bush administration never replied.

"We sent a letter to the most powerful government in the world," he said, "and we received silence." A former State Department official who saw the fax at the time said it was dismissed because nobody could prove who in Tehran had approved it.

THE ROOM IN VIENNA

A decade later the silence broke. In March 2013 a small American team met Iranian officials secretly in Muscat, and after Hassan Rouhani was elected president that June, the channel widened. Sadeghpour was brought back from a posting in Geneva to join the legal team. Iran and six world powers signed an interim agreement in Geneva on November 24, 2013, and the final deal was announced in Vienna on July 14, 2015, after some 18 months of bargaining over a text that ran to 159 pages.

Ellen Marsh-Whitaker, who sat across from him for the State Department, remembers a negotiator who "would fight for an hour over a comma and then concede a whole paragraph." She told me in January that he was "the only one on their side who read our drafts more carefully than we did."

Not everyone in Tehran admired the care. Gholamreza Ashtiani-Far, a conservative member of parliament who opposed the deal, called the team "lawyers for the other side" in a speech in Qom in 2016. Four days after the Vienna announcement, Ayatollah Ali Khamenei told worshippers at Eid prayers that American policy in the region had not changed, and hardline papers took it as permission to attack the negotiators.

THE LETTER HE KEPT

On May 8, 2018, President Donald Trump withdrew the United States from the agreement. The first American sanctions returned that August, and oil sanctions followed in November. Sadeghpour says he was in his office when the news came. "I had warned them for three years that a signature in Washington lasts exactly as long as the man who signs it," he said. "I did not enjoy being right."

Ashtiani-Far is not inclined to give him the credit. "He trusted the Americans and the Americans proved us right," the lawmaker said by telephone on Tuesday. "That is not wisdom. That is an accident."

Marsh-Whitaker sees it differently. "If you want to know why there is no trust," she said, "look at what happened to the people on both sides who tried to build it."

Iran's exports fell from about 2.5 million barrels per day in the spring of 2018 to less than 500,000 barrels per day a year later, according to industry estimates.

WHAT IS LEFT

Asked whether a new agreement is possible, Sadeghpour did not answer at once. He gathered the three documents into a single pile. "Possible, yes," he said finally. "But the next one will need fewer promises and more receipts."
"""
write(DOC, "The Man Who Reads the Fine Print", "Atlas & Quill", PUB, TEXT)

d = Doc(DOC, PUB)
LASTMONTH = D(2025, 2)
SAD = ["sadeghpour"]
# quotes
d.Q("Every one of these was supposed to be the beginning of something,", ["direct"], "Behrouz Sadeghpour", SAD, LASTMONTH)
d.Q("Two of them turned out to be the end.", ["direct"], "Behrouz Sadeghpour", SAD, LASTMONTH)
d.Q("The nouns are for the newspapers,", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("The verbs are where they hide the trap.", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("grand bargain", ["term"], None)
d.Q("We sent a letter to the most powerful government in the world,", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("and we received silence.", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("would fight for an hour over a comma and then concede a whole paragraph.", ["partial"], "Ellen Marsh-Whitaker", ["marsh-whitaker", "whitaker"])
d.Q("the only one on their side who read our drafts more carefully than we did.", ["partial"], "Ellen Marsh-Whitaker", ["marsh-whitaker", "whitaker"], D(2025, 1))
d.Q("lawyers for the other side", ["partial", "term"], "Gholamreza Ashtiani-Far", ["ashtiani"], D(2016))
d.Q("I had warned them for three years that a signature in Washington lasts exactly as long as the man who signs it,", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("I did not enjoy being right.", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("He trusted the Americans and the Americans proved us right,", ["direct"], "Gholamreza Ashtiani-Far", ["ashtiani"], D(2025, 3, 11))
d.Q("That is not wisdom. That is an accident.", ["direct"], "Gholamreza Ashtiani-Far", ["ashtiani"], D(2025, 3, 11))
d.Q("If you want to know why there is no trust,", ["direct"], "Ellen Marsh-Whitaker", ["marsh-whitaker", "whitaker"])
d.Q("look at what happened to the people on both sides who tried to build it.", ["direct"], "Ellen Marsh-Whitaker", ["marsh-whitaker", "whitaker"])
d.Q("Possible, yes,", ["direct"], "Behrouz Sadeghpour", SAD)
d.Q("But the next one will need fewer promises and more receipts.", ["direct"], "Behrouz Sadeghpour", SAD)
# figures
d.F("four decades", 40, ["year"], "duration", subject_any=["negotiat"])
d.F("three documents", 3, ["document"], "count", subject_any=["document"])
d.F("two-page", 2, ["page"], "count", subject_any=["proposal"])
d.F("Two of them", 2, ["document"], "count", core=False)
d.F("now 64", 64, ["year"], "duration", core=False)
d.F("nineteen-year-old", 19, ["year"], "duration", core=False)
d.F("444 days later", 444, ["day"], "duration", core=False)
d.F("a handful of officials", None, ["official"], "count", "about", core=False)
d.F("A decade later", 10, ["year"], "duration", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("some 18 months", 18, ["month"], "duration", "about", ["bargain", "negotiat"])
d.F("159 pages", 159, ["page"], "count", subject_any=["text"])
d.F("an hour", 1, ["hour"], "duration", core=False)
d.F("Four days after", 4, ["day"], "duration", core=False)
d.F("three years", 3, ["year"], "duration", core=False)
d.F("about 2.5 million barrels per day", 2.5e6, ["barrel per day"], "measure", "about", ["export"])
d.F("less than 500,000 barrels per day", 500000, ["barrel per day"], "measure", "less_than", ["export"])
d.F("a year later", 1, ["year"], "duration", core=False)
d.F("three documents", 3, ["document"], "count", core=False, occ=1)
d.F("a single pile", 1, ["pile"], "count", core=False)
# events
s = "On a grey morning last month, in a borrowed office off Vali-Asr Avenue, Behrouz Sadeghpour laid three documents side by side on a desk: a two-page proposal from 2003, a dog-eared copy of the 2015 nuclear agreement, and a printout of a presidential order signed in Washington in February."
d.E(s, "order signed", ["legislation"], D(2025, 2), ["trump", "washington", "united states"], core=False)
d.E("Sadeghpour, now 64, retired from Iran's foreign ministry in 2019, but he still keeps the habits of the job.", "retired", ["leadership_change", "other"], D(2019), SAD, core=False)
d.E("He was a nineteen-year-old engineering student when crowds of students climbed the walls of the United States embassy in Tehran on November 4, 1979.", "climbed the walls", ["seizure"], D(1979, 11, 4), ["student"])
d.E("The hostages were freed 444 days later, on January 20, 1981, and by then, he says, he had decided to study law instead.", "were freed", ["other", "agreement"], D(1981, 1, 20))
s = "In May 2003, weeks after American troops reached Baghdad, Sadeghpour was one of a handful of officials who helped draft what Western commentators later called the \"grand bargain\": a short offer, passed to Washington by the Swiss ambassador, to put Iran's nuclear programme, its support for armed groups and its recognition of Israel on the table."
d.E(s, "passed to Washington", ["negotiation", "other"], D(2003, 5), ["iran", "sadeghpour", "swiss"])
d.E(s, "American troops reached Baghdad", ["war"], D(2003, 4), ["american", "united states"], core=False)
d.E("The Bush administration never replied.", "never replied", ["other", "statement"], None, ["bush"], core=False)
s = "In March 2013 a small American team met Iranian officials secretly in Muscat, and after Hassan Rouhani was elected president that June, the channel widened."
d.E(s, "met Iranian officials secretly", ["negotiation"], D(2013, 3), ["american", "united states"])
d.E(s, "was elected president", ["leadership_change"], D(2013, 6))
s = "Iran and six world powers signed an interim agreement in Geneva on November 24, 2013, and the final deal was announced in Vienna on July 14, 2015, after some 18 months of bargaining over a text that ran to 159 pages."
d.E(s, "signed an interim agreement", ["agreement"], D(2013, 11, 24), ["iran", "world powers"])
d.E(s, "the final deal was announced", ["agreement"], D(2015, 7, 14))
d.E("Gholamreza Ashtiani-Far, a conservative member of parliament who opposed the deal, called the team \"lawyers for the other side\" in a speech in Qom in 2016.", "in a speech", ["statement"], D(2016), ["ashtiani"])
d.E("Four days after the Vienna announcement, Ayatollah Ali Khamenei told worshippers at Eid prayers that American policy in the region had not changed, and hardline papers took it as permission to attack the negotiators.",
    "told worshippers", ["statement"], D(2015, 7, 18), ["khamenei"])
d.E("On May 8, 2018, President Donald Trump withdrew the United States from the agreement.", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump"])
s = "The first American sanctions returned that August, and oil sanctions followed in November."
d.E(s, "sanctions returned", ["sanction"], D(2018, 8), ["american", "united states"])
d.E(s, "oil sanctions followed", ["sanction"], D(2018, 11), ["american", "united states"])
d.E("Iran's exports fell from about 2.5 million barrels per day in the spring of 2018 to less than 500,000 barrels per day a year later, according to industry estimates.", "exports fell", ["other", "sanction"], R(D(2018, 3), D(2019, 6)), core=False)
d.save()
