from k0 import FDoc, D, R, write, author

DOC = "dev-k-diplomat-blog-forty-years-on-embassy-trust"
PUB = "2019-11-04"  # a Monday, the fortieth anniversary
TEXT = """NOTES FROM THE BACK CHANNEL
Reflections of a retired Foreign Service officer, by Warren D. Ashcombe

Monday, November 4, 2019

Forty years on: what the embassy taught me about trust

Forty years ago today, a crowd of students climbed the gates of the American Embassy in Tehran. I was not inside. I was a second secretary in Ankara that autumn, 29 years old and, I thought, rather well informed about Iran. I learned about the takeover from the BBC World Service, like everyone else on our corridor, and I remember a colleague saying, "They'll be out by the weekend." Fifty-two of them came out 444 days later.

I have been thinking about that colleague's line all morning. It was not stupidity. In February 1979 a different group of armed men had overrun the same compound and held the staff for a few hours, until the new government sent people to get them out. We assumed that the revolution, whatever else it was, had a telephone number. It took us too long to understand that the people answering that telephone did not control the people at the gate.

Ayatollah Ruhollah Khomeini settled the matter within days. He praised the students, called the embassy a "den of spies" and made it clear that the hostages would stay until the Shah, then in a New York hospital, was sent back. President Jimmy Carter answered on November 12 by halting oil imports from Iran, and two days later he froze Iranian government assets in American banks.

My own small part came much later. In the autumn of 2003 I sat across a table in Geneva from an Iranian diplomat I will call only Mr. R., because he is still alive and still in Tehran. We were there, officially, to talk about Afghanistan. Unofficially we talked about everything. At one dinner he told me, "Your country has overthrown one of our governments and helped an army invade us. What exactly would you like us to trust?" I gave him the answer I had been trained to give. He smiled and said, "That is what your ambassador said in 1953."

I have quoted that exchange to every class I have taught since. What I tell students is that both of us were right. Iranians remember August 1953, when the CIA and Britain's MI6 helped topple Prime Minister Mohammad Mosaddegh, and July 1988, when the USS Vincennes shot down Iran Air Flight 655 over the Gulf and killed 290 people. Americans remember the hostages, the 1983 bombing of the Marine barracks in Beirut, which killed 241 servicemen, and the roadside bombs in Iraq that American commanders blamed on Iranian-supplied militias.

Then there was 2015. I was long retired by the time John Kerry and Mohammad Javad Zarif finished the nuclear agreement in Vienna that July, and I wrote on this blog at the time that it was "the first document in thirty-five years that both governments had a reason to keep." I was wrong about the second half of that sentence. In May 2018 President Donald Trump withdrew, and a year later Iran began stepping over the limits one by one. Yesterday Ayatollah Ali Khamenei told students gathered for this anniversary that talking to Washington would be "useless," and this morning the head of Iran's atomic energy organization announced that 30 new advanced centrifuges were running.

A former colleague wrote to me last week to ask whether I still believed in talking. "You spent your career on a channel that never produced anything," she wrote. That is not quite fair. The channel produced the Algiers Accords, signed on January 19, 1981, and in January 2016 it produced a prisoner exchange negotiated in the same hotels as the nuclear talks. What it never produced was trust, and I have come to think that was never its job.

Comments (2)

Dariush_K | November 4, 2019 at 11:07 AM
My uncle was a student at the Polytechnic that year and walked past the embassy every day. He says most people in the street thought it would last a week.

M. Ellery | November 4, 2019 at 1:52 PM
Thank you for this. My brother was a Marine guard, and our family spent 1980 watching a nightly programme called "America Held Hostage" because there was nothing else to do.
"""
write(DOC, "Forty years on: what the embassy taught me about trust", "Notes from the Back Channel (fictional blog)", PUB, TEXT)
author(DOC, "Warren D. Ashcombe")

