from mk import write
from fx import FDoc, D, R

DOC = "dev-i-obituary-diplomat-raymond-tully"
PUB = "2022-03-17"  # a Thursday
TEXT = """Raymond Tully, diplomat who watched Iran and America drift apart, dies at 86

The Wexford Hill Courier | Obituaries | Thursday, March 17, 2022

By Corinne Malvey

Raymond A. Tully, an American diplomat whose career followed the long quarrel between the United States and Iran from the Shah's court to the nuclear talks in Vienna, died on Tuesday at his home in Alexandria, Virginia. He was 86.

The cause was complications of pneumonia, his daughter, Margaret Tully-Oyelaran, said. "He spent sixty years arguing that the two countries had to keep talking, even when nobody wanted to hear it," she said on Wednesday.

Born in Duluth, Minnesota, in 1935, Mr. Tully joined the Foreign Service in 1961 after two years in the Army. Two years later he was sent to Tehran as a junior political officer. He was there in 1964 when Ayatollah Ruhollah Khomeini was arrested and sent into exile for denouncing a law that gave American servicemen immunity from Iranian courts. Iranians he met at the time talked constantly about the coup of August 1953, in which the CIA and British intelligence helped remove Prime Minister Mohammad Mosaddegh. "Every conversation about the future began with 1953," he wrote in his memoir, "The Long Corridor," published in 1999. "We kept saying 'look forward,' and they kept looking back."

He returned to Tehran in 1977 as deputy political counselor and stayed through the revolution that toppled Shah Mohammad Reza Pahlavi in February 1979. He was transferred home that July, four months before students stormed the embassy on Nov. 4, 1979. Six of the colleagues he left behind were among the 52 Americans held for 444 days.

During the crisis he worked on the State Department's Iran task force, and in January 1981 he was part of the team led by Deputy Secretary of State Warren Christopher that negotiated through Algerian mediators. The Algiers Accords were signed on Jan. 19, and the hostages were flown out of Tehran the following day, minutes after Ronald Reagan took the oath of office. "Nobody in that room trusted anybody," he told an interviewer in 2006. "The Algerians were the only people both sides believed."

Later postings took him to Kuwait and to Muscat, where as deputy chief of mission from 1989 to 1992 he quietly passed messages between Washington and Tehran, according to former colleagues. He retired in 1995, the year President Bill Clinton banned American trade with and investment in Iran by executive order. Mr. Tully called the embargo "a policy of hoping," a phrase that annoyed his former employers.

In retirement he taught at Georgetown and took part in more than 20 unofficial meetings with Iranian academics and former officials in Geneva, Oslo and Muscat. In 2007 he appealed publicly for information on Robert Levinson, the former FBI agent who vanished on Kish Island in March of that year.

When Iran and six world powers reached the nuclear agreement in July 2015, he joined more than 100 former American ambassadors in a letter urging Congress to support it. He was bitter when President Donald Trump withdrew from the deal in May 2018 and restored sanctions. "We taught a generation of Iranians that our signature expires with our president," he wrote in an op-ed that month. He often cited Iran's Supreme Leader, Ayatollah Ali Khamenei, who had called negotiating with Washington "poison," as proof that the withdrawal had handed hard-liners their best argument.

Farhad Sadri-Keyvan, a retired Iranian diplomat who met him in Geneva several times, said by telephone from Tehran on Wednesday that Mr. Tully "listened like a man who expected to be surprised."

He followed the talks in Vienna to revive the deal until the end, his son, Daniel, said; the talks were paused on Friday, days before his death. "He read the news from Vienna every morning and said, 'Not yet,'" Daniel Tully said.

His wife of 52 years, Helen Ward Tully, died in 2014. In addition to his daughter and son, he is survived by a sister, Joan Pekarek, and seven grandchildren.
"""
write(DOC, "Raymond Tully, diplomat who watched Iran and America drift apart, dies at 86", "The Wexford Hill Courier (fictional)", PUB, TEXT)

