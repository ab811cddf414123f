#!/usr/bin/env python3
# ORIGIN: the project's shared benchmark folder (bench/make-corpus.py), kept here so that any clone runs it.
"""Generate a deterministic benchmark corpus of N annotated briefings.

The same articles are written three ways, so that one site can be built by
several generators and timed side by side:

  OUT/briefing/input/...   this project's content format (see README.md)
  OUT/hugo/...             a Hugo site: the same text with inline footnotes
  OUT/eleventy/...         an Eleventy site: the same text with inline footnotes

Usage: make-corpus.py N OUT [--seed S] [--words W] [--notes K]
Only the Python standard library is used.
"""
import argparse
import json
import os
import random
import shutil

VOCAB = """
alliance border sanctions council resolution treaty ministry embassy envoy summit
talks framework denuclearization reactor plutonium uranium enrichment missile launch
test warhead deterrence regime succession leader party army navy province trade
fuel grain aid refugee crossing bridge river port railway pipeline tariff export
import credit bank ledger report analyst scholar professor institute review archive
statement communique protocol delegation observer inspector monitor verification
agreement declaration armistice ceasefire peninsula capital coast harbor factory
mine coal steel textile market currency inflation budget deficit harvest famine
winter summer spring autumn decade century history memory record witness source
quietly firmly openly sharply slowly steadily briefly largely mostly rarely often
agreed rejected signed proposed condemned welcomed delayed resumed suspended expanded
reduced doubled halted approved vetoed debated urged warned pledged supplied shipped
northern southern eastern western regional national bilateral multilateral nuclear
conventional economic political military diplomatic strategic historic modern formal
""".split()

NAMES = ["Beijing", "Pyongyang", "Seoul", "Tokyo", "Washington", "Moscow", "Dandong",
         "Sinuiju", "the Yalu", "the Tumen", "the Security Council", "the Six-Party Talks"]

FIRST = ["Ana", "Chen", "David", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kim",
         "Lena", "Mateo", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tara", "Umar"]
LAST = ["Albert", "Bajoria", "Cho", "Dunn", "Evans", "Fischer", "Garcia", "Huang", "Ito",
        "Jensen", "Khan", "Lee", "Moreau", "Nakamura", "Okafor", "Park", "Quist", "Rossi"]
PUBLISHERS = ["Council on Foreign Relations", "Institute for Strategic Review",
              "Center for Policy Archives", "Northeast Asia Forum"]


def sentence(rng):
    words = [rng.choice(VOCAB) for _ in range(rng.randint(9, 18))]
    if rng.random() < 0.35:
        words.insert(rng.randrange(len(words)), rng.choice(NAMES))
    words[0] = words[0].capitalize()
    return " ".join(words) + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def decorate(rng, text):
    """Add a little inline Markdown so anchoring crosses real inline markup."""
    words = text.split(" ")
    if len(words) > 12 and rng.random() < 0.5:
        i = rng.randrange(2, len(words) - 4)
        words[i] = "*" + words[i] + "*"
    if len(words) > 12 and rng.random() < 0.3:
        i = rng.randrange(2, len(words) - 4)
        words[i] = "[" + words[i] + "](https://example.org/ref/" + str(rng.randrange(1000)) + ")"
    return " ".join(words)


def plain(md):
    out, i = [], 0
    while i < len(md):
        c = md[i]
        if c == "*":
            i += 1
            continue
        if c == "[":
            j = md.index("]", i)
            out.append(md[i + 1:j])
            i = md.index(")", j) + 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


def make_sources(rng, count):
    refs = []
    for k in range(count):
        year = rng.randint(1995, 2024)
        kind = rng.choice(["report", "webpage", "article-newspaper", "legislation"])
        ref = {
            "id": f"src-{k:04d}",
            "type": kind,
            "title": sentence(rng).rstrip(".").title(),
            "issued": {"date-parts": [[year, rng.randint(1, 12), rng.randint(1, 28)]]},
            "URL": f"https://example.org/sources/{k:04d}",
        }
        if kind == "legislation":
            ref["authority"] = "United Nations Security Council"
            ref["number"] = f"S/RES/{1000 + k} ({year})"
        else:
            ref["author"] = [{"family": rng.choice(LAST), "given": rng.choice(FIRST)}]
            ref["publisher" if kind != "article-newspaper" else "container-title"] = rng.choice(PUBLISHERS)
        refs.append(ref)
    return refs


def cite_text(ref):
    who = ref.get("authority") or " ".join([ref["author"][0]["given"], ref["author"][0]["family"]])
    y = ref["issued"]["date-parts"][0][0]
    return f'{who}, "{ref["title"]}" ({y}), {ref["URL"]}.'


def yaml_str(s):
    return json.dumps(s, ensure_ascii=False)  # JSON strings are valid YAML scalars


def build_article(rng, n, words, notes, sources):
    sections, total = [], 0
    while total < words:
        heading = " ".join(rng.choice(VOCAB) for _ in range(rng.randint(2, 4))).title()
        paras = [decorate(rng, paragraph(rng)) for _ in range(rng.randint(3, 5))]
        total += sum(len(p.split()) for p in paras)
        sections.append((heading, paras))
    flat = [(si, pi) for si, (_, ps) in enumerate(sections) for pi in range(len(ps))]
    full_plain = "\n".join(plain(p) for _, ps in sections for p in ps)
    anns, used = [], set()
    tries = 0
    while len(anns) < notes and tries < notes * 50:
        tries += 1
        si, pi = rng.choice(flat)
        if (si, pi) in used:
            continue
        ptxt = plain(sections[si][1][pi])
        ws = ptxt.split(" ")
        length = rng.randint(4, 8)
        if len(ws) <= length + 1:
            continue
        start = rng.randrange(0, len(ws) - length)
        quote = " ".join(ws[start:start + length]).rstrip(".")
        if full_plain.count(quote) != 1 or len(quote) < 12:
            continue
        used.add((si, pi))
        cites = rng.sample(sources, rng.randint(1, 2))
        anns.append({"si": si, "pi": pi, "quote": quote,
                     "note": sentence(rng), "cites": [c["id"] for c in cites],
                     "cite_texts": [cite_text(c) for c in cites]})
    meta = {
        "slug": f"briefing-{n:05d}",
        "title": "The " + " ".join(rng.choice(VOCAB) for _ in range(3)).title() + f" Question {n}",
        "author": rng.choice(FIRST) + " " + rng.choice(LAST),
        "publisher": rng.choice(PUBLISHERS),
        "date": f"{rng.randint(2001, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "topics": sorted(set(rng.sample(["China", "North Korea", "Sanctions", "Nuclear weapons",
                                         "Trade", "Diplomacy", "Energy", "Human rights"], 2))),
    }
    return meta, sections, anns


