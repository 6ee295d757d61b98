from mk import write
from ann import Doc, D, R

DOC = "ho6-campus-panel-long-shadow-1953"
PUB = "2024-02-29"
TEXT = """THE HARROWGATE LEDGER
The independent student newspaper of Harrowgate University

CAMPUS NEWS

Historians debate ‘the long shadow of 1953’ at packed Hale Hall panel

By Priya Okafor, Staff Writer
Thursday, February 29, 2024

More than 200 students and faculty crowded into Hale Hall on Tuesday evening for a panel on why Iran and the United States have found it so hard to trust each other for more than seven decades.

The event, organized by the Department of History and the Middle East Studies Program, brought together three scholars: Dr. Miriam Castellano, associate professor of history; Prof. Javad Tehrani-Lowe, who holds the Fairbanks Chair in Iranian Studies; and Dr. Elliot Brandvold, a visiting fellow in international security.

Castellano opened with the August 1953 coup that removed Prime Minister Mohammad Mosaddegh. “You cannot understand the Iranian view of Washington without starting there,” she said. The coup, organized by the CIA and British intelligence, restored the Shah to full power, she told the audience, and the agency acknowledged its role in documents released in 2013.

Tehrani-Lowe argued that the revolution of 1979 turned that memory into state doctrine. He described the seizure of the U.S. embassy in Tehran on November 4, 1979, as “a reply to 1953 written twenty-six years late,” and noted that 52 Americans were held for 444 days.

Brandvold, the only speaker who has worked in government, focused on the nuclear file. The 2015 agreement, in his words, worked “better than its critics predicted and worse than its authors promised.” Under the deal Iran shipped out roughly 98 percent of its enriched uranium, he said, before President Donald Trump withdrew from it in 2018.

“Every administration since Carter has believed it could fix this relationship with the right mix of pressure and patience,” Brandvold said. “Every one of them was wrong.”

AUDIENCE QUESTIONS

The question-and-answer session ran for nearly forty minutes.

Daniel Ruiz, a sophomore in political science, asked whether the killing of General Qasem Soleimani in a U.S. drone strike in January 2020 had closed the door to diplomacy. Tehrani-Lowe answered that the strike had “hardened positions on both sides,” but pointed out that Iran still joined indirect talks in Vienna the following year.

Another student, who asked not to be named, wanted to know whether sanctions had worked. “They have worked at hurting people,” Castellano replied. “Whether they have worked at changing policy is a different question.”

Brandvold cited International Monetary Fund figures showing that Iran’s economy shrank by about 6 percent in 2018, and said inflation had stayed above 40 percent for most of the years since.

Asked by Leila Haddadi, a graduate student in sociology, whether young Iranians share their government’s suspicion of Washington, Tehrani-Lowe said that surveys suggest “most Iranians distrust Washington and their own government at the same time.” He added, to laughter, that this was “the one thing the hardliners and the reformers agree on.”

The panel was the second in the department’s “Rethinking Rivals” series. The third, on relations between the United States and China, is scheduled for March 19.

Prof. Ruth Abernathy, chair of the history department, said Tuesday’s turnout was the largest the series had drawn. ‘We had to turn people away at the door,’ she said. ‘That tells me students want history, not slogans.’

Editor’s note: An earlier version of this article misspelled Prof. Tehrani-Lowe’s name.
"""
write(DOC, "Historians debate ‘the long shadow of 1953’ at packed Hale Hall panel", "The Harrowgate Ledger", PUB, TEXT)

