"""A migration step for a model that moved between apps: its new app takes over the table the old
app created, on a database set up before the move, and creates it on a new database.

Django has no operation for a model changing app. The move keeps the rows (the staff's AI
notice, for one) and the permissions given to groups: the content type changes app with it.
"""

from django.db import migrations


class AdoptOrCreateTable(migrations.operations.base.Operation):
    reduces_to_sql = False
    reversible = True

    def __init__(self, model_name, old_app_label):
        self.model_name = model_name
        self.old_app_label = old_app_label

    def deconstruct(self):
        return (self.__class__.__qualname__, [self.model_name, self.old_app_label], {})

    def state_forwards(self, app_label, state):
        """The model is in the state already (a CreateModel before this step)."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        model = to_state.apps.get_model(app_label, self.model_name)
        old_table = f"{self.old_app_label}_{self.model_name.lower()}"
        if old_table in schema_editor.connection.introspection.table_names():
            schema_editor.alter_db_table(model, old_table, model._meta.db_table)
            content_types = to_state.apps.get_model("contenttypes", "ContentType").objects
            model_name = self.model_name.lower()
            if not content_types.filter(app_label=app_label, model=model_name).exists():
                content_types.filter(app_label=self.old_app_label, model=model_name).update(
                    app_label=app_label
                )
        else:
            schema_editor.create_model(model)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        schema_editor.delete_model(from_state.apps.get_model(app_label, self.model_name))

    def describe(self):
        return f"Take over {self.old_app_label}'s table for {self.model_name}, or create it"
