from django.db import models
from django.utils.translation import gettext_lazy as _


class PageCacheGeneration(models.Model):
    """One row: the page cache's generation (newsroom/cache.py).

    In the database, a change and the invalidation it needs commit together: a hung or lost
    Redis cannot drop an unpublication.
    """

    value = models.BigIntegerField(default=0)
    # The value set by the last change that can take something away from readers (an
    # unpublication, a page made private...): a copy rendered before it is never served stale.
    hard_value = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("page cache generation")

    def __str__(self):
        return str(self.value)
