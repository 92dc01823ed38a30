"""Helpers for the editorial tests: the newsroom set up as `make run` sets it up."""

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from editorial.roles import ensure_demo_accounts, ensure_workflow
from news.models import ArticlePage
from tests.support.factories import CreditedImageFactory


def setup_newsroom():
    ensure_demo_accounts()
    ensure_workflow()
    return {user.username: user for user in get_user_model().objects.all()}


def login(client, username):
    assert client.login(username=username, password=f"{username}-demo")
    return client


def credited_image(**kwargs):
    defaults = {
        "description": "Un dégradé bleu et rouge",
        "photographer": "Philippa Rose-Tite",
        "credit_source": "Unsplash",
    }
    return CreditedImageFactory(**{**defaults, **kwargs})


def article_form(image, categories, action=None, **overrides):
    """The article editor's POST data, complete for publication unless overridden."""
    data = {
        "title": "Les chercheurs changent d’équipe",
        "slug": "les-chercheurs-changent-dequipe",
        "standfirst": "Un mercato très agité.",
        "hero_image": image.pk if image else "",
        "hero_alt_text": "",
        "hero_caption": "",
        "body": streamfield(
            [
                ("paragraph", rich_text("<p>Premier paragraphe.</p>")),
                ("pull_quote", {"quote": "L’argent attire les algorithmes.", "attribution": ""}),
            ]
        ),
        "tags": "OpenAI",
        "sources": inline_formset([{"name": "Techcrunch", "url": "https://techcrunch.com/"}]),
        "publication_date": "",
        "ai_model": "Modèle X",
        "ai_model_version": "2",
        "generated_at": "",
        "prompt_reference": "brief-42",
    }
    data.update(overrides)
    data = nested_form_data(data)
    data["categories"] = [category.pk for category in categories]
    if action:
        data[action] = action
    return data


def add_url(parent):
    return reverse("wagtailadmin_pages:add", args=["news", "articlepage", parent.pk])


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def workflow_action_url(page, action):
    task_state = page.current_workflow_task_state
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def submit_new_article(client, newsroom, **overrides):
    login(client, "redacteur")
    data = article_form(newsroom["image"], newsroom["categories"][:1], "action-submit", **overrides)
    response = client.post(add_url(newsroom["index"]), data)
    assert response.status_code == 302
    client.logout()
    return ArticlePage.objects.get(slug=overrides.get("slug", "les-chercheurs-changent-dequipe"))
