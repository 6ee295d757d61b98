from q0 import FDoc, D, R, write, author, meta_note

DOC = "dev-q-arab-news-gulf-welcomes-saudi-iran-deal-us-caution"
PUB = "2023-03-11"  # a Saturday
TEXT = """GCC, Arab states welcome Saudi-Iranian agreement as Washington voices caution

• Kingdom and Iran agree to resume diplomatic ties and reopen embassies within two months
• US says it will watch whether Tehran honors its commitments

Updated 11 March 2023

RIYADH: Gulf and Arab governments on Friday welcomed the agreement reached in Beijing between Saudi Arabia and Iran to restore diplomatic relations, which were severed seven years ago, while the US said it remained to be seen whether Tehran would keep its side of the bargain.

The agreement, announced after four days of talks hosted by China, provides for the two countries to reopen their embassies within two months and to reactivate a security cooperation agreement signed in 2001.

The Saudi delegation was led by Minister of State and National Security Adviser Musaed bin Mohammed Al-Aiban, and the Iranian side by Ali Shamkhani, secretary of Iran's Supreme National Security Council.

Saudi Foreign Minister Prince Faisal bin Farhan said in a post on Twitter on Friday that the agreement reflected the Kingdom's "preference for political solutions and dialogue."

"Our region needs stability more than it needs slogans," he wrote.

Jasem Albudaiwi, secretary-general of the Gulf Cooperation Council, said in a statement that the council welcomed the step and hoped it would "strengthen security and stability in the region."

Oman, which hosted earlier rounds of Saudi-Iranian talks together with Iraq, also welcomed the deal, as did Qatar, the UAE, Kuwait and Bahrain. Egypt's Foreign Ministry said it was following the agreement "with interest."

In Tehran, Foreign Ministry spokesman Nasser Kanaani said the deal showed that "the countries of the region do not need outside powers to manage their relations," in remarks carried by the official IRNA news agency on Saturday.

Shamkhani, speaking to Iranian state television after the signing, said the talks had cleared away "misunderstandings" and that both countries would now resist "the interference of foreign powers," a remark widely read in the region as aimed at Washington.

US caution

In Washington, White House National Security Council spokesman John Kirby said on Friday that the US supported any effort to reduce tensions in the region, but added: "We will see whether the Iranians live up to their side of the deal. That is not a regime that usually honors its word."

Kirby said Riyadh had kept US officials informed about the talks, but that Washington had not been directly involved.

Saudi Arabia cut ties with Iran in January 2016 after protesters stormed its embassy in Tehran and its consulate in Mashhad following the Kingdom's execution of a prominent Shiite cleric. Relations had been strained for decades, and the two countries backed opposing sides in Yemen, Syria and Lebanon.

Talks between the two sides began in April 2021 in Baghdad. Five rounds were held in Iraq before the process stalled in 2022.

Gulf capitals have long been wary of both Tehran and Washington. Riyadh criticized the 2015 nuclear agreement between Iran and world powers for ignoring Iran's missile program and its regional proxies, and welcomed the US withdrawal from that deal in May 2018.

But the Kingdom's confidence in US protection was shaken in September 2019, when drone and missile strikes on Aramco facilities at Abqaiq and Khurais knocked out roughly 5.7 million barrels a day of oil production and drew no American military response.

Dr. Reem Al-Sudairi-Haddad, a political analyst at the Nakheel Center for Gulf Studies in Riyadh, told Arab News the deal was "a hedge, not a honeymoon."

"The Kingdom has learned that it cannot outsource its security to any partner," she said. "It also knows Iran's record. The agreement gives both sides two months to prove something."

She said the real test would come in Yemen, where the Saudi-led coalition has fought the Iran-aligned Houthis since March 2015, in a war that the UN estimates has killed more than 150,000 people in direct fighting.

In Tehran, the rial rallied about 10 percent on the open market on Friday after the announcement, traders said.
"""
write(DOC, "GCC, Arab states welcome Saudi-Iranian agreement as Washington voices caution",
      "Arab News (style imitation)", PUB, TEXT)
