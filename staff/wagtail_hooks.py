from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from staff import admin_access, admin_api, admin_ids
from staff.two_factor import TwoFactorView, confirmed_device


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path(
            "compte/double-authentification/",
            TwoFactorView.as_view(),
            name="newsroom_two_factor",
        )
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("newsroom_two_factor"),
        "label": _("Two-factor authentication"),
        "help_text": (
            _("On: each login asks for a code from your phone.")
            if confirmed_device(request.user)
            else _("Off. Turn it on to protect your account with a code from your phone.")
        ),
    }


@hooks.register("before_move_page")
def refuse_move_without_the_right(request, page, destination):
    return admin_access.refuse_move_without_the_right(request, page, destination)


@hooks.register("before_copy_page")
def refuse_copy_to_an_unknown_parent(request, page):
    admin_ids.refuse_copy_to_an_unknown_parent(request, page)


@hooks.register("construct_page_chooser_queryset")
def choose_only_readable_pages(pages, request):
    return admin_access.readable_pages(pages, request.user)


# After Wagtail's own images and documents endpoints, which these replace.
@hooks.register("construct_admin_api", order=100)
def narrower_admin_api(router):
    admin_api.register(router)
