import json

from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction

from comments.models import Comment


class Command(BaseCommand):
    help = (
        "A commenter's data, found by e-mail address: `export` prints it as JSON (or writes it "
        "to --output), `erase` deletes every comment with that address (replies by other "
        "readers stay). The comparison ignores case."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["export", "erase"])
        parser.add_argument("email")
        parser.add_argument("--output", help="Write the export to this file.")
        parser.add_argument(
            "--yes", action="store_true", help="Erase without asking for confirmation."
        )

    def handle(self, *args, action, email, output, yes, **options):
        try:
            validate_email(email.strip())
        except Exception as error:
            raise CommandError(f"{email!r} is not an e-mail address.") from error
        comments = Comment.objects.by_email(email).select_related("article").order_by("created_at")
        if action == "export":
            return self.export(comments, email, output)
        return self.erase(comments, email, yes)

    def export(self, comments, email, output):
        data = {
            "email": email.strip().lower(),
            "comments": [
                {
                    "article": comment.article.title,
                    "article_url": comment.article.full_url,
                    "name": comment.author_name,
                    "email": comment.author_email,
                    "website": comment.author_url,
                    "text": comment.body,
                    "status": comment.status,
                    "posted_at": comment.created_at.isoformat(),
                    "ip_address_hash_kept": bool(comment.ip_hash),
                }
                for comment in comments
            ],
        }
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text + "\n")
            self.stderr.write(f"{len(data['comments'])} comment(s) written to {output}.")
        else:
            self.stdout.write(text)

    def erase(self, comments, email, yes):
        count = comments.count()
        if not count:
            self.stdout.write(f"No comment with {email}.")
            return
        if not yes:
            answer = input(f"Erase {count} comment(s) by {email}? Type 'yes': ")
            if answer.strip().lower() != "yes":
                raise CommandError("Nothing erased.")
        with transaction.atomic():
            for comment in comments:
                comment.delete()  # one by one: each article's cached comments are dropped
        self.stdout.write(f"{count} comment(s) by {email} erased.")
