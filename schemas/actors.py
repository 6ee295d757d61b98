from typing import Annotated

import polars as pl
import pandera.polars as pa

from .columns import ACTOR_TYPES, one_of


class Actors(pa.DataFrameModel):
    """Who is named: every actor the extractors resolved, with every surface form seen."""

    actor_id: str = pa.Field(unique=True, str_matches=r"^[a-z0-9][a-z0-9-]*$", description="Slug of the canonical name.")
    name: str = pa.Field(unique=True, description="Canonical name (SPEC §4), the form English reference works use.")
    actor_type: str = pa.Field(isin=ACTOR_TYPES, description=one_of(ACTOR_TYPES))
    aliases: Annotated[pl.List, pl.Utf8()] = pa.Field(description="Every surface form seen in the texts. "
                                                      "Parquet: a list of strings. CSV: one string, the forms "
                                                      "joined with `;` (split on `;` to get the list).")
    wikidata_id: str = pa.Field(nullable=True, str_matches=r"^Q[1-9][0-9]*$",
                                description="Wikidata item, only where the curated alias table states it.")
    n_mentions: int = pa.Field(ge=1, description="Mentions outside quotations, across all documents.")
    n_documents: int = pa.Field(ge=1, description="Documents that mention the actor.")

    class Config:
        strict = True
        title = "actors"
        description = "Actors named in the texts, with canonical names and aliases."
