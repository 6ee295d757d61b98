import sys; sys.path.insert(0, __import__("os").path.dirname(__file__))
from h14 import write, LDoc, D, R

DOC = "ho14-executive-order-iran-petroleum-revenues-after-snapback"
PUB = "2025-10-02"  # a Thursday: the date under THE WHITE HOUSE
TEXT = """Presidential Documents
Executive Order of October 2, 2025

Taking Additional Steps To Deny the Government of Iran Petroleum Revenues Following the Restoration of United Nations Sanctions

By the authority vested in me as President by the Constitution and the laws of the United States of America, including the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA), the National Emergencies Act (50 U.S.C. 1601 et seq.), and section 301 of title 3, United States Code, and to take further steps with respect to the national emergency with respect to Iran declared in Executive Order 12957 of March 15, 1995, I, DONALD J. TRUMP, President of the United States of America, hereby order:

Section 1. Findings. (a) On March 15, 1995, the President declared a national emergency to deal with the threat posed by the actions and policies of the Government of Iran, and that emergency has been continued every year since.
(b) On July 14, 2015, Iran and six other countries concluded the Joint Comprehensive Plan of Action (JCPOA), under which Iran agreed to keep its enrichment of uranium at or below 3.67 percent for 15 years.
(c) On May 8, 2018, I ended the participation of the United States in the JCPOA, and by November 5, 2018, the sanctions lifted or waived in connection with it had been reimposed.
(d) On February 4, 2025, I issued National Security Presidential Memorandum 2, which directed the Secretary of the Treasury and the Secretary of State to drive Iran's exports of crude oil toward zero.
(e) Between April 12 and May 23, 2025, my Special Envoy to the Middle East held five rounds of talks with representatives of the Government of Iran through the good offices of the Sultanate of Oman. In those talks Iran declined to give up the enrichment of uranium on its own territory.
(f) On June 22, 2025, at my direction, United States forces struck the uranium enrichment facilities at Fordow and Natanz and the nuclear technology center at Isfahan.
(g) On August 28, 2025, the United Kingdom, France, and Germany notified the United Nations Security Council of significant non-performance by Iran of its commitments under the JCPOA. At 8:00 p.m. eastern daylight time on September 27, 2025, the measures of Security Council resolutions 1737 (2006), 1747 (2007), 1803 (2008), and 1929 (2010) were restored.
(h) Notwithstanding these measures, Iran exported more than 1.5 million barrels of crude oil per day on average during the first eight months of 2025, most of it through a fleet of aging tankers that conceal their cargo's origin, and the proceeds continue to finance the Islamic Revolutionary Guard Corps and its partners.
(i) I therefore find that the Government of Iran's petroleum revenues remain an unusual and extraordinary threat to the national security, foreign policy, and economy of the United States.

Sec. 2. Blocking of Property. (a) All property and interests in property that are in the United States, that hereafter come within the United States, or that are or hereafter come within the possession or control of any United States person of the following persons are blocked and may not be transferred, paid, exported, withdrawn, or otherwise dealt in:
(i) any person determined by the Secretary of the Treasury, in consultation with the Secretary of State, to operate in the petroleum or petrochemical sector of the Iranian economy; and
(ii) any person determined by the Secretary of the Treasury to have owned, operated, or insured a vessel that carried Iranian crude oil at any time after June 22, 2025.
(b) The prohibitions in subsection (a) of this section apply except to the extent provided by statutes, or in regulations, orders, directives, or licenses that may be issued pursuant to this order.

Sec. 3. Reporting. (a) Within 30 days of the date of this order, the Secretary of State, in consultation with the Secretary of the Treasury, shall submit to the President a report identifying each foreign port that received Iranian crude oil during the preceding 180 days.
(b) The Secretary of State shall update the report every 90 days thereafter.

Sec. 4. Definitions. For the purposes of this order:
(a) the term "person" means an individual or entity;
(b) the term "entity" means a partnership, association, trust, joint venture, corporation, group, subgroup, or other organization;
(c) the term "Government of Iran" includes the Government of Iran, any political subdivision, agency, or instrumentality thereof, including the Central Bank of Iran and the National Iranian Oil Company, and any person owned or controlled by, or acting for or on behalf of, the Government of Iran;
(d) the term "vessel" includes any ship or tanker, whatever its flag, registration, or declared owner; and
(e) the term "United States person" means any United States citizen, lawful permanent resident, entity organized under the laws of the United States or any jurisdiction within the United States, including foreign branches, or any person in the United States.

Sec. 5. Effective Date. This order is effective at 12:01 a.m. eastern daylight time on October 3, 2025.

Sec. 6. General Provisions. (a) Nothing in this order limits the authority that the law grants to any executive department or agency or to its head.
(b) This order shall be carried out in accordance with applicable law and only as far as appropriations allow.
(c) This order gives no party any right or benefit, substantive or procedural, that could be enforced at law or in equity against the United States, its departments, agencies, or entities, its officers, employees, or agents, or any other person.

DONALD J. TRUMP
THE WHITE HOUSE,
October 2, 2025.
"""
NOTE = ("held-out evaluation document written for the project; not a real publication. Imitates the layout of a "
        "US presidential executive order on Iran sanctions as printed in the Federal Register (heading, "
        "\"By the authority vested in me …\" preamble, `Section 1.`/`Sec. 2.` sections with lettered subsections, "
        "definitions, signature and `THE WHITE HOUSE,` date block). The order, its title and every directive are "
        "invented; the findings recite historical events; the export figure is plausible, not exact.")
