"""Helpers for the reader-comment tests: the seed's wording, a valid form, a post."""

import time

from bs4 import BeautifulSoup
from django.urls import reverse

from comments import protection
from comments.models import CommentSettings, Status
from tests.support.factories import CommentFactory

SEED_HEADING = "Laisser un commentaire"
SEED_NOTES = (
    "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"
)
HELD = "Votre commentaire est en attente de modération"
CLOSED_REDIS = "redis://127.0.0.1:1/0"  # nothing listens there


def comment_settings(**values):
    stored = CommentSettings.objects.first() or CommentSettings()
    for name, value in values.items():
        setattr(stored, name, value)
    stored.save()
    return stored


def form_data(article, seconds_ago=60, **overrides):
    data = {
        "name": "Claire Martin",
        "email": "claire.martin@example.fr",
        "url": "",
        "body": "Très bon résumé de la situation, merci. J’aimerais lire la suite.",
        "subject": "",
        "token": protection.issue_token(article.pk, time.time() - seconds_ago),
    }
    data.update(overrides)
    return data


def post(client, article, ip="203.0.113.7", headers=None, seconds_ago=60, **overrides):
    return client.post(
        reverse("comments:post", args=[article.pk]),
        form_data(article, seconds_ago=seconds_ago, **overrides),
        REMOTE_ADDR=ip,
        **(headers or {}),
    )


def page(client, article, query=""):
    response = client.get(article.url + query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def shown_count(soup):
    return int(soup.select_one(".comments__count").get_text())


def returning(email="claire.martin@example.fr", article=None, **kwargs):
    """An earlier approved comment, so that this e-mail is known."""
    return CommentFactory(article=article, author_email=email, status=Status.PUBLISHED, **kwargs)
