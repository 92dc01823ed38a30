from django.db import models
from django.utils.translation import gettext_lazy as _


class ScopeVersion(models.Model):
    """The version of one scope of the page cache (pagecache/cache.py): `site`, `any`,
    `article:12`... A cached page is served while every scope it depends on keeps the version
    it was rendered under.

    In the database, a change and the invalidation it needs commit together: a hung or lost
    Redis cannot drop an unpublication. A scope without a row has never changed.
    """

    name = models.CharField(max_length=200, primary_key=True)
    value = models.BigIntegerField(default=0)
    # The value set by the last change that can take something away from readers (an
    # unpublication, a page made private...): a copy rendered before it is never served stale.
    hard_value = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("page cache scope")

    def __str__(self):
        return f"{self.name}: {self.value}"
