from mk import write
from fx import FDoc, D, R

DOC = "dev-g-profile-negotiator-delkhah"
PUB = "2025-11-08"  # a Saturday
TEXT = """The Patient Man at the Table

For four decades Mansour Delkhah has argued Iran's side of a quarrel that neither capital trusts the other to settle. He is still at it.

By Tessa Okonjo

On a grey afternoon in Geneva last month, Mansour Delkhah sat in the lobby of a lakeside hotel with a paper cup of tea and a folder he did not open. He is 66, silver-haired, and speaks an English learned in California and sharpened in New York. "Every agreement I have signed was signed by people who did not trust each other," he told me. "That is not a defect. That is what agreements are for."

Delkhah was a 20-year-old engineering student in Berkeley when students in Tehran stormed the US embassy on 4 November 1979. He remembers watching the footage on a dormitory television. "My roommate asked me whether I was proud or ashamed," he said. "I told him I was both, and that he would not understand either." Within a year he had gone home, and in 1982 he joined the foreign ministry as a junior translator.

The years that made him came later. In May 2003, weeks after American forces took Baghdad, Delkhah was among the handful of officials who drafted a two-page proposal that the Swiss ambassador in Tehran passed to Washington. The paper offered talks on everything from the nuclear file to Hezbollah. It received no reply. "We put our whole hand on the table, and they did not even look at it," a former colleague, who asked not to be named, recalled. The view in the Bush administration at the time, as a former State Department official put it to me, was that "you do not negotiate with a regime you expect to fall."

Ten years later the answer came, in a different form. After Hassan Rouhani won the presidency in June 2013, Delkhah was made deputy head of the technical team negotiating with six world powers. Colleagues remember him for his spreadsheets, in which he kept a running count of every centrifuge, every kilogram and every sanction on the table, and for a temper he rarely showed.

Wendell Haskett, who sat across from him for the American side in Lausanne and Vienna, described him as "the only person in the room who never bluffed". In the final days before the agreement was announced on 14 July 2015, Haskett said, the two men spent most of a night arguing over a footnote. "He won," Haskett said. "He usually did."

Not everyone in Tehran was an admirer. Hamid-Reza Sadeghpour, a conservative member of parliament who sat on the national security committee, accused the negotiating team in 2015 of "selling the centrifuges for a piece of paper". He has not changed his view. "Mansour is an honest man who trusted dishonest people," Sadeghpour told me last week. "History has judged which of us was naive."

The verdict, as Delkhah's critics saw it, arrived on 8 May 2018, when President Donald Trump withdrew the United States from the deal and ordered the reimposition of sanctions. Delkhah heard the news in his office. He says he went home early, for the first time in three years. His wife, Parvaneh, remembers that he said almost nothing that night. "He sat by the window and asked me, 'What do we tell our sons now?'" she said.

He resigned from the negotiating team a year later and spent two years teaching international law at a university in Tehran.

The man who has returned to the table is more guarded. Delkhah now advises the foreign minister on the indirect talks with Washington that began in Muscat in April, and he will not discuss their substance. Asked whether he trusts the Americans more or less than he did in 2015, he laughed. "Trust is a word for families," he said. "Between states there is only verification, and memory."

His European counterparts agree, at least, about his stamina. "In 2014 we had a session in Vienna that lasted nineteen hours," recalled Elise Marchand-Duval, a French diplomat who sat on the European side. "At the end Mansour was the only one still taking notes. The rest of us were asleep in our chairs."

Back in Geneva, as the light went, Delkhah finally opened his folder. Inside was a photocopy of the 2003 proposal, its margins covered in his handwriting. "I keep it to remind me that we tried first," he said. Then he closed it again.
"""
write(DOC, "The Patient Man at the Table", "Northlight Magazine", PUB, TEXT)

