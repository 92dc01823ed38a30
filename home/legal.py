"""The pages a French online press service must have, created once by `setup_newsroom`.

Their text is a starting point: the chief fills in what only the publisher knows (the parts
marked PLACEHOLDER) and edits them as any page; running the command again never touches them.
"""

from urllib.parse import quote

from django.conf import settings
from django.db import transaction
from django.utils.html import format_html
from wagtail.models import Site

from home.models import HomePage, StandardPage
from news.models import NewsIndexPage
from notice.footer import USUAL_LEGAL_PAGES
from notice.models import AINotice

PLACEHOLDER = "[À compléter]"


def _mailto(address, subject=None):
    link = f"mailto:{address}"
    return f"{link}?subject={quote(subject)}" if subject else link


def _legal_notice_body():
    todo = PLACEHOLDER
    return format_html(
        "<h2>Éditeur</h2>"
        "<p>{site} est un service de presse en ligne édité par {todo} (dénomination, forme "
        "juridique et capital social), dont le siège est situé {todo} (adresse), "
        "immatriculé au RCS sous le numéro {todo}. Téléphone : {todo}. Courriel : "
        '<a href="{mailto}">{email}</a>.</p>'
        "<h2>Directeur de la publication</h2>"
        "<p>{todo} (prénom, nom et qualité).</p>"
        "<h2>Hébergeur</h2>"
        "<p>{todo} (nom ou dénomination, adresse et numéro de téléphone de l’hébergeur).</p>"
        "<h2>Contenus</h2>"
        "<p>Les articles de ce site sont écrits par des intelligences artificielles, dans un "
        "but pédagogique et de démonstration ; la rédaction les relit avant publication. "
        "Pour signaler une erreur ou un contenu illicite, écrivez à la rédaction : "
        '<a href="{report}">{email}</a>.</p>',
        site=settings.WAGTAIL_SITE_NAME,
        todo=todo,
        email=settings.NEWSROOM_EMAIL,
        mailto=_mailto(settings.NEWSROOM_EMAIL),
        report=_mailto(settings.NEWSROOM_EMAIL, "Signalement d’un contenu"),
    )


def _contact_body():
    email = settings.NEWSROOM_EMAIL
    return format_html(
        "<h2>Écrire à la rédaction</h2>"
        '<p>Par courriel : <a href="{mailto}">{email}</a>. Nous lisons tous les messages.</p>'
        "<h2>Signaler une erreur</h2>"
        "<p>Une erreur dans un article ? "
        '<a href="{report}">Signalez-la par courriel</a> en indiquant l’adresse ou le titre '
        "de l’article et ce qui vous semble inexact. La rédaction vérifie chaque signalement ; "
        "une erreur avérée est corrigée et la correction est indiquée sous l’article.</p>"
        "<h2>Vos données personnelles</h2>"
        '<p>Pour consulter ou effacer vos données : <a href="{privacy_mailto}">{privacy}</a>.'
        "</p>",
        email=email,
        mailto=_mailto(email),
        report=_mailto(email, "Signalement d’une erreur"),
        privacy=settings.PRIVACY_EMAIL,
        privacy_mailto=_mailto(settings.PRIVACY_EMAIL, "Mes données personnelles"),
    )


