from ann import Doc, D, R
d = Doc("ho4-court-icj-certain-assets", "2023-03-31")
THU = D(2023, 3, 30)
FRI = D(2023, 3, 31)
ICJ = ["court", "icj", "judges", "donoghue"]
US = ["united states", "washington", "u.s."]
KAN = ["kanaani", "kanani"]
SD = ["state department", "department of state"]
VO = ["voorhout"]
# quotes
d.Q("unreasonable", ["partial", "term"], "Joan E. Donoghue", ["donoghue"], THU)
d.Q("company", ["term"], core=False)
d.Q("a clear proof of the illegal behaviour of the United States", ["partial", "direct"], "Ministry of Foreign Affairs of Iran",
    ["foreign ministry", "ministry of foreign affairs", "iran"])
d.Q("has once again been found guilty of violating its commitments, as it did when it left the nuclear agreement", ["partial"],
    "Nasser Kanaani", KAN, FRI)
d.Q("every legal path", ["partial"], "Nasser Kanaani", KAN, FRI)
d.Q("We note that the Court rejected the great majority of Iran's case regarding the Bank Markazi assets,", ["direct"],
    "United States Department of State", SD, THU)
d.Q("That is a significant victory for victims of Iran-sponsored terrorism.", ["direct"], "United States Department of State", SD, THU)
d.Q("The money stays where it is,", ["direct"], "Gregory Thalberg", ["thalberg"])
d.Q("Nothing in today's ruling changes that.", ["direct"], "Gregory Thalberg", ["thalberg"])
d.Q("The judges told Washington, in effect, 'you broke the treaty, now pay for it,' and told Tehran that its central bank is the state, not a business,",
    ["direct"], "Annelies Voorhout", VO)
d.Q("you broke the treaty, now pay for it,", ["direct", "partial", "term"], core=False)
d.Q("Both capitals will read it as a win. Neither will trust the other to carry it out.", ["direct"], "Annelies Voorhout", VO)
d.Q("The habit of suing rather than talking is almost as old as the Islamic Republic itself,", ["direct"], "Annelies Voorhout", VO)
# figures
d.F("$1.75 billion", 1.75e9, ["usd"], "money", subject_any=["central bank", "asset", "claim"])
d.F("roughly $1.75 billion", 1.75e9, ["usd"], "money", "about", ["frozen fund", "fund", "central bank", "claim"])
d.F("10 votes", 10, ["vote"], "count")
d.F("5", 5, ["vote"], "count", ctx=("By 10 votes to 5,",))
d.F("15 judges", 15, ["judge"], "count")
d.F("13 votes", 13, ["vote"], "count")
d.F("2", 2, ["vote"], "count", ctx=("13 votes to 2.",))
d.F("two governments", 2, ["government"], "count", core=False, occ=0)
d.F("within 24 months", 24, ["month"], "duration", "at_most")
d.F("more than 1,000 relatives and survivors", 1000, ["relative", "relative and survivor", "survivor", "person"], "count", "more_than",
    ["bombing", "relative", "peterson"])
d.F("241 American service members", 241, ["service member", "american service member", "member", "person"], "count",
    subject_any=["bombing", "barracks", "killed"])
d.F("two months", 2, ["month"], "duration", core=False)
d.F("a quarter of a century", 25, ["year"], "duration", core=False)
d.F("two countries", 2, ["country"], "count", core=False)
d.F("one year", 1, ["year"], "duration", core=False)
d.F("two governments", 2, ["government"], "count", core=False, occ=1)
d.F("nearly four decades", 40, ["year", "decade"], "duration", "about", ["tribunal", "government"])
d.F("more than $2.5 billion", 2.5e9, ["usd"], "money", "more_than", ["award"])
d.F("exceed $2 billion", 2e9, ["usd"], "money", "more_than", ["compensation"])
d.F("nearly $2.7 billion", 2.7e9, ["usd"], "money", "about", ["damage", "peterson", "plaintiff"])
# events
d.E("World Court says US broke 1955 treaty with Iran, but rejects claim over $1.75 billion in central bank assets",
    "says", ["statement", "other", "legislation"], THU, ICJ + ["world court"], core=False)
