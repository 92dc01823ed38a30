"""Development only (`make run`): the site's own 404 page rather than Django's debug page.

With DEBUG on, Django answers a missing page with its yellow English page, so a newcomer on
`make run` never saw the site's 404 with the AI notice. Here it is served as in production;
errors keep Django's debug page with its traceback.
"""

from django.http import Http404
from django.views.defaults import page_not_found


class SiteNotFoundPage:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404 and getattr(request, "resolver_match", None) is None:
            return page_not_found(request, Http404(request.path))  # no address matched
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):  # a view found nothing: Wagtail's pages, listings
            return page_not_found(request, exception)
        return None
