from mk import write
from ann import Doc, D, R

DOC = "ho9-newsletter-daybreak-brief-missiles-and-a-plane"
PUB = "2020-01-09"
TEXT = """THE DAYBREAK BRIEF
Thursday, January 9, 2020 | Issue No. 412

Good morning. Here is what you need to know.

**Iran strikes back, then steps back.** Iran fired more than a dozen ballistic missiles at two Iraqi bases housing American troops early yesterday, in what it called revenge for the killing of Gen. Qassem Soleimani. No Americans or Iraqis were killed, the Pentagon said. Hours later, Foreign Minister Javad Zarif wrote on Twitter that Iran had taken "proportionate measures" and did not seek a wider war.

**Trump: 'Iran appears to be standing down.'** Speaking at the White House yesterday morning, President Trump said no Americans had been harmed and announced new economic sanctions, which he said would stay in place until Iran "changes its behavior." He also said the United States was "ready to embrace peace."

**Khamenei: a 'slap in the face'.** In a televised speech yesterday, Ayatollah Ali Khamenei called the missile strikes "a slap in the face" for America and said military action alone "is not enough." The goal, he said, is to end the American presence in the region.

**A deadly week.** Soleimani, who led the Revolutionary Guards' Quds Force, was killed by a US drone strike at Baghdad's airport on Friday. At his funeral procession in his hometown of Kerman on Tuesday, a stampede killed at least 56 people. On Sunday, Iran said it would no longer observe the nuclear deal's limits on its centrifuges, and Iraq's parliament voted to ask foreign troops to leave. Trump had warned on Saturday that the US had picked 52 Iranian sites, one for each of the Americans held hostage in 1979, and would hit them "very fast and very hard."

**A plane down outside Tehran.** A Ukraine International Airlines Boeing 737 crashed minutes after taking off from Tehran's main airport early yesterday, killing all 176 people on board. Iranian officials blamed a technical fault. Ukraine's president said his country would rule out no explanation "until the investigation is complete." Canada said 63 of the dead were its citizens.

**The number: 444.** That is how many days 52 Americans were held after students seized the US embassy in Tehran on Nov. 4, 1979. The 52 sites in Trump's warning were a deliberate echo.

**Looking back.** The nuclear deal that Iran is now stepping away from was signed in July 2015 and capped enrichment at 3.67 percent. Trump took the US out of it in May 2018. Tehran has never forgotten an older grievance: the 1953 coup, in which the CIA helped topple Prime Minister Mohammad Mosaddegh. "Every crisis since then has been read in Tehran as the same film with new actors," the historian Lena Vasquez-Hart writes in an essay published this week in The Atlas Monthly.

**Coming up.** The House is expected to vote today on a resolution to limit the president's power to wage war on Iran.

That's it for today. Reply to this email with tips or complaints. See you tomorrow.

Maya Whitford, editor
"""
write(DOC, "The Daybreak Brief: Iran strikes back, then steps back", "The Daybreak Brief", PUB, TEXT)

d = Doc(DOC, PUB)
Y = D(2020, 1, 8)
TRUMP = ["trump", "president"]
KH = ["khamenei", "ayatollah"]
# quotes
d.Q("proportionate measures", ["partial"], "Mohammad Javad Zarif", ["zarif"], Y)
d.Q("Iran appears to be standing down.", ["direct"], "Donald Trump", TRUMP, Y)
d.Q("changes its behavior.", ["partial"], "Donald Trump", TRUMP, Y)
d.Q("ready to embrace peace.", ["partial"], "Donald Trump", TRUMP, Y)
d.Q("slap in the face", ["partial", "term"], "Ali Khamenei", KH, Y, core=False)
d.Q("a slap in the face", ["partial"], "Ali Khamenei", KH, Y)
d.Q("is not enough.", ["partial"], "Ali Khamenei", KH, Y)
d.Q("very fast and very hard.", ["partial"], "Donald Trump", TRUMP, D(2020, 1, 4))
d.Q("until the investigation is complete.", ["partial"], "Volodymyr Zelensky", ["zelensk", "ukraine"])
d.Q("Every crisis since then has been read in Tehran as the same film with new actors,", ["direct"], "Lena Vasquez-Hart", ["vasquez-hart", "vasquez"], R(D(2020, 1, 6), D(2020, 1, 9)))