meta_note(DOC, "news story in Arab News house style (headline, two highlight bullets, 'Updated 11 March 2023', "
          "'RIYADH:' dateline, Saudi officials with full titles, 'the Kingdom', a 'US caution' subhead, 'told Arab "
          "News'), style imitation; the analyst Reem Al-Sudairi-Haddad and the Nakheel Center for Gulf Studies are "
          "invented; the words of Prince Faisal bin Farhan, Albudaiwi, Egypt's Foreign Ministry, Kanaani, Shamkhani "
          "and Kirby are invented or paraphrased; the rial's rally and the war toll are plausible, not exact")

d = FDoc(DOC, PUB)
FRI, SAT = D(2023, 3, 10), D(2023, 3, 11)
# quotes
d.Q("preference for political solutions and dialogue.", ["partial"], "Faisal bin Farhan", ["faisal"], FRI)
d.Q("Our region needs stability more than it needs slogans,", ["direct"], "Faisal bin Farhan", ["faisal"], FRI)
d.Q("strengthen security and stability in the region.", ["partial"], "Jasem Albudaiwi", ["albudaiwi", "gulf cooperation council", "gcc"], None)
d.Q("with interest.", ["partial"], "Ministry of Foreign Affairs of Egypt", ["egypt"], None)
d.Q("the countries of the region do not need outside powers to manage their relations,", ["partial"],
    "Nasser Kanaani", ["kanaani"], SAT)
d.Q("misunderstandings", ["partial"], "Ali Shamkhani", ["shamkhani"], FRI)
d.Q("the interference of foreign powers,", ["partial"], "Ali Shamkhani", ["shamkhani"], FRI)
d.Q("We will see whether the Iranians live up to their side of the deal. That is not a regime that usually honors its word.",
    ["direct"], "John Kirby", ["kirby"], FRI)
d.Q("a hedge, not a honeymoon.", ["partial"], "Reem Al-Sudairi-Haddad", ["sudairi"], None)
d.Q("The Kingdom has learned that it cannot outsource its security to any partner,", ["direct"],
    "Reem Al-Sudairi-Haddad", ["sudairi"], None)
d.Q("It also knows Iran's record. The agreement gives both sides two months to prove something.", ["direct"],
    "Reem Al-Sudairi-Haddad", ["sudairi"], None)
