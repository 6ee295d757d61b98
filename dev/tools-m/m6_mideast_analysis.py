from m0 import FDoc, D, R, write, author, meta_note

DOC = "dev-m-mideast-analysis-khamenei-talks-after-strikes"
PUB = "2025-07-08"  # a Tuesday
TEXT = """ANALYSIS
After the bombs, can Khamenei's Iran talk to Washington again?

Tehran's hardliners say the June strikes proved them right about America. But a decade of the Supreme Leader's own words on negotiation leaves more room than their speeches suggest.

Kaveh Tabrizi-Lund
8 July 2025

Two weeks after the ceasefire that ended twelve days of war with Israel, Iran's political class is arguing again about a question it has never settled: whether it is possible to negotiate with the United States at all.

On Sunday, Hamid-Reza Nasiri-Tabar, a lawmaker from Mashhad, told the Majlis that the US strikes of 22 June had "buried the very idea of talks." "We sat with them in Muscat and Rome while they loaded their bombers," he said, to applause from the chamber. Two days earlier, on Friday, the conservative daily Javan ran a front-page headline calling negotiation "a trap with a table in it."

Not everyone agrees. Fatemeh Golshiri-Amini, a reformist MP from Tehran, told the same session that "closing every door is not strength, it is surrender to the war party in Washington." And a source close to the negotiating team told Meridian on Monday that Foreign Minister Abbas Araghchi has "kept the line to Muscat open" since the ceasefire took effect on 24 June.

The shadow of 2018

Much of the hardline case rests on a single date. On 8 May 2018, President Donald Trump withdrew the United States from the Joint Comprehensive Plan of Action (JCPOA), the nuclear accord reached in Vienna on 14 July 2015, and in November of that year reimposed sanctions on Iran's oil exports. Iranian crude sales, which had recovered to about 2.5 million barrels per day, fell below 400,000 barrels per day by mid-2020.

"The JCPOA taught us that an American signature has a shelf life of one administration," the analyst Saeed Moradkhani-Paz said in a June 2024 interview with the Tehran monthly Andisheh-ye Pouya. Speaking to Meridian last week, he was more blunt: "After June, the shelf life is one news cycle."

The Leader's own record

Ayatollah Ali Khamenei's statements on talks have shifted more than his critics or his admirers admit. In September 2013, addressing commanders of the Islamic Revolution Guards Corps, he endorsed what he called "heroic flexibility," clearing the way for secret contacts in Oman, which had begun in March 2013, to become formal talks. Two months later, on 24 November 2013, Iran and the P5+1 signed the interim Joint Plan of Action in Geneva.

Yet in October 2015, only three months after the deal was reached, he banned any further negotiation with Washington beyond the nuclear file. In June 2019, receiving Japanese Prime Minister Shinzo Abe in Tehran on 13 June, he said he did not consider Trump "worthy of exchanging messages." In December 2020, the Majlis passed a law ordering the government to raise enrichment and curb inspections unless sanctions were lifted within two months.

In August 2024, a month after the election of President Masoud Pezeshkian, Khamenei told the new cabinet there was "no harm" in dealing with the enemy, while warning them not to trust it. On 7 February 2025, he called negotiating with the Trump administration "not intelligent, wise or honourable." Nine weeks later, on 12 April, Araghchi and US envoy Steve Witkoff met in Muscat for the first of five rounds of Omani-mediated talks.

The last round, in Rome on 23 May, ended without agreement. A sixth was set for 15 June. On 13 June, Israel began striking Iranian nuclear and military sites, and on 22 June US B-2 bombers hit Fordow, Natanz and Isfahan.

What Khamenei said after the war

In a recorded address broadcast on 26 June, Khamenei claimed victory over both Israel and the United States and said Washington had "gained nothing" from the strikes. He did not mention negotiation. On 2 July, President Pezeshkian signed into law a bill, approved by the Majlis on 25 June by 221 votes to none, suspending cooperation with the International Atomic Energy Agency.

Officials in Tehran describe two camps. One, centred on the Supreme National Security Council, argues that talks through Oman can resume if Washington gives guarantees against new strikes. The other wants Iran to leave the Non-Proliferation Treaty. "The Leader has not chosen yet, and he rarely chooses in public," said a former diplomat who served in Muscat, speaking on condition of anonymity.

For Washington, the signals are mixed too. Trump said on 25 June at the NATO summit that talks with Iran would take place "next week," but no meeting has been announced. The question in Tehran is no longer whether Washington can be trusted. It is whether anyone can afford to be seen trusting it.
"""
write(DOC, "After the bombs, can Khamenei's Iran talk to Washington again?",
      "Meridian Gulf Review (fictional; Middle East analysis outlet style imitation)", PUB, TEXT)
