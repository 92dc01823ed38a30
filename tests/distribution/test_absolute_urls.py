"""Served at an address of its own, the site announces that address and no other.

A real HTTP server on a free port (neither 80 nor 8000), WAGTAILADMIN_BASE_URL set to it and
`setup_newsroom` run as an operator would; every reader-facing document is fetched over HTTP
and every absolute address in it (attributes, JSON-LD, feed and sitemap elements, lines of
the text files, the Link header) is sorted by host: an address on the site must start with
the served address; the sources' and credits' sites are other hosts and may be anything.
"""

import io
import json
import re
import urllib.error
import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from pytest_django.live_server_helper import LiveServer
from wagtail.models import Site

from comments import jobs
from news.models import ShareLink
from news.share_links.signing import public_url
from notice.models import AINotice
from tests.support.editorial import credited_image, setup_newsroom
from tests.support.factories import (
    ArticlePageFactory,
    CommentFactory,
    StandardPageFactory,
    body_stream,
    publish,
)

# A server of its own on a free port, and a transactional database: the slow half.
pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# Hosts that can only be this site under a wrong name: the Site record's default, loopback
# names, Django's test host, the sites framework's example.
SITE_NAMES = {"localhost", "127.0.0.1", "::1", "0.0.0.0", "testserver", "example.com"}  # noqa: S104
ABSOLUTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>()\[\]\\`]+", re.IGNORECASE)
SOURCES = [
    ("TechCrunch", "https://techcrunch.com/2026/12/01/les-chercheurs-changent-d-equipe/"),
    ("Unsplash", "https://unsplash.com/photos/degrade-bleu-et-rouge"),
]


# ---------- The checker ----------


def _walk(value, path="$"):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, f"{path}.{key}")
    elif isinstance(value, list):
        for position, item in enumerate(value):
            yield from _walk(item, f"{path}[{position}]")
    elif isinstance(value, str):
        yield path, value


def _describe(tag):
    names = [tag.name]
    for marker in ("rel", "property", "name", "type"):
        value = tag.get(marker)
        if value:
            names.append(f"{marker}={' '.join(value) if isinstance(value, list) else value}")
    return "<" + " ".join(names) + ">"


def html_urls(text):
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(True):
        for attribute, value in tag.attrs.items():
            values = value if isinstance(value, list) else [value]
            if attribute in {"srcset", "imagesrcset"}:
                values = [part.split()[0] for part in value.split(",") if part.strip()]
            for candidate in values:
                if ABSOLUTE.match(candidate.strip()):
                    yield f"{_describe(tag)} {attribute}", candidate.strip()
    for script in soup.find_all("script", type="application/ld+json"):
        for path, value in _walk(json.loads(script.string)):
            if ABSOLUTE.match(value):
                yield f"JSON-LD {path}", value


def xml_urls(text):
    for element in ElementTree.fromstring(text.encode()).iter():
        name = element.tag.rsplit("}", 1)[-1]
        if ABSOLUTE.match((element.text or "").strip()):
            yield f"<{name}>", element.text.strip()
        for attribute, value in element.attrib.items():
            if ABSOLUTE.match(value):
                yield f"<{name} {attribute}>", value


def text_urls(text):
    for number, line in enumerate(text.splitlines(), start=1):
        for url in URL_IN_TEXT.findall(line):
            yield f"line {number} « {line[:30]} »", url


def absolute_urls(kind, text, headers=None):
    """(where, url) of every absolute address of a document: parsed by kind, then every
    http(s) address of the raw text too, so that none escapes the parser."""
    found = list({"html": html_urls, "xml": xml_urls, "text": text_urls}[kind](text))
    seen = {url for _where, url in found}
    found += [("text", url) for url in URL_IN_TEXT.findall(text) if url not in seen]
    for header in ("Link", "Location", "Content-Location"):
        value = (headers or {}).get(header) or ""
        found += [(f"{header} header", url) for url in URL_IN_TEXT.findall(value)]
    return [(where, "http:" + url if url.startswith("//") else url) for where, url in found]


def is_own(url, served):
    host = (urlsplit(url).hostname or "").lower()
    return host in SITE_NAMES or host == urlsplit(served).hostname


def follows(url, served):
    return url == served or url.startswith((served + "/", served + "?", served + "#"))


def offenders(found, served):
    """The addresses of this site that are not written with the served address."""
    return [
        (where, url) for where, url in found if is_own(url, served) and not follows(url, served)
    ]


# ---------- The served site ----------


class Served:
    def __init__(self, url):
        self.url = url

    def get(self, path_or_url):
        url = path_or_url if "://" in path_or_url else self.url + path_or_url
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(url, timeout=30) as response:
                return response.status, response.headers, response.read().decode(errors="replace")
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def served(settings):
    """The site on 127.0.0.1 at a free port; WAGTAILADMIN_BASE_URL says so, the Site does not
    yet (migrations give it localhost:80)."""
    server = LiveServer("127.0.0.1:0")
    assert server.thread.port not in {80, 8000}
    settings.WAGTAILADMIN_BASE_URL = server.url + "/"
    yield Served(server.url)
    server.stop()
    # The Site is put back by the rollback, Wagtail's cached copy of its address is not.
    Site.clear_site_root_paths_cache()


@pytest.fixture
def content(home_page, news_index, categories):
    """What a reader finds: an illustrated, sourced article in a category with tags, a comment
    linking its author's blog, an « about » page the AI notice links to."""
    about = publish(StandardPageFactory(parent=home_page, title="À propos", slug="a-propos"))
    notice = AINotice.load()
    notice.learn_more_page = about
    notice.save()
    image = credited_image(source_url="https://unsplash.com/photos/degrade-bleu-et-rouge")
    article = publish(
        ArticlePageFactory(
            parent=news_index,
            title="Les chercheurs changent d’équipe",
            slug="les-chercheurs-changent-d-equipe",
            hero_image=image,
            categories=[categories[0], categories[2]],
            tags=["OpenAI", "Mercato"],
            sources=SOURCES,
            body=body_stream(
                ("paragraph", f'<p>Selon <a href="{SOURCES[0][1]}">TechCrunch</a>, ça bouge.</p>'),
                ("image", {"image": image, "caption": "Le même dégradé", "credit": ""}),
                ("paragraph", "<p>Second paragraphe.</p>"),
            ),
        )
    )
    CommentFactory(article=article, author_url="https://blog.lectrice.fr/")
    return {"article": article, "about": about, "category": categories[0]}


def documents(content):
    """(path, kind, status, what must be there): every reader-facing document."""
    article, category = content["article"], content["category"]
    tag = article.tags.get(name="OpenAI")
    tag_path = reverse("news:tag", args=[tag.slug])
    article_path = article.url
    return [
        ("/", "html", 200, "canonical"),
        ("/actualites/", "html", 200, "canonical"),
        (category.url, "html", 200, "canonical"),
        (tag_path, "html", 200, "canonical"),
        (article_path, "html", 200, "canonical"),
        (content["about"].url, "html", 200, "canonical"),
        (reverse("search") + "?q=chercheurs", "html", 200, "application/rss+xml"),
        ("/actualites/une-page-qui-n-existe-pas/", "html", 404, "application/rss+xml"),
        ("/wp-login.php", "html", 404, "application/rss+xml"),
        (reverse("news:feed_rss"), "xml", 200, "<link>"),
        (reverse("news:feed_atom"), "xml", 200, "<link href>"),
        (reverse("news:category_feed_rss", args=[category.slug]), "xml", 200, "<link>"),
        (reverse("news:category_feed_atom", args=[category.slug]), "xml", 200, "<link href>"),
        (reverse("news:tag_feed_rss", args=[tag.slug]), "xml", 200, "<enclosure url>"),
        (reverse("news:tag_feed_atom", args=[tag.slug]), "xml", 200, "<id>"),
        ("/sitemap.xml", "xml", 200, "<loc>"),
        ("/sitemap-news.xml", "xml", 200, "<loc>"),
        ("/robots.txt", "text", 200, "Sitemap:"),
        ("/llms.txt", "text", 200, ".md"),
        (article_path.rstrip("/") + ".md", "text", 200, "Link header"),
        ("/.well-known/security.txt", "text", 200, "Canonical:"),
    ]


def survey(served, content):
    """{path: [(where, url), …]} of every document, each answering as it should."""
    found = {}
    for path, kind, status, _expected in documents(content):
        answer, headers, text = served.get(path)
        assert answer == status, (path, answer)
        found[path] = absolute_urls(kind, text, headers)
    return found


# ---------- The tests ----------


def test_every_reader_document_announces_the_served_address_and_no_other(
    served, content, settings, empty_cache
):
    # Readers come before the operator runs setup_newsroom: the page cache keeps what they
    # were shown, with the Site's old address, until the Site changes.
    settings.PAGE_CACHE_SECONDS = 600
    survey(served, content)
    call_command("setup_newsroom", stdout=io.StringIO())
    found = survey(served, content)

    wrong = {path: bad for path, urls in found.items() if (bad := offenders(urls, served.url))}
    assert wrong == {}
    for path, _kind, _status, expected in documents(content):
        own = [f"{where} {url}" for where, url in found[path] if follows(url, served.url)]
        assert any(expected in entry for entry in own), (path, expected, own)
    # The article's own addresses all follow; its sources and credits stay where they are.
    article_urls = {url for _where, url in found[content["article"].url]}
    assert {url for _name, url in SOURCES} <= article_urls
    assert "https://blog.lectrice.fr/" in article_urls
    # And every address of the site it announces is there to be read.
    own = {
        url.split("#")[0]
        for urls in found.values()
        for _where, url in urls
        if follows(url, served.url) and "{" not in url
    }
    assert len(own) > 20
    missing = {url: status for url in sorted(own) if (status := served.get(url)[0]) >= 400}
    assert missing == {}


def test_the_check_finds_the_address_a_site_left_at_localhost_announces(served, content):
    # No setup_newsroom: the Site still says localhost, port 80, as before the fix.
    found = survey(served, content)

    wrong = [
        (path, where, url)
        for path, urls in found.items()
        for where, url in offenders(urls, served.url)
    ]
    assert wrong and all(url.startswith("http://localhost/") for _path, _where, url in wrong)
    where_wrong = {(path, where) for path, where, _url in wrong}
    article = content["article"].url
    assert (article, "<link rel=canonical> href") in where_wrong
    assert (article, "<meta property=og:url> content") in where_wrong
    assert any(path == article and where.startswith("JSON-LD") for path, where in where_wrong)
    for path in ("/sitemap.xml", "/sitemap-news.xml"):
        assert (path, "<loc>") in where_wrong
    assert any(path == "/robots.txt" for path, _where in where_wrong)
    # Nor does a wrong port, scheme or name, or the sites framework's example, pass for it.
    port = f":{urlsplit(served.url).port}"
    near_misses = [
        ("port 80", served.url.replace(port, ":80") + "/"),
        ("make run's port", served.url.replace(port, ":8000") + "/actualites/"),
        ("https", served.url.replace("http:", "https:") + "/"),
        ("localhost", f"http://localhost{port}/flux/rss/"),
        ("example", "https://example.com/"),
        ("test client", "http://testserver/actualites/"),
    ]
    assert offenders([*near_misses, ("source", SOURCES[0][1])], served.url) == near_misses


def test_share_links_and_the_moderators_e_mail_use_the_served_address(served, content):
    call_command("setup_newsroom", stdout=io.StringIO())
    setup_newsroom()  # the editor-in-chief who receives the digest
    link = ShareLink.objects.create(page=content["article"])
    CommentFactory(article=content["article"], status="pending")

    address = public_url(link)
    status, headers, text = served.get(address)
    assert status == 200 and follows(address, served.url)
    assert offenders(absolute_urls("html", text, headers), served.url) == []

    assert jobs.send_digest(force=True) == 1
    (message,) = mail.outbox
    urls = absolute_urls("text", message.body)
    assert urls and offenders(urls, served.url) == []
    assert any(url.startswith(served.url + "/admin/") for _where, url in urls)
