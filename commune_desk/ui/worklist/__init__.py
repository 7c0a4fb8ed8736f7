"""The front page: what needs doing now, each bucket with its count."""
