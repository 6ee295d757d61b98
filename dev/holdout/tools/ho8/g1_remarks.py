from mk import write
from ann import Doc, D, R

DOC = "ho8-whitehouse-remarks-detainees-home-doha"
PUB = "2023-09-18"
TEXT = """PRESIDENTIAL TRANSCRIPTS SERVICE
Verbatim record, as delivered

Remarks by President Biden on the Return of Americans Wrongfully Detained in Iran

Lotte New York Palace Hotel
New York, New York

September 18, 2023

11:42 A.M. EDT

THE PRESIDENT: Thank you. Please, please sit down. Good morning.

A few hours ago, five Americans who had been wrongfully detained in Iran stepped off a plane in Doha, Qatar. (Applause.) Tonight they will be on their way home to their families, and for the first time in years they will sleep in a place where no one can take their freedom away.

Siamak Namazi was held for nearly eight years. Emad Shargi and Morad Tahbaz were held for more than five years each. Two of the five have asked that we not use their names, and I will respect that.

I spoke with several of the families on Saturday. Siamak's brother, Babak, told me, "We have been counting days for so long that we forgot what the number meant." I told him he could stop counting. (Applause.)

Emad's daughter told me last week that her father kept "a calendar on the wall with no end date."

In January, Siamak wrote to me from Evin and asked that we not "leave a single American behind." We didn't.

Last month, after months of quiet diplomacy, the Iranian authorities moved them from Evin Prison to house arrest. That was the first step. This morning was the last one.

I want to thank the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and his team, who hosted round after round of indirect talks over more than a year. When I spoke to the Emir on Saturday, he told me, "Qatar keeps its word." He did. I also want to thank the Sultan of Oman and the governments of Switzerland and South Korea. (Applause.)

Let me be clear about the money, because I know there will be questions. The roughly $6 billion that was moved last week from restricted accounts in South Korea to banks in Qatar is Iran's own money. It was frozen there by sanctions. It is not American taxpayer money. It can be spent only on food, medicine and other humanitarian goods, and the Treasury will watch every transaction. As part of the arrangement, five Iranian nationals charged with or convicted of nonviolent crimes in the United States are being released.

At the same time, we are not going to look away from what the regime does. This morning, the Treasury Department imposed new sanctions on former President Mahmoud Ahmadinejad and on Iran's Ministry of Intelligence for their role in wrongful detentions. (Applause.) What some people call "hostage diplomacy" is still hostage-taking, and the regime that calls these men "spies" knows exactly what it is doing.

Taking Americans is not new for this regime. In November 1979, students loyal to Ayatollah Khomeini stormed our embassy in Tehran and held 52 Americans for 444 days. In those days the Ayatollah called our country "the Great Satan." Robert Levinson disappeared on Kish Island in March 2007, and his family never got to bring him home. As President Reagan put it in 1981, the day he welcomed the hostages home, "we will not forget what was done to them, and we will not forget who did it."

Since I took office, we have brought home more than 30 Americans who were held hostage or wrongfully detained abroad. Diplomacy brought these men home. It does not mean we trust Iran, and it does not mean our differences are any smaller.

And to every American thinking of traveling to Iran: don't go. The State Department has warned against it for years, and that warning stands.

Thank you. May God bless the families, and may God protect our troops. (Applause.)

11:51 A.M. EDT

Q Mr. President, Senator Dale Whitcomb said on Sunday that the deal is "a ransom payment," and that it "puts a price on the head of every American abroad." What do you say to him?

THE PRESIDENT: I'd say read the agreement. It's not a ransom. It's their money, it's in a restricted account, and if they try to misuse it, we'll freeze it again.

Q Iran's foreign ministry spokesman, Nasser Kanaani, said this morning that the money will be spent "wherever the Islamic Republic needs it." Is he wrong?

THE PRESIDENT: He can say what he likes. That $6 billion moves only when we and the Qataris say it moves.

Q Will you meet President Raisi this week at the United Nations?

THE PRESIDENT: No. (Laughter.) He'll give his speech tomorrow, and I'll give mine.

Q Sir, is there any chance of a return to the nuclear deal?

THE PRESIDENT: Look, I said in 2020 that I'd rejoin if Iran came back into compliance. They didn't. Iran is enriching uranium to 60 percent now, and that's a long way from the 3.67 percent the deal allowed. We walked away from that deal in 2018 -- not me, my predecessor -- and Tehran has been walking away from it ever since. So no, not now.

Q One more, Mr. President --

THE PRESIDENT: Thank you all.

11:58 A.M. EDT
"""
write(DOC, "Remarks by President Biden on the Return of Americans Wrongfully Detained in Iran",
      "Presidential Transcripts Service", PUB, TEXT)

