from mk import write
from ann import Doc, D, R

DOC = "ho5-hansard-iran-snapback-debate"
PUB = "2025-09-02"
TEXT = """House of Commons
Westminster Hall
Volume 772: debated on Tuesday 2 September 2025

[Dame Alison Reeve in the Chair]

Iran: Sanctions and the Nuclear Agreement

Mr Tobias Carrow (Harwick North) (Lab): I beg to move,

That this House has considered UK policy on Iran, sanctions and the restoration of UN measures under the Joint Comprehensive Plan of Action.

It is a pleasure to serve under your chairmanship, Dame Alison. Last Thursday, the United Kingdom, France and Germany wrote to the President of the Security Council to trigger what is known as the “snapback” mechanism. In their letter the three Governments said that Iran’s non-compliance had become “clear, deliberate and sustained”, and that they had “exhausted every avenue” before taking this step. Unless the Council decides otherwise within 30 days, every UN sanction lifted in 2016 will return at the end of this month.

Let me remind the House how we got here. The agreement was signed in Vienna on 14 July 2015 by Iran and six world powers, and the Security Council endorsed it six days later. Under it, Iran agreed to keep enrichment at or below 3.67%, to hold no more than 300 kilograms of enriched uranium and to accept the most intrusive inspections ever agreed. For three years the International Atomic Energy Agency certified, report after report, that Iran was complying.

Then, in May 2018, President Trump withdrew the United States from what he called “the worst deal ever negotiated” and reimposed American sanctions. Iran waited a year, and then began to breach the limits step by step.

Mrs Helen Ashby (Wealdmere) (Con): Will the hon. Gentleman give way?

Mr Carrow: I will give way.

Mrs Ashby: I am grateful. Does the hon. Gentleman accept that the agency now reports a stockpile of more than 400 kilograms of uranium enriched to 60%, which is a short technical step from weapons grade? That is not a civilian programme by any definition.

Mr Carrow: I accept the figures entirely. My point is that they did not arise in a vacuum. Iranian officials tell every visitor the same thing: “We kept our side of the bargain, and America tore it up.” Whatever one thinks of that, it is the lens through which Tehran sees this decision.

The Iranian Foreign Minister, Abbas Araghchi, called the European move “unjustified, unlawful and without any legal basis”, and his Government have warned that they may leave the nuclear non-proliferation treaty altogether. That would be a disaster. The E3 offered in July to delay snapback by up to six months if Iran restored inspections, resumed talks with Washington and accounted for its stockpile. Talks in Geneva on 26 August failed to close the gap. I hope the Minister will tell us what is still on offer.

Sarah Linley (Kelsworth) (LD): My constituent’s brother has been held in Evin prison since January. She wrote to me last week: “Every time the politicians raise the temperature, the guards take it out on him.” Will the hon. Gentleman urge the Minister to keep consular cases separate from the nuclear file?

Mr Carrow: I will, and I know the Minister takes that seriously. We should remember that Nazanin Zaghari-Ratcliffe spent nearly six years in detention. She was released only in March 2022, on the same day that the United Kingdom settled a £393.8 million debt it had owed Iran since the 1970s.

The Minister for the Middle East (Rhys Pennant): It is a pleasure to respond to the debate, and I congratulate my hon. Friend the Member for Harwick North on securing it.

Let me be clear about why we acted. The Foreign Secretary said on Thursday that the decision had been taken “with regret, but without hesitation”. For more than five years Iran has expanded its programme far beyond anything the deal allowed. It now has enough highly enriched material, if further refined, for roughly ten weapons. Since the strikes on Iranian facilities in June, the agency’s inspectors have not been able to verify where that material is, and the law passed by the Majlis in July has limited their access still further.

Mr Dara Kazemi (Ilford Marsh) (Lab): I thank the Minister for giving way. Many of the roughly 80,000 British Iranians in this country will hear the word “sanctions” and think of medicine shortages, not centrifuges. Will he assure the House that humanitarian channels will stay open?

Mr Pennant: My hon. Friend makes an important point, and I can give him that assurance. Food and medicine are exempt, and they will remain exempt.

The door to diplomacy is not closed. As the E3 said in their letter, snapback is “not the end of diplomacy”. Our offer remains on the table until the sanctions take effect. In 2015 the then Foreign Secretary, Philip Hammond, told the House that the agreement was “a good deal for Britain and for the region”. He was right, and it is the collapse of that bargain, not its survival, that we are now managing. Ayatollah Khamenei said in 2018 that Europe could not be trusted either. Our task is to prove him wrong.

Mrs Ashby: Will the Minister confirm that, once the UN measures return, the Government will also reinstate the asset freezes lifted under our own regulations in 2016?

Mr Pennant: I can confirm that the relevant designations will be restored by statutory instrument. The hon. Lady will understand that I cannot go into the details today.

Question put and agreed to.

Resolved,

That this House has considered UK policy on Iran, sanctions and the restoration of UN measures under the Joint Comprehensive Plan of Action.
"""
write(DOC, "Iran: Sanctions and the Nuclear Agreement (Westminster Hall debate)", "Parliamentary Record Digest", PUB, TEXT)