s = "The International Court of Justice ruled on Thursday that the United States violated the 1955 Treaty of Amity with Iran when it allowed American courts to seize the assets of Iranian companies, but it threw out Tehran's claim to roughly $1.75 billion in frozen funds belonging to the country's central bank."
d.E(s, "ruled on Thursday", ["statement", "legislation", "other"], THU, ICJ + ["international court"])
d.E(s, "violated the 1955 Treaty of Amity", ["withdrawal"], None, US)
d.E(s, "the 1955 Treaty of Amity", ["agreement"], D(1955), core=False)
d.E(s, "allowed American courts to seize the assets of Iranian companies", ["seizure"], None, US + ["court", "american"])
d.E(s, "threw out Tehran's claim", ["other", "statement", "legislation"], THU, ICJ + ["international court"], core=False)
d.E("The judgment in Certain Iranian Assets (Islamic Republic of Iran v. United States of America), General List No. 164, closes a case that Iran filed on 14 June 2016.",
    "Iran filed on 14 June 2016", ["other", "statement"], D(2016, 6, 14), ["iran"])
s = "Reading the decision in the Great Hall of Justice, the court's president, Joan E. Donoghue, said the United States had applied \"unreasonable\" measures to Iranian firms and had failed to treat them fairly and equitably."
d.E(s, "said", ["statement"], THU, ["donoghue", "court", "icj"], tocc=0)
d.E(s, "had applied \"unreasonable\" measures to Iranian firms", ["sanction", "other", "seizure"], None, US, core=False)
d.E(s, "had failed to treat them fairly and equitably", ["withdrawal", "other"], None, US, core=False)
d.E("By 10 votes to 5, the 15 judges found that they had no jurisdiction over the claims relating to Bank Markazi, because the central bank was acting as a sovereign and was not a \"company\" under the treaty.",
    "the 15 judges found", ["statement", "legislation", "other"], THU, ICJ)
d.E("The court ordered the two governments to negotiate compensation.", "ordered", ["legislation", "statement", "other"], THU, ICJ)
d.E("The court ordered the two governments to negotiate compensation.", "negotiate compensation", ["negotiation"], None,
    ["united states", "iran", "government"], core=False)
s = "If they cannot agree within 24 months, it said, either side may return to The Hague and the judges will fix the amount themselves."
d.E(s, "it said", ["statement"], THU, ICJ, core=False)
s = "In Peterson v. Islamic Republic of Iran, Case No. 1:10-cv-04518 (S.D.N.Y.), more than 1,000 relatives and survivors of the 23 October 1983 bombing of the Marine barracks in Beirut, which killed 241 American service members, sought to collect on default judgments blaming Iran for the attack."
d.E(s, "bombing of the Marine barracks in Beirut", ["attack"], D(1983, 10, 23))
d.E(s, "killed 241 American service members", ["attack"], D(1983, 10, 23), core=False)
d.E(s, "sought to collect on default judgments", ["other", "seizure"], None, ["relative", "survivor", "peterson", "plaintiff"], core=False)
s = "Congress passed a law in 2012 that singled out the bonds, and the US Supreme Court upheld it in Bank Markazi v. Peterson, 578 U.S. 212, in April 2016."
d.E(s, "Congress passed a law in 2012", ["legislation"], D(2012), ["congress", "united states"])
d.E(s, "upheld it", ["legislation", "statement", "other"], D(2016, 4), ["supreme court", "court", "united states"])
d.E("Iran went to The Hague two months later.", "went to The Hague", ["other", "statement", "negotiation"], D(2016, 6), ["iran"])
s = "The United States, for its part, announced on 3 October 2018 that it was terminating the treaty, which had been signed in Tehran on 15 August 1955, a quarter of a century before the two countries broke off diplomatic relations."
d.E(s, "announced on 3 October 2018", ["statement"], D(2018, 10, 3), US)
d.E(s, "terminating the treaty", ["withdrawal"], D(2018, 10, 3), US)
d.E(s, "signed in Tehran on 15 August 1955", ["agreement"], D(1955, 8, 15), ["united states", "iran"])
d.E(s, "broke off diplomatic relations", ["other", "withdrawal", "sanction"], D(1980), core=False)
s = "Under its own terms the termination took effect one year after notice, and the court held that it did not affect a case already pending."
d.E(s, "the termination took effect", ["withdrawal"], D(2019, 10, 3), US, core=False)
d.E(s, "the court held", ["statement", "legislation", "other"], None, ICJ, core=False)
d.E("In Tehran, the foreign ministry called the ruling \"a clear proof of the illegal behaviour of the United States\".",
    "called the ruling", ["statement"], None, ["foreign ministry", "ministry of foreign affairs", "iran"])
