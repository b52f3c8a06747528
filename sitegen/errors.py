"""Typed errors that stages raise and the CLI turns into one-line messages."""


class SitegenError(Exception):
    """Base of every error sitegen reports to the user without a traceback."""


class ConfigError(SitegenError):
    """``sitegen.toml`` or a command-line setting is wrong."""


class InputError(SitegenError):
    """A seed or content file cannot be used; the message names the file."""

    def __init__(self, path, problem: str):
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class TemplateError(SitegenError):
    """A template failed to load or render; the message names file and line."""
