from l0 import FDoc, D, R, write, author

DOC = "dev-l-court-opinion-efp-default-judgment-brandt"
PUB = "2023-09-29"  # a Friday, the date under the signature
TEXT = """UNITED STATES DISTRICT COURT
FOR THE DISTRICT OF COLUMBIA

MARGARET HOLLOWAY-BRANDT, et al.,
    Plaintiffs,
  v.                                Civil Action No. 21-1874 (KVR)
ISLAMIC REPUBLIC OF IRAN,
    Defendant.

MEMORANDUM OPINION

On the morning of May 14, 2007, a roadside bomb tore through an armored Humvee on a supply route south of Baghdad, killing Staff Sergeant Calvin Brandt, 26, of Dayton, Ohio, and wounding two other soldiers. His mother, father, wife and two sisters now seek to hold the Islamic Republic of Iran responsible under 28 U.S.C. § 1605A, the terrorism exception to the Foreign Sovereign Immunities Act ("FSIA"). Iran has not appeared. For the reasons below, the Court will grant the motion for default judgment and award compensatory damages of $24,675,000, with punitive damages as set out in Part IV.

I. BACKGROUND

A. Factual Background

Plaintiffs allege that the device that killed Sergeant Brandt was an explosively formed penetrator, or EFP, a weapon that fires a molten copper slug capable of piercing armor. Compl. ¶ 14. They allege that Iran, acting through the Islamic Revolutionary Guard Corps ("IRGC") and its Qods Force, supplied EFPs and training to Shia militias in Iraq from at least 2004 until 2011. Id. ¶¶ 22-31. The United States designated Iran a state sponsor of terrorism on January 19, 1984, and the designation has remained in force since. Id. ¶ 9.

At an evidentiary hearing held on March 14, 2023, the Court heard from two witnesses. Colonel (Ret.) Denise Ambrose-Kight, a former explosive ordnance officer, testified that the fragments recovered from the Humvee bore "every signature of an Iranian-manufactured EFP" and that she had examined "more than 200 of these devices" during her two deployments. Hr'g Tr. 41:3-18. Sergeant Brandt's mother, Margaret Holloway-Brandt, described the afternoon two officers came to her door. "I knew before they said anything," she testified. "I have known every day since." Id. at 77:10-12.

B. Procedural History

Plaintiffs filed this action on July 13, 2021. Service was completed through diplomatic channels on March 2, 2022, and the Clerk entered default on June 8, 2022, after Iran failed to respond. ECF Nos. 14, 19.

II. LEGAL STANDARD

A court may not enter judgment by default against a foreign state unless the claimant "establishes his claim or right to relief by evidence satisfactory to the court." 28 U.S.C. § 1608(e). The Court may rely on uncontroverted sworn testimony and on the findings of other judges in related cases.

III. ANALYSIS

The Court has jurisdiction under § 1605A(a). Plaintiffs seek money damages for a death caused by an extrajudicial killing, and by the provision of material support for it, by a foreign state designated as a state sponsor of terrorism, and each Plaintiff is a U.S. national. As this Court explained in an earlier EFP case, "[a] plaintiff need not trace a particular bomb to a particular Iranian hand; it is enough to show that Iran supplied the weapon and trained those who used it." Ashworth v. Islamic Republic of Iran, 512 F. Supp. 3d 88, 104 (D.D.C. 2021). That standard is met here.

IV. DAMAGES

Courts in this District generally measure solatium by the framework first set out in Heiser v. Islamic Republic of Iran: about $8 million to a spouse, $5 million to each parent and $2.5 million to each sibling of a deceased victim. Applying it, the Court awards $8 million to the widow, Lauren Brandt; $5 million to each of the two parents; and $2.5 million to each of the two sisters. Lauren Brandt, who married Sergeant Brandt eleven months before his death, wrote in her declaration that she "stopped counting the anniversaries after ten." Brandt Decl. ¶ 6.

The estate seeks economic damages for lost earnings. The economist retained by Plaintiffs, Dr. Harold Venn-Osei, estimated those earnings at $1,675,000 over a working life of 38 years, and the Court accepts that figure. Mot. for Default J., Ex. 4 at 6. Compensatory damages therefore total $24,675,000. The Court also awards punitive damages in an equal amount, for a total judgment of $49,350,000.

A separate Order accompanies this Memorandum Opinion.

Katrin Vanterpool-Reese
United States District Judge
Date: September 29, 2023
"""
write(DOC, "Holloway-Brandt v. Islamic Republic of Iran: Memorandum Opinion", "United States District Court for the District of Columbia (fictional case)", PUB, TEXT)
author(DOC, "Katrin Vanterpool-Reese")

