/// The explorer page's script: plain JavaScript, no library, no network, so the page works from
/// `file://`.
///
/// It reads the data from the `application/json` script element, finds each SVG edge's ties by its
/// `tie-N` classes (``Figure/marksTies``) and each actor by its node's `<title>` (the actor id), and
/// writes the panel only through `textContent` and `createElement` (never `innerHTML`), so no name,
/// cue or sentence is ever read as markup. The filters follow `GraphView`'s rules: a date window
/// keeps a tie with a dated record inside it (a month counts when any of its days does), and with an
/// event type as well the same record must report that type.
enum ExplorerScript {
    static let source: StaticString = #"""

        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('explorer-data').textContent);
          var actors = new Map();
          data.actors.forEach(function (a) { actors.set(a.id, a); });
          var svg = document.querySelector('#drawing svg');
          var form = document.getElementById('filters');
          var panel = document.getElementById('panel');
          var statusLine = document.getElementById('status');
          var state = { layers: new Set(), polarity: 'all', type: '', from: '', until: '', query: '', zoom: 1 };
          var selection = null;
          var DATE = /^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$/;

          // --- Building the panel (text only, never markup) -------------------------------------------
          function el(tag, className, children) {
            var node = document.createElement(tag);
            if (className) node.className = className;
            (children || []).forEach(function (child) {
              node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
            });
            return node;
          }
          function name(id) { var a = actors.get(id); return a ? a.name : id; }
          function arrow(tie) { return tie.symmetric ? ' \u2194 ' : ' \u2192 '; }
          function weight(w) { return (Math.round(w * 1000) / 1000).toString(); }
          function plural(n, one, many) { return n + ' ' + (n === 1 ? one : many); }
          function layerTag(layer) {
            var tag = el('span', 'layer-tag', [layer]);
            if (data.layerColors[layer]) tag.style.backgroundColor = data.layerColors[layer];
            return tag;
          }
          function clearPanel(title) {
            while (panel.firstChild) panel.removeChild(panel.firstChild);
            panel.appendChild(el('h2', null, [title]));
          }

          // --- Filters (GraphView's rules) ---------------------------------------------------------------
          function inWindow(date) {
            if (state.from && date < state.from && state.from.indexOf(date) !== 0) return false;
            if (state.until && date > state.until && date.indexOf(state.until) !== 0) return false;
            return true;
          }
          function filtersEvidence() { return state.type !== '' || state.from !== '' || state.until !== ''; }
          function admits(date, type) {
            if (state.type && type !== state.type) return false;
            if ((state.from || state.until) && (!date || !inWindow(date))) return false;
            return true;
          }
          function tiePasses(tie) {
            if (!state.layers.has(tie.layer)) return false;
            if (state.polarity !== 'all' && tie.polarity !== state.polarity) return false;
            if (filtersEvidence() && !tie.facets.some(function (f) { return admits(f[0], f[1]); })) return false;
            return true;
          }
          function passing() {
            var out = [];
            data.ties.forEach(function (tie, i) { if (tiePasses(tie)) out.push(i); });
            return out;
          }

          // --- The figure ---------------------------------------------------------------------------------
          var edges = [];   // {element, ties: [index]}
          var nodes = new Map();   // actor id -> element
          if (svg) {
            svg.querySelectorAll('g.edge').forEach(function (g) {
              var ties = [];
              g.classList.forEach(function (c) { if (/^tie-[0-9]+$/.test(c)) ties.push(Number(c.slice(4))); });
              ties = ties.filter(function (i) { return i < data.ties.length; });
              if (ties.length === 0) return;
              // A wide transparent stroke along the curve makes a thin tie easy to click.
              var line = g.querySelector('path');
              if (line) {
                var hit = document.createElementNS('http://www.w3.org/2000/svg', 'path');
                hit.setAttribute('d', line.getAttribute('d'));
                hit.setAttribute('class', 'hit');
                g.appendChild(hit);
              }
              g.setAttribute('tabindex', '0');
              g.addEventListener('click', function (event) { event.stopPropagation(); showEdge(ties, g); });
              g.addEventListener('keydown', function (event) { if (event.key === 'Enter') showEdge(ties, g); });
              edges.push({ element: g, ties: ties });
            });
            svg.querySelectorAll('g.node').forEach(function (g) {
              var title = g.querySelector('title');
              var id = title ? title.textContent : '';
              if (!actors.has(id)) return;
              g.setAttribute('tabindex', '0');
              g.setAttribute('data-actor', id);
              g.addEventListener('click', function (event) { event.stopPropagation(); showActor(id); });
              g.addEventListener('keydown', function (event) { if (event.key === 'Enter') showActor(id); });
              nodes.set(id, g);
            });
          }

          function paint() {
            var pass = new Set(passing());
            var touched = new Set();
            pass.forEach(function (i) { touched.add(data.ties[i].source); touched.add(data.ties[i].target); });
            var chosenTies = new Set(selection ? selection.ties : []);
            var chosenActor = selection && selection.actor;
            // With a selection, what it does not involve stays visible but faint.
            var focusing = Boolean(chosenActor) || chosenTies.size > 0;
            var near = new Set();
            function touches(t) { return t.source === chosenActor || t.target === chosenActor; }
            pass.forEach(function (i) {
              var t = data.ties[i];
              if ((chosenActor && touches(t)) || chosenTies.has(i)) { near.add(t.source); near.add(t.target); }
            });
            chosenTies.forEach(function (i) { near.add(data.ties[i].source); near.add(data.ties[i].target); });
            edges.forEach(function (edge) {
              var visible = edge.ties.some(function (i) { return pass.has(i); });
              var involved = edge.ties.some(function (i) { return chosenTies.has(i) || (chosenActor && touches(data.ties[i])); });
              edge.element.classList.toggle('dim', !visible);
              edge.element.classList.toggle('faint', visible && focusing && !involved);
              edge.element.classList.toggle('selected', edge.ties.some(function (i) { return chosenTies.has(i); }));
            });
            var matches = searchActors();
            nodes.forEach(function (g, id) {
              g.classList.toggle('dim', !touched.has(id));
              g.classList.toggle('faint', touched.has(id) && focusing && !near.has(id) && id !== chosenActor);
              g.classList.toggle('selected', id === chosenActor);
              g.classList.toggle('match', state.query !== '' && matches.has(id));
            });
            statusLine.textContent = 'Showing ' + pass.size + ' of ' + plural(data.ties.length, 'tie', 'ties') +
              ' (' + touched.size + ' of ' + data.actors.length + ' actors)';
          }

          // --- Panels ------------------------------------------------------------------------------------
          function tieButton(i, from) {
            var tie = data.ties[i];
            var other = from ? (tie.source === from ? tie.target : tie.source) : null;
            var direction = !from ? name(tie.source) + arrow(tie) + name(tie.target)
              : (tie.symmetric ? '\u2194 ' : (tie.source === from ? '\u2192 ' : '\u2190 ')) + name(other);
            var button = el('button', 'tie-button', [direction + '  ', layerTag(tie.layer),
              el('span', tie.polarity, [' ' + tie.polarity + ', weight ' + weight(tie.weight) + ', ' +
                plural(tie.evidenceCount, 'record', 'records')])]);
            button.type = 'button';
            button.setAttribute('data-tie', String(i));
            button.addEventListener('click', function () { showTie(i, from); });
            return el('li', null, [button]);
          }
          function actorButton(id) {
            var a = actors.get(id);
            var button = el('button', 'actor-button', [a.name + ' ', el('span', 'meta', ['(' + a.kind + ')'])]);
            button.type = 'button';
            button.setAttribute('data-actor', id);
            button.addEventListener('click', function () { showActor(id); });
            return el('li', null, [button]);
          }

          function showActor(id) {
            var a = actors.get(id);
            selection = { actor: id, ties: [] };
            clearPanel(a.name);
            var about = a.kind + (a.tags.length ? '; tags: ' + a.tags.join(', ') : '');
            if (a.aliases.length) about += '; also: ' + a.aliases.join(', ');
            panel.appendChild(el('p', 'meta', [about]));
            var pass = passing().filter(function (i) { var t = data.ties[i]; return t.source === id || t.target === id; });
            pass.sort(function (x, y) {
              var a = data.ties[x], b = data.ties[y];
              return b.weight - a.weight || b.evidenceCount - a.evidenceCount || x - y;
            });
            panel.appendChild(el('h3', null, [plural(pass.length, 'tie passes', 'ties pass') + ' the filters']));
            panel.appendChild(el('ul', 'ties', pass.map(function (i) { return tieButton(i, id); })));
            paint();
          }

          function showEdge(ties, g) {
            if (ties.length === 1) { showTie(ties[0], null); return; }
            var first = data.ties[ties[0]];
            selection = { actor: null, ties: ties };
            clearPanel(name(first.source) + ' \u2013 ' + name(first.target));
            panel.appendChild(el('p', 'meta', ['This line draws ' + ties.length + ' ties:']));
            panel.appendChild(el('ul', 'ties', ties.map(function (i) { return tieButton(i, null); })));
            paint();
          }

          function highlighted(text, cues) {
            // Split the sentence at each cue (case-insensitive) and mark the cue's text.
            var lower = text.toLowerCase();
            var spans = [];
            cues.forEach(function (cue) {
              var needle = cue.toLowerCase();
              if (!needle) return;
              for (var at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
                spans.push([at, at + needle.length]);
              }
            });
            spans.sort(function (x, y) { return x[0] - y[0]; });
            var parts = [], last = 0;
            spans.forEach(function (s) {
              if (s[0] < last) return;
              if (s[0] > last) parts.push(text.slice(last, s[0]));
              parts.push(el('mark', null, [text.slice(s[0], s[1])]));
              last = s[1];
            });
            if (last < text.length) parts.push(text.slice(last));
            return parts;
          }

          function evidenceItem(e) {
            var doc = data.documents[e.document] || { file: '?' };
            var body;
            if (typeof e.text === 'string') {
              body = el('blockquote', null, ['\u201C'].concat(highlighted(e.text, e.cues), [e.cut ? '\u201D (cut)' : '\u201D']));
            } else {
              body = el('p', 'pointer', [doc.file + '#' + e.sentence + ' (characters ' + e.span[0] + '\u2013' + e.span[1] + ')']);
            }
            // Without the sentence, the pointer is the body, so the line under it does not repeat it.
            var meta = [doc.outlet || doc.file, e.date || doc.date, e.type ? 'type: ' + e.type : null,
              e.cues.length ? 'cues: ' + e.cues.join(', ') : null,
              typeof e.text === 'string' ? doc.file + '#' + e.sentence : null,
              e.confidence !== null && e.confidence !== undefined ? 'confidence ' + weight(e.confidence) : null]
              .filter(function (x) { return x; }).join(' \u00B7 ');
            if (doc.title) meta = doc.title + ' \u00B7 ' + meta;
            return el('li', 'evidence', [body, el('p', 'meta', [meta])]);
          }

          // A tie chosen from an actor's list keeps the actor in view, with a way back to its list.
          function showTie(i, from) {
            var tie = data.ties[i];
            if (from && tie.source !== from && tie.target !== from) from = null;
            selection = { actor: from || null, ties: [i] };
            clearPanel(name(tie.source) + arrow(tie) + name(tie.target));
            panel.lastChild.setAttribute('data-tie', String(i));
            panel.appendChild(el('p', null, [layerTag(tie.layer), el('span', tie.polarity, [' ' + tie.polarity]),
              ', weight ' + weight(tie.weight) + ', ' + plural(tie.evidenceCount, 'evidence record', 'evidence records') +
              (tie.symmetric ? ' (mutual)' : '')]));
            var shown = tie.evidence.filter(function (e) { return admits(e.date, e.type); });
            var notes = [];
            if (filtersEvidence()) notes.push(shown.length + ' of the ' + plural(tie.evidence.length, 'record', 'records') + ' here match the event type and dates.');
            if (tie.evidenceCount > tie.evidence.length) {
              notes.push('The first ' + tie.evidence.length + ' of ' + tie.evidenceCount + ' records are embedded (--max-evidence ' +
                data.limits.evidencePerTie + '); geograph explain lists them all.');
            }
            notes.forEach(function (n) { panel.appendChild(el('p', 'meta', [n])); });
            if (from) {
              var back = el('button', 'back', ['\u2190 all ties of ' + name(from)]);
              back.type = 'button';
              back.addEventListener('click', function () { showActor(from); });
              panel.insertBefore(back, panel.firstChild);
            }
            panel.appendChild(el('ul', 'evidence-list', shown.map(evidenceItem)));
            var ends = el('p', 'meta', ['Actors: ']);
            [tie.source, tie.target].forEach(function (id) {
              var b = el('button', 'actor-button-inline', [name(id)]);
              b.type = 'button';
              b.addEventListener('click', function () { showActor(id); });
              ends.appendChild(b);
              ends.appendChild(document.createTextNode(' '));
            });
            panel.appendChild(ends);
            paint();
          }

          // --- Search --------------------------------------------------------------------------------------
          function matchesText(text) { return typeof text === 'string' && text.toLowerCase().indexOf(state.query) >= 0; }
          function searchActors() {
            var found = new Set();
            if (!state.query) return found;
            actors.forEach(function (a, id) {
              if ([a.id, a.name].concat(a.aliases).some(matchesText)) found.add(id);
            });
            return found;
          }
          function showSearch() {
            selection = null;
            clearPanel('Search: \u201C' + state.query + '\u201D');
            var found = Array.from(searchActors()).sort(function (x, y) { return name(x).localeCompare(name(y)); });
            panel.appendChild(el('h3', null, [plural(found.length, 'actor', 'actors')]));
            panel.appendChild(el('ul', 'actors', found.slice(0, 50).map(actorButton)));
            if (found.length > 50) panel.appendChild(el('p', 'meta', ['and ' + (found.length - 50) + ' more; narrow the search.']));
            var hits = [];
            passing().forEach(function (i) {
              data.ties[i].evidence.forEach(function (e) {
                if (admits(e.date, e.type) && (e.cues.some(matchesText) || matchesText(e.text))) hits.push([i, e]);
              });
            });
            panel.appendChild(el('h3', null, [plural(hits.length, 'evidence record', 'evidence records') + ' (ties passing the filters)']));
            var list = el('ul', 'evidence-list', []);
            hits.slice(0, 100).forEach(function (hit) {
              var item = evidenceItem(hit[1]);
              item.insertBefore(tieButton(hit[0], null).firstChild, item.firstChild);
              list.appendChild(item);
            });
            panel.appendChild(list);
            if (hits.length > 100) panel.appendChild(el('p', 'meta', ['and ' + (hits.length - 100) + ' more; narrow the search.']));
            paint();
          }

          // --- Wiring ------------------------------------------------------------------------------------------
          function readFilters() {
            state.layers = new Set();
            form.querySelectorAll('input[name=layer]').forEach(function (box) { if (box.checked) state.layers.add(box.value); });
            state.polarity = document.getElementById('polarity').value;
            state.type = document.getElementById('event-type').value;
            ['from', 'until'].forEach(function (key) {
              var input = document.getElementById('date-' + key);
              var value = input.value.trim();
              var valid = value === '' || DATE.test(value);
              input.classList.toggle('invalid', !valid);
              input.title = valid ? '' : 'Write YYYY-MM or YYYY-MM-DD';
              state[key] = valid ? value : '';
            });
            state.query = document.getElementById('search').value.trim().toLowerCase();
          }
          function refresh() {
            readFilters();
            if (state.query) { showSearch(); return; }
            if (selection && selection.ties.length === 1) { showTie(selection.ties[0], selection.actor); return; }
            if (selection && selection.actor) { showActor(selection.actor); return; }
            paint();
          }
          form.addEventListener('input', refresh);
          form.addEventListener('change', refresh);
          form.addEventListener('submit', function (event) { event.preventDefault(); });
          form.addEventListener('reset', function () {
            selection = null;
            setTimeout(function () {
              clearPanel('Explore');
              panel.appendChild(el('p', null, ['Click an actor or a tie in the figure, or search, to see ties and their evidence here.']));
              refresh();
            }, 0);
          });
          document.querySelectorAll('.swatch').forEach(function (swatch) {
            var color = data.layerColors[swatch.getAttribute('data-layer')];
            if (color) swatch.style.backgroundColor = color;
          });
          document.querySelectorAll('.zoom button').forEach(function (button) {
            button.addEventListener('click', function () {
              var action = button.getAttribute('data-action');
              state.zoom = action === 'zoom-fit' ? 1 : Math.max(0.5, Math.min(8, state.zoom * (action === 'zoom-in' ? 1.25 : 0.8)));
              if (svg) { svg.style.width = (state.zoom * 100) + '%'; svg.style.height = (state.zoom * 100) + '%'; }
            });
          });
          document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') { selection = null; paint(); }
          });
          refresh();
        })();

        """#
}