author(DOC, "Kaveh Tabrizi-Lund")
meta_note(DOC, "long news analysis from a Middle East outlet, style imitation; the writer, the MPs Nasiri-Tabar and Golshiri-Amini, the analyst Moradkhani-Paz, the monthly, the Javan headline and the unnamed sources are invented; Khamenei's, Trump's and other real people's words invented or paraphrased apart from short well-known phrases")

d = FDoc(DOC, PUB)
SUN, FRI, MON = D(2025, 7, 6), D(2025, 7, 4), D(2025, 7, 7)
LASTWEEK = ("2025-06-30", "2025-07-06")
KH = ["khamenei"]
NT = ["nasiri"]
US = ["united states", "us", "american", "washington"]
# quotes
d.Q("buried the very idea of talks.", ["partial"], "Hamid-Reza Nasiri-Tabar", NT, SUN)
d.Q("We sat with them in Muscat and Rome while they loaded their bombers,", ["direct"], "Hamid-Reza Nasiri-Tabar", NT, SUN)
d.Q("a trap with a table in it.", ["partial"], "Javan", ["javan"], FRI)
d.Q("closing every door is not strength, it is surrender to the war party in Washington.", ["partial", "direct"], "Fatemeh Golshiri-Amini", ["golshiri"], SUN)
d.Q("kept the line to Muscat open", ["partial"], None, [], MON)
d.Q("The JCPOA taught us that an American signature has a shelf life of one administration,", ["direct"], "Saeed Moradkhani-Paz", ["moradkhani"], D(2024, 6))
d.Q("After June, the shelf life is one news cycle.", ["direct"], "Saeed Moradkhani-Paz", ["moradkhani"], LASTWEEK)
d.Q("heroic flexibility,", ["term", "partial"], "Ali Khamenei", KH, D(2013, 9))
d.Q("worthy of exchanging messages.", ["partial"], "Ali Khamenei", KH, D(2019, 6, 13))
d.Q("no harm", ["partial"], "Ali Khamenei", KH, D(2024, 8))
d.Q("not intelligent, wise or honourable.", ["partial"], "Ali Khamenei", KH, D(2025, 2, 7))
d.Q("gained nothing", ["partial"], "Ali Khamenei", KH, D(2025, 6, 26))
d.Q("The Leader has not chosen yet, and he rarely chooses in public,", ["direct"], None, [], None)
d.Q("next week,", ["partial"], "Donald Trump", ["trump"], D(2025, 6, 25))
# figures
d.F("a decade", 10, ["year"], "duration", core=False)
d.F("Two weeks after", 2, ["week"], "duration", core=False)
d.F("twelve days", 12, ["day"], "duration", subject_any=["war"])
d.F("Two days earlier", 2, ["day"], "duration", core=False)
d.F("a single date", 1, ["date"], "count", core=False)
d.F("about 2.5 million barrels per day", 2.5e6, ["barrel per day"], "measure", "about", ["crude", "sales"])
d.F("below 400,000 barrels per day", 4e5, ["barrel per day"], "measure", "less_than", ["crude", "sales"])
d.F("one administration", 1, ["administration"], "count", core=False)
d.F("one news cycle", 1, ["news cycle", "cycle"], "count", core=False)
d.F("Two months later", 2, ["month"], "duration", core=False)
d.F("only three months after", 3, ["month"], "duration", core=False)
d.F("within two months", 2, ["month"], "duration", "at_most", core=False)
d.F("a month after", 1, ["month"], "duration", core=False)
d.F("Nine weeks later", 9, ["week"], "duration", core=False)
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("221 votes", 221, ["vote"], "count", subject_any=["vote", "majlis", "bill"])
d.F("two camps", 2, ["camp"], "count", subject_any=["camp"])
# events
d.EV("the June strikes proved them right", ["attack"], D(2025, 6), US, core=False)
d.EV("the ceasefire that ended twelve days of war", ["war"], ("2025-06-13", "2025-06-24"), ["israel"], core=False)
d.EV("told the Majlis that", ["statement"], SUN, NT)
d.EV("the US strikes of 22 June", ["attack"], D(2025, 6, 22), US, core=False)
d.EV("he said, to applause", ["statement"], SUN, NT, core=False)
d.EV("We sat with them in Muscat and Rome", ["negotiation"], None, ["iran"], core=False)
d.EV("Javan ran a front-page headline", ["statement", "disclosure", "other"], FRI, ["javan"])
d.EV("told the same session", ["statement"], SUN, ["golshiri"])
d.EV("a source close to the negotiating team told Meridian on Monday", ["statement"], MON, [], core=False)
d.EV("the ceasefire took effect on 24 June", ["agreement", "other"], D(2025, 6, 24), [])
d.EV("Trump withdrew the United States", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("the nuclear accord reached in Vienna", ["agreement"], D(2015, 7, 14), [])
d.EV("reimposed sanctions on Iran's oil exports", ["sanction"], D(2018, 11), ["trump"])
d.EV("fell below 400,000", ["other"], ("2018-01-01", "2020-08-31"), [], core=False)
d.EV("said in a June 2024 interview", ["statement"], D(2024, 6), ["moradkhani"])
d.EV("Speaking to Meridian last week", ["statement"], LASTWEEK, ["moradkhani"], core=False)
d.EV("he endorsed what he called", ["statement"], D(2013, 9), KH)
d.EV("secret contacts in Oman, which had begun in March 2013", ["negotiation"], D(2013, 3), [])
d.EV("signed the interim Joint Plan of Action", ["agreement"], D(2013, 11, 24), ["iran", "p5+1"])
d.EV("he banned any further negotiation", ["statement", "legislation", "other"], D(2015, 10), KH)
d.EV("the deal was reached", ["agreement"], D(2015, 7), [], core=False)
d.EV("receiving Japanese Prime Minister Shinzo Abe", ["negotiation", "other"], D(2019, 6, 13), KH + ["abe"])
d.EV("he said he did not consider Trump", ["statement"], D(2019, 6, 13), KH)
d.EV("the Majlis passed a law", ["legislation"], D(2020, 12), ["majlis"])
d.EV("the election of President Masoud Pezeshkian", ["leadership_change", "other"], D(2024, 7), ["pezeshkian"])
d.EV("Khamenei told the new cabinet", ["statement"], D(2024, 8), KH)
d.EV("he called negotiating with the Trump administration", ["statement"], D(2025, 2, 7), KH)
d.EV("met in Muscat for the first of five rounds", ["negotiation"], D(2025, 4, 12), ["araghchi", "witkoff", "iran", "united states"])
d.EV("The last round, in Rome on 23 May, ended", ["negotiation"], D(2025, 5, 23), [])
d.EV("A sixth was set for 15 June", ["negotiation"], D(2025, 6, 15), [], core=False)
d.EV("Israel began striking", ["attack"], D(2025, 6, 13), ["israel"])
d.EV("US B-2 bombers hit", ["attack"], D(2025, 6, 22), US)
d.EV("Khamenei claimed victory", ["statement"], D(2025, 6, 26), KH)
d.EV("Pezeshkian signed into law", ["legislation"], D(2025, 7, 2), ["pezeshkian"])
d.EV("approved by the Majlis on 25 June", ["legislation"], D(2025, 6, 25), ["majlis"])
d.EV("suspending cooperation with the International Atomic Energy Agency", ["withdrawal", "other"], None, ["iran", "majlis", "pezeshkian"], core=False)
d.EV("said a former diplomat", ["statement"], None, [], core=False)
d.EV("Trump said on 25 June", ["statement"], D(2025, 6, 25), ["trump"])
d.EV('talks with Iran would take place "next week,"', ["negotiation"], ("2025-06-30", "2025-07-06"), [], core=False)
d.save()
