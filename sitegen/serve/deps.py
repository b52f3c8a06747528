"""What a page depends on, as cheap comparable values: article fingerprints, page shapes, template use."""
from __future__ import annotations

import dataclasses
from datetime import date

import jinja2
from jinja2 import meta

from sitegen.model import Article
from sitegen.site.index import SiteIndex
from sitegen.site.pages import Page

def fingerprint(article: Article) -> int:
    """Everything of an article a page can show (strings cache their hash, so this is cheap)."""
    return hash((article.id, article.title, article.body, structure(article)))


def structure(article: Article) -> tuple:
    """The fields that decide where an article appears: all but its title and body."""
    return (article.slug, article.date, article.source, article.url, article.author,
            repr(article.persons), repr(article.countries), repr(article.organizations))


def moved_entities(old: SiteIndex, new: SiteIndex) -> set[str]:
    """Ids of the articles that link to an entity page whose path changed (slugs move when entities
    come and go), in either site."""
    touched: set[str] = set()
    for key in old.by_key.keys() | new.by_key.keys():
        before, after = old.by_key.get(key), new.by_key.get(key)
        if (before and before.path) != (after and after.path):
            for entry in (before, after):
                touched.update(a.id for a in (entry.articles if entry else ()))
    return touched


_PLAIN = (str, int, float, bool, date, type(None))
_FIELDS: dict[type, tuple[str, ...]] = {}  # a dataclass's field names, by class


def shape(value, memo: dict | None = None):
    """A comparable summary of a page context: articles by id (their content is tracked apart).

    ``memo`` (object id → shape) lets many pages share the work for the lists and entries they share;
    keep it only while those objects live."""
    kind = type(value)
    if kind is Article:
        return value.id
    if kind in _PLAIN:
        return value
    memo = {} if memo is None else memo
    key = id(value)
    if key in memo:
        return memo[key]
    if kind is list or kind is tuple:  # mostly lists of articles: those inline, without a call each
        out = tuple([v.id if type(v) is Article else v if type(v) in _PLAIN else shape(v, memo) for v in value])
    elif kind is dict:
        out = tuple(sorted((str(k), shape(v, memo)) for k, v in value.items()))
    elif isinstance(value, (set, frozenset)):
        out = frozenset(shape(v, memo) for v in value)
    elif dataclasses.is_dataclass(value):
        names = _FIELDS.get(kind) or _FIELDS.setdefault(kind, tuple(f.name for f in dataclasses.fields(value)))
        out = (kind.__name__, *(shape(getattr(value, name), memo) for name in names))
    else:
        out = repr(value)
    memo[key] = out
    return out


def page_signature(page: Page, memo: dict | None = None) -> int:
    return hash((page.template, page.deps, shape(page.context, memo)))


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
