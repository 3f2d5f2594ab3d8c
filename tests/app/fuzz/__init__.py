"""The machinery of tests/app/test_fuzz.py: the world, sending and checking requests, the url map
and the site's forms, Hypothesis strategies, and the OpenAPI document's schemas."""

import pytest

# Helpers outside a test module: pytest rewrites their asserts only when asked, before the import.
pytest.register_assert_rewrite(
    *(f"{__name__}.{name}" for name in ("world", "sending", "pages", "strategies", "openapi"))
)
