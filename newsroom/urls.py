import re

from django.conf import settings
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.reports.page_types_usage import PageTypesUsageReportView
from wagtail.documents import urls as wagtaildocs_urls

from distribution import urls as distribution_urls
from editorial import autosave
from news import urls as news_urls
from operations import health, views
from search import views as search_views
from staff import admin_access, attempt_limits, second_factor, security
from staff import urls as staff_urls

urlpatterns = [
    # Narrower than stock Wagtail for staff without full rights (staff/admin_access.py).
    path("admin/", include(staff_urls)),
    path("admin/", include(autosave.urlpatterns)),  # the editor's ping (editorial/autosave.py)
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
    # Logging in and out (staff/second_factor.py, staff/security.py).
    path("admin/login/code/", second_factor.CodeStepView.as_view(), name=second_factor.CODE_STEP),
    path("admin/logout/", security.LogoutView.as_view(), name="wagtailadmin_logout"),
    # Limited attempts (staff/attempt_limits.py).
    path(
        "admin/password_reset/",
        attempt_limits.PasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        attempt_limits.page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path(
        "documents/authenticate_with_password/<int:restriction_id>/",
        attempt_limits.document_password,
        name="wagtaildocs_authenticate_with_password",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("recherche/", search_views.search, name="search"),
    path("sante/", health.health, name="health"),
    path(".well-known/security.txt", views.security_txt, name="security_txt"),
    path("commentaires/", include("comments.urls")),
    path("api/", include("api.urls")),  # the AI pipeline's drafts and the read API (api/)
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
elif settings.STATIC_URL.startswith("/"):
    # whitenoise answers for the files it has; the rest of STATIC_URL is missing, read-only
    urlpatterns += [re_path(rf"^{re.escape(settings.STATIC_URL[1:])}", views.static_missing)]
if settings.MEDIA_URL.startswith("/"):
    urlpatterns += [re_path(rf"^{re.escape(settings.MEDIA_URL[1:])}(?P<path>.*)$", views.media)]

# The reader pages and what leaves the site for machines share the « news » namespace.
reader_urls = (news_urls.urlpatterns + distribution_urls.urlpatterns, "news")
urlpatterns += [path("", include(reader_urls)), path("", include(wagtail_urls))]

handler500 = views.server_error
