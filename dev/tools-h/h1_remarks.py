from mk import write
from fx import FDoc, D, R

DOC = "dev-h-whitehouse-remarks-implementation-day"
PUB = "2016-01-17"  # a Sunday
TEXT = """THE WHITE HOUSE
Office of the Press Secretary

FOR IMMEDIATE RELEASE
January 17, 2016

REMARKS BY THE PRESIDENT ON IRAN

East Room

11:04 A.M. EST

THE PRESIDENT: Good morning, everybody. Please, have a seat. (Applause.)

For the first time in more than three decades, I can report a weekend of real progress with Iran. Yesterday, our negotiators and the International Atomic Energy Agency confirmed that Iran has completed the steps it promised to take under the nuclear agreement. Iran has shipped 98 percent of its stockpile of enriched uranium out of the country. It has dismantled about 13,000 centrifuges. It has filled the core of its reactor at Arak with concrete. (Applause.)

Those are not my claims. They are the findings of inspectors who now watch Iran's key nuclear sites around the clock. As a result, the sanctions relating to Iran's nuclear program were lifted yesterday by the United States and our partners.

I also want to speak about families who have waited far too long. Last night, four Americans who had been unjustly detained in Iran boarded a Swiss aircraft and left Tehran. Another American, a student, was released separately earlier in the day. One of them had been held for more than 540 days. (Applause.)

When I spoke with one of the mothers last week, she told me, "I will believe it when I can hug him." One family wrote to me that "we never stopped setting a place at the table." This morning one of the men sent word from Geneva through our diplomats: "Tell my family I am on my way." (Applause.)

In return, the United States agreed to grant clemency to seven people, six of them dual citizens, who had been charged with or convicted of sanctions violations. We also dropped charges against 14 others who were outside the country. None of them was charged with terrorism or violence.

We are also settling a long-standing claim at The Hague. For 35 years, our two governments have argued before a tribunal over a trust fund that the Shah's government used to buy American military equipment. Iran will receive $400 million from that fund, plus about $1.3 billion in interest. Tehran had been seeking as much as $10 billion.

Our differences with Iran remain profound. Its missile tests violate United Nations resolutions, and today the Treasury Department imposed sanctions on 11 individuals and entities involved in its ballistic missile program.

In 1979, when students seized our embassy, a generation of Americans learned to see Iran only through the hostage crisis. Fourteen months later, the hostages came home, but normal relations never did. I do not expect that to change overnight. President Kennedy said in his inaugural address, "Let us never negotiate out of fear. But let us never fear to negotiate." But as I said in my State of the Union address on Tuesday, "we can resolve disputes without war." (Applause.)

THE PRESIDENT: I'll take a couple of questions.

Q Thank you, Mr. President. Some of your critics in Congress said on Saturday that the $400 million was "a ransom." Is it?

THE PRESIDENT: No. It is Iran's own money, and the timing followed the tribunal's calendar. We do not pay ransom for hostages, and we did not pay it here.

Q Mr. President, the Supreme Leader said on Wednesday that America "cannot be trusted." Do you trust Iran?

THE PRESIDENT: This deal was never built on trust. It was built on verification. The Speaker of the House called it "a dangerous gamble" in a statement yesterday, and I respect his concern, but the inspectors are there and the uranium is gone.

Q Mr. President, Iran's foreign minister said this morning that his country "has kept its word." Has the United States?

THE PRESIDENT: We have kept ours, and we will keep watching.

Q The Israeli Prime Minister said on Friday that Iran "has not abandoned its ambitions." What do you say to him?

THE PRESIDENT: I say that the inspectors will tell us if that changes, and that every option remains on the table.

Q What about the former FBI agent who disappeared on Kish Island?

THE PRESIDENT: We have not forgotten him. He vanished nearly nine years ago, and Iran has committed to help us find him. His family deserves answers.

Q And the missile sanctions -- will there be more?

THE PRESIDENT: I've said what I have to say. Thank you, everybody. (Applause.)

END 11:19 A.M. EST
"""
write(DOC, "Remarks by the President on Iran", "White House transcript (style imitation)", PUB, TEXT)

