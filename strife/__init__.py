"""strife: news reports of attacks in, an evidence-linked incident database out."""

__version__ = "0.1.0"
