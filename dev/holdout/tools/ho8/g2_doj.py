from mk import write
from ann import Doc, D, R

DOC = "ho8-doj-release-aircraft-parts-export-scheme"
PUB = "2024-10-24"
TEXT = """ENFORCEMENT DOCKET REPRINTS
Press release as issued, reproduced for subscribers

U.S. Department of Justice
Office of Public Affairs

FOR IMMEDIATE RELEASE
Thursday, October 24, 2024

Two Men Charged in Scheme to Ship U.S. Aircraft Parts and Navigation Electronics to Iran

Defendant Arrested at Los Angeles Airport; Co-Defendant Remains at Large in the United Arab Emirates

An indictment was unsealed today in the Central District of California charging an Iranian-American businessman and a Dubai-based trader with conspiring to export U.S.-origin aircraft components and navigation electronics to Iran without the licenses required by U.S. sanctions and export control laws.

Kamran Delavari, 58, of Irvine, California, was arrested on Tuesday at Los Angeles International Airport as he prepared to board a flight to Istanbul. He made his initial appearance in federal court in Santa Ana yesterday. A magistrate judge ordered him detained pending trial. His co-defendant, Omid Rastegar-Nouri, 44, an Iranian national who lives in Dubai, remains at large.

"Iran's military and its sanctioned airlines are hungry for American technology, and this defendant was allegedly willing to feed that hunger for a profit," said Assistant Attorney General Helena Marchetti-Boyle of the Justice Department's National Security Division. "We will keep finding the middlemen, wherever they hide their paperwork."

"Parts that keep a passenger jet in the air can just as easily keep a drone in the air," said U.S. Attorney Martin R. Okonkwo for the Central District of California. "Export controls exist because that line is so thin."

According to the indictment, which a federal grand jury in Santa Ana returned on October 10, the defendants bought more than 300 aircraft parts between March 2019 and June 2023, including fuel pumps, landing-gear actuators and inertial navigation units, from suppliers in the United States. Delavari's company, Pacific Crest Avionics LLC, told the suppliers that the parts were destined for customers in the United Arab Emirates and Turkey. In fact, the indictment alleges, the parts were forwarded to Iran, where some of them went to Mahan Air, an airline that the Treasury Department designated in 2011 for its support to the IRGC-Qods Force.

The defendants allegedly received at least $2.4 million in payments, routed through front companies in Hong Kong and Malaysia, and split the goods into at least 40 separate shipments, most of them valued at less than $2,500, to avoid filing export declarations. In one message quoted in the indictment, Rastegar-Nouri told Delavari to describe a box of navigation units as "spare parts for tractors." In another, sent in August 2021, Delavari wrote that the buyer "does not care about the price, only about the date." The two men referred to the end user in Tehran only as "the uncle."

The scheme continued, the indictment alleges, even after the Commerce Department's Bureau of Industry and Security added a Malaysian freight forwarder used by the defendants to its Entity List in February 2022.

"These defendants allegedly treated our export rules as paperwork to be beaten," said Special Agent in Charge Diane Szymanski of the FBI's Los Angeles Field Office. Assistant Secretary of Commerce for Export Enforcement Rafael Quintero-Hale said the case showed that the department would "follow the part, not the invoice."

Delavari is charged with six counts: conspiracy to violate the International Emergency Economic Powers Act (IEEPA), three counts of unlawful export, smuggling, and conspiracy to commit money laundering. Rastegar-Nouri is charged with two counts, the IEEPA conspiracy and smuggling. If convicted, each defendant faces a maximum penalty of 20 years in prison on each IEEPA count and the money laundering count, up to 10 years on the smuggling count, and a fine of up to $1 million per IEEPA violation. A federal district court judge will determine any sentence after considering the U.S. Sentencing Guidelines and other statutory factors. Delavari's arraignment is scheduled for November 12.

Delavari's attorney, Lisa Harwood, said in an email on Wednesday that her client "will plead not guilty" and "looks forward to answering these accusations in a courtroom, not in a press release."

The United States has maintained a broad embargo on trade with Iran since 1995, when President Clinton signed Executive Order 12959. Sanctions on Iran's civil aviation sector, eased briefly under the 2015 nuclear agreement, were fully restored after the United States withdrew from that agreement in May 2018.

The case was brought under the Disruptive Technology Strike Force, an interagency effort led by the Departments of Justice and Commerce that was launched in February 2023 and has since brought more than a dozen cases involving Iran.

The FBI Los Angeles Field Office and the Commerce Department's Office of Export Enforcement investigated the case, with assistance from Homeland Security Investigations and U.S. Customs and Border Protection. The Justice Department thanks the Department of the Treasury's Office of Foreign Assets Control for its assistance.

Assistant U.S. Attorneys Paul Nakamura-Reyes and Gretchen Albright are prosecuting the case, with assistance from Trial Attorney Samuel Oyelaran of the National Security Division's Counterintelligence and Export Control Section.

An indictment is merely an allegation. All defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.

Case No. 8:24-cr-00131
Press Release Number: 24-1187
"""
write(DOC, "Two Men Charged in Scheme to Ship U.S. Aircraft Parts and Navigation Electronics to Iran",
      "Enforcement Docket Reprints", PUB, TEXT)

