/* figsite search: runs in the browser against the static index under /search/ (see
   SearchIndexWriter.java). A query downloads the small manifest, the token shards of its words,
   and the metadata blocks of the results it shows; nothing else, and each file once per page
   view. Results follow the query as it is typed (DEBOUNCE ms after the last keystroke), the
   address keeps the query (?q=…&org=…) so a search can be shared, and the arrow keys move between
   the search box and the result links. No dependencies, no build step. */
(function () {
  'use strict';
  var form = document.getElementById('search-form');
  if (!form || !window.fetch) return;
  var indexUrl = form.getAttribute('data-index');
  var figuresUrl = form.getAttribute('data-figures');
  var input = document.getElementById('q');
  var orgSelect = document.getElementById('org');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var PAGE = 20;
  var GENE = 100, PRINTED = 50, TITLE = 10, ORGANISM = 1;
  var DEBOUNCE = 60;
  var timer = 0;
  var cache = {};
  var bytes = 0;
  var current = null;

  function fetchJson(path) {
    var url = indexUrl + path;
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (r) {
        if (r.status === 404) return null;
        if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
        return r.text();
      }).then(function (text) {
        if (text === null) return null;
        bytes += new Blob([text]).size;
        return JSON.parse(text);
      });
    }
    return cache[url];
  }

  function norm(s) {
    return s.normalize('NFKC').toLowerCase();
  }

  /* Must match SearchTokens.shardName. */
  function shardName(prefix) {
    var out = '';
    for (var i = 0; i < prefix.length; i++) {
      var c = prefix.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '-') out += c;
      else out += '_' + ('000' + prefix.charCodeAt(i).toString(16)).slice(-4);
    }
    return out;
  }

  /* The shard holding a token: the longest listed prefix of it. */
  function shardOf(token, manifest) {
    for (var len = Math.min(token.length, 8); len >= 1; len--) {
      if (manifest.shardSet.has(token.slice(0, len))) return token.slice(0, len);
    }
    return null;
  }

  /* A set of figure numbers: an array of gaps, or a base64 bitmap. */
  function decodeSet(v) {
    var out = [];
    if (!v) return out;
    if (typeof v === 'string') {
      var bin = atob(v);
      for (var i = 0; i < bin.length; i++) {
        var b = bin.charCodeAt(i);
        if (b) for (var k = 0; k < 8; k++) if (b & (1 << k)) out.push(i * 8 + k);
      }
      return out;
    }
    var n = 0;
    for (var j = 0; j < v.length; j++) { n += v[j]; out.push(n); }
    return out;
  }

  function parse(q, manifest) {
    var stop = new Set(manifest.stop);
    var terms = [];
    q.split(/[\s,;]+/).forEach(function (raw) {
      if (!raw) return;
      var n = norm(raw);
      var gene = n.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      var words = n.split(/[^\p{L}\p{N}]+/u).filter(function (w) {
        return w.length >= manifest.minLength && !stop.has(w);
      });
      if (gene || words.length) terms.push({ raw: raw, gene: gene, words: words });
    });
    return terms;
  }

  function loadShards(tokens, manifest) {
    var prefixes = [];
    tokens.forEach(function (t) {
      var p = shardOf(t, manifest);
      if (p !== null && prefixes.indexOf(p) < 0) prefixes.push(p);
    });
    return Promise.all(prefixes.map(function (p) {
      return fetchJson('/t/' + shardName(p) + '.json').then(function (s) { return [p, s || {}]; });
    })).then(function (pairs) {
      var shards = {};
      pairs.forEach(function (pair) { shards[pair[0]] = pair[1]; });
      return function (token) {
        var p = shardOf(token, manifest);
        var s = p === null ? null : shards[p];
        return s && Object.prototype.hasOwnProperty.call(s, token) ? s[token] : null;
      };
    });
  }

  /* Figure number -> score for one term: its gene symbol, else the word printed in the figure, else
     all its words in title or organisms. */
  function scoreTerm(term, lookup) {
    var scores = new Map();
    var g = term.gene ? lookup(term.gene) : null;
    if (term.words.length) {
      var acc = null;
      term.words.forEach(function (w) {
        var e = lookup(w);
        var m = new Map();
        if (e) {
          decodeSet(e.o).forEach(function (n) { m.set(n, ORGANISM); });
          decodeSet(e.t).forEach(function (n) { m.set(n, TITLE); });
        }
        if (acc === null) { acc = m; return; }
        var next = new Map();
        acc.forEach(function (s, n) { if (m.has(n)) next.set(n, s + m.get(n)); });
        acc = next;
      });
      acc.forEach(function (s, n) { scores.set(n, s); });
    }
    if (g) decodeSet(g.w).forEach(function (n) { scores.set(n, PRINTED); });
    if (g) decodeSet(g.g).forEach(function (n) { scores.set(n, GENE); });
    term.found = !!(g && (g.g || g.w)) || scores.size > 0;
    term.ignored = !g && term.words.length === 0;
    return scores;
  }

  function run(q, org) {
    var state = { q: q, org: org, results: [], shown: 0 };
    current = state;
    /* The previous results stay until these replace them, so that typing does not flicker. */
    list.setAttribute('data-state', 'loading');
    list.setAttribute('aria-busy', 'true');
    if (!list.firstChild) status.textContent = 'Searching…';
    return fetchJson('/manifest.json').then(function (manifest) {
      if (!manifest) throw new Error('the search index is missing');
      manifest.shardSet = manifest.shardSet || new Set(manifest.shards);
      state.manifest = manifest;
      var terms = parse(q, manifest);
      var tokens = [];
      terms.forEach(function (t) {
        if (t.gene) tokens.push(t.gene);
        t.words.forEach(function (w) { tokens.push(w); });
      });
      var orgSet = org ? fetchJson('/organisms/' + encodeURIComponent(org) + '.json') : Promise.resolve(null);
      return Promise.all([loadShards(tokens, manifest), orgSet]).then(function (loaded) {
        var lookup = loaded[0];
        var maps = [];
        terms.forEach(function (t) {
          var m = scoreTerm(t, lookup);
          if (!t.ignored) maps.push(m);
        });
        var orgFilter = loaded[1] ? new Set(decodeSet(loaded[1].f)) : null;
        var results = [];
        if (maps.length) {
          maps.sort(function (a, b) { return a.size - b.size; });
          maps[0].forEach(function (s, n) {
            if (orgFilter && !orgFilter.has(n)) return;
            var total = s;
            for (var i = 1; i < maps.length; i++) {
              if (!maps[i].has(n)) return;
              total += maps[i].get(n);
            }
            results.push([n, total]);
          });
        } else if (orgFilter) {
          orgFilter.forEach(function (n) { results.push([n, 0]); });
        }
        results.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
        state.results = results;
        state.terms = terms;
        state.lookup = lookup;
        state.orgName = loaded[1] ? loaded[1].name : '';
        if (current !== state) return null;
        return showMore(state).then(function () {
          if (current === state) describe(state);
        });
      });
    }).catch(function (err) {
      if (current !== state) return;
      status.textContent = 'Search failed: ' + err.message;
      list.innerHTML = '';
      list.removeAttribute('aria-busy');
      list.setAttribute('data-state', 'error');
    });
  }

  function describe(state) {
    var n = state.results.length;
    var what = state.q ? '“' + state.q + '”' : 'the filter';
    var text = n === 0 ? 'No figures match ' + what : (n === 1 ? '1 figure matches ' : n + ' figures match ') + what;
    if (state.orgName) text += ' in ' + state.orgName;
    status.textContent = text + '.';
    if (n === 0) suggest(state);
  }

  /* When nothing matched: the indexed tokens that start with what was typed. */
  function suggest(state) {
    var seen = [];
    (state.terms || []).forEach(function (t) {
      if (!t.gene || t.gene.length < 2) return;
      var p = shardOf(t.gene, state.manifest);
      var shard = p === null ? null : cache[indexUrl + '/t/' + shardName(p) + '.json'];
      if (!shard) return;
      shard.then(function (s) {
        if (!s) return;
        Object.keys(s).filter(function (k) { return k.indexOf(t.gene) === 0; }).slice(0, 8).forEach(function (k) {
          var label = s[k].s || k;
          if (seen.indexOf(label) >= 0) return;
          seen.push(label);
          var a = document.createElement('a');
          a.href = '?q=' + encodeURIComponent(label);
          a.textContent = label;
          if (seen.length === 1) status.appendChild(document.createTextNode(' Did you mean: '));
          else status.appendChild(document.createTextNode(', '));
          status.appendChild(a);
        });
      });
    });
  }

  function showMore(state) {
    var m = state.manifest;
    var slice = state.results.slice(state.shown, state.shown + PAGE);
    var blocks = [];
    slice.forEach(function (r) {
      var b = Math.floor(r[0] / m.block);
      if (blocks.indexOf(b) < 0) blocks.push(b);
    });
    return Promise.all(blocks.map(function (b) { return fetchJson('/meta/' + b + '.json'); })).then(function (metas) {
      if (current !== state) return;
      if (state.shown === 0) list.innerHTML = '';
      var byBlock = {};
      blocks.forEach(function (b, i) { byBlock[b] = metas[i] || []; });
      slice.forEach(function (r) {
        var row = byBlock[Math.floor(r[0] / m.block)][r[0] % m.block];
        if (!row) return;
        var li = document.createElement('li');
        if (row.length > 4) li.setAttribute('data-i', row[4]);
        var a = document.createElement('a');
        a.href = figuresUrl + row[0] + '.html';
        a.textContent = row[1];
        li.appendChild(a);
        if (row[3]) li.appendChild(span('org', row[3]));
        if (row[2]) li.appendChild(span('year', row[2]));
        var how = r[1] >= GENE ? 'gene match' : r[1] >= PRINTED ? 'word in figure' : r[1] >= TITLE ? 'title match'
          : r[1] > 0 ? 'organism match' : '';
        if (how) li.appendChild(span('match', '· ' + how));
        list.appendChild(li);
      });
      if (window.figsiteThumbs) window.figsiteThumbs(list);
      state.shown += slice.length;
      more.hidden = state.shown >= state.results.length;
      list.removeAttribute('aria-busy');
      list.setAttribute('data-state', 'done');
      list.setAttribute('data-bytes', String(bytes));
    });
  }

  function span(cls, text) {
    var s = document.createElement('span');
    s.className = cls;
    s.textContent = ' ' + text;
    return s;
  }

  /* Searches for what the form holds now, and puts it in the address. */
  function search() {
    clearTimeout(timer);
    var q = input.value.trim();
    var org = orgSelect.value;
    if (current && current.q === q && current.org === org && list.getAttribute('data-state') !== 'error') return;
    var params = new URLSearchParams();
    if (q) params.set('q', q);
    if (org) params.set('org', org);
    var query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
    if (q || org) {
      run(q, org);
    } else {
      current = null;
      list.innerHTML = '';
      more.hidden = true;
      status.textContent = '';
      list.removeAttribute('aria-busy');
      list.setAttribute('data-state', 'idle');
    }
  }

  form.addEventListener('submit', function (ev) {
    ev.preventDefault();
    search();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, DEBOUNCE);
  });
  orgSelect.addEventListener('change', search);

  /* Keyboard: Down from the search box to the first result, Up and Down between results, Up from
     the first result or Escape back to the box; Enter on a result follows its link. */
  function resultLinks() {
    return Array.prototype.slice.call(list.querySelectorAll('li > a'));
  }
  input.addEventListener('keydown', function (ev) {
    if (ev.key !== 'ArrowDown') return;
    var links = resultLinks();
    if (!links.length) return;
    ev.preventDefault();
    links[0].focus();
  });
  list.addEventListener('keydown', function (ev) {
    var links = resultLinks();
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (ev.key === 'ArrowDown' && at + 1 < links.length) links[at + 1].focus();
    else if (ev.key === 'ArrowUp' && at > 0) links[at - 1].focus();
    else if (ev.key === 'ArrowUp' || ev.key === 'Escape') input.focus();
    else return;
    ev.preventDefault();
  });

  more.addEventListener('click', function () {
    if (current) showMore(current);
  });

  var params = new URLSearchParams(location.search);
  var q0 = (params.get('q') || '').trim();
  var org0 = params.get('org') || '';
  input.value = q0;
  if (org0) {
    if (!Array.prototype.some.call(orgSelect.options, function (o) { return o.value === org0; })) {
      var opt = document.createElement('option');
      opt.value = org0;
      opt.textContent = org0;
      orgSelect.appendChild(opt);
    }
    orgSelect.value = org0;
  }
  if (q0 || org0) run(q0, org0);
  else list.setAttribute('data-state', 'idle');
})();
