from django.core.exceptions import PermissionDenied
from django.db.models import Sum
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, NumberColumn
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import Query

PERMISSION = "wagtailsearchpromotions.change_searchpromotion"


class UnansweredSearchesReportView(ReportView):
    """The searches that found nothing, most frequent first: what the newsroom should cover."""

    page_title = _("Searches without results")
    header_icon = "search"
    index_url_name = "unanswered_searches"
    index_results_url_name = "unanswered_searches_results"
    default_ordering = "-_misses"
    columns = [
        Column("query_string", label=_("Search term(s)"), sort_key="query_string"),
        NumberColumn("_misses", label=_("Searches without results"), sort_key="_misses"),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return Query.objects.annotate(_misses=Sum("unanswered__count")).filter(_misses__gt=0)
