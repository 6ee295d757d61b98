"""The dataset's tables: one pandera (polars) model each, the single source of truth.

The data dictionary and datapackage.json are generated from these models and the relations.
"""
from .actors import Actors
from .documents import Documents
from .events import Events
from .figures import Figures
from .quotes import Quotes
from .relations import RELATIONS, Relation  # noqa: F401

MODELS = {"documents": Documents, "quotes": Quotes, "figures": Figures, "events": Events, "actors": Actors}
ID_COLUMNS = {"documents": "doc_id", "quotes": "quote_id", "figures": "figure_id", "events": "event_id",
              "actors": "actor_id"}
SPANNED = {"quotes": "text", "figures": "text", "events": "description"}
