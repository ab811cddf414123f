// Search with the site's Pagefind index (pagefind/, beside assets/): shows the header's search box, which
// leads to the search page; there, as the reader types, it lists each matching page with, under it, every
// editor's note the words occur in, linked to that note. Without JavaScript the box stays hidden; opened
// from disk, where a browser loads no index, the box stays hidden and the search page says so.
(function (doc) {
  "use strict";
  var script = doc.currentScript;
  var form = doc.querySelector("[data-search-box]");
  var list = doc.querySelector("[data-search-results]");
  var status = doc.querySelector("[data-search-status]");
  var served = location.protocol === "http:" || location.protocol === "https:";
  if (form && served) form.hidden = false;
  if (!form || !list) return;
  if (!served) {
    status.textContent = "Search works when the site is served over the web, not opened from disk.";
    return;
  }

  // The site's root is the folder above assets/, wherever the site is served from.
  var root = new URL("../", script.src);
  var input = form.querySelector("input[name=q]");
  var loading = null;
  var shown = 10;
  status.textContent = "";

  function pagefind() {
    if (!loading) {
      loading = import(new URL("pagefind/pagefind.js", root).href).then(function (module) {
        return module.init().then(function () { return module; });
      });
    }
    return loading;
  }

  function make(tag, className, text) {
    var el = doc.createElement(tag);
    if (className) el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  // The words lo..hi of the page around its first match in that span, matches marked.
  function excerpt(words, matches, lo, hi) {
    var first = matches[0];
    var start = Math.max(lo, first - 12);
    var end = Math.min(hi, start + 30);
    var p = make("span", "search-excerpt");
    var marked = {};
    matches.forEach(function (at) { marked[at] = true; });
    p.appendChild(doc.createTextNode(start > lo ? "… " : ""));
    for (var i = start; i < end; i++) {
      if (i > start) p.appendChild(doc.createTextNode(" "));
      if (marked[i]) p.appendChild(make("mark", "", words[i]));
      else p.appendChild(doc.createTextNode(words[i]));
    }
    if (end < hi) p.appendChild(doc.createTextNode(" …"));
    return p;
  }

  // Matches grouped by the part of the page they are in: an editor's note (its anchor note-N) or the text.
  function group(data, count) {
    var anchors = (data.anchors || []).slice().sort(function (a, b) { return a.location - b.location; });
    var parts = {};
    var order = [];
    data.locations.slice().sort(function (a, b) { return a - b; }).forEach(function (at) {
      var i = -1;
      while (i + 1 < anchors.length && anchors[i + 1].location <= at) i++;
      var note = i >= 0 && /^note-\d+$/.test(anchors[i].id) ? anchors[i] : null;
      var key = note ? note.id : "";
      if (!parts[key]) {
        var next = i + 1 < anchors.length ? anchors[i + 1].location : count;
        parts[key] = { note: note, lo: note ? note.location : 0, hi: note ? next : count, matches: [] };
        order.push(key);
      }
      parts[key].matches.push(at);
    });
    return order.map(function (key) { return parts[key]; });
  }

  function show(data) {
    var url = new URL(data.raw_url.replace(/^\//, ""), root).href;
    var words = data.content.trim().split(/\s+/);
    var item = make("li", "search-result");
    var heading = make("h2");
    var link = make("a", "", (data.meta && data.meta.title) || url);
    link.href = url;
    heading.appendChild(link);
    item.appendChild(heading);
    var notes = make("ul", "search-notes");
    group(data, words.length).forEach(function (part) {
      if (!part.note) {
        item.appendChild(make("p")).appendChild(excerpt(words, part.matches, part.lo, part.hi));
        return;
      }
      var entry = make("li");
      var noteLink = make("a", "", "Editor’s note " + part.note.id.replace("note-", ""));
      noteLink.href = url + "#" + part.note.id;
      entry.appendChild(noteLink);
      entry.appendChild(doc.createTextNode(": "));
      entry.appendChild(excerpt(words, part.matches, part.lo, part.hi));
      notes.appendChild(entry);
    });
    if (notes.firstChild) item.appendChild(notes);
    return item;
  }

  function run(term) {
    term = term.trim();
    if (!term) {
      list.textContent = "";
      status.textContent = "";
      return;
    }
    status.textContent = "Searching…";
    pagefind().then(function (module) {
      return module.debouncedSearch(term, {}, 200);
    }).then(function (search) {
      if (!search) return null;
      return Promise.all(search.results.slice(0, shown).map(function (r) { return r.data(); })).then(function (pages) {
        if (input.value.trim() !== term) return;
        list.textContent = "";
        pages.forEach(function (data) { list.appendChild(show(data)); });
        var n = search.results.length;
        status.textContent = n === 0 ? "Nothing found for “" + term + "”."
          : (n === 1 ? "1 page" : n + " pages") + " found for “" + term + "”" + (n > shown ? "; the first " + shown + " are shown." : ".");
      });
    }).catch(function () {
      status.textContent = "Search could not load its index.";
    });
  }

  input.addEventListener("input", function () { run(input.value); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value.trim()));
    run(input.value);
  });

  var query = new URLSearchParams(location.search).get("q");
  if (query) {
    input.value = query;
    run(query);
  }
})(document);
