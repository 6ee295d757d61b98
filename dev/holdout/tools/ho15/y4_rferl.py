import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h15 import write, PDoc, D, R, words

DOC = "ho15-rferl-farda-fourth-round-muscat-enrichment"
PUB = "2025-05-12"  # a Monday
TEXT = """Iran, U.S. End Fourth Round In Muscat As Tehran Insists Enrichment 'Not Negotiable'
May 12, 2025 14:05 GMT
Written by Elham Rostami-Faulkner based on reporting by RFE/RL's Radio Farda

Iran and the United States ended a fourth round of Omani-mediated talks on Tehran's nuclear program in Muscat on May 11, with Foreign Minister Abbas Araqchi calling the negotiations "difficult but useful" and Iranian officials insisting that uranium enrichment on Iranian soil is not up for discussion.

Foreign Ministry spokesman Esmail Baqaei said on May 12 that the two delegations had exchanged "new ideas" during more than three hours of indirect contacts, with messages carried between the rooms by Omani Foreign Minister Badr al-Busaidi. "Enrichment is a right of the Iranian nation, and no agreement that takes it away will be signed," Baqaei told his weekly press conference in Tehran, speaking in Persian.

A senior U.S. administration official told reporters after the talks that Washington was "encouraged" and that the next meeting would go deeper into "technical matters." Only two days earlier, U.S. envoy Steve Witkoff said in an interview published on May 9 that Iran's enrichment facilities at Natanz, Fordow, and Isfahan "have to be dismantled."

Hard-liners in Tehran have seized on the gap. "Washington signed an agreement with us once and then tore it up," Hamid-Reza Nasiri-Tafreshi, a member of parliament's National Security and Foreign Policy Committee, told the semiofficial ILNA news agency on May 11. "This time we want guarantees written in ink, not promises."

Supreme Leader Ayatollah Ali Khamenei, who has the final say on all matters of state, said on April 15 that he was "neither overly optimistic nor very pessimistic" about the talks, but he has repeatedly warned officials not to trust the United States.

The first round was held in Muscat on April 12, followed by rounds in Rome on April 19 and in Muscat again on April 26. No date has been set for a fifth round. U.S. President Donald Trump is due to begin a tour of Saudi Arabia, Qatar, and the United Arab Emirates on May 13.

The talks have lifted the rial, which traded at about 830,000 to the dollar on Tehran's open market on May 12, compared with more than 1 million in early April. Davoud Souri-Hashemi, an economist in Tehran, told Radio Farda that the recovery was fragile. "People are no longer buying dollars on hope, but one bad headline from Muscat would send them straight back to the exchange shops," he said.

Background

Iran and the United States have had no diplomatic relations since April 1980, five months after militant students stormed the U.S. Embassy in Tehran and took its staff hostage. Many Iranians trace their distrust of Washington further back, to the August 1953 coup, remembered in Persian as the events of 28 Mordad 1332, in which the CIA and British intelligence helped remove elected Prime Minister Mohammad Mosaddegh.

Under the 2015 Joint Comprehensive Plan of Action (JCPOA), Iran agreed to keep enrichment at 3.67 percent and its stockpile of enriched uranium at 300 kilograms. Trump withdrew from the accord on May 8, 2018, during his first term, and reimposed sanctions. Since then, Iran has enriched uranium up to 60 percent; the International Atomic Energy Agency (IAEA) reported in February that Tehran held about 275 kilograms of uranium at that level, enough for roughly six weapons if refined further, by the agency's yardstick.

Trump restored his "maximum pressure" sanctions policy in February and sent a letter to Khamenei in March proposing talks, while warning of military action if diplomacy failed.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Radio Free Europe/Radio Liberty article (title case headline, GMT time line, "
        "`Written by … based on reporting by RFE/RL's Radio Farda`, RFE/RL transliterations such as Araqchi and "
        "Baqaei, quotes translated from Persian, \"told Radio Farda\", a `Background` box). The writer Elham "
        "Rostami-Faulkner, the lawmaker Hamid-Reza Nasiri-Tafreshi and the economist Davoud Souri-Hashemi are "
        "invented; the words given to Baqaei, the US official, Witkoff and Khamenei are invented or paraphrased "
        "(except the short phrases \"difficult but useful\", \"have to be dismantled\" and \"maximum pressure\"); "
        "the rial rates are plausible, not exact.")
write(DOC, "Iran, U.S. End Fourth Round In Muscat As Tehran Insists Enrichment 'Not Negotiable'",
      "Radio Free Europe/Radio Liberty (style imitation)", PUB, TEXT, NOTE, author="Elham Rostami-Faulkner")

d = PDoc(DOC, PUB)
M12, M11, M9 = D(2025, 5, 12), D(2025, 5, 11), D(2025, 5, 9)
BQ = ["baqaei", "baghaei"]
# quotes
d.Q("Not Negotiable", ["term", "partial"], None, (), core=False)  # headline
d.Q("difficult but useful", ["partial"], "Abbas Araghchi", ["araqchi", "araghchi"], M11)
d.Q("new ideas", ["partial"], "Esmaeil Baghaei", BQ, M12)
d.Q("Enrichment is a right of the Iranian nation, and no agreement that takes it away will be signed,",
    ["direct"], "Esmaeil Baghaei", BQ, M12)
d.Q("encouraged", ["partial"], None, (), said=M11)
d.Q("technical matters.", ["partial"], None, (), said=M11)
d.Q("have to be dismantled.", ["partial"], "Steve Witkoff", ["witkoff"], M9)
d.Q("Washington signed an agreement with us once and then tore it up,", ["direct"], "Hamid-Reza Nasiri-Tafreshi",
    ["nasiri"], M11)
d.Q("This time we want guarantees written in ink, not promises.", ["direct"], "Hamid-Reza Nasiri-Tafreshi",
    ["nasiri"], M11)
d.Q("neither overly optimistic nor very pessimistic", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 4, 15))
d.Q("People are no longer buying dollars on hope, but one bad headline from Muscat would send them straight back to the exchange shops,",
    ["direct"], "Davoud Souri-Hashemi", ["souri"])
d.Q("maximum pressure", ["term"], None, (), core=False)

# figures
d.F("the two delegations", 2, ["delegation"], "count", core=False)
d.F("more than three hours", 3, ["hour"], "duration", "more_than", ["contact", "talks"])
d.F("two days earlier", 2, ["day"], "duration", core=False)
d.F("once", 1, ["time"], "count", core=False, ctx=("with us once and", 0))
d.F("about 830,000", 830000, ["irr", "rial"], "money", "about", ["rial", "dollar"])
d.F("more than 1 million", 1e6, ["irr", "rial"], "money", "more_than", ["rial", "dollar"])
d.F("one bad headline", 1, ["headline"], "count", core=False)
d.F("five months after", 5, ["month"], "duration", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrich"])
d.F("300 kilograms", 300, ["kilogram"], "measure", subject_any=["stockpile", "uranium"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("about 275 kilograms", 275, ["kilogram"], "measure", "about", ["uranium"])
d.F("roughly six weapons", 6, ["weapon"], "count", "about", ["weapon"])

# events
d.V("Iran, U.S. End Fourth Round In Muscat", "End Fourth Round", ["negotiation"], M11, ["iran", "u.s."], core=False)
d.V("Iran and the United States ended a fourth round", "ended a fourth round", ["negotiation"], M11, ["iran", "united states"])
d.V("Iran and the United States ended a fourth round", "calling", ["statement"], M11, ["araqchi", "araghchi"], core=False)
d.V("Foreign Ministry spokesman Esmail Baqaei said on May 12", "said", ["statement"], M12, BQ)
d.V("Foreign Ministry spokesman Esmail Baqaei said on May 12", "had exchanged", ["negotiation"], M11, ["iran", "united states", "delegation"], core=False)
d.V("\"Enrichment is a right of the Iranian nation", "told his weekly press conference", ["statement"], M12, BQ, core=False)
d.V("A senior U.S. administration official told reporters", "told reporters", ["statement"], M11, [], core=False)
d.V("Only two days earlier, U.S. envoy Steve Witkoff said", "said", ["statement"], M9, ["witkoff"])
d.V("\"Washington signed an agreement with us once", "signed", ["agreement"], None, ["washington", "united states"], core=False)
d.V("\"Washington signed an agreement with us once", "tore it up", ["withdrawal"], None, ["washington", "united states"], core=False)
d.V("\"Washington signed an agreement with us once", "told the semiofficial ILNA news agency", ["statement"], M11, ["nasiri"])
d.V("Supreme Leader Ayatollah Ali Khamenei, who has the final say", "said on April 15", ["statement"], D(2025, 4, 15), ["khamenei"])
d.V("Supreme Leader Ayatollah Ali Khamenei, who has the final say", "has repeatedly warned", ["statement"], None, ["khamenei"], core=False)
d.V("The first round was held in Muscat on April 12", "first round was held", ["negotiation"], D(2025, 4, 12))
d.V("The first round was held in Muscat on April 12", "rounds in Rome", ["negotiation"], D(2025, 4, 19))
d.V("The first round was held in Muscat on April 12", "in Muscat again", ["negotiation"], D(2025, 4, 26))
d.V("U.S. President Donald Trump is due to begin a tour", "tour", ["other", "negotiation"], D(2025, 5, 13), ["trump"], core=False)
d.V("The talks have lifted the rial", "traded", ["other"], M12, core=False)
d.V("Davoud Souri-Hashemi, an economist in Tehran, told Radio Farda", "told Radio Farda", ["statement"], None, ["souri"], core=False)
d.V("Iran and the United States have had no diplomatic relations since April 1980", "no diplomatic relations", ["other", "withdrawal"], D(1980, 4), ["united states", "iran"])
d.V("Iran and the United States have had no diplomatic relations since April 1980", "stormed", ["seizure"], D(1979, 11), ["student"])
d.V("Iran and the United States have had no diplomatic relations since April 1980", "took its staff hostage", ["seizure"], D(1979, 11), ["student"], core=False)
d.V("Many Iranians trace their distrust", "coup", ["coup"], D(1953, 8), ["cia", "central intelligence", "british"])
d.V("Under the 2015 Joint Comprehensive Plan of Action", "agreed to keep", ["agreement"], D(2015), ["iran"], core=False)
d.V("Trump withdrew from the accord on May 8, 2018", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.V("Trump withdrew from the accord on May 8, 2018", "reimposed sanctions", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), ["trump"])
d.V("Since then, Iran has enriched uranium", "has enriched", ["withdrawal", "other"], R(D(2018, 5, 8), M12), ["iran"], core=False)
d.V("Since then, Iran has enriched uranium", "reported in February", ["disclosure", "statement"], D(2025, 2), ["iaea", "atomic energy"])
d.V("Trump restored his \"maximum pressure\"", "restored", ["sanction"], D(2025, 2), ["trump"])
d.V("Trump restored his \"maximum pressure\"", "sent a letter", ["statement", "negotiation", "other"], D(2025, 3), ["trump"])
d.V("Trump restored his \"maximum pressure\"", "warning of military action", ["threat"], D(2025, 3), ["trump"], core=False)
d.save()
print(DOC, words(DOC), "words")
