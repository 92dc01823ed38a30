"""The newsroom's groups and the demo accounts, created idempotently."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

EDITORS = "Rédacteurs"
CHIEF_EDITORS = "Rédaction en chef"
ADMINISTRATORS = "Administrateurs"

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
    CHIEF_EDITORS: ["change_ainotice"],
}

# Development only: printed by `make run` and written in the README.
DEMO_ACCOUNTS = [
    ("admin", "admin-demo", ADMINISTRATORS, True),
    ("redacteur", "redacteur-demo", EDITORS, False),
    ("redac-chef", "redac-chef-demo", CHIEF_EDITORS, False),
]


def ensure_roles():
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name in (EDITORS, CHIEF_EDITORS, ADMINISTRATORS):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access)
        groups[name] = group
    grants = [
        (PAGE_PERMISSIONS, GroupPagePermission, "page", root_page, "wagtailcore"),
        (
            IMAGE_PERMISSIONS,
            GroupCollectionPermission,
            "collection",
            root_collection,
            "wagtailimages",
        ),
    ]
    for permissions, model, scope_field, scope, app_label in grants:
        for name, codenames in permissions.items():
            for codename in codenames:
                model.objects.get_or_create(
                    group=groups[name],
                    permission=Permission.objects.get(
                        content_type__app_label=app_label, codename=codename
                    ),
                    **{scope_field: scope},
                )
    for name, codenames in MODEL_PERMISSIONS.items():
        groups[name].permissions.add(*Permission.objects.filter(codename__in=codenames))
    return groups


def ensure_demo_accounts():
    groups = ensure_roles()
    User = get_user_model()
    created = []
    for username, password, group_name, is_superuser in DEMO_ACCOUNTS:
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": f"{username}@example.org",
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
