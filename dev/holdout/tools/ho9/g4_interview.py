import re
from mk import write
from ann import Doc, D, R

DOC = "ho9-interview-historian-mahdavi-ross-1953"
PUB = "2021-08-14"
TEXT = """THE LONGITUDE REVIEW
Conversations

"Every Iranian family has its own August 1953": a historian on the coup that still shadows the talks

August 14, 2021

Sixty-eight years ago next week, crowds and army units loyal to the Shah overthrew Iran's prime minister, Mohammad Mosaddegh, in a coup organized with the help of the CIA and Britain's MI6. Shirin Mahdavi-Ross, a historian at a university in Toronto, has spent a decade interviewing people who lived through it, and their children. Her new book, The Long Afternoon, is published this month. We spoke by video on Tuesday; the conversation has been edited for length.

LONGITUDE: Where does your interest in 1953 begin?

MAHDAVI-ROSS: With my grandfather. He sold cloth in the Tehran bazaar, and on the morning of August 19 he closed his shop early because men with clubs were coming up the street. Two years earlier the Majlis had voted to nationalize the oil industry, and he had cheered. For the rest of his life he told the same story: "They paid the crowd in the morning, and by the afternoon the crowd had changed the government." I must have heard it fifty times.

LONGITUDE: Historians still argue over how much of that was organized from outside. Where do you land?

MAHDAVI-ROSS: The documents are clear that the CIA and the British planned it and paid for it. The agency finally acknowledged its role in August 2013, when it released internal papers, and the State Department published a long-delayed volume of records in June 2017. But Iranians did the street work. My grandfather's version and the CIA's version are both true, and that is exactly why the memory is so bitter.

LONGITUDE: How did 1953 shape what happened in 1979?

MAHDAVI-ROSS: Directly. When the Shah was admitted to the United States for medical treatment in October of that year, many Iranians assumed a repeat was being prepared. Two weeks later, on November 4, students climbed the walls of the American embassy. One of them told me in 2004, "We were not going to let them do 1953 to us again." They held 52 Americans for 444 days.

LONGITUDE: Washington has expressed regret before. Did it matter?

MAHDAVI-ROSS: Less than Americans think. Madeleine Albright said in March 2000 that the United States had played a "significant role" in the coup, and Iranians noticed that she did not apologize. Barack Obama went further in Cairo in June 2009, when he acknowledged the American role in toppling "a democratically elected Iranian government." Those were real words. But a sentence in a speech cannot carry sixty years of grievance.

LONGITUDE: The nuclear deal was supposed to be the moment trust started to grow.

MAHDAVI-ROSS: And for a while it did. It was signed in July 2015, Iran shipped out most of its enriched uranium, and the inspectors confirmed it again and again. Then President Trump walked out in May 2018. For the people I interview, that was 1953 all over again in a different costume. A retired oil engineer in Abadan said to me, "The Americans sign in ink and withdraw in pencil."

LONGITUDE: The talks in Vienna to restore the deal have been paused since June, and Ebrahim Raisi took office as president last week. What do you expect?

MAHDAVI-ROSS: Caution. Ayatollah Khamenei said last month that the talks had shown that trusting the West "does not work," and Raisi has repeated that he will not negotiate for the sake of negotiating. The six rounds held since April got closer than people think. But each side is waiting for the other to move first, which is what you do when neither believes the other will keep its word.

LONGITUDE: Is there anything that could break that cycle?

MAHDAVI-ROSS: My grandfather would say no. He died in 1988, still convinced that nothing happened in Iran without a foreign hand. I am more hopeful. Nearly 70 percent of Iranians were born after 1979. They did not see the crowds on August 19, and they did not see the embassy. They inherited the story. Stories can be retold.
"""


def curly(t):
    t = re.sub(r'(^|[\s(])"', "\\1\u201c", t, flags=re.M)
    t = t.replace('"', "\u201d")
    return t.replace("'", "\u2019")


write(DOC, "\u201cEvery Iranian family has its own August 1953\u201d: a historian on the coup that still shadows the talks",
      "The Longitude Review", PUB, curly(TEXT))

