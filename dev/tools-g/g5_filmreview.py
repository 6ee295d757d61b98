from mk import write
from fx import FDoc, D, R

DOC = "dev-g-review-documentary-oil-and-ashes"
PUB = "2023-08-19"  # a Saturday, the 70th anniversary of the coup
TEXT = """Review: 'The Oil and the Ashes' draws a line from 1953 to 1979

Roya Kashani-Bell's documentary makes old newsreels feel like evidence

By Martin Feldgate

There is a moment about twenty minutes into The Oil and the Ashes when the screen fills with grainy footage of a Tehran street on the morning of 19 August 1953. Men in shirtsleeves ride on the backs of lorries, waving portraits of the Shah. A few frames later, the camera swings to a burning newspaper office. The director, Roya Kashani-Bell, lets the shot run without narration for almost a minute. It is the most eloquent minute in a film that is not short of them.

The Oil and the Ashes, which opened in British cinemas on Friday, runs 118 minutes and moves between two dates: the coup that removed Prime Minister Mohammad Mosaddegh, and the revolution that, 26 years later, swept away the monarch the coup had restored. Kashani-Bell, who was born in Shiraz and grew up in Leeds, spent seven years assembling footage from archives in London, Washington and Tehran.

"I wanted people to see the faces before they heard the arguments," Kashani-Bell told me at a screening in London last week. "Everybody already has an opinion about 1953. Hardly anybody has looked at it."

The film's opening hour rests on the oil dispute. Newsreels show the Abadan refinery, then the largest in the world, and Mosaddegh, in pyjamas and a camel-hair coat, receiving visitors in his bedroom. The Majlis voted to nationalise the Anglo-Iranian Oil Company in March 1951, and Britain answered with a blockade of Iranian oil exports. Kashani-Bell's most valuable witness here is Gordon Pryce, a retired CIA analyst, now 91, who read the agency's files in the 1970s. "Washington was told a communist takeover was weeks away," Pryce says in the film. "It wasn't. But nobody wanted to be the man who had doubted it."

The coup itself is told through the CIA's internal history, which the agency partly declassified in 2013, and through the memories of Bahram Yazdi, who was a 17-year-old printer's apprentice in August 1953. He recalls hearing on the radio that Mosaddegh had been arrested. "My father switched it off and said, 'Now they will decide everything for us,'" Yazdi tells the camera. He is the film's conscience.

The second hour jumps to 1979. Here the archive is richer and the editing faster: the Shah boarding his plane at Mehrabad on 16 January 1979, Ayatollah Khomeini stepping down from an Air France jet on 1 February, and the crowds outside the American embassy after students seized it on 4 November. Kashani-Bell intercuts the crowds of 1953 and 1979 until it becomes hard to tell them apart, which is precisely her argument.

Not every interviewee accepts it. Farrokh Meskoob-Lind, a historian at Uppsala University, argues on screen that the revolution had "many fathers, and 1953 was only one of them". "To blame everything on the coup is to let the Shah, and the clerics, off the hook," he says. The film gives him the last word of its middle section, a choice that does it credit.

There are weaknesses. The narration, read by the director herself, sometimes states as fact what the documents only suggest, and a closing section on the 2015 nuclear agreement and Donald Trump's withdrawal from it in 2018 feels bolted on. Madeleine Albright's admission in March 2000 that the United States had played "a significant role" in the coup is shown in full; the CIA's formal acknowledgement in 2013 appears only in a caption.

The film premiered at the Lisbon DocFest in May, where it won the audience award, and has taken about £410,000 at the British box office in limited release so far, according to its distributor, Halyard Pictures. It deserves more. At 118 minutes it asks for patience, and it repays it.

The Oil and the Ashes is in cinemas now and will stream from 1 September.
"""
write(DOC, "Review: 'The Oil and the Ashes' draws a line from 1953 to 1979", "The Reel Ledger", PUB, TEXT)

