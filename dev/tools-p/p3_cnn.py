from p0 import FDoc, D, R, write, author, meta_note

DOC = "dev-p-cnn-us-strikes-three-nuclear-sites"
PUB = "2025-06-22"  # a Sunday
TEXT = """US strikes three Iranian nuclear sites, joining Israel's war with Iran

By Marcus Delaney-Shirazi, Hana Okonkwo-Petrov and Victor Lindgren-Amini, CNN

Updated 6:17 AM EDT, Sun June 22, 2025

CNN —

• The United States struck three nuclear sites in Iran overnight, President Donald Trump said, entering Israel's war with the Islamic Republic.
• Trump said the strikes on Fordow, Natanz and Isfahan had "obliterated" Iran's main enrichment facilities.
• Iran's foreign minister said the attack would have "everlasting consequences."

The United States bombed three nuclear facilities in Iran late Saturday, President Donald Trump announced, a dramatic escalation that brings Washington directly into a conflict that began when Israel launched strikes on Iran on June 13.

Trump wrote on Truth Social on Saturday evening that the mission had been "flawless" and that all American aircraft were "safely on their way home."

In an address to the nation from the White House about two hours later, Trump said Iran's key enrichment sites had been "obliterated" and warned that any retaliation would bring "far greater" attacks.

A US official told CNN that B-2 stealth bombers dropped a total of 12 bunker-buster bombs on Fordow, a facility buried deep inside a mountain south of Tehran, and that Navy submarines fired about 30 Tomahawk cruise missiles at Natanz and Isfahan.

This is a developing story and will be updated.

Iran's response

Iranian Foreign Minister Abbas Araghchi said on Sunday that the United States had "blown up diplomacy" along with the nuclear sites, and that the strikes would have "everlasting consequences."

"We were in talks with Washington until the bombs started falling," he told reporters in Istanbul, where he was attending a meeting of the Organization of Islamic Cooperation.

Araghchi said he would travel to Moscow on Monday for consultations with Russian President Vladimir Putin.

Iran's Atomic Energy Organization said its work "will not be stopped" and that no sign of radioactive contamination had been found around the sites.

Speaking to CNN, a senior Israeli official said Israel had coordinated closely with Washington for days before the strikes.

Rep. Gregory Hallbeck-Yates, a Republican member of the House Armed Services Committee, told CNN on Sunday morning that the operation was "the end of a warning, not the start of a war."

Asked whether Iran might now race for a bomb, he paused. "That is the question that keeps everyone up at night," he said.

A long road to this moment

Trump has argued for years that Iran cannot be trusted with any enrichment at all.

During his first term, in May 2018, he withdrew the United States from the 2015 nuclear deal negotiated by President Barack Obama, which had capped Iran's enrichment at 3.67%, and later reimposed sweeping sanctions.

In January 2020, he ordered the drone strike in Baghdad that killed Qasem Soleimani, the commander of Iran's elite Quds Force, whose death Iranian leaders have vowed to avenge.

Trump returned to office in January promising a better deal, and Iran and the US held five rounds of talks mediated by Oman between April and late May.

A sixth round, planned for June 15 in Muscat, was called off after Israel's first wave of strikes.

On Thursday, the White House said Trump would decide "within the next two weeks" whether to join Israel's campaign.

Oil prices are expected to jump when trading opens on Sunday evening, analysts said.

CNN's Priya Castellano-Reid, Tomas Whitaker-Noori and Dalia Farsi-Brennan contributed to this report.
"""
write(DOC, "US strikes three Iranian nuclear sites, joining Israel's war with Iran", "CNN (style imitation)", PUB, TEXT)
author(DOC, "Marcus Delaney-Shirazi, Hana Okonkwo-Petrov and Victor Lindgren-Amini")
meta_note(DOC, "digital news story in CNN house style ('CNN —' lead, bulleted recap at the top, 'told CNN', a 'This is a "
          "developing story' line, 'CNN's ... contributed to this report'), style imitation; the writers, the "
          "contributors, the US and Israeli officials and Rep. Gregory Hallbeck-Yates are invented; quotes of Trump, "
          "Araghchi, the Atomic Energy Organization of Iran and the White House are invented or paraphrased "
          "('obliterated', 'everlasting consequences' and 'within the next two weeks' are short well-known phrases of "
          "21-22 and 19 June 2025); the counts of bombs and missiles are plausible, not exact")

