// Reads {"stopWords": [...], "texts": [...]} on stdin; writes the browser pipeline's index terms of
// each text as {"labels": [...registered labels], "terms": [[...], ...]} (the same scripts the site
// ships: minified lunr + lunr-languages).
const fs = require("fs");
const path = require("path");
const root = path.resolve(__dirname, "..", "..");
const lunr = require(path.join(root, "node_modules/lunr/lunr.min.js"));
require(path.join(root, "node_modules/lunr-languages/min/lunr.stemmer.support.min.js"))(lunr);
require(path.join(root, "node_modules/lunr-languages/min/lunr.ru.min.js"))(lunr);
const input = JSON.parse(fs.readFileSync(0, "utf8"));
const ru = require(path.join(root, "templates/assets/search-ru.js"))(lunr, input.stopWords);
const labels = ru.labels.filter((label) => lunr.Pipeline.registeredFunctions[label]);
process.stdout.write(JSON.stringify({ labels, terms: input.texts.map(ru.terms) }));