d = Doc(DOC, PUB)
TODAY = D(2023, 9, 18)
SAT = D(2023, 9, 16)
SUN = D(2023, 9, 17)
BIDEN = ["biden", "president"]
# quotes
d.Q("We have been counting days for so long that we forgot what the number meant.", ["direct"], "Babak Namazi", ["babak", "namazi"], SAT)
d.Q("a calendar on the wall with no end date.", ["partial"], None, said=R(D(2023, 9, 11), D(2023, 9, 17)))
d.Q("leave a single American behind.", ["partial"], "Siamak Namazi", ["siamak", "namazi"], D(2023, 1))
d.Q("Qatar keeps its word.", ["direct"], "Tamim bin Hamad Al Thani", ["tamim", "emir", "al thani", "qatar"], SAT)
d.Q("hostage diplomacy", ["term"], None)
d.Q("spies", ["term", "partial"], "Iran", ["iran", "regime"])
d.Q("the Great Satan.", ["term", "partial"], "Ruhollah Khomeini", ["khomeini", "ayatollah"])
d.Q("we will not forget what was done to them, and we will not forget who did it.", ["direct"], "Ronald Reagan", ["reagan"], D(1981))
d.Q("a ransom payment,", ["partial"], "Dale Whitcomb", ["whitcomb"], SUN)
d.Q("puts a price on the head of every American abroad.", ["partial"], "Dale Whitcomb", ["whitcomb"], SUN)
d.Q("wherever the Islamic Republic needs it.", ["partial"], "Nasser Kanaani", ["kanaani", "spokesman", "foreign ministry"], TODAY)
# figures
d.F("five Americans", 5, ["american"], "count", subject_any=["american", "detain"])
d.F("nearly eight years", 8, ["year"], "duration", "about", ["namazi", "held", "siamak"])
d.F("more than five years", 5, ["year"], "duration", "more_than", ["shargi", "tahbaz", "held"])
d.F("Two of the five", 2, ["american", "detainee"], "count", core=False)
d.F("several of the families", None, ["family"], "count", "about", core=False)
d.F("more than a year", 1, ["year"], "duration", "more_than", ["talks", "round"])
d.F("roughly $6 billion", 6e9, ["usd"], "money", "about", ["money", "iran", "account", "fund"])
d.F("five Iranian nationals", 5, ["iranian national", "national", "iranian"], "count", subject_any=["iranian", "national"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "hostage", "embassy"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american", "hostage"])
d.F("more than 30 Americans", 30, ["american"], "count", "more_than", ["american", "hostage", "detain"])
d.F("$6 billion", 6e9, ["usd"], "money", subject_any=["money", "fund", "iran"], occ=1)
d.F("60 percent", 60, ["percent"], "percent", subject_any=["enrich", "uranium", "iran"])
d.F("3.67 percent", 3.67, ["percent"], "percent", subject_any=["deal", "enrich", "uranium"])
# events
d.E("Remarks by President Biden on the Return of Americans Wrongfully Detained in Iran", "Return", ["other"], TODAY, core=False)
d.E("A few hours ago, five Americans who had been wrongfully detained in Iran stepped off a plane in Doha, Qatar.", "stepped off a plane", ["other"], TODAY)
d.E("Siamak Namazi was held for nearly eight years.", "was held", ["seizure"], None, core=False)
d.E("I spoke with several of the families on Saturday.", "spoke", ["statement", "negotiation", "other"], SAT, BIDEN)
d.E("Emad's daughter told me last week that her father kept \"a calendar on the wall with no end date.\"", "told me", ["statement"], R(D(2023, 9, 11), D(2023, 9, 17)), core=False)
d.E("In January, Siamak wrote to me from Evin and asked that we not \"leave a single American behind.\"", "wrote", ["statement"], D(2023, 1), ["namazi", "siamak"])
d.E("Last month, after months of quiet diplomacy, the Iranian authorities moved them from Evin Prison to house arrest.", "moved them", ["other", "seizure"], D(2023, 8), ["iran"])
d.E("I want to thank the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and his team, who hosted round after round of indirect talks over more than a year.", "indirect talks", ["negotiation"], None, ["qatar", "emir", "tamim", "al thani", "united states", "iran"])
d.E("When I spoke to the Emir on Saturday, he told me, \"Qatar keeps its word.\"", "spoke", ["statement", "negotiation"], SAT, BIDEN + ["emir", "tamim", "al thani", "qatar"])
d.E("The roughly $6 billion that was moved last week from restricted accounts in South Korea to banks in Qatar is Iran's own money.", "was moved", ["other", "agreement", "sanction"], R(D(2023, 9, 11), D(2023, 9, 17)))
d.E("It was frozen there by sanctions.", "frozen", ["sanction"], None, core=False)
d.E("As part of the arrangement, five Iranian nationals charged with or convicted of nonviolent crimes in the United States are being released.", "are being released", ["other", "agreement"], TODAY, ["united states"])
d.E("This morning, the Treasury Department imposed new sanctions on former President Mahmoud Ahmadinejad and on Iran's Ministry of Intelligence for their role in wrongful detentions.", "imposed new sanctions", ["sanction"], TODAY, ["treasury"])
d.E("In November 1979, students loyal to Ayatollah Khomeini stormed our embassy in Tehran and held 52 Americans for 444 days.", "stormed", ["seizure"], D(1979, 11), ["student"])
d.E("Robert Levinson disappeared on Kish Island in March 2007, and his family never got to bring him home.", "disappeared", ["other", "seizure"], D(2007, 3))
d.E("As President Reagan put it in 1981, the day he welcomed the hostages home, \"we will not forget what was done to them, and we will not forget who did it.\"", "put it", ["statement"], D(1981), ["reagan"])
d.E("Since I took office, we have brought home more than 30 Americans who were held hostage or wrongfully detained abroad.", "brought home", ["other"], R(D(2021, 1, 20), TODAY), BIDEN + ["united states"], core=False)
d.E("The State Department has warned against it for years, and that warning stands.", "warned", ["statement"], None, ["state"], core=False)
d.E("Q Mr. President, Senator Dale Whitcomb said on Sunday that the deal is \"a ransom payment,\" and that it \"puts a price on the head of every American abroad.\"", "said", ["statement"], SUN, ["whitcomb"])
d.E("Q Iran's foreign ministry spokesman, Nasser Kanaani, said this morning that the money will be spent \"wherever the Islamic Republic needs it.\"", "said", ["statement"], TODAY, ["kanaani"])
d.E("He'll give his speech tomorrow, and I'll give mine.", "speech", ["statement"], D(2023, 9, 19), ["raisi"], core=False)
d.E("THE PRESIDENT: Look, I said in 2020 that I'd rejoin if Iran came back into compliance.", "said", ["statement"], D(2020), BIDEN)
s = "We walked away from that deal in 2018 -- not me, my predecessor -- and Tehran has been walking away from it ever since."
d.E(s, "walked away", ["withdrawal"], D(2018), ["united states", "trump", "predecessor"])
d.E(s, "walking away", ["withdrawal"], None, ["iran", "tehran"], core=False)
d.E("Tonight they will be on their way home to their families, and for the first time in years they will sleep in a place where no one can take their freedom away.", "on their way home", ["other"], TODAY, core=False)
d.save()
