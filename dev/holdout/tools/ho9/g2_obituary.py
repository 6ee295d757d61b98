from mk import write
from ann import Doc, D, R

DOC = "ho9-obituary-diplomat-arthur-kessler"
PUB = "2019-10-18"
TEXT = """THE HARWICK LEDGER
Obituaries

Arthur L. Kessler, diplomat who spent half a century trying to talk to Tehran, dies at 87

By a staff writer
October 18, 2019

Arthur Linwood Kessler, a retired American diplomat who served twice in Tehran and spent much of his later career arguing that Washington and the Islamic Republic could do business without trusting each other, died on Tuesday at his home in Chevy Chase, Md. He was 87.

His daughter, Margaret Kessler-Oduya, said the cause was complications of Parkinson's disease.

Mr. Kessler was born on March 3, 1932, in Dayton, Ohio, the younger of two sons of a machinist and a schoolteacher. He studied history at a state university in Columbus, served two years in the Army in Germany and joined the Foreign Service in 1958.

He arrived in Tehran for the first time in September 1961, eight years after the coup that toppled Prime Minister Mohammad Mosaddegh. The overthrow, organized by the CIA and British intelligence in August 1953, "sat in every conversation like an extra guest at the table," he wrote decades later. Iranians he met, he said, assumed that any American in a suit "had a hand in it, or knew the man who did."

After postings in Kabul and Ankara, he returned to Tehran in 1976 as a political officer. He spent the next three years warning, in cables that were later declassified, that the Shah's hold on power was weaker than Washington believed. One of them, from the autumn of 1978, called the monarchy "a building with no foundations." Mohammad Reza Pahlavi left the country in January 1979, and Ayatollah Ruhollah Khomeini returned from exile two weeks later.

Mr. Kessler was transferred home that summer. On Nov. 4, 1979, students stormed the embassy compound and took its staff hostage; 52 Americans were held for 444 days, among them two men he had trained. He joined the State Department's Iran working group the following day and stayed until the hostages were freed on Jan. 20, 1981, the day Ronald Reagan was sworn in. The Algiers Accords, which ended the crisis, had been signed the day before.

"He never talked about those months at dinner," his son Thomas Kessler said on Wednesday. "He talked about them at three in the morning, when he couldn't sleep."

From 1982 to 1990 he worked in The Hague for the Iran-United States Claims Tribunal, set up under the accords, which has since decided more than 3,900 claims. A former Iranian agent at the tribunal, Dariush Salehpour, remembered him as "stubborn about commas and generous about people."

He retired in 1994 and taught diplomacy at a university in Washington for more than a decade. In 2009 he welcomed President Barack Obama's video message to Iranians as "the first grown-up sentence in thirty years." He was among dozens of former diplomats who signed a public letter in August 2015 urging Congress to support the nuclear agreement reached in Vienna the month before. When President Donald Trump withdrew from the deal in May 2018 and reimposed sanctions, Mr. Kessler called the decision "a gift to every hard-liner in Tehran."

In May, after Ayatollah Ali Khamenei said that negotiating with the current American administration was "poison," Mr. Kessler told this newspaper that both capitals had "confused distrust with strategy." It was his last interview.

His wife of 61 years, the former Eleanor Marsh, survives him, as do his daughter; his sons, Thomas and Daniel; seven grandchildren; and a great-grandson.

"Dad used to say you do not sign with people you trust. You sign with people you don't, and then you check," Ms. Kessler-Oduya said. "He checked until the very end."
"""
write(DOC, "Arthur L. Kessler, diplomat who spent half a century trying to talk to Tehran, dies at 87",
      "The Harwick Ledger", PUB, TEXT)

