// Runs first in the npm scripts that run TypeScript files with Node (start, web, test, bench,
// demo, build, schema:*): a Node outside package.json's `engines` cannot strip types and would
// stop with ERR_UNKNOWN_FILE_EXTENSION ".ts" or worse. Plain CommonJS in old syntax, so that any
// Node can run it and say so in one sentence before anything else runs.
'use strict';
// Without the node: prefix, which Node before 14.18 does not know.
// biome-ignore lint/style/useNodejsImportProtocol: must load in any Node
const fs = require('fs');
// biome-ignore lint/style/useNodejsImportProtocol: must load in any Node
const path = require('path');

const engines = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')).engines.node;
const version = process.versions.node;

function parse(text) {
  return text
    .replace(/^v/, '')
    .split('.')
    .map((n) => Number(n) || 0);
}

function atLeast(v, minimum) {
  for (let i = 0; i < 3; i++) {
    if ((v[i] || 0) !== (minimum[i] || 0)) return (v[i] || 0) > (minimum[i] || 0);
  }
  return true;
}

const short = (v) => (v[2] ? v.join('.') : v[1] ? `${v[0]}.${v[1]}` : `${v[0]}`);

/** A range of the forms `^X.Y.Z` and `>=X.Y.Z`, joined by `||` (what `engines` uses). */
const terms = engines.split('||').map((part) => {
  const term = part.trim();
  if (term.indexOf('>=') === 0) {
    const minimum = parse(term.slice(2).trim());
    return { accepts: (v) => atLeast(v, minimum), text: `${short(minimum)} or newer` };
  }
  if (term.indexOf('^') === 0) {
    const minimum = parse(term.slice(1).trim());
    return {
      accepts: (v) => v[0] === minimum[0] && atLeast(v, minimum),
      text: `${short(minimum)} or a later ${minimum[0]}.x`,
    };
  }
  throw new Error(`scripts/check-node.cjs cannot read the engines range "${engines}" in package.json`);
});

if (!terms.some((term) => term.accepts(parse(version)))) {
  const recommended = fs.readFileSync(path.join(__dirname, '..', '.nvmrc'), 'utf8').trim();
  console.error(
    `ClusterPilot needs Node.js ${terms.map((t) => t.text).join(', or ')} (recommended: ${recommended}, see .nvmrc); this is Node.js ${version}.`,
  );
  process.exit(1);
}