d = FDoc(DOC, PUB)
SAT, SUN, THU = D(2025, 6, 21), D(2025, 6, 22), D(2025, 6, 19)
NIGHT = ("2025-06-21", "2025-06-22")
TR, AR, US = ["trump"], ["araghchi"], ["united states", "washington", "trump", "b-2", "american"]
# quotes
d.Q("obliterated", ["partial"], "Donald Trump", TR, SAT, core=False, occ=0)
d.Q("everlasting consequences.", ["partial"], "Abbas Araghchi", AR, SUN, core=False, occ=0)
d.Q("flawless", ["partial"], "Donald Trump", TR, SAT)
d.Q("safely on their way home.", ["partial"], "Donald Trump", TR, SAT)
d.Q("obliterated", ["partial"], "Donald Trump", TR, SAT, occ=1)
d.Q("far greater", ["partial"], "Donald Trump", TR, SAT)
d.Q("blown up diplomacy", ["partial"], "Abbas Araghchi", AR, SUN)
d.Q("everlasting consequences.", ["partial"], "Abbas Araghchi", AR, SUN, occ=1)
d.Q("We were in talks with Washington until the bombs started falling,", ["direct"], "Abbas Araghchi", AR, SUN)
d.Q("will not be stopped", ["partial"], "Atomic Energy Organization of Iran", ["atomic energy", "iran"], None)
d.Q("the end of a warning, not the start of a war.", ["partial"], "Gregory Hallbeck-Yates", ["hallbeck"], SUN)
d.Q("That is the question that keeps everyone up at night,", ["direct"], "Gregory Hallbeck-Yates", ["hallbeck"], SUN)
d.Q("within the next two weeks", ["partial"], "White House", ["white house"], THU)
# figures
d.F("three Iranian nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("three nuclear sites", 3, ["site", "nuclear site"], "count", subject_any=["site"])
d.F("three nuclear facilities", 3, ["facility", "nuclear facility"], "count", subject_any=["facilit"])
d.F("about two hours later", 2, ["hour"], "duration", "about", core=False)
d.F("a total of 12 bunker-buster bombs", 12, ["bomb", "bunker-buster bomb"], "count", subject_any=["bomb"])
d.F("about 30 Tomahawk cruise missiles", 30, ["missile", "cruise missile", "tomahawk cruise missile"], "count", "about", ["missile"])
d.F("3.67%", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("two weeks", 2, ["week"], "duration", "at_most", core=False)
# events
d.EV("US strikes three Iranian nuclear sites", ["attack"], NIGHT, US, core=False)
d.EV("struck three nuclear sites in Iran overnight", ["attack"], NIGHT, US, core=False)
d.EV("President Donald Trump said, entering", ["statement"], None, TR, core=False)
d.EV("entering Israel's war", ["war"], None, US, core=False)
d.EV("Trump said the strikes on Fordow", ["statement"], None, TR, core=False)
d.EV("Iran's foreign minister said the attack", ["statement"], None, AR + ["foreign minister"], core=False)
d.EV("bombed three nuclear facilities in Iran late Saturday", ["attack"], NIGHT, US)
d.EV("President Donald Trump announced", ["statement"], NIGHT, TR)
d.EV("Israel launched strikes on Iran on June 13", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("Trump wrote on Truth Social on Saturday evening", ["statement"], SAT, TR)
d.EV("In an address to the nation", ["statement", "threat"], SAT, TR)
d.EV("A US official told CNN", ["statement"], None, [], core=False)
d.EV("B-2 stealth bombers dropped", ["attack"], NIGHT, US)
d.EV("Navy submarines fired", ["attack"], NIGHT, US + ["navy"])
d.EV("Araghchi said on Sunday", ["statement"], SUN, AR)
d.EV("he told reporters in Istanbul", ["statement"], SUN, AR, core=False)
d.EV("Araghchi said he would travel to Moscow", ["negotiation"], D(2025, 6, 23), AR, core=False)
d.EV("Atomic Energy Organization said", ["statement"], None, ["atomic energy", "iran"], core=False)
d.EV("a senior Israeli official said", ["statement"], None, [], core=False)
d.EV("Israel had coordinated closely", ["negotiation", "support"], None, ["israel"], core=False)
d.EV("told CNN on Sunday morning", ["statement"], SUN, ["hallbeck"])
d.EV('"That is the question', ["statement"], SUN, ["hallbeck"], core=False)
d.EV("Trump has argued for years", ["statement"], None, TR, core=False)
d.EV("in May 2018, he withdrew the United States", ["withdrawal"], D(2018, 5), TR)
d.EV("the 2015 nuclear deal negotiated by President Barack Obama", ["agreement"], D(2015), ["obama", "united states", "iran"])
d.EV("which had capped Iran's enrichment", ["agreement"], None, [], core=False)
d.EV("later reimposed sweeping sanctions", ["sanction"], None, TR)
d.EV("he ordered the drone strike in Baghdad", ["attack"], D(2020, 1), TR)
d.EV("Iranian leaders have vowed to avenge", ["threat", "statement"], None, ["iran"], core=False)
d.EV("Trump returned to office in January", ["leadership_change"], D(2025, 1), TR)
d.EV("held five rounds of talks", ["negotiation"], ("2025-04-01", "2025-05-31"), ["iran", "united states"])
d.EV("was called off", ["negotiation", "other"], D(2025, 6, 15), [], core=False)
d.EV("the White House said Trump would decide", ["statement"], THU, ["white house"])
d.EV("Oil prices are expected to jump", ["other"], SUN, [], core=False)
d.save()