d = Doc(DOC, PUB)
MR = ["mahdavi-ross", "mahdavi"]
# quotes
d.Q("Every Iranian family has its own August 1953", ["direct", "partial"], "Shirin Mahdavi-Ross", MR, D(2021, 8, 10), core=False)
d.Q("They paid the crowd in the morning, and by the afternoon the crowd had changed the government.", ["direct"], None)
d.Q("We were not going to let them do 1953 to us again.", ["direct"], None, said=D(2004))
d.Q("significant role", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("a democratically elected Iranian government.", ["partial"], "Barack Obama", ["obama"], D(2009, 6))
d.Q("The Americans sign in ink and withdraw in pencil.", ["direct"], None)
d.Q("does not work,", ["partial"], "Ali Khamenei", ["khamenei", "ayatollah"], D(2021, 7))

# figures
d.F("Sixty-eight years ago", 68, ["year"], "duration", core=False)
d.F("a decade", 10, ["year", "decade"], "duration", subject_any=["interview", "spent"])
d.F("Two years earlier", 2, ["year"], "duration", core=False)
d.F("fifty times", 50, ["time"], "count", "about", core=False)
d.F("Two weeks later", 2, ["week"], "duration", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage", "held"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("sixty years", 60, ["year"], "duration", subject_any=["grievance"])
d.F("The six rounds", 6, ["round"], "count", subject_any=["round", "talks"])
d.F("Nearly 70 percent", 70, ["percent"], "percent", "about", ["iranian"])

# events
d.E('"Every Iranian family has its own August 1953": a historian on the coup that still shadows the talks', "coup", ["coup"], D(1953, 8), core=False)
d.E("Sixty-eight years ago next week, crowds and army units loyal to the Shah overthrew Iran's prime minister, Mohammad Mosaddegh, in a coup organized with the help of the CIA and Britain's MI6.",
    "overthrew", ["coup"], D(1953, 8), ["crowd", "army", "cia", "central intelligence agency", "mi6"])
d.E("We spoke by video on Tuesday; the conversation has been edited for length.", "spoke", ["statement", "other"], D(2021, 8, 10), core=False)
d.E("He sold cloth in the Tehran bazaar, and on the morning of August 19 he closed his shop early because men with clubs were coming up the street.",
    "closed his shop", ["other", "coup"], D(1953, 8, 19), core=False)
d.E("Two years earlier the Majlis had voted to nationalize the oil industry, and he had cheered.", "voted to nationalize", ["legislation", "other"], D(1951), ["majlis", "parliament"])
d.E("MAHDAVI-ROSS: The documents are clear that the CIA and the British planned it and paid for it.", "planned it", ["coup", "support"], None, ["cia", "central intelligence agency", "british"], core=False)
s = "The agency finally acknowledged its role in August 2013, when it released internal papers, and the State Department published a long-delayed volume of records in June 2017."
d.E(s, "acknowledged", ["statement", "disclosure"], D(2013, 8), ["agency", "cia", "central intelligence agency"])
d.E(s, "published", ["disclosure"], D(2017, 6), ["state department", "department of state"])
d.E("When the Shah was admitted to the United States for medical treatment in October of that year, many Iranians assumed a repeat was being prepared.",
    "admitted", ["other"], D(1979, 10))
d.E("Two weeks later, on November 4, students climbed the walls of the American embassy.", "climbed the walls", ["seizure"], D(1979, 11, 4), ["student"])
d.E("One of them told me in 2004, \"We were not going to let them do 1953 to us again.\"", "told me", ["statement"], D(2004), core=False)
d.E("They held 52 Americans for 444 days.", "held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), ["student", "they"], core=False)
d.E("Madeleine Albright said in March 2000 that the United States had played a \"significant role\" in the coup, and Iranians noticed that she did not apologize.",
    "said", ["statement"], D(2000, 3), ["albright"])
d.E("Barack Obama went further in Cairo in June 2009, when he acknowledged the American role in toppling \"a democratically elected Iranian government.\"",
    "acknowledged", ["statement"], D(2009, 6), ["obama"])
s = "It was signed in July 2015, Iran shipped out most of its enriched uranium, and the inspectors confirmed it again and again."
d.E(s, "signed", ["agreement"], D(2015, 7))
d.E(s, "shipped out", ["other"], None, ["iran"], core=False)
d.E(s, "confirmed", ["statement"], None, ["inspector"], core=False)
d.E("Then President Trump walked out in May 2018.", "walked out", ["withdrawal"], D(2018, 5), ["trump"])
d.E("A retired oil engineer in Abadan said to me, \"The Americans sign in ink and withdraw in pencil.\"", "said", ["statement"], None, core=False)
s = "LONGITUDE: The talks in Vienna to restore the deal have been paused since June, and Ebrahim Raisi took office as president last week."
d.E(s, "paused", ["negotiation", "other"], R(D(2021, 6), D(2021, 8, 14)))
d.E(s, "took office", ["leadership_change"], R(D(2021, 8, 2), D(2021, 8, 8)), ["raisi"])
s = "Ayatollah Khamenei said last month that the talks had shown that trusting the West \"does not work,\" and Raisi has repeated that he will not negotiate for the sake of negotiating."
d.E(s, "said", ["statement"], D(2021, 7), ["khamenei"])
d.E(s, "has repeated", ["statement"], None, ["raisi"], core=False)
d.E("The six rounds held since April got closer than people think.", "rounds", ["negotiation"], R(D(2021, 4), D(2021, 8, 14)))
d.E("He died in 1988, still convinced that nothing happened in Iran without a foreign hand.", "died", ["other"], D(1988), core=False)
d.save()
