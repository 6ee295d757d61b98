import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h14 import write, PDoc, D, R

DOC = "ho14-senate-resolution-embassy-seizure-46th-anniversary"
PUB = "2025-11-04"  # a Tuesday: the date of submission in the action line
TEXT = """III
119th CONGRESS
1st Session
S. RES. 481
Recognizing the 46th anniversary of the seizure of the United States Embassy in Tehran and expressing the sense of the Senate on the conditions for any future agreement with the Islamic Republic of Iran.

IN THE SENATE OF THE UNITED STATES
November 4, 2025
Mr. Hartwell (for himself, Ms. Oyelaran-Briggs, and Mr. Delacourt) submitted the following resolution; which was referred to the Committee on Foreign Relations

RESOLUTION
Recognizing the 46th anniversary of the seizure of the United States Embassy in Tehran and expressing the sense of the Senate on the conditions for any future agreement with the Islamic Republic of Iran.

Whereas on August 19, 1953, the elected Government of Prime Minister Mohammad Mosaddegh of Iran was overthrown in a coup supported by the Central Intelligence Agency and the British Secret Intelligence Service, an event that leaders of the Islamic Republic of Iran have invoked for decades as grounds for distrust of the United States;
Whereas on November 4, 1979, militants loyal to Ayatollah Ruhollah Khomeini stormed the United States Embassy in Tehran and took more than 60 Americans hostage;
Whereas 52 of those Americans were held for 444 days, subjected to mock executions, beatings and prolonged solitary confinement, and were released on January 20, 1981, minutes after the inauguration of President Ronald Reagan;
Whereas on April 24, 1980, eight United States servicemembers were killed in the Iranian desert during Operation Eagle Claw, an attempt to rescue the hostages;
Whereas the United States and Iran signed the Algiers Accords on January 19, 1981, under which the United States pledged not to intervene in the internal affairs of Iran and the Iran-United States Claims Tribunal was established;
Whereas on October 23, 1983, a suicide bombing by Hizballah, a terrorist organization supported by Iran, killed 241 United States service members at their barracks in Beirut, Lebanon;
Whereas on July 14, 2015, the United States, the United Kingdom, France, Germany, the Russian Federation, the People's Republic of China, and Iran concluded the Joint Comprehensive Plan of Action (JCPOA), which capped Iran's enrichment of uranium at 3.67 percent;
Whereas on May 8, 2018, the United States ended its participation in the JCPOA and began reimposing sanctions that had been lifted under the agreement;
Whereas on January 3, 2020, a United States strike near Baghdad International Airport killed Major General Qasem Soleimani, the commander of the Islamic Revolutionary Guard Corps-Quds Force;
Whereas on January 8, 2020, Iran fired more than a dozen ballistic missiles at Al Asad Air Base and a facility near Erbil in Iraq, and more than 100 United States service members were later diagnosed with traumatic brain injuries;
Whereas between April 12, 2025, and May 23, 2025, representatives of the United States and Iran held five rounds of indirect talks mediated by the Sultanate of Oman;
Whereas on June 13, 2025, Israel began military strikes against nuclear and military targets in Iran, and on June 22, 2025, United States forces struck the nuclear facilities at Fordow, Natanz, and Isfahan;
Whereas on June 23, 2025, Iran launched missiles at Al Udeid Air Base in Qatar, and a ceasefire between Israel and Iran took effect on June 24, 2025;
Whereas on August 28, 2025, the United Kingdom, France, and Germany notified the United Nations Security Council of Iran's significant non-performance of its commitments under the JCPOA, and United Nations sanctions on Iran were restored on September 28, 2025;
Whereas on September 23, 2025, Supreme Leader Ali Khamenei described negotiations with the United States as "a complete dead end" for Iran; and
Whereas Iran continues to detain citizens and lawful permanent residents of the United States on spurious charges: Now, therefore, be it
Resolved, That the Senate—
(1) honors the 52 Americans held hostage in Iran from November 4, 1979, to January 20, 1981, and the 8 servicemembers who gave their lives in the attempt to rescue them;
(2) condemns the continued detention of United States citizens and lawful permanent residents by the Government of Iran;
(3) affirms that any future agreement with Iran must be verifiable, must bar enrichment of uranium on Iranian territory, and must be submitted to the Senate as a treaty; and
(4) calls on the President to consult with Congress at least 30 days before concluding any such agreement.
"""
NOTE = ("held-out evaluation document written for the project; not a real publication. Imitates the layout of a "
        "US Senate simple resolution as introduced (distribution code, Congress and session lines, `S. RES.` number, "
        "`IN THE SENATE OF THE UNITED STATES`, action line, `Whereas …;` clauses, `Resolved, That the Senate—` "
        "with numbered paragraphs). The resolution, its number 481 and its sponsors (Mr. Hartwell, "
        "Ms. Oyelaran-Briggs, Mr. Delacourt) are invented; the facts recited are historical; Khamenei's words are "
        "paraphrased.")
write(DOC, "S. Res. 481: Recognizing the 46th anniversary of the seizure of the United States Embassy in Tehran (style imitation)",
      "U.S. Senate (style imitation)", PUB, TEXT, NOTE)

d = PDoc(DOC, PUB)
SEN = ["senate"]
# quotes
d.Q("a complete dead end", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 9, 23))