# figures
d.F("more than a dozen ballistic missiles", 12, ["missile", "ballistic missile"], "count", "more_than", ["missile"])
d.F("two Iraqi bases", 2, ["base", "iraqi base"], "count", subject_any=["base"])
d.F("Hours later", None, ["hour"], "duration", "about", core=False)
d.F("at least 56 people", 56, ["person", "people"], "count", "at_least", ["stampede", "killed", "people"])
d.F("52 Iranian sites", 52, ["site", "iranian site"], "count", subject_any=["site"])
d.F("minutes after", None, ["minute"], "duration", "about", core=False)
d.F("all 176 people", 176, ["person", "people"], "count", subject_any=["on board", "people", "killed"])
d.F("63", 63, ["citizen", "person", "people", "canadian"], "count", subject_any=["dead", "citizen"])
d.F("444", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "held", "hostage"])
d.F("The 52 sites", 52, ["site"], "count", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrich"])

# events
d.E("**Iran strikes back, then steps back.**", "strikes back", ["attack"], None, ["iran"], core=False)
s = "Iran fired more than a dozen ballistic missiles at two Iraqi bases housing American troops early yesterday, in what it called revenge for the killing of Gen. Qassem Soleimani."
d.E(s, "fired", ["attack"], Y, ["iran"])
d.E(s, "killing", ["attack"], None, core=False)
d.E(s, "called revenge", ["statement"], None, ["iran"], core=False)
d.E("No Americans or Iraqis were killed, the Pentagon said.", "said", ["statement"], None, ["pentagon", "defense"], core=False)
d.E("Hours later, Foreign Minister Javad Zarif wrote on Twitter that Iran had taken \"proportionate measures\" and did not seek a wider war.", "wrote on Twitter", ["statement"], Y, ["zarif"])
d.E("**Trump: 'Iran appears to be standing down.'**", "Trump", ["statement"], None, ["trump"], core=False)
s = "Speaking at the White House yesterday morning, President Trump said no Americans had been harmed and announced new economic sanctions, which he said would stay in place until Iran \"changes its behavior.\""
d.E(s, "Speaking", ["statement"], Y, ["trump"])
d.E(s, "announced new economic sanctions", ["sanction"], Y, ["trump", "united states"])
d.E("He also said the United States was \"ready to embrace peace.\"", "said", ["statement"], None, ["trump"], core=False)
d.E("**Khamenei: a 'slap in the face'.**", "Khamenei", ["statement"], None, ["khamenei"], core=False)
d.E("In a televised speech yesterday, Ayatollah Ali Khamenei called the missile strikes \"a slap in the face\" for America and said military action alone \"is not enough.\"",
    "speech", ["statement"], Y, ["khamenei"])
d.E("The goal, he said, is to end the American presence in the region.", "he said", ["statement"], None, ["khamenei"], core=False)
d.E("Soleimani, who led the Revolutionary Guards' Quds Force, was killed by a US drone strike at Baghdad's airport on Friday.", "killed", ["attack"], D(2020, 1, 3), ["united states", "drone"])
d.E("At his funeral procession in his hometown of Kerman on Tuesday, a stampede killed at least 56 people.", "stampede", ["other"], D(2020, 1, 7))
s = "On Sunday, Iran said it would no longer observe the nuclear deal's limits on its centrifuges, and Iraq's parliament voted to ask foreign troops to leave."
d.E(s, "no longer observe", ["withdrawal", "statement"], D(2020, 1, 5), ["iran"])
d.E(s, "voted", ["legislation", "other"], D(2020, 1, 5), ["iraq", "parliament"])
s = "Trump had warned on Saturday that the US had picked 52 Iranian sites, one for each of the Americans held hostage in 1979, and would hit them \"very fast and very hard.\""
d.E(s, "warned", ["threat", "statement"], D(2020, 1, 4), ["trump"])
d.E(s, "held hostage", ["seizure"], D(1979))
d.E("**A plane down outside Tehran.**", "plane down", ["other", "attack"], None, core=False)
d.E("A Ukraine International Airlines Boeing 737 crashed minutes after taking off from Tehran's main airport early yesterday, killing all 176 people on board.",
    "crashed", ["other", "attack"], Y)
d.E("Iranian officials blamed a technical fault.", "blamed", ["statement"], None, ["iran"], core=False)
d.E("Ukraine's president said his country would rule out no explanation \"until the investigation is complete.\"", "said", ["statement"], None, ["zelensk", "ukraine"], core=False)
d.E("Canada said 63 of the dead were its citizens.", "said", ["statement"], None, ["canada"], core=False)
d.E("That is how many days 52 Americans were held after students seized the US embassy in Tehran on Nov. 4, 1979.", "seized", ["seizure"], D(1979, 11, 4), ["student"])
s = "The nuclear deal that Iran is now stepping away from was signed in July 2015 and capped enrichment at 3.67 percent."
d.E(s, "signed", ["agreement"], D(2015, 7))
d.E(s, "stepping away", ["withdrawal"], None, ["iran"], core=False)
d.E("Trump took the US out of it in May 2018.", "took the US out", ["withdrawal"], D(2018, 5), ["trump"])
d.E("Tehran has never forgotten an older grievance: the 1953 coup, in which the CIA helped topple Prime Minister Mohammad Mosaddegh.", "coup", ["coup"], D(1953), ["cia", "central intelligence agency"])
d.E("\"Every crisis since then has been read in Tehran as the same film with new actors,\" the historian Lena Vasquez-Hart writes in an essay published this week in The Atlas Monthly.",
    "writes", ["statement", "disclosure"], R(D(2020, 1, 6), D(2020, 1, 9)), ["vasquez-hart", "vasquez"], core=False)
d.E("The House is expected to vote today on a resolution to limit the president's power to wage war on Iran.", "vote", ["legislation"], D(2020, 1, 9), ["house"], core=False)
d.save()
