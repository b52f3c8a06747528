/* The search page: results as you type from the prebuilt Lunr shards (search/shard-*.js), loaded
 * one by one through <script> tags so it works over file://, under a sub-path and on a server.
 * State lives in the URL (search.html?q=…&country=…&person=…). Text from the index is only ever
 * inserted as text nodes, never as HTML. */
(function () {
  "use strict";
  var META = window.SITEGEN_SEARCH;
  var RU = window.SITEGEN_RU;
  var MAX_RESULTS = 50;
  var SNIPPET_WORDS = 32;
  var FACET_LIMIT = 12;
  var SEPARATOR = /([\s\-]+)/;
  var EDGE_START = /^[^\p{L}\p{N}]*/u;
  var EDGE_END = /[^\p{L}\p{N}]*$/u;

  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var facets = document.getElementById("search-facets");
  var shards = [];
  var requested = 0;
  var loading = false;
  var state = readUrl();
  var results = [];
  var active = -1;
  var timer = null;
  var stats = window.SITEGEN_SEARCH_STATS = { shards: 0, bytes: 0, firstResultMs: null, results: 0 };

  /* ---- loading the shards ---- */

  function loadNext() {
    if (loading || requested >= META.shards.length || (requested > 0 && !state.q)) return;
    var entry = META.shards[requested++];
    var script = document.createElement("script");
    loading = true;
    script.src = entry.src;
    script.onload = function () {
      loading = false;
      stats.bytes += entry.bytes;
      absorb();
      loadNext();
    };
    script.onerror = function () {
      loading = false;
      status.textContent = "Не удалось загрузить поисковый индекс (" + entry.src + ").";
    };
    document.head.appendChild(script);
  }

  function absorb() {
    var queue = window.SITEGEN_SHARDS || [];
    while (queue.length) {
      var raw = queue.shift();
      shards.push({ n: raw.n, index: lunr.Index.load(raw.index), docs: raw.docs });
    }
    stats.shards = shards.length;
    update();
  }

  /* ---- querying ---- */

  function wordClauses(term) {
    return function (q) {
      var plain = { usePipeline: false };
      q.term(term, Object.assign({ boost: 10 }, plain));
      if (term.length >= 3) q.term(term, Object.assign({ boost: 3, wildcard: lunr.Query.wildcard.TRAILING }, plain));
      // Snowball cuts some forms shorter ("Токаев" → "тока", "Токаева" → "токаев"): try the cut stems too.
      for (var cut = 1; cut <= 2 && term.length - cut >= 4; cut++) {
        q.term(term.slice(0, -cut), Object.assign({ boost: 3 }, plain));
        if (term.length >= 6) q.term(term.slice(0, -cut), Object.assign({ boost: 1, editDistance: 1 }, plain));
      }
      if (term.length >= 5) q.term(term, Object.assign({ boost: 1, editDistance: 1 }, plain));  // one typo
    };
  }

  function queryTerms(text) {
    return text.split(SEPARATOR).map(RU.term).filter(Boolean);
  }

  /* Every query word must match (in some form); scores add up; matched index terms are kept. */
  function searchShard(shard, terms) {
    var found = null;
    terms.forEach(function (term) {
      var hits = {};
      shard.index.query(wordClauses(term)).forEach(function (hit) {
        if (found && !found[hit.ref]) return;
        var prev = found ? found[hit.ref] : { score: 0, terms: {} };
        Object.keys(hit.matchData.metadata).forEach(function (t) { prev.terms[t] = true; });
        hits[hit.ref] = { score: prev.score + hit.score, terms: prev.terms };
      });
      found = hits;
    });
    return Object.keys(found || {}).map(function (ref) {
      var doc = shard.docs[+ref];
      return { doc: doc, score: found[ref].score, terms: found[ref].terms };
    });
  }

  var memo = { text: null, shards: [] };  // per-shard results of the current query

  function search(text) {
    var terms = queryTerms(text);
    if (!terms.length) return [];
    if (memo.text !== text) memo = { text: text, shards: [] };
    var all = [];
    shards.forEach(function (shard, i) {
      if (!memo.shards[i]) memo.shards[i] = searchShard(shard, terms);
      all = all.concat(memo.shards[i]);
    });
    return all.sort(function (a, b) {
      return b.score - a.score || (b.doc[2] > a.doc[2] ? 1 : b.doc[2] < a.doc[2] ? -1 : 0);
    });
  }

  /* ---- rendering (text nodes only) ---- */

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  /* Append ``text`` to ``parent`` with the words whose index term was matched inside <mark>. */
  function appendMarked(parent, text, terms) {
    text.split(SEPARATOR).forEach(function (part) {
      var term = part && !SEPARATOR.test(part) ? RU.term(part) : "";
      if (!term || !terms[term]) { parent.appendChild(document.createTextNode(part)); return; }
      var lead = part.match(EDGE_START)[0];
      var tail = part.slice(lead.length).match(EDGE_END)[0];
      parent.appendChild(document.createTextNode(lead));
      parent.appendChild(el("mark", null, part.slice(lead.length, part.length - tail.length)));
      parent.appendChild(document.createTextNode(tail));
    });
  }

  /* The passage of ``text`` (about SNIPPET_WORDS words) with the most matched words. */
  function snippet(text, terms) {
    var words = text.split(/\s+/);
    var hits = words.map(function (w) {
      return w.split(/-+/).some(function (p) { var t = RU.term(p); return t && terms[t]; }) ? 1 : 0;
    });
    var best = 0, bestCount = -1, count = 0;
    for (var i = 0; i < words.length; i++) {
      count += hits[i] - (i >= SNIPPET_WORDS ? hits[i - SNIPPET_WORDS] : 0);
      var start = Math.max(0, i - SNIPPET_WORDS + 1);
      if (count > bestCount) { bestCount = count; best = start; }
    }
    var first = hits.indexOf(1, best);
    if (first > best + 4) best = Math.min(first - 4, Math.max(0, words.length - SNIPPET_WORDS));
    var end = Math.min(words.length, best + SNIPPET_WORDS);
    return (best > 0 ? "… " : "") + words.slice(best, end).join(" ") + (end < words.length ? " …" : "");
  }

  function renderResult(result, i) {
    var d = result.doc;  // [title, url, iso date, date, source, persons, countries, text]
    var item = el("li", "search-result");
    item.id = "search-result-" + i;
    var link = el("a", "search-result-title");
    link.href = d[1];
    appendMarked(link, d[0], result.terms);
    var heading = el("h2");
    heading.appendChild(link);
    item.appendChild(heading);
    var meta = el("p", "search-result-meta");
    if (d[2]) {
      var time = el("time", null, d[3]);
      time.setAttribute("datetime", d[2]);
      meta.appendChild(time);
    }
    if (d[4]) meta.appendChild(el("span", "search-result-source", d[4]));
    item.appendChild(meta);
    var text = el("p", "search-result-snippet");
    appendMarked(text, snippet(d[7], result.terms), result.terms);
    item.appendChild(text);
    return item;
  }

  function facetCounts(items, column) {
    var counts = {};
    items.forEach(function (r) { r.doc[column].forEach(function (name) { counts[name] = (counts[name] || 0) + 1; }); });
    return Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || a.localeCompare(b, "ru"); })
      .map(function (name) { return [name, counts[name]]; });
  }

  function renderFacet(title, key, column, items) {
    var counts = facetCounts(items, column);
    if (!counts.length && !state[key]) return;
    var group = el("div", "search-facet");
    group.setAttribute("data-facet", key);
    group.appendChild(el("h2", null, title));
    var ul = el("ul");
    counts.slice(0, FACET_LIMIT).forEach(function (pair) {
      var button = el("button", "search-facet-value");
      button.type = "button";
      button.setAttribute("aria-pressed", String(state[key] === pair[0]));
      button.appendChild(document.createTextNode(pair[0] + " "));
      button.appendChild(el("span", "search-facet-count", String(pair[1])));
      button.addEventListener("click", function () {
        state[key] = state[key] === pair[0] ? "" : pair[0];
        writeUrl(true);
        update();
      });
      var li = el("li");
      li.appendChild(button);
      ul.appendChild(li);
    });
    group.appendChild(ul);
    facets.appendChild(group);
  }

  /* Results that pass the facet filters (all but ``skip``, so a facet counts what it would add). */
  function filtered(items, skip) {
    return items.filter(function (r) {
      return (skip === "country" || !state.country || r.doc[6].indexOf(state.country) >= 0) &&
        (skip === "person" || !state.person || r.doc[5].indexOf(state.person) >= 0);
    });
  }

  function update() {
    var started = performance.now();
    var all = state.q ? search(state.q) : [];
    stats.lastSearchMs = performance.now() - started;
    results = filtered(all);
    active = -1;
    list.textContent = "";
    facets.textContent = "";
    results.slice(0, MAX_RESULTS).forEach(function (r, i) { list.appendChild(renderResult(r, i)); });
    renderFacet("Страны", "country", 6, filtered(all, "country"));
    renderFacet("Люди", "person", 5, filtered(all, "person"));
    var pending = META.shards.length - shards.length;
    var message = !state.q ? "Введите запрос: поиск понимает формы слов («Токаева», «переговорах»)."
      : results.length ? "Найдено: " + results.length + (results.length > MAX_RESULTS ? ", показаны первые " + MAX_RESULTS : "")
      : "Ничего не найдено.";
    if (state.q && pending > 0) message += " Загружается индекс…";
    status.textContent = message;
    stats.results = results.length;
    if (results.length && stats.firstResultMs === null) {
      stats.firstResultMs = performance.now();
      stats.firstResultShards = shards.length;
      stats.firstResultBytes = stats.bytes;
    }
    if (pending === 0 && stats.allShardsMs == null) stats.allShardsMs = performance.now();
    loadNext();
  }

  /* ---- URL, input and keyboard ---- */

  function readUrl() {
    var params = new URLSearchParams(location.search);
    return { q: (params.get("q") || "").trim(), country: params.get("country") || "", person: params.get("person") || "" };
  }

  function writeUrl(push) {
    var params = new URLSearchParams();
    ["q", "country", "person"].forEach(function (k) { if (state[k]) params.set(k, state[k]); });
    var url = location.pathname + (params.toString() ? "?" + params : "");
    try {
      if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
    } catch (e) { /* some browsers refuse history URLs on file://; the page still works */ }
  }

  function setActive(i) {
    var items = list.children;
    if (!items.length) return;
    active = Math.max(-1, Math.min(i, items.length - 1));
    for (var k = 0; k < items.length; k++) {
      items[k].classList.toggle("active", k === active);
      if (k === active) items[k].setAttribute("aria-current", "true"); else items[k].removeAttribute("aria-current");
    }
    if (active >= 0) items[active].scrollIntoView({ block: "nearest" });
  }

  input.value = state.q;
  input.setAttribute("aria-controls", "search-results");
  input.form.addEventListener("submit", function (event) { event.preventDefault(); });
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q === state.q) return;
      state.q = q;
      writeUrl(false);
      update();
    }, 80);
  });
  document.addEventListener("keydown", function (event) {
    if (event.target !== input && event.target !== document.body) return;
    if (event.key === "ArrowDown") { event.preventDefault(); setActive(active + 1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); setActive(active - 1); }
    else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      location.href = list.children[active].querySelector("a").href;
    }
  });
  window.addEventListener("popstate", function () {
    state = readUrl();
    input.value = state.q;
    update();
  });
  if (!state.q) input.focus();
  update();
})();
