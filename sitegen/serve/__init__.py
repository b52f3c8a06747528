"""``sitegen serve``: watch the project, rebuild incrementally, serve dist/ and reload open pages."""
