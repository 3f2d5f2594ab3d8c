"""The question bank: articles, generation jobs, importing items, curation, and the bank's
exchange with files (Factdeck JSON and the foreign formats)."""
