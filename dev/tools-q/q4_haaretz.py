from q0 import FDoc, D, R, write, author, meta_note

DOC = "dev-q-haaretz-israel-hails-us-exit-mossad-archive"
PUB = "2018-05-09"  # a Wednesday
TEXT = """Netanyahu Hails Trump's Exit From Iran Deal; Senior Official Says Mossad Archive 'Tipped the Balance'

Israeli leaders welcome the U.S. withdrawal, but some former defense chiefs warn Israel has lost a constraint on Tehran as the army braces for an Iranian response from Syria

Yaniv Kessler-Amrani
May 9, 2018

Prime Minister Benjamin Netanyahu on Tuesday night welcomed U.S. President Donald Trump's decision to pull out of the 2015 nuclear agreement with Iran, calling it "a bold decision" and saying Israel had opposed the deal "from the very first day."

Trump announced on Tuesday that the United States would leave the Joint Comprehensive Plan of Action, signed in Vienna in July 2015, and reimpose the sanctions it had lifted, some of them after a wind-down period of 90 days and the rest after 180 days.

A senior Israeli official said on Wednesday that the nuclear archive the Mossad smuggled out of Tehran in January "tipped the balance" in Washington. "The Americans suspected that Iran had lied. The archive let them prove it," the official said, speaking on condition of anonymity.

Netanyahu unveiled the material in a televised presentation at the Defense Ministry in Tel Aviv on April 30, saying Israel had obtained some 55,000 pages of documents and another 55,000 files on 183 CDs detailing Iran's pre-2003 weapons program, known as Project Amad.

Iranian officials dismissed the presentation as "a childish show." Iran's president, Hassan Rohani, said in a televised address on Tuesday night that Iran would stay in the deal for now with its European partners, but warned that it could resume enrichment "without any limits" within weeks if its interests were not protected. "America has never kept its commitments," he said.

The Israel Defense Forces raised its state of alert on the Golan Heights on Tuesday, hours before Trump's announcement, and ordered bomb shelters opened in communities near the Syrian border, citing unusual movements of Iranian forces in Syria.

Divided establishment

Not everyone in Israel's defense establishment shares the government's satisfaction. Several former senior officers have argued in recent months that the deal, whatever its flaws, had pushed Iran's program back by years.

"The agreement was bad, but the day after it is worse," a former head of military intelligence's research division told Haaretz. "Nobody in Jerusalem has explained what replaces it."

Under the deal, Iran shipped out some 98 percent of its enriched uranium and accepted inspections that the International Atomic Energy Agency says it has met in 11 consecutive reports.

Israel's suspicion of the Islamic Republic runs back to 1979, when the revolution that toppled the shah ended three decades of close, if discreet, ties between Jerusalem and Tehran. In February 1979, days after Ayatollah Ruhollah Khomeini returned from exile, the new authorities handed the Israeli mission in Tehran to the Palestine Liberation Organization. That November, students loyal to Khomeini seized the U.S. Embassy, an event that shaped American views of Iran for a generation.

Netanyahu fought the 2015 agreement from the start. In March 2015, four months before it was signed, he addressed a joint meeting of Congress in Washington and called it "a very bad deal," a speech that strained his relations with President Barack Obama for the rest of Obama's term.

In Tehran, the rial has lost about 35 percent of its value since January, and Iranian oil exports, which reached about 2.5 million barrels a day in April, are expected to fall once sanctions return.

"Today the Iranians learned that an American signature lasts exactly as long as the president who gave it," said Dalia Ofer-Haddad, a senior researcher at the Institute for Regional Security Studies in Tel Aviv. "That lesson will cost us too."
"""
write(DOC, "Netanyahu Hails Trump's Exit From Iran Deal; Senior Official Says Mossad Archive 'Tipped the Balance'",
      "Haaretz (style imitation)", PUB, TEXT)
author(DOC, "Yaniv Kessler-Amrani")
meta_note(DOC, "news story in Haaretz house style (title-case headline, subhead, byline and date lines, 'a senior Israeli "
          "official said', the Mossad, 'told Haaretz', a 'Divided establishment' subhead, references to 1979 and the "
          "JCPOA), style imitation; the writer Yaniv Kessler-Amrani, the senior official, the former head of the research "
          "division, Dalia Ofer-Haddad and the Institute for Regional Security Studies are invented; the words of "
          "Netanyahu, Rohani and the Iranian officials are invented or paraphrased ('a very bad deal' is Netanyahu's "
          "phrase of March 2015); the archive's numbers are as reported at the time, the rial's fall and the export "
          "volume plausible, not exact")

