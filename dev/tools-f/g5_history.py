from mk import write
from fx import FDoc, D, R

DOC = "dev-f-feature-embassy-to-airbus"
PUB = "2024-11-02"  # a Saturday
TEXT = """The Long Shadow: How 444 Days and One Summer Morning Taught Tehran and Washington to Expect the Worst

By Miriam Okonjo-Hale | The Cedar Street Review

Bruce Laingen was the most senior American diplomat in Tehran in the autumn of 1979, and he was not inside the embassy when it fell. On the morning of November 4, the compound on Taleghani Avenue was seized by several hundred students who called themselves the Muslim Student Followers of the Imam's Line. Laingen was at the Foreign Ministry that day, and he stayed there, a hostage of a different kind, for more than a year.

"We thought it would be over by the weekend," one of the captured Marines recalled decades later. It was not. Two weeks later, the students released 13 women and African Americans, and the next summer a sick hostage, Richard Queen, was freed. The remaining 52 Americans were held until January 20, 1981.

Ayatollah Ruhollah Khomeini, who had returned from exile that February, gave the seizure his blessing within days. He called the embassy a "den of spies," and the students soon began publishing shredded documents they had pieced together by hand.

In Washington, President Jimmy Carter froze Iranian assets in American banks on November 14. That spring, on April 7, 1980, the United States broke off diplomatic relations with Iran. Two weeks later came the rescue mission. On the night of April 24, eight helicopters set out for a desert landing strip, and the operation was abandoned by Carter after three of them failed. Eight American servicemen died when a helicopter struck a transport plane.

"I had to make the call, and I have never stopped carrying it," Carter wrote in his memoir, in words that friends said he repeated often.

In September 1980, Iraq invaded Iran, and the war that followed would last eight years. Many Iranians came to believe that Washington had encouraged Saddam Hussein. "For us the embassy and the war were one story," a former Iranian diplomat, Hamid Kazemipour, recalled in an interview in 2019.

The hostages were freed on January 20, 1981, minutes after Ronald Reagan was sworn in. The Algiers Accords, signed the day before, unfroze about $8 billion in Iranian assets and set up a claims tribunal in The Hague.

The summer of 1988

Seven years later, on the morning of July 3, 1988, Iran Air Flight 655 took off from Bandar Abbas for Dubai. It was shot down by the USS Vincennes, an American cruiser, over the Strait of Hormuz, and all 290 people on board were killed, among them 66 children. The crew had mistaken the Airbus for an F-14 fighter.

Washington expressed regret but never apologized. Vice President George H. W. Bush told a business group a month later that he would never apologize for the United States. In Tehran, the downing was read as a message. Within weeks, on July 18, Iran accepted UN Security Council Resolution 598, and Khomeini compared the decision to "drinking a cup of poison".

Eight years later, in February 1996, the United States agreed to pay $61.8 million to the families of the victims, without admitting liability.

'You do not forget a plane full of people,' Kazemipour said. 'You teach it in school.'

More than four decades on, the dates still shape how each side reads the other. "Every negotiation since has had the hostage crisis on one side of the table and Flight 655 on the other," said Ellen Marchetti, a historian at Brookline College who is writing a book about the period.
"""
write(DOC, "The Long Shadow: How 444 Days and One Summer Morning Taught Tehran and Washington to Expect the Worst",
      "The Cedar Street Review", PUB, TEXT)

