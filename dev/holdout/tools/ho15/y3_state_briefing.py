import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h15 import write, PDoc, D, R, words

DOC = "ho15-state-briefing-soleimani-zarif-visa-iraq-vote"
PUB = "2020-01-07"  # a Tuesday
TEXT = """Department Press Briefing – January 7, 2020
Claire Halverson, Department Spokesperson
Washington, DC
January 7, 2020

2:14 p.m. EST

MS. HALVERSON: Good afternoon, everyone, and happy new year. I have two items at the top and then I'll take your questions.

First, Secretary Pompeo spoke this morning with Iraqi Prime Minister Adil Abdul-Mahdi about the security of American diplomats and troops in Iraq. The Secretary underlined that the United States expects the Government of Iraq to protect our facilities. As you know, our embassy in Baghdad came under attack on December 31, when militia supporters broke through an outer gate and set fire to a reception area. No Americans were hurt.

Second, on Iran. Qasem Soleimani, who was killed in a U.S. strike at Baghdad International Airport early Friday on the President's orders, was responsible for the deaths of more than 600 American service members in Iraq, by our count. He was planning what the Secretary has called "imminent" attacks on Americans. We did not seek this escalation. Iran's proxies fired more than 30 rockets at an Iraqi base near Kirkuk on December 27, killing an American contractor, and our strikes two days later on five Kata'ib Hizballah facilities were a response to that.

QUESTION: Thanks, Claire. Can I start with Foreign Minister Zarif? There are reports that you denied him a visa to attend the Security Council meeting on Thursday. Is that true?

MS. HALVERSON: We don't discuss individual visa cases. Visa records are confidential under U.S. law.

QUESTION: But the headquarters agreement obliges you to --

(Crosstalk.)

MS. HALVERSON: We take our obligations under the headquarters agreement seriously, and we will continue to meet them. Go ahead.

QUESTION: Iran said on Sunday that it would no longer observe any limit on the number of centrifuges it operates, and Zarif tweeted the same day that every step was "reversible the moment Europe delivers." Does the United States consider the nuclear deal dead?

MS. HALVERSON: The President took us out of that deal in May of 2018 because it was a bad deal, and what Iran announced on Sunday proves the point. The regime is walking away from commitments it made four and a half years ago, on July 14, 2015. Our pressure campaign will continue until Iran behaves like a normal nation.

QUESTION: On Iraq. The Iraqi parliament voted on Sunday to ask foreign troops to leave, and then yesterday a letter from the U.S. military command in Baghdad talked about "movement out of Iraq." What is the policy?

MS. HALVERSON: The Secretary of Defense addressed that letter last night. It was a draft, it was sent in error, and it does not reflect any decision to leave. Our forces are in Iraq at the invitation of the Iraqi Government to fight ISIS, and we are having conversations with our Iraqi partners.

QUESTION: Claire, the President tweeted on Saturday that the U.S. had identified 52 Iranian sites, one for each of the 52 hostages Iran held in 1979, and that some were "important to Iran & the Iranian culture." Is the Department comfortable threatening cultural sites?

MS. HALVERSON: The President's words speak for themselves. The United States will act within the laws of armed conflict, as it always has. What I would point out is that those 52 Americans were held for 444 days after a mob overran our embassy in Tehran in November 1979, and Iran has never accepted responsibility for that.

QUESTION: Has any message gone through the Swiss?

MS. HALVERSON: We have a channel through our Swiss protecting power, as we have since 1980, and we used it on Friday. I'm not going to characterize the messages.

QUESTION: Follow-up on that --

MS. HALVERSON: Quickly.

QUESTION: The new Quds Force commander, Esmail Qaani, vowed on Monday to "expel America from the region," and millions turned out for the funeral processions. This morning a stampede at the burial in Kerman killed dozens of people. Are you bracing for attacks on diplomats?

MS. HALVERSON: We have taken steps to protect our people, and we offer our condolences to the families in Kerman. On Friday we urged all American citizens to depart Iraq immediately, and that advisory stands. Go ahead, in the back.

QUESTION: Senator Rowan Pettigrew said this morning that the administration "has not shown us one page of evidence" of an imminent threat. Will the Secretary brief the Senate?

MS. HALVERSON: The Secretary and the Secretary of Defense will brief members of the House and the Senate tomorrow. (Laughter.) I know, I know. Thanks, everyone.

(The briefing was concluded at 2:58 p.m.)
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout of a US "
        "State Department press briefing transcript (title and date lines, time stamps, the spokesperson's opening "
        "remarks, `QUESTION:` / `MS. …:` turns, `(Crosstalk.)`, `(Laughter.)`, \"Go ahead.\", the closing "
        "`(The briefing was concluded at …)` line). The spokesperson Claire Halverson and Senator Rowan Pettigrew "
        "are invented; the Pompeo–Abdul-Mahdi call of 7 January and every word of the briefing are invented; the "
        "words given to Zarif, Qaani, Pompeo and the military letter are invented or paraphrased (\"imminent\", "
        "\"movement out of Iraq\" and \"important to Iran & the Iranian culture\" are short, well-known phrases).")
write(DOC, "Department Press Briefing – January 7, 2020", "U.S. Department of State (style imitation)", PUB, TEXT,
      NOTE, author="Claire Halverson")

d = PDoc(DOC, PUB)
TUE, MON, SUN, SAT, FRI = D(2020, 1, 7), D(2020, 1, 6), D(2020, 1, 5), D(2020, 1, 4), D(2020, 1, 3)
TR = ["trump", "president"]
# quotes
d.Q("imminent", ["partial", "term"], "Mike Pompeo", ["pompeo", "secretary"])
d.Q("reversible the moment Europe delivers.", ["partial"], "Mohammad Javad Zarif", ["zarif"], SUN)
d.Q("movement out of Iraq.", ["partial"], "United States military command in Baghdad", ["command", "military", "seely"], MON)
d.Q("important to Iran & the Iranian culture.", ["partial"], "Donald Trump", TR, SAT)
d.Q("expel America from the region,", ["partial"], "Esmail Qaani", ["qaani"], MON)
d.Q("has not shown us one page of evidence", ["partial"], "Rowan Pettigrew", ["pettigrew"], TUE)

# figures
d.F("two items", 2, ["item"], "count", core=False)
d.F("more than 600 American service members", 600, ["service member", "american"], "count", "more_than", ["death", "service member", "american"])
d.F("more than 30 rockets", 30, ["rocket"], "count", "more_than", ["rocket", "base", "kirkuk"])
d.F("two days later", 2, ["day"], "duration", core=False)
d.F("five Kata'ib Hizballah facilities", 5, ["facility"], "count", subject_any=["facilit", "kata'ib", "strike"])
d.F("four and a half years ago", 4.5, ["year"], "duration", core=False)
d.F("52 Iranian sites", 52, ["site"], "count", subject_any=["site", "iranian"])
d.F("52 hostages", 52, ["hostage"], "count", subject_any=["hostage"])
d.F("52 Americans", 52, ["american"], "count", subject_any=["american", "held", "hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "american"])
d.F("millions", 2e6, ["person", "people"], "count", "about", core=False)
d.F("dozens of people", 24, ["person", "people"], "count", "about", core=False)
d.F("one page", 1, ["page"], "count", core=False)

# events
d.V("First, Secretary Pompeo spoke this morning", "spoke", ["negotiation", "statement"], TUE, ["pompeo", "secretary"])
d.V("The Secretary underlined that the United States expects", "underlined", ["statement"], TUE, ["pompeo", "secretary"], core=False)
d.V("As you know, our embassy in Baghdad came under attack", "came under attack", ["attack", "seizure"], D(2019, 12, 31), ["militia"])
d.V("As you know, our embassy in Baghdad came under attack", "broke through", ["attack", "seizure"], D(2019, 12, 31), ["militia"], core=False)
d.V("Qasem Soleimani, who was killed in a U.S. strike", "was killed", ["attack"], FRI, ["united states", "u.s.", "president", "trump"])
d.V("He was planning what the Secretary has called", "planning", ["threat", "other"], None, ["soleimani"], core=False)
d.V("Iran's proxies fired more than 30 rockets", "fired", ["attack"], D(2019, 12, 27), ["prox", "iran"])
d.V("Iran's proxies fired more than 30 rockets", "strikes", ["attack"], D(2019, 12, 29), ["united states", "our"])
d.V("There are reports that you denied him a visa", "denied him a visa", ["other", "sanction"], None, ["united states"], core=False)
d.V("There are reports that you denied him a visa", "Security Council meeting", ["negotiation", "other"], D(2020, 1, 9), core=False)
d.V("QUESTION: Iran said on Sunday", "Iran said", ["statement"], SUN, ["iran"])
d.V("QUESTION: Iran said on Sunday", "no longer observe", ["withdrawal"], SUN, ["iran"])
d.V("QUESTION: Iran said on Sunday", "tweeted", ["statement"], SUN, ["zarif"])
d.V("The President took us out of that deal in May of 2018", "took us out", ["withdrawal"], D(2018, 5), TR + ["united states"])
d.V("The President took us out of that deal in May of 2018", "announced", ["statement", "withdrawal"], SUN, ["iran"], core=False)
d.V("The regime is walking away from commitments", "walking away", ["withdrawal"], None, ["iran", "regime"], core=False)
d.V("The regime is walking away from commitments", "commitments it made", ["agreement"], D(2015, 7, 14), ["iran", "regime"])
d.V("The Iraqi parliament voted on Sunday", "voted", ["legislation"], SUN, ["iraq", "parliament"])
d.V("The Iraqi parliament voted on Sunday", "letter", ["statement", "disclosure"], MON, ["command", "military"])
d.V("The Secretary of Defense addressed that letter last night.", "addressed", ["statement"], MON, ["secretary of defense", "esper"])
d.V("Claire, the President tweeted on Saturday", "tweeted", ["threat", "statement"], SAT, TR)
d.V("Claire, the President tweeted on Saturday", "held", ["seizure"], D(1979), ["iran"], core=False)
d.V("What I would point out is that those 52 Americans", "were held", ["seizure"], None, core=False)
d.V("What I would point out is that those 52 Americans", "overran", ["seizure", "attack"], D(1979, 11), ["mob"])
d.V("We have a channel through our Swiss protecting power", "as we have since 1980", ["other", "negotiation"], R(D(1980), TUE), core=False)
d.V("We have a channel through our Swiss protecting power", "used it", ["negotiation", "statement"], FRI, ["united states", "we"])
d.V("The new Quds Force commander, Esmail Qaani", "vowed", ["threat", "statement"], MON, ["qaani"])
d.V("The new Quds Force commander, Esmail Qaani", "turned out", ["other"], None, core=False)
d.V("This morning a stampede at the burial in Kerman", "stampede", ["other"], TUE)
d.V("On Friday we urged all American citizens", "urged", ["statement"], FRI, ["united states", "state", "we"])
d.V("Senator Rowan Pettigrew said this morning", "said", ["statement"], TUE, ["pettigrew"])
d.V("The Secretary and the Secretary of Defense will brief", "will brief", ["negotiation", "statement", "other"], D(2020, 1, 8), ["secretary"], core=False)
d.save()
print(DOC, words(DOC), "words")
