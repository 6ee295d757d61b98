import polars as pl
import pandera.polars as pa

from .columns import SpannedTable, actor_name, char_end, char_start, doc_id, interval_order, one_of, precision

EVENT_TYPES = ["coup", "revolution", "leadership_change", "agreement", "withdrawal", "sanction", "legislation",
               "negotiation", "statement", "threat", "attack", "war", "support", "seizure", "designation",
               "disclosure", "other"]


class Events(SpannedTable):
    """Dated or datable happenings the texts assert, one row per mention."""

    event_id: str = pa.Field(unique=True, description="Stable id: `<doc_id>:e:<char_start>:<trigger offset>`, 8-digit offsets.")
    doc_id: str = doc_id()
    event_type: str = pa.Field(isin=EVENT_TYPES, description=one_of(EVENT_TYPES))
    trigger: str = pa.Field(str_length={"min_value": 1}, description="The word(s) that name the event (`coup`, `withdrawal`).")
    trigger_start: int = pa.Field(ge=0, description="Offset of the trigger in the normalised text.")
    description: str = pa.Field(str_length={"min_value": 1}, description="The sentence that states the event, from the text.")
    char_start: int = char_start("the description")
    char_end: int = char_end("the description")
    actor_source: str = actor_name("Who acted.")
    actor_target: str = actor_name("To whom it was done.")
    location: str = pa.Field(nullable=True, description="Where, if the text tells.")
    date_start: pl.Date = pa.Field(nullable=True, description="First day of the interval the text gives; null when "
                                   "neither the text nor the publication date fixes it.")
    date_end: pl.Date = pa.Field(nullable=True, description="Last day of that interval.")
    date_precision: str = precision("date_start/date_end")
    date_text: str = pa.Field(nullable=True, description="The date expression as written (`On August 19 of that year`).")
    event_key: str = pa.Field(description="The same value for the same real event in every document "
                              "(`coup-1953-08-19-mohammad-mosaddegh`).")

    class Config:
        strict = True
        title = "events"
        description = "Events with type, trigger, actors and resolved dates."

    @pa.dataframe_check(description="date_start <= date_end")
    def date_order(cls, data) -> pl.LazyFrame:
        return interval_order("date_start", "date_end")(data)

    @pa.dataframe_check(description="the trigger lies inside the description")
    def trigger_inside(cls, data) -> pl.LazyFrame:
        return data.lazyframe.select((pl.col("trigger_start") >= pl.col("char_start"))
                                     & (pl.col("trigger_start") < pl.col("char_end")))
