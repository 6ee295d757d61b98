from mk import write
from fx import FDoc, D, R

DOC = "dev-f-social-strikes-post-by-post"
PUB = "2025-06-23"  # a Monday
TEXT = """How the strikes on Iran played out online, post by post

By Corinne Mabry | Signal & Noise | Monday, June 23, 2025

The first word that the United States had bombed Iran's nuclear sites came not from the Pentagon but from a social network.

In a post at 7:50 p.m. Eastern time on Saturday, President Donald Trump wrote on Truth Social that American forces had carried out what he called "a very successful attack" on three nuclear sites in Iran, naming Fordow, Natanz and Esfahan. "Every plane is safely on its way home," he added. The post was shared more than 40,000 times within an hour.

About two hours later, Trump addressed the nation from the White House and said the sites had been "completely and totally obliterated." He warned that Iran would face far greater attacks if it did not make peace.

Iran's foreign minister, Abbas Araghchi, answered on X at 8:12 a.m. Tehran time on Sunday. ‘The events of this morning are outrageous and will have everlasting consequences,’ Araghchi wrote, adding that his country "reserves all options" to defend itself. In a second post he accused Washington of betraying diplomacy "in the middle of talks". It was the same complaint he had made on June 13, when Israel began its own strikes two days before a scheduled round of talks in Muscat.

Israeli Prime Minister Benjamin Netanyahu posted a video on X early on Sunday congratulating Trump. He called the decision “history-changing” and said: “Peace comes through strength. Tonight America showed strength.”

Not everyone in Washington cheered. Rep. Carl Denholm (D-Ore.) wrote on X at 8:31 p.m. on Saturday: "Congress was not asked. Congress was not told. That is not how a republic goes to war." Denholm said in a later post that he would back a war powers resolution, and about 60 House members had signed on to a similar measure by Sunday night.

Defense Secretary Pete Hegseth told reporters at the Pentagon on Sunday morning that seven B-2 bombers had dropped 14 bunker-buster bombs on Fordow and Natanz in an operation involving more than 125 aircraft. Hegseth's office later posted the briefing on X under the name 'Operation Midnight Hammer'.

Vice President JD Vance said in a televised interview on Sunday that the United States was at war with "Iran's nuclear program," not with Iran. His remarks were clipped and reposted thousands of times, often next to older posts in which he had opposed new wars in the Middle East.

Rafael Grossi, the director general of the International Atomic Energy Agency, wrote on X on Sunday that no increase in off-site radiation levels had been reported. He said he would convene an emergency board meeting on Monday.

In Tehran, the hard-line lawmaker Hossein Dabiri posted that "the era of talks with America is over", a line that trended on Persian-language X for most of the day. A reformist newspaper editor, Nasrin Sohrabi, disagreed in a reply: "Anger is not a policy. We have been here before, in 1988, and we know how it ends."

Then, in a post at 9:14 p.m. on Sunday, Trump wrote that it was not "politically correct" to speak of "regime change," but asked why there should not be one if Iran's leaders could not make their country great again. The post drew about 18,000 replies overnight.

Early on Monday, an account run by the office of Supreme Leader Ayatollah Ali Khamenei posted a short message in English and Persian: "The punishment continues." The Leader has not appeared in public since the strikes.
"""
write(DOC, "How the strikes on Iran played out online, post by post", "Signal & Noise", PUB, TEXT)

