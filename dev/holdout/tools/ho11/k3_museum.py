import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h11 import write, HDoc, D, R

DOC = "ho11-museum-gallery-texts-broken-lines"
PUB = "2024-03-09"  # a Saturday, the gallery's opening day
TEXT = """ELMHURST MUSEUM OF STATECRAFT
Gallery 4 · Broken Lines: Washington and Tehran, 1953–2015
Exhibition texts, large-print edition

INTRODUCTION

For more than seventy years, the United States and Iran have watched each other through a narrow window. Each government has kept its own account of what the other did, and each account has hardened into memory. This gallery sets those memories side by side. It brings together 46 objects, most of them shown here for the first time, from archives, families and former diplomats in both countries.

SECTION 1
OIL AND THE COUP, 1951–1953

In March 1951, Iran's parliament voted to nationalize the British-owned Anglo-Iranian Oil Company, and Mohammad Mosaddegh became prime minister the following month. Britain answered with a boycott of Iranian oil that cut the country's exports to almost nothing. In August 1953, after a first attempt failed on the night of August 15, crowds and army units backed by the CIA and British intelligence drove Mosaddegh from office on August 19. The United States government acknowledged its part in declassified documents only in 2013.

1.1
Telegram from the American embassy in Tehran to the Department of State, August 20, 1953
Typescript on paper
Lent by the Ridley Collection of Diplomatic Papers, RC-1953-112
The ambassador, Loy Henderson, reported the next morning that the capital was "quiet but watchful" and that the new government "will need friends quickly." It got them: within weeks Washington had promised $45 million in emergency aid.

SECTION 2
THE EMBASSY, 1979–1981

On November 4, 1979, students loyal to Ayatollah Ruhollah Khomeini stormed the U.S. Embassy in Tehran. Fifty-two Americans were held for 444 days. A rescue mission in April 1980 ended in the desert with eight American servicemen dead. The Algiers Accords, signed on January 19, 1981, ended the crisis, and the hostages left Iran the next day.

2.1
Blindfold, 1979–1981
Cotton
Gift of the family of a former embassy communications officer, 2019
The officer kept this strip of cloth for forty years and never spoke about it. "He never wore a yellow ribbon himself," his daughter, Clare Whitlow, said when the family gave it to the museum in 2019. "He said the ribbons were for the people who waited."

2.2
Front page of Kayhan, January 21, 1981
Newsprint
Lent by a private collector
The Tehran daily marked the release under the headline "The Nest of Spies Is Empty." Its editorial called the accords "a victory written in the enemy's own hand."

SECTION 3
A WAR AT SEA, 1987–1988

As the Iran-Iraq war spread to the Gulf, the U.S. Navy began escorting Kuwaiti tankers in July 1987. On April 18, 1988, American forces destroyed two Iranian oil platforms in a single day of fighting. On July 3, 1988, the cruiser USS Vincennes shot down Iran Air Flight 655, killing all 290 people aboard, 66 of them children. In 1996 the United States agreed to pay $61.8 million to the victims' families, without admitting legal liability.

3.1
Listening station
Mahnaz Ebadi-Roshan, whose uncle was a steward on Flight 655, recorded in Bandar Abbas in 2018:
"Every July the city goes quiet for a day. Nobody here has to be told what happened."

SECTION 4
THE DEAL, 2013–2018

Secret talks in Oman in 2013 led to an interim agreement in Geneva that November. On July 14, 2015, Iran and six world powers reached the Joint Comprehensive Plan of Action in Vienna. Iran agreed to keep its enrichment at 3.67 percent and its stockpile under 300 kilograms for 15 years. Sanctions were lifted on January 16, 2016. On May 8, 2018, President Donald Trump withdrew the United States from the agreement, which he called "defective at its core."

4.1
Delegation badge, Vienna, July 2015
Plastic and printed card
Lent by a member of the Iranian delegation, who asked not to be named
"We spent 17 days in that hotel," the lender wrote to the museum. "We left with a paper, not with trust."

Texts by Harriet Lindqvist-Amadi, curator of diplomatic history.
"""
write(DOC, "Broken Lines: Washington and Tehran, 1953–2015 (exhibition texts)", "Elmhurst Museum of Statecraft", PUB, TEXT,
      author="Harriet Lindqvist-Amadi")

d = HDoc(DOC, PUB)
HE = ["henderson", "ambassador"]
# quotes
d.Q("quiet but watchful", ["partial"], "Loy Henderson", HE, D(1953, 8, 20))
d.Q("will need friends quickly.", ["partial"], "Loy Henderson", HE, D(1953, 8, 20))
d.Q("He never wore a yellow ribbon himself,", ["direct"], "Clare Whitlow", ["whitlow", "daughter"], D(2019))
d.Q("He said the ribbons were for the people who waited.", ["direct"], "Clare Whitlow", ["whitlow", "daughter"], D(2019))
d.Q("The Nest of Spies Is Empty.", ["direct", "term"], "Kayhan", ["kayhan"], D(1981, 1, 21))
d.Q("a victory written in the enemy's own hand.", ["partial"], "Kayhan", ["kayhan"], D(1981, 1, 21))
d.Q("Every July the city goes quiet for a day. Nobody here has to be told what happened.", ["direct"], "Mahnaz Ebadi-Roshan", ["ebadi-roshan", "ebadi", "roshan"], D(2018))
d.Q("defective at its core.", ["partial"], "Donald Trump", ["trump", "president"], D(2018, 5, 8))
d.Q("We spent 17 days in that hotel,", ["direct"], None)
d.Q("We left with a paper, not with trust.", ["direct"], None)

