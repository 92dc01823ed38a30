from django.core.management.base import BaseCommand

from newsroom.roles import WORKFLOW_NAME, ensure_workflow


class Command(BaseCommand):
    help = (
        "Create or update the newsroom's groups and permissions and the « Relecture » workflow. "
        "Idempotent: run it after every deployment."
    )

    def handle(self, *args, **options):
        workflow = ensure_workflow()
        pages = ", ".join(str(page.page) for page in workflow.workflow_pages.select_related("page"))
        self.stdout.write(
            f"Groups and permissions ready; workflow « {WORKFLOW_NAME} » on: {pages}."
        )
