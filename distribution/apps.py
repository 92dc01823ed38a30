"""distribution: what leaves the site for machines: feeds, sitemaps, metadata and JSON-LD, Markdown
and llms.txt."""

from django.apps import AppConfig


class DistributionConfig(AppConfig):
    name = "distribution"
    verbose_name = "Diffusion"
