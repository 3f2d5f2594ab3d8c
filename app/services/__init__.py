"""Business logic. Services own the transaction: they commit or roll back, views never do."""