d = FDoc(DOC, PUB)
Y = D(2016, 1, 16)
T = D(2016, 1, 17)
OVN = ("2016-01-16", "2016-01-17")
REL = ["other", "seizure", "agreement"]
P = ["obama", "president"]
d.Q("I will believe it when I can hug him.", ["direct"], None, [], D(2016, 1, 4) and ("2016-01-04", "2016-01-10"))
d.Q("we never stopped setting a place at the table.", ["partial", "direct"], None, [], None)
d.Q("Let us never negotiate out of fear. But let us never fear to negotiate.", ["direct"], "John F. Kennedy", ["kennedy"], D(1961, 1, 20))
d.Q("has kept its word.", ["partial"], "Iran's foreign minister", ["zarif", "foreign minister"], T)
d.Q("has not abandoned its ambitions.", ["partial"], "Israeli Prime Minister", ["netanyahu", "prime minister"], D(2016, 1, 15))
d.Q("Tell my family I am on my way.", ["direct"], None, [], T)
d.Q("we can resolve disputes without war.", ["direct", "partial"], "Barack Obama", P, D(2016, 1, 12))
d.Q("a ransom.", ["partial", "term"], "critics in Congress", ["critic", "congress"], Y, core=False)
d.Q("cannot be trusted.", ["partial"], "Ali Khamenei", ["khamenei", "supreme leader", "leader"], D(2016, 1, 13))
d.Q("a dangerous gamble", ["partial"], "Speaker of the House", ["speaker of the house", "speaker", "house"], Y)
# figures
d.F("more than three decades", 30, ["year"], "duration", "more_than", ["progress", "iran"])
d.F("98 percent", 98, ["percent"], "percent", subject_any=["stockpile", "uranium"])
d.F("about 13,000 centrifuges", 13000, ["centrifuge"], "count", "about", ["centrifuge"])
d.F("four Americans", 4, ["american"], "count", subject_any=["american"])
d.F("more than 540 days", 540, ["day"], "duration", "more_than", ["held", "detain", "american"])
d.F("seven people", 7, ["people", "person"], "count", subject_any=["clemency", "people", "person"])
d.F("six of them", 6, ["dual citizen", "citizen", "people", "person"], "count", subject_any=["dual", "citizen"], core=False)
d.F("14 others", 14, ["other", "person", "people"], "count", subject_any=["charge", "other"])
d.F("35 years", 35, ["year"], "duration", subject_any=["tribunal", "claim", "argu"])
d.F("two governments", 2, ["government"], "count", core=False)
d.F("$400 million", 4e8, ["usd"], "money", subject_any=["fund", "iran", "claim", "settle"])
d.F("about $1.3 billion", 1.3e9, ["usd"], "money", "about", ["interest"])
d.F("as much as $10 billion", 1e10, ["usd"], "money", "up_to", ["seeking", "tehran", "claim", "iran"])
d.F("11 individuals and entities", 11, ["individual", "individuals and entity", "individual and entity", "entity"], "count", subject_any=["individual", "entit", "sanction"])
d.F("Fourteen months later", 14, ["month"], "duration", core=False)
d.F("$400 million", 4e8, ["usd"], "money", subject_any=["ransom", "critic", "fund"], occ=1)
d.F("nearly nine years ago", 9, ["year"], "duration", "about", core=False)
# events
d.EV("the International Atomic Energy Agency confirmed", ["statement"], Y, ["international atomic energy agency", "iaea", "negotiator", "united states"])
d.EV("Iran has shipped 98 percent", ["other"], None, ["iran"], core=False)
d.EV("were lifted yesterday by the United States", ["sanction"], Y, ["united states", "partners"])
d.EV("boarded a Swiss aircraft and left Tehran", REL, OVN, [])
d.EV("had been unjustly detained in Iran", ["seizure"], None, ["iran"], core=False)
d.EV("was released separately", REL, Y, [])
d.EV("she told me", ["statement"], ("2016-01-04", "2016-01-10"), [], core=False)
d.EV("one of the men sent word from Geneva", ["statement"], T, [], core=False)
d.EV("agreed to grant clemency to seven people", ["agreement", "other"], None, ["united states"])
d.EV("We also dropped charges", ["other", "agreement"], None, ["united states", "we"], core=False)
d.EV("We are also settling a long-standing claim", ["agreement"], None, ["united states", "we"])
d.EV("today the Treasury Department imposed sanctions", ["sanction", "designation"], T, ["treasury"])
d.EV("when students seized our embassy", ["seizure"], D(1979), ["students"])
d.EV("the hostages came home", REL, D(1981), [], core=False)
d.EV("as I said in my State of the Union address on Tuesday", ["statement"], D(2016, 1, 12), ["obama", "president"])
d.EV("Some of your critics in Congress said on Saturday", ["statement"], Y, ["critic", "congress"], core=False)
d.EV("the Supreme Leader said on Wednesday", ["statement"], D(2016, 1, 13), ["khamenei", "supreme leader", "leader"])
d.EV("The Speaker of the House called it", ["statement"], Y, ["speaker of the house", "speaker"])
d.EV("One family wrote to me", ["statement"], None, [], core=False)
d.EV("President Kennedy said in his inaugural address", ["statement"], D(1961, 1, 20), ["kennedy"], core=False)
d.EV("Iran's foreign minister said this morning", ["statement"], T, ["zarif", "foreign minister", "iran"])
d.EV("The Israeli Prime Minister said on Friday", ["statement"], D(2016, 1, 15), ["netanyahu", "prime minister", "israel"])
d.EV("He vanished nearly nine years ago", ["seizure", "other"], None, [], core=False)
d.EV("Iran has committed to help us find him", ["agreement", "statement"], None, ["iran"], core=False)
d.EV("REMARKS BY THE PRESIDENT ON IRAN", ["statement"], T, ["obama", "president"], core=False)
d.save()