write(DOC, "Taking Additional Steps To Deny the Government of Iran Petroleum Revenues Following the Restoration of United Nations Sanctions",
      "The White House (style imitation)", PUB, TEXT, NOTE, author="Donald J. Trump")


class L(LDoc):
    pass


d = L(DOC, PUB)
SIGN = D(2025, 10, 2)
TR = ["trump", "president"]
# quotes: the defined terms are labels (term, null, core false)
for t in ("person", "entity", "Government of Iran", "vessel", "United States person"):
    d.Q(t, ["term"], None, (), core=False, ctx=(f'the term "{t}"',))

# figures
d.F("six other countries", 6, ["country"], "count", subject_any=["countr"])
d.F("at or below 3.67 percent", 3.67, ["percent"], "percent", "at_most", ["enrichment", "uranium"])
d.F("15 years", 15, ["year"], "duration", subject_any=["enrichment", "jcpoa"])
d.F("five rounds", 5, ["round"], "count", subject_any=["talks", "round"])
d.F("more than 1.5 million barrels of crude oil per day", 1.5e6, ["barrel per day"], "measure", "more_than", ["export", "crude"])
d.F("eight months", 8, ["month"], "duration", core=False)  # frames the period (January–August 2025)
d.F("Within 30 days", 30, ["day"], "duration", "at_most", core=False)  # deadline
d.F("180 days", 180, ["day"], "duration", core=False)  # relative period before the report
d.F("every 90 days", 90, ["day"], "duration", subject_any=["report", "update"])

# events
d.V("Taking Additional Steps To Deny", "Restoration", ["sanction"], D(2025, 9, 27), core=False)  # title
d.V("By the authority vested in me", "hereby order", ["legislation", "sanction"], SIGN, ["trump"])
d.V("By the authority vested in me", "declared", ["legislation", "sanction", "other"], D(1995, 3, 15), ["president"], core=False)
d.V("(a) On March 15, 1995, the President declared", "declared", ["legislation", "sanction", "other"], D(1995, 3, 15), ["president", "clinton"])
d.V("(a) On March 15, 1995, the President declared", "has been continued", ["legislation", "sanction", "other"], None, [], core=False)
d.V("(b) On July 14, 2015, Iran and six other countries", "concluded", ["agreement"], D(2015, 7, 14), ["iran", "countries"])
d.V("(b) On July 14, 2015, Iran and six other countries", "agreed to keep", ["agreement"], D(2015, 7, 14), ["iran"], core=False)
d.V("(c) On May 8, 2018, I ended", "ended the participation", ["withdrawal"], D(2018, 5, 8), TR + ["united states"])
d.V("(c) On May 8, 2018, I ended", "had been reimposed", ["sanction"], R(D(2018, 5, 8), D(2018, 11, 5)), [])
d.V("(d) On February 4, 2025, I issued", "issued", ["legislation", "sanction"], D(2025, 2, 4), TR)
d.V("(d) On February 4, 2025, I issued", "directed", ["legislation", "sanction"], D(2025, 2, 4), TR, core=False)
d.V("(e) Between April 12 and May 23, 2025", "held five rounds of talks", ["negotiation"], R(D(2025, 4, 12), D(2025, 5, 23)), ["special envoy", "witkoff", "united states"])
d.V("In those talks Iran declined", "declined", ["statement", "other"], R(D(2025, 4, 12), D(2025, 5, 23)), ["iran"], core=False)
d.V("(f) On June 22, 2025, at my direction", "struck", ["attack"], D(2025, 6, 22), ["united states", "forces"])
d.V("(g) On August 28, 2025, the United Kingdom", "notified", ["statement", "sanction", "other"], D(2025, 8, 28), ["united kingdom", "france", "germany"])
d.V("At 8:00 p.m. eastern daylight time on September 27, 2025", "were restored", ["sanction"], D(2025, 9, 27), [])
d.V("(h) Notwithstanding these measures", "exported", ["other"], R(D(2025, 1, 1), D(2025, 8, 31)), ["iran"], core=False)
d.V("(a) All property and interests in property", "are blocked", ["sanction"], SIGN, ["trump", "united states"], core=False)
d.V("(a) Within 30 days of the date", "shall submit", ["other"], R(SIGN, D(2025, 11, 1)), ["secretary of state"], core=False)
d.V("This order is effective at", "is effective", ["legislation", "sanction", "other"], D(2025, 10, 3), core=False)
d.save()
