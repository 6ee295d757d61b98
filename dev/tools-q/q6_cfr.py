from q0 import FDoc, D, R, write, author, meta_note

DOC = "dev-q-cfr-backgrounder-us-iran-mistrust-timeline"
PUB = "2025-07-14"  # a Monday, the tenth anniversary of the JCPOA
TEXT = """Backgrounder

U.S.-Iran Relations: Seven Decades of Mistrust

Last updated July 14, 2025 10:30 am (EST)

Written By
Eleanor Vasquez-Moradi and Theo Harrington-Sadeghi

Summary
• Iran's leaders trace their distrust of the United States to the 1953 coup; U.S. officials trace theirs to the 1979 hostage crisis.
• The 2015 nuclear deal capped Iran's enrichment at 3.67 percent, but the United States withdrew from it three years later.
• After a twelve-day war in June 2025, the two countries have no talks scheduled.

Introduction

Ten years ago today, Iran and six world powers concluded the Joint Comprehensive Plan of Action (JCPOA), the most ambitious attempt since 1979 to manage the hostility between Washington and Tehran. The agreement did not ask either side to trust the other. It replaced trust with inspections, and for three years the inspections held.

Today, that framework lies in ruins. Israel and the United States struck Iran's main nuclear sites in June, and Iran suspended its cooperation with the International Atomic Energy Agency (IAEA) on July 2. Before the war, the agency estimated that Iran held more than 400 kilograms of uranium enriched to up to 60 percent, enough, if further enriched, for roughly ten weapons.

Where does the mistrust come from?

For Iranians, the story usually begins with Operation Ajax, the CIA- and British-backed coup that removed a popular prime minister and returned the shah to full power. For Americans, it begins with the images of blindfolded diplomats in Tehran in 1979. Each side treats its own grievance as the first cause and the other's as a reaction.

Supreme Leader Ali Khamenei has repeatedly described negotiations with Washington as pointless. In February 2025, he told air force commanders that talks with the United States were "not intelligent, wise or honorable," citing the collapse of the 2015 deal as evidence.

"Iranian hard-liners did not need the U.S. withdrawal to distrust America, but it handed them the proof they had always claimed to have," said CFR Senior Fellow Leah Brandvold-Nasseri.

Timeline: U.S.-Iran Relations, 1953–2025

August 19, 1953: Army units and royalist crowds, organized with the help of the CIA and British intelligence, overthrow Prime Minister Mohammad Mosaddegh. The shah, who had fled the country days earlier, returns to Tehran three days later.

January 16, 1979: Mohammad Reza Pahlavi leaves Iran for the last time. Ayatollah Ruhollah Khomeini returns from exile on February 1, and the monarchy collapses ten days later.

November 4, 1979: Students loyal to Khomeini storm the U.S. Embassy in Tehran and take more than 60 Americans hostage. Eight days later, President Jimmy Carter halts oil imports from Iran; 52 of the hostages are held for 444 days.

April 7, 1980: The United States breaks diplomatic relations with Iran. A rescue mission fails in the desert later that month, killing eight U.S. servicemen.

January 20, 1981: The hostages are freed minutes after Ronald Reagan is sworn in, under the Algiers Accords signed the previous day.

July 3, 1988: The USS Vincennes shoots down Iran Air Flight 655 over the Persian Gulf, killing all 290 people aboard.

January 29, 2002: President George W. Bush names Iran part of an "axis of evil" in his State of the Union address.

July 14, 2015: Iran, the United States and five other powers sign the JCPOA in Vienna. On the day the deal was signed, President Barack Obama said in a televised address that it was "not built on trust" but "on verification."

January 16, 2016: The IAEA certifies that Iran has met its initial commitments, and UN and U.S. nuclear sanctions are lifted. Within hours, Iran releases four Americans in a prisoner exchange.

May 8, 2018: President Donald Trump withdraws the United States from the JCPOA and orders sanctions reimposed. A year later, Iran begins to exceed the deal's limits.

January 3, 2020: A U.S. drone strike near Baghdad's airport kills Qasem Soleimani, commander of the Quds Force. Five days later, Iran fires more than a dozen ballistic missiles at Al Asad air base in Iraq.

April 12, 2025: U.S. and Iranian negotiators meet in Muscat for the first of five rounds of Omani-mediated talks.

June 13, 2025: Israel launches strikes on Iranian nuclear and military sites, two days before a sixth round was due. The United States bombs Fordow, Natanz and Isfahan on June 22; Iran fires missiles at Al Udeid air base in Qatar the following day, and a ceasefire takes hold on June 24.

What comes next?

Iran's exports of about 1.6 million barrels per day, most of them to China, have so far survived the war. But the E3 countries have warned that they will move to restore UN sanctions by the end of August unless Iran resumes cooperation with inspectors, and no date has been set for new talks.
"""
write(DOC, "U.S.-Iran Relations: Seven Decades of Mistrust", "Council on Foreign Relations (style imitation)", PUB, TEXT)
author(DOC, "Eleanor Vasquez-Moradi and Theo Harrington-Sadeghi")
meta_note(DOC, "backgrounder in Council on Foreign Relations house style ('Backgrounder', 'Last updated ... (EST)', "
          "'Written By', a Summary of three bullets, question subheads, a dated timeline 1953-2025 with event-relative "
          "phrases), style imitation; the writers Eleanor Vasquez-Moradi and Theo Harrington-Sadeghi and the fellow Leah "
          "Brandvold-Nasseri are invented; 'not intelligent, wise or honorable' (Khamenei, 7 February 2025), 'axis of "
          "evil' (Bush, 29 January 2002) and 'not built on trust' / 'on verification' (Obama, 14 July 2015) are the "
          "speakers' well-known phrases; 'roughly ten weapons' and the export volume are plausible, not exact")

