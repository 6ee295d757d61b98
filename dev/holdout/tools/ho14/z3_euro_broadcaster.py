import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h14 import write, PDoc, D, R

DOC = "ho14-euro-broadcaster-istanbul-talks-snapback-deadline"
PUB = "2025-07-25"  # a Friday
TEXT = """Iran and European powers hold first nuclear talks since the war as sanctions deadline looms
Iranian and European diplomats met in Istanbul on Friday for their first talks on Tehran's nuclear programme since Israel and the United States bombed Iranian atomic sites last month, with Britain, France and Germany threatening to restore UN sanctions within weeks.

Issued on: 25/07/2025 - 18:07 Modified: 25/07/2025 - 20:41
4 min Reading time

By: Antenne Monde International with AFP

Deputy foreign ministers Kazem Gharibabadi and Majid Takht-Ravanchi led the Iranian delegation at Iran's consulate in Istanbul, where the talks began shortly before 10:00 am (0700 GMT), an AFP correspondent saw. Political directors from the three European countries, known as the E3, sat across the table, together with an official of the European Union.

The meeting lasted about four hours. Gharibabadi wrote on X afterwards that the discussions had been "frank and detailed" and that both sides had agreed to keep talking, without giving a date.

A European diplomat, who asked not to be named, told AFP that the E3 had laid out the conditions under which they would hold off. "We were clear that the clock is running and that words alone will not stop it," the diplomat said.

Background

Under the 2015 nuclear deal, Iran accepted limits on its atomic programme in exchange for the lifting of international sanctions. The deal was written into UN Security Council Resolution 2231, which contains a so-called "snapback" mechanism allowing any party to restore the earlier UN penalties if it judges that Tehran is in breach. The resolution expires on October 18, 2025. The United States withdrew from the deal in 2018 under President Donald Trump and reimposed its own sanctions, leaving Britain, France, Germany, China and Russia as the remaining parties.

The E3 have said they will trigger the mechanism by the end of August unless Iran resumes full cooperation with the International Atomic Energy Agency (IAEA) and shows progress on its stockpile of highly enriched uranium. The IAEA estimated in May that Iran held more than 400 kilograms of uranium enriched to up to 60 percent, a short technical step from weapons grade.

Tehran suspended its cooperation with the agency after the 12-day war in June. Iran's parliament voted for the suspension on June 25, and President Masoud Pezeshkian signed it into law on July 2. The last IAEA inspectors left the country two days later.

On Tuesday, Foreign Minister Abbas Araghchi told state television that the Europeans had "no legal or moral standing" to invoke snapback because they had themselves failed to honour the deal after Washington walked out. He warned that Iran would respond in a way that would "leave no room for regret on our side".

A spokesman for Germany's foreign ministry told AFP on Thursday that Berlin still preferred a negotiated outcome. "The offer of a short extension is on the table, but Iran has to move first," he said.

Israel launched its air campaign against Iran on June 13, two days before a planned sixth round of Oman-mediated talks between Tehran and Washington. The United States struck the Fordow, Natanz and Isfahan sites on June 22, and a ceasefire took hold on June 24. Iranian authorities say more than 1,060 people were killed in Iran during the war.

In Tehran on Friday, AFP journalists saw queues outside several currency exchange offices in the Ferdowsi Avenue district, where the rial has lost ground on fears of renewed UN sanctions. "Everyone is buying euros or gold coins, whatever they can find," Nasrin, a 41-year-old teacher who declined to give her family name, told AFP.

The European and Iranian negotiators last met in Geneva on June 20, when the foreign ministers of the three countries and the EU's top diplomat sat down with Araghchi for around three hours, in the middle of the war.

(AFP)
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "AFP-style attribution of a French or German public broadcaster's English site (France 24 / DW style: "
        "standfirst, `Issued on:` line, reading time, `By: … with AFP`, an embedded `Background` paragraph). "
        "Antenne Monde International is invented; the European diplomat, the German spokesman's words, the "
        "teacher Nasrin and the queues are invented; Gharibabadi's and Araghchi's words are paraphrased or invented.")
write(DOC, "Iran and European powers hold first nuclear talks since the war as sanctions deadline looms",
      "Antenne Monde International", PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
FRI, TUE, THU = D(2025, 7, 25), D(2025, 7, 22), D(2025, 7, 24)
# quotes
d.Q("frank and detailed", ["partial"], "Kazem Gharibabadi", ["gharibabadi"], FRI)
d.Q("We were clear that the clock is running and that words alone will not stop it,", ["direct"], None, (), FRI)
d.Q("snapback", ["term"], None, (), core=False)
d.Q("no legal or moral standing", ["partial"], "Abbas Araghchi", ["araghchi"], TUE)
d.Q("leave no room for regret on our side", ["partial"], "Abbas Araghchi", ["araghchi"], TUE)
d.Q("The offer of a short extension is on the table, but Iran has to move first,", ["direct"], None, (), THU)
d.Q("Everyone is buying euros or gold coins, whatever they can find,", ["direct"], None, (), FRI)

# figures
d.F("4 min", 4, ["minute", "min"], "duration", core=False)  # the page's reading time
d.F("the three European countries", 3, ["country"], "count", core=False)
d.F("about four hours", 4, ["hour"], "duration", "about", ["meeting"])
d.F("more than 400 kilograms", 400, ["kilogram", "kg"], "measure", "more_than", ["uranium", "stockpile"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("12-day", 12, ["day"], "duration", subject_any=["war"])
d.F("two days later", 2, ["day"], "duration", core=False)
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("more than 1,060 people", 1060, ["person", "people"], "count", "more_than", ["killed", "people"])
d.F("several currency exchange offices", 3, ["currency exchange office", "office"], "count", "about", core=False)
d.F("41-year-old", 41, ["year"], "duration", core=False)  # age
d.F("the three countries", 3, ["country"], "count", core=False)
d.F("around three hours", 3, ["hour"], "duration", "about", ["sat down", "meeting", "talks"])

# events
d.V("Iran and European powers hold first nuclear talks", "hold first nuclear talks", ["negotiation"], FRI, ["iran", "european"], core=False)
d.V("Iranian and European diplomats met in Istanbul on Friday", "met", ["negotiation"], FRI, ["iran", "european", "diplomat"], core=False)  # standfirst
d.V("Iranian and European diplomats met in Istanbul on Friday", "bombed", ["attack"], D(2025, 6), ["israel", "united states"], core=False)
d.V("Deputy foreign ministers Kazem Gharibabadi", "talks began", ["negotiation"], FRI, ["gharibabadi", "takht-ravanchi", "iran"])
d.V("The meeting lasted about four hours.", "meeting", ["negotiation"], FRI, core=False)
d.V("Gharibabadi wrote on X afterwards", "wrote", ["statement"], FRI, ["gharibabadi"])
d.V("Gharibabadi wrote on X afterwards", "agreed to keep talking", ["agreement", "negotiation"], FRI, ["both sides", "iran", "e3"], core=False)
d.V("A European diplomat, who asked not to be named, told AFP", "told AFP", ["statement"], FRI, [], core=False)
d.V("\"We were clear that the clock", "the diplomat said", ["statement"], FRI, [], core=False)
d.V("Under the 2015 nuclear deal, Iran accepted limits", "accepted limits", ["agreement"], D(2015), ["iran"])
d.V("The resolution expires on October 18, 2025.", "expires", ["other", "withdrawal"], D(2025, 10, 18), core=False)
d.V("The United States withdrew from the deal in 2018", "withdrew", ["withdrawal"], D(2018), ["united states", "trump"])
d.V("The United States withdrew from the deal in 2018", "reimposed its own sanctions", ["sanction"], D(2018), ["united states", "trump"])
d.V("The E3 have said they will trigger", "have said", ["statement"], None, ["e3"], core=False)
d.V("The E3 have said they will trigger", "trigger the mechanism", ["sanction", "threat"], R(D(2025, 7, 25), D(2025, 8, 31)), ["e3"], core=False)
d.V("The IAEA estimated in May that Iran held", "estimated", ["disclosure", "statement"], D(2025, 5), ["iaea"])
d.V("Tehran suspended its cooperation with the agency", "suspended", ["withdrawal", "other"], R(D(2025, 6, 25), D(2025, 7, 2)), ["tehran", "iran"], core=False)
d.V("Tehran suspended its cooperation with the agency", "12-day war", ["war"], D(2025, 6), core=False)
d.V("Iran's parliament voted for the suspension on June 25", "voted", ["legislation"], D(2025, 6, 25), ["parliament", "majlis"])
d.V("Iran's parliament voted for the suspension on June 25", "signed it into law", ["legislation"], D(2025, 7, 2), ["pezeshkian"])
d.V("The last IAEA inspectors left the country two days later.", "left", ["other", "withdrawal"], D(2025, 7, 4), ["inspector", "iaea"])
d.V("On Tuesday, Foreign Minister Abbas Araghchi told state television", "told state television", ["statement"], TUE, ["araghchi"])
d.V("On Tuesday, Foreign Minister Abbas Araghchi told state television", "walked out", ["withdrawal"], D(2018), ["washington", "united states"], core=False)
d.V("He warned that Iran would respond", "warned", ["threat", "statement"], TUE, ["araghchi"], core=False)
d.V("A spokesman for Germany's foreign ministry told AFP on Thursday", "told AFP", ["statement"], THU, ["germany", "foreign ministry", "spokesman"])
d.V("Israel launched its air campaign against Iran on June 13", "launched", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.V("Israel launched its air campaign against Iran on June 13", "sixth round", ["negotiation"], D(2025, 6, 15), core=False)
d.V("The United States struck the Fordow, Natanz and Isfahan sites on June 22", "struck", ["attack"], D(2025, 6, 22), ["united states"])
d.V("The United States struck the Fordow, Natanz and Isfahan sites on June 22", "ceasefire took hold", ["agreement", "other"], D(2025, 6, 24), [])
d.V("Iranian authorities say more than 1,060 people", "were killed", ["attack", "war"], R(D(2025, 6, 13), D(2025, 6, 24)), [], core=False)
d.V("In Tehran on Friday, AFP journalists saw queues", "lost ground", ["other"], None, core=False)
d.V("\"Everyone is buying euros or gold coins", "told AFP", ["statement"], FRI, [], core=False)
d.V("The European and Iranian negotiators last met in Geneva on June 20", "met", ["negotiation"], D(2025, 6, 20), ["european", "iran", "araghchi"])
d.save()
