"""The Iran–US mistrust dataset, in layers:

- `types`: what every layer shares (Source, Reject, DocResult);
- `extract/`: pure extraction, with its word lists as data in `lexicons/`;
- `publish/`: table assembly, validation, dictionary, releases;
- `ingest` reads raw/, `runner` runs extraction through the cache for one batch;
- `load`: a standalone reader for published releases.

Every module is plain Python, importable and testable without Prefect; `flows/` orchestrates.
"""
