from django.core.management.base import BaseCommand

from comments import jobs


class Command(BaseCommand):
    help = (
        "E-mail the editor-in-chief's group one digest of the reader comments held since the "
        "last one (run_scheduler does it every COMMENTS_DIGEST_MINUTES)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Send now, however recent the last digest."
        )

    def handle(self, *args, force, **options):
        sent = jobs.send_digest(force=force)
        self.stdout.write(f"{sent} held comment(s) in the digest.")
