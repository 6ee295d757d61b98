import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h15 import write, PDoc, D, R, words

DOC = "ho15-uk-daily-urged-to-acknowledge-1953-coup-snapback"
PUB = "2025-08-18"  # a Monday
TEXT = """UK urged to acknowledge role in 1953 Iran coup as nuclear sanctions deadline nears
Campaigners say a formal admission of Britain's part in ousting Mohammad Mosaddegh could ease a relationship soured by decades of suspicion

Rowan Aldersley-Khan Diplomatic correspondent
Mon 18 Aug 2025 17.40 BST

British-Iranian academics and former diplomats have urged the government to formally acknowledge Britain's part in the 1953 coup in Iran, arguing that official silence has fed seven decades of suspicion in Tehran as ministers weigh whether to restore UN sanctions on the country within weeks.

In a letter to the foreign secretary, David Lammy, sent on Sunday, 41 signatories said Britain should follow the United States, which acknowledged the CIA's role in 2013, and "say plainly what every Iranian schoolchild already knows". The coup took place on 19 August 1953, and its anniversary falls on Tuesday.

"We are not asking for reparations, and we are not asking anyone to excuse the Islamic Republic," Dr Leila Farahani-Stowe, a historian at the University of Kelmscott who organised the letter, told the Guardian. "We are asking Britain to stop pretending it was a bystander."

Iran's parliament voted in March 1951 to nationalise the Anglo-Iranian Oil Company, the forerunner of BP, after years of disputes over a concession that gave Iran 16 per cent of the company's net profits. In 1950 the company earned about £170m, while Iran received about £16m in royalties, by most estimates. Britain answered with an embargo on Iranian oil, and in October 1952 Mosaddegh broke off diplomatic relations with London.

MI6 and the CIA then planned the operation that removed him, known in London as Operation Boot. After a first attempt failed on the night of 15 August 1953, crowds, army units and paid agitators brought the prime minister down four days later. He spent three years in prison and the rest of his life under house arrest until his death in 1967.

The CIA acknowledged its role in documents released in August 2013, and the US State Department published a volume of declassified records on the period in June 2017. Britain has never done so.

A spokesperson for the Foreign Office said: "We have received the letter and will respond in due course. The UK's focus is on the serious concerns about Iran's nuclear programme today."

Asked about the letter on Monday, the prime minister's official spokesperson said history "should not distract" from the decision facing the UK, France and Germany, which have said they will trigger the so-called snapback mechanism by the end of August unless Iran resumes cooperation with UN inspectors and returns to talks. "All options remain on the table," the spokesperson said.

Iran's embassy in London said in a statement on Sunday that Britain had "a long record of interference" in Iran's affairs, and accused the three European countries of having "no legal standing" to reimpose sanctions after failing to keep their own commitments under the 2015 nuclear deal. Iran has suspended its cooperation with the International Atomic Energy Agency since early July, after Israeli and US strikes on its nuclear sites in June.

Not everyone at Westminster is persuaded. "An apology for 1953 would not stop a single centrifuge," said Callum Breward-Nash, the Labour MP for Wexfordshire North.

Relations between London and Tehran have rarely recovered. Protesters stormed the British embassy in Tehran in November 2011, and it did not reopen until August 2015, a month after the nuclear deal was signed in Vienna. In March 2022 Britain settled a £393.8m debt over a cancelled 1970s tank order, on the day Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori were released after almost six years and more than four years in detention respectively.
"""
NOTE = ("held-out evaluation article written for the project; not a real publication. Imitates the layout and "
        "attribution habits of a Guardian news story (headline and standfirst, byline with role, `Mon 18 Aug 2025 "
        "17.40 BST` line, British spelling, \"told the Guardian\", \"A spokesperson for the Foreign Office said\", "
        "\"the prime minister's official spokesperson\", \"per cent\"). The writer Rowan Aldersley-Khan, the letter "
        "and its 41 signatories, Leila Farahani-Stowe, the University of Kelmscott, Callum Breward-Nash and his "
        "constituency are invented; the words given to the Foreign Office, the prime minister's spokesperson and "
        "Iran's embassy are invented; the company's 1950 profit and royalty figures are as commonly cited, not "
        "checked against the accounts.")
