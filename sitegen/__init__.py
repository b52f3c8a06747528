"""sitegen: scraped Russian news pages → a clean, searchable static digest."""

__version__ = "0.1.0"