d = Doc(DOC, PUB)
K = ["kessler"]
AK = "Arthur Kessler"
# quotes
d.Q("sat in every conversation like an extra guest at the table,", ["partial", "direct"], AK, ["arthur", "kessler"])
d.Q("had a hand in it, or knew the man who did.", ["partial"], AK, ["arthur", "kessler"])
d.Q("a building with no foundations.", ["partial"], AK, ["arthur", "kessler", "cable"], R(D(1978, 9), D(1978, 12)))
d.Q("He never talked about those months at dinner,", ["direct"], "Thomas Kessler", ["thomas"], D(2019, 10, 16))
d.Q("He talked about them at three in the morning, when he couldn't sleep.", ["direct"], "Thomas Kessler", ["thomas"], D(2019, 10, 16))
d.Q("stubborn about commas and generous about people.", ["partial"], "Dariush Salehpour", ["salehpour"])
d.Q("the first grown-up sentence in thirty years.", ["partial"], AK, ["arthur", "kessler"], D(2009))
d.Q("a gift to every hard-liner in Tehran.", ["partial"], AK, ["arthur", "kessler"], D(2018, 5))
d.Q("poison,", ["partial", "term"], "Ali Khamenei", ["khamenei", "ayatollah"], D(2019, 5))
d.Q("confused distrust with strategy.", ["partial"], AK, ["arthur", "kessler"], D(2019, 5))
d.Q("Dad used to say you do not sign with people you trust. You sign with people you don't, and then you check,", ["direct"], "Margaret Kessler-Oduya", ["kessler-oduya", "margaret", "oduya"])
d.Q("He checked until the very end.", ["direct"], "Margaret Kessler-Oduya", ["kessler-oduya", "margaret", "oduya"])