# figures
d.F("more than 60 Americans", 60, ["american"], "count", "more_than", ["hostage", "american"])
d.F("52", 52, ["american"], "count", subject_any=["american", "hostage"], ctx=("52 of those Americans",))
d.F("444 days", 444, ["day"], "duration", subject_any=["held", "hostage"])
d.F("eight United States servicemembers", 8, ["servicemember", "service member"], "count", subject_any=["servicemember", "killed"])
d.F("241 United States service members", 241, ["service member", "servicemember"], "count", subject_any=["service member", "killed"])
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment"])
d.F("more than a dozen ballistic missiles", 12, ["ballistic missile", "missile"], "count", "more_than", ["missile"])
d.F("more than 100 United States service members", 100, ["service member", "servicemember"], "count", "more_than", ["service member", "brain"])
d.F("five rounds", 5, ["round"], "count", subject_any=["talks", "round"])
d.F("the 52 Americans", 52, ["american"], "count", subject_any=["american", "hostage"])
d.F("the 8 servicemembers", 8, ["servicemember", "service member"], "count", subject_any=["servicemember"])
d.F("at least 30 days", 30, ["day"], "duration", "at_least", core=False)  # a deadline
d.F("for decades", 20, ["year"], "duration", "about", core=False)  # vague

# events: the action line's submission is the document's dated happening; the two title lines are headlines
TITLE = "Recognizing the 46th anniversary of the seizure"
d.V(TITLE, "seizure", ["seizure"], D(1979, 11, 4), core=False)
d.V(TITLE, "seizure", ["seizure"], D(1979, 11, 4), core=False, occ=1)
d.V("Mr. Hartwell (for himself", "submitted", ["legislation", "statement", "other"], D(2025, 11, 4), ["hartwell", "senat"])
d.V("Mr. Hartwell (for himself", "referred", ["other", "legislation"], D(2025, 11, 4), [], core=False)
d.V("Whereas on August 19, 1953", "overthrown", ["coup"], D(1953, 8, 19), ["central intelligence agency", "british secret intelligence service", "cia"])
d.V("Whereas on August 19, 1953", "have invoked", ["statement"], None, ["leader", "iran"], core=False)
d.V("Whereas on November 4, 1979", "stormed", ["seizure"], D(1979, 11, 4), ["militant"])
d.V("Whereas on November 4, 1979", "took more than 60 Americans hostage", ["seizure"], D(1979, 11, 4), ["militant"], core=False)
d.V("Whereas 52 of those Americans", "were held", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.V("Whereas 52 of those Americans", "were released", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.V("Whereas 52 of those Americans", "inauguration", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.V("Whereas on April 24, 1980", "were killed", ["attack", "other"], D(1980, 4, 24), [])
d.V("Whereas the United States and Iran signed the Algiers Accords", "signed", ["agreement"], D(1981, 1, 19), ["united states", "iran"])
d.V("Whereas the United States and Iran signed the Algiers Accords", "was established", ["agreement", "other"], D(1981, 1, 19), [], core=False)
d.V("Whereas on October 23, 1983", "suicide bombing", ["attack"], D(1983, 10, 23), ["hizballah", "hezbollah"])
d.V("Whereas on July 14, 2015", "concluded", ["agreement"], D(2015, 7, 14), ["united states", "iran"])
d.V("Whereas on May 8, 2018", "ended its participation", ["withdrawal"], D(2018, 5, 8), ["united states"])
d.V("Whereas on May 8, 2018", "began reimposing sanctions", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 30)), ["united states"])
d.V("Whereas on January 3, 2020", "killed", ["attack"], D(2020, 1, 3), ["united states"])
d.V("Whereas on January 8, 2020", "fired", ["attack"], D(2020, 1, 8), ["iran"])
d.V("Whereas on January 8, 2020", "were later diagnosed", ["other"], None, [], core=False)
d.V("Whereas between April 12, 2025", "held five rounds of indirect talks", ["negotiation"], R(D(2025, 4, 12), D(2025, 5, 23)), ["united states", "iran"])
d.V("Whereas on June 13, 2025", "began military strikes", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.V("Whereas on June 13, 2025", "struck", ["attack"], D(2025, 6, 22), ["united states"])
d.V("Whereas on June 23, 2025", "launched missiles", ["attack"], D(2025, 6, 23), ["iran"])
d.V("Whereas on June 23, 2025", "ceasefire", ["agreement", "other"], D(2025, 6, 24), [])
d.V("Whereas on August 28, 2025", "notified", ["statement", "sanction", "other"], D(2025, 8, 28), ["united kingdom", "france", "germany"])
d.V("Whereas on August 28, 2025", "were restored", ["sanction"], D(2025, 9, 28), [])
d.V("Whereas on September 23, 2025", "described", ["statement"], D(2025, 9, 23), ["khamenei"])
d.V("Whereas Iran continues to detain", "continues to detain", ["seizure", "other"], None, ["iran"], core=False)
# resolving clauses: the Senate's own words in a resolution only submitted (core false)
d.V("(1) honors the 52 Americans", "honors", ["statement"], None, SEN, core=False)
d.V("(2) condemns the continued detention", "condemns", ["statement"], None, SEN, core=False)
d.V("(3) affirms that any future agreement", "affirms", ["statement"], None, SEN, core=False)
d.V("(4) calls on the President", "calls on", ["statement"], None, SEN, core=False)
d.save()
