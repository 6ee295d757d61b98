from p0 import FDoc, D, R, write, author, meta_note

DOC = "dev-p-nyt-trump-letter-khamenei-history-of-messages"
PUB = "2025-03-08"  # a Saturday
TEXT = """Trump Says He Wrote to Iran's Supreme Leader, Seeking Nuclear Talks

The overture, which Iran said it had not received, follows decades in which messages between the two countries' leaders have mostly gone unanswered.

By Jonathan Ashby-Karimi and Celeste Moravec-Dunn

March 8, 2025

WASHINGTON — President Trump said on Friday that he had written to Ayatollah Ali Khamenei, Iran's supreme leader, proposing negotiations on a new nuclear agreement, a rare direct appeal to a cleric who has spent more than three decades describing the United States as an enemy that cannot be trusted.

"I'd much rather make a deal, but one way or another the problem is going to be solved," Mr. Trump said in an interview with Fox Business Network that was broadcast on Friday morning.

Iran's mission to the United Nations said later on Friday that it had not received any such letter, and a senior Iranian official, speaking on the condition of anonymity to discuss diplomatic exchanges, said Tehran would "not negotiate under the shadow of threats."

On Saturday, Ayatollah Khamenei told a gathering of senior officials in Tehran that "some bullying governments" insisted on talks not to solve problems but "to impose their own expectations," in remarks that Iranian state media presented as a reply to Mr. Trump.

The exchange came a month after Mr. Trump, on Feb. 4, signed a presidential memorandum restoring what he has called "maximum pressure" on Iran, directing the Treasury Department to cut the country's oil exports, which analysts estimate at roughly 1.5 million barrels a day.

Three days later, Ayatollah Khamenei said that negotiating with the United States was "not intelligent, wise or honorable," citing Mr. Trump's decision in 2018 to abandon the nuclear accord that Iran had reached with world powers three years earlier.

Letters between American presidents and Iran's leaders have a long and mostly unhappy history.

President Barack Obama wrote to Ayatollah Khamenei at least twice during his first year in office, in 2009, and the supreme leader answered, according to former officials, with a letter that listed American wrongs going back to the 1953 coup that toppled Prime Minister Mohammad Mosaddegh.

In June 2019, Prime Minister Shinzo Abe of Japan carried a message from Mr. Trump to Tehran; Ayatollah Khamenei told him that he did not consider Mr. Trump "worthy" of a reply.

On Jan. 3, 2020, an American drone strike at Baghdad's airport killed Maj. Gen. Qassim Suleimani, the commander of Iran's Quds Force, and five days later Iran fired ballistic missiles at Ain al-Asad air base in Iraq, where more than 100 American troops were later diagnosed with traumatic brain injuries.

"Every time a letter has arrived, it has arrived alongside a new sanction or a new threat, and the Iranians read the threat, not the letter," said Robert Ellison-Varga, who worked on Iran policy at the State Department under three administrations, in an interview on Friday.

He said the distrust ran in both directions, noting that American officials still cite the seizure of the United States Embassy in Tehran in November 1979, when 52 Americans were held for 444 days, as the founding grievance on their side.

The hostages were released on Jan. 20, 1981, under the Algiers Accords, an agreement brokered by Algeria that also created a claims tribunal in The Hague, which is still hearing cases more than four decades later.

Iranian officials, for their part, say the 2015 deal proved that Washington cannot be relied upon: Iran shipped most of its enriched uranium abroad and accepted intrusive inspections, only for Mr. Trump to walk away from the agreement and restore sanctions that cut its oil exports by more than 80 percent within a year.

The White House has not said how the letter was delivered or by whom.

The White House press secretary, Karoline Leavitt, said on Friday that the president "has been clear that Iran will never be allowed to have a nuclear weapon," and that he preferred a negotiated solution.

Asked on Friday whether he expected Ayatollah Khamenei to answer, Mr. Trump shrugged.

"We'll find out," he said.

A spokesman for Iran's Foreign Ministry, Esmaeil Baghaei, said on Monday that Iran would "not negotiate with a gun pointed at its head," though he did not rule out indirect contacts through intermediaries such as Oman, which carried messages between the two governments before the 2015 accord.

Farnaz Javidan-Holt contributed reporting from Tehran.
"""
write(DOC, "Trump Says He Wrote to Iran's Supreme Leader, Seeking Nuclear Talks", "The New York Times (style imitation)", PUB, TEXT)
author(DOC, "Jonathan Ashby-Karimi and Celeste Moravec-Dunn")
meta_note(DOC, "news story in New York Times house style (WASHINGTON dateline, 'Mr.', 'said in an interview', long "
          "sentences with history recaps, 'contributed reporting from Tehran'), style imitation; the writers, the "
          "contributor, the former official Robert Ellison-Varga and the anonymous Iranian official are invented; quotes of "
          "Trump, Khamenei, the Iranian official, Leavitt and Baghaei are invented or paraphrased ('some bullying "
          "governments' paraphrases Khamenei on 8 March 2025, 'not intelligent, wise or honorable' his remark of 7 "
          "February 2025, 'worthy' his reply to Abe in June 2019, 'maximum pressure' Trump's phrase); the 1.5 million "
          "barrels a day and 'more than 80 percent' are plausible, not exact")

