"""Helpers shared by the test suites (fixture servers and the like)."""
