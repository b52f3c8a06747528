"""Which pages the site has, which template renders each, and which articles each depends on."""
from __future__ import annotations

from dataclasses import dataclass, field

from sitegen.model import Article
from sitegen.site.index import EntityIndex, SiteIndex
from sitegen.site.related import related_articles
from sitegen.site.timeline import timeline

PER_PAGE = 50
KIND_TITLES = {"persons": "Люди", "countries": "Страны", "organizations": "Организации"}


@dataclass
class Page:
    path: str  # relative to the site root, e.g. "articles/x.html"
    template: str
    context: dict = field(default_factory=dict)
    deps: frozenset[str] = frozenset()  # ids of the articles shown on the page


def article_path(article: Article) -> str:
    return f"articles/{article.slug}.html"


def home_path(number: int) -> str:
    return "index.html" if number == 1 else f"page/{number}.html"


def _ids(articles: list[Article]) -> frozenset[str]:
    return frozenset(a.id for a in articles)


def plan_pages(site: SiteIndex, related_memo: dict | None = None,
               previous: dict[str, Page] | None = None) -> list[Page]:
    """Every page of the site, in a stable order (``related_memo``: see ``related_articles``).

    A page of ``previous`` (the last plan, by path) is reused where it shows the very same objects."""
    previous = previous or {}
    pages: list[Page] = []
    chunks = [site.articles[i:i + PER_PAGE] for i in range(0, len(site.articles), PER_PAGE)] or [[]]
    for number, chunk in enumerate(chunks, 1):
        pages.append(Page(home_path(number), "home.html", {
            "articles": chunk, "page_number": number, "page_count": len(chunks),
            "prev_page": home_path(number - 1) if number > 1 else None,
            "next_page": home_path(number + 1) if number < len(chunks) else None,
        }, _ids(chunk)))
    related = related_articles(site, memo=related_memo)
    for article in site.articles:
        path, near = article_path(article), related[article.id]
        known = previous.get(path)
        if known and known.context["article"] is article and _same(known.context["related"], near):
            pages.append(known)
        else:
            pages.append(Page(path, "article.html", {"article": article, "related": near},
                              frozenset({article.id}) | _ids(near)))
    for kind, entries in (("persons", site.persons), ("countries", site.countries),
                          ("organizations", site.organizations)):
        pages.append(Page(f"{kind}/index.html", "entities.html",
                          {"kind": kind, "kind_title": KIND_TITLES[kind], "entries": entries},
                          frozenset()))
        for entry in entries:
            known = previous.get(entry.path)
            pages.append(known if known and known.context["entry"] is entry else entity_page(entry))
    pages.append(Page("search.html", "search.html", {}))
    pages.append(Page("404.html", "404.html", {}))
    return pages


def _same(a: list, b: list) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b))


def entity_page(entry: EntityIndex) -> Page:
    return Page(entry.path, "entity.html",
                {"entry": entry, "kind": entry.kind, "kind_title": KIND_TITLES[entry.kind],
                 "timeline": timeline(entry.articles)},
                _ids(entry.articles))
