"""The domain model: plain data passed between the pipeline's stages."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass
class RawPage:
    """A seed as read from disk: decoded text plus where it came from."""

    path: Path
    text: str
    digest: str  # sha256 of the raw bytes
    encoding: str = "utf-8"


@dataclass
class CleanPage:
    """What the cleaning stage keeps of a page: metadata and body paragraphs."""

    path: Path
    title: str
    date: date | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The body as Markdown-safe plain paragraphs (escaping is the writer's job)."""
        return "\n\n".join(self.paragraphs)


@dataclass
class Person:
    name: str
    mentions: int = 1
    role: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # Russian short name from CLDR
    mentions: int = 1


@dataclass
class Organization:
    name: str
    mentions: int = 1
    aliases: list[str] = field(default_factory=list)


@dataclass
class Entities:
    persons: list[Person] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)


@dataclass
class Article:
    """One article as the content layer holds it and the site renders it."""

    id: str
    slug: str
    title: str
    body: str  # Markdown
    date: date | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    persons: list[Person] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    content_path: Path | None = None

    @property
    def lead(self) -> str:
        """The first paragraph of the body."""
        for block in self.body.split("\n\n"):
            if block.strip():
                return block.strip()
        return ""
