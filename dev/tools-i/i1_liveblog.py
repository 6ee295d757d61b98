from mk import write
from fx import FDoc, D, R

DOC = "dev-i-liveblog-trump-leaves-iran-deal"
PUB = "2018-05-08"  # a Tuesday
TEXT = """Trump pulls US out of Iran nuclear deal: live updates

Eastmoor Evening Post | Live | Tuesday 8 May 2018

All times GMT. The newest entries are at the top.

Key points
- President Donald Trump has announced that the United States is leaving the 2015 nuclear agreement with Iran.
- He signed a memorandum restoring US sanctions, with wind-down periods of 90 and 180 days for existing business.
- Iran's President Hassan Rouhani said Tehran would stay in the deal for now with the other signatories.
- Britain, France and Germany said they remained committed to the agreement.

20:05 GMT — Rouhani: Iran will talk to Europe, China and Russia

A few minutes ago Hassan Rouhani addressed the nation on state television. He said Iran would remain in the agreement "without America" if the other parties guaranteed its benefits, and that he had told the Atomic Energy Organization of Iran to be ready to resume enrichment "without any limit" if talks failed. "America has announced that it does not respect its commitments," he said. Rouhani added that Foreign Minister Mohammad Javad Zarif would visit the other signatories in the coming weeks.

19:30 GMT — Obama: withdrawal "a serious mistake"

Former President Barack Obama, who rarely comments on his successor's decisions, called the withdrawal "a serious mistake" in a statement posted on Facebook. He wrote that the agreement had been "working as designed" and that abandoning it would "erode America's credibility with friends and rivals alike."

19:02 GMT — European leaders "regret" the decision

In a joint statement, Prime Minister Theresa May, President Emmanuel Macron and Chancellor Angela Merkel said their countries noted the decision "with regret and concern" and urged Iran to keep its own commitments. The three governments said the agreement remained "important for our shared security."

18:40 GMT — Memorandum signed; Treasury sets out timetable

Straight after his speech, Trump signed a presidential memorandum reinstating the sanctions that were lifted under the deal. The Treasury Department said a few minutes ago that companies would have 90 days to wind down some contracts and 180 days for others, including purchases of Iranian oil. National Security Adviser John Bolton told reporters that no new contracts with Iran would be allowed, "effective immediately."

18:15 GMT — Trump: "We are getting out"

Speaking from the Diplomatic Reception Room, Trump said the agreement had failed to stop Iran's missile programme or its support for armed groups across the region. "The deal gave the regime billions of dollars and a path to the bomb, and it asked almost nothing in return," he said. "A regime whose crowds chant 'Death to America' will not get a nuclear weapon from this country. We are getting out." He cited documents that Israel made public last week, which he said showed that Iran had lied about its past weapons work.

17:50 GMT — Oil climbs ahead of the announcement

Brent crude rose about 2 percent to $76.10 a barrel in London trading before the speech. Iran exported about 2.6 million barrels per day in April, according to tanker-tracking estimates, and about 600,000 barrels per day of that went to China.

16:30 GMT — Families of detained Americans appeal for help

Babak Namazi, whose brother Siamak has been held in Tehran since October 2015 and whose father Baquer was arrested the following February, said earlier today that the family feared being "forgotten in the noise". "Whatever happens to the deal, my father is 81 and he needs to come home," he told us.

15:10 GMT — How we got here

The agreement, formally the Joint Comprehensive Plan of Action, was reached in Vienna on 14 July 2015 by Iran and six world powers. It capped Iran's enrichment at 3.67 percent for 15 years and its stockpile of low-enriched uranium at 300 kilograms, in return for the lifting of nuclear-related sanctions in January 2016.

Mistrust long predates the deal. Many Iranians still cite the 1953 coup, organised by the CIA and British intelligence, that toppled Prime Minister Mohammad Mosaddegh. Americans remember the seizure of the US embassy in Tehran on 4 November 1979, after which 52 Americans were held for 444 days. Ayatollah Ali Khamenei backed the nuclear talks, but in October 2015 he ruled out negotiating with Washington on anything else, warning that such talks would let the United States "infiltrate" the country.

13:20 GMT — Rouhani's warning on Sunday

Speaking in the north-eastern city of Sabzevar on Sunday, Rouhani said the United States would face "historic regret" if it abandoned the agreement. Earlier today, before Trump spoke, he told officials in Tehran that Iran might have "some problems for two or three months" but would get through them.

11:45 GMT — Trump to announce decision at 18:00 GMT

Trump said on Monday on Twitter that he would announce his decision on the Iran deal today at 2 p.m. Washington time. European diplomats made a last attempt over the weekend to persuade him to stay, and British Foreign Secretary Boris Johnson held talks in Washington on Sunday and Monday.
"""
write(DOC, "Trump pulls US out of Iran nuclear deal: live updates", "Eastmoor Evening Post (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
T = D(2018, 5, 8)
SUN, MON = D(2018, 5, 6), D(2018, 5, 7)
LASTWEEK = ("2018-04-30", "2018-05-06")
RO = ["rouhani"]
TR = ["trump"]
OB = ["obama"]
E3 = ["may", "macron", "merkel", "britain", "united kingdom", "france", "germany", "european", "three governments"]
# quotes
d.Q("without America", ["partial"], "Hassan Rouhani", RO, T)
d.Q("without any limit", ["partial"], "Hassan Rouhani", RO, T)
d.Q("America has announced that it does not respect its commitments,", ["direct"], "Hassan Rouhani", RO, T)
d.Q("a serious mistake", ["partial", "term"], "Barack Obama", OB, T, occ=0)
d.Q("a serious mistake", ["partial"], "Barack Obama", OB, T, occ=1)
d.Q("working as designed", ["partial"], "Barack Obama", OB, T)
d.Q("erode America's credibility with friends and rivals alike.", ["partial"], "Barack Obama", OB, T)
d.Q("regret", ["partial", "term"], "United Kingdom, France and Germany", E3, T, ctx=("European leaders \"regret\" the decision",))
d.Q("with regret and concern", ["partial"], "United Kingdom, France and Germany", E3, T)
d.Q("important for our shared security.", ["partial"], "United Kingdom, France and Germany", E3, T)
d.Q("effective immediately.", ["partial"], "John Bolton", ["bolton"], T)
d.Q("We are getting out", ["direct", "partial"], "Donald Trump", TR, T, occ=0)
d.Q("The deal gave the regime billions of dollars and a path to the bomb, and it asked almost nothing in return,", ["direct"], "Donald Trump", TR, T)
d.Q("A regime whose crowds chant 'Death to America' will not get a nuclear weapon from this country. We are getting out.", ["direct"], "Donald Trump", TR, T)
d.Q("Death to America", ["term"], None, [], None)
d.Q("forgotten in the noise", ["partial"], "Babak Namazi", ["namazi"], T)
d.Q("Whatever happens to the deal, my father is 81 and he needs to come home,", ["direct"], "Babak Namazi", ["namazi"], T)
d.Q("infiltrate", ["partial", "term"], "Ali Khamenei", ["khamenei"], D(2015, 10))
d.Q("historic regret", ["partial"], "Hassan Rouhani", RO, SUN)
d.Q("some problems for two or three months", ["partial"], "Hassan Rouhani", RO, T)
# figures
d.F("90", 90, ["day"], "duration", subject_any=["wind-down", "wind down", "business"], occ=0, ctx=("wind-down periods of 90 and 180 days",))
d.F("180 days", 180, ["day"], "duration", subject_any=["wind-down", "wind down", "business"], occ=0)
d.F("90 days", 90, ["day"], "duration", subject_any=["wind down", "contract"])
d.F("180 days", 180, ["day"], "duration", subject_any=["contract", "oil", "other"], occ=1)
d.F("about 2 percent", 2, ["percent"], "percent", "about", ["brent"])
d.F("$76.10 a barrel", 76.10, ["usd per barrel", "usd"], "money", subject_any=["brent"])
d.F("about 2.6 million barrels per day", 2.6e6, ["barrel per day"], "measure", "about", ["iran", "export"])
d.F("about 600,000 barrels per day", 6e5, ["barrel per day"], "measure", "about", ["china", "export"])
d.F("81", 81, ["year"], "duration", core=False)
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrichment"])
d.F("15 years", 15, ["year"], "duration", subject_any=["enrichment", "cap"])
d.F("300 kilograms", 300, ["kilogram", "kg"], "measure", subject_any=["stockpile", "uranium"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["american", "held", "hostage"])
d.F("two or three months", 2, ["month"], "duration", subject_any=["problem"], value_max=3)
d.F("A few minutes", None, ["minute"], "duration", "about", core=False)
d.F("a few minutes", None, ["minute"], "duration", "about", core=False)
d.F("The three governments", 3, ["government"], "count", core=False)
# events
d.EV("Trump pulls US out of Iran nuclear deal", ["withdrawal"], T, TR, core=False)
d.EV("President Donald Trump has announced that the United States is leaving", ["withdrawal"], T, TR + ["united states"], core=False)
d.EV("He signed a memorandum restoring US sanctions", ["sanction", "legislation"], T, TR, core=False)
d.EV("Iran's President Hassan Rouhani said Tehran would stay", ["statement"], T, RO, core=False)
d.EV("Britain, France and Germany said they remained committed", ["statement"], T, E3, core=False)
d.EV("Rouhani: Iran will talk to Europe", ["statement"], T, RO, core=False)
d.EV("Hassan Rouhani addressed the nation", ["statement"], T, RO)
d.EV("He said Iran would remain", ["statement"], T, RO, core=False)
d.EV("he had told the Atomic Energy Organization", ["other", "statement"], T, RO, core=False)
d.EV("Rouhani added that Foreign Minister", ["statement"], T, RO, core=False)
d.EV("Obama: withdrawal", ["statement"], T, OB, core=False)
d.EV("called the withdrawal", ["statement"], T, OB)
d.EV("He wrote that the agreement", ["statement"], T, OB, core=False)
d.EV("European leaders \"regret\" the decision", ["statement"], T, E3, core=False)
d.EV("In a joint statement, Prime Minister Theresa May", ["statement"], T, E3)
d.EV("The three governments said", ["statement"], T, E3, core=False)
d.EV("Memorandum signed; Treasury sets out timetable", ["sanction", "legislation"], T, TR + ["treasury"], core=False)
d.EV("Trump signed a presidential memorandum", ["sanction", "legislation"], T, TR)
d.EV("The Treasury Department said a few minutes ago", ["statement", "sanction"], T, ["treasury"])
d.EV("John Bolton told reporters", ["statement", "sanction"], T, ["bolton"])
d.EV("Trump: \"We are getting out\"", ["withdrawal", "statement"], T, TR, core=False)
d.EV("Speaking from the Diplomatic Reception Room", ["statement", "withdrawal"], T, TR)
d.EV("He cited documents", ["statement"], T, TR, core=False)
d.EV("Israel made public last week", ["disclosure"], LASTWEEK, ["israel"])
d.EV("Brent crude rose about 2 percent", ["other"], T, [], core=False)
d.EV("Siamak has been held in Tehran since October 2015", ["seizure"], R(D(2015, 10), T), [])
d.EV("Baquer was arrested the following February", ["seizure"], D(2016, 2), [])
d.EV("said earlier today that the family feared", ["statement"], T, ["namazi"])
d.EV("was reached in Vienna on 14 July 2015", ["agreement"], D(2015, 7, 14), ["iran", "six world powers", "powers"])
d.EV("the lifting of nuclear-related sanctions in January 2016", ["sanction"], D(2016, 1), [])
d.EV("Many Iranians still cite the 1953 coup", ["coup"], D(1953), ["cia", "central intelligence agency", "british"])
d.EV("the seizure of the US embassy in Tehran on 4 November 1979", ["seizure"], D(1979, 11, 4), [])
d.EV("52 Americans were held for 444 days", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.EV("in October 2015 he ruled out negotiating", ["statement"], D(2015, 10), ["khamenei"])
d.EV("Ali Khamenei backed the nuclear talks", ["support", "negotiation"], None, ["khamenei"], core=False)
d.EV("Rouhani's warning on Sunday", ["statement", "threat"], SUN, RO, core=False)
d.EV("Speaking in the north-eastern city of Sabzevar on Sunday", ["statement", "threat"], SUN, RO)
d.EV("Earlier today, before Trump spoke, he told officials", ["statement"], T, RO)
d.EV("Trump to announce decision", ["statement", "withdrawal"], T, TR, core=False)
d.EV("Trump said on Monday on Twitter", ["statement"], MON, TR)
d.EV("European diplomats made a last attempt", ["negotiation"], ("2018-05-05", "2018-05-06"), ["european", "diplomat"])
d.EV("Boris Johnson held talks in Washington", ["negotiation"], R(SUN, MON), ["johnson", "britain", "united kingdom"])
d.save()