d = Doc(DOC, PUB)
TUE = D(2024, 2, 27)
# quotes
d.Q("the long shadow of 1953", ["term"], None, (), core=False)
d.Q("You cannot understand the Iranian view of Washington without starting there,", ["direct"], "Miriam Castellano", ["castellano"], TUE)
d.Q("a reply to 1953 written twenty-six years late,", ["partial"], "Javad Tehrani-Lowe", ["tehrani-lowe", "tehrani"], TUE)
d.Q("better than its critics predicted and worse than its authors promised.", ["partial"], "Elliot Brandvold", ["brandvold"], TUE)
d.Q("Every administration since Carter has believed it could fix this relationship with the right mix of pressure and patience,", ["direct"], "Elliot Brandvold", ["brandvold"], TUE)
d.Q("Every one of them was wrong.", ["direct"], "Elliot Brandvold", ["brandvold"], TUE)
d.Q("hardened positions on both sides,", ["partial"], "Javad Tehrani-Lowe", ["tehrani-lowe", "tehrani"], TUE)
d.Q("They have worked at hurting people,", ["direct"], "Miriam Castellano", ["castellano"], TUE)
d.Q("Whether they have worked at changing policy is a different question.", ["direct"], "Miriam Castellano", ["castellano"], TUE)
d.Q("most Iranians distrust Washington and their own government at the same time.", ["partial"], "Javad Tehrani-Lowe", ["tehrani-lowe", "tehrani"], TUE)
d.Q("the one thing the hardliners and the reformers agree on.", ["partial"], "Javad Tehrani-Lowe", ["tehrani-lowe", "tehrani"], TUE)
d.Q("Rethinking Rivals", ["term"], None, (), core=False)
d.Q("We had to turn people away at the door,", ["direct"], "Ruth Abernathy", ["abernathy"])
d.Q("That tells me students want history, not slogans.", ["direct"], "Ruth Abernathy", ["abernathy"])
# figures
d.F("More than 200 students and faculty", 200, ["student", "student and faculty", "people"], "count", "more_than", ["student", "hale hall", "panel"])
d.F("more than seven decades", 70, ["year"], "duration", "more_than", ["trust", "iran"])
d.F("three scholars", 3, ["scholar"], "count", subject_any=["scholar"])
d.F("twenty-six years", 26, ["year"], "duration", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american"])
d.F("roughly 98 percent", 98, ["percent"], "percent", "about", ["uranium"])
d.F("nearly forty minutes", 40, ["minute"], "duration", "about", ["session", "question"])
d.F("about 6 percent", 6, ["percent"], "percent", "about", ["economy"])
d.F("above 40 percent", 40, ["percent"], "percent", "more_than", ["inflation"])
# events
d.E("More than 200 students and faculty crowded into Hale Hall on Tuesday evening for a panel on why Iran and the United States have found it so hard to trust each other for more than seven decades.",
    "panel", ["other", "statement", "negotiation"], TUE, core=False)
d.E("Castellano opened with the August 1953 coup that removed Prime Minister Mohammad Mosaddegh.", "coup", ["coup"], D(1953, 8))
s = "The coup, organized by the CIA and British intelligence, restored the Shah to full power, she told the audience, and the agency acknowledged its role in documents released in 2013."
d.E(s, "The coup, organized by the CIA", ["coup"], D(1953, 8), ["cia", "central intelligence", "british"])
d.E(s, "restored the Shah to full power", ["leadership_change", "coup"], D(1953, 8), ["cia", "central intelligence", "british"], core=False)
d.E(s, "documents released in 2013", ["disclosure"], D(2013), ["cia", "central intelligence", "agency"])
d.E("Tehrani-Lowe argued that the revolution of 1979 turned that memory into state doctrine.", "revolution", ["revolution"], D(1979))
d.E("He described the seizure of the U.S. embassy in Tehran on November 4, 1979, as \"a reply to 1953 written twenty-six years late,\" and noted that 52 Americans were held for 444 days.",
    "seizure", ["seizure"], D(1979, 11, 4))
d.E("Under the deal Iran shipped out roughly 98 percent of its enriched uranium, he said, before President Donald Trump withdrew from it in 2018.", "withdrew", ["withdrawal"], D(2018), ["trump"])
d.E("The 2015 agreement, in his words, worked \"better than its critics predicted and worse than its authors promised.\"", "The 2015 agreement", ["agreement"], D(2015), core=False)
s = "Daniel Ruiz, a sophomore in political science, asked whether the killing of General Qasem Soleimani in a U.S. drone strike in January 2020 had closed the door to diplomacy."
d.E(s, "killing", ["attack"], D(2020, 1), ["united states", "u.s."])
s = "Tehrani-Lowe answered that the strike had \"hardened positions on both sides,\" but pointed out that Iran still joined indirect talks in Vienna the following year."
d.E(s, "indirect talks in Vienna", ["negotiation"], D(2021), ["iran"])
d.E("Brandvold cited International Monetary Fund figures showing that Iran's economy shrank by about 6 percent in 2018, and said inflation had stayed above 40 percent for most of the years since.",
    "shrank", ["other"], D(2018), core=False)
d.E("The third, on relations between the United States and China, is scheduled for March 19.", "is scheduled", ["other"], D(2024, 3, 19), core=False)
d.save()
