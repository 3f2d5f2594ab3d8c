"""Quizzes: building them, taking them (attempts, their pages, saving answers) and what a wrong
answer or an edited question means for an attempt."""
