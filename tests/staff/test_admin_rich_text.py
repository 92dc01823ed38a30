"""Two editors opened at once never mix their rich text (a threaded server: `make run`).

Wagtail's editor reads stored HTML with one parser per widget, and widgets are shared between
requests; two requests converting at once got a 500 or another article's paragraph."""

import re
import sys
import threading

from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from news.blocks import ArticleBodyBlock


def without_keys(contentstate):
    return re.sub(r'"key":\s*"[^"]*"', "", contentstate)


def test_articles_opened_at_the_same_time_each_get_their_own_paragraphs():
    # The converter of the body's paragraph block: one per process, as in the editor.
    converter = ArticleBodyBlock().child_blocks["paragraph"].field.widget.converter
    assert isinstance(converter, ContentstateConverter)
    articles = [
        "".join(
            f"<p>Article {number}, paragraphe {line}, <b>gras</b> et <i>italique</i>.</p>"
            for line in range(60)
        )
        for number in range(4)
    ]
    expected = [without_keys(converter.from_database_format(html)) for html in articles]
    problems = []

    def open_editor(number):
        for _ in range(50):
            try:
                if (
                    without_keys(converter.from_database_format(articles[number]))
                    != expected[number]
                ):
                    problems.append(f"article {number}: another text")
            except Exception as error:  # what the editor's reader got: a 500
                problems.append(f"article {number}: {error!r}")

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads take turns as often as a busy server makes them
    try:
        editors = [threading.Thread(target=open_editor, args=(n,)) for n in range(4)]
        for editor in editors:
            editor.start()
        for editor in editors:
            editor.join()
    finally:
        sys.setswitchinterval(interval)

    assert problems == [], f"{len(problems)} of 200 conversions went wrong: {problems[:3]}"