# figures
d.F("within two months", 2, ["month"], "duration", "at_most", core=False, occ=0)
d.F("seven years ago", 7, ["year"], "duration", core=False)
d.F("four days of talks", 4, ["day"], "duration", subject_any=["talks"])
d.F("the two countries", 2, ["country"], "count", core=False, occ=0)
d.F("within two months", 2, ["month"], "duration", "at_most", core=False, occ=1)
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("the two countries", 2, ["country"], "count", core=False, occ=1)
d.F("the two sides", 2, ["side"], "count", core=False)
d.F("Five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("roughly 5.7 million barrels a day", 5.7e6, ["barrel per day"], "measure", "about", ["oil production", "production"])
d.F("two months to prove", 2, ["month"], "duration", core=False)
d.F("more than 150,000 people", 150000, ["person", "people"], "count", "more_than", ["war", "killed", "people"])
d.F("about 10 percent", 10, ["percent"], "percent", "about", ["rial"])
# events
d.EV("welcome Saudi-Iranian agreement", ["statement"], FRI, ["gcc", "gulf", "arab"], core=False)
d.EV("Washington voices caution", ["statement"], FRI, ["united states", "washington"], core=False)
d.EV("Kingdom and Iran agree to resume", ["agreement"], FRI, ["saudi", "iran"], core=False)
d.EV("US says it will watch", ["statement"], FRI, ["united states"], core=False)
d.EV("Gulf and Arab governments on Friday welcomed", ["statement"], FRI, ["gulf", "arab"])
d.EV("the agreement reached in Beijing", ["agreement"], FRI, ["saudi", "iran"])
d.EV("which were severed seven years ago", ["other", "withdrawal"], D(2016), ["saudi"])
d.EV("the US said it remained", ["statement"], FRI, ["united states"])
d.EV("The agreement, announced after", ["agreement", "statement"], FRI, ["saudi", "iran"], core=False)
d.EV("four days of talks hosted by China", ["negotiation"], R(D(2023, 3, 6), D(2023, 3, 10)), ["saudi", "iran", "china"])
d.EV("to reopen their embassies within two months", ["agreement", "other"], R(D(2023, 3, 10), D(2023, 5, 10)), [], core=False)
d.EV("a security cooperation agreement signed in 2001", ["agreement"], D(2001), [])
d.EV("said in a post on Twitter on Friday", ["statement"], FRI, ["faisal"])
d.EV("he wrote", ["statement"], FRI, ["faisal"], core=False)
d.EV("said in a statement that the council welcomed", ["statement"], None, ["albudaiwi", "gulf cooperation council", "gcc"], core=False)
d.EV("which hosted earlier rounds", ["negotiation"], None, ["oman", "iraq"], core=False)
d.EV("also welcomed the deal", ["statement"], None, ["oman"], core=False)
d.EV("Egypt's Foreign Ministry said", ["statement"], None, ["egypt"], core=False)
d.EV("in remarks carried by the official IRNA news agency on Saturday", ["statement"], SAT, ["kanaani"])
d.EV("speaking to Iranian state television after the signing", ["statement"], FRI, ["shamkhani"])
d.EV("after the signing", ["agreement"], FRI, [], core=False)
d.EV("John Kirby said on Friday", ["statement"], FRI, ["kirby", "white house", "united states"])
d.EV("Kirby said Riyadh had kept", ["statement"], None, ["kirby"], core=False)
d.EV("Saudi Arabia cut ties with Iran in January 2016", ["other", "withdrawal"], D(2016, 1), ["saudi"])
d.EV("protesters stormed its embassy", ["seizure", "attack"], D(2016, 1), ["protester"])
d.EV("the Kingdom's execution of a prominent Shiite cleric", ["other", "attack"], D(2016, 1), ["saudi", "kingdom"])
d.EV("the two countries backed opposing sides", ["support"], None, ["saudi", "iran"], core=False)
d.EV("Talks between the two sides began in April 2021", ["negotiation"], D(2021, 4), ["saudi", "iran"])
d.EV("Five rounds were held in Iraq", ["negotiation"], R(D(2021, 4), D(2022)), [])
d.EV("the process stalled in 2022", ["other", "negotiation"], D(2022), [])
d.EV("Riyadh criticized the 2015 nuclear agreement", ["statement"], None, ["saudi", "riyadh"], core=False)
d.EV("the 2015 nuclear agreement between Iran and world powers", ["agreement"], D(2015), ["iran", "world power"])
d.EV("welcomed the US withdrawal", ["statement"], D(2018, 5), ["saudi", "riyadh"])
d.EV("the US withdrawal from that deal in May 2018", ["withdrawal"], D(2018, 5), ["united states"])
d.EV("drone and missile strikes on Aramco facilities", ["attack"], D(2019, 9), [])
d.EV("told Arab News", ["statement"], None, ["sudairi"], core=False)
d.EV("to any partner,\" she said", ["statement"], None, ["sudairi"], core=False)
d.EV("She said the real test", ["statement"], None, ["sudairi"], core=False)
d.EV("has fought the Iran-aligned Houthis since March 2015", ["war"], ("2015-03-01", PUB), ["coalition", "saudi"])
d.EV("has killed more than 150,000 people", ["attack", "war"], None, [], core=False)
d.EV("the rial rallied about 10 percent", ["other"], FRI, [], core=False)
d.EV("traders said", ["statement"], None, [], core=False)
d.save()
