from r0 import FDoc, D, R, write, author, meta_note

DOC = "dev-r-hill-gop-hawks-demand-senate-vote-iran-talks"
PUB = "2025-04-09"  # a Wednesday
TEXT = """Lawmakers split over Trump's Iran talks as GOP hawks demand Senate vote

By Nora Ashcroft-Bell - 04/09/25 6:12 PM ET

Republican hawks and Democrats sparred on Wednesday over President Trump's surprise announcement of nuclear talks with Iran, with several GOP senators insisting that any deal come before Congress as a treaty.

Trump told reporters in the Oval Office on Monday, with Israeli Prime Minister Benjamin Netanyahu at his side, that U.S. and Iranian officials would meet on Saturday at "almost the highest level." Tehran has said the talks, to be held in Oman, will be indirect.

Sen. Harold Vance-Whitmore (R-Fla.), a member of the Foreign Relations Committee, said the administration should not repeat what he called "the Obama mistake."

"Any agreement with the Iranian regime has to come to the Senate as a treaty and get 67 votes, full stop," Vance-Whitmore told The Hill on Wednesday. "The last deal was built on trust, and Tehran spent that trust in a year."

He is one of 14 Republican co-sponsors of a resolution introduced Tuesday by Sen. Cal Brantley-Hughes (R-Okla.) that would declare any new nuclear arrangement with Iran a treaty requiring the advice and consent of the Senate.

Democrats countered that the hawks had helped create the crisis they now want to manage.

"We had inspectors in every corner of Iran's program and a stockpile capped at 300 kilograms," said Sen. Renata Osei-Castillo (D-Conn.). "Republicans cheered when we walked away from a deal Iran was complying with, and now they want to lecture us about trust."

She noted that the International Atomic Energy Agency reported in February that Iran had amassed more than 270 kilograms of uranium enriched up to 60 percent, material that did not exist when Trump withdrew from the 2015 agreement in May 2018.

Rep. Garrett Lindqvist-Shaw (R-Texas), who sits on the House Foreign Affairs Committee, said Iran's leaders had "never once kept faith" with Washington and pointed to Supreme Leader Ali Khamenei's own words.

In a speech to air force commanders on Feb. 7, Khamenei said negotiating with the United States was "not intelligent, wise or honorable."

"He told the world what he thinks of us," Lindqvist-Shaw said. "Why would we take his negotiators at their word?"

Rep. Dana Okoye-Hartley (D-N.J.) said in a statement Tuesday that she supported the talks but wanted the administration to brief Congress "before, not after, anything is signed."

Trump has swung between threats and overtures. In an interview with NBC News late last month, he warned that "there will be bombing" if Iran refused a deal, weeks after saying he had written to Khamenei to propose negotiations.

The president also signed a national security memorandum on Feb. 4 restoring what the White House calls "maximum pressure" on Tehran and directing the Treasury to drive Iran's oil exports toward zero.

Iran still exported about 1.5 million barrels of oil a day in the first quarter, most of it to China, according to tanker-tracking estimates cited by congressional aides.

Echoes of 2015

The fight over congressional review echoes the battle over the 2015 agreement, the Joint Comprehensive Plan of Action. Congress passed the Iran Nuclear Agreement Review Act that May, giving lawmakers 60 days to review the deal once it was submitted in July.

In March of that year, 47 Republican senators had signed an open letter to Iran's leaders warning that a deal without congressional approval could be revoked "with the stroke of a pen."

A Senate vote in September 2015 to block the agreement failed 58-42, two votes short of the 60 needed to advance.

Three years later, Trump withdrew from the deal and reimposed sanctions, arguing it had failed to curb Iran's missile program.

"We learned from that fight that an executive agreement lasts exactly as long as the president who signs it," said Mark Ellison-Rahimi, a former Senate Foreign Relations Committee staffer now at the Potomac Forum for Security Policy. "Tehran learned the same lesson, and that is the core of its mistrust."

Ellison-Rahimi noted that Iranian officials routinely cite the CIA-backed coup that toppled Prime Minister Mohammad Mosaddegh in 1953 and the 444-day hostage crisis that began in November 1979 as the twin origins of the rift.

What's next

Special envoy Steve Witkoff is expected to lead the U.S. delegation in Muscat on Saturday, and Iranian Foreign Minister Abbas Araghchi will head Iran's team, officials in both capitals have said.

Senate Majority Leader John Thune (R-S.D.) told reporters on Tuesday that he had not decided whether to bring the resolution to the floor.

A senior Senate Republican aide, speaking on condition of anonymity, said the measure had "no real chance" of passing unless the talks produce a written agreement.

The White House did not respond to a request for comment. The Hill has reached out to the State Department and to the resolution's sponsors.
"""
write(DOC, "Lawmakers split over Trump's Iran talks as GOP hawks demand Senate vote",
      "The Hill (style imitation)", PUB, TEXT)
