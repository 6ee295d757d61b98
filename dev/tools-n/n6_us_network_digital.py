from n0 import FDoc, D, R, write, author, meta_note

DOC = "dev-n-us-network-digital-trump-bombing-threat-khamenei"
PUB = "2025-03-31"  # a Monday
TEXT = """Trump threatens Iran with bombing if there is no nuclear deal; Khamenei warns of 'strong' response

The president told NBC News that U.S. and Iranian officials are talking. Iran's supreme leader said any attack would be answered.

By Dana Whitford-Reyes and Omar Castellanos-Tabrizi
March 31, 2025, 10:48 AM EDT

WASHINGTON — President Donald Trump threatened Iran with bombing and secondary tariffs if it does not reach an agreement on its nuclear program, telling NBC News in a phone interview Sunday that "there will be bombing" if talks fail.

Iran's supreme leader, Ayatollah Ali Khamenei, responded Monday in a sermon marking the end of Ramadan, saying any attack would be met with "a strong counterblow."

Trump said in the interview that U.S. and Iranian officials were "talking," but he declined to give details. The White House said in a statement to NBC News on Monday that the president "would prefer a deal" but that "all options remain on the table."

A source familiar with the matter told NBC News that Iran's written reply to Trump's letter, delivered through Oman last week, rejected direct negotiations but left the door open to indirect talks. "The letter was firm, but it was not a closed door," the source said.

Iranian President Masoud Pezeshkian said Sunday in a televised Cabinet meeting that Iran would not negotiate directly "under threats and pressure."

In a post on X on Monday, Iran's Foreign Ministry spokesman, Esmaeil Baghaei, called the bombing threat "a flagrant violation" of the U.N. Charter. The post, which showed a photo of the Charter's opening page, had been viewed more than 1.2 million times by Monday afternoon. NBC News has reached out to Iran's mission to the United Nations for further comment.

Trump said on March 7 that he had written to Khamenei proposing talks. The letter was delivered in Tehran five days later by Anwar Gargash, a senior diplomatic adviser to the president of the United Arab Emirates. Khamenei said the same day that the offer was meant "to deceive public opinion."

The president pulled the United States out of the 2015 nuclear agreement during his first term, in 2018, and reimposed sanctions. On Feb. 4, he signed a presidential memorandum restoring what he calls "maximum pressure," aimed at cutting Iranian oil exports that were running at about 1.5 million barrels a day. The Treasury Department has announced four rounds of Iran-related sanctions since then.

The distrust goes back decades: to the CIA-backed coup of 1953, to the 444-day hostage crisis that began when students stormed the U.S. Embassy in Tehran on Nov. 4, 1979, and to U.S. support for Iraq during its 1980-88 war with Iran.

"Both sides are negotiating with their memories as much as with each other," said Laleh Kordestani-Webb, a former State Department Iran analyst. "A threat on a Sunday and a sermon on a Monday is how this relationship has sounded for 45 years."

Dana Whitford-Reyes is a White House reporter for NBC News.

— Abigail Trent-Morales contributed reporting.
"""
write(DOC, "Trump threatens Iran with bombing if there is no nuclear deal; Khamenei warns of 'strong' response",
      "NBC News (style imitation)", PUB, TEXT)
author(DOC, "Dana Whitford-Reyes and Omar Castellanos-Tabrizi")
meta_note(DOC, "US TV network digital story in NBC News/CNN house style, style imitation; the writers, the contributor, the anonymous source and the analyst Laleh Kordestani-Webb are invented; quotes of Trump ('there will be bombing' paraphrases his interview), Khamenei, the White House, Pezeshkian and Baghaei are invented or paraphrased; the view count, the 1.5 million barrels a day and the four rounds of sanctions are plausible, not exact")