def anchor_in_markdown(md_para, quote, marker):
    """Insert marker right after the quote, matching through inline markup."""
    text = plain(md_para)
    end_plain = text.index(quote) + len(quote)
    # walk the markdown, counting plain characters, to find the same position
    count, i = 0, 0
    while count < end_plain:
        c = md_para[i]
        if c == "*":
            i += 1
            continue
        if c == "[":
            j = md_para.index("]", i)
            inner = j - i - 1
            if count + inner >= end_plain:
                i = md_para.index(")", j) + 1
                count += inner
                break
            count += inner
            i = md_para.index(")", j) + 1
            continue
        count += 1
        i += 1
    while i < len(md_para) and md_para[i] == "*" and md_para[:i].count("*") % 2 == 1:
        i += 1
    return md_para[:i] + marker + md_para[i:]


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def front_matter(meta, extra=""):
    return ("---\n"
            f"title: {yaml_str(meta['title'])}\n"
            f"authors:\n  - name: {yaml_str(meta['author'])}\n"
            f"publisher: {yaml_str(meta['publisher'])}\n"
            f"published: {meta['date']}\n"
            f"source:\n  url: https://example.org/original/{meta['slug']}\n  label: example.org\n"
            f"copyright:\n  notice: {yaml_str('Copyright ' + meta['date'][:4] + ' by the ' + meta['publisher'] + '.')}\n"
            f"  permission: {yaml_str('Republished with permission.')}\n"
            f"topics: [{', '.join(yaml_str(t) for t in meta['topics'])}]\n"
            + extra + "---\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=2008)
    ap.add_argument("--words", type=int, default=1200)
    ap.add_argument("--notes", type=int, default=10)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    sources = make_sources(rng, 400)

    ours = os.path.join(args.out, "briefing", "input")
    write(os.path.join(ours, "site.yml"),
          "title: Benchmark Briefings\nbase_url: https://bench.example.org/\nlanguage: en\n"
          "description: A generated corpus for build benchmarks.\n")
    write(os.path.join(ours, "sources.json"), json.dumps(sources, indent=1, ensure_ascii=False))

    hugo = os.path.join(args.out, "hugo")
    write(os.path.join(hugo, "hugo.toml"),
          'baseURL = "https://bench.example.org/"\nlanguageCode = "en"\ntitle = "Benchmark Briefings"\n'
          'disableKinds = ["taxonomy", "term"]\n')
    write(os.path.join(hugo, "layouts", "_default", "baseof.html"),
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
          '<link rel="canonical" href="{{ .Permalink }}"></head><body>{{ block "main" . }}{{ end }}</body></html>\n')
    write(os.path.join(hugo, "layouts", "_default", "single.html"),
          '{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.author }}, {{ .Params.publisher }}</p>'
          '{{ .Content }}<footer><p>{{ .Params.copyright }}</p><p><a href="{{ .Params.source }}">'
          'Read the original</a></p></footer></article>{{ end }}\n')
    write(os.path.join(hugo, "layouts", "_default", "list.html"),
          '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>'
          '{{ end }}</ul>{{ end }}\n')

    ele = os.path.join(args.out, "eleventy")
    write(os.path.join(ele, "eleventy.config.js"),
          'const footnote = require("markdown-it-footnote");\n'
          'module.exports = function (cfg) { cfg.amendLibrary("md", (md) => md.use(footnote));\n'
          '  return { dir: { input: "src", output: "_site" } }; };\n')
    write(os.path.join(ele, "src", "_includes", "page.njk"),
          '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head><body>'
          '<article><h1>{{ title }}</h1><p>{{ author }}, {{ publisher }}</p>{{ content | safe }}'
          '<footer><p>{{ copyright }}</p><p><a href="{{ source }}">Read the original</a></p></footer>'
          '</article></body></html>\n')
    write(os.path.join(ele, "src", "index.njk"),
          '---\nlayout: page.njk\ntitle: Benchmark Briefings\n---\n<ul>{% for p in collections.all %}'
          '<li><a href="{{ p.url }}">{{ p.data.title }}</a></li>{% endfor %}</ul>\n')

    for n in range(args.n):
        meta, sections, anns = build_article(rng, n, args.words, args.notes, sources)
        body = "\n\n".join("## " + h + "\n\n" + "\n\n".join(ps) for h, ps in sections) + "\n"
        d = os.path.join(ours, "briefings", meta["slug"])
        write(os.path.join(d, "article.md"), front_matter(meta) + "\n" + body)
        lines = ["annotations:"]
        for k, a in enumerate(anns):
            note = a["note"] + " " + " ".join("[@" + c + "]" for c in a["cites"])
            lines += [f"  - id: note-{k + 1}", f"    quote: {yaml_str(a['quote'])}", f"    note: {yaml_str(note)}"]
        write(os.path.join(d, "annotations.yml"), "\n".join(lines) + "\n")

        # the same text with inline footnotes, for Hugo and Eleventy
        secs = [(h, list(ps)) for h, ps in sections]
        order = sorted(range(len(anns)), key=lambda k: (anns[k]["si"], anns[k]["pi"]))
        defs = []
        for num, k in enumerate(order, 1):
            a = anns[k]
            secs[a["si"]][1][a["pi"]] = anchor_in_markdown(secs[a["si"]][1][a["pi"]], a["quote"], f"[^{num}]")
            defs.append(f"[^{num}]: {a['note']} " + " ".join(a["cite_texts"]))
        fbody = "\n\n".join("## " + h + "\n\n" + "\n\n".join(ps) for h, ps in secs) + "\n\n" + "\n\n".join(defs) + "\n"
        copy = f"Copyright {meta['date'][:4]} by the {meta['publisher']}."
        src = f"https://example.org/original/{meta['slug']}"
        simple_fm = ("---\n" f"title: {yaml_str(meta['title'])}\n" f"author: {yaml_str(meta['author'])}\n"
                     f"publisher: {yaml_str(meta['publisher'])}\n" f"date: {meta['date']}\n"
                     f"copyright: {yaml_str(copy)}\n" f"source: {yaml_str(src)}\n")
        write(os.path.join(hugo, "content", "briefings", meta["slug"] + ".md"), simple_fm + "---\n\n" + fbody)
        write(os.path.join(ele, "src", "briefings", meta["slug"] + ".md"),
              simple_fm + "layout: page.njk\n---\n\n" + fbody)
    print(f"wrote {args.n} briefings to {args.out}")


if __name__ == "__main__":
    main()
