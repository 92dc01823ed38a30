from django.core.management.base import BaseCommand

from editorial.roles import PIPELINE, WORKFLOW_NAME, ensure_pipeline_account, ensure_workflow
from home.legal import PLACEHOLDER, ensure_legal_pages, placeholder_pages
from operations.site_address import align_default_site


class Command(BaseCommand):
    help = (
        "Create or update the newsroom's groups and permissions and the « Relecture » workflow, "
        "give the default Site the address of WAGTAILADMIN_BASE_URL, and create the legal pages "
        "(« Mentions légales », « Contact », « Données personnelles ») that are missing. "
        "Idempotent: run it after every deployment."
    )

    def handle(self, *args, **options):
        workflow = ensure_workflow()
        pages = ", ".join(str(page.page) for page in workflow.workflow_pages.select_related("page"))
        self.stdout.write(
            f"Groups and permissions ready; workflow « {WORKFLOW_NAME} » on: {pages}."
        )
        account = ensure_pipeline_account()
        self.stdout.write(
            f"The AI pipeline's account « {account} » (group « {PIPELINE} ») is ready: give it "
            "an API token in the admin (Settings → API tokens)."
        )
        site, changed = align_default_site()
        if site is not None:
            verb = "now writes" if changed else "writes"
            self.stdout.write(f"The default Site {verb} page addresses as {site.root_url}.")
        for title in ensure_legal_pages():
            self.stdout.write(f"Created the « {title} » page.")
        for page in placeholder_pages():
            self.stdout.write(
                self.style.WARNING(
                    f"« {page.title} » ({page.url}) still reads « {PLACEHOLDER} »: the law asks "
                    "for the publisher's real details there; edit the page in the admin."
                )
            )