d = FDoc(DOC, PUB)
TUE, WED, FRI = D(2022, 3, 15), D(2022, 3, 16), D(2022, 3, 11)
RT = ["raymond tully", "tully"]
# quotes
d.Q("He spent sixty years arguing that the two countries had to keep talking, even when nobody wanted to hear it,", ["direct"], "Margaret Tully-Oyelaran", ["tully-oyelaran", "margaret", "oyelaran"], WED)
d.Q("Every conversation about the future began with 1953,", ["direct"], "Raymond Tully", RT, D(1999))
d.Q("The Long Corridor,", ["term"], None, [], None, core=False)
d.Q("We kept saying 'look forward,' and they kept looking back.", ["direct"], "Raymond Tully", RT, D(1999))
d.Q("look forward,", ["partial", "term"], None, [], None, core=False)
d.Q("Nobody in that room trusted anybody,", ["direct"], "Raymond Tully", RT, D(2006))
d.Q("The Algerians were the only people both sides believed.", ["direct"], "Raymond Tully", RT, D(2006))
d.Q("a policy of hoping,", ["partial", "term"], "Raymond Tully", RT, None)
d.Q("We taught a generation of Iranians that our signature expires with our president,", ["direct"], "Raymond Tully", RT, D(2018, 5))
d.Q("poison,", ["partial", "term"], "Ali Khamenei", ["khamenei", "supreme leader"], None)
d.Q("listened like a man who expected to be surprised.", ["partial"], "Farhad Sadri-Keyvan", ["sadri-keyvan", "sadri"], WED)
d.Q("He read the news from Vienna every morning and said, 'Not yet,'", ["direct"], "Daniel Tully", ["daniel"], None)
d.Q("Not yet,", ["direct", "partial"], "Raymond Tully", RT, None)
# figures
AGE = ["year"]
d.F("86", 86, AGE, "duration", core=False, occ=0)
d.F("86", 86, AGE, "duration", core=False, occ=1)
d.F("sixty years", 60, ["year"], "duration", subject_any=["arguing", "talking"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("two years", 2, ["year"], "duration", subject_any=["army"])
d.F("Two years later", 2, ["year"], "duration", core=False)
d.F("four months before", 4, ["month"], "duration", core=False)
d.F("Six of the colleagues", 6, ["colleague"], "count", subject_any=["colleague"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("more than 20 unofficial meetings", 20, ["meeting", "unofficial meeting"], "count", "more_than", ["meeting"])
d.F("six world powers", 6, ["world power", "power"], "count", subject_any=["power"])
d.F("more than 100 former American ambassadors", 100, ["ambassador", "former american ambassador"], "count", "more_than", ["ambassador"])
d.F("several times", None, ["time"], "count", "about", core=False)
d.F("52 years", 52, ["year"], "duration", subject_any=["wife", "marri"])
d.F("seven grandchildren", 7, ["grandchild", "grandchildren"], "count", subject_any=["grandchild"])
# events
d.EV("dies at 86", ["other", "leadership_change"], None, RT, core=False)
d.EV("died on Tuesday", ["other", "leadership_change"], TUE, RT)
d.EV("his daughter, Margaret Tully-Oyelaran, said", ["statement"], None, ["tully-oyelaran", "margaret"], core=False)
d.EV("she said on Wednesday", ["statement"], WED, ["tully-oyelaran", "margaret", "daughter"])
d.EV("Born in Duluth", ["other"], D(1935), [], core=False)
d.EV("joined the Foreign Service in 1961", ["other", "leadership_change"], D(1961), RT, core=False)
d.EV("Two years later he was sent to Tehran", ["other"], D(1963), [], core=False)
d.EV("Khomeini was arrested", ["seizure", "other"], D(1964), [])
d.EV("sent into exile", ["other", "seizure"], D(1964), [])
d.EV("for denouncing a law", ["statement"], D(1964), ["khomeini"], core=False)
d.EV("a law that gave American servicemen immunity", ["legislation"], D(1964), [], core=False)
d.EV("the coup of August 1953", ["coup"], D(1953, 8), ["cia", "central intelligence agency", "british"])
d.EV("he wrote in his memoir", ["statement", "disclosure", "other"], D(1999), RT)
d.EV("He returned to Tehran in 1977", ["other"], D(1977), RT, core=False)
d.EV("the revolution that toppled Shah", ["revolution"], D(1979, 2), [])
d.EV("He was transferred home that July", ["other"], D(1979, 7), [], core=False)
d.EV("students stormed the embassy on Nov. 4, 1979", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("were among the 52 Americans held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.EV("he worked on the State Department's Iran task force", ["other"], R(D(1979, 11), D(1981, 1)), RT, core=False)
d.EV("that negotiated through Algerian mediators", ["negotiation"], D(1981, 1), ["christopher", "united states", "team", "tully"])
d.EV("The Algiers Accords were signed on Jan. 19", ["agreement"], D(1981, 1, 19), [])
d.EV("the hostages were flown out of Tehran the following day", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan took the oath of office", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("he told an interviewer in 2006", ["statement"], D(2006), RT)
d.EV("he quietly passed messages between Washington and Tehran", ["negotiation", "other"], R(D(1989), D(1992)), RT)
d.EV("He retired in 1995", ["leadership_change", "other"], D(1995), RT)
d.EV("President Bill Clinton banned American trade", ["sanction", "legislation"], D(1995), ["clinton", "united states"])
d.EV("Mr. Tully called the embargo", ["statement"], None, RT, core=False)
d.EV("took part in more than 20 unofficial meetings", ["negotiation"], None, RT, core=False)
d.EV("In 2007 he appealed publicly", ["statement"], D(2007), RT)
d.EV("vanished on Kish Island in March of that year", ["other", "seizure"], D(2007, 3), [])
d.EV("When Iran and six world powers reached the nuclear agreement in July 2015", ["agreement"], D(2015, 7), ["iran", "six world powers", "powers"])
d.EV("he joined more than 100 former American ambassadors in a letter", ["statement", "support"], D(2015, 7), RT)
d.EV("President Donald Trump withdrew from the deal in May 2018", ["withdrawal"], D(2018, 5), ["trump", "united states"])
d.EV("restored sanctions", ["sanction"], D(2018, 5), ["trump", "united states"])
d.EV("he wrote in an op-ed that month", ["statement"], D(2018, 5), RT)
d.EV("He often cited Iran's Supreme Leader", ["statement"], None, RT, core=False)
d.EV("who had called negotiating with Washington", ["statement"], None, ["khamenei"], core=False)
d.EV("said by telephone from Tehran on Wednesday", ["statement"], WED, ["sadri-keyvan", "sadri"])
d.EV("He followed the talks in Vienna", ["negotiation", "other"], None, [], core=False)
d.EV("the talks were paused on Friday", ["negotiation", "other"], FRI, [])
d.EV("Helen Ward Tully, died in 2014", ["other"], D(2014), [], core=False)
d.save()
