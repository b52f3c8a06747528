/* The Russian Lunr pipeline for the browser: the same labels and the same behaviour as
 * sitegen/search/pipeline.py (fold ё→е and stress marks, trim non-letters at the ends, drop stop
 * words, Snowball Russian stem from lunr-languages; an empty stem keeps the word).
 * In a page it registers itself from window.lunr and window.SITEGEN_SEARCH.stopWords;
 * under Node it exports the factory: require("search-ru.js")(lunr, stopWords). */
(function (root, factory) {
  if (typeof module === "object" && module.exports) module.exports = factory;
  else root.SITEGEN_RU = factory(root.lunr, root.SITEGEN_SEARCH.stopWords);
})(typeof self !== "undefined" ? self : this, function (lunr, stopWords) {
  "use strict";
  var STRESS = /[\u0300\u0301]/g;
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
  var stop = Object.create(null);
  var stems = Object.create(null);
  stopWords.forEach(function (w) { stop[w] = true; });

  function fold(s) { return s.toLowerCase().replace(/ё/g, "е").replace(STRESS, ""); }
  function trim(s) { return s.replace(EDGES, ""); }
  function stem(s) {
    if (!(s in stems)) stems[s] = lunr.ru.stemmer(s) || s;
    return stems[s];
  }

  var foldFn = function (token) { return token.update(fold); };
  var trimFn = function (token) { token.update(trim); return token.toString() ? token : undefined; };
  var stopFn = function (token) { return stop[token.toString()] ? undefined : token; };
  var stemFn = function (token) { return token.update(stem); };
  var functions = [foldFn, trimFn, stopFn, stemFn];
  var labels = ["sitegen-ru-fold", "sitegen-ru-trimmer", "sitegen-ru-stop", "sitegen-ru-stem"];
  functions.forEach(function (fn, i) { lunr.Pipeline.registerFunction(fn, labels[i]); });

  var pipeline = new lunr.Pipeline();
  pipeline.add.apply(pipeline, functions);

  /* The index term of one word, or "" for a stop word or punctuation. */
  function term(word) { return pipeline.runString(word)[0] || ""; }
  /* The index terms of a text, in order (what the equivalence test compares with Python). */
  function terms(text) { return pipeline.run(lunr.tokenizer(text)).map(String); }

  return { labels: labels, fold: fold, term: term, terms: terms, stem: stem };
});