d = Doc(DOC, PUB)
TODAY = D(2024, 10, 24)
TUE = D(2024, 10, 22)
WED = D(2024, 10, 23)
AAG = ["marchetti", "boyle"]
DEF = ["delavari", "rastegar", "defendant"]
# quotes
d.Q("Iran's military and its sanctioned airlines are hungry for American technology, and this defendant was allegedly willing to feed that hunger for a profit,", ["direct"], "Helena Marchetti-Boyle", AAG, TODAY)
d.Q("We will keep finding the middlemen, wherever they hide their paperwork.", ["direct"], "Helena Marchetti-Boyle", AAG, TODAY)
d.Q("Parts that keep a passenger jet in the air can just as easily keep a drone in the air,", ["direct"], "Martin R. Okonkwo", ["okonkwo"], TODAY)
d.Q("Export controls exist because that line is so thin.", ["direct"], "Martin R. Okonkwo", ["okonkwo"], TODAY)
d.Q("spare parts for tractors.", ["partial"], "Omid Rastegar-Nouri", ["rastegar"])
d.Q("does not care about the price, only about the date.", ["partial"], "Kamran Delavari", ["delavari"], D(2021, 8))
d.Q("the uncle.", ["term"], None, core=False)
d.Q("These defendants allegedly treated our export rules as paperwork to be beaten,", ["direct"], "Diane Szymanski", ["szymanski"], TODAY)
d.Q("follow the part, not the invoice.", ["partial"], "Rafael Quintero-Hale", ["quintero"], TODAY)
d.Q("will plead not guilty", ["partial"], "Lisa Harwood", ["harwood"], WED)
d.Q("looks forward to answering these accusations in a courtroom, not in a press release.", ["partial"], "Lisa Harwood", ["harwood"], WED)
# figures
d.F("Two Men", 2, ["man"], "count", core=False)
d.F("The two men", 2, ["man"], "count", core=False)
d.F("58", 58, ["year"], "count", core=False)
d.F("44", 44, ["year"], "count", core=False)
d.F("more than 300 aircraft parts", 300, ["aircraft part", "part"], "count", "more_than", ["part"])
d.F("at least $2.4 million", 2.4e6, ["usd"], "money", "at_least", ["payment"])
d.F("at least 40 separate shipments", 40, ["shipment"], "count", "at_least", ["shipment", "good"])
d.F("less than $2,500", 2500, ["usd"], "money", "less_than", ["shipment", "valued"])
d.F("six counts", 6, ["count"], "count", subject_any=["delavari", "charge"])
d.F("three counts", 3, ["count"], "count", subject_any=["export"])
d.F("two counts", 2, ["count"], "count", subject_any=["rastegar", "charge"])
d.F("20 years", 20, ["year"], "duration", "at_most", ["penalty", "prison", "ieepa"])
d.F("up to 10 years", 10, ["year"], "duration", "up_to", ["smuggling", "prison"])
d.F("up to $1 million", 1e6, ["usd"], "money", "up_to", ["fine", "ieepa", "violation"])
d.F("more than a dozen cases", 12, ["case"], "count", "more_than", ["case", "strike force"])
# events
d.E("Two Men Charged in Scheme to Ship U.S. Aircraft Parts and Navigation Electronics to Iran", "Charged", ["other"], TODAY, core=False)
d.E("Defendant Arrested at Los Angeles Airport; Co-Defendant Remains at Large in the United Arab Emirates", "Arrested", ["other", "seizure"], TUE, core=False)
d.E("An indictment was unsealed today in the Central District of California charging an Iranian-American businessman and a Dubai-based trader with conspiring to export U.S.-origin aircraft components and navigation electronics to Iran without the licenses required by U.S. sanctions and export control laws.",
    "unsealed", ["other"], TODAY)
