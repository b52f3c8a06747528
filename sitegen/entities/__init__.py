"""Named entities in Russian text: people, countries and organisations."""
from __future__ import annotations

from collections import Counter

from sitegen.entities.countries import countries_of, find_countries
from sitegen.entities.mentions import find_mentions
from sitegen.entities.org_merge import organizations_of
from sitegen.entities.organizations import find_organizations
from sitegen.entities.persons import group_persons
from sitegen.entities.tokens import tokenize
from sitegen.model import Entities


def extract_entities(title: str, paragraphs: list[str]) -> Entities:
    """People, countries and organisations mentioned in an article (the title too, unless the lead repeats it)."""
    mentions = []
    countries: Counter = Counter()
    orgs: Counter = Counter()
    org_aliases: dict[str, str] = {}
    lead = paragraphs[0].strip() if paragraphs else ""
    texts = paragraphs if title and lead.startswith(title.strip(" .…")) else [title, *paragraphs]
    for text in texts:
        if not text:
            continue
        tokens = tokenize(text)
        mentions += find_mentions(text, tokens)
        find_countries(tokens, countries)
        find_organizations(text, tokens, orgs, org_aliases)
    people = group_persons(mentions, "\n".join(t for t in texts if t))
    return Entities(people, countries_of(countries), organizations_of(orgs, org_aliases))
