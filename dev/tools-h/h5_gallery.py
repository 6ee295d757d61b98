from mk import write
from fx import FDoc, D, R

DOC = "dev-h-photo-gallery-1998-thaw-football-wrestling"
PUB = "2023-06-21"  # a Wednesday
TEXT = """In pictures: White roses in Lyon and wrestlers in Tehran, the brief thaw of 1998

By Corinne Abdelnour, Photo Editor
Published June 21, 2023

Twenty-five years ago today, the national football teams of Iran and the United States met at the World Cup in France. The match capped a year in which athletes, scholars and a new Iranian president tried to open a door that governments had kept shut since 1980. These 10 photographs, several of them never published before, trace that year.

1 of 10
Iranian President Mohammad Khatami speaks to a CNN interviewer in Tehran on 7 January 1998. In the interview he calls for a "dialogue between civilizations" and speaks of "a bulky wall of mistrust" between the two nations. (Photo: Saeed Rahnavard/Caspian Picture Agency)

2 of 10
Five American wrestlers walk into a packed arena in Tehran in February 1998, the first US team to compete in Iran since the revolution. A crowd of about 12,000 applauds them. "It felt like history walking in," team manager Curtis Belfort says in a 2018 interview. (Photo: Jalal Mofidi/CPA)

3 of 10
Wrestler Travis Lindahl waves a small American flag after a bout. "I expected boos. They gave us flowers," he says years later. (Photo: Jalal Mofidi/CPA)

4 of 10
Two weeks before the match, coach Jalal Talebi studies the draw in Tehran. "We play the Americans as footballers, not as politicians," he tells reporters that day. (Photo: Nasrin Ghaffari/CPA)

5 of 10
In Lyon on 21 June 1998, Iranian players hand white roses to their American opponents before kick-off. FIFA had declared the day a "Fair Play Day" a week earlier. (Photo: Mathieu Serrault/Rhône Image)

6 of 10
Hamid Estili heads Iran into the lead in the 40th minute. "We knew the whole world was watching," he says two decades later. About 40,000 spectators watch inside the Stade de Gerland. (Photo: Mathieu Serrault/Rhône Image)

7 of 10
Iran's players celebrate their victory, the country's first win at a World Cup. The final score is two goals to one. In Tehran, more than a million people pour into the streets that night, according to police estimates. "I cried the whole night," recalls Shirin Mostofi, then a student in Tehran. "The arrogant opponent has tasted defeat tonight," the Supreme Leader says in a message read on state radio. (Photo: Behnam Sadr/CPA)

8 of 10
US captain Thomas Dooley consoles a teammate after the final whistle. "They beat us fairly," he says afterwards. (Photo: Mathieu Serrault/Rhône Image)

9 of 10
Secretary of State Madeleine Albright speaks at the Asia Society in New York on 17 June 1998, four days before the match. She proposes a "road map" toward normal relations with Tehran. (Photo: Ellen Harwick/Liberty Wire)

10 of 10
A mural on the wall of the former US embassy in Tehran, photographed in November 1998. That month, demonstrators mark the 19th anniversary of the embassy seizure, and the slogans on the wall remain unchanged. Two years later, the thaw is over. (Photo: Saeed Rahnavard/Caspian Picture Agency)

Our photo desk reviewed more than 300 frames from the archives of four agencies for this gallery.
"""
write(DOC, "In pictures: White roses in Lyon and wrestlers in Tehran, the brief thaw of 1998",
      "Parallax Picture Desk (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
K = ["khatami"]
d.Q("dialogue between civilizations", ["partial", "term"], "Mohammad Khatami", K, D(1998, 1, 7))
d.Q("a bulky wall of mistrust", ["partial"], "Mohammad Khatami", K, D(1998, 1, 7))
d.Q("It felt like history walking in,", ["direct"], "Curtis Belfort", ["belfort"], D(2018))
d.Q("The arrogant opponent has tasted defeat tonight,", ["direct"], "Ali Khamenei", ["khamenei", "supreme leader", "leader"], D(1998, 6, 21))
d.Q("We knew the whole world was watching,", ["direct"], "Hamid Estili", ["estili"], D(2018))
d.Q("I cried the whole night,", ["direct"], "Shirin Mostofi", ["mostofi"])
d.Q("I expected boos. They gave us flowers,", ["direct"], "Travis Lindahl", ["lindahl"])
d.Q("We play the Americans as footballers, not as politicians,", ["direct"], "Jalal Talebi", ["talebi"], D(1998, 6, 7))
d.Q("Fair Play Day", ["term"], "FIFA", ["fifa"], D(1998, 6, 14), core=False)
d.Q("They beat us fairly,", ["direct"], "Thomas Dooley", ["dooley"], D(1998, 6, 21))
d.Q("road map", ["term", "partial"], "Madeleine Albright", ["albright"], D(1998, 6, 17))
# figures
d.F("Twenty-five years ago", 25, ["year"], "duration", core=False)
d.F("These 10 photographs", 10, ["photograph", "photo"], "count", subject_any=["photo", "gallery"])
d.F("several of them", 3, ["photograph", "photo"], "count", "about", core=False)
d.F("the two nations", 2, ["nation"], "count", core=False)
d.F("Five American wrestlers", 5, ["wrestler", "american wrestler"], "count", subject_any=["wrestler"])
d.F("about 12,000", 12000, ["people", "person", "spectator"], "count", "about", ["crowd"])
d.F("Two weeks before", 2, ["week"], "duration", core=False)
d.F("a week earlier", 1, ["week"], "duration", core=False)
d.F("two decades later", 20, ["year"], "duration", core=False)
d.F("About 40,000 spectators", 40000, ["spectator"], "count", "about", ["spectator", "stade", "match"])
d.F("two goals to one", 2, ["goal"], "count", subject_any=["score"], core=False)
d.F("more than a million people", 1e6, ["people", "person"], "count", "more_than", ["people", "tehran", "street"])
d.F("four days before", 4, ["day"], "duration", core=False)
d.F("Two years later", 2, ["year"], "duration", core=False)
d.F("more than 300 frames", 300, ["frame"], "count", "more_than", ["frame", "archive"])
d.F("four agencies", 4, ["agency"], "count", subject_any=["agenc"])
# events
d.EV("the national football teams of Iran and the United States met", ["other", "negotiation"], D(1998, 6, 21), ["iran", "united states"])
d.EV("Khatami speaks to a CNN interviewer", ["statement"], D(1998, 1, 7), K)
d.EV("he calls for a", ["statement"], D(1998, 1, 7), K, core=False)
d.EV("Five American wrestlers walk into a packed arena", ["other"], D(1998, 2), ["wrestler", "american"])
d.EV("he says years later", ["statement"], None, ["lindahl"], core=False)
d.EV("he tells reporters that day", ["statement"], D(1998, 6, 7), ["talebi"])
d.EV("Iranian players hand white roses", ["other"], D(1998, 6, 21), ["iranian players", "iran", "players"])
d.EV("FIFA had declared the day", ["statement", "other"], D(1998, 6, 14), ["fifa"], core=False)
d.EV("Iran's players celebrate their victory", ["other"], D(1998, 6, 21), ["iran"], core=False)
d.EV("more than a million people pour into the streets", ["other"], D(1998, 6, 21), ["people"])
d.EV("team manager Curtis Belfort says in a 2018 interview", ["statement"], D(2018), ["belfort"], core=False)
d.EV("the Supreme Leader says in a message", ["statement"], D(1998, 6, 21), ["khamenei", "supreme leader", "leader"])
d.EV("he says two decades later", ["statement"], D(2018), ["estili"], core=False)
d.EV("recalls Shirin Mostofi", ["statement"], None, ["mostofi"], core=False)
d.EV("he says afterwards", ["statement"], D(1998, 6, 21), ["dooley"], core=False)
d.EV("Albright speaks at the Asia Society", ["statement"], D(1998, 6, 17), ["albright"])
d.EV("She proposes a", ["statement", "negotiation"], D(1998, 6, 17), ["albright"], core=False)
d.EV("demonstrators mark the 19th anniversary", ["other", "statement"], D(1998, 11), ["demonstrators"])
d.EV("the thaw is over", ["other"], D(2000), [], core=False)
d.save()
