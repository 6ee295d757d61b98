import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h18 import write, PDoc, D, R, words

DOC = "ho18-atlantic-feature-ahmadabad-ghost-in-every-negotiation"
PUB = "2025-08-19"  # a Tuesday, the coup's 72nd anniversary
TEXT = """Global

The Ghost in Every Negotiation

Seventy-two years after the CIA helped topple Mohammad Mosaddegh, Iranians still read every American offer through the coup. June's war has only deepened the habit.

By Miriam Castellane-Zand

August 19, 2025, 6 AM ET

The courtyard in Ahmadabad was almost empty when I arrived on a Thursday last month. A caretaker was sweeping dust from the brick path, and two schoolteachers from Qazvin stood in front of the low room where Mohammad Mosaddegh is buried, reading the framed newspaper pages on its walls. "He is the only one of our leaders who never asked the Americans for anything," one of the teachers told me, before her friend steered her toward the gate.

Mosaddegh died in March 1967, after three years in prison and more than a decade of house arrest on this estate, about 100 kilometers west of Tehran. Yet in the weeks since Israeli and American bombs fell on Iran's nuclear sites in June, his name has come back to state television, to Friday sermons and to posters on the walls of the capital.

The story every Iranian schoolchild learns begins in March 1951, when the Majlis voted to nationalize the Anglo-Iranian Oil Company, a British concern that had paid Iran about 16 percent of its profits. Mosaddegh became prime minister weeks later. Britain answered with an embargo on Iranian oil. On August 19, 1953, four days after a first attempt had collapsed, army units loyal to the shah and crowds paid partly with CIA money drove him from power. Mohammad Reza Pahlavi flew home from Rome three days later.

In March 2000, Secretary of State Madeleine Albright called the coup "clearly a setback for Iran's political development," and in a speech in Cairo on June 4, 2009, President Barack Obama said the United States had "played a role in the overthrow" of an elected Iranian government. The CIA's own documents on the operation were declassified in August 2013.

"Americans ask me why we cannot simply move on," said Parviz Yazdanfar, a retired history teacher who has shown visitors around Ahmadabad for 20 years. "I tell them to start here, at this grave, and then count forward."

Counting forward brings a visitor to the winter of 1979. The shah left Iran on January 16 of that year, and Ayatollah Ruhollah Khomeini returned from exile in France on February 1. In late October, President Jimmy Carter allowed the ailing former monarch into the United States for cancer treatment. On November 4, 1979, students loyal to Khomeini climbed the walls of the American embassy and took its staff hostage; 52 Americans were held for 444 days, until the afternoon of January 20, 1981, minutes after Ronald Reagan was sworn in.

The students said they feared a repeat of 1953. Leila Dastgheib-Moore, a historian at the University of Tehran, put it more simply. "In this country, 1953 is the lens," she told me. "The embassy in 1979 is what people saw through it."

The same lens was trained on the nuclear deal. When Iran and six world powers concluded the Joint Comprehensive Plan of Action in Vienna on July 14, 2015, Tehran agreed to keep enrichment at 3.67 percent and to give up about 98 percent of its enriched uranium. Supreme Leader Ali Khamenei let his negotiators sign, but in a speech that September he warned against American "infiltration," a word his supporters have repeated ever since. On May 8, 2018, President Donald Trump withdrew the United States from the agreement and reimposed sanctions. Within a year, Iran's oil exports had fallen from about 2.5 million barrels a day to fewer than 500,000.

Richard Halvorsen-Tabib, a former State Department official who worked on the negotiations, told me in Washington last month that the withdrawal did more damage than any sanction. "We had spent two years telling the Iranians that an American signature outlived an American election," he said. "It turned out we were wrong."

Israel's air campaign opened before dawn on June 13, with a sixth round of talks between Iranian and American negotiators set for that Sunday in Muscat. On June 22, the United States joined in, dropping 14 bunker-busting bombs on Fordow and Natanz and firing cruise missiles at Isfahan. The fighting stopped on June 24 under a ceasefire that Trump had announced the evening before. Iran's health ministry said more than 600 people had been killed in the country; 28 were killed in Israel.

"They were sitting at a table with us and bombing us in the same month," said Hamid, a 58-year-old carpet seller who asked that his family name not be used. "What do you call that in English?"

Khamenei said in a recorded address on June 26 that Iran had dealt America "a heavy slap in the face."

Britain, France and Germany have warned that they will begin restoring United Nations sanctions by the end of this month unless Iran resumes full cooperation with inspectors, whose access Tehran suspended in early July. A senior Iranian official, who spoke on condition of anonymity, told me last week that Tehran would regard such a move as "the European edition of 2018."

Before I left Ahmadabad, Yazdanfar walked me back to the gate and pointed down the road toward Tehran. "Foreigners say we are prisoners of our history," he said. "We are only its accountants. We keep the books."
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and habits "
        "of an Atlantic long-form feature (section word `Global`, headline and dek, byline and `August 19, 2025, 6 AM "
        "ET`, a first-person narrative lede at a scene, historical flashbacks to 1951-1953 and 1979, interview quotes "
        "with \"told me\" and \"said\", a closing return to the opening scene). The writer Miriam Castellane-Zand, "
        "Parviz Yazdanfar, Leila Dastgheib-Moore, Richard Halvorsen-Tabib, Hamid the carpet seller, the two teachers, "
        "the senior Iranian official and every sentence are invented; the words given to Albright, Obama and "
        "Khamenei are short paraphrases of well-known remarks (\"clearly a setback for Iran's political "
        "development\", \"played a role in the overthrow\", \"infiltration\", \"a heavy slap in the face\"). "
        "Historical dates follow public reporting; the distance to Tehran, the 98 percent, the export volumes and "
        "the casualty counts are rounded or plausible, not checked.")
write(DOC, "The Ghost in Every Negotiation", "The Atlantic (style imitation)", PUB, TEXT, NOTE,
      author="Miriam Castellane-Zand")

d = PDoc(DOC, PUB)
LASTMONTH = D(2025, 7)
LASTWK = R(D(2025, 8, 11), D(2025, 8, 17))
KH, TR = ["khamenei"], ["trump"]
YA = ["yazdanfar"]

# quotes
d.Q("He is the only one of our leaders who never asked the Americans for anything,", ["direct"], None, ())
d.Q("clearly a setback for Iran's political development,", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("played a role in the overthrow", ["partial"], "Barack Obama", ["obama"], D(2009, 6, 4))
d.Q("Americans ask me why we cannot simply move on,", ["direct"], "Parviz Yazdanfar", YA)
d.Q("I tell them to start here, at this grave, and then count forward.", ["direct"], "Parviz Yazdanfar", YA)
d.Q("In this country, 1953 is the lens,", ["direct"], "Leila Dastgheib-Moore", ["dastgheib"])
d.Q("The embassy in 1979 is what people saw through it.", ["direct"], "Leila Dastgheib-Moore", ["dastgheib"])
d.Q("infiltration,", ["partial", "term"], "Ali Khamenei", KH, D(2015, 9))
d.Q("We had spent two years telling the Iranians that an American signature outlived an American election,",
    ["direct"], "Richard Halvorsen-Tabib", ["halvorsen"], LASTMONTH)
d.Q("It turned out we were wrong.", ["direct"],
    "Richard Halvorsen-Tabib", ["halvorsen"], LASTMONTH)
d.Q("They were sitting at a table with us and bombing us in the same month,", ["direct"], None, ())
d.Q("What do you call that in English?", ["direct"], None, ())
d.Q("a heavy slap in the face.", ["partial"], "Ali Khamenei", KH, D(2025, 6, 26))
d.Q("the European edition of 2018.", ["partial"], None, (), LASTWK)
d.Q("Foreigners say we are prisoners of our history,", ["direct"], "Parviz Yazdanfar", YA)
d.Q("We are only its accountants. We keep the books.", ["direct"], "Parviz Yazdanfar", YA)

# figures
d.F("Seventy-two years after", 72, ["year"], "duration", core=False)
d.F("two schoolteachers", 2, ["schoolteacher", "teacher"], "count", subject_any=["teacher"])
d.F("three years", 3, ["year"], "duration", subject_any=["prison"])
d.F("more than a decade", 10, ["year", "decade"], "duration", "more_than", ["house arrest", "arrest"])
d.F("about 100 kilometers", 100, ["kilometer", "kilometre", "km"], "measure", "about", ["tehran", "estate"])
d.F("about 16 percent", 16, ["percent"], "percent", "about", ["profit"])
d.F("weeks later", None, ["week"], "duration", "about", core=False)
d.F("four days after", 4, ["day"], "duration", core=False)
d.F("three days later", 3, ["day"], "duration", core=False)
d.F("20 years", 20, ["year"], "duration", subject_any=["visitor", "shown"])
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("minutes after", None, ["minute"], "duration", "about", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrich"])
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["uranium", "enriched"])
d.F("Within a year", 1, ["year"], "duration", "up_to", core=False)
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil export", "export"])
d.F("fewer than 500,000", 5e5, ["barrel per day", "barrel a day"], "measure", "less_than", ["oil export", "export"])
d.F("two years", 2, ["year"], "duration", subject_any=["telling", "negotiation"], ctx=("We had spent two years",))
d.F("14 bunker-busting bombs", 14, ["bomb", "bunker-busting bomb"], "count", subject_any=["bomb"])
d.F("more than 600 people", 600, ["people", "person"], "count", "more_than", ["killed", "people", "iran"])
d.F("28", 28, ["people", "person"], "count", subject_any=["killed", "israel"], ctx=("28 were killed in Israel",))
d.F("58-year-old", 58, ["year"], "duration", core=False)

# events
d.V("The Ghost in Every Negotiation", "Negotiation", ["negotiation"], core=False)
d.V("Seventy-two years after the CIA helped topple", "topple", ["coup"], D(1953), ["cia", "central intelligence"], core=False)
d.V("June's war has only deepened the habit.", "war", ["war", "attack"], D(2025, 6), core=False)
d.V("\"He is the only one of our leaders", "told me", ["statement"], None, core=False)
d.V("Mosaddegh died in March 1967", "died", ["other"], D(1967, 3))
d.V("Mosaddegh died in March 1967", "house arrest", ["seizure", "other"], None, core=False)
d.V("Yet in the weeks since Israeli and American bombs fell", "bombs fell", ["attack"], D(2025, 6), ["israel", "united states", "american"], core=False)
d.V("The story every Iranian schoolchild learns begins in March 1951", "voted to nationalize", ["legislation"], D(1951, 3), ["majlis", "parliament"])
d.V("Mosaddegh became prime minister weeks later.", "became prime minister", ["leadership_change"], R(D(1951, 3), D(1951, 5)), ["mosaddegh"], core=False)
d.V("Britain answered with an embargo", "embargo", ["sanction"], None, ["britain", "united kingdom"])
d.V("On August 19, 1953, four days after", "drove him from power", ["coup"], D(1953, 8, 19), ["army", "crowd", "cia", "central intelligence", "shah"])
d.V("On August 19, 1953, four days after", "a first attempt had collapsed", ["coup", "other"], D(1953, 8, 15))
d.V("Mohammad Reza Pahlavi flew home from Rome", "flew home", ["leadership_change"], D(1953, 8, 22), ["pahlavi", "shah"])
d.V("In March 2000, Secretary of State Madeleine Albright called", "called", ["statement"], D(2000, 3), ["albright"])
d.V("In March 2000, Secretary of State Madeleine Albright called", "said", ["statement"], D(2009, 6, 4), ["obama"])
d.V("In March 2000, Secretary of State Madeleine Albright called", "overthrow", ["coup"], None, core=False)
d.V("The CIA's own documents on the operation were declassified", "were declassified", ["disclosure"], D(2013, 8))
d.V("\"Americans ask me why we cannot simply move on,\" said", "said", ["statement"], None, YA, core=False)
d.V("The shah left Iran on January 16", "left Iran", ["leadership_change"], D(1979, 1, 16), ["pahlavi", "shah"])
d.V("The shah left Iran on January 16", "returned from exile", ["leadership_change", "revolution"], D(1979, 2, 1), ["khomeini"])
d.V("In late October, President Jimmy Carter allowed", "allowed", ["other", "support"], R(D(1979, 10, 21), D(1979, 10, 31)), ["carter"])
d.V("On November 4, 1979, students loyal to Khomeini", "took its staff hostage", ["seizure"], D(1979, 11, 4), ["student"])
d.V("On November 4, 1979, students loyal to Khomeini", "were held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), core=False)
d.V("On November 4, 1979, students loyal to Khomeini", "was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("The students said they feared a repeat of 1953", "said", ["statement"], None, ["student"], core=False)
d.V("\"In this country, 1953 is the lens,\" she told me.", "told me", ["statement"], None, ["dastgheib"], core=False)
d.V("When Iran and six world powers concluded", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "world power"])
d.V("When Iran and six world powers concluded", "agreed to keep", ["agreement"], D(2015, 7, 14), ["iran", "tehran"], core=False)
d.V("Supreme Leader Ali Khamenei let his negotiators sign", "let his negotiators sign", ["other", "agreement"], None, KH, core=False)
d.V("Supreme Leader Ali Khamenei let his negotiators sign", "warned", ["statement"], D(2015, 9), KH)
d.V("Supreme Leader Ali Khamenei let his negotiators sign", "have repeated", ["statement"], None, core=False)
d.V("On May 8, 2018, President Donald Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), TR)
d.V("On May 8, 2018, President Donald Trump withdrew", "reimposed sanctions", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), TR + ["united states"])
d.V("Within a year, Iran's oil exports had fallen", "had fallen", ["other"], None, core=False)
d.V("Richard Halvorsen-Tabib, a former State", "told me", ["statement"], LASTMONTH, ["halvorsen"], core=False)
d.V("Richard Halvorsen-Tabib, a former State", "the withdrawal", ["withdrawal"], None, core=False)
d.V("\"We had spent two years telling the Iranians", "he said", ["statement"], LASTMONTH, ["halvorsen"], core=False)
d.V("Israel's air campaign opened before dawn on June 13", "air campaign opened", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.V("Israel's air campaign opened before dawn on June 13", "sixth round of talks", ["negotiation"], D(2025, 6, 15), core=False)
d.V("On June 22, the United States joined in", "joined in", ["attack", "war"], D(2025, 6, 22), ["united states"])
d.V("On June 22, the United States joined in", "dropping", ["attack"], D(2025, 6, 22), ["united states"], core=False)
d.V("On June 22, the United States joined in", "firing cruise missiles", ["attack"], D(2025, 6, 22), ["united states"], core=False)
d.V("The fighting stopped on June 24", "ceasefire", ["agreement"], D(2025, 6, 24))
d.V("The fighting stopped on June 24", "had announced", ["statement"], D(2025, 6, 23), TR)
d.V("Iran's health ministry said more than 600", "said", ["statement"], None, ["health ministry", "iran"], core=False)
d.V("Iran's health ministry said more than 600", "had been killed", ["attack"], R(D(2025, 6, 13), D(2025, 6, 24)))
d.V("Iran's health ministry said more than 600", "were killed in Israel", ["attack"], R(D(2025, 6, 13), D(2025, 6, 24)))
d.V("\"They were sitting at a table with us", "said", ["statement"], None, core=False)
d.V("Khamenei said in a recorded address on June 26", "said in a recorded address on June 26", ["statement"], D(2025, 6, 26), KH)
d.V("Britain, France and Germany have warned", "have warned", ["threat", "statement"], None, ["britain", "france", "germany"], core=False)
d.V("Britain, France and Germany have warned", "will begin restoring", ["sanction"], R(D(2025, 8, 19), D(2025, 8, 31)), ["britain", "france", "germany"], core=False)
d.V("Britain, France and Germany have warned", "suspended in early July", ["withdrawal", "other"], R(D(2025, 7, 1), D(2025, 7, 10)), ["tehran", "iran"])
d.V("A senior Iranian official, who spoke on condition", "told me last week", ["statement"], LASTWK, core=False)
d.V("\"Foreigners say we are prisoners of our history,\" he said.", "he said", ["statement"], None, YA, core=False)
d.save()
print(DOC, words(DOC), "words")
