"""What search engines and social networks read in a page's <head>: description, canonical
address, Open Graph and Twitter cards, and schema.org JSON-LD.

Built from what the page's context already holds (the article's categories, tags and
sources, the AI notice, the site), so the metadata adds no query of its own beyond the
image renditions, which Wagtail caches.
"""

import json
import re

from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from distribution.formats import absolute, image_renditions, iso, learn_more_url, site_root_url
from news.models import ArticlePage
from news.renditions import SCHEMA_IMAGES, SOCIAL_IMAGE
from notice.shared import site_notice
from operations.text import xml_safe

PUBLISHER_LOGO = "img/publisher-logo.png"
PUBLISHER_LOGO_SIZE = (512, 512)
# Schema.org's code for media made by a trained model (IPTC digital source type).
MACHINE_GENERATED = "https://schema.org/TrainedAlgorithmicMediaDigitalSource"
HEADLINE_LENGTH = 110
DESCRIPTION_LENGTH = 300

_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    """JSON for a <script type="application/ld+json">: no </script> or HTML can break out."""
    text = json.dumps(xml_safe(data), cls=DjangoJSONEncoder, ensure_ascii=False, indent=None)
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped just above


def plain(text, length=DESCRIPTION_LENGTH):
    """Text without markup on one line; non-breaking spaces (French typography) stay."""
    return Truncator(re.sub(r"[ \t\r\n]+", " ", strip_tags(text or "")).strip()).chars(length)


def publisher(request, site_name, notice=None):
    logo_width, logo_height = PUBLISHER_LOGO_SIZE
    data = {
        "@type": "NewsMediaOrganization",
        "@id": site_root_url(request) + "/#publisher",
        "name": site_name,
        "url": site_root_url(request) + "/",
        "logo": {
            "@type": "ImageObject",
            "url": absolute(request, static(PUBLISHER_LOGO)),
            "width": logo_width,
            "height": logo_height,
        },
    }
    principles = learn_more_url(request, notice)
    if principles:
        data["publishingPrinciples"] = principles
    return data


