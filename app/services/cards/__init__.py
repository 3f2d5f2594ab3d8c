"""Flashcards: decks, the study queue, FSRS scheduling, reviews and their statistics."""
