from django.db import models
from django.db.models import F, Window
from django.db.models.functions import Coalesce, RowNumber
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from news import scopes
from news.models import ArticlePage, NewsIndexPage
from news.models.taxonomy import categories_for
from pagecache.cache import depends_on

ARTICLES_PER_CATEGORY = 3
LATEST_COUNT = 6


class HomePage(Page):
    """The front page: a lead story, the latest news, then each category's latest."""

    lead_article = models.ForeignKey(
        "news.ArticlePage",
        verbose_name=_("lead story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to lead with the latest published article."),
    )

    content_panels = [*Page.content_panels, FieldPanel("lead_article")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        # The child page with its news index row in one query (Wagtail: the page, then its
        # specific row): the news index is the way to every article. Another kind of child
        # costs what it costs Wagtail.
        try:
            child = (
                Page.objects.child_of(self)
                .select_related("newsindexpage")
                .get(slug=path_components[0])
            )
        except Page.DoesNotExist as missing:
            raise Http404 from missing
        try:
            child = child.newsindexpage
        except NewsIndexPage.DoesNotExist:
            child = child.specific
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.front_page_articles(categories_for(request)))
        depends_on(scopes.HOME)  # every article's publication touches it
        return context

    def front_page_articles(self, categories):
        """The lead, the latest articles, then each category's next latest: constant queries."""
        listing = ArticlePage.objects.listing()
        latest_ids = list(listing.values_list("pk", flat=True)[: LATEST_COUNT + 1])

        shown_above = {*latest_ids, self.lead_article_id}

        # The newest articles of every category not shown above, in one query, ranked.
        through = ArticlePage.categories.through
        ranked = list(
            through.objects.filter(articlepage__in=listing.order_by().values("pk"))
            .exclude(articlepage_id__in=[pk for pk in shown_above if pk])
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=F("category_id"),
                    order_by=[
                        Coalesce(
                            "articlepage__publication_date", "articlepage__first_published_at"
                        ).desc(),
                        F("articlepage_id").desc(),
                    ],
                )
            )
            # Enough candidates for a section to fill up even when every earlier
            # section took some of its articles.
            .filter(rank__lte=max(1, len(categories)) * ARTICLES_PER_CATEGORY)
            .order_by("rank", "category_id")
            .values_list("category_id", "articlepage_id")
        )

        wanted = {*latest_ids, *(pk for _category, pk in ranked)}
        if self.lead_article_id:
            wanted.add(self.lead_article_id)
        articles = {article.pk: article for article in listing.filter(pk__in=wanted)}

        lead = articles.get(self.lead_article_id) if self.lead_article_id else None
        if lead is None and latest_ids:
            lead = articles.get(latest_ids[0])
        latest = [articles[pk] for pk in latest_ids if pk in articles and articles[pk] is not lead]
        sections = []
        placed = set()
        for category in categories:
            items = []
            for cat, pk in ranked:
                if cat == category.pk and pk in articles and pk not in placed:
                    items.append(articles[pk])
                    placed.add(pk)
                    if len(items) == ARTICLES_PER_CATEGORY:
                        break
            if items:
                sections.append({"category": category, "articles": items})
        return {"lead": lead, "latest": latest[:LATEST_COUNT], "sections": sections}


class StandardPage(Page):
    """A plain editorial page: « À propos », « Comment nous utilisons l’IA »…"""

    introduction = models.TextField(_("introduction"), blank=True)
    body = RichTextField(
        _("body"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
