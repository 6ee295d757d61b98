import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h15 import write, PDoc, D, R, words

DOC = "ho15-semafor-khamenei-rejects-talks-after-pressure-memo"
PUB = "2025-02-07"  # a Friday
TEXT = """Khamenei shuts the door on talks with Trump, days after US restores 'maximum pressure'
Morgan Ellery-Fazeli
Updated Feb 7, 2025, 3:18pm EST

The News

Iran's Supreme Leader Ayatollah Ali Khamenei on Friday rejected negotiations with the Trump administration, telling air force commanders in Tehran that talks with Washington were "not intelligent, wise or honorable."

The remarks came three days after US President Donald Trump signed a memorandum on Tuesday restoring his "maximum pressure" campaign against Tehran, which tells the Treasury to drive Iran's oil sales toward zero. Trump said on Wednesday that he would prefer "a verified nuclear peace agreement" to military action, and that Iran could "grow and prosper peacefully" if it gave up any path to a bomb.

"We negotiated for about two years, we made concessions, and the other side tore up the agreement," Khamenei said, according to a transcript published by his office. "The experience shows that negotiating with such a government solves none of our problems." He added that if Washington threatened Iran, Iran would answer in kind.

Know More

Mistrust between the two countries predates the nuclear file by decades. In August 1953 a coup organized by the CIA and British intelligence toppled Prime Minister Mohammad Mosaddegh and restored the Shah's authority; Washington publicly acknowledged its role 60 years later. After the 1979 revolution, students seized the US Embassy in Tehran on Nov. 4 of that year, and 52 Americans were held for 444 days until the Algiers Accords, signed in January 1981, secured their release.

The 2015 nuclear deal, concluded in Vienna in July of that year, capped Iran's enrichment at 3.67% in exchange for sanctions relief. Trump abandoned it in May 2018 and reimposed sanctions that cut Iran's crude exports from about 2.5 million barrels a day to fewer than 500,000. Iran answered the following year by breaching the deal's limits, and it now enriches uranium up to 60% purity. In January 2020 a US drone strike in Baghdad killed Gen. Qassem Soleimani, the commander of the Revolutionary Guards' Quds Force.

Morgan's view

Khamenei's veto is less final than it sounds. He has said no before — in 2018 he banned talks with the US outright — and then blessed the indirect channel that produced a prisoner exchange in September 2023. What he rejects is negotiation as this White House frames it: a deal signed under threat, with the memo's sanctions already ticking. His reading of history is that Iran kept its side of the 2015 bargain, as more than a dozen reports by UN inspectors confirmed, and was punished anyway. That memory, not the memo, is what Washington has to negotiate with. Trump seems to sense it: he sent a message to Khamenei once before, through Japan's prime minister in June 2019, and his aides have hinted at another letter.

Room for Disagreement

Not everyone reads the speech as a closed door. "He objected to this administration, not to talking as such, and that distinction is deliberate," Parisa Lindqvist-Amini, a fellow at the Aldgate Council on Gulf Affairs, wrote on X on Friday afternoon. The economy may force the question anyway: the rial has lost more than 35% of its value against the dollar over the past 12 months.

The View From Tehran

President Masoud Pezeshkian, who was elected last July on a promise to reopen talks with the West, told a cabinet meeting on Wednesday that Iran "does not seek a nuclear weapon" and asked why Washington would tighten sanctions if it truly wanted dialogue. Foreign Minister Abbas Araghchi said on Thursday that any talks would have to take place "on an equal footing," while the hardline daily Kayhan wrote that the memo proved Trump's overtures were "a trap dressed as an offer."

Notable

• Iran's rial fell to a record low of about 890,000 to the dollar on Thursday, The Tehran Ledger reported.
• Oman has offered to carry messages between the two capitals, as it did before the 2015 deal, a former Omani diplomat told the Gulf Courier.
• Iran shipped about 1.5 million barrels of crude a day in 2024, most of it to China, according to tanker-tracking data cited by Harborline Energy.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout of a "
        "Semafor story (headline, byline, `Updated` line, the sections `The News`, `Know More`, the writer's "
        "view, `Room for Disagreement`, `The View From Tehran` and `Notable` with linked items as bullets). "
        "The writer Morgan Ellery-Fazeli, Parisa Lindqvist-Amini, the Aldgate Council on Gulf Affairs, The Tehran "
        "Ledger, the Gulf Courier, Harborline Energy and the former Omani diplomat are invented; the words given "
        "to Khamenei, Trump, Pezeshkian, Araghchi and Kayhan are invented or paraphrased (except the short, "
        "well-known phrases \"not intelligent, wise or honorable\", \"maximum pressure\" and \"a verified nuclear "
        "peace agreement\"); the rial rate and export volume are plausible, not exact.")
write(DOC, "Khamenei shuts the door on talks with Trump, days after US restores 'maximum pressure'",
      "Semafor (style imitation)", PUB, TEXT, NOTE, author="Morgan Ellery-Fazeli")

d = PDoc(DOC, PUB)
FRI, THU, WED, TUE = D(2025, 2, 7), D(2025, 2, 6), D(2025, 2, 5), D(2025, 2, 4)
KH = ["khamenei"]
TR = ["trump"]
# quotes
d.Q("maximum pressure", ["term"], None, (), core=False)  # headline
d.Q("not intelligent, wise or honorable.", ["partial"], "Ali Khamenei", KH, FRI)
d.Q("maximum pressure", ["term"], None, (), core=False, occ=1)
d.Q("a verified nuclear peace agreement", ["partial"], "Donald Trump", TR, WED)
d.Q("grow and prosper peacefully", ["partial"], "Donald Trump", TR, WED)
d.Q("We negotiated for about two years, we made concessions, and the other side tore up the agreement,",
    ["direct"], "Ali Khamenei", KH, FRI)
d.Q("The experience shows that negotiating with such a government solves none of our problems.",
    ["direct"], "Ali Khamenei", KH, FRI)
d.Q("He objected to this administration, not to talking as such, and that distinction is deliberate,",
    ["direct"], "Parisa Lindqvist-Amini", ["lindqvist"], FRI)
d.Q("does not seek a nuclear weapon", ["partial"], "Masoud Pezeshkian", ["pezeshkian"], WED)
d.Q("on an equal footing,", ["partial"], "Abbas Araghchi", ["araghchi"], THU)
d.Q("a trap dressed as an offer.", ["partial"], "Kayhan", ["kayhan"])

# figures
d.F("three days after", 3, ["day"], "duration", core=False)
d.F("about two years", 2, ["year"], "duration", "about", ["negotiat"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("once", 1, ["time"], "count", core=False, ctx=("Khamenei once before",))
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("60 years later", 60, ["year"], "duration", core=False)
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["export", "crude"])
d.F("fewer than 500,000", 5e5, ["barrel per day"], "measure", "less_than", ["export", "crude"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("more than a dozen reports", 12, ["report"], "count", "more_than", ["report", "inspector"])
d.F("more than 35%", 35, ["percent"], "percent", "more_than", ["rial"])
d.F("the past 12 months", 12, ["month"], "duration", core=False)
d.F("about 890,000", 890000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("the two capitals", 2, ["capital"], "count", core=False)
d.F("about 1.5 million barrels of crude a day", 1.5e6, ["barrel per day"], "measure", "about", ["iran", "crude", "shipped"])

# events
d.V("Khamenei shuts the door on talks with Trump", "shuts the door", ["statement"], FRI, KH, core=False)
d.V("Khamenei shuts the door on talks with Trump", "restores", ["sanction"], TUE, TR + ["united states", "us"], core=False)
d.V("on Friday rejected negotiations with the Trump administration", "rejected", ["statement"], FRI, KH)
d.V("The remarks came three days after", "signed a memorandum", ["legislation", "sanction"], TUE, TR)
d.V("The remarks came three days after", "restoring", ["sanction"], TUE, TR)
d.V("Trump said on Wednesday that he would prefer", "said", ["statement"], WED, TR)
d.V("\"We negotiated for about two years", "negotiated", ["negotiation"], None, ["iran"], core=False)
d.V("\"We negotiated for about two years", "tore up", ["withdrawal"], None, ["united states"], core=False)
d.V("\"We negotiated for about two years", "Khamenei said", ["statement"], FRI, KH, core=False)
d.V("He added that if Washington threatened Iran", "added", ["statement", "threat"], FRI, KH, core=False)
d.V("In August 1953 a coup organized by the CIA", "coup", ["coup"], D(1953, 8), ["cia", "central intelligence", "british"])
d.V("In August 1953 a coup organized by the CIA", "restored the Shah's authority", ["leadership_change"], D(1953, 8), core=False)
d.V("In August 1953 a coup organized by the CIA", "acknowledged", ["statement", "disclosure"], D(2013), ["washington", "united states", "cia"])
d.V("After the 1979 revolution, students seized", "revolution", ["revolution"], D(1979))
d.V("After the 1979 revolution, students seized", "seized", ["seizure"], D(1979, 11, 4), ["student"])
d.V("After the 1979 revolution, students seized", "were held", ["seizure"], None, core=False)
d.V("After the 1979 revolution, students seized", "signed", ["agreement"], D(1981, 1))
d.V("After the 1979 revolution, students seized", "secured their release", ["other", "seizure", "agreement"], D(1981, 1), ["algiers"])
d.V("The 2015 nuclear deal, concluded in Vienna", "concluded", ["agreement"], D(2015, 7))
d.V("The 2015 nuclear deal, concluded in Vienna", "capped", ["agreement"], None, core=False)
d.V("Trump abandoned it in May 2018", "abandoned", ["withdrawal"], D(2018, 5), TR)
d.V("Trump abandoned it in May 2018", "reimposed sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), TR)
d.V("Trump abandoned it in May 2018", "cut Iran's crude exports", ["other", "sanction"], None, core=False)
d.V("Iran answered the following year by breaching", "breaching", ["withdrawal", "other"], D(2019), ["iran"])
d.V("In January 2020 a US drone strike in Baghdad", "killed", ["attack"], D(2020, 1), ["united states", "us"])
d.V("He has said no before", "has said no", ["statement"], None, KH, core=False)
d.V("He has said no before", "banned talks", ["statement", "other"], D(2018), KH)
d.V("He has said no before", "blessed", ["support", "other"], None, KH, core=False)
d.V("He has said no before", "prisoner exchange", ["agreement", "other", "seizure"], D(2023, 9))
d.V("Trump seems to sense it", "sent a message", ["statement", "negotiation", "other"], D(2019, 6), TR)
d.V("Trump seems to sense it", "hinted", ["statement"], None, ["aide"], core=False)
d.V("\"He objected to this administration", "wrote on X", ["statement"], FRI, ["lindqvist"])
d.V("The economy may force the question anyway", "has lost", ["other"], None, core=False)
d.V("President Masoud Pezeshkian, who was elected last July", "was elected", ["leadership_change"], D(2024, 7))
d.V("President Masoud Pezeshkian, who was elected last July", "told a cabinet meeting", ["statement"], WED, ["pezeshkian"])
d.V("President Masoud Pezeshkian, who was elected last July", "asked", ["statement"], WED, ["pezeshkian"], core=False)
d.V("Foreign Minister Abbas Araghchi said on Thursday", "said", ["statement"], THU, ["araghchi"])
d.V("Foreign Minister Abbas Araghchi said on Thursday", "wrote", ["statement"], None, ["kayhan"], core=False)
d.V("Iran's rial fell to a record low", "fell", ["other"], THU, core=False)
d.V("Iran's rial fell to a record low", "reported", ["statement"], None, ["tehran ledger"], core=False)
d.V("Oman has offered to carry messages", "offered", ["negotiation", "statement", "other"], None, ["oman"])
d.V("Oman has offered to carry messages", "as it did", ["negotiation"], None, ["oman"], core=False)
d.V("Oman has offered to carry messages", "told the Gulf Courier", ["statement"], None, [], core=False)
d.V("Iran shipped about 1.5 million barrels", "shipped", ["other"], D(2024), ["iran"], core=False)
d.save()
print(DOC, words(DOC), "words")