write(DOC, "UK urged to acknowledge role in 1953 Iran coup as nuclear sanctions deadline nears",
      "The Guardian (style imitation)", PUB, TEXT, NOTE, author="Rowan Aldersley-Khan")

d = PDoc(DOC, PUB)
MON, SUN = D(2025, 8, 18), D(2025, 8, 17)
FS = ["farahani"]
FO = ["foreign office", "foreign, commonwealth", "fcdo"]
DS = ["downing street", "prime minister", "starmer", "no 10", "spokesperson"]
EMB = ["embassy", "iran"]
# quotes
d.Q("say plainly what every Iranian schoolchild already knows", ["partial"], None, (), said=SUN)
d.Q("We are not asking for reparations, and we are not asking anyone to excuse the Islamic Republic,",
    ["direct"], "Leila Farahani-Stowe", FS)
d.Q("We are asking Britain to stop pretending it was a bystander.", ["direct"], "Leila Farahani-Stowe", FS)
d.Q("We have received the letter and will respond in due course. The UK's focus is on the serious concerns about Iran's nuclear programme today.",
    ["direct"], "Foreign, Commonwealth and Development Office", FO)
d.Q("should not distract", ["partial"], "Downing Street", DS, MON)
d.Q("All options remain on the table,", ["direct"], "Downing Street", DS, MON)
d.Q("a long record of interference", ["partial"], "Embassy of Iran in London", EMB, SUN)
d.Q("no legal standing", ["partial"], "Embassy of Iran in London", EMB, SUN)
d.Q("An apology for 1953 would not stop a single centrifuge,", ["direct"], "Callum Breward-Nash", ["breward"])

# figures
d.F("decades", 20, ["year"], "duration", "about", core=False)
d.F("seven decades", 70, ["year"], "duration", core=False)
d.F("41 signatories", 41, ["signatory"], "count", subject_any=["signator", "letter"])
d.F("16 per cent", 16, ["percent"], "percent", subject_any=["profit", "concession", "iran"])
d.F("about £170m", 1.7e8, ["gbp"], "money", "about", ["company", "earned", "profit"])
d.F("about £16m", 1.6e7, ["gbp"], "money", "about", ["royalt", "iran"])
d.F("four days later", 4, ["day"], "duration", core=False)
d.F("three years", 3, ["year"], "duration", subject_any=["prison", "mosaddegh"])
d.F("the three European countries", 3, ["country"], "count", core=False)
d.F("a single centrifuge", 1, ["centrifuge"], "count", core=False)
d.F("a month after", 1, ["month"], "duration", core=False)
d.F("£393.8m", 3.938e8, ["gbp"], "money", subject_any=["debt", "tank"])
d.F("almost six years", 6, ["year"], "duration", "about", ["detention", "zaghari"])
d.F("more than four years", 4, ["year"], "duration", "more_than", ["detention", "ashoori"])

