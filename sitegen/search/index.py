"""Build the search index as script shards, so it loads over file:// and a reader downloads it bit by bit.

Articles arrive newest first and are cut into shards (250, 500, then 1000 articles); each shard is an independent
Lunr index plus the records its results show, wrapped in a script that pushes itself onto
``window.SITEGEN_SHARDS``. ``search/meta.js`` lists the shards and carries the stop words the browser
pipeline needs. Shards build in parallel processes when there is more than one.
"""
from __future__ import annotations

import hashlib
import json
import os
from concurrent.futures import ProcessPoolExecutor

from sitegen.cache import DiskCache
from sitegen.model import Article
from sitegen.search.builder import FastBuilder
from sitegen.search.documents import FIELDS, index_document, plain_text, store_record
from sitegen.search.pipeline import LABELS, STOP_WORDS, russian
from sitegen.search.vendor import vendor_files

FIRST_SHARD_DOCS = 250
SHARD_DOCS = 1000
META_PATH = "search/meta.js"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def build_shard(docs: list[dict]) -> dict:
    """A serialised Lunr index of ``docs`` (each a dict of FIELDS plus ``id``)."""
    builder = FastBuilder()
    russian(builder)
    builder.ref("id")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for doc in docs:
        builder.add(doc)
    return builder.build().serialize()


def shard_script(number: int, docs: list[dict], records: list[list]) -> bytes:
    payload = _json({"n": number, "index": build_shard(docs), "docs": records})
    return f"(window.SITEGEN_SHARDS=window.SITEGEN_SHARDS||[]).push({payload});\n".encode("utf-8")


def _shard_job(job: tuple[int, list[dict], list[list]]) -> bytes:
    return shard_script(*job)


def shard_sizes(count: int, first: int = FIRST_SHARD_DOCS, most: int = SHARD_DOCS) -> list[int]:
    """Shard sizes doubling from ``first`` to ``most``: the newest articles arrive (and answer) first."""
    sizes, size = [], first
    while count > 0:
        sizes.append(min(size, count))
        count -= size
        size = min(size * 2, most)
    return sizes


def shard_jobs(articles: list[Article], first: int = FIRST_SHARD_DOCS,
               most: int = SHARD_DOCS) -> list[tuple[int, list[dict], list[list]]]:
    """(shard number, index documents, result records) per shard; refs are positions in the shard."""
    jobs, start = [], 0
    for number, size in enumerate(shard_sizes(len(articles), first, most)):
        docs, records = [], []
        for ref, article in enumerate(articles[start:start + size]):
            body = plain_text(article.body)
            docs.append(index_document(str(ref), article, body))
            records.append(store_record(article, body))
        jobs.append((number, docs, records))
        start += size
    return jobs


def build_shards(jobs: list, processes: int | None = None, cache: DiskCache | None = None) -> list[bytes]:
    """Each job's shard script; shards whose documents are unchanged come from ``cache``."""
    keys = [hashlib.sha1(_json(job).encode("utf-8")).hexdigest() for job in jobs]
    shards = [cache.get(key) if cache else None for key in keys]
    todo = [i for i, shard in enumerate(shards) if shard is None]
    processes = min(processes or os.cpu_count() or 1, len(todo))
    if processes <= 1:
        built = [_shard_job(jobs[i]) for i in todo]
    else:
        with ProcessPoolExecutor(processes) as pool:
            built = list(pool.map(_shard_job, [jobs[i] for i in todo]))
    for i, shard in zip(todo, built):
        shards[i] = shard
    if cache:
        for key, shard in zip(keys, shards):
            cache.put(key, shard)
    return shards


def meta_script(shards: list[bytes], count: int) -> bytes:
    entries = [{"src": f"search/shard-{n:03d}.js?v={hashlib.sha256(s).hexdigest()[:10]}", "bytes": len(s)}
               for n, s in enumerate(shards)]
    meta = {"pipeline": list(LABELS), "stopWords": list(STOP_WORDS), "docs": count, "shards": entries}
    return f"window.SITEGEN_SEARCH={_json(meta)};\n".encode("utf-8")


def search_files(articles: list[Article], processes: int | None = None,
                 cache: DiskCache | None = None) -> dict[str, bytes]:
    """The files the search needs, ``{site path: bytes}``: meta, index shards and the vendored lunr."""
    shards = build_shards(shard_jobs(articles), processes, cache)
    files = {f"search/shard-{n:03d}.js": s for n, s in enumerate(shards)}
    files[META_PATH] = meta_script(shards, len(articles))
    files.update(vendor_files())
    return files
