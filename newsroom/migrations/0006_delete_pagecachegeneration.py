from django.db import migrations


class Migration(migrations.Migration):
    # The page cache's versions live in the `pagecache` app now (pagecache.ScopeVersion). The
    # old row needs no copying: the new table starts with versions no cached page carries.
    dependencies = [
        ("newsroom", "0005_page_cache_stale"),
    ]

    operations = [
        migrations.DeleteModel(name="PageCacheGeneration"),
    ]
