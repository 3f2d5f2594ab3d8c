"""The data model: accounts and classes, the question bank, quizzes and attempts, flashcards."""

from .accounts import ApiToken, Group, Membership, PasswordReset, RateLimit, User
from .bank import Document, GenerationJob, ImportJob, Option, Question, ReadingJob
from .cards import Card, DeckMembership, ReviewLog, StudySettings
from .quizzes import Attempt, Quiz, QuizGroup, QuizQuestion, Response

__all__ = [
    "ApiToken",
    "Attempt",
    "Card",
    "DeckMembership",
    "Document",
    "GenerationJob",
    "Group",
    "ImportJob",
    "ReadingJob",
    "Membership",
    "Option",
    "PasswordReset",
    "Question",
    "Quiz",
    "QuizGroup",
    "QuizQuestion",
    "RateLimit",
    "Response",
    "ReviewLog",
    "StudySettings",
    "User",
]
