"""The publication checklist: what an article needs before it can be approved."""

from django.utils.translation import gettext_lazy as _

CHECKS = [
    ("standfirst", _("a standfirst")),
    ("hero_image", _("a main image")),
    ("hero_alt_text", _("alternative text for the main image, or the image marked decorative")),
    ("hero_credit", _("a credit for the main image")),
    ("sources", _("at least one source")),
    ("categories", _("at least one category")),
]


def checklist(article):
    """[(key, label, done)] for an ArticlePage: the live page or a revision of it."""
    image = article.hero_image
    done = {
        "standfirst": bool((article.standfirst or "").strip()),
        "hero_image": image is not None,
        "hero_alt_text": image is not None
        and (article.hero_is_decorative or bool(article.hero_alt)),
        "hero_credit": image is not None and bool(image.credit),
        "sources": any(source.name.strip() for source in article.sources.all()),
        # In memory for a revision, from the database for a saved page.
        "categories": bool(list(article.categories.all())),
    }
    return [(key, label, done[key]) for key, label in CHECKS]


def missing_for_publication(article):
    """The labels of what is missing; empty when the article may be approved."""
    if not hasattr(article, "standfirst"):
        return []  # not an article: nothing to check
    return [label for _key, label, done in checklist(article) if not done]
