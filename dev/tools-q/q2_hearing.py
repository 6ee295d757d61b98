from q0 import FDoc, D, R, write, author, meta_note

DOC = "dev-q-hearing-house-foreign-affairs-envoy-verification"
PUB = "2025-05-22"  # a Thursday
TEXT = """Iran envoy tells House panel any deal must outlast 'the next election' as lawmakers voice doubts

By Rebecca Thorne-Aziz
May 22, 2025

WASHINGTON — The State Department's special envoy for Iran told lawmakers on Wednesday that any new nuclear agreement with Tehran would have to be built to survive the mistrust that has defined relations between the two countries since 1979, as members of both parties questioned whether Iran could be held to its word.

Gregory Ashbury-Nadeau, testifying before the House Foreign Affairs Committee two days before a fifth round of talks in Rome, said the administration was seeking "a deal that does not ask anyone to take anyone's word for anything."

"We are not negotiating on the basis of trust," he said in his prepared remarks. "We are negotiating on the basis of verification, and on the basis of what happens if verification fails."

The hearing, which lasted nearly three hours, came 10 days after the fourth round of indirect talks in Muscat on May 11, where U.S. and Iranian negotiators exchanged written proposals through Omani mediators.

Ashbury-Nadeau told lawmakers that Iran was enriching uranium to up to 60 percent purity and held more than 270 kilograms of that material, according to the most recent report of the International Atomic Energy Agency, issued in February.

"That stockpile did not exist when the 2015 agreement was in force," he said. "It exists because the agreement collapsed, and each side has its own story about why."

Exchanges with members

The committee's chairman, Rep. Harlan Whitacre (R-Ind.), opened the hearing by recalling that 52 Americans were held hostage for 444 days after students seized the U.S. Embassy in Tehran on Nov. 4, 1979.

"Iran has spent 46 years teaching us not to trust it," Whitacre said. "I want to know what in this deal assumes otherwise."

Ashbury-Nadeau replied that the administration assumed nothing. He said Iran had stayed within the 2015 deal's limits until 2019, a year after President Donald Trump withdrew from it, but that "compliance for a year is not the same thing as a change of heart."

Rep. Carla Densmore-Vance (D-Calif.), the ranking member, pressed the envoy on why Tehran should believe Washington would honor a new agreement after the 2018 withdrawal.

"You are asking them to trust a signature from a country that has already taken its signature back once," she said. "What do you tell them?"

"I tell them the president wants a deal he can defend, and a deal he can defend is a deal that lasts," Ashbury-Nadeau answered.

Densmore-Vance noted that Iranian officials routinely cite the 1953 coup, in which the CIA and British intelligence helped topple Prime Minister Mohammad Mossadegh, as proof of American bad faith. In March 2000, then-Secretary of State Madeleine Albright acknowledged the American role, calling the coup "a setback for Iran's political development."

Rep. Owen Pritchard-Lyle (R-Texas) asked whether sanctions relief could be "snapped back" if Iran cheated. The envoy said Washington would keep "every tool we have today," including the power to reimpose sanctions quickly.

Under the 2015 deal, Iran shipped out about 98 percent of its enriched uranium and cut the number of its installed centrifuges from about 19,000 to 6,104. Iranian oil exports, which had fallen to about 1.1 million barrels a day in 2014, rose to about 2.5 million barrels a day by 2017.

Since the United States reimposed sanctions in November 2018, Iran's oil sales have depended largely on buyers in China, which took about 90 percent of the country's crude exports last year, according to estimates cited by committee staff.

In Tehran, Foreign Ministry spokesman Esmaeil Baghaei said on Tuesday that Iran would not give up enrichment "under any circumstances" and that the United States had "a long record of broken commitments."

The fifth round is scheduled for Friday in Rome. Witkoff and Foreign Minister Abbas Araghchi are expected to lead their delegations again.
"""
write(DOC, "Iran envoy tells House panel any deal must outlast 'the next election' as lawmakers voice doubts",
      "The Rayburn Ledger", PUB, TEXT)