# figures
d.F("half a century", 50, ["year", "century"], "duration", subject_any=["tehran", "talk", "diplomat"])
d.F("87", 87, ["year"], "duration", core=False, occ=0)
d.F("87", 87, ["year"], "duration", core=False, occ=1)
d.F("twice", 2, ["time"], "count", subject_any=["tehran", "served"])
d.F("two sons", 2, ["son"], "count", subject_any=["son"])
d.F("two years", 2, ["year"], "duration", subject_any=["army", "served"])
d.F("eight years after", 8, ["year"], "duration", core=False)
d.F("decades later", None, ["year", "decade"], "duration", "about", core=False)
d.F("the next three years", 3, ["year"], "duration", subject_any=["warning", "cable", "kessler"])
d.F("two weeks later", 2, ["week"], "duration", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("two men", 2, ["man", "men"], "count", subject_any=["trained", "men", "hostage"])
d.F("more than 3,900 claims", 3900, ["claim"], "count", "more_than", ["claim", "tribunal"])
d.F("more than a decade", 10, ["year", "decade"], "duration", "more_than", ["taught", "diplomacy", "university"])
d.F("thirty years", 30, ["year"], "duration", subject_any=["sentence", "grown-up"])
d.F("dozens of former diplomats", 24, ["diplomat", "former diplomat"], "count", "about", core=False)
d.F("61 years", 61, ["year"], "duration", subject_any=["wife", "marri"])
d.F("seven grandchildren", 7, ["grandchild", "grandchildren"], "count", subject_any=["grandchild"])

# events
d.E("Arthur L. Kessler, diplomat who spent half a century trying to talk to Tehran, dies at 87", "dies", ["other", "leadership_change"], None, K, core=False)
d.E("Arthur Linwood Kessler, a retired American diplomat who served twice in Tehran and spent much of his later career arguing that Washington and the Islamic Republic could do business without trusting each other, died on Tuesday at his home in Chevy Chase, Md.",
    "died", ["other", "leadership_change"], D(2019, 10, 15), K)
d.E("His daughter, Margaret Kessler-Oduya, said the cause was complications of Parkinson's disease.", "said", ["statement"], None, ["kessler-oduya", "margaret"], core=False)
d.E("Mr. Kessler was born on March 3, 1932, in Dayton, Ohio, the younger of two sons of a machinist and a schoolteacher.", "born", ["other"], D(1932, 3, 3), K, core=False)
d.E("He studied history at a state university in Columbus, served two years in the Army in Germany and joined the Foreign Service in 1958.", "joined the Foreign Service", ["other", "leadership_change"], D(1958), K, core=False)
s = "He arrived in Tehran for the first time in September 1961, eight years after the coup that toppled Prime Minister Mohammad Mosaddegh."
d.E(s, "coup", ["coup"], D(1953))
d.E(s, "arrived in Tehran", ["other"], D(1961, 9), K, core=False)
s = "The overthrow, organized by the CIA and British intelligence in August 1953, \"sat in every conversation like an extra guest at the table,\" he wrote decades later."
d.E(s, "overthrow", ["coup"], D(1953, 8), ["central intelligence agency", "cia", "british"])
d.E(s, "he wrote", ["statement"], None, K, core=False)
d.E("Iranians he met, he said, assumed that any American in a suit \"had a hand in it, or knew the man who did.\"", "he said", ["statement"], None, K, core=False)
d.E("After postings in Kabul and Ankara, he returned to Tehran in 1976 as a political officer.", "returned to Tehran", ["other"], D(1976), K, core=False)
s = "He spent the next three years warning, in cables that were later declassified, that the Shah's hold on power was weaker than Washington believed."
d.E(s, "warning", ["statement"], R(D(1976), D(1979)), K, core=False)
d.E(s, "declassified", ["disclosure"], None, core=False)
d.E("One of them, from the autumn of 1978, called the monarchy \"a building with no foundations.\"", "called", ["statement"], R(D(1978, 9), D(1978, 12)), K + ["cable"])
s = "Mohammad Reza Pahlavi left the country in January 1979, and Ayatollah Ruhollah Khomeini returned from exile two weeks later."
d.E(s, "left the country", ["leadership_change", "revolution", "other"], D(1979, 1), ["pahlavi", "shah"])
d.E(s, "returned from exile", ["leadership_change", "revolution", "other"], R(D(1979, 1, 15), D(1979, 2, 14)), ["khomeini"])
d.E("Mr. Kessler was transferred home that summer.", "transferred", ["other"], R(D(1979, 6), D(1979, 9)), core=False)
s = "On Nov. 4, 1979, students stormed the embassy compound and took its staff hostage; 52 Americans were held for 444 days, among them two men he had trained."
d.E(s, "stormed", ["seizure"], D(1979, 11, 4), ["student"])
s = "He joined the State Department's Iran working group the following day and stayed until the hostages were freed on Jan. 20, 1981, the day Ronald Reagan was sworn in."
d.E(s, "were freed", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.E(s, "sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.E(s, "joined", ["other"], D(1979, 11, 5), K, core=False)
d.E("The Algiers Accords, which ended the crisis, had been signed the day before.", "signed", ["agreement"], D(1981, 1, 19))
d.E("\"He never talked about those months at dinner,\" his son Thomas Kessler said on Wednesday.", "said", ["statement"], D(2019, 10, 16), ["thomas"], core=False)
s = "From 1982 to 1990 he worked in The Hague for the Iran-United States Claims Tribunal, set up under the accords, which has since decided more than 3,900 claims."
d.E(s, "worked", ["other"], R(D(1982), D(1990)), K, core=False)
d.E(s, "decided", ["other", "agreement"], None, ["tribunal"], core=False)
d.E("A former Iranian agent at the tribunal, Dariush Salehpour, remembered him as \"stubborn about commas and generous about people.\"", "remembered", ["statement"], None, ["salehpour"], core=False)
d.E("He retired in 1994 and taught diplomacy at a university in Washington for more than a decade.", "retired", ["leadership_change", "other"], D(1994), K)
s = "In 2009 he welcomed President Barack Obama's video message to Iranians as \"the first grown-up sentence in thirty years.\""
d.E(s, "video message", ["statement"], D(2009), ["obama"])
d.E(s, "welcomed", ["statement", "support"], D(2009), K)
s = "He was among dozens of former diplomats who signed a public letter in August 2015 urging Congress to support the nuclear agreement reached in Vienna the month before."
d.E(s, "signed a public letter", ["statement", "support"], D(2015, 8), K + ["diplomat"])
d.E(s, "reached", ["agreement"], D(2015, 7))
s = "When President Donald Trump withdrew from the deal in May 2018 and reimposed sanctions, Mr. Kessler called the decision \"a gift to every hard-liner in Tehran.\""
d.E(s, "withdrew", ["withdrawal"], D(2018, 5), ["trump"])
d.E(s, "reimposed sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), ["trump"])
d.E(s, "called", ["statement"], D(2018, 5), K)
s = "In May, after Ayatollah Ali Khamenei said that negotiating with the current American administration was \"poison,\" Mr. Kessler told this newspaper that both capitals had \"confused distrust with strategy.\""
d.E(s, "said", ["statement"], D(2019, 5), ["khamenei"])
d.E(s, "told this newspaper", ["statement"], D(2019, 5), K)
d.save()