def _privacy_body():
    # The facts below come from the settings and from comments (jobs.purge): keep them so.
    return format_html(
        "<h2>Ce que nous gardons</h2>"
        "<p>Lire le site ne demande aucun compte, et le site ne dépose aucun cookie de mesure "
        "d’audience ni de publicité. Quand vous publiez un commentaire, nous gardons votre nom, "
        "votre adresse électronique (jamais affichée), votre site web si vous en donnez un et "
        "le texte du commentaire ; un cookie technique, qui protège le formulaire contre les "
        "envois forgés, est déposé quand vous commencez à écrire. Votre "
        "adresse IP n’est gardée que sous la forme d’une empreinte chiffrée irréversible, "
        "effacée au bout de {ip_days} jours ; elle sert à limiter les envois abusifs. Les "
        "commentaires pris pour du spam ou supprimés sont effacés au bout de {spam_days} jours. "
        "Un commentaire publié reste en ligne avec l’article, tant que vous n’en demandez pas "
        "l’effacement.</p>"
        "<p>Le filtre des commentaires indésirables tourne sur nos serveurs : aucun service "
        "extérieur ne reçoit vos données. Les recherches faites sur le site sont comptées par "
        "mots et par jour, sans rien qui vous désigne.</p>"
        "<h2>Journaux du serveur</h2>"
        "<p>Comme tout site web, nos serveurs notent chaque requête (adresse IP, page demandée, "
        "date, navigateur) pour la sécurité et le diagnostic des pannes. Ces journaux sont "
        "conservés {todo} (durée fixée avec l’hébergeur), puis effacés.</p>"
        "<h2>Vos droits</h2>"
        "<p>Vous pouvez obtenir une copie de vos données (export), les faire rectifier ou "
        'effacer en écrivant à <a href="{mailto}">{email}</a> depuis l’adresse utilisée pour '
        "commenter. Nous répondons dans un délai d’un mois. Vous pouvez aussi adresser une "
        "réclamation à la CNIL (cnil.fr).</p>"
        "<h2>Responsable du traitement</h2>"
        "<p>L’éditeur du site, présenté dans les mentions légales.</p>",
        ip_days=settings.COMMENTS_IP_RETENTION_DAYS,
        spam_days=settings.COMMENTS_SPAM_RETENTION_DAYS,
        todo=PLACEHOLDER,
        email=settings.PRIVACY_EMAIL,
        mailto=_mailto(settings.PRIVACY_EMAIL, "Mes données personnelles"),
    )


# The setting's field (notice.AINotice) → the page's address and title (notice/footer.py),
# introduction and text.
LEGAL_PAGES = {
    "legal_notice_page": (
        *USUAL_LEGAL_PAGES["legal_notice_page"],
        "Qui édite ce site, qui en dirige la publication et qui l’héberge.",
        _legal_notice_body,
    ),
    "contact_page": (
        *USUAL_LEGAL_PAGES["contact_page"],
        "Écrire à la rédaction, signaler une erreur dans un article.",
        _contact_body,
    ),
    "privacy_page": (
        *USUAL_LEGAL_PAGES["privacy_page"],
        "Ce que le site garde sur ses lecteurs, combien de temps, et comment le faire effacer.",
        _privacy_body,
    ),
}


@transaction.atomic
def ensure_legal_pages():
    """Create the legal pages that are missing, live under the home page, and link every one
    (and the news archive) from the footer setting. Returns the titles of the pages created.

    A page the footer already links to, or found at its usual address, is left as it is.
    """
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    home = site.root_page.specific if site else None
    if not isinstance(home, HomePage):
        return []
    notice = AINotice.load()
    before = [getattr(notice, f"{field}_id") for field in [*LEGAL_PAGES, "news_index_page"]]
    created = []
    for field, (slug, title, introduction, body) in LEGAL_PAGES.items():
        if getattr(notice, f"{field}_id") is not None:
            continue
        page = home.get_children().filter(slug=slug).first()
        if page is None:
            page = StandardPage(
                title=title, slug=slug, introduction=introduction, body=body(), live=False
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            created.append(title)
        setattr(notice, field, page)
    if notice.news_index_page_id is None:
        notice.news_index_page = NewsIndexPage.objects.live().first()
    if [getattr(notice, f"{field}_id") for field in [*LEGAL_PAGES, "news_index_page"]] != before:
        notice.save()  # empties the page cache: only when a link changes
    return created


def placeholder_pages():
    """The legal pages the footer links to whose published text still holds the placeholder."""
    notice = AINotice.load()
    pages = [getattr(notice, field) for field in LEGAL_PAGES]
    found = []
    for page in pages:
        specific = page.specific if page is not None else None
        text = getattr(specific, "body", "") + getattr(specific, "introduction", "")
        if PLACEHOLDER in text:
            found.append(specific)
    return found