d = FDoc(DOC, PUB)
SUN, MON = D(2025, 3, 30), D(2025, 3, 31)
LASTWK = ("2025-03-24", "2025-03-30")
KH = ["khamenei"]
# quotes
d.Q("strong", ["partial"], "Ali Khamenei", KH, MON, core=False)
d.Q("there will be bombing", ["partial"], "Donald Trump", ["trump"], SUN)
d.Q("a strong counterblow.", ["partial"], "Ali Khamenei", KH, MON)
d.Q("talking,", ["partial"], "Donald Trump", ["trump"], SUN)
d.Q("would prefer a deal", ["partial"], "White House", ["white house"], MON)
d.Q("all options remain on the table.", ["partial"], "White House", ["white house"], MON)
d.Q("The letter was firm, but it was not a closed door,", ["direct"], None, [], None)
d.Q("under threats and pressure.", ["partial"], "Masoud Pezeshkian", ["pezeshkian"], SUN)
d.Q("a flagrant violation", ["partial"], "Esmaeil Baghaei", ["baghaei"], MON)
d.Q("to deceive public opinion.", ["partial"], "Ali Khamenei", KH, D(2025, 3, 12))
d.Q("maximum pressure,", ["term"], "Donald Trump", ["trump"], None, core=False)
d.Q("Both sides are negotiating with their memories as much as with each other,", ["direct"], "Laleh Kordestani-Webb", ["kordestani"], None)
d.Q("A threat on a Sunday and a sermon on a Monday is how this relationship has sounded for 45 years.", ["direct"], "Laleh Kordestani-Webb", ["kordestani"], None)
# figures
d.F("more than 1.2 million times", 1.2e6, ["time", "view"], "count", "more_than", ["post", "view"])
d.F("five days later", 5, ["day"], "duration", core=False)
d.F("about 1.5 million barrels a day", 1.5e6, ["barrel per day", "barrel"], "measure", "about", ["oil", "export"])
d.F("four rounds", 4, ["round"], "count", subject_any=["round", "sanction"])
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("444-day", 444, ["day"], "duration", subject_any=["hostage", "crisis"])
d.F("Both sides", 2, ["side"], "count", core=False)
d.F("45 years", 45, ["year"], "duration", core=False)
# events
d.EV("Trump threatens Iran with bombing", ["threat"], SUN, ["trump"], core=False)
d.EV("Khamenei warns of", ["threat", "statement"], MON, KH, core=False)
d.EV("The president told NBC News", ["statement"], SUN, ["trump"], core=False)
d.EV("Iran's supreme leader said any attack", ["statement", "threat"], MON, KH, core=False)
d.EV("threatened Iran with bombing", ["threat"], SUN, ["trump"])
d.EV("telling NBC News in a phone interview Sunday", ["statement"], SUN, ["trump"], core=False)
d.EV("responded Monday in a sermon", ["statement", "threat"], MON, KH)
d.EV("Trump said in the interview", ["statement"], SUN, ["trump"], core=False)
d.EV("The White House said in a statement to NBC News on Monday", ["statement"], MON, ["white house"])
d.EV("A source familiar with the matter told NBC News", ["statement"], None, [], core=False)
d.EV("delivered through Oman last week", ["statement", "negotiation"], LASTWK, ["iran"])
d.EV("the source said", ["statement"], None, [], core=False)
d.EV("Pezeshkian said Sunday", ["statement"], SUN, ["pezeshkian"])
d.EV("In a post on X on Monday", ["statement"], MON, ["baghaei"])
d.EV("had been viewed more than", ["other"], MON, [], core=False)
d.EV("NBC News has reached out", ["other", "statement"], MON, ["nbc"], core=False)
d.EV("Trump said on March 7", ["statement"], D(2025, 3, 7), ["trump"])
d.EV("he had written to Khamenei", ["statement", "negotiation"], ("2025-01-20", "2025-03-07"), ["trump"])
d.EV("The letter was delivered in Tehran five days later", ["negotiation", "statement", "other"], D(2025, 3, 12), ["gargash", "united arab emirates", "uae"])
d.EV("Khamenei said the same day", ["statement"], D(2025, 3, 12), KH)
d.EV("pulled the United States out of the 2015 nuclear agreement", ["withdrawal"], D(2018), ["trump", "president"])
d.EV("reimposed sanctions", ["sanction"], D(2018), ["trump", "president"])
d.EV("he signed a presidential memorandum", ["legislation", "sanction"], D(2025, 2, 4), ["trump"])
d.EV("restoring what he calls", ["sanction"], D(2025, 2, 4), ["trump"])
d.EV("has announced four rounds of Iran-related sanctions", ["sanction"], ("2025-02-04", "2025-03-31"), ["treasury"])
d.EV("the CIA-backed coup of 1953", ["coup"], D(1953), ["cia", "central intelligence agency"])
d.EV("the 444-day hostage crisis", ["seizure"], ("1979-11-04", "1981-01-20"), ["student"], core=False)
d.EV("students stormed the U.S. Embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("U.S. support for Iraq", ["support"], ("1980-01-01", "1988-12-31"), ["u.s.", "united states"])
d.EV("its 1980-88 war with Iran", ["war"], ("1980-01-01", "1988-12-31"), ["iraq"], core=False)
d.EV("said Laleh Kordestani-Webb", ["statement"], None, ["kordestani"], core=False)
d.save()
