#!/usr/bin/env python3
"""Writes the public posts of a Qalam data directory as a Hugo site of Markdown files: the same corpus, for the same build.

Usage: hugo_corpus.py DATA_DIR HUGO_DIR. Each post becomes content/posts/<slug>.md with its title, date, slug, author,
categories and tags as front matter and its paragraphs as Markdown. The layouts render what Qalam's pages show: a post
with its terms and previous/next, and paginated lists (home, authors, categories, tags) with RSS, plus a sitemap.
"""
import html, os, re, sqlite3, sys
from datetime import datetime, timedelta

data, out = sys.argv[1], sys.argv[2]
db = sqlite3.connect(os.path.join(data, "qalam.db"))
per_page = db.execute("select PostsPerPage from Settings").fetchone()[0]
tags, cats = {}, {}
for pid, name in db.execute("select pt.PostsId, t.Name from PostTags pt join Tags t on t.Id = pt.TagsId"):
    tags.setdefault(pid, []).append(name)
for pid, name in db.execute("select pc.PostsId, c.Name from PostCategories pc join Categories c on c.Id = pc.CategoriesId"):
    cats.setdefault(pid, []).append(name)
os.makedirs(os.path.join(out, "content", "posts"), exist_ok=True)

def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

def date(value):
    # EF keeps a DateTimeOffset as ((ticks / 1000) << 11) | offset minutes; Qalam's are UTC.
    return (datetime(1, 1, 1) + timedelta(microseconds=(value >> 11) * 100)).strftime("%Y-%m-%dT%H:%M:%SZ")

def markdown(body):
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", body, re.S)
    return "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "", p)).strip() for p in paragraphs) + "\n"

count = 0
# Pages ("about us") are not in Qalam's lists either, so the published posts of every other kind are written.
rows = db.execute("""select p.Id, p.Title, p.Slug, p.PublishedUtc, p.BodyHtml, a.DisplayName from Posts p join People a on a.Id = p.AuthorId
                     where p.Status = 'Published' and p.Kind != 'Page' and p.PublishedUtc is not null""")
for pid, title, slug, published, body, author in rows:
    front = ["---", f"title: {q(title)}", f"date: {date(published)}", f"slug: {q(slug)}", f"authors: [{q(author)}]",
             f"categories: [{', '.join(q(c) for c in cats.get(pid, []))}]", f"tags: [{', '.join(q(t) for t in tags.get(pid, []))}]", "---", ""]
    with open(os.path.join(out, "content", "posts", f"{pid}.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(front) + markdown(body))
    count += 1

with open(os.path.join(out, "config.toml"), "w", encoding="utf-8") as f:
    f.write(f'''baseURL = "https://example.org/"
languageCode = "ar"
title = "مؤسسة واحة التقنية"
paginate = {per_page}
disableKinds = ["section"]
[permalinks]
  posts = "/:slug/"
[taxonomies]
  author = "authors"
  category = "categories"
  tag = "tags"
''')

layouts = {
    "_default/baseof.html": """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>
<link rel="canonical" href="{{ .Permalink }}">{{ range .AlternativeOutputFormats }}<link rel="alternate" type="{{ .MediaType.Type }}" href="{{ .Permalink }}">{{ end }}</head>
<body><header><a href="/">{{ .Site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
""",
    "_default/single.html": """{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date.Format "2006-01-02" }}</time>
{{ range .Params.authors }}<a href="{{ "authors/" | relURL }}{{ . | urlize }}/">{{ . }}</a>{{ end }}
{{ .Content }}
<ul>{{ range .Params.categories }}<li><a href="{{ "categories/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}{{ range .Params.tags }}<li><a href="{{ "tags/" | relURL }}{{ . | urlize }}/">{{ . }}</a></li>{{ end }}</ul>
{{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}
</article>{{ end }}
""",
    "_default/list.html": """{{ define "main" }}<h1>{{ .Title }}</h1>{{ $pages := .Pages }}{{ if .IsHome }}{{ $pages = where .Site.RegularPages "Type" "posts" }}{{ end }}{{ $p := .Paginate $pages }}
{{ range $p.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2><time>{{ .Date.Format "2006-01-02" }}</time><p>{{ .Summary }}</p></article>{{ end }}
{{ with $p.Prev }}<a rel="prev" href="{{ .URL }}">prev</a>{{ end }}{{ with $p.Next }}<a rel="next" href="{{ .URL }}">next</a>{{ end }}{{ end }}
""",
    "_default/terms.html": """{{ define "main" }}<ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
""",
}
for path, text in layouts.items():
    full = os.path.join(out, "layouts", path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8") as f:
        f.write(text)
print(f"Wrote {count} posts as Markdown to {out}")