d.E("Kamran Delavari, 58, of Irvine, California, was arrested on Tuesday at Los Angeles International Airport as he prepared to board a flight to Istanbul.", "was arrested", ["other", "seizure"], TUE)
d.E("He made his initial appearance in federal court in Santa Ana yesterday.", "initial appearance", ["other"], WED, ["delavari"])
d.E("A magistrate judge ordered him detained pending trial.", "ordered him detained", ["other"], WED, ["judge"], core=False)
s = "According to the indictment, which a federal grand jury in Santa Ana returned on October 10, the defendants bought more than 300 aircraft parts between March 2019 and June 2023, including fuel pumps, landing-gear actuators and inertial navigation units, from suppliers in the United States."
d.E(s, "returned", ["other"], D(2024, 10, 10), ["grand jury"])
d.E(s, "bought", ["other", "support"], R(D(2019, 3), D(2023, 6)), DEF)
s = "In fact, the indictment alleges, the parts were forwarded to Iran, where some of them went to Mahan Air, an airline that the Treasury Department designated in 2011 for its support to the IRGC-Qods Force."
d.E(s, "forwarded", ["other", "support"], None)
d.E(s, "designated", ["designation", "sanction"], D(2011), ["treasury"])
d.E("In another, sent in August 2021, Delavari wrote that the buyer \"does not care about the price, only about the date.\"", "wrote", ["statement"], D(2021, 8), ["delavari"])
d.E("The scheme continued, the indictment alleges, even after the Commerce Department's Bureau of Industry and Security added a Malaysian freight forwarder used by the defendants to its Entity List in February 2022.",
    "added", ["designation", "sanction"], D(2022, 2), ["commerce", "bureau of industry", "bis"])
d.E("Delavari is charged with six counts: conspiracy to violate the International Emergency Economic Powers Act (IEEPA), three counts of unlawful export, smuggling, and conspiracy to commit money laundering.",
    "charged", ["other"], TODAY, core=False)
d.E("Delavari's arraignment is scheduled for November 12.", "arraignment", ["other"], D(2024, 11, 12), core=False)
d.E("Delavari's attorney, Lisa Harwood, said in an email on Wednesday that her client \"will plead not guilty\" and \"looks forward to answering these accusations in a courtroom, not in a press release.\"",
    "said", ["statement"], WED, ["harwood"])
d.E("The United States has maintained a broad embargo on trade with Iran since 1995, when President Clinton signed Executive Order 12959.", "signed", ["legislation", "sanction"], D(1995), ["clinton"])
s = "Sanctions on Iran's civil aviation sector, eased briefly under the 2015 nuclear agreement, were fully restored after the United States withdrew from that agreement in May 2018."
d.E(s, "were fully restored", ["sanction"], R(D(2018, 5), D(2018, 12)), ["united states"])
d.E(s, "withdrew", ["withdrawal"], D(2018, 5), ["united states"])
d.E(s, "eased", ["sanction", "agreement"], D(2015), core=False)
d.E("The case was brought under the Disruptive Technology Strike Force, an interagency effort led by the Departments of Justice and Commerce that was launched in February 2023 and has since brought more than a dozen cases involving Iran.",
    "launched", ["other", "legislation"], D(2023, 2), ["justice", "commerce"])
d.save()
