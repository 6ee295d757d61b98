import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h16 import write, PDoc, D, R, words

DOC = "ho16-dw-e3-trigger-snapback-berlin-reaction"
PUB = "2025-08-28"  # a Thursday
TEXT = """Iran nuclear: Germany, France and UK trigger UN sanctions snapback

Germany, France and the UK have started a 30-day process to restore UN sanctions on Iran. Berlin says the door to diplomacy remains open, but Tehran has warned it will respond.

Lena Hartwig-Sadri
August 28, 2025

Germany, France and the United Kingdom on Thursday formally launched the so-called snapback mechanism to restore United Nations sanctions on Iran, accusing Tehran of "significant non-performance" of its commitments under the 2015 nuclear agreement.

In a letter to the UN Security Council, the three European countries, known as the E3, said they had exhausted every other avenue. If the council does not vote within 30 days to keep sanctions relief in place, the measures lifted a decade ago will automatically return.

German Foreign Minister Johann Wadephul said in Berlin on Thursday that the step was "not the end of diplomacy." "We are ready to talk at any time, but Iran must let the inspectors back in and account for its highly enriched uranium," he said.

A spokesperson for the German Foreign Office told DW that Berlin had coordinated the move closely with Paris and London and had informed Washington in advance.

Iran's Foreign Minister Abbas Araghchi called the decision "unjustified and illegal" in a phone call with his European counterparts on Thursday, according to Iranian state media, and warned that Tehran would respond "appropriately."

The move followed talks between the deputy foreign ministers of Iran and the E3 in Geneva on Tuesday, which ended without agreement. The Europeans had offered to delay snapback by up to six months if Iran resumed full cooperation with the International Atomic Energy Agency (IAEA) and returned to negotiations with the United States.

Iran suspended its cooperation with the IAEA in early July, after Israel and the United States struck its nuclear facilities during a 12-day war in June. The agency estimates that Iran held more than 400 kilograms of uranium enriched to up to 60% before the strikes.

DW's correspondent in Tehran, Shirin Falahati-Brück, said many Iranians were more worried about prices than about the UN. "People here have lived with sanctions for so long that a new round feels like the weather," she said. "But the rial fell again this morning, and that is what they talk about."

What is the snapback mechanism?

The mechanism is part of UN Security Council Resolution 2231, which endorsed the nuclear deal, formally known as the Joint Comprehensive Plan of Action (JCPOA), in July 2015. Under the deal, Iran agreed to limit uranium enrichment to 3.67% and to keep a stockpile of no more than 300 kilograms in return for the lifting of UN, EU and US sanctions.

Any participant can trigger the mechanism by notifying the Security Council of a violation. Because the council must then vote to continue sanctions relief rather than to restore sanctions, no permanent member can block the return with its veto.

The United States withdrew from the JCPOA in May 2018 under President Donald Trump and reimposed its own sanctions. In August 2020, Washington tried to trigger snapback itself, but most other council members rejected the move, arguing that the US was no longer a participant. Iran began exceeding the deal's limits in July 2019.

The provision expires on October 18, 2025, which is why the E3 acted now.

A long memory in Tehran

For Katharina Wendel-Osei of the Berlin Institute for Gulf Studies, the dispute is as much about trust as about centrifuges. "Tehran has never forgotten that the Europeans promised to shield its trade after 2018 and could not deliver," she told DW.

INSTEX, the payment channel the E3 set up in January 2019 to keep trade with Iran alive, handled just one transaction before it was wound up in 2023. German exports to Iran have shrunk to about €1.5 billion a year, less than half their level in 2017.

Edited by: Louisa Brandt-Keller
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Deutsche Welle English news-explainer (headline with topic prefix, standfirst, "
        "byline and date lines, \"the German Foreign Office\", \"told DW\", \"DW's correspondent in Tehran\", a "
        "\"What is …?\" subhead, a second subhead, \"Edited by:\"). The writer, the editor, the correspondent Shirin "
        "Falahati-Brück, Katharina Wendel-Osei and the Berlin Institute for Gulf Studies are invented; the words "
        "given to Wadephul, the Foreign Office spokesperson and Araghchi are invented or paraphrased "
        "(\"significant non-performance\" is the deal's own wording). The E3 notification of 28 August 2025, the "
        "Geneva talks of 26 August, the six-month offer and INSTEX follow public reporting; the export figure is "
        "plausible, not checked.")
write(DOC, "Iran nuclear: Germany, France and UK trigger UN sanctions snapback", "Deutsche Welle (style imitation)", PUB,
      TEXT, NOTE, author="Lena Hartwig-Sadri")

d = PDoc(DOC, PUB)
THU, TUE = D(2025, 8, 28), D(2025, 8, 26)
E3 = ["e3", "germany", "france", "united kingdom", "britain", "uk"]
WA = ["wadephul"]
AR = ["araghchi", "araqchi"]
FB = ["falahati"]
WO = ["wendel-osei", "wendel"]

# quotes
d.Q("significant non-performance", ["partial", "term"], "E3 (Germany, France, United Kingdom)", E3, THU)
d.Q("not the end of diplomacy.", ["partial"], "Johann Wadephul", WA, THU)
d.Q("We are ready to talk at any time, but Iran must let the inspectors back in and account for its highly enriched uranium,",
    ["direct"], "Johann Wadephul", WA, THU)
d.Q("unjustified and illegal", ["partial"], "Abbas Araghchi", AR, THU)
d.Q("appropriately.", ["partial"], "Abbas Araghchi", AR, THU)
d.Q("People here have lived with sanctions for so long that a new round feels like the weather,", ["direct"], "Shirin Falahati-Brück", FB)
d.Q("But the rial fell again this morning, and that is what they talk about.", ["direct"], "Shirin Falahati-Brück", FB)
d.Q("Tehran has never forgotten that the Europeans promised to shield its trade after 2018 and could not deliver,", ["direct"], "Katharina Wendel-Osei", WO)

# figures
d.F("30-day", 30, ["day"], "duration", core=False)
d.F("the three European countries", 3, ["country", "european country"], "count", core=False)
d.F("within 30 days", 30, ["day"], "duration", "at_most", core=False)
d.F("a decade ago", 10, ["year"], "duration", core=False)
d.F("up to six months", 6, ["month"], "duration", "up_to", ["delay", "snapback"])
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("more than 400 kilograms", 400, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("up to 60%", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrichment", "uranium"])
d.F("no more than 300 kilograms", 300, ["kilogram", "kg"], "measure", "at_most", ["stockpile"])
d.F("just one transaction", 1, ["transaction"], "count", subject_any=["instex", "transaction"])
d.F("about €1.5 billion a year", 1.5e9, ["eur", "eur per year"], "money", "about", ["export"])
d.F("less than half", 50, ["percent"], "percent", "less_than", ["export", "level"])

# events
d.V("Iran nuclear: Germany, France and UK trigger", "trigger", ["sanction"], THU, E3, core=False)
d.V("Germany, France and the UK have started a 30-day process", "have started", ["sanction"], THU, E3, core=False)
d.V("Berlin says the door to diplomacy remains open", "says", ["statement"], THU, ["berlin", "germany"], core=False)
d.V("Berlin says the door to diplomacy remains open", "has warned", ["threat", "statement"], THU, ["tehran", "iran"], core=False)
d.V("Germany, France and the United Kingdom on Thursday formally launched", "launched", ["sanction"], THU, E3)
d.V("Germany, France and the United Kingdom on Thursday formally launched", "accusing", ["statement"], THU, E3, core=False)
d.V("In a letter to the UN Security Council, the three European countries", "said", ["statement"], THU, E3)
d.V("If the council does not vote within 30 days", "lifted", ["sanction"], R(D(2015), D(2016)), core=False)
d.V("German Foreign Minister Johann Wadephul said in Berlin on Thursday", "said", ["statement"], THU, WA)
d.V("\"We are ready to talk at any time", "he said", ["statement"], THU, WA, core=False)
d.V("A spokesperson for the German Foreign Office told DW", "told DW", ["statement"], None, ["foreign office", "germany"], core=False)
d.V("A spokesperson for the German Foreign Office told DW", "had informed Washington", ["statement", "negotiation", "other"], None, ["berlin", "germany"], core=False)
d.V("Iran's Foreign Minister Abbas Araghchi called the decision", "called", ["statement"], THU, AR)
d.V("Iran's Foreign Minister Abbas Araghchi called the decision", "phone call", ["negotiation"], THU, AR)
d.V("Iran's Foreign Minister Abbas Araghchi called the decision", "warned", ["threat", "statement"], THU, AR, core=False)
d.V("The move followed talks between the deputy foreign ministers", "talks", ["negotiation"], TUE, ["iran", "e3"])
d.V("The move followed talks between the deputy foreign ministers", "ended without agreement", ["other", "negotiation"], TUE, core=False)
d.V("The Europeans had offered to delay snapback", "had offered", ["statement", "negotiation"], None, ["europe", "e3"], core=False)
d.V("Iran suspended its cooperation with the IAEA in early July", "suspended", ["withdrawal", "other"], R(D(2025, 7, 1), D(2025, 7, 10)), ["iran"])
d.V("Iran suspended its cooperation with the IAEA in early July", "struck", ["attack"], D(2025, 6), ["israel", "united states"])
d.V("Iran suspended its cooperation with the IAEA in early July", "12-day war", ["war"], D(2025, 6), core=False)
d.V("The agency estimates that Iran held", "estimates", ["statement"], None, ["agency", "iaea", "atomic energy"], core=False)
d.V("DW's correspondent in Tehran, Shirin Falahati-Brück, said", "said", ["statement"], None, FB, core=False)
d.V("\"People here have lived with sanctions", "she said", ["statement"], None, FB, core=False)
d.V("\"But the rial fell again this morning", "fell", ["other"], THU, core=False)
d.V("The mechanism is part of UN Security Council Resolution 2231", "endorsed", ["legislation", "agreement"], D(2015, 7), ["security council", "un"])
d.V("Under the deal, Iran agreed to limit uranium enrichment", "agreed to limit", ["agreement"], D(2015, 7), ["iran"], core=False)
d.V("The United States withdrew from the JCPOA in May 2018", "withdrew", ["withdrawal"], D(2018, 5), ["united states", "trump"])
d.V("The United States withdrew from the JCPOA in May 2018", "reimposed", ["sanction"], R(D(2018, 5), D(2018, 11)), ["united states", "trump"])
d.V("In August 2020, Washington tried to trigger snapback", "tried to trigger", ["sanction", "statement", "other"], D(2020, 8), ["washington", "united states"])
d.V("In August 2020, Washington tried to trigger snapback", "rejected", ["statement", "other"], D(2020, 8), ["council", "member"])
d.V("Iran began exceeding the deal's limits in July 2019.", "began exceeding", ["withdrawal", "other"], D(2019, 7), ["iran"])
d.V("The provision expires on October 18, 2025", "expires", ["other"], D(2025, 10, 18), core=False)
d.V("\"Tehran has never forgotten", "she told DW", ["statement"], None, WO, core=False)
d.V("INSTEX, the payment channel the E3 set up in January 2019", "set up", ["agreement", "other", "support"], D(2019, 1), ["e3"])
d.V("INSTEX, the payment channel the E3 set up in January 2019", "was wound up", ["other"], D(2023))
d.V("INSTEX, the payment channel the E3 set up in January 2019", "handled", ["other"], None, core=False)
d.V("German exports to Iran have shrunk", "have shrunk", ["other"], None, core=False)
d.save()
print(DOC, words(DOC), "words")