d = Doc(DOC, PUB)
THU = D(2025, 8, 28)
LASTWEEK = ("2025-08-25", "2025-08-31")
E3 = ["e3", "france", "germany", "united kingdom", "britain"]
US = ["trump", "united states"]
# quotes
d.Q("snapback", ["term"], None, (), core=False)
d.Q("clear, deliberate and sustained", ["partial"], "E3", E3, THU)
d.Q("exhausted every avenue", ["partial"], "E3", E3, THU)
d.Q("the worst deal ever negotiated", ["partial", "term"], "Donald Trump", ["trump"], D(2018, 5))
d.Q("We kept our side of the bargain, and America tore it up.", ["direct"], None, (), core=False)
d.Q("unjustified, unlawful and without any legal basis", ["partial"], "Abbas Araghchi", ["araghchi"])
d.Q("Every time the politicians raise the temperature, the guards take it out on him.", ["direct"], None, (), LASTWEEK)
d.Q("with regret, but without hesitation", ["partial"], "David Lammy", ["lammy"], THU)
d.Q("sanctions", ["term"], None, (), ctx=("the word \"sanctions\"",))
d.Q("not the end of diplomacy", ["partial"], "E3", E3, THU)
d.Q("a good deal for Britain and for the region", ["partial"], "Philip Hammond", ["hammond"], D(2015))
# figures
d.F("within 30 days", 30, ["day"], "duration", "at_most", ["council", "decide", "snapback"])
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power", "signed", "agreement"])
d.F("three Governments", 3, ["government"], "count", subject_any=["government"], core=False)
d.F("six days", 6, ["day"], "duration", core=False)
d.F("at or below 3.67%", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("no more than 300 kilograms", 300, ["kilogram"], "measure", "at_most", ["uranium", "enriched"])
d.F("three years", 3, ["year"], "duration", subject_any=["iaea", "atomic", "certified", "complying"])
d.F("a year", 1, ["year"], "duration", core=False, ctx=("Iran waited a year",))
d.F("more than 400 kilograms", 400, ["kilogram"], "measure", "more_than", ["stockpile", "uranium"])
d.F("60%", 60, ["percent"], "percent", subject_any=["uranium", "enrich"])
d.F("up to six months", 6, ["month"], "duration", "up_to", ["snapback", "delay"])
d.F("nearly six years", 6, ["year"], "duration", "about", ["detention", "zaghari"])
d.F("£393.8 million", 393.8e6, ["gbp"], "money", subject_any=["debt"])
d.F("more than five years", 5, ["year"], "duration", "more_than", ["programme", "iran", "expanded"])
d.F("roughly ten weapons", 10, ["weapon"], "count", "about", ["material", "weapon"])
d.F("roughly 80,000 British Iranians", 80000, ["british iranian", "iranian", "person"], "count", "about", ["british iranian"])
# events
d.E("Last Thursday, the United Kingdom, France and Germany wrote to the President of the Security Council to trigger what is known as the \"snapback\" mechanism.",
    "wrote to the President of the Security Council", ["statement", "sanction", "other"], THU, E3)
d.E("In their letter the three Governments said that Iran's non-compliance had become \"clear, deliberate and sustained\", and that they had \"exhausted every avenue\" before taking this step.",
    "said", ["statement"], THU, E3 + ["governments"], core=False)
s = "Unless the Council decides otherwise within 30 days, every UN sanction lifted in 2016 will return at the end of this month."
d.E(s, "lifted in 2016", ["sanction"], D(2016), ["united nations", "un", "security council", "council"])
d.E(s, "will return at the end of this month", ["sanction"], D(2025, 9), ["united nations", "un", "security council", "council", "e3"], core=False)
s = "The agreement was signed in Vienna on 14 July 2015 by Iran and six world powers, and the Security Council endorsed it six days later."
d.E(s, "signed", ["agreement"], D(2015, 7, 14), ["iran", "world powers", "powers"])
d.E(s, "the Security Council endorsed it six days later", ["legislation", "agreement", "statement", "other"], D(2015, 7, 20), ["security council", "council", "united nations"])
d.E("Under it, Iran agreed to keep enrichment at or below 3.67%, to hold no more than 300 kilograms of enriched uranium and to accept the most intrusive inspections ever agreed.",
    "Iran agreed", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.E("For three years the International Atomic Energy Agency certified, report after report, that Iran was complying.",
    "certified", ["statement"], None, ["atomic", "iaea", "agency"], core=False)
s = "Then, in May 2018, President Trump withdrew the United States from what he called \"the worst deal ever negotiated\" and reimposed American sanctions."
d.E(s, "withdrew the United States", ["withdrawal"], D(2018, 5), US)
d.E(s, "reimposed American sanctions", ["sanction"], R(D(2018, 5), D(2018, 11)), US)
d.E("Iran waited a year, and then began to breach the limits step by step.", "began to breach the limits",
    ["withdrawal"], D(2019), ["iran"])
s = "The Iranian Foreign Minister, Abbas Araghchi, called the European move \"unjustified, unlawful and without any legal basis\", and his Government have warned that they may leave the nuclear non-proliferation treaty altogether."
d.E(s, "called", ["statement"], R(THU, (PUB, PUB)), ["araghchi"])
d.E(s, "have warned", ["threat", "statement"], None, ["iran", "araghchi", "government"])
d.E("The E3 offered in July to delay snapback by up to six months if Iran restored inspections, resumed talks with Washington and accounted for its stockpile.",
    "offered in July", ["negotiation", "statement", "other"], D(2025, 7), E3)
d.E("Talks in Geneva on 26 August failed to close the gap.", "Talks in Geneva", ["negotiation"], D(2025, 8, 26))
d.E("My constituent's brother has been held in Evin prison since January.", "has been held in Evin prison",
    ["seizure", "other"], R(D(2025, 1), (PUB, PUB)), core=False)
d.E("She wrote to me last week: \"Every time the politicians raise the temperature, the guards take it out on him.\"",
    "She wrote to me last week", ["statement"], LASTWEEK, core=False)
d.E("She was released only in March 2022, on the same day that the United Kingdom settled a £393.8 million debt it had owed Iran since the 1970s.",
    "was released", ["other", "seizure", "agreement"], D(2022, 3), ["iran"])
d.E("She was released only in March 2022, on the same day that the United Kingdom settled a £393.8 million debt it had owed Iran since the 1970s.",
    "settled a £393.8 million debt", ["agreement", "other"], D(2022, 3), ["united kingdom", "britain"])
d.E("The Foreign Secretary said on Thursday that the decision had been taken \"with regret, but without hesitation\".",
    "said on Thursday", ["statement"], THU, ["lammy", "foreign secretary", "united kingdom"])
s = "Since the strikes on Iranian facilities in June, the agency's inspectors have not been able to verify where that material is, and the law passed by the Majlis in July has limited their access still further."
d.E(s, "the strikes on Iranian facilities in June", ["attack", "war"], D(2025, 6))
d.E(s, "the law passed by the Majlis in July", ["legislation"], D(2025, 7), ["majlis", "parliament", "iran"])
d.E("As the E3 said in their letter, snapback is \"not the end of diplomacy\".", "As the E3 said in their letter",
    ["statement"], THU, E3, core=False)
d.E("In 2015 the then Foreign Secretary, Philip Hammond, told the House that the agreement was \"a good deal for Britain and for the region\".",
    "told the House", ["statement"], D(2015), ["hammond"])
d.E("Ayatollah Khamenei said in 2018 that Europe could not be trusted either.", "said in 2018", ["statement"], D(2018), ["khamenei"])
d.E("Will the Minister confirm that, once the UN measures return, the Government will also reinstate the asset freezes lifted under our own regulations in 2016?",
    "asset freezes lifted", ["sanction"], D(2016), ["united kingdom", "britain", "government"], core=False)
d.E("Question put and agreed to.", "agreed to", ["other", "legislation", "statement"], (PUB, PUB), ["house", "commons"], core=False)
d.save()