# events
d.V("UK urged to acknowledge role in 1953 Iran coup", "urged", ["statement"], SUN, core=False)
d.V("UK urged to acknowledge role in 1953 Iran coup", "coup", ["coup"], D(1953), core=False)
d.V("Campaigners say a formal admission", "ousting", ["coup"], D(1953), core=False)
d.V("British-Iranian academics and former diplomats have urged", "have urged", ["statement"], SUN, ["academic", "diplomat", "signator"], core=False)
d.V("British-Iranian academics and former diplomats have urged", "1953 coup", ["coup"], D(1953), core=False)
d.V("British-Iranian academics and former diplomats have urged", "restore UN sanctions", ["sanction"], None, core=False)
d.V("In a letter to the foreign secretary, David Lammy, sent on Sunday", "sent on Sunday", ["statement"], SUN, ["signator", "academic"])
d.V("In a letter to the foreign secretary, David Lammy, sent on Sunday", "acknowledged", ["statement", "disclosure"], D(2013), ["united states", "cia"])
d.V("The coup took place on 19 August 1953", "coup took place", ["coup"], D(1953, 8, 19))
d.V("\"We are not asking for reparations", "organised the letter", ["other", "statement"], SUN, FS, core=False)
d.V("\"We are not asking for reparations", "told the Guardian", ["statement"], None, FS, core=False)
d.V("Iran's parliament voted in March 1951", "voted", ["legislation"], D(1951, 3), ["parliament", "majlis"])
d.V("Iran's parliament voted in March 1951", "disputes", ["other"], None, core=False)
d.V("In 1950 the company earned about", "earned", ["other"], D(1950), ["company", "anglo-iranian"], core=False)
d.V("Britain answered with an embargo", "embargo", ["sanction"], None, ["britain", "united kingdom"])
d.V("Britain answered with an embargo", "broke off diplomatic relations", ["withdrawal", "other"], D(1952, 10), ["mosaddegh"])
d.V("MI6 and the CIA then planned the operation", "planned", ["other", "support"], None, ["mi6", "cia"], core=False)
d.V("After a first attempt failed on the night of 15 August 1953", "failed", ["coup", "other"], D(1953, 8, 15))
d.V("After a first attempt failed on the night of 15 August 1953", "brought the prime minister down", ["coup"], D(1953, 8, 19), ["crowd", "army", "agitator"])
d.V("He spent three years in prison", "his death", ["other"], D(1967))
d.V("He spent three years in prison", "spent three years in prison", ["seizure", "other"], None, core=False)
d.V("The CIA acknowledged its role in documents released in August 2013", "acknowledged", ["statement", "disclosure"], D(2013, 8), ["cia"])
d.V("The CIA acknowledged its role in documents released in August 2013", "published", ["disclosure"], D(2017, 6), ["state department"])
d.V("A spokesperson for the Foreign Office said", "said", ["statement"], None, FO, core=False)
d.V("Asked about the letter on Monday", "said", ["statement"], MON, DS)
d.V("Asked about the letter on Monday", "have said", ["statement"], None, ["uk", "france", "germany"], core=False)
d.V("Asked about the letter on Monday", "trigger", ["sanction", "threat"], R(MON, D(2025, 8, 31)), ["uk", "france", "germany"], core=False)
d.V("\"All options remain on the table,\" the spokesperson said.", "the spokesperson said", ["statement"], MON, DS, core=False)
d.V("Iran's embassy in London said in a statement on Sunday", "said in a statement", ["statement"], SUN, EMB)
d.V("Iran's embassy in London said in a statement on Sunday", "accused", ["statement"], SUN, EMB, core=False)
d.V("Iran has suspended its cooperation with the International Atomic Energy Agency", "has suspended", ["withdrawal", "other"], R(D(2025, 7, 1), D(2025, 7, 10)), ["iran"])
d.V("Iran has suspended its cooperation with the International Atomic Energy Agency", "strikes", ["attack"], D(2025, 6), ["israel", "us", "united states"])
d.V("\"An apology for 1953 would not stop", "said Callum Breward-Nash", ["statement"], None, ["breward"], core=False)
d.V("Protesters stormed the British embassy in Tehran", "stormed", ["seizure", "attack"], D(2011, 11), ["protester"])
d.V("Protesters stormed the British embassy in Tehran", "reopen", ["other"], D(2015, 8))
d.V("Protesters stormed the British embassy in Tehran", "was signed", ["agreement"], D(2015, 7))
d.V("In March 2022 Britain settled", "settled", ["agreement", "other"], D(2022, 3), ["britain", "united kingdom"])
d.V("In March 2022 Britain settled", "were released", ["other", "seizure", "agreement"], D(2022, 3))
d.save()
print(DOC, words(DOC), "words")
