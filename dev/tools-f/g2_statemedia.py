from mk import write
from fx import FDoc, D, R

DOC = "dev-f-statemedia-baghaei-weekly-presser"
PUB = "2025-05-13"  # a Tuesday
TEXT = """Iran will not give up enrichment under pressure, Foreign Ministry spokesman says

TEHRAN, May 13 (PHNA) – Spokesman of the Foreign Ministry Esmaeil Baghaei said that the Islamic Republic of Iran will not give up its legitimate right to enrichment under any circumstances, stressing that the American side must prove its seriousness in the indirect talks.

Speaking in his weekly press conference in Tehran on Monday, Baghaei said the fourth round of indirect negotiations between Iran and the United States, held in Muscat on Sunday with the mediation of the Sultanate of Oman, had been "difficult but useful".

"We have entered these talks with open eyes. Our experience of the past decades shows that the American side has never been a trustworthy party," the spokesman said.

He referred to the unilateral withdrawal of the US from the Joint Comprehensive Plan of Action (JCPOA) in May 2018 and added that Washington had imposed more than 1,500 sanctions on the Iranian nation since then, which he described as a clear example of "economic terrorism".

Baghaei went on to say that contradictory statements by American officials had "seriously damaged" the atmosphere of the talks. "One day they speak of a deal, the next day they speak of dismantling. Such behaviour only deepens the mistrust of our people," he noted.

Elsewhere in his remarks, the Foreign Ministry spokesman condemned the crimes of the Zionist regime in Gaza, saying that more than 52,000 Palestinians, most of them women and children, had been martyred since October 2023. He said the United States bears direct responsibility because it continues to send weapons worth billions of dollars to the occupying regime.

Asked about the sanctions announced by the US Treasury Department on Thursday against several Chinese refineries that buy Iranian oil, the spokesman said such measures "contradict the claim of diplomacy" and would not change the principled positions of the Islamic Republic.

Leader's guidance

Baghaei recalled that the Leader of the Islamic Revolution Ayatollah Seyyed Ali Khamenei, in a meeting with the heads of the three branches of government last month, had advised officials to be "neither overly optimistic nor overly pessimistic" about the negotiations.

"The red lines drawn by the Leader are clear to our negotiating team, and they are not subject to bargaining," he underlined.

Regarding the three European countries, Baghaei warned that any move to trigger the so-called snapback mechanism would be met with "an appropriate and proportionate response". He said the European parties had failed to fulfil 11 commitments they made under the nuclear deal after the US withdrawal.

Baghaei also noted that the Director General of the International Atomic Energy Agency Rafael Grossi had held talks with Foreign Minister Seyyed Abbas Araghchi in Tehran on April 16 and that Iran's cooperation with the Agency continued within the framework of the Safeguards Agreement.

The spokesman announced that Araghchi will travel to Beijing later this week for consultations with Chinese officials on the latest developments regarding the talks.

In response to a question about the remarks of the US Secretary of State, who said on Sunday that Iran could keep a civilian program only by importing its fuel, Baghaei said: 'The era of dictating to the Iranian nation is over.'

Iran and the United States have held four rounds of indirect talks since April 12, all mediated by Oman. The date and venue of the next round will be announced by the Omani side, the spokesman added.
"""
write(DOC, "Iran will not give up enrichment under pressure, Foreign Ministry spokesman says", "Pars Horizon News Agency", PUB, TEXT)

