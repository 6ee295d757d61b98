import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h17 import write, PDoc, D, R, words

DOC = "ho17-jpost-netanyahu-thanks-trump-fordow-strikes-barrages"
PUB = "2025-06-22"  # a Sunday
TEXT = """Netanyahu thanks Trump after US strikes on Iran: 'We acted as one'

Iran fires about 30 missiles at Israel in two morning barrages; IDF says Air Force continues to hit launchers in western Iran

By AMOS LEVITAN-BARAK
JUNE 22, 2025 15:42
Updated: JUNE 22, 2025 18:05

Prime Minister Benjamin Netanyahu thanked US President Donald Trump on Sunday for ordering overnight strikes on three Iranian nuclear sites, saying in a video statement released by the Prime Minister's Office that Israel and the United States had "acted as one."

"History will remember that the United States did not look away," Netanyahu said in the statement, recorded in Hebrew and English. "Israel did not fight alone, and it will not."

The strikes hit Fordow, Natanz and Isfahan shortly after 2 a.m. Israel time, Trump announced in a post on Truth Social, calling the operation "a very successful attack."

Gen. Dan Caine, chairman of the US Joint Chiefs of Staff, told reporters at the Pentagon on Sunday that seven B-2 bombers had dropped 14 bunker-buster bombs, each weighing 30,000 pounds, and that more than 125 aircraft had taken part.

The Prime Minister's Office said Netanyahu had spoken with Trump by phone on Saturday night, shortly before the bombers entered Iranian airspace, and that the two leaders had coordinated "fully and in real time."

Hours later, Iran answered. The IDF said on Sunday that about 30 ballistic missiles were fired at Israel in two barrages in the morning, with impacts in Haifa, Ness Ziona and the Tel Aviv area. Magen David Adom said more than 80 people were taken to hospitals, most of them lightly hurt.

"The Israeli Air Force is striking missile launchers in western Iran at this moment, and it will continue for as long as necessary," IDF Spokesperson Brig.-Gen. Effie Defrin said in a televised briefing on Sunday afternoon. He urged the public to stay close to protected spaces.

IDF Chief of Staff Lt.-Gen. Eyal Zamir told commanders that the campaign had reached "a decisive stage," according to a statement from the military.

Since Israel launched Operation Rising Lion on June 13, at least 24 people in Israel have been killed by Iranian missiles, according to official figures, while Iran's Health Ministry has put the death toll in Iran at more than 400.

A senior Israeli security official told The Jerusalem Post on Sunday that Fordow had been "badly damaged, but not necessarily destroyed," and that it would take days to assess the results. "The mountain is still there. What matters is what is left inside it," the official said.

In Istanbul, Iranian Foreign Minister Abbas Araghchi called the US strikes "outrageous" and said they would have "everlasting consequences." He said Iran reserved all options to defend its sovereignty. Araghchi is due to travel to Moscow for talks with Russian President Vladimir Putin on Monday.

Opposition leader Yair Lapid wrote on X on Sunday morning that Israelis stood "united behind the IDF and our soldiers."

Israel has argued for years that the Islamic Republic cannot be trusted with any enrichment. In April 2018, Netanyahu presented what he said were 55,000 pages of documents from Iran's secret nuclear archive, which the Mossad had smuggled out of Tehran in January of that year. Days later, on May 8, Trump withdrew the US from the 2015 nuclear deal, which Netanyahu had fought since it was signed in Vienna in July 2015.

Iran's rulers have called the United States "the Great Satan" since the 1979 Islamic Revolution. Ties between Jerusalem and Tehran, close under the shah, were cut when Ayatollah Ruhollah Khomeini came to power in February 1979, and the Israeli mission in Tehran was handed to the Palestine Liberation Organization.

A diplomatic source in Jerusalem said Netanyahu was expected to convene the security cabinet on Sunday evening.

Jerusalem Post Staff contributed to this report.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Jerusalem Post news story (title with a single-quoted phrase, a subhead, a byline in "
        "capitals, `JUNE 22, 2025 15:42` and `Updated:` lines, \"said on Sunday\", the Prime Minister's Office, IDF "
        "ranks such as \"Brig.-Gen.\" and \"Lt.-Gen.\", \"told The Jerusalem Post\", closing \"Jerusalem Post Staff "
        "contributed to this report.\"). The writer Amos Levitan-Barak, the senior security official, the diplomatic "
        "source and every sentence are invented; the words given to Netanyahu, Defrin, Zamir, Lapid and the Prime "
        "Minister's Office are invented; \"a very successful attack\", \"outrageous\" and \"everlasting "
        "consequences\" are the well-known phrases of the day; the missile, casualty and death-toll counts are "
        "plausible, not checked.")
write(DOC, "Netanyahu thanks Trump after US strikes on Iran: 'We acted as one'", "The Jerusalem Post (style imitation)",
      PUB, TEXT, NOTE, author="Amos Levitan-Barak")

d = PDoc(DOC, PUB)
SUN, SAT, NIGHT = D(2025, 6, 22), D(2025, 6, 21), R(D(2025, 6, 21), D(2025, 6, 22))
NE, TR, AR = ["netanyahu"], ["trump"], ["araghchi"]
PMO = ["prime minister's office", "netanyahu", "prime minister"]

# quotes
d.Q("We acted as one", ["partial", "direct"], "Benjamin Netanyahu", NE, SUN, core=False)
d.Q("acted as one.", ["partial"], "Benjamin Netanyahu", NE, SUN)
d.Q("History will remember that the United States did not look away,", ["direct"], "Benjamin Netanyahu", NE, SUN)
d.Q("Israel did not fight alone, and it will not.", ["direct"], "Benjamin Netanyahu", NE, SUN)
d.Q("a very successful attack.", ["partial"], "Donald Trump", TR, NIGHT)
d.Q("fully and in real time.", ["partial"], "Prime Minister's Office", PMO)
d.Q("The Israeli Air Force is striking missile launchers in western Iran at this moment, and it will continue for as long as necessary,", ["direct"], "Effie Defrin", ["defrin"], SUN)
d.Q("a decisive stage,", ["partial"], "Eyal Zamir", ["zamir"])
d.Q("badly damaged, but not necessarily destroyed,", ["partial"], None, (), SUN)
d.Q("The mountain is still there. What matters is what is left inside it,", ["direct"], None, (), SUN)
d.Q("outrageous", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("everlasting consequences.", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("united behind the IDF and our soldiers.", ["partial"], "Yair Lapid", ["lapid"], SUN)
d.Q("the Great Satan", ["term"], None, (), core=False)

# figures
d.F("about 30 missiles", 30, ["missile"], "count", "about", ["missile"], core=True)
d.F("two morning barrages", 2, ["barrage", "morning barrage"], "count", subject_any=["barrage"])
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site", "iranian nuclear site"], "count", subject_any=["site"])
d.F("seven B-2 bombers", 7, ["bomber", "b-2 bomber"], "count", subject_any=["bomber", "b-2"])
d.F("14 bunker-buster bombs", 14, ["bomb", "bunker-buster bomb"], "count", subject_any=["bomb"])
d.F("30,000 pounds", 30000, ["pound", "lb"], "measure", subject_any=["bomb"])
d.F("more than 125 aircraft", 125, ["aircraft"], "count", "more_than", ["aircraft"])
d.F("about 30 ballistic missiles", 30, ["missile", "ballistic missile"], "count", "about", ["missile"])
d.F("two barrages", 2, ["barrage"], "count", subject_any=["barrage"])
d.F("more than 80 people", 80, ["people", "person"], "count", "more_than", ["hospital", "people"])
d.F("at least 24 people", 24, ["people", "person"], "count", "at_least", ["killed", "israel", "people"])
d.F("more than 400", 400, ["people", "person", "death"], "count", "more_than", ["death toll", "iran"])
d.F("days", None, ["day"], "duration", "about", core=False, ctx=("would take days",))
d.F("55,000 pages", 55000, ["page"], "count", subject_any=["document", "archive", "page"])
d.F("the two leaders", 2, ["leader"], "count", core=False)

# events
d.V("Netanyahu thanks Trump after US strikes on Iran", "strikes", ["attack"], NIGHT, ["united states", "us", "trump"], core=False)
d.V("Netanyahu thanks Trump after US strikes on Iran", "thanks", ["statement"], SUN, NE, core=False)
d.V("Iran fires about 30 missiles at Israel", "fires", ["attack"], SUN, ["iran"], core=False)
d.V("Iran fires about 30 missiles at Israel", "continues to hit", ["attack"], SUN, ["air force", "idf", "israel"], core=False)
d.V("Prime Minister Benjamin Netanyahu thanked", "thanked", ["statement"], SUN, NE)
d.V("Prime Minister Benjamin Netanyahu thanked", "strikes", ["attack"], NIGHT, TR + ["united states"])
d.V("\"History will remember that the United States", "said in the statement", ["statement"], SUN, NE, core=False)
d.V("The strikes hit Fordow, Natanz and Isfahan", "hit", ["attack"], SUN, ["united states", "trump"], core=False)
d.V("The strikes hit Fordow, Natanz and Isfahan", "announced", ["statement"], NIGHT, TR)
d.V("Gen. Dan Caine, chairman of the US Joint Chiefs", "told reporters", ["statement"], SUN, ["caine"])
d.V("Gen. Dan Caine, chairman of the US Joint Chiefs", "had dropped", ["attack"], NIGHT, ["b-2", "bomber", "united states"], core=False)
d.V("The Prime Minister's Office said Netanyahu had spoken", "said", ["statement"], None, PMO, core=False)
d.V("The Prime Minister's Office said Netanyahu had spoken", "had spoken with Trump by phone", ["negotiation", "other"], SAT, NE)
d.V("Hours later, Iran answered.", "answered", ["attack"], SUN, ["iran"], core=False)
d.V("The IDF said on Sunday that about 30", "said", ["statement"], SUN, ["idf", "israel defense forces"])
d.V("The IDF said on Sunday that about 30", "were fired", ["attack"], SUN)
d.V("Magen David Adom said more than 80", "said", ["statement"], None, ["magen david adom"], core=False)
d.V("\"The Israeli Air Force is striking missile launchers", "said in a televised briefing on Sunday afternoon", ["statement"], SUN, ["defrin"])
d.V("\"The Israeli Air Force is striking missile launchers", "is striking", ["attack"], SUN, ["air force", "israel", "idf"], core=False)
d.V("He urged the public to stay close", "urged", ["statement"], SUN, ["defrin"], core=False)
d.V("IDF Chief of Staff Lt.-Gen. Eyal Zamir told commanders", "told commanders", ["statement"], None, ["zamir"], core=False)
d.V("Since Israel launched Operation Rising Lion", "launched Operation Rising Lion", ["war", "attack"], D(2025, 6, 13), ["israel"])
d.V("Since Israel launched Operation Rising Lion", "have been killed", ["attack"], R(D(2025, 6, 13), SUN), core=False)
d.V("A senior Israeli security official told The Jerusalem Post", "told The Jerusalem Post on Sunday", ["statement"], SUN, core=False)
d.V("In Istanbul, Iranian Foreign Minister Abbas Araghchi", "called", ["statement"], SUN, AR)
d.V("He said Iran reserved all options", "said", ["statement"], SUN, AR, core=False)
d.V("Araghchi is due to travel to Moscow", "talks", ["negotiation"], D(2025, 6, 23), AR, core=False)
d.V("Opposition leader Yair Lapid wrote on X", "wrote on X on Sunday morning", ["statement"], SUN, ["lapid"])
d.V("In April 2018, Netanyahu presented", "presented", ["disclosure", "statement"], D(2018, 4), NE)
d.V("In April 2018, Netanyahu presented", "had smuggled", ["seizure", "other"], D(2018, 1), ["mossad"])
d.V("Days later, on May 8, Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), TR + ["united states", "us"])
d.V("Days later, on May 8, Trump withdrew", "had fought", ["other", "statement"], None, NE, core=False)
d.V("Days later, on May 8, Trump withdrew", "signed", ["agreement"], D(2015, 7))
d.V("Iran's rulers have called the United States", "have called", ["designation", "statement"], None, ["iran"], core=False)
d.V("Iran's rulers have called the United States", "Revolution", ["revolution"], D(1979), core=False)
d.V("Ties between Jerusalem and Tehran", "were cut", ["withdrawal", "other"], D(1979, 2))
d.V("Ties between Jerusalem and Tehran", "came to power", ["leadership_change", "revolution"], D(1979, 2), ["khomeini"])
d.V("Ties between Jerusalem and Tehran", "was handed", ["seizure", "other"], D(1979, 2))
d.V("A diplomatic source in Jerusalem said", "convene", ["other", "negotiation"], SUN, NE, core=False)
d.V("A diplomatic source in Jerusalem said", "said", ["statement"], None, core=False)
d.save()
print(DOC, words(DOC), "words")
