from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from search.reports import PERMISSION, UnansweredSearchesReportView


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/recherches-sans-resultat/",
            UnansweredSearchesReportView.as_view(),
            name="unanswered_searches",
        ),
        path(
            "reports/recherches-sans-resultat/results/",
            UnansweredSearchesReportView.as_view(results_only=True),
            name="unanswered_searches_results",
        ),
    ]


class PermissionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return PermissionMenuItem(
        _("Searches without results"),
        reverse("unanswered_searches"),
        name="unanswered-searches",
        icon_name="search",
        order=1310,
    )