s = "Its spokesman, Nasser Kanaani, told reporters on Friday morning that Washington \"has once again been found guilty of violating its commitments, as it did when it left the nuclear agreement\"."
d.E(s, "told reporters on Friday morning", ["statement"], FRI, KAN + ["iran", "foreign ministry"])
d.E(s, "it left the nuclear agreement", ["withdrawal"], None, US, core=False)
d.E("He said Iran would pursue \"every legal path\" to recover the money.", "He said", ["statement"], FRI, KAN, core=False)
d.E("The State Department said in a written statement late on Thursday that it was studying the judgment.",
    "said in a written statement late on Thursday", ["statement"], THU, SD + ["united states"])
s = "\"We note that the Court rejected the great majority of Iran's case regarding the Bank Markazi assets,\" the statement said."
d.E(s, "the statement said", ["statement"], THU, SD + ["united states"], core=False)
d.E(s, "the Court rejected", ["statement", "other", "legislation"], None, ICJ, core=False)
d.E("Lawyers for the Peterson families struck a similar note.", "struck a similar note", ["statement"], None,
    ["lawyer", "peterson", "thalberg"], core=False)
d.E("'The money stays where it is,' their lead counsel, Gregory Thalberg, said in an interview.", "said in an interview",
    ["statement"], None, ["thalberg"], core=False)
s = "Annelies Voorhout, a professor of public international law at Leiden University who has followed the case since 2016, said the split verdict fit a familiar pattern."
d.E(s, "said the split verdict", ["statement"], None, VO)
d.E(s, "has followed the case since 2016", ["other"], ("2016-01-01", "2023-03-31"), VO, core=False)
s = "\"The judges told Washington, in effect, 'you broke the treaty, now pay for it,' and told Tehran that its central bank is the state, not a business,\" she said."
d.E(s, "she said", ["statement"], None, VO, core=False)
s = "She noted that the two governments had spent nearly four decades before the Iran-United States Claims Tribunal, set up under the Algiers Accords of 19 January 1981, and that the tribunal has issued awards worth more than $2.5 billion to American claimants alone."
d.E(s, "She noted", ["statement"], None, VO, core=False)
d.E(s, "the Algiers Accords of 19 January 1981", ["agreement"], D(1981, 1, 19), ["united states", "iran", "algeria"])
d.E(s, "has issued awards", ["other", "statement", "legislation"], None, ["tribunal"], core=False)
d.E("\"The habit of suing rather than talking is almost as old as the Islamic Republic itself,\" she said.", "she said",
    ["statement"], None, VO, core=False)
s = "A second case, concerning alleged violations of the same treaty through the sanctions Washington reimposed after it withdrew from the nuclear deal in May 2018, is still pending before the court."
d.E(s, "the sanctions Washington reimposed", ["sanction"], None, US)
d.E(s, "withdrew from the nuclear deal in May 2018", ["withdrawal"], D(2018, 5), US)
d.E(s, "alleged violations of the same treaty", ["withdrawal", "other"], None, US, core=False)
d.E("In an order in that case on 3 October 2018, the judges directed the United States to allow exports of medicine, food and aircraft parts to Iran.",
    "directed", ["legislation", "statement", "other"], D(2018, 10, 3), ICJ)
d.E("Iran's agent before the court, Tavakol Habibzadeh, said in a brief statement in The Hague that the compensation owed to the Iranian companies could exceed $2 billion once interest was added.",
    "said in a brief statement in The Hague", ["statement"], None, ["habibzadeh", "iran"])
d.E("American officials declined to put a figure on the claims.", "declined to put a figure", ["statement", "other"], None,
    ["united states", "american", "official"], core=False)
d.E("The Peterson plaintiffs had been awarded nearly $2.7 billion in damages by a federal judge in Washington in 2007.",
    "had been awarded", ["other", "legislation", "statement"], D(2007), ["judge", "court", "federal"])
d.save()
