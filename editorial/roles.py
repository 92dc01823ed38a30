"""The newsroom's groups, its review workflow and the demo accounts, created idempotently."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from news.models import EditorialReviewTask, NewsIndexPage

EDITORS = "Rédacteurs"
CHIEF_EDITORS = "Rédaction en chef"
ADMINISTRATORS = "Administrateurs"
# The AI pipeline's API account: drafts under the news index, its own only, never the admin.
PIPELINE = "Chaîne IA"
PIPELINE_ACCOUNT = "chaine-ia"

WORKFLOW_NAME = "Relecture"
TASK_NAME = "Relecture par la rédaction en chef"

# Editors write under the news index; the editor-in-chief's team works on the whole site.
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    CHIEF_EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}
# Wagtail checks image permissions against wagtailimages.Image, custom model or not.
IMAGE_PERMISSIONS = {
    EDITORS: ["add_image", "choose_image"],
    CHIEF_EDITORS: ["add_image", "change_image", "delete_image", "choose_image"],
}
MODEL_PERMISSIONS = {
    EDITORS: [],
    CHIEF_EDITORS: [
        ("notice", "change_ainotice"),
        ("news", "add_sharelink"),
        ("news", "change_sharelink"),
        ("news", "delete_sharelink"),
        # Pin results for a query, and read the search reports.
        ("wagtailsearchpromotions", "add_searchpromotion"),
        ("wagtailsearchpromotions", "change_searchpromotion"),
        ("wagtailsearchpromotions", "delete_searchpromotion"),
        # Moderate reader comments, tune their settings and spam filter.
        ("comments", "view_comment"),
        ("comments", "change_comment"),
        ("comments", "change_commentsettings"),
        # Curate the sections and tags.
        ("news", "add_category"),
        ("news", "change_category"),
        ("taggit", "add_tag"),
        ("taggit", "change_tag"),
    ],
}

# Development only: printed by `make run` and written in the README.
DEMO_ACCOUNTS = [
    ("admin", "admin-demo", ADMINISTRATORS, True, "Alex", "Admin"),
    ("redacteur", "redacteur-demo", EDITORS, False, "Jules", "Rédacteur"),
    ("redac-chef", "redac-chef-demo", CHIEF_EDITORS, False, "Camille", "Durand"),
]


def ensure_roles():
    """The three groups and what each may do; returns {name: Group}."""
    root_page = Page.get_first_root_node()
    news_index = NewsIndexPage.objects.first()
    root_collection = Collection.get_first_root_node()
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name in (EDITORS, CHIEF_EDITORS, ADMINISTRATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        groups[name] = group

    page_scope = {EDITORS: news_index or root_page, CHIEF_EDITORS: root_page}
    for name, codenames in PAGE_PERMISSIONS.items():
        # An editor's rights follow the news index once it exists.
        GroupPagePermission.objects.filter(group=groups[name]).exclude(
            page=page_scope[name]
        ).delete()
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=groups[name],
                page=page_scope[name],
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
    for name, codenames in IMAGE_PERMISSIONS.items():
        for codename in codenames:
            GroupCollectionPermission.objects.get_or_create(
                group=groups[name],
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailimages", codename=codename
                ),
            )
    for name, perms in MODEL_PERMISSIONS.items():
        for app_label, codename in perms:
            groups[name].permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )
    groups[PIPELINE] = ensure_pipeline_group(news_index)
    return groups


def ensure_pipeline_group(news_index):
    """Wagtail's « add » right alone: create pages under the news index, and edit and submit
    only those it owns. No admin access, publish, lock or image right; nothing at all while
    the news index does not exist."""
    group, _ = Group.objects.get_or_create(name=PIPELINE)
    group.permissions.clear()
    add_page = Permission.objects.get(content_type__app_label="wagtailcore", codename="add_page")
    GroupPagePermission.objects.filter(group=group).exclude(
        page=news_index, permission=add_page
    ).delete()
    GroupCollectionPermission.objects.filter(group=group).delete()
    if news_index is not None:
        GroupPagePermission.objects.get_or_create(group=group, page=news_index, permission=add_page)
    return group


def ensure_pipeline_account():
    """The pipeline's user: no password (it cannot log in), API tokens made in the admin."""
    group = ensure_pipeline_group(NewsIndexPage.objects.first())
    user, created = get_user_model().objects.get_or_create(
        username=PIPELINE_ACCOUNT,
        defaults={"first_name": "Chaîne", "last_name": "IA", "is_staff": False},
    )
    if created:
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    return user


def ensure_workflow():
    """« Relecture »: review by the editor-in-chief's group, on the news index and site-wide."""
    groups = ensure_roles()
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = EditorialReviewTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = EditorialReviewTask.objects.create(name=TASK_NAME)
    task.groups.add(groups[CHIEF_EDITORS])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # Replaces Wagtail's default « Moderators approval » wherever it was assigned.
    for page in [Page.get_first_root_node(), NewsIndexPage.objects.first()]:
        if page is not None:
            WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow


def ensure_demo_accounts():
    groups = ensure_roles()
    User = get_user_model()
    created = []
    for username, password, group_name, is_superuser, first, last in DEMO_ACCOUNTS:
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
                "first_name": first,
                "last_name": last,
                "is_staff": True,
                "is_superuser": is_superuser,
            },
        )
        if was_created:
            user.set_password(password)
            user.save()
            created.append(username)
        user.groups.add(groups[group_name])
    return created
