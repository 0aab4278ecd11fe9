"""The rules: pure Python, no Qt. Session in, plain data out."""