d = FDoc(DOC, PUB)
K = ["kazemipour"]
d.Q("We thought it would be over by the weekend,", ["direct"], None, (), core=False)
d.Q("den of spies,", ["partial", "term"], "Ruhollah Khomeini", ["khomeini"])
d.Q("I had to make the call, and I have never stopped carrying it,", ["direct"], "Jimmy Carter", ["carter"])
d.Q("For us the embassy and the war were one story,", ["direct"], "Hamid Kazemipour", K, D(2019))
d.Q("drinking a cup of poison", ["partial"], "Ruhollah Khomeini", ["khomeini"], D(1988, 7))
d.Q("You do not forget a plane full of people,", ["direct"], "Hamid Kazemipour", K)
d.Q("You teach it in school.", ["direct"], "Hamid Kazemipour", K)
d.Q("Every negotiation since has had the hostage crisis on one side of the table and Flight 655 on the other,", ["direct"], "Ellen Marchetti", ["marchetti"])
# figures
d.F("444 Days", 444, ["day"], "duration", subject_any=["hostage", "days"])
d.F("One Summer Morning", 1, ["morning"], "count", core=False)
d.F("several hundred students", None, ["student"], "count", "about", core=False)
d.F("more than a year", 1, ["year"], "duration", "more_than", ["laingen", "hostage", "stayed"])
d.F("decades later", 20, ["year"], "duration", "about", core=False)
d.F("Two weeks later", 2, ["week"], "duration", core=False, occ=0)
d.F("13 women and African Americans", 13, ["hostage", "woman", "american"], "count", subject_any=["women", "hostage", "african"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("Two weeks later", 2, ["week"], "duration", core=False, occ=1)
d.F("eight helicopters", 8, ["helicopter"], "count", subject_any=["helicopter"])
d.F("three of them", 3, ["helicopter"], "count", subject_any=["helicopter"])
d.F("Eight American servicemen", 8, ["american serviceman", "serviceman"], "count", subject_any=["servicem"])
d.F("eight years", 8, ["year"], "duration", subject_any=["war"])
d.F("one story", 1, ["story"], "count", core=False)
d.F("about $8 billion", 8e9, ["usd"], "money", "about", ["asset"])
d.F("Seven years later", 7, ["year"], "duration", core=False)
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "board", "flight"])
d.F("66 children", 66, ["child"], "count", subject_any=["child"])
d.F("a month later", 1, ["month"], "duration", core=False)
d.F("Eight years later", 8, ["year"], "duration", core=False)
d.F("$61.8 million", 6.18e7, ["usd"], "money", subject_any=["famil", "victim"])
d.F("More than four decades", 40, ["year"], "duration", "more_than", core=False)
d.F("one side", 1, ["side"], "count", core=False)
# events
d.EV("was seized by several hundred students", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("a hostage of a different kind", ["seizure"], None, ["student"], core=False)
d.EV("one of the captured Marines recalled", ["statement"], None, core=False)
d.EV("the students released 13 women", ["other", "seizure"], ("1979-11-18", "1979-11-20"), ["student"])
d.EV("was freed", ["other", "seizure"], D(1980, 7), ["student", "iran"], core=False)
d.EV("were held until January 20, 1981", ["seizure"], ("1979-11-04", "1981-01-20"), ["student", "iran"])
d.EV("had returned from exile that February", ["leadership_change", "revolution"], D(1979, 2), ["khomeini"])
d.EV("gave the seizure his blessing", ["support", "statement"], ("1979-11-04", "1979-11-30"), ["khomeini"])
d.EV("He called the embassy", ["statement"], None, ["khomeini"])
d.EV("the students soon began publishing shredded documents", ["disclosure"], None, ["student"])
d.EV("froze Iranian assets", ["sanction", "seizure"], D(1979, 11, 14), ["carter", "united states"])
d.EV("broke off diplomatic relations", ["other", "sanction", "withdrawal"], D(1980, 4, 7), ["united states"])
d.EV("came the rescue mission", ["attack", "other"], ("1980-04-21", "1980-04-25"), ["united states", "carter"])
d.EV("the operation was abandoned by Carter", ["attack", "other"], ("1980-04-24", "1980-04-25"), ["carter"])
d.EV("Eight American servicemen died", ["other", "attack"], ("1980-04-24", "1980-04-25"), core=False)
d.EV("Carter wrote in his memoir", ["statement"], None, ["carter"])
d.EV("Iraq invaded Iran", ["war", "attack"], D(1980, 9), ["iraq"])
d.EV("Washington had encouraged Saddam Hussein", ["support"], None, ["united states", "washington"], core=False)
d.EV("recalled in an interview in 2019", ["statement"], D(2019), K)
d.EV("The hostages were freed", ["other", "seizure"], D(1981, 1, 20), ["iran"])
d.EV("Ronald Reagan was sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("The Algiers Accords, signed the day before", ["agreement"], D(1981, 1, 19))
d.EV("It was shot down by the USS Vincennes", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.EV("Washington expressed regret", ["statement"], D(1988, 7), ["united states", "washington"], core=False)
d.EV("told a business group a month later", ["statement"], D(1988, 8), ["bush"])
d.EV("Iran accepted UN Security Council Resolution 598", ["agreement"], D(1988, 7, 18), ["iran"])
d.EV("Khomeini compared the decision", ["statement"], D(1988, 7), ["khomeini"], core=False)
d.EV("the United States agreed to pay $61.8 million", ["agreement"], D(1996, 2), ["united states"])
d.EV("Kazemipour said", ["statement"], None, K, core=False)
d.EV("said Ellen Marchetti", ["statement"], None, ["marchetti"], core=False)
d.save()
