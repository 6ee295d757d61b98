from o0 import FDoc, D, R, write, author, meta_note

DOC = "dev-o-wapo-analysis-talks-after-strikes-history"
PUB = "2025-06-27"  # a Friday
TEXT = """After the bombs, Trump wants a deal with Iran. History stands in the way.

Officials say the president sees the strikes as leverage for a quick agreement, but Tehran's leaders remember 1953, 1979 and 2018.

By Eleanor Whitcombe-Aziz and Daniel Ferreira-Hastings

June 27, 2025 at 6:00 a.m. EDT

WASHINGTON — Five days after American B-2 bombers struck three Iranian nuclear sites, President Donald Trump has told aides that he wants to turn the military operation into a diplomatic opening, according to three U.S. officials who spoke on the condition of anonymity to discuss internal deliberations.

The president said as much in public on Wednesday at a NATO summit in The Hague, telling reporters that American and Iranian officials would talk "next week" and that an agreement would be welcome but was "not necessary" for him.

But Iran's foreign minister, Abbas Araghchi, said on Thursday that no agreement had been reached to restart negotiations, and the country's supreme leader, Ayatollah Ali Khamenei, declared in a recorded video message on the same day that Iran had dealt "a slap in the face" to the United States, in his first public remarks since a ceasefire took effect on Tuesday.

The distance between those two messages reflects a relationship in which nearly every opening has been shadowed by memory, much of it bitter, stretching back more than seven decades.

For Iranians, the story often begins in August 1953, when the CIA and British intelligence organized the coup that toppled the elected prime minister, Mohammad Mosaddegh, and strengthened the rule of Shah Mohammad Reza Pahlavi. The shah left Iran in January 1979, weeks before the revolution that brought Ayatollah Ruhollah Khomeini to power in February of that year.

For Americans, the defining memory is Nov. 4, 1979, when students loyal to Khomeini stormed the U.S. Embassy in Tehran and took 52 Americans hostage, holding them for 444 days. The hostages were freed on Jan. 20, 1981, minutes after Ronald Reagan was sworn in as president, under the Algiers Accords signed the day before.

The list of grievances has only grown since: the downing of Iran Air Flight 655 by the USS Vincennes over the Persian Gulf in July 1988, which killed 290 people; the killing of Maj. Gen. Qasem Soleimani in a U.S. drone strike at Baghdad's airport on Jan. 3, 2020; and, in Iranian eyes above all, Trump's decision in May 2018 to abandon the nuclear agreement that Iran had concluded with the United States and five other powers in Vienna on July 14, 2015.

Officials involved in the current diplomacy say the 2018 withdrawal is the wound that matters most. "They keep asking us what guarantee we can give that the next president won't do the same thing," said one senior administration official, who spoke on the condition of anonymity to describe private exchanges. "It is a fair question, and we don't have a great answer."

Araghchi and Steve Witkoff, Trump's special envoy, held five rounds of talks mediated by Oman between April 12 and May 23, two of them in Rome. A sixth round had been scheduled for June 15 in Muscat. Israel began its air campaign against Iran on June 13, and the round was called off.

Two of the officials said Witkoff had exchanged messages with Araghchi during the 12-day war, including on June 21, hours before the strikes, to say that Washington was ready to resume talks if Tehran gave up enrichment on its own soil. A spokesperson for the National Security Council declined to comment on the messages.

Secretary of State Marco Rubio told CBS News on Sunday that the administration was prepared to meet Iranian officials "as soon as they are ready," but he repeated that Iran could not be allowed to enrich uranium.

In Tehran, the argument for talking to Washington has rarely been weaker. Mohammad-Reza Kazemi-Lowell, a former Iranian diplomat who now teaches international relations at a university in the capital, said the strikes had landed while negotiators were still arguing over the date of the next round. "Anyone in Tehran who argues for talks now has to explain why this time would be different," he said in a telephone interview. "That is a very hard argument to win this week."

The human toll of the war has hardened views on both sides. Iran's Health Ministry has said that 610 people were killed in Israeli strikes during the 12-day war, while Iranian missiles killed 28 people in Israel, according to Israeli officials.

Trump, for his part, has shown little patience for history. Asked on Wednesday whether Iran could trust a new agreement after he had left the last one, he said the 2015 deal had been "a disaster" and that any new arrangement would be "much stronger." A White House spokesperson said in a statement on Thursday that the president "has always preferred peace" and would meet Iran's leaders "when the time is right."

One of the U.S. officials said the administration hoped to arrange a first meeting in Oslo or Muscat in early July. Iranian officials have not confirmed any date.
"""
write(DOC, "After the bombs, Trump wants a deal with Iran. History stands in the way.",
      "The Washington Post (style imitation)", PUB, TEXT)