d = FDoc(DOC, PUB)
P = PUB
# quotes
d.Q("not intelligent, wise or honorable,", ["partial"], "Ali Khamenei", ["khamenei"], D(2025, 2))
d.Q("Iranian hard-liners did not need the U.S. withdrawal to distrust America, but it handed them the proof they had always claimed to have,",
    ["direct"], "Leah Brandvold-Nasseri", ["brandvold"], None)
d.Q("axis of evil", ["term", "partial"], "George W. Bush", ["bush"], D(2002, 1, 29))
d.Q("not built on trust", ["partial"], "Barack Obama", ["obama"], D(2015, 7, 14))
d.Q("on verification.", ["partial"], "Barack Obama", ["obama"], D(2015, 7, 14))
# figures
d.F("Seven Decades", 70, ["year"], "duration", "about", core=False)
d.F("3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrich"])
d.F("three years later", 3, ["year"], "duration", core=False)
d.F("twelve-day war", 12, ["day"], "duration", subject_any=["war"])
d.F("the two countries", 2, ["country"], "count", core=False)
d.F("Ten years ago", 10, ["year"], "duration", core=False)
d.F("six world powers", 6, ["power", "world power"], "count", subject_any=["power"])
d.F("for three years", 3, ["year"], "duration", core=False)
d.F("more than 400 kilograms", 400, ["kilogram", "kg"], "measure", "more_than", ["uranium"])
d.F("up to 60 percent", 60, ["percent"], "percent", "up_to", ["uranium", "enrich"])
d.F("roughly ten weapons", 10, ["weapon"], "count", "about", ["weapon"])
d.F("three days later", 3, ["day"], "duration", core=False)
d.F("ten days later", 10, ["day"], "duration", core=False)
d.F("more than 60 Americans", 60, ["american", "hostage", "person"], "count", "more_than", ["american", "hostage"])
d.F("Eight days later", 8, ["day"], "duration", core=False)
d.F("52 of the hostages", 52, ["hostage"], "count", subject_any=["hostage"])
d.F("444 days", 444, ["day"], "duration", subject_any=["hostage", "held"])
d.F("eight U.S. servicemen", 8, ["serviceman", "servicemen", "service member"], "count", subject_any=["servicem", "killed"])
d.F("all 290 people", 290, ["person", "people"], "count", subject_any=["people", "aboard", "killed"])
d.F("five other powers", 5, ["power"], "count", subject_any=["power"])
d.F("four Americans", 4, ["american"], "count", subject_any=["american", "prisoner"])
d.F("A year later", 1, ["year"], "duration", core=False)
d.F("Five days later", 5, ["day"], "duration", core=False)
d.F("more than a dozen ballistic missiles", 12, ["ballistic missile", "missile"], "count", "more_than", ["missile"])
d.F("five rounds", 5, ["round"], "count", subject_any=["round", "talks"])
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("about 1.6 million barrels per day", 1.6e6, ["barrel per day"], "measure", "about", ["export"])
# events
d.EV("to the 1953 coup", ["coup"], D(1953), [], core=False)
d.EV("the 1979 hostage crisis", ["seizure"], D(1979), [], core=False)
d.EV("The 2015 nuclear deal capped", ["agreement"], D(2015), [], core=False)
d.EV("the United States withdrew from it three years later", ["withdrawal"], D(2018), ["united states"], core=False)
d.EV("After a twelve-day war in June 2025", ["war"], D(2025, 6), [], core=False)
d.EV("Iran and six world powers concluded", ["agreement"], D(2015, 7, 14), ["iran", "world power"])
d.EV("Israel and the United States struck", ["attack"], D(2025, 6), ["israel", "united states"])
d.EV("Iran suspended its cooperation", ["withdrawal", "legislation", "other"], D(2025, 7, 2), ["iran"])
d.EV("the agency estimated", ["statement", "disclosure"], None, ["atomic energy", "iaea", "agency"], core=False)
d.EV("the CIA- and British-backed coup", ["coup"], None, ["cia", "central intelligence", "british"], core=False)
d.EV("has repeatedly described", ["statement"], None, ["khamenei"], core=False)
d.EV("he told air force commanders", ["statement"], D(2025, 2), ["khamenei"])
d.EV("citing the collapse of the 2015 deal", ["withdrawal"], None, [], core=False)
d.EV("said CFR Senior Fellow", ["statement"], None, ["brandvold"], core=False)
d.EV("overthrow Prime Minister Mohammad Mosaddegh", ["coup"], D(1953, 8, 19), ["cia", "central intelligence", "british", "army", "royalist"])
d.EV("who had fled the country days earlier", ["leadership_change", "other"], D(1953, 8), ["shah", "pahlavi"], core=False)
d.EV("returns to Tehran three days later", ["leadership_change"], D(1953, 8, 22), ["shah", "pahlavi"])
d.EV("Mohammad Reza Pahlavi leaves Iran", ["leadership_change"], D(1979, 1, 16), ["pahlavi"])
d.EV("Khomeini returns from exile on February 1", ["leadership_change"], D(1979, 2, 1), ["khomeini"])
d.EV("the monarchy collapses ten days later", ["revolution"], D(1979, 2, 11), [])
d.EV("storm the U.S. Embassy in Tehran", ["seizure"], D(1979, 11, 4), ["student"])
d.EV("halts oil imports from Iran", ["sanction"], D(1979, 11, 12), ["carter"])
d.EV("are held for 444 days", ["seizure"], R(D(1979, 11, 4), D(1981, 1, 20)), [], core=False)
d.EV("breaks diplomatic relations with Iran", ["other", "withdrawal"], D(1980, 4, 7), ["united states"])
d.EV("A rescue mission fails", ["attack", "other"], R(D(1980, 4, 8), D(1980, 4, 30)), ["united states"])
d.EV("The hostages are freed", ["other", "seizure", "agreement"], D(1981, 1, 20), [])
d.EV("Ronald Reagan is sworn in", ["leadership_change"], D(1981, 1, 20), ["reagan"])
d.EV("the Algiers Accords signed the previous day", ["agreement"], D(1981, 1, 19), [])
d.EV("shoots down Iran Air Flight 655", ["attack"], D(1988, 7, 3), ["vincennes", "united states"])
d.EV("names Iran part of an", ["designation", "statement"], D(2002, 1, 29), ["bush"])
d.EV("sign the JCPOA in Vienna", ["agreement"], D(2015, 7, 14), ["iran", "united states"])
d.EV("On the day the deal was signed", ["agreement"], D(2015, 7, 14), [], core=False)
d.EV("said in a televised address", ["statement"], D(2015, 7, 14), ["obama"])
d.EV("The IAEA certifies", ["statement", "other"], D(2016, 1, 16), ["iaea", "atomic energy"])
d.EV("nuclear sanctions are lifted", ["sanction"], D(2016, 1, 16), [])
d.EV("Iran releases four Americans", ["other", "seizure", "agreement"], R(D(2016, 1, 16), D(2016, 1, 17)), ["iran"])
d.EV("withdraws the United States from the JCPOA", ["withdrawal"], D(2018, 5, 8), ["trump"])
d.EV("orders sanctions reimposed", ["sanction"], D(2018, 5, 8), ["trump"])
d.EV("Iran begins to exceed", ["withdrawal", "other"], D(2019), ["iran"])
d.EV("kills Qasem Soleimani", ["attack"], D(2020, 1, 3), ["united states"])
d.EV("Iran fires more than a dozen", ["attack"], D(2020, 1, 8), ["iran"])
d.EV("meet in Muscat for the first of five rounds", ["negotiation"], D(2025, 4, 12), ["iran", "united states"])
d.EV("Israel launches strikes", ["attack"], D(2025, 6, 13), ["israel"])
d.EV("a sixth round was due", ["negotiation"], D(2025, 6, 15), [], core=False)
d.EV("The United States bombs Fordow", ["attack"], D(2025, 6, 22), ["united states"])
d.EV("Iran fires missiles at Al Udeid", ["attack"], D(2025, 6, 23), ["iran"])
d.EV("a ceasefire takes hold on June 24", ["agreement", "other"], D(2025, 6, 24), [])
d.EV("have so far survived the war", ["other"], None, [], core=False)
d.EV("the E3 countries have warned", ["statement", "threat"], None, ["e3"], core=False)
d.EV("restore UN sanctions by the end of August", ["sanction"], R(D(2025, 7, 14), D(2025, 8, 31)), ["e3"], core=False)
d.save()