author(DOC, "Nora Ashcroft-Bell")
meta_note(DOC, "Washington story in The Hill house style (headline, 'By … - 04/09/25 6:12 PM ET' byline, lawmakers with "
          "party-state tags, 'told The Hill', the subheads 'Echoes of 2015' and 'What's next', 'The Hill has reached "
          "out'), style imitation; the writer, Sens. Harold Vance-Whitmore, Cal Brantley-Hughes and Renata "
          "Osei-Castillo, Reps. Garrett Lindqvist-Shaw and Dana Okoye-Hartley, the resolution and its 14 co-sponsors, "
          "Mark Ellison-Rahimi and the Potomac Forum for Security Policy, and the Senate aide are invented; the words of "
          "Trump, Khamenei and the 2015 senators' letter are short well-known phrases or paraphrases; the export "
          "estimate is plausible, not exact")

d = FDoc(DOC, PUB)
WED, TUE, MON, SAT = D(2025, 4, 9), D(2025, 4, 8), D(2025, 4, 7), D(2025, 4, 12)
# quotes
d.Q("almost the highest level.", ["partial"], "Donald Trump", ["trump"], MON)
d.Q("the Obama mistake.", ["partial", "term"], "Harold Vance-Whitmore", ["vance-whitmore"], None)
d.Q("Any agreement with the Iranian regime has to come to the Senate as a treaty and get 67 votes, full stop,", ["direct"],
    "Harold Vance-Whitmore", ["vance-whitmore"], WED)
d.Q("The last deal was built on trust, and Tehran spent that trust in a year.", ["direct"], "Harold Vance-Whitmore",
    ["vance-whitmore"], WED)
d.Q("We had inspectors in every corner of Iran's program and a stockpile capped at 300 kilograms,", ["direct"],
    "Renata Osei-Castillo", ["osei-castillo"], None)
d.Q("Republicans cheered when we walked away from a deal Iran was complying with, and now they want to lecture us about trust.",
    ["direct"], "Renata Osei-Castillo", ["osei-castillo"], None)
d.Q("never once kept faith", ["partial"], "Garrett Lindqvist-Shaw", ["lindqvist"], None)
d.Q("not intelligent, wise or honorable.", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2, 7))
d.Q("He told the world what he thinks of us,", ["direct"], "Garrett Lindqvist-Shaw", ["lindqvist"], None)
d.Q("Why would we take his negotiators at their word?", ["direct"], "Garrett Lindqvist-Shaw", ["lindqvist"], None)
d.Q("before, not after, anything is signed.", ["partial"], "Dana Okoye-Hartley", ["okoye"], TUE)
d.Q("there will be bombing", ["partial"], "Donald Trump", ["trump"], D(2025, 3))
d.Q("maximum pressure", ["term"], None, [], None, core=False)
d.Q("with the stroke of a pen.", ["partial"], None, [], D(2015, 3))
d.Q("We learned from that fight that an executive agreement lasts exactly as long as the president who signs it,",
    ["direct"], "Mark Ellison-Rahimi", ["ellison-rahimi"], None)
d.Q("Tehran learned the same lesson, and that is the core of its mistrust.", ["direct"], "Mark Ellison-Rahimi",
    ["ellison-rahimi"], None)