d = FDoc(DOC, PUB)
LASTWK = ("2023-08-07", "2023-08-13")
KB = ["kashani"]
d.Q("The Oil and the Ashes", ["term"], None, [], core=False)
d.Q("I wanted people to see the faces before they heard the arguments,", ["direct"], "Roya Kashani-Bell", KB, LASTWK)
d.Q("Everybody already has an opinion about 1953. Hardly anybody has looked at it.", ["direct"], "Roya Kashani-Bell", KB, LASTWK)
d.Q("Washington was told a communist takeover was weeks away,", ["direct"], "Gordon Pryce", ["pryce"])
d.Q("It wasn't. But nobody wanted to be the man who had doubted it.", ["direct"], "Gordon Pryce", ["pryce"])
d.Q("My father switched it off and said, 'Now they will decide everything for us,'", ["direct"], "Bahram Yazdi", ["yazdi"])
d.Q("Now they will decide everything for us,", ["direct"], None, [], D(1953, 8))
d.Q("many fathers, and 1953 was only one of them", ["partial"], "Farrokh Meskoob-Lind", ["meskoob"])
d.Q("To blame everything on the coup is to let the Shah, and the clerics, off the hook,", ["direct"], "Farrokh Meskoob-Lind", ["meskoob"])
d.Q("a significant role", ["partial"], "Madeleine Albright", ["albright"], D(2000, 3))
# figures
d.F("about twenty minutes", 20, ["minute"], "duration", "about", core=False)
d.F("118 minutes", 118, ["minute"], "duration", subject_any=["film", "oil and the ashes", "runs", "runtime"])
d.F("two dates", 2, ["date"], "count", core=False)
d.F("26 years later", 26, ["year"], "duration", core=False)
d.F("seven years", 7, ["year"], "duration", subject_any=["kashani", "assembl", "footage"])
d.F("now 91", 91, ["year"], "duration", core=False)
d.F("17-year-old", 17, ["year"], "duration", core=False)
d.F("about £410,000", 410000, ["gbp"], "money", "about", ["box office", "film", "taken"])
d.F("118 minutes", 118, ["minute"], "duration", subject_any=["film", "runtime"], occ=1)
# events
d.EV("which opened in British cinemas on Friday", ["other"], D(2023, 8, 18), [])
d.EV("the coup that removed Prime Minister", ["coup"], D(1953, 8), [])
d.EV("swept away the monarch", ["revolution"], D(1979), [])
d.EV("Kashani-Bell told me at a screening", ["statement"], LASTWK, KB, core=False)
d.EV("The Majlis voted to nationalise", ["legislation"], D(1951, 3), ["majlis"])
d.EV("Britain answered with a blockade", ["sanction"], ("1951-03-01", "1953-08-31"), ["britain"])
d.EV("which the agency partly declassified in 2013", ["disclosure"], D(2013), ["cia", "agency"])
d.EV("Mosaddegh had been arrested", ["seizure", "other"], D(1953, 8), [])
d.EV("the Shah boarding his plane", ["leadership_change", "other"], D(1979, 1, 16), ["shah", "pahlavi"])
d.EV("Ayatollah Khomeini stepping down", ["leadership_change", "other"], D(1979, 2, 1), ["khomeini"])
d.EV("after students seized it on 4 November", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("argues on screen", ["statement"], None, ["meskoob"], core=False)
d.EV("the 2015 nuclear agreement", ["agreement"], D(2015), [], core=False)
d.EV("Trump's withdrawal from it in 2018", ["withdrawal"], D(2018), ["trump"])
d.EV("Albright's admission in March 2000", ["statement"], D(2000, 3), ["albright"])
d.EV("the CIA's formal acknowledgement in 2013", ["disclosure", "statement"], D(2013), ["cia"], core=False)
d.EV("The film premiered at the Lisbon DocFest in May", ["other"], D(2023, 5), [])
d.EV("will stream from 1 September", ["other"], D(2023, 9, 1), [], core=False)
d.EV("Pryce says in the film", ["statement"], None, ["pryce"], core=False)
d.EV("Yazdi tells the camera", ["statement"], None, ["yazdi"], core=False)
d.save()
