"""Fixtures and helpers of the `import_article` tests (a plugin: see conftest.py)."""

import io
import json
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Workflow, WorkflowPage, WorkflowTask

from editorial.roles import CHIEF_EDITORS, EDITORS, ensure_roles
from news.models import ArticlePage, CreditedImage, EditorialReviewTask

EXAMPLE = Path(__file__).parent.parent / "data" / "import"


@pytest.fixture
def groups(news_index):
    return ensure_roles()  # after the index: editors' rights are granted on it


@pytest.fixture
def editor(groups):
    user = get_user_model().objects.create_user("redacteur", first_name="Jules")
    user.groups.add(groups[EDITORS])
    return user


@pytest.fixture
def workflow(news_index, groups):
    task = EditorialReviewTask.objects.create(name="Relecture par la rédaction en chef")
    task.groups.set([groups[CHIEF_EDITORS]])
    workflow = Workflow.objects.create(name="Relecture")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=news_index)
    return workflow


@pytest.fixture
def folder(tmp_path, categories, editor):
    """A copy of the example, to change at will."""
    shutil.copytree(EXAMPLE, tmp_path, dirs_exist_ok=True)
    return tmp_path


def example():
    return json.loads((EXAMPLE / "article.json").read_text(encoding="utf-8"))


def write(folder, data):
    (folder / "article.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(folder / "article.json")


def run(*args):
    out = io.StringIO()
    call_command("import_article", *args, stdout=out)
    return out.getvalue()


def stored_files():
    folder = Path(settings.MEDIA_ROOT) / "original_images"
    return sorted(folder.iterdir()) if folder.exists() else []


def counts():
    return ArticlePage.objects.count(), CreditedImage.objects.count(), stored_files()
