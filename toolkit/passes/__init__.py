"""Passes: pure repairs over the run's collections; each returns new collections and its corrections."""