d = FDoc(DOC, PUB)
HEAR = D(2023, 3, 14)
# quotes
d.Q("FSIA", ["term"], None, [], None, core=False)
d.Q("IRGC", ["term"], None, [], None, core=False)
d.Q("every signature of an Iranian-manufactured EFP", ["partial"], "Denise Ambrose-Kight", ["ambrose-kight"], HEAR)
d.Q("more than 200 of these devices", ["partial"], "Denise Ambrose-Kight", ["ambrose-kight"], HEAR)
d.Q("I knew before they said anything,", ["direct"], "Margaret Holloway-Brandt", ["holloway-brandt", "margaret"], HEAR)
d.Q("I have known every day since.", ["direct"], "Margaret Holloway-Brandt", ["holloway-brandt", "margaret"], HEAR)
d.Q("establishes his claim or right to relief by evidence satisfactory to the court.", ["partial", "direct"],
    "Foreign Sovereign Immunities Act", ["1608", "u.s.c", "fsia", "foreign sovereign immunities act", "statute"], None)
d.Q("[a] plaintiff need not trace a particular bomb to a particular Iranian hand; it is enough to show that Iran supplied the weapon and trained those who used it.",
    ["direct"], "Ashworth v. Islamic Republic of Iran", ["ashworth", "court"], D(2021))
d.Q("stopped counting the anniversaries after ten.", ["partial"], "Lauren Brandt", ["lauren"], None)
# figures (case, paragraph, page, docket and statute numbers are references)
d.F("26", 26, ["year"], "duration", ctx=("Brandt, 26,",), core=False)
d.F("two other soldiers", 2, ["soldier", "other soldier"], "count", subject_any=["soldier", "wound"])
d.F("two sisters", 2, ["sister"], "count", subject_any=["sister"], occ=0)
d.F("$24,675,000", 24675000, ["usd"], "money", subject_any=["compensatory", "damages"], occ=0)
d.F("two witnesses", 2, ["witness"], "count", subject_any=["witness", "hearing"])
d.F("more than 200 of these devices", 200, ["device"], "count", "more_than", ["device", "efp"])
d.F("her two deployments", 2, ["deployment"], "count", subject_any=["deployment"])
d.F("two officers", 2, ["officer"], "count", subject_any=["officer"])
d.F("about $8 million", 8e6, ["usd"], "money", "about", ["spouse", "solatium"])
d.F("$5 million", 5e6, ["usd"], "money", subject_any=["parent"], occ=0)
d.F("$2.5 million", 2.5e6, ["usd"], "money", subject_any=["sibling"], occ=0)
d.F("$8 million", 8e6, ["usd"], "money", subject_any=["widow", "lauren"], ctx=("awards $8 million",))
d.F("$5 million", 5e6, ["usd"], "money", subject_any=["parent"], occ=1)
d.F("the two parents", 2, ["parent"], "count", core=False)
d.F("$2.5 million", 2.5e6, ["usd"], "money", subject_any=["sister", "sibling"], occ=1)
d.F("the two sisters", 2, ["sister"], "count", core=False)
d.F("eleven months", 11, ["month"], "duration", subject_any=["married", "marriage"])
d.F("ten", 10, ["anniversary"], "count", ctx=("after ten.",), core=False)
d.F("$1,675,000", 1675000, ["usd"], "money", subject_any=["earning", "lost"])
d.F("38 years", 38, ["year"], "duration", subject_any=["working life"])
d.F("$24,675,000", 24675000, ["usd"], "money", subject_any=["compensatory", "damages"], occ=1)
d.F("$49,350,000", 49350000, ["usd"], "money", subject_any=["judgment", "total"])
# events
OP = D(2023, 9, 29)
d.EV("a roadside bomb tore through an armored Humvee", ["attack"], D(2007, 5, 14), [])
d.EV("the Court will grant the motion for default judgment", ["other"], OP, ["court"], core=False)
d.EV("Plaintiffs allege that the device that killed", ["attack"], D(2007, 5, 14), [], core=False)
d.EV("supplied EFPs and training to Shia militias", ["support"], R(D(2004), D(2011)), ["iran", "irgc", "revolutionary guard"])
d.EV("The United States designated Iran a state sponsor of terrorism", ["designation"], D(1984, 1, 19), ["united states"])
d.EV("At an evidentiary hearing held on March 14, 2023", ["other"], HEAR, ["court"])
d.EV("testified that the fragments", ["statement"], HEAR, ["ambrose-kight"], core=False)
d.EV("described the afternoon two officers came to her door", ["statement"], HEAR, ["holloway-brandt"], core=False)
d.EV("Plaintiffs filed this action on July 13, 2021", ["other"], D(2021, 7, 13), ["plaintiff"])
d.EV("Service was completed through diplomatic channels", ["other"], D(2022, 3, 2), [])
d.EV("the Clerk entered default on June 8, 2022", ["other"], D(2022, 6, 8), ["clerk"])
d.EV("As this Court explained in an earlier EFP case", ["statement"], D(2021), ["court", "ashworth"], core=False)
d.EV("the Court awards $8 million to the widow", ["other"], OP, ["court"])
d.EV("who married Sergeant Brandt eleven months before his death", ["other"], D(2006, 6), ["lauren"], core=False)
d.EV("wrote in her declaration", ["statement"], None, ["lauren"], core=False)
d.EV("The Court also awards punitive damages", ["other"], OP, ["court"])
d.save()
