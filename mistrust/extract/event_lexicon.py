"""Event triggers per SPEC event type: noun and verb forms, as regexes.

`reporting` triggers (said, noted…) are statements only when a date of their
own sits next to them; otherwise they merely attribute a quote.
"""
from __future__ import annotations

from .lexicon import REPORTING_RE

DOC_NOUNS = r"(?:law|bill|memorandum|Memorandum|order|Order|decree|directive|constitution|amendment|act|Act)"

TRIGGERS: list[tuple[str, str]] = [
    ("coup", r"coup(?:\s+d['’]état)?|overthr(?:ew|own|ow|ows)|ous(?:ted|ter)|toppl(?:ed|ing)|putsch"),
    ("revolution", r"Revolution(?!ary|\s+Guard)|revolution(?!ary)|uprising"),
    ("leadership_change", r"returned\s+from\s+exile|regain(?:ed)?\s+power|came\s+to\s+power|took\s+(?:office|power)|"
                          r"back\s+in\s+office|sworn\s+in|was\s+elected|won\s+the\s+(?:\w+\s+)?election|"
                          r"inaugurat(?:ed|ion)|resigned|stepped\s+down|went\s+into\s+exile|fled\s+the\s+country|"
                          r"assumed\s+office|returned\s+to\s+(?:power|office)"),
    ("legislation", rf"(?:approval|adoption|passage|enactment)\s+(?:in\s+\d{{4}}\s+)?of\s+(?:a|an|the)\s+(?:\w+\s+)?{DOC_NOUNS}|"
                    rf"(?:passed|approved|adopted|enacted|ratified)\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}{DOC_NOUNS}|"
                    rf"signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}{DOC_NOUNS}"),
    ("agreement", r"signed|signing|reached\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|accord)|"
                  r"struck\s+(?:a|an)\s+(?:\w+\s+)?deal|ceded|concluded\s+(?:a|an|the)\s+(?:\w+\s+)?(?:deal|agreement|treaty)|"
                  r"(?:deal|agreement|accord|treaty)|ceasefire|cease-fire|truce|armistice"),
    ("withdrawal", r"withdr(?:awal|ew|awn|aw|aws)|pull(?:ed|s)?\s+out|tore\s+up|torn\s+up|tear\s+up|shunn(?:ing|ed)|"
                   r"abandon(?:ed|ment|ing)?|reneg(?:ed|ing)|breakdown|collapse|walked\s+away|"
                   r"fail(?:ed|ing)\s+to\s+(?:uphold|honou?r|comply|implement)|did\s+not\s+comply"),
    ("sanction", r"(?:imposed|imposing|reimposed|re-imposed|lifted|eased|snapped\s+back)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}sanctions|"
                 r"sanctions\s+(?:were\s+|was\s+)?(?:imposed|lifted|eased|reimposed)|maximum\s+pressure|embargo"),
    ("negotiation", r"talks|negotiations|negotiated|meeting|met\s+with|summit"),
    ("statement", r"speech|remarks|address|sermon|declaration|interview|message|"
                  r"declare[sd]?|announce[sd]?|proclaim(?:s|ed)?|Speaking\s+(?:to|at|before|in)|"
                  r"speaking\s+(?:to|at|before|in)|spoke\s+(?:to|at|before|in)"),
    ("threat", r"threaten(?:ed|s|ing)?\s+to|threats?\s+of\s+(?:force|war|military|attack)"),
    ("attack", r"assassinat(?:ion|ed)|killed|killing|(?:air|drone|missile|military)\s+strikes?|strikes?\s+on|struck|bomb(?:ed|ing)|"
               r"attacked|attacks?\s+on|shot\s+down|invasion|invaded|retaliat(?:ed|ion)|"
               r"launched\s+(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|missiles?|drones?|rockets?)|"
               r"fired\s+(?:[\w-]+\s+){0,2}(?:missiles?|rockets?|drones?)"),
    ("war", r"War(?![\w-])|war(?![\w-])"),
    ("support", r"support(?:ed)?|backing|backed"),
    ("seizure", r"seizure|seized|takeover|hostage(?:-taking|\s+crisis)?|occup(?:ation|ied)|stormed"),
    ("designation", r"inclusion\s+in|designat(?:ed|ion)|blacklist(?:ed|ing)?|listed\s+as|labell?ed\s+(?:\w+\s+)?as"),
    ("disclosure", r"leaked|leaks?(?!\w)|disclosed|disclosure"),
    ("reporting", REPORTING_RE),
]

# Words before a trigger that make it hypothetical or generic, not an asserted event.
IRREALIS = {"potential", "possible", "possibility", "prospect", "prospects", "future", "any", "would", "could",
            "might", "proposed", "resuming", "resume", "whether", "willingness", "ready", "such", "if",
            "past"}  # "Washington's past shunning of its commitments": a habit, not one event
DETERMINERS = {"the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my",
               "your", "whose"}
# Names that contain a trigger word but are not events.
NAME_EXCLUSIONS = r"Leader\s+of\s+the\s+Islamic\s+Revolution|Islamic\s+Revolution(?:ary)?\s+Guards?|Revolutionary\s+Guards?|" \
                  r"founder\s+of\s+the\s+Islamic\s+Republic"
