import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h15 import write, PDoc, D, R, words

DOC = "ho15-asian-agency-japan-welcomes-ceasefire-oil-evacuations"
PUB = "2025-06-24"  # a Tuesday
TEXT = """Japan welcomes Iran-Israel cease-fire, keeps SDF planes on standby
TOKYO, June 24 (Kyodo) -- Japan welcomed on Tuesday the cease-fire between Israel and Iran announced by U.S. President Donald Trump, with the government's top spokesman saying Tokyo hopes the truce "will hold and open the way back to dialogue" while two Air Self-Defense Force transport planes remain on standby in Djibouti.

"We strongly hope that both sides will observe the cease-fire and that the situation will calm down quickly," Chief Cabinet Secretary Yoshimasa Hayashi told a press conference, adding that the government would continue to do its utmost to protect Japanese nationals in the region.

Hayashi said a total of 108 Japanese nationals and family members had left Iran and Israel by land since last Thursday, including 21 people who crossed from Iran into Azerbaijan on Sunday. About 200 Japanese are believed to remain in Iran and around 1,000 in Israel, according to the Foreign Ministry.

The cease-fire, which took effect early Tuesday after 12 days of fighting, eased concerns over crude supplies to resource-poor Japan, which relies on the Middle East for about 95 percent of its crude oil imports. Most of those shipments pass through the Strait of Hormuz, which Iran's parliament voted on Sunday to support closing.

Economy, Trade and Industry Minister Yoji Muto said at a separate press conference that deliveries had not been disrupted so far, noting that Japan holds oil reserves equivalent to about 240 days of domestic consumption. Benchmark Dubai crude for August delivery fell more than 6 percent in Asian trading on Tuesday, while the Nikkei Stock Average rose 1.1 percent.

The Japanese Shipowners' Association said on Monday it had advised member companies to keep their ships "as far as possible from Iranian waters," adding that about 40 Japan-related vessels were operating in the Persian Gulf.

Prime Minister Shigeru Ishiba told reporters at his office Monday night that he had instructed ministers to "take every possible measure" to keep energy supplies stable, a day after he said Japan was following the U.S. strikes on Iranian nuclear facilities "with grave concern."

Iran fired missiles at the U.S. Al Udeid Air Base in Qatar on Monday in retaliation for the U.S. bombing of the Fordow, Natanz and Isfahan sites early Sunday, Japan time. No casualties were reported. Trump announced the cease-fire hours later on social media.

Foreign Minister Takeshi Iwaya spoke by phone with his Iranian counterpart Abbas Araghchi on Monday and urged Tehran to return to talks with the United States, the ministry said. Araghchi told Iwaya that Iran had acted in "legitimate self-defense," according to the ministry.

Two C-2 transport aircraft of the ASDF, which arrived in Djibouti on Saturday, will stay there until the government judges that airports in the region have fully reopened, Defense Minister Gen Nakatani said.

Japan has long kept friendly ties with Iran. In April 1953, the Idemitsu Kosan tanker Nissho Maru loaded gasoline and diesel at Abadan in defiance of a British blockade of Iranian oil, four months before a coup backed by the United States and Britain toppled Prime Minister Mohammad Mosaddegh.

In June 2019, then Prime Minister Shinzo Abe became the first sitting Japanese leader in 41 years to visit Iran, holding talks with Supreme Leader Ayatollah Ali Khamenei in Tehran on June 13 in an attempt to ease tensions with Washington. The same day, a Japanese-operated tanker, the Kokuka Courageous, was attacked near the Strait of Hormuz.

Japan stopped importing Iranian crude in 2019 after U.S. waivers from sanctions that Trump reimposed following his withdrawal from the 2015 nuclear deal expired in May that year. Before the withdrawal, Iran supplied about 5 percent of Japan's crude imports.

==Kyodo
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Japanese news agency's English wire (Kyodo style: `TOKYO, June 24 (Kyodo) --` "
        "dateline, a minister's comment at a press conference, the evacuation of nationals, oil imports, a history "
        "paragraph, `==Kyodo`). The words given to Hayashi, Muto, Ishiba (apart from \"with grave concern\"), "
        "Iwaya, Araghchi and Nakatani are invented or paraphrased, and so is the Iwaya–Araghchi call; the counts of "
        "evacuees and nationals, the oil reserve, the import shares and the market moves are plausible, not exact.")
write(DOC, "Japan welcomes Iran-Israel cease-fire, keeps SDF planes on standby", "Kyodo News (style imitation)",
      PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
TUE, MON, SUN, SAT, THU = D(2025, 6, 24), D(2025, 6, 23), D(2025, 6, 22), D(2025, 6, 21), D(2025, 6, 19)
HY = ["hayashi"]
IS = ["ishiba"]
# quotes
d.Q("will hold and open the way back to dialogue", ["partial"], "Yoshimasa Hayashi", HY, TUE)
d.Q("We strongly hope that both sides will observe the cease-fire and that the situation will calm down quickly,",
    ["direct"], "Yoshimasa Hayashi", HY, TUE)
d.Q("as far as possible from Iranian waters,", ["partial"], "Japanese Shipowners' Association", ["shipowners"], MON)
d.Q("take every possible measure", ["partial"], "Shigeru Ishiba", IS, MON)
d.Q("with grave concern.", ["partial"], "Shigeru Ishiba", IS, SUN)
d.Q("legitimate self-defense,", ["partial"], "Abbas Araghchi", ["araghchi"], MON)

# figures
d.F("two Air Self-Defense Force transport planes", 2, ["plane", "aircraft"], "count", subject_any=["plane", "aircraft", "self-defense"])
d.F("108 Japanese nationals and family members", 108, ["japanese national", "national", "person"], "count", subject_any=["japanese", "national"])
d.F("21 people", 21, ["person", "people"], "count", subject_any=["people", "crossed", "azerbaijan"])
d.F("About 200 Japanese", 200, ["japanese", "person", "national"], "count", "about", ["japanese", "iran"])
d.F("around 1,000", 1000, ["japanese", "person", "national"], "count", "about", ["japanese", "israel"])
d.F("12 days", 12, ["day"], "duration", subject_any=["fighting", "war"])
d.F("about 95 percent", 95, ["percent"], "percent", "about", ["crude", "import", "middle east"])
d.F("about 240 days", 240, ["day"], "duration", "about", ["reserve", "oil"])
d.F("more than 6 percent", 6, ["percent"], "percent", "more_than", ["dubai", "crude"])
d.F("1.1 percent", 1.1, ["percent"], "percent", subject_any=["nikkei"])
d.F("about 40 Japan-related vessels", 40, ["vessel", "ship"], "count", "about", ["vessel", "gulf"])
d.F("Two C-2 transport aircraft", 2, ["aircraft", "plane"], "count", subject_any=["aircraft", "c-2"])
d.F("four months before", 4, ["month"], "duration", core=False)
d.F("41 years", 41, ["year"], "duration", core=False)
d.F("about 5 percent", 5, ["percent"], "percent", "about", ["iran", "crude", "import"])

# events
d.V("Japan welcomes Iran-Israel cease-fire", "welcomes", ["statement"], TUE, ["japan"], core=False)
d.V("Japan welcomes Iran-Israel cease-fire", "keeps", ["other"], TUE, ["japan"], core=False)
d.V("TOKYO, June 24 (Kyodo) -- Japan welcomed", "welcomed", ["statement"], TUE, ["japan", "hayashi"])
d.V("TOKYO, June 24 (Kyodo) -- Japan welcomed", "announced", ["statement", "agreement"], R(MON, TUE), ["trump"], core=False)
d.V("\"We strongly hope that both sides", "told a press conference", ["statement"], TUE, HY, core=False)
d.V("Hayashi said a total of 108", "Hayashi said", ["statement"], TUE, HY, core=False)
d.V("Hayashi said a total of 108", "had left", ["other"], R(THU, TUE))
d.V("Hayashi said a total of 108", "crossed", ["other"], SUN)
d.V("The cease-fire, which took effect early Tuesday", "took effect", ["agreement", "other"], TUE)
d.V("The cease-fire, which took effect early Tuesday", "fighting", ["war"], R(D(2025, 6, 13), TUE), core=False)
d.V("The cease-fire, which took effect early Tuesday", "eased concerns", ["other"], TUE, core=False)
d.V("Most of those shipments pass through", "voted", ["legislation"], SUN, ["parliament", "majlis"])
d.V("Economy, Trade and Industry Minister Yoji Muto said", "said at a separate press conference", ["statement"], TUE, ["muto"], core=False)
d.V("Benchmark Dubai crude for August delivery fell", "fell", ["other"], TUE, core=False)
d.V("Benchmark Dubai crude for August delivery fell", "rose", ["other"], TUE, core=False)
d.V("The Japanese Shipowners' Association said on Monday", "said", ["statement"], MON, ["shipowners"])
d.V("The Japanese Shipowners' Association said on Monday", "had advised", ["statement", "other"], None, ["shipowners"], core=False)
d.V("Prime Minister Shigeru Ishiba told reporters", "told reporters", ["statement"], MON, IS)
d.V("Prime Minister Shigeru Ishiba told reporters", "had instructed", ["other", "statement"], None, IS, core=False)
d.V("Prime Minister Shigeru Ishiba told reporters", "he said", ["statement"], SUN, IS)
d.V("Prime Minister Shigeru Ishiba told reporters", "strikes", ["attack"], SUN, ["united states", "u.s."], core=False)
d.V("Iran fired missiles at the U.S. Al Udeid Air Base", "fired missiles", ["attack"], MON, ["iran"])
d.V("Iran fired missiles at the U.S. Al Udeid Air Base", "bombing", ["attack"], SUN, ["united states", "u.s."])
d.V("Trump announced the cease-fire hours later", "announced", ["statement", "agreement"], R(MON, TUE), ["trump"])
d.V("Foreign Minister Takeshi Iwaya spoke by phone", "spoke by phone", ["negotiation", "statement"], MON, ["iwaya", "araghchi", "japan"])
d.V("Foreign Minister Takeshi Iwaya spoke by phone", "urged", ["statement"], MON, ["iwaya"], core=False)
d.V("Foreign Minister Takeshi Iwaya spoke by phone", "the ministry said", ["statement"], None, ["ministry"], core=False)
d.V("Araghchi told Iwaya that Iran had acted", "told Iwaya", ["statement"], MON, ["araghchi"], core=False)
d.V("Two C-2 transport aircraft of the ASDF", "arrived", ["other"], SAT, ["asdf", "air self-defense"])
d.V("Two C-2 transport aircraft of the ASDF", "will stay", ["other"], None, core=False)
d.V("Two C-2 transport aircraft of the ASDF", "Nakatani said", ["statement"], None, ["nakatani"], core=False)
d.V("In April 1953, the Idemitsu Kosan tanker", "loaded", ["other"], D(1953, 4), ["idemitsu", "nissho maru"])
d.V("In April 1953, the Idemitsu Kosan tanker", "blockade", ["sanction"], None, ["british", "britain"], core=False)
d.V("In April 1953, the Idemitsu Kosan tanker", "coup", ["coup"], D(1953, 8), ["united states", "britain"])
d.V("In June 2019, then Prime Minister Shinzo Abe", "visit Iran", ["other", "negotiation"], D(2019, 6), ["abe"])
d.V("In June 2019, then Prime Minister Shinzo Abe", "holding talks", ["negotiation"], D(2019, 6, 13), ["abe", "khamenei"])
d.V("The same day, a Japanese-operated tanker", "was attacked", ["attack"], D(2019, 6, 13))
d.V("Japan stopped importing Iranian crude in 2019", "stopped importing", ["other", "sanction"], D(2019), ["japan"])
d.V("Japan stopped importing Iranian crude in 2019", "expired", ["sanction", "other"], D(2019, 5))
d.V("Japan stopped importing Iranian crude in 2019", "reimposed", ["sanction"], None, ["trump"], core=False)
d.V("Japan stopped importing Iranian crude in 2019", "withdrawal", ["withdrawal"], None, ["trump"], core=False)
d.V("Before the withdrawal, Iran supplied", "supplied", ["other"], None, ["iran"], core=False)
d.save()
print(DOC, words(DOC), "words")
