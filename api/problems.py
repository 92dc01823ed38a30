"""The API's refusals as RFC 9457 problem details (Wagtail's v3 format), with error codes.

The import's checks word each problem in French, « body[2].value.quote: ce champ est
obligatoire »; the API adds the field's path as a list and a code a program can test,
recognised from the message (« invalid » when none matches)."""

import re

from wagtail.api.v3.errors import problem_response

CODES = [
    ("required", r"ce champ est obligatoire"),
    ("unknown_key", r"clé inconnue"),
    ("wrong_type", r"attendue?, pas "),
    ("too_long", r"caractères, \d+ au maximum"),
    ("unknown_category", r"rubrique inconnue"),
    ("unknown_block_type", r"type de bloc inconnu"),
    ("slug_taken", r"est déjà pris"),
    ("invalid_slug", r"lettres sans accents|le titre n'en donne aucun"),
    ("invalid_url", r"adresse invalide|adresse http ou https|identifiants|port invalide"),
    ("invalid_date", r"date invalide"),
    ("invalid_html", r"HTML mal formé"),
    ("address_refused", r"adresse non publique|nom d'hôte inconnu"),
    ("fetch_failed", r"téléchargement impossible|le serveur a répondu|redirections|délai"),
    ("file_too_large", r"trop lourd"),
    ("not_an_image", r"pas une image|format refusé|image trop grande"),
    ("invalid_json", r"^(Fichier JSON invalide|Fichier non UTF-8|Fichier vide|Le fichier doit)"),
]
CODES = [(code, re.compile(pattern)) for code, pattern in CODES]


def error_code(message):
    return next((code for code, pattern in CODES if pattern.search(message)), "invalid")


def location(field):
    """body[2].value.quote → ["body", 2, "value", "quote"]."""
    parts = []
    for piece in re.split(r"(\[\d+\])|\.", field):
        if piece:
            parts.append(int(piece[1:-1]) if piece.startswith("[") else piece)
    return parts


def import_errors(lines):
    """Each « field: message » line of a refused import as {type, loc, field, msg}."""
    errors = []
    for line in lines:
        field, separator, message = line.partition(": ")
        if not separator or " " in field.strip():  # a whole sentence: the body itself
            field, message = "", line
        errors.append(
            {"type": error_code(message), "loc": location(field), "field": field, "msg": message}
        )
    return errors


def refusal(status, detail, code, errors=None):
    """A problem response; code names the refusal for programs (errors[0].type alone)."""
    errors = errors or [{"type": code, "loc": [], "field": "", "msg": detail}]
    return problem_response(status=status, detail=detail, errors=errors)
