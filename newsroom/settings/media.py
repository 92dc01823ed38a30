"""Files: static files, uploads and their storage, images, documents, embeds."""

from pathlib import Path

from wagtail.embeds.oembed_providers import (  # plain data
    dailymotion,
    soundcloud,
    spotify,
    ted,
    vimeo,
    youtube,
)

from .environment import BASE_DIR, env_bool, env_int, env_str

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static_collected")))
STATIC_URL = "/static/"
# Files browsers and crawlers ask for at the root (/favicon.ico), served by WhiteNoise.
WHITENOISE_ROOT = BASE_DIR / "static" / "root"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = env_str("MEDIA_URL", "/media/")
# Django serves uploads itself (no directory listing) unless a web server, S3 or a CDN does.
SERVE_MEDIA = env_bool("SERVE_MEDIA")

STORAGES = {
    "default": {"BACKEND": "operations.storage.MediaStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAILIMAGES_IMAGE_MODEL = "news.CreditedImage"
WAGTAILIMAGES_IMAGE_FORM_BASE = "operations.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "operations.upload_forms.DocumentForm"
# An upload is refused (a form error) unless the media disk keeps this much free after it.
MEDIA_MIN_FREE_BYTES = env_int("MEDIA_MIN_FREE_BYTES", 50 * 1024 * 1024)
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents go only through Wagtail's view, which checks the collection's privacy (on S3 its
# default would redirect to the bucket), and always as downloads, PDFs included.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# Every rendition an article's reader pages use is made when it is published (news/renditions.py),
# by a Wagtail task (TASKS, data.py): no reader waits for an image to be encoded.
PREPARE_RENDITIONS = env_bool("PREPARE_RENDITIONS", default=True)
DEMO_IMAGE_SIZE = (1600, 900)

WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Embeds from these players only (news.blocks.EMBED_PROVIDERS refuses others in the form; the
# CSP's frame-src lets them play). Wagtail's default would fetch from some 300 providers.
WAGTAILEMBEDS_FINDERS = [
    {
        "class": "wagtail.embeds.finders.oembed",
        "providers": [youtube, vimeo, dailymotion, soundcloud, spotify, ted],
    }
]
