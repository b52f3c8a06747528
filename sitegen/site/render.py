"""Rendering pages with Jinja2: relative links everywhere, errors that name file and line."""
from __future__ import annotations

import jinja2
from markupsafe import Markup

from sitegen.config import Config
from sitegen.errors import TemplateError
from sitegen.markup import render_markdown
from sitegen.site.dates import ru_date
from sitegen.site.index import SiteIndex, entity_key
from sitegen.site.pages import Page, article_path
from sitegen.site.plural import ru_plural
from sitegen.site.urls import absolute_url


def relative(target: str, page_path: str) -> str:
    """``target`` (site-root relative) as seen from ``page_path``; directories get index.html."""
    if target.endswith("/") or not target:
        target += "index.html"
    return "../" * page_path.count("/") + target


class Renderer:
    """Renders pages of one site; holds the Jinja environment and the site-wide context."""

    def __init__(self, config: Config, site: SiteIndex, extra_head: str = ""):
        self.config = config
        self.site = site
        self.extra_head = extra_head
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader(str(config.templates_dir)),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["ru_date"] = ru_date
        self._html: dict[str, Markup] = {}
        self._fragments: dict[str, dict[tuple[str, str], tuple[object, Markup]]] = {}
        self.env.filters["markdown"] = self.markdown
        self.env.filters["plural"] = ru_plural
        self.env.globals.update(config=config, site=site, inline_asset=self.inline_asset, cached=self.cached)

    def preload_markdown(self, html: dict[str, str]) -> None:
        """Seed the Markdown cache with conversions done elsewhere (in parallel, or on disk)."""
        self._html.update((source, Markup(text)) for source, text in html.items())

    def markdown(self, source: str) -> Markup:
        """Markdown → sanitised HTML, once per distinct text for the life of this renderer."""
        html = self._html.get(source)
        if html is None:
            html = self._html[source] = Markup(render_markdown(source))
        return html

    @jinja2.pass_context
    def cached(self, context, macro, article) -> Markup:
        """``macro(article)``, rendered once per article and link depth (the pages listing an article
        show the same fragment).  An entry lives while its article object does; ``forget`` drops the
        ones whose links or fields changed under the same object."""
        place = (macro.name, context["root"])
        known = self._fragments.setdefault(article.id, {})
        hit = known.get(place)
        if hit is not None and hit[0] is article:
            return hit[1]
        html = macro(article)
        known[place] = (article, html)
        return html

    def forget(self, ids) -> None:
        """Drop the fragments of the articles ``ids`` (edited in place, or an entity they link to moved)."""
        for ident in ids:
            self._fragments.pop(ident, None)

    def inline_asset(self, name: str) -> str:
        """The text of ``assets/<name>``, for a page that must not depend on relative URLs (404)."""

        try:
            return Markup((self.config.templates_dir / "assets" / name).read_text(encoding="utf-8"))
        except OSError as exc:
            raise TemplateError(f"{self.config.templates_dir}/assets/{name}: {exc.strerror}") from None

    def render(self, page: Page) -> str:
        """The HTML of one page; a template problem raises TemplateError."""
        path = page.path

        def url(target: str) -> str:
            return relative(target, path)

        def entity_url(kind: str, item) -> str | None:
            entry = self.site.entity(kind, entity_key(kind, getattr(item, "code", None) or item.name))
            return url(entry.path) if entry else None

        context = {
            **page.context,
            "page_path": path,
            "root": relative("index.html", path)[: -len("index.html")],
            "url": url,
            "article_url": lambda a: url(article_path(a)),
            "entity_url": entity_url,
            "canonical": absolute_url(self.config.base_url, path) if self.config.base_url else None,
            "extra_head": self.extra_head,
        }
        try:
            return self.env.get_template(page.template).render(context)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(f"{exc.filename or exc.name}:{exc.lineno}: {exc.message}") from None
        except jinja2.TemplateNotFound as exc:
            raise TemplateError(f"{self.config.templates_dir}: template not found: {exc.name}") from None
        except jinja2.UndefinedError as exc:
            raise TemplateError(f"{_where(exc, page.template)}: {exc}") from None
        except Exception as exc:  # a template's runtime error: report where, not a traceback
            raise TemplateError(f"{_where(exc, page.template)}: {type(exc).__name__}: {exc}") from None


def _where(exc: BaseException, template: str) -> str:
    """File and line of the template frame an exception came from."""
    tb, where = exc.__traceback__, template
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".html") or "<template>" in filename:
            where = f"{filename}:{tb.tb_lineno}"
        tb = tb.tb_next
    return where
