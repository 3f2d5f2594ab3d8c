"""Results: a quiz's reports and item analysis, Moodle's statistics, CSV downloads, and a
learner's progress across a teacher's quizzes."""