d = FDoc(DOC, PUB)
MON = D(2025, 5, 12)
B = ["baghaei"]
d.Q("difficult but useful", ["partial"], "Esmaeil Baghaei", B, MON)
d.Q("We have entered these talks with open eyes. Our experience of the past decades shows that the American side has never been a trustworthy party,", ["direct"], "Esmaeil Baghaei", B, MON)
d.Q("economic terrorism", ["partial", "term"], "Esmaeil Baghaei", B, MON)
d.Q("seriously damaged", ["partial"], "Esmaeil Baghaei", B, MON)
d.Q("One day they speak of a deal, the next day they speak of dismantling. Such behaviour only deepens the mistrust of our people,", ["direct"], "Esmaeil Baghaei", B, MON)
d.Q("contradict the claim of diplomacy", ["partial"], "Esmaeil Baghaei", B, MON)
d.Q("neither overly optimistic nor overly pessimistic", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 4))
d.Q("The red lines drawn by the Leader are clear to our negotiating team, and they are not subject to bargaining,", ["direct"], "Esmaeil Baghaei", B, MON)
d.Q("an appropriate and proportionate response", ["partial"], "Esmaeil Baghaei", B, MON)
d.Q("The era of dictating to the Iranian nation is over.", ["direct"], "Esmaeil Baghaei", B, MON)
# figures
d.F("the past decades", 20, ["year"], "duration", "about", core=False)
d.F("more than 1,500 sanctions", 1500, ["sanction"], "count", "more_than", ["sanction"])
d.F("One day", 1, ["day"], "duration", core=False)
d.F("more than 52,000 Palestinians", 52000, ["palestinian"], "count", "more_than", ["palestinian"])
d.F("billions of dollars", 2e9, ["usd"], "money", "about", core=False)
d.F("several Chinese refineries", None, ["refinery", "chinese refinery"], "count", "about", core=False)
d.F("the three branches", 3, ["branch"], "count", core=False)
d.F("the three European countries", 3, ["country", "european country"], "count", core=False)
d.F("11 commitments", 11, ["commitment"], "count", subject_any=["commitment", "european"])
d.F("four rounds", 4, ["round"], "count", subject_any=["talks", "round"])
# events
d.EV("will not give up its legitimate right", ["statement"], None, B)
d.EV("Speaking in his weekly press conference", ["statement"], MON, B)
d.EV("the fourth round of indirect negotiations", ["negotiation"], D(2025, 5, 11), ["iran", "united states", "oman"])
d.EV("the spokesman said", ["statement"], MON, B, core=False)
d.EV("the unilateral withdrawal of the US", ["withdrawal"], D(2018, 5), ["united states", "us"])
d.EV("had imposed more than 1,500 sanctions", ["sanction"], ("2018-05-01", PUB), ["united states", "washington"])
d.EV("He referred to", ["statement"], MON, B, core=False)
d.EV("Baghaei went on to say", ["statement"], MON, B)
d.EV("he noted", ["statement"], MON, B, core=False)
d.EV("condemned the crimes", ["statement"], MON, B)
d.EV("had been martyred since October 2023", ["war", "attack"], ("2023-10-01", PUB), ["israel", "zionist"])
d.EV("continues to send weapons", ["support"], None, ["united states"])
d.EV("the sanctions announced by the US Treasury Department on Thursday", ["sanction", "designation"], D(2025, 5, 8), ["treasury", "united states", "us"])
d.EV("the spokesman said such measures", ["statement"], MON, B, core=False)
d.EV("had advised officials", ["statement"], D(2025, 4), ["khamenei"])
d.EV("in a meeting with the heads of the three branches", ["negotiation", "other"], D(2025, 4), ["khamenei"], core=False)
d.EV("Baghaei recalled", ["statement"], MON, B, core=False)
d.EV("he underlined", ["statement"], MON, B, core=False)
d.EV("Baghaei warned", ["threat", "statement"], MON, B)
d.EV("failed to fulfil 11 commitments", ["withdrawal"], None, ["europe"], core=False)
d.EV("had held talks with Foreign Minister", ["negotiation"], D(2025, 4, 16), ["grossi", "araghchi", "iran", "international atomic"])
d.EV("will travel to Beijing later this week", ["negotiation", "other"], ("2025-05-12", "2025-05-18"), ["araghchi"], core=False)
d.EV("who said on Sunday", ["statement"], D(2025, 5, 11), ["rubio", "secretary of state", "united states"])
d.EV("Baghaei said: ", ["statement"], MON, B, core=False)
d.EV("have held four rounds of indirect talks since April 12", ["negotiation"], ("2025-04-12", PUB), ["iran", "united states", "oman"])
d.save()