def breadcrumbs(request, trail):
    """A BreadcrumbList from (name, absolute url) pairs."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(trail, start=1)
        ],
    }


def image_object(request, image, rendition, caption=""):
    data = {
        "@type": "ImageObject",
        "url": absolute(request, rendition.url),
        "contentUrl": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }
    if caption:
        data["caption"] = caption
    if image.credit:
        data["creditText"] = image.credit
    if image.photographer:
        data["copyrightHolder"] = {"@type": "Person", "name": image.photographer}
    elif image.credit_source:
        data["copyrightHolder"] = {"@type": "Organization", "name": image.credit_source}
    if image.licence:
        data["license"] = {"@type": "CreativeWork", "name": image.licence}
    return data


def article_json_ld(request, page, site_name, categories, tags, sources, notice):
    url = page.get_full_url(request)
    description = plain(page.search_description or page.standfirst)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "@id": url + "#article",
        "url": url,
        "headline": Truncator(page.title).chars(HEADLINE_LENGTH),
        "description": description,
        "inLanguage": "fr",
        "datePublished": iso(page.display_date),
        "dateModified": iso(page.modified_at),
        "author": {"@type": "Organization", "name": site_name, "url": site_root_url(request) + "/"},
        "publisher": publisher(request, site_name, notice),
        # The text is machine-generated: schema.org's IPTC code says so, the credit names
        # the model and the reviewer, the web page names who reviewed it and when.
        "digitalSourceType": MACHINE_GENERATED,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url, "url": url},
    }
    credit = page.provenance
    if credit:
        data["creditText"] = credit
    reviewer = page.reviewer_name
    if reviewer:
        data["mainEntityOfPage"]["reviewedBy"] = {"@type": "Person", "name": reviewer}
        if page.approved_at:
            data["mainEntityOfPage"]["lastReviewed"] = iso(page.approved_at)
    if page.hero_image:
        renditions = image_renditions(page.hero_image, *SCHEMA_IMAGES)
        caption = page.hero_caption or page.hero_alt
        data["image"] = [
            image_object(request, page.hero_image, rendition, caption)
            for rendition in renditions.values()
        ]
    if categories:
        data["articleSection"] = [category.name for category in categories]
    if tags:
        data["keywords"] = [tag.name for tag in tags]
    based_on = []
    for source in sources:
        work = {"@type": "CreativeWork", "name": source.name}
        if source.url:
            work["url"] = source.url
        based_on.append(work)
    if based_on:
        data["isBasedOn"] = based_on
    corrections = [
        {"@type": "CorrectionComment", "text": text, "datePublished": date.isoformat()}
        for date, text in page.correction_notes
    ]
    if corrections:
        data["correction"] = corrections
    return data


def website_json_ld(request, site_name, notice):
    root = site_root_url(request)
    return {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "@id": root + "/#website",
        "name": site_name,
        "url": root + "/",
        "inLanguage": "fr",
        "publisher": publisher(request, site_name, notice),
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": root + reverse("search") + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


def feed_links(name, rss_url, atom_url):
    return [
        (_("%(name)s (RSS)") % {"name": name}, rss_url, "rss"),
        (_("%(name)s (Atom)") % {"name": name}, atom_url, "atom"),
    ]


def metadata_for(context):
    """Everything the <head> needs, or only what a preview may show (nothing indexable)."""
    request = context.get("request")
    site_name = context.get("site_name", "")
    page = context.get("page")
    notice = _ai_notice(context)
    if request is None:
        return {}
    if getattr(request, "is_preview", False):
        return {"robots": "noindex, nofollow", "description": "", "feeds": []}

    root = site_root_url(request)
    home = (pgettext("breadcrumb", "Home"), root + "/")
    meta = {
        "site_name": site_name,
        "og_type": "website",
        "locale": "fr_FR",
        "hreflang": "fr",
        "json_ld": [],
        "article": None,
        "image": None,
    }
    feeds = []
    category, tag = context.get("category"), context.get("tag")

    if page is not None and getattr(page, "pk", None) is not None and _is_article(page):
        _article_metadata(meta, context, request, page, site_name, notice, home)
    elif category is not None or tag is not None:
        listing = context.get("articles")
        number = getattr(listing, "number", 1)
        if category is not None:
            url = category.url
            meta["title"] = category.name
            meta["description"] = plain(category.description)
            feeds = feed_links(
                category.name,
                reverse("news:category_feed_rss", args=[category.slug]),
                reverse("news:category_feed_atom", args=[category.slug]),
            )
        else:
            url = reverse("news:tag", args=[tag.slug])
            meta["title"] = f"#{tag.name}"
            meta["description"] = ""
            feeds = feed_links(
                f"#{tag.name}",
                reverse("news:tag_feed_rss", args=[tag.slug]),
                reverse("news:tag_feed_atom", args=[tag.slug]),
            )
        meta["canonical"] = root + url + (f"?page={number}" if number > 1 else "")
        meta["json_ld"].append(breadcrumbs(request, [home, (meta["title"], root + url)]))
    elif page is not None and getattr(page, "pk", None) is not None:
        meta["title"] = page.seo_title or page.title
        meta["description"] = plain(page.search_description or getattr(page, "introduction", ""))
        listing = context.get("articles")
        number = getattr(listing, "number", 1)
        meta["canonical"] = page.get_full_url(request) + (f"?page={number}" if number > 1 else "")
        if page.depth <= 2:  # the home page
            if not meta["description"] and notice is not None:
                meta["description"] = plain(notice.text)
            meta["title"] = page.seo_title or site_name
            meta["json_ld"].append(website_json_ld(request, site_name, notice))
        elif page.depth == 3:
            meta["json_ld"].append(
                breadcrumbs(request, [home, (page.title, page.get_full_url(request))])
            )

    if meta.get("image") is None:
        meta["logo"] = absolute(request, static(PUBLISHER_LOGO))
    feeds += feed_links(site_name, reverse("news:feed_rss"), reverse("news:feed_atom"))
    meta["feeds"] = [(title, absolute(request, url), kind) for title, url, kind in feeds]
    meta["json_ld"] = [json_ld(item) for item in meta["json_ld"]]
    return xml_safe(meta)  # what social networks' parsers read, as clean as the feeds


def _is_article(page):
    return isinstance(page, ArticlePage)


def _ai_notice(context):
    return site_notice(context.get("request"))


def _article_metadata(meta, context, request, page, site_name, notice, home):
    categories = context.get("article_categories", [])
    tags = context.get("article_tags", [])
    sources = context.get("article_sources", [])
    url = page.get_full_url(request)
    meta.update(
        title=page.seo_title or page.title,
        description=plain(page.search_description or page.standfirst),
        canonical=url,
        og_type="article",
        markdown=url.rstrip("/") + ".md",
        article={
            "published_time": iso(page.display_date),
            "modified_time": iso(page.modified_at),
            "section": categories[0].name if categories else "",
            "tags": [tag.name for tag in tags],
        },
    )
    if page.hero_image:
        rendition = image_renditions(page.hero_image, SOCIAL_IMAGE).get(SOCIAL_IMAGE)
        if rendition is not None:
            meta["image"] = {
                "url": absolute(request, rendition.url),
                "width": rendition.width,
                "height": rendition.height,
                "alt": page.hero_alt,
                "type": "image/jpeg",
            }
    meta["json_ld"].append(
        article_json_ld(request, page, site_name, categories, tags, sources, notice)
    )
    trail = [home]
    if categories:
        trail.append((categories[0].name, absolute(request, categories[0].url)))
    trail.append((page.title, url))
    meta["json_ld"].append(breadcrumbs(request, trail))
