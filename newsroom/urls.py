from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.documents import urls as wagtaildocs_urls

from news import urls as news_urls
from newsroom import admin_access, health, views
from search import views as search_views

urlpatterns = [
    # Narrower than stock Wagtail for staff without full rights (newsroom/admin_access.py).
    path("admin/", include(admin_access.admin_overrides())),
    path(
        "admin/reports/page-types-usage/",
        require_admin_access(admin_access.superusers_only(PageTypesUsageReportView.as_view())),
    ),
    path(
        "admin/reports/page-types-usage/results/",
        require_admin_access(
            admin_access.superusers_only(PageTypesUsageReportView.as_view(results_only=True))
        ),
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("recherche/", search_views.search, name="search"),
    path("sante/", health.health, name="health"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("commentaires/", include("news.comments.urls")),
    path("", include(news_urls)),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
if (settings.DEBUG or settings.SERVE_MEDIA) and settings.MEDIA_URL.startswith("/"):
    urlpatterns += [re_path(rf"^{settings.MEDIA_URL.lstrip('/')}(?P<path>.+)$", views.media)]

urlpatterns += [path("", include(wagtail_urls))]

handler500 = views.server_error
