"""PostgreSQL only: a GIN index on the combined title and body vectors.

Wagtail's PostgreSQL backend matches ``(title || body) @@ query``. Its own GIN indexes cover
each column alone, so without this expression index every search reads and concatenates the
vectors of every index entry. On SQLite (and any other database) it does nothing.
"""

from django.db import migrations

FORWARD = (
    "CREATE INDEX IF NOT EXISTS modelsearch_title_body_gin"
    " ON wagtailsearch_indexentry USING gin ((title || body))"
)
BACKWARD = "DROP INDEX IF EXISTS modelsearch_title_body_gin"


def forward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def backward(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_unanswered_searches")]

    operations = [migrations.RunPython(forward, backward)]
