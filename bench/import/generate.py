#!/usr/bin/env python3
"""Writes a WordPress (WXR 1.2) export of N posts with Arabic titles and percent-encoded slugs, categories, tags and a comment each."""
import sys
from datetime import datetime, timedelta
from urllib.parse import quote

def main(path, posts):
    site = "https://old.example.ly"
    with open(path, "w", encoding="utf-8") as w:
        w.write(f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>موقع قديم</title><link>{site}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>{site}</wp:base_site_url>
<wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[alaa]]></wp:author_login><wp:author_email>alaa@example.invalid</wp:author_email><wp:author_display_name><![CDATA[Alaa Elsagier]]></wp:author_display_name></wp:author>
""")
        for c in range(1, 6):
            w.write(f"<wp:category><wp:term_id>{c}</wp:term_id><wp:category_nicename><![CDATA[{quote(f'قسم-{c}').lower()}]]></wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[قسم {c}]]></wp:cat_name></wp:category>\n")
        start = datetime(2016, 1, 1)
        for i in range(1, posts + 1):
            slug = quote(f"مقال-رقم-{i}").lower()
            date = (start + timedelta(hours=i)).strftime("%Y-%m-%d %H:%M:%S")
            body = "".join(f"<!-- wp:paragraph --><p>فقرة {p} من المقال {i}: المؤسسة الليبية للتقنية تعمل على التحول الرقمي وبناء القدرات في ليبيا.</p><!-- /wp:paragraph -->\n" for p in range(1, 6))
            w.write(f"""<item><title><![CDATA[مقال رقم {i}]]></title><link>{site}/{slug}/</link><dc:creator><![CDATA[alaa]]></dc:creator>
<guid isPermaLink="false">{site}/?p={100 + i}</guid><content:encoded><![CDATA[{body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>{100 + i}</wp:post_id><wp:post_date><![CDATA[{date}]]></wp:post_date><wp:post_date_gmt><![CDATA[{date}]]></wp:post_date_gmt><wp:post_modified_gmt><![CDATA[{date}]]></wp:post_modified_gmt>
<wp:post_name><![CDATA[{slug}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status><wp:post_parent>0</wp:post_parent><wp:post_type><![CDATA[post]]></wp:post_type><wp:post_password></wp:post_password><wp:is_sticky>0</wp:is_sticky>
<category domain="category" nicename="{quote(f'قسم-{i % 5 + 1}').lower()}"><![CDATA[قسم {i % 5 + 1}]]></category><category domain="post_tag" nicename="tag-{i % 50}"><![CDATA[وسم {i % 50}]]></category>
<wp:comment><wp:comment_id>{i}</wp:comment_id><wp:comment_author><![CDATA[قارئ]]></wp:comment_author><wp:comment_author_IP>10.0.0.1</wp:comment_author_IP><wp:comment_date_gmt>{date}</wp:comment_date_gmt><wp:comment_content><![CDATA[تعليق]]></wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item>
""")
        w.write("</channel>\n</rss>\n")

if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