d = FDoc(DOC, PUB)
OCT = D(2025, 10)
K = ["delkhah"]
S = ["sadeghpour"]
H = ["haskett"]
LASTWK = ("2025-10-27", "2025-11-02")
d.Q("Every agreement I have signed was signed by people who did not trust each other,", ["direct"], "Mansour Delkhah", K, OCT)
d.Q("That is not a defect. That is what agreements are for.", ["direct"], "Mansour Delkhah", K, OCT)
d.Q("My roommate asked me whether I was proud or ashamed,", ["direct"], "Mansour Delkhah", K)
d.Q("I told him I was both, and that he would not understand either.", ["direct"], "Mansour Delkhah", K)
d.Q("We put our whole hand on the table, and they did not even look at it,", ["direct"], None, [])
d.Q("you do not negotiate with a regime you expect to fall.", ["partial", "direct"], None, [])
d.Q("the only person in the room who never bluffed", ["partial"], "Wendell Haskett", H)
d.Q("He won,", ["direct"], "Wendell Haskett", H)
d.Q("He usually did.", ["direct"], "Wendell Haskett", H)
d.Q("selling the centrifuges for a piece of paper", ["partial"], "Hamid-Reza Sadeghpour", S, D(2015))
d.Q("Mansour is an honest man who trusted dishonest people,", ["direct"], "Hamid-Reza Sadeghpour", S, LASTWK)
d.Q("History has judged which of us was naive.", ["direct"], "Hamid-Reza Sadeghpour", S, LASTWK)
d.Q("He sat by the window and asked me, 'What do we tell our sons now?'", ["direct"], "Parvaneh Delkhah", ["parvaneh"])
d.Q("What do we tell our sons now?", ["direct"], "Mansour Delkhah", K, D(2018, 5, 8))
d.Q("Trust is a word for families,", ["direct"], "Mansour Delkhah", K)
d.Q("Between states there is only verification, and memory.", ["direct"], "Mansour Delkhah", K)
d.Q("In 2014 we had a session in Vienna that lasted nineteen hours,", ["direct"], "Elise Marchand-Duval", ["marchand"])
d.Q("At the end Mansour was the only one still taking notes. The rest of us were asleep in our chairs.", ["direct"], "Elise Marchand-Duval", ["marchand"])
d.Q("I keep it to remind me that we tried first,", ["direct"], "Mansour Delkhah", K, OCT)
# figures
d.F("four decades", 40, ["year"], "duration", subject_any=["delkhah", "argued"])
d.F("66", 66, ["year"], "duration", core=False)
d.F("20-year-old", 20, ["year"], "duration", core=False)
d.F("two-page", 2, ["page"], "count", subject_any=["proposal"])
d.F("Ten years later", 10, ["year"], "duration", core=False)
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("the two men", 2, ["man"], "count", core=False)
d.F("three years", 3, ["year"], "duration")
d.F("two years", 2, ["year"], "duration", subject_any=["teaching", "law"])
d.F("nineteen hours", 19, ["hour"], "duration", subject_any=["session"])
# events
d.EV("students in Tehran stormed the US embassy", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("he joined the foreign ministry", ["other", "leadership_change"], D(1982), K)
d.EV("American forces took Baghdad", ["war", "attack", "seizure"], ("2003-03-01", "2003-05-31"), ["united states", "america", "us"])
d.EV("drafted a two-page proposal", ["negotiation", "statement", "other"], D(2003, 5), K + ["iran"])
d.EV("recalled", ["statement"], None, [], core=False)
d.EV("Hassan Rouhani won the presidency", ["leadership_change"], D(2013, 6), ["rouhani"])
d.EV("Delkhah was made deputy head", ["other", "leadership_change"], ("2013-06-01", "2013-12-31"), [], core=False)
d.EV("the agreement was announced on 14 July 2015", ["agreement"], D(2015, 7, 14), [])
d.EV("accused the negotiating team in 2015", ["statement"], D(2015), S)
d.EV("Sadeghpour told me last week", ["statement"], LASTWK, S, core=False)
d.EV("withdrew the United States from the deal", ["withdrawal"], D(2018, 5, 8), ["trump", "united states"])
d.EV("ordered the reimposition of sanctions", ["sanction"], D(2018, 5, 8), ["trump", "united states"])
d.EV("He resigned from the negotiating team", ["leadership_change", "other"], D(2019), K)
d.EV("the indirect talks with Washington that began in Muscat in April", ["negotiation"], ("2025-04-01", PUB), ["iran", "united states", "washington", "oman", "delkhah"])
d.EV("he told me", ["statement"], OCT, K, core=False)
d.EV("described him as", ["statement"], None, H, core=False)
d.EV("Haskett said, the two men", ["statement"], None, H, core=False)
d.EV("recalled Elise Marchand-Duval", ["statement"], None, ["marchand"], core=False)
d.save()
