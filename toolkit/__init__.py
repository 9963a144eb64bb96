"""toolkit: repair text extracted from Chinese newspaper pages and publish it as PDF and EPUB."""

__version__ = "0.1.0"
