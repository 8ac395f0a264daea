"""infopoint: a chatbot information point for foreigners in Poland."""

__version__ = "0.1.0"