# figures
d.F("more than seventy years", 70, ["year"], "duration", "more_than", ["united states and iran", "watched", "window"])
d.F("46 objects", 46, ["object"], "count", core=False)
d.F("$45 million", 4.5e7, ["usd"], "money", subject_any=["emergency aid", "aid"])
d.F("within weeks", None, ["week"], "duration", "about", core=False)
d.F("Fifty-two Americans", 52, ["american", "hostage"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("eight American servicemen", 8, ["american serviceman", "serviceman", "servicemen"], "count", subject_any=["servicem", "rescue"])
d.F("forty years", 40, ["year"], "duration", subject_any=["officer", "cloth", "kept"])
d.F("two Iranian oil platforms", 2, ["iranian oil platform", "oil platform", "platform"], "count", subject_any=["platform"])
d.F("a single day", 1, ["day"], "duration", subject_any=["fighting"], core=False)
d.F("all 290 people", 290, ["people", "person"], "count", subject_any=["people", "aboard", "flight 655"])
d.F("66 of them", 66, ["child", "children", "people"], "count", subject_any=["children", "them"])
d.F("$61.8 million", 6.18e7, ["usd"], "money", subject_any=["famil", "victims", "pay"])
d.F("a day", 1, ["day"], "duration", core=False, ctx=("Every July the city goes quiet for a day.",))
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["world power", "power"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["enrichment"])
d.F("under 300 kilograms", 300, ["kilogram", "kg"], "measure", "less_than", ["stockpile"])
d.F("15 years", 15, ["year"], "duration", subject_any=["stockpile", "enrichment", "agreed", "limit"])
d.F("17 days", 17, ["day"], "duration", subject_any=["hotel", "spent"])

# events
d.V("In March 1951, Iran's parliament voted", "voted to nationalize", ["legislation", "other"], D(1951, 3), ["parliament", "majlis", "iran"])
d.V("In March 1951, Iran's parliament voted", "became prime minister", ["leadership_change"], D(1951, 4), ["mosaddegh"])
d.V("Britain answered with a boycott", "boycott", ["sanction"], D(1951), ["britain", "united kingdom"], core=False)
d.V("In August 1953, after a first attempt failed", "a first attempt failed", ["coup"], R(D(1953, 8, 15), D(1953, 8, 16)))
d.V("In August 1953, after a first attempt failed", "drove Mosaddegh from office", ["coup"], D(1953, 8, 19), ["cia", "central intelligence agency", "british", "crowds", "army"])
d.V("The United States government acknowledged its part", "acknowledged", ["statement", "disclosure"], D(2013), ["united states"])
d.V("The ambassador, Loy Henderson, reported", "reported", ["statement"], D(1953, 8, 20), HE)
d.V("It got them: within weeks Washington", "promised", ["support", "agreement"], R(D(1953, 8, 20), D(1953, 10)), ["washington", "united states"])
d.V("On November 4, 1979, students loyal", "stormed", ["seizure"], D(1979, 11, 4), ["student"])
d.V("Fifty-two Americans were held for 444 days.", "were held", ["seizure"], None, core=False)
d.V("A rescue mission in April 1980", "rescue mission", ["other", "attack"], D(1980, 4))
d.V("The Algiers Accords, signed on January 19, 1981", "signed", ["agreement"], D(1981, 1, 19))
d.V("The Algiers Accords, signed on January 19, 1981", "ended the crisis", ["agreement", "other"], D(1981, 1, 19), core=False)
d.V("The Algiers Accords, signed on January 19, 1981", "left Iran", ["other", "seizure", "agreement"], D(1981, 1, 20))
d.V("The officer kept this strip of cloth", "kept", ["other"], None, core=False)
d.V("\"He never wore a yellow ribbon himself,\" his daughter", "said", ["statement"], D(2019), ["whitlow", "daughter"], core=False)
d.V("The Tehran daily marked the release", "marked the release", ["statement"], D(1981, 1, 21), ["kayhan", "daily"])
d.V("Its editorial called the accords", "called", ["statement"], D(1981, 1, 21), ["kayhan", "editorial"], core=False)
d.V("As the Iran-Iraq war spread to the Gulf", "began escorting", ["support", "other"], D(1987, 7), ["navy", "united states"])
d.V("On April 18, 1988, American forces destroyed", "destroyed", ["attack"], D(1988, 4, 18), ["american", "united states"])
d.V("On July 3, 1988, the cruiser USS Vincennes shot down", "shot down", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.V("In 1996 the United States agreed to pay", "agreed to pay", ["agreement", "other"], D(1996), ["united states"])
d.V("Secret talks in Oman in 2013", "Secret talks", ["negotiation"], D(2013))
d.V("Secret talks in Oman in 2013", "interim agreement", ["agreement"], D(2013, 11))
d.V("On July 14, 2015, Iran and six world powers reached", "reached", ["agreement"], D(2015, 7, 14), ["iran", "six world powers"])
d.V("Iran agreed to keep its enrichment", "agreed", ["agreement"], None, ["iran"], core=False)
d.V("Sanctions were lifted on January 16, 2016.", "lifted", ["sanction"], D(2016, 1, 16))
d.V("On May 8, 2018, President Donald Trump withdrew", "withdrew", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.V("On May 8, 2018, President Donald Trump withdrew", "called", ["statement"], D(2018, 5, 8), ["trump"], core=False)
d.V("\"We spent 17 days in that hotel,\" the lender wrote", "wrote", ["statement"], None, ["lender"], core=False)
d.save()
