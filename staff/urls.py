"""Admin addresses answered here rather than by Wagtail, mounted in front of its own
(newsroom/urls.py): the narrower choosers and the bulk actions' dispatcher."""

from django.urls import path
from wagtail.admin.auth import require_admin_access

from staff import admin_bulk
from staff.admin_access import chooser_urlpatterns

urlpatterns = [
    *(
        path(str(pattern.pattern), require_admin_access(pattern.callback))
        for pattern in chooser_urlpatterns
    ),
    *admin_bulk.urlpatterns,
]