d = FDoc(DOC, PUB)
TUE, WED = D(2018, 5, 8), D(2018, 5, 9)
NE, RO = ["netanyahu"], ["rohani", "rouhani"]
# quotes
d.Q("Tipped the Balance", ["partial", "term"], None, [], WED, core=False)
d.Q("a bold decision", ["partial"], "Benjamin Netanyahu", NE, TUE)
d.Q("from the very first day.", ["partial"], "Benjamin Netanyahu", NE, TUE)
d.Q("tipped the balance", ["partial"], None, [], WED)
d.Q("The Americans suspected that Iran had lied. The archive let them prove it,", ["direct"], None, [], WED)
d.Q("a childish show.", ["partial"], None, [], None, core=False)
d.Q("without any limits", ["partial"], "Hassan Rouhani", RO, TUE)
d.Q("America has never kept its commitments,", ["direct"], "Hassan Rouhani", RO, TUE)
d.Q("The agreement was bad, but the day after it is worse,", ["direct"], None, [], None)
d.Q("Nobody in Jerusalem has explained what replaces it.", ["direct"], None, [], None)
d.Q("a very bad deal,", ["partial"], "Benjamin Netanyahu", NE, D(2015, 3))
d.Q("Today the Iranians learned that an American signature lasts exactly as long as the president who gave it,",
    ["direct"], "Dalia Ofer-Haddad", ["ofer"], None)
d.Q("That lesson will cost us too.", ["direct"], "Dalia Ofer-Haddad", ["ofer"], None)
# figures
d.F("90 days", 90, ["day"], "duration", subject_any=["wind-down", "sanction"])
d.F("180 days", 180, ["day"], "duration", subject_any=["sanction", "wind-down"])
d.F("some 55,000 pages", 55000, ["page"], "count", "about", ["document", "page", "archive"])
d.F("another 55,000 files", 55000, ["file"], "count", subject_any=["file"])
d.F("183 CDs", 183, ["cd"], "count", subject_any=["cd"])
d.F("Several former senior officers", 3, ["officer"], "count", "about", core=False)
d.F("some 98 percent", 98, ["percent"], "percent", "about", ["enriched uranium", "uranium"])
d.F("11 consecutive reports", 11, ["report"], "count", subject_any=["report"])
d.F("three decades", 30, ["year"], "duration", subject_any=["ties"])
d.F("four months before", 4, ["month"], "duration", core=False)
d.F("about 35 percent", 35, ["percent"], "percent", "about", ["rial", "value"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
# events
d.EV("Netanyahu Hails Trump's Exit", ["statement"], TUE, NE, core=False)
d.EV("Trump's Exit From Iran Deal", ["withdrawal"], TUE, ["trump"], core=False)
d.EV("Israeli leaders welcome the U.S. withdrawal", ["statement"], TUE, ["israel"], core=False)
d.EV("on Tuesday night welcomed", ["statement"], TUE, NE)
d.EV("decision to pull out of the 2015 nuclear agreement", ["withdrawal"], TUE, ["trump"], core=False)
d.EV("Trump announced on Tuesday", ["withdrawal", "statement"], TUE, ["trump"])
d.EV("signed in Vienna in July 2015", ["agreement"], D(2015, 7), [])
d.EV("reimpose the sanctions it had lifted", ["sanction"], TUE, ["trump", "united states"])
d.EV("A senior Israeli official said on Wednesday", ["statement"], WED, [], core=False)
d.EV("the Mossad smuggled out of Tehran in January", ["seizure", "other"], D(2018, 1), ["mossad"])
d.EV("the official said, speaking on condition", ["statement"], WED, [], core=False)
d.EV("Netanyahu unveiled the material", ["disclosure", "statement"], D(2018, 4, 30), NE)
d.EV("Iranian officials dismissed the presentation", ["statement"], None, ["iran"], core=False)
d.EV("said in a televised address on Tuesday night", ["statement"], TUE, RO)
d.EV("but warned that it could resume enrichment", ["threat", "statement"], TUE, RO, core=False)
d.EV("kept its commitments,\" he said", ["statement"], TUE, RO, core=False)
d.EV("raised its state of alert on the Golan Heights on Tuesday", ["other"], TUE, ["israel defense forces", "idf", "israel"])
d.EV("ordered bomb shelters opened", ["other"], TUE, ["israel defense forces", "idf", "israel"])
d.EV("have argued in recent months", ["statement"], None, [], core=False)
d.EV("told Haaretz", ["statement"], None, [], core=False)
d.EV("Iran shipped out some 98 percent", ["other", "agreement"], None, ["iran"], core=False)
d.EV("the revolution that toppled the shah", ["revolution"], D(1979), [])
d.EV("Ayatollah Ruhollah Khomeini returned from exile", ["leadership_change"], D(1979, 2), ["khomeini"])
d.EV("handed the Israeli mission in Tehran", ["seizure", "other"], D(1979, 2), ["iran", "authorit"])
d.EV("students loyal to Khomeini seized the U.S. Embassy", ["seizure"], D(1979, 11), ["student"])
d.EV("Netanyahu fought the 2015 agreement", ["statement"], None, NE, core=False)
d.EV("four months before it was signed", ["agreement"], D(2015, 7), [], core=False)
d.EV("he addressed a joint meeting of Congress", ["statement"], D(2015, 3), NE)
d.EV("strained his relations", ["other"], None, NE, core=False)
d.EV("the rial has lost about 35 percent", ["other"], None, [], core=False)
d.EV("are expected to fall once sanctions return", ["sanction", "other"], None, [], core=False)
d.EV("said Dalia Ofer-Haddad", ["statement"], None, ["ofer"], core=False)
d.save()
