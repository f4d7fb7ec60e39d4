"""A fetched page -> its facts with provenance, read in layers (hints, JSON-LD and
microdata, embedded JSON, visible text). Pure: no network, no database."""