author(DOC, "Rebecca Thorne-Aziz")
meta_note(DOC, "report of a House Foreign Affairs Committee hearing ('testified', 'told lawmakers', 'in his prepared "
          "remarks', exchanges with members, party-state tags); the outlet The Rayburn Ledger, the writer Rebecca "
          "Thorne-Aziz, the hearing itself, the envoy Gregory Ashbury-Nadeau and Representatives Harlan Whitacre, "
          "Carla Densmore-Vance and Owen Pritchard-Lyle are invented; Baghaei's words are invented; 'a setback for "
          "Iran's political development' is Albright's phrase of March 2000; the oil and centrifuge numbers are "
          "plausible, not exact")

d = FDoc(DOC, PUB)
WED, TUE = D(2025, 5, 21), D(2025, 5, 20)
AN = ["ashbury"]
# quotes
d.Q("the next election", ["partial", "term"], "Gregory Ashbury-Nadeau", AN, WED, core=False)
d.Q("a deal that does not ask anyone to take anyone's word for anything.", ["partial"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("We are not negotiating on the basis of trust,", ["direct"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("We are negotiating on the basis of verification, and on the basis of what happens if verification fails.",
    ["direct"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("That stockpile did not exist when the 2015 agreement was in force,", ["direct"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("It exists because the agreement collapsed, and each side has its own story about why.", ["direct"],
    "Gregory Ashbury-Nadeau", AN, WED)
d.Q("Iran has spent 46 years teaching us not to trust it,", ["direct"], "Harlan Whitacre", ["whitacre"], WED)
d.Q("I want to know what in this deal assumes otherwise.", ["direct"], "Harlan Whitacre", ["whitacre"], WED)
d.Q("compliance for a year is not the same thing as a change of heart.", ["partial"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("You are asking them to trust a signature from a country that has already taken its signature back once,",
    ["direct"], "Carla Densmore-Vance", ["densmore"], WED)
d.Q("What do you tell them?", ["direct"], "Carla Densmore-Vance", ["densmore"], WED)
d.Q("I tell them the president wants a deal he can defend, and a deal he can defend is a deal that lasts,",
    ["direct"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("a setback for Iran's political development.", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
d.Q("snapped back", ["partial", "term"], "Owen Pritchard-Lyle", ["pritchard"], WED)
d.Q("every tool we have today,", ["partial"], "Gregory Ashbury-Nadeau", AN, WED)
d.Q("under any circumstances", ["partial"], "Esmaeil Baghaei", ["baghaei"], TUE)
d.Q("a long record of broken commitments.", ["partial"], "Esmaeil Baghaei", ["baghaei"], TUE)
# figures
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("nearly three hours", 3, ["hour"], "duration", "about", ["hearing"])
d.F("10 days after", 10, ["day"], "duration", core=False)
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "purity", "enrich"])
d.F("more than 270 kilograms", 270, ["kilogram", "kg"], "measure", "more_than", ["uranium", "material", "stockpile"])
d.F("52 Americans", 52, ["american", "hostage", "person"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held", "american"])
d.F("46 years", 46, ["year"], "duration", core=False)
d.F("a year after", 1, ["year"], "duration", core=False)
d.F("for a year", 1, ["year"], "duration", core=False)
d.F("once", 1, ["time"], "count", core=False)
d.F("about 98 percent", 98, ["percent"], "percent", "about", ["enriched uranium", "uranium"])
d.F("about 19,000", 19000, ["centrifuge"], "count", "about", ["centrifuge"])
d.F("6,104", 6104, ["centrifuge"], "count", subject_any=["centrifuge"])
d.F("about 1.1 million barrels a day", 1.1e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["oil export", "export"])
d.F("about 90 percent", 90, ["percent"], "percent", "about", ["crude export", "export"])
# events
d.EV("Iran envoy tells House panel", ["statement"], WED, AN, core=False)
d.EV("lawmakers voice doubts", ["statement"], WED, [], core=False)
d.EV("told lawmakers on Wednesday", ["statement"], WED, AN)
d.EV("members of both parties questioned", ["statement"], WED, [], core=False)
d.EV("testifying before the House Foreign Affairs Committee", ["statement"], WED, AN, core=False)
d.EV("a fifth round of talks in Rome", ["negotiation"], D(2025, 5, 23), [], core=False)
d.EV("he said in his prepared remarks", ["statement"], WED, AN, core=False)
d.EV("The hearing, which lasted", ["statement", "other", "negotiation"], WED, [], core=False)
d.EV("the fourth round of indirect talks in Muscat on May 11", ["negotiation"], D(2025, 5, 11), ["iran", "united states"])
d.EV("exchanged written proposals", ["negotiation"], D(2025, 5, 11), ["iran", "united states", "negotiator"], core=False)
d.EV("Ashbury-Nadeau told lawmakers that Iran", ["statement"], WED, AN, core=False)
d.EV("Iran was enriching uranium", ["other"], None, ["iran"], core=False)
d.EV("issued in February", ["disclosure", "statement"], D(2025, 2), ["atomic energy", "iaea"])
d.EV("in force,\" he said", ["statement"], WED, AN, core=False)
d.EV("the agreement collapsed", ["withdrawal"], None, [], core=False)
d.EV("opened the hearing by recalling", ["statement"], WED, ["whitacre"], core=False)
d.EV("were held hostage for 444 days", ["seizure"], D(1979), ["student"], core=False)
d.EV("students seized the U.S. Embassy in Tehran on Nov. 4, 1979", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("Whitacre said", ["statement"], WED, ["whitacre"], core=False)
d.EV("replied that the administration", ["statement"], WED, AN, core=False)
d.EV("He said Iran had stayed within", ["statement"], WED, AN, core=False)
d.EV("Iran had stayed within", ["other"], None, ["iran"], core=False)
d.EV("President Donald Trump withdrew from it", ["withdrawal"], D(2018), ["trump"])
d.EV("pressed the envoy", ["statement"], WED, ["densmore"], core=False)
d.EV("after the 2018 withdrawal", ["withdrawal"], D(2018), [], core=False)
d.EV("back once,\" she said", ["statement"], WED, ["densmore"], core=False)
d.EV("Ashbury-Nadeau answered", ["statement"], WED, AN, core=False)
d.EV("Densmore-Vance noted that", ["statement"], WED, ["densmore"], core=False)
d.EV("Iranian officials routinely cite", ["statement"], None, ["iran", "official"], core=False)
d.EV("helped topple", ["coup"], D(1953), ["cia", "central intelligence", "british"])
d.EV("Madeleine Albright acknowledged", ["statement"], D(2000, 3), ["albright"])
d.EV("asked whether sanctions relief", ["statement"], WED, ["pritchard"], core=False)
d.EV("The envoy said Washington would keep", ["statement"], WED, AN, core=False)
d.EV("Iran shipped out about 98 percent", ["other", "agreement"], None, ["iran"], core=False)
d.EV("cut the number of its installed centrifuges", ["other", "agreement"], None, ["iran"], core=False)
d.EV("rose to about 2.5 million", ["other"], None, [], core=False)
d.EV("Since the United States reimposed sanctions in November 2018", ["sanction"], D(2018, 11), ["united states"])
d.EV("which took about 90 percent", ["other"], None, ["china"], core=False)
d.EV("Esmaeil Baghaei said on Tuesday", ["statement"], TUE, ["baghaei"])
d.EV("The fifth round is scheduled for Friday", ["negotiation"], D(2025, 5, 23), [], core=False)
d.EV("are expected to lead", ["negotiation"], D(2025, 5, 23), ["witkoff", "araghchi"], core=False)
d.save()