d = FDoc(DOC, PUB)
SAT, SUN, MON = D(2025, 6, 21), D(2025, 6, 22), D(2025, 6, 23)
STRIKE = ("2025-06-21", "2025-06-22")
T = ["trump"]
d.Q("a very successful attack", ["partial"], "Donald Trump", T, SAT)
d.Q("Every plane is safely on its way home,", ["direct"], "Donald Trump", T, SAT)
d.Q("completely and totally obliterated.", ["partial"], "Donald Trump", T, SAT)
d.Q("The events of this morning are outrageous and will have everlasting consequences,", ["direct"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("reserves all options", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("in the middle of talks", ["partial"], "Abbas Araghchi", ["araghchi"], SUN)
d.Q("history-changing", ["partial"], "Benjamin Netanyahu", ["netanyahu"], SUN)
d.Q("Peace comes through strength. Tonight America showed strength.", ["direct"], "Benjamin Netanyahu", ["netanyahu"], SUN)
d.Q("Congress was not asked. Congress was not told. That is not how a republic goes to war.", ["direct"], "Carl Denholm", ["denholm"], SAT)
d.Q("Operation Midnight Hammer", ["term"], None, (), core=False)
d.Q("Iran's nuclear program,", ["partial"], "JD Vance", ["vance"], SUN)
d.Q("the era of talks with America is over", ["partial", "direct"], "Hossein Dabiri", ["dabiri"], SUN)
d.Q("Anger is not a policy. We have been here before, in 1988, and we know how it ends.", ["direct"], "Nasrin Sohrabi", ["sohrabi"], SUN)
d.Q("politically correct", ["partial"], "Donald Trump", T, SUN)
d.Q("regime change,", ["term", "partial"], "Donald Trump", T, SUN)
d.Q("The punishment continues.", ["direct"], "Ali Khamenei", ["khamenei"], MON)
# figures
d.F("7:50 p.m.", None, ["clock time"], "measure", core=False)
d.F("three nuclear sites", 3, ["nuclear site", "site"], "count", subject_any=["site"])
d.F("more than 40,000 times", 40000, ["time"], "count", "more_than", ["post", "shared"])
d.F("an hour", 1, ["hour"], "duration", core=False)
d.F("About two hours later", 2, ["hour"], "duration", "about", core=False)
d.F("8:12 a.m.", None, ["clock time"], "measure", core=False)
d.F("two days before", 2, ["day"], "duration", core=False)
d.F("8:31 p.m.", None, ["clock time"], "measure", core=False)
d.F("about 60 House members", 60, ["house member", "member"], "count", "about", ["house member", "member", "measure"])
d.F("seven B-2 bombers", 7, ["b-2 bomber", "bomber"], "count", subject_any=["bomber", "b-2"])
d.F("14 bunker-buster bombs", 14, ["bunker-buster bomb", "bomb"], "count", subject_any=["bomb"])
d.F("more than 125 aircraft", 125, ["aircraft"], "count", "more_than", ["aircraft", "operation"])
d.F("thousands of times", 2000, ["time"], "count", "about", core=False)
d.F("9:14 p.m.", None, ["clock time"], "measure", core=False)
d.F("about 18,000 replies", 18000, ["reply"], "count", "about", ["post", "repl"])
# events
d.EV("had bombed Iran's nuclear sites", ["attack"], STRIKE, ["united states"])
d.EV("President Donald Trump wrote on Truth Social", ["statement"], SAT, T)
d.EV('"a very successful attack"', ["attack"], STRIKE, ["united states", "american"], core=False)
d.EV("he added", ["statement"], SAT, T, core=False)
d.EV("Trump addressed the nation", ["statement"], SAT, T)
d.EV("He warned that Iran would face far greater attacks", ["threat"], SAT, T)
d.EV("answered on X", ["statement"], SUN, ["araghchi"])
d.EV("Araghchi wrote", ["statement"], SUN, ["araghchi"], core=False)
d.EV("In a second post he accused Washington", ["statement"], SUN, ["araghchi"])
d.EV("the same complaint he had made on June 13", ["statement"], D(2025, 6, 13), ["araghchi"])
d.EV("Israel began its own strikes", ["attack", "war"], D(2025, 6, 13), ["israel"])
d.EV("a scheduled round of talks in Muscat", ["negotiation"], D(2025, 6, 15), core=False)
d.EV("posted a video on X early on Sunday", ["statement"], SUN, ["netanyahu"])
d.EV("wrote on X at 8:31 p.m. on Saturday", ["statement"], SAT, ["denholm"])
d.EV("Denholm said in a later post", ["statement"], None, ["denholm"], core=False)
d.EV("told reporters at the Pentagon on Sunday morning", ["statement"], SUN, ["hegseth"])
d.EV("had dropped 14 bunker-buster bombs", ["attack"], STRIKE, ["united states", "b-2", "hegseth"], core=False)
d.EV("Hegseth's office later posted the briefing", ["disclosure", "statement"], SUN, ["hegseth"], core=False)
d.EV("said in a televised interview on Sunday", ["statement"], SUN, ["vance"])
d.EV("wrote on X on Sunday", ["statement"], SUN, ["grossi", "international atomic"])
d.EV("He said he would convene an emergency board meeting on Monday", ["negotiation", "other"], MON, ["grossi", "international atomic"], core=False)
d.EV("Hossein Dabiri posted", ["statement"], None, ["dabiri"])
d.EV("disagreed in a reply", ["statement"], None, ["sohrabi"])
d.EV("in a post at 9:14 p.m. on Sunday", ["statement"], SUN, T)
d.EV("posted a short message in English and Persian", ["statement"], MON, ["khamenei"])
d.save()
