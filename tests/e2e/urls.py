"""The site's URLs plus uploaded media, which pytest-django's live server does not serve.

Without it the hero image, its renditions and the image chooser's thumbnails would be broken
in the browser and in the screenshots (the project serves media only with DEBUG on).
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from newsroom.urls import handler500  # noqa: F401 (the custom 500 page, as in production)
from newsroom.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    re_path(
        r"^{}(?P<path>.*)$".format(settings.MEDIA_URL.lstrip("/")),
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *site_urlpatterns,
]
