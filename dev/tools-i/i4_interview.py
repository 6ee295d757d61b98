from mk import write
from fx import FDoc, D, R

DOC = "dev-i-interview-economist-sanctions-decades"
PUB = "2025-11-15"  # a Saturday
TEXT = """"We priced in mistrust": an economist on seven decades of sanctions

Crosswind Magazine | The Conversation | Saturday, 15 November 2025

Shahla Vaziri-Moen spent 24 years at Iran's central bank before leaving for Canada in 2019. She now teaches international finance in Toronto, where Elena Nikolaides spoke to her on Tuesday, a few weeks after United Nations sanctions on Iran returned. The conversation has been edited and condensed.

NIKOLAIDES: Where does your story with sanctions begin?

VAZIRI-MOEN: Before I was born, really. My father was a clerk for the Anglo-Iranian Oil Company in Abadan. When parliament nationalised the oil industry in March 1951, the British blockaded our oil, and he lost his job within a year. Then came August 1953. He used to say, "They did not take Mosaddegh from us, they took the idea that we could choose." He never trusted a foreign promise again.

NIKOLAIDES: You were a student in 1979.

VAZIRI-MOEN: I was nineteen, at Tehran University. I marched in the winter of 1978, and I was in the crowd on 1 February when Khomeini came back. When students took the American embassy that November, most of my classmates cheered. I did not. I remember thinking it would cost us for decades, and it has. Washington froze about $12 billion of our assets within days.

NIKOLAIDES: When did sanctions become your job?

VAZIRI-MOEN: I joined the central bank in 1995, the year President Clinton banned American trade with Iran. But the real blow came in 2012. In March that year our banks were cut off from SWIFT, the messaging system, and in July the European Union stopped buying our oil. Exports fell from about 2.5 million barrels a day to roughly 1 million. We were moving money in suitcases. A colleague told me, "We are a central bank that cannot send a letter."

NIKOLAIDES: Then came the nuclear talks.

VAZIRI-MOEN: Yes. In September 2013 the Leader spoke of "heroic flexibility," and we understood that the talks were allowed. The agreement was reached on 14 July 2015. When it took effect in January 2016, I flew to Frankfurt to meet European bankers. Most of them never called back. An American Treasury official told me that year, quite kindly, "The sanctions are lifted, but the fear is not." He was right.

NIKOLAIDES: And 2018?

VAZIRI-MOEN: President Trump walked out on 8 May. The rial had been about 42,000 to the dollar in January; by September it was near 190,000. I remember my mother queueing for insulin. People stopped asking whether America would keep its word and started asking whether anyone would. The following year the government raised petrol prices by 50 percent overnight, and protests spread to more than 100 cities in November 2019.

NIKOLAIDES: You left the bank in 2019. Did you keep advising?

VAZIRI-MOEN: Informally. In 2023, when five Americans were released in exchange for five Iranians and access to about $6 billion of our oil money held in South Korea, friends in Tehran asked me how long it would take to reach Iranian hospitals. I told them: longer than the news cycle. In October, after the Hamas attack on Israel on 7 October, Washington and Qatar agreed to keep the money frozen.

NIKOLAIDES: This year there was a war.

VAZIRI-MOEN: Twelve days in June. Israel struck first, on 13 June, and then American bombers hit Fordow, Natanz and Isfahan on 22 June. A ceasefire was announced two days later. My sister in Tehran slept in her car for a week. In February the Leader had already said negotiating with America was "not wise." After the strikes, nobody in Tehran had to be persuaded.

NIKOLAIDES: And now the snapback.

VAZIRI-MOEN: The UN sanctions came back on 28 September, after Britain, France and Germany triggered the mechanism in August. Last month the rial passed 1,100,000 to the dollar on the open market. When the Leader called talks with Washington "a dead end" in September, it was not news to anyone who pays for groceries.

NIKOLAIDES: Is there any way back to trust?

VAZIRI-MOEN: Trust is not coming back in my lifetime, and that is fine. What we need is verification both ways: if Iran does something, sanctions ease that day, and if it stops, they return. My father would have called that "a contract with a receipt." Economists call it credible commitment. Either way, it is the only kind of deal either side can sell at home.
"""
write(DOC, "\"We priced in mistrust\": an economist on seven decades of sanctions", "Crosswind Magazine (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE = D(2025, 11, 11)
KH = ["khamenei", "leader"]
VM = ["vaziri-moen", "vaziri"]
RIAL = ["irr", "rial"]
# quotes
d.Q("We priced in mistrust", ["direct", "partial"], "Shahla Vaziri-Moen", VM, TUE, core=False)
d.Q("They did not take Mosaddegh from us, they took the idea that we could choose.", ["direct"], None, [], None)
d.Q("We are a central bank that cannot send a letter.", ["direct"], None, [], None)
d.Q("heroic flexibility,", ["partial", "term"], "Ali Khamenei", KH, D(2013, 9))
d.Q("The sanctions are lifted, but the fear is not.", ["direct"], None, [], D(2016))
d.Q("not wise.", ["partial"], "Ali Khamenei", KH, D(2025, 2))
d.Q("a dead end", ["partial", "term"], "Ali Khamenei", KH, D(2025, 9))
d.Q("a contract with a receipt.", ["partial", "term"], None, [], None, core=False)
# figures
d.F("seven decades", 70, ["year", "decade"], "duration", subject_any=["sanction"])
d.F("24 years", 24, ["year"], "duration", subject_any=["central bank", "bank"])
d.F("a few weeks", None, ["week"], "duration", "about", core=False)
d.F("within a year", 1, ["year"], "duration", "at_most", core=False)
d.F("nineteen", 19, ["year"], "duration", core=False)
d.F("decades", None, ["year", "decade"], "duration", "about", core=False, ctx=("cost us for decades",))
d.F("about $12 billion", 1.2e10, ["usd"], "money", "about", ["asset"])
d.F("about 2.5 million barrels a day", 2.5e6, ["barrel per day"], "measure", "about", ["export"])
d.F("roughly 1 million", 1e6, ["barrel per day"], "measure", "about", ["export"])
d.F("about 42,000", 42000, RIAL, "money", "about", ["rial"])
d.F("near 190,000", 190000, RIAL, "money", "about", ["rial"])
d.F("50 percent", 50, ["percent"], "percent", subject_any=["petrol", "price"])
d.F("more than 100 cities", 100, ["city"], "count", "more_than", ["cit", "protest"])
d.F("five Americans", 5, ["american"], "count", subject_any=["american"])
d.F("five Iranians", 5, ["iranian"], "count", subject_any=["iranian"])
d.F("about $6 billion", 6e9, ["usd"], "money", "about", ["oil money", "money"])
d.F("Twelve days", 12, ["day"], "duration", subject_any=["war"])
d.F("two days later", 2, ["day"], "duration", core=False)
d.F("a week", 1, ["week"], "duration", core=False)
d.F("1,100,000", 1100000, RIAL, "money", "more_than", ["rial"])
# events
d.EV("before leaving for Canada in 2019", ["other"], D(2019), VM, core=False)
d.EV("Elena Nikolaides spoke to her on Tuesday", ["statement", "other"], TUE, ["nikolaides"], core=False)
d.EV("United Nations sanctions on Iran returned", ["sanction"], None, [], core=False)
d.EV("When parliament nationalised the oil industry in March 1951", ["legislation", "other"], D(1951, 3), ["parliament", "majlis"])
d.EV("the British blockaded our oil", ["sanction"], D(1951), ["british", "united kingdom"])
d.EV("he lost his job within a year", ["other"], None, [], core=False)
d.EV("Then came August 1953", ["coup"], D(1953, 8), [], core=False)
d.EV("He used to say", ["statement"], None, [], core=False)
d.EV("I marched in the winter of 1978", ["revolution", "other"], R(D(1978), D(1979, 3)), VM, core=False)
d.EV("when Khomeini came back", ["leadership_change", "revolution", "other"], D(1979, 2, 1), ["khomeini"])
d.EV("When students took the American embassy that November", ["seizure"], D(1979, 11), ["student"])
d.EV("Washington froze about $12 billion", ["sanction", "seizure"], D(1979, 11), ["washington", "united states"])
d.EV("I joined the central bank in 1995", ["other"], D(1995), VM, core=False)
d.EV("President Clinton banned American trade with Iran", ["sanction", "legislation"], D(1995), ["clinton"])
d.EV("our banks were cut off from SWIFT", ["sanction"], D(2012, 3), [])
d.EV("the European Union stopped buying our oil", ["sanction"], D(2012, 7), ["european union"])
d.EV("Exports fell from about 2.5 million", ["other"], D(2012), [], core=False)
d.EV("A colleague told me", ["statement"], None, [], core=False)
d.EV("In September 2013 the Leader spoke of", ["statement"], D(2013, 9), KH)
d.EV("The agreement was reached on 14 July 2015", ["agreement"], D(2015, 7, 14), [])
d.EV("When it took effect in January 2016", ["agreement", "other", "sanction"], D(2016, 1), [])
d.EV("I flew to Frankfurt to meet European bankers", ["negotiation", "other"], D(2016, 1), VM, core=False)
d.EV("An American Treasury official told me that year", ["statement"], D(2016), ["treasury", "official"])
d.EV("President Trump walked out on 8 May", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("The following year the government raised petrol prices", ["other"], D(2019), ["government", "iran"])
d.EV("protests spread to more than 100 cities in November 2019", ["other"], D(2019, 11), [])
d.EV("when five Americans were released", ["other", "seizure", "agreement"], D(2023), [])
d.EV("friends in Tehran asked me", ["statement", "other"], None, [], core=False)
d.EV("after the Hamas attack on Israel on 7 October", ["attack"], D(2023, 10, 7), ["hamas"])
d.EV("Washington and Qatar agreed to keep the money frozen", ["agreement", "sanction"], D(2023, 10), ["washington", "united states", "qatar"])
d.EV("This year there was a war", ["war"], D(2025), [], core=False)
d.EV("Twelve days in June", ["war"], D(2025, 6), [])
d.EV("Israel struck first, on 13 June", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("American bombers hit Fordow", ["attack"], D(2025, 6, 22), ["american", "united states"])
d.EV("A ceasefire was announced two days later", ["agreement", "other"], D(2025, 6, 24), [])
d.EV("In February the Leader had already said", ["statement"], D(2025, 2), KH)
d.EV("The UN sanctions came back on 28 September", ["sanction"], D(2025, 9, 28), [])
d.EV("Britain, France and Germany triggered the mechanism in August", ["other", "sanction", "statement", "withdrawal"], D(2025, 8), ["britain", "united kingdom", "france", "germany"])
d.EV("Last month the rial passed", ["other"], D(2025, 10), [], core=False)
d.EV("When the Leader called talks with Washington", ["statement"], D(2025, 9), KH)
d.save()