d.Q("no real chance", ["partial"], None, [], None)
# figures
d.F("several GOP senators", 3, ["senator"], "count", "about", core=False)
d.F("67 votes", 67, ["vote"], "count", subject_any=["senate", "treaty", "agreement"])
d.F("in a year", 1, ["year"], "duration", core=False)
d.F("14 Republican co-sponsors", 14, ["co-sponsor", "cosponsor"], "count", subject_any=["resolution", "co-sponsor"])
d.F("300 kilograms", 300, ["kilogram"], "measure", "at_most", ["stockpile"])
d.F("more than 270 kilograms", 270, ["kilogram"], "measure", "more_than", ["uranium"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("never once", 1, ["time"], "count", core=False)
d.F("toward zero", 0, ["barrel", "export"], "count", core=False)
d.F("about 1.5 million barrels of oil a day", 1.5e6, ["barrel per day"], "measure", "about", ["oil", "export", "iran"])
d.F("60 days", 60, ["day"], "duration", subject_any=["review", "lawmaker"])
d.F("47 Republican senators", 47, ["senator"], "count", subject_any=["senator", "letter"])
d.F("58", 58, ["vote"], "count", subject_any=["senate vote", "vote"], ctx=("failed 58-42",))
d.F("42", 42, ["vote"], "count", subject_any=["senate vote", "vote"], ctx=("failed 58-42",))
d.F("two votes", 2, ["vote"], "count", subject_any=["vote"])
d.F("the 60 needed", 60, ["vote"], "count", subject_any=["vote"])
d.F("Three years later", 3, ["year"], "duration", core=False)
d.F("444-day", 444, ["day"], "duration", subject_any=["hostage crisis", "hostage"])
# events
d.EV("GOP hawks demand Senate vote", ["statement"], WED, ["republican", "gop"], core=False)
d.EV("sparred on Wednesday", ["statement"], WED, ["republican", "democrat"])
d.EV("surprise announcement of nuclear talks", ["statement"], MON, ["trump"], core=False)
d.EV("insisting that any deal", ["statement"], WED, ["senator", "gop"], core=False)
d.EV("Trump told reporters in the Oval Office on Monday", ["statement"], MON, ["trump"])
d.EV("officials would meet on Saturday", ["negotiation"], SAT, ["united states", "iran"], core=False)
d.EV("Tehran has said the talks", ["statement"], None, ["iran", "tehran"], core=False)
d.EV("said the administration should not repeat", ["statement"], None, ["vance-whitmore"], core=False)
d.EV("Vance-Whitmore told The Hill on Wednesday", ["statement"], WED, ["vance-whitmore"], core=False)
d.EV("a resolution introduced Tuesday", ["legislation"], TUE, ["brantley"])
d.EV("Democrats countered", ["statement"], None, ["democrat"], core=False)
d.EV("said Sen. Renata Osei-Castillo", ["statement"], None, ["osei-castillo"], core=False)
d.EV("we walked away from a deal", ["withdrawal"], None, ["united states"], core=False)
d.EV("She noted that", ["statement"], None, ["osei-castillo"], core=False)
d.EV("Agency reported in February", ["disclosure", "statement"], D(2025, 2), ["international atomic energy agency", "iaea"])
d.EV("Iran had amassed", ["other"], None, ["iran"], core=False)
d.EV("Trump withdrew from the 2015 agreement in May 2018", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.EV("said Iran's leaders had", ["statement"], None, ["lindqvist"], core=False)
d.EV("In a speech to air force commanders on Feb. 7", ["statement"], D(2025, 2, 7), ["khamenei"])
d.EV("Lindqvist-Shaw said", ["statement"], None, ["lindqvist"], core=False)
d.EV("said in a statement Tuesday", ["statement"], TUE, ["okoye"])
d.EV("he warned that", ["threat", "statement"], D(2025, 3), ["trump"])
d.EV("saying he had written to Khamenei", ["statement"], None, ["trump"], core=False)
d.EV("signed a national security memorandum on Feb. 4", ["legislation", "sanction"], D(2025, 2, 4), ["trump"])
d.EV("Iran still exported about 1.5 million", ["other"], D(2025, 1, 1)[:1] + D(2025, 3)[1:], ["iran"], core=False)
d.EV("Congress passed the Iran Nuclear Agreement Review Act that May", ["legislation"], D(2015, 5), ["congress"])
d.EV("once it was submitted in July", ["other", "statement", "legislation"], D(2015, 7), [], core=False)
d.EV("had signed an open letter", ["statement"], D(2015, 3), ["republican", "senator"])
d.EV("A Senate vote in September 2015", ["legislation"], D(2015, 9), ["senate"])
d.EV("Trump withdrew from the deal and reimposed", ["withdrawal"], D(2018), ["trump", "united states"])
d.EV("reimposed sanctions, arguing", ["sanction"], D(2018), ["trump", "united states"])
d.EV("said Mark Ellison-Rahimi", ["statement"], None, ["ellison-rahimi"], core=False)
d.EV("Ellison-Rahimi noted", ["statement"], None, ["ellison-rahimi"], core=False)
d.EV("CIA-backed coup that toppled", ["coup"], D(1953), ["cia", "central intelligence agency", "united states"])
d.EV("hostage crisis that began in November 1979", ["seizure"], D(1979, 11), [])
d.EV("is expected to lead the U.S. delegation", ["negotiation"], SAT, ["united states", "witkoff"], core=False)
d.EV("officials in both capitals have said", ["statement"], None, [], core=False)
d.EV("told reporters on Tuesday that he had not decided", ["statement"], TUE, ["thune"])
d.EV("A senior Senate Republican aide", ["statement"], None, [], core=False)
d.EV("The White House did not respond", ["statement", "other"], None, ["white house"], core=False)
d.EV("The Hill has reached out", ["statement", "other"], None, [], core=False)
d.save()
