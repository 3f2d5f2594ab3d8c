"""The data model: accounts and classes, the question bank, quizzes and attempts, flashcards."""

from .accounts import Group, Membership, User
from .bank import Document, Option, Question
from .cards import Card, ReviewLog
from .quizzes import Attempt, Quiz, QuizQuestion, Response

__all__ = [
    "Attempt",
    "Card",
    "Document",
    "Group",
    "Membership",
    "Option",
    "Question",
    "Quiz",
    "QuizQuestion",
    "Response",
    "ReviewLog",
    "User",
]
