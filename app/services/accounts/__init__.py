"""Accounts: users and sign-in, classes and their join codes, API tokens, rate limits."""