d = FDoc(DOC, PUB)
TODAY, YEST = D(2019, 11, 4), D(2019, 11, 3)
AUT03 = ("2003-09-01", "2003-12-31")
ME = ["ashcombe", "united states"]
# quotes
d.Q("They'll be out by the weekend.", ["direct"], None, [], D(1979, 11))
d.Q("den of spies", ["partial", "term"], "Ruhollah Khomeini", ["khomeini"], D(1979, 11))
d.Q("Your country has overthrown one of our governments and helped an army invade us. What exactly would you like us to trust?", ["direct"], None, [], AUT03)
d.Q("That is what your ambassador said in 1953.", ["direct"], None, [], AUT03)
d.Q("the first document in thirty-five years that both governments had a reason to keep.", ["partial"], "Warren D. Ashcombe", ["ashcombe"], D(2015, 7))
d.Q("useless,", ["partial"], "Ali Khamenei", ["khamenei"], YEST)
d.Q("You spent your career on a channel that never produced anything,", ["direct"], None, [], ("2019-10-28", "2019-11-03"))
d.Q("America Held Hostage", ["term"], None, [], None, core=False)
# figures
d.F("Forty years on", 40, ["year"], "duration", core=False)
d.F("Forty years ago today", 40, ["year"], "duration", core=False)
d.F("29 years old", 29, ["year"], "duration", core=False)  # an age
d.F("Fifty-two", 52, ["hostage", "american"], "count", subject_any=["hostage", "them"])
d.F("444 days later", 444, ["day"], "duration", core=False)
d.F("a few hours", None, ["hour"], "duration", "about", core=False)
d.F("within days", None, ["day"], "duration", "about", core=False)
d.F("two days later", 2, ["day"], "duration", core=False)
d.F("290 people", 290, ["people", "person"], "count", subject_any=["people", "killed", "flight"])
d.F("241 servicemen", 241, ["serviceman"], "count", subject_any=["servicem", "barracks", "killed"])
d.F("thirty-five years", 35, ["year"], "duration", subject_any=["document"])
d.F("a year later", 1, ["year"], "duration", core=False)
d.F("30 new advanced centrifuges", 30, ["centrifuge", "advanced centrifuge"], "count", subject_any=["centrifuge"])
d.F("a week", 1, ["week"], "duration", subject_any=["takeover", "it", "last"])
# events
d.EV("a crowd of students climbed the gates", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("I learned about the takeover", ["other"], D(1979, 11), ME, core=False)
d.EV("Fifty-two of them came out 444 days later", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("had overrun the same compound", ["seizure"], D(1979, 2), ["armed men", "group"])
d.EV("He praised the students", ["statement", "support"], D(1979, 11), ["khomeini"])
d.EV("President Jimmy Carter answered on November 12", ["sanction"], D(1979, 11, 12), ["carter"])
d.EV("two days later he froze Iranian government assets", ["sanction"], D(1979, 11, 14), ["carter"])
d.EV("I sat across a table in Geneva", ["negotiation"], AUT03, ME)
d.EV("At one dinner he told me", ["statement"], AUT03, [], core=False)
d.EV("Your country has overthrown", ["coup"], None, ["country", "united states"], core=False)
d.EV("He smiled and said", ["statement"], AUT03, [], core=False)
d.EV("That is what your ambassador said in 1953", ["statement"], D(1953), ["ambassador", "united states"])
d.EV("when the CIA and Britain's MI6 helped topple", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "mi6", "brit"])
d.EV("when the USS Vincennes shot down Iran Air Flight 655", ["attack"], D(1988, 7), ["vincennes", "united states"])
d.EV("the 1983 bombing of the Marine barracks", ["attack"], D(1983), [])
d.EV("the roadside bombs in Iraq", ["attack"], None, [])
d.EV("finished the nuclear agreement in Vienna that July", ["agreement"], D(2015, 7), ["kerry", "zarif"])
d.EV("I wrote on this blog at the time", ["statement"], D(2015, 7), ME, core=False)
d.EV("In May 2018 President Donald Trump withdrew", ["withdrawal"], D(2018, 5), ["trump"])
d.EV("a year later Iran began stepping over the limits", ["withdrawal", "other"], D(2019, 5), ["iran"])
d.EV("Yesterday Ayatollah Ali Khamenei told students", ["statement"], YEST, ["khamenei"])
d.EV("announced that 30 new advanced centrifuges", ["statement", "other", "withdrawal"], TODAY, ["atomic energy", "iran"])
d.EV("A former colleague wrote to me last week", ["statement"], ("2019-10-28", "2019-11-03"), [], core=False)
d.EV("she wrote", ["statement"], ("2019-10-28", "2019-11-03"), [], core=False)
d.EV("The channel produced the Algiers Accords, signed on January 19, 1981", ["agreement"], D(1981, 1, 19), [])
d.EV("in January 2016 it produced a prisoner exchange", ["agreement", "other", "seizure"], D(2016, 1), [])
d.save()
