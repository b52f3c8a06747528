"""What a page depends on, as cheap comparable values: article fingerprints, page shapes, template use."""
from __future__ import annotations

import dataclasses
from datetime import date

import jinja2
from jinja2 import meta

from sitegen.model import Article
from sitegen.site.index import SiteIndex, entity_key
from sitegen.site.pages import Page

ENTITY_KINDS = ("persons", "countries", "organizations")


def fingerprint(article: Article) -> int:
    """Everything of an article a page can show (strings cache their hash, so this is cheap)."""
    return hash((article.id, article.title, article.body, structure(article)))


def structure(article: Article) -> tuple:
    """The fields that decide where an article appears: all but its title and body."""
    return (article.slug, article.date, article.source, article.url, article.author,
            repr(article.persons), repr(article.countries), repr(article.organizations))


def entity_links(article: Article, site: SiteIndex) -> tuple:
    """The entity pages an article links to (their slugs can move when entities come and go)."""
    out = []
    for kind in ENTITY_KINDS:
        for item in getattr(article, kind):
            entry = site.entity(kind, entity_key(kind, getattr(item, "code", None) or item.name))
            out.append(entry.path if entry else None)
    return tuple(out)


def shape(value):
    """A comparable summary of a page context: articles by id (their content is tracked apart)."""
    if isinstance(value, Article):
        return ("a", value.id)
    if isinstance(value, (str, int, float, bool, date)) or value is None:
        return value
    if isinstance(value, (list, tuple)):
        return tuple(shape(v) for v in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(shape(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((str(k), shape(v)) for k, v in value.items()))
    if dataclasses.is_dataclass(value):
        return (type(value).__name__, *(shape(getattr(value, f.name)) for f in dataclasses.fields(value)))
    return repr(value)


def page_signature(page: Page) -> int:
    return hash((page.template, page.deps, shape(page.context)))


def swap_articles(value, by_id: dict[str, Article]):
    """``value`` with every article replaced by its current version (same id); other data kept."""
    if isinstance(value, Article):
        return by_id.get(value.id, value)
    if isinstance(value, list):
        return [swap_articles(v, by_id) for v in value]
    if isinstance(value, tuple):
        return tuple(swap_articles(v, by_id) for v in value)
    if isinstance(value, dict):
        return {k: swap_articles(v, by_id) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: swap_articles(getattr(value, f.name), by_id)
                                             for f in dataclasses.fields(value) if f.init})
    return value


def template_uses(env: jinja2.Environment, name: str) -> frozenset[str] | None:
    """The templates ``name`` extends, includes or imports, transitively (itself included).

    None when that cannot be known (a syntax error, a computed name): then any change may matter."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        try:
            source = env.loader.get_source(env, current)[0]
            refs = list(meta.find_referenced_templates(env.parse(source)))
        except jinja2.TemplateNotFound:
            continue
        except jinja2.TemplateSyntaxError:
            return None
        if any(ref is None for ref in refs):
            return None
        todo.extend(refs)
    return frozenset(seen)


def inliners(env: jinja2.Environment, assets: set[str]) -> set[str]:
    """The templates that copy one of ``assets`` (file names) into the page with ``inline_asset``."""
    if not assets:
        return set()
    found = set()
    for name in env.list_templates():
        source = env.loader.get_source(env, name)[0]
        if "inline_asset" in source and any(asset in source for asset in assets):
            found.add(name)
    return found
