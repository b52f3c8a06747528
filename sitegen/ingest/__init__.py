"""Reading seeds: decode bytes, drop boilerplate, find the article and its metadata."""
from sitegen.ingest.clean import clean, corpus_boilerplate
from sitegen.ingest.decode import read_seed

__all__ = ["clean", "corpus_boilerplate", "read_seed"]