d = FDoc(DOC, PUB)
FRI, SAT, MON = D(2025, 3, 7), D(2025, 3, 8), D(2025, 3, 3)
KH, TR = ["khamenei"], ["trump"]
# quotes
d.Q("I'd much rather make a deal, but one way or another the problem is going to be solved,", ["direct"], "Donald Trump", TR, FRI)
d.Q("not negotiate under the shadow of threats.", ["partial"], None, [], FRI)
d.Q("some bullying governments", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("to impose their own expectations,", ["partial"], "Ali Khamenei", KH, SAT)
d.Q("maximum pressure", ["term", "partial"], "Donald Trump", TR, None, core=False)
d.Q("not intelligent, wise or honorable,", ["partial"], "Ali Khamenei", KH, D(2025, 2, 7))
d.Q("worthy", ["partial", "term"], "Ali Khamenei", KH, D(2019, 6))
d.Q("Every time a letter has arrived, it has arrived alongside a new sanction or a new threat, and the Iranians read the threat, not the letter,",
    ["direct"], "Robert Ellison-Varga", ["ellison"], FRI)
d.Q("has been clear that Iran will never be allowed to have a nuclear weapon,", ["partial"], "Karoline Leavitt", ["leavitt"], FRI)
d.Q("We'll find out,", ["direct"], "Donald Trump", TR, FRI)
d.Q("not negotiate with a gun pointed at its head,", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
# figures
d.F("decades", 20, ["year"], "duration", "about", core=False, occ=0)
d.F("two countries", 2, ["country"], "count", core=False)
d.F("more than three decades", 30, ["year"], "duration", "more_than", ["khamenei", "cleric", "describing"])
d.F("a month", 1, ["month"], "duration", core=False)
d.F("roughly 1.5 million barrels a day", 1.5e6, ["barrel per day", "barrel a day"], "measure", "about", ["oil exports", "export"])
d.F("Three days later", 3, ["day"], "duration", core=False)
d.F("three years earlier", 3, ["year"], "duration", core=False)
d.F("at least twice", 2, ["time"], "count", "at_least", ["obama", "wrote", "letter"])
d.F("five days later", 5, ["day"], "duration", core=False)
d.F("more than 100 American troops", 100, ["troop", "american", "service member"], "count", "more_than", ["troop", "injur"])
d.F("three administrations", 3, ["administration"], "count", subject_any=["administration"])
d.F("52 Americans", 52, ["american", "hostage", "person"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage", "american"])
d.F("more than four decades", 40, ["year"], "duration", "more_than", core=False)
d.F("more than 80 percent", 80, ["percent"], "percent", "more_than", ["oil exports", "export"])
d.F("within a year", 1, ["year"], "duration", "at_most", core=False)
d.F("the two governments", 2, ["government"], "count", core=False)
# events
d.EV("Trump Says He Wrote", ["statement"], FRI, TR, core=False)
d.EV("which Iran said it had not received", ["statement"], FRI, ["iran"], core=False)
d.EV("President Trump said on Friday that he had written", ["statement"], FRI, TR)
d.EV("he had written to Ayatollah Ali Khamenei", ["statement", "negotiation", "other"], None, TR, core=False)
d.EV("Mr. Trump said in an interview with Fox Business Network", ["statement"], FRI, TR)
d.EV("Iran's mission to the United Nations said later on Friday", ["statement"], FRI, ["iran", "mission"])
d.EV("said Tehran would", ["statement"], None, [], core=False)
d.EV("told a gathering of senior officials", ["statement"], SAT, KH)
d.EV("signed a presidential memorandum", ["legislation", "sanction"], D(2025, 2, 4), TR)
d.EV("Ayatollah Khamenei said that negotiating", ["statement"], D(2025, 2, 7), KH)
d.EV("Mr. Trump's decision in 2018 to abandon", ["withdrawal"], D(2018), TR)
d.EV("Iran had reached with world powers", ["agreement"], D(2015), ["iran"])
d.EV("President Barack Obama wrote", ["statement", "negotiation"], D(2009), ["obama"])
d.EV("the supreme leader answered", ["statement", "negotiation"], D(2009), KH)
d.EV("the 1953 coup that toppled", ["coup"], D(1953), [])
d.EV("carried a message from Mr. Trump", ["negotiation", "statement", "other"], D(2019, 6), ["abe", "japan"])
d.EV("Ayatollah Khamenei told him that", ["statement"], D(2019, 6), KH)
d.EV("an American drone strike", ["attack"], D(2020, 1, 3), ["united states", "american"])
d.EV("Iran fired ballistic missiles", ["attack"], D(2020, 1, 8), ["iran"])
d.EV("were later diagnosed", ["other"], None, [], core=False)
d.EV("said Robert Ellison-Varga", ["statement"], FRI, ["ellison"], core=False)
d.EV("He said the distrust ran", ["statement"], None, ["ellison"], core=False)
d.EV("American officials still cite", ["statement"], None, ["american", "official", "united states"], core=False)
d.EV("the seizure of the United States Embassy in Tehran in November 1979", ["seizure"], D(1979, 11), [])
d.EV("when 52 Americans were held for 444 days", ["seizure"], None, [], core=False)
d.EV("The hostages were released on Jan. 20, 1981", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("an agreement brokered by Algeria", ["agreement"], None, ["algeria"], core=False)
d.EV("also created a claims tribunal", ["agreement", "other"], None, [], core=False)
d.EV("Iranian officials, for their part, say", ["statement"], None, ["iran", "official"], core=False)
d.EV("Iran shipped most of its enriched uranium abroad", ["other", "agreement"], None, ["iran"], core=False)
d.EV("walk away from the agreement", ["withdrawal"], None, TR, core=False)
d.EV("restore sanctions that cut", ["sanction"], None, TR, core=False)
d.EV("Karoline Leavitt, said on Friday", ["statement"], FRI, ["leavitt", "white house"])
d.EV('"We\'ll find out," he said', ["statement"], FRI, TR, core=False)
d.EV("Esmaeil Baghaei, said on Monday", ["statement"], MON, ["baghaei"])
d.EV("which carried messages between the two governments", ["negotiation"], None, ["oman"], core=False)
d.save()