author(DOC, "Eleanor Whitcombe-Aziz and Daniel Ferreira-Hastings")
meta_note(DOC, "Washington Post/New York Times-style news analysis with anonymous officials, style imitation; the writers, "
          "the former diplomat Mohammad-Reza Kazemi-Lowell and every anonymous official are invented; quotes of Trump, "
          "Khamenei, Rubio and the White House are invented or paraphrased ('next week' and 'a slap in the face' "
          "paraphrase remarks of 25 and 26 June 2025)")

d = FDoc(DOC, PUB)
WED, THU, TUE, SUN = D(2025, 6, 25), D(2025, 6, 26), D(2025, 6, 24), D(2025, 6, 22)
STRIKE = ("2025-06-21", "2025-06-22")
WAR = ("2025-06-13", "2025-06-24")
US = ["united states", "u.s.", "american", "washington"]
# quotes
d.Q("next week", ["partial"], "Donald Trump", ["trump"], WED)
d.Q("not necessary", ["partial"], "Donald Trump", ["trump"], WED)
d.Q("a slap in the face", ["partial"], "Ali Khamenei", ["khamenei"], THU)
d.Q("They keep asking us what guarantee we can give that the next president won't do the same thing,", ["direct"], None, [], None)
d.Q("It is a fair question, and we don't have a great answer.", ["direct"], None, [], None)
d.Q("as soon as they are ready,", ["partial"], "Marco Rubio", ["rubio"], SUN)
d.Q("Anyone in Tehran who argues for talks now has to explain why this time would be different,", ["direct"], "Mohammad-Reza Kazemi-Lowell", ["kazemi"], None)
d.Q("That is a very hard argument to win this week.", ["direct"], "Mohammad-Reza Kazemi-Lowell", ["kazemi"], None)
d.Q("a disaster", ["partial"], "Donald Trump", ["trump"], WED)
d.Q("much stronger.", ["partial"], "Donald Trump", ["trump"], WED)
d.Q("has always preferred peace", ["partial"], "White House", ["white house"], THU)
d.Q("when the time is right.", ["partial"], "White House", ["white house"], THU)
# figures
d.F("Five days after", 5, ["day"], "duration", core=False)
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("three U.S. officials", 3, ["official"], "count", core=False)
d.F("those two messages", 2, ["message"], "count", core=False)
d.F("more than seven decades", 70, ["year"], "duration", "more_than", core=False)
d.F("52 Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "day"])
d.F("290 people", 290, ["people", "person"], "count", subject_any=["people", "flight", "killed"])
d.F("five other powers", 5, ["power"], "count", subject_any=["power"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("two of them", 2, ["round"], "count", subject_any=["round", "rome"])
d.F("Two of the officials", 2, ["official"], "count", core=False)
d.F("12-day war", 12, ["day"], "duration", subject_any=["war"], occ=0)
d.F("610 people", 610, ["people", "person"], "count", subject_any=["people", "killed", "iran"])
d.F("12-day war", 12, ["day"], "duration", subject_any=["war"], occ=1)
d.F("28 people", 28, ["people", "person"], "count", subject_any=["people", "killed", "israel"])
# events
d.EV("Trump wants a deal with Iran", ["statement", "negotiation"], None, ["trump"], core=False)
d.EV("Officials say the president sees", ["statement"], None, [], core=False)
d.EV("B-2 bombers struck", ["attack"], STRIKE, US)
d.EV("has told aides", ["statement"], None, ["trump"])
d.EV("said as much in public on Wednesday", ["statement"], WED, ["trump"])
d.EV("would talk \"next week\"", ["negotiation"], ("2025-06-30", "2025-07-06"), [], core=False)
d.EV("Araghchi, said on Thursday", ["statement"], THU, ["araghchi"])
d.EV("declared in a recorded video message", ["statement"], THU, ["khamenei"])
d.EV("a ceasefire took effect on Tuesday", ["agreement", "other"], TUE, [])
d.EV("organized the coup", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.EV("strengthened the rule of Shah", ["leadership_change", "coup"], D(1953, 8), ["cia", "central intelligence agency", "british"], core=False)
d.EV("The shah left Iran in January 1979", ["leadership_change", "other"], D(1979, 1), ["pahlavi", "shah"])
d.EV("the revolution that brought Ayatollah Ruhollah Khomeini to power", ["revolution", "leadership_change"], D(1979, 2), ["khomeini", "revolution"])
d.EV("stormed the U.S. Embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("took 52 Americans hostage", ["seizure"], D(1979, 11, 4), ["student"], core=False)
d.EV("The hostages were freed", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Reagan was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("Algiers Accords signed the day before", ["agreement"], D(1981, 1, 19), [])
d.EV("the downing of Iran Air Flight 655", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.EV("the killing of Maj. Gen. Qasem Soleimani", ["attack"], D(2020, 1, 3), US)
d.EV("Trump's decision in May 2018 to abandon", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("Iran had concluded with the United States", ["agreement"], D(2015, 7, 14), ["iran"])
d.EV("Officials involved in the current diplomacy say", ["statement"], None, [], core=False)
d.EV("the 2018 withdrawal is the wound", ["withdrawal"], D(2018), ["united states", "trump"], core=False)
d.EV("said one senior administration official", ["statement"], None, [], core=False)
d.EV("held five rounds of talks mediated by Oman", ["negotiation"], ("2025-04-12", "2025-05-23"), ["araghchi", "witkoff"])
d.EV("A sixth round had been scheduled", ["negotiation"], D(2025, 6, 15), [], core=False)
d.EV("Israel began its air campaign", ["war", "attack"], D(2025, 6, 13), ["israel"])
d.EV("the round was called off", ["other", "negotiation"], ("2025-06-13", "2025-06-15"), [])
d.EV("Two of the officials said", ["statement"], None, [], core=False)
d.EV("had exchanged messages with Araghchi", ["negotiation", "statement"], WAR, ["witkoff"])
d.EV("declined to comment", ["statement"], None, ["national security council"], core=False)
d.EV("Rubio told CBS News on Sunday", ["statement"], SUN, ["rubio"])
d.EV("said the strikes had landed", ["statement"], None, ["kazemi"], core=False)
d.EV("he said in a telephone interview", ["statement"], None, ["kazemi"], core=False)
d.EV("Iran's Health Ministry has said", ["statement"], None, ["health ministry", "iran"], core=False)
d.EV("610 people were killed in Israeli strikes", ["attack"], WAR, ["israel"])
d.EV("Iranian missiles killed 28 people", ["attack"], WAR, ["iran"])
d.EV("Asked on Wednesday", ["statement"], WED, ["trump"])
d.EV("A White House spokesperson said in a statement on Thursday", ["statement"], THU, ["white house"])
d.EV("hoped to arrange a first meeting", ["negotiation"], D(2025, 7), [], core=False)
d.EV("Iranian officials have not confirmed", ["statement"], None, [], core=False)
d.save()
