// Article pages are cached for every reader, so the comment form holds no CSRF token and a
// timestamp from when the page was cached. Fresh ones are fetched when the reader starts
// writing (or, at the latest, when sending). Without JavaScript, or if the fetch fails, the
// server sends the comment back once to be confirmed: nothing typed is lost.
(function () {
    "use strict";
    var form = document.querySelector("form.comment-form[data-keys]");
    if (!form) {
        return;
    }
    var csrf = form.querySelector("input[name=csrfmiddlewaretoken]");
    var token = form.querySelector("input[name=token]");
    var pending = null;

    function fetchKeys() {
        if (csrf.value) {
            return Promise.resolve();
        }
        if (!pending) {
            pending = fetch(form.dataset.keys, {
                credentials: "same-origin",
                headers: {Accept: "application/json"},
            })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status);
                    }
                    return response.json();
                })
                .then(function (keys) {
                    csrf.value = keys.csrf;
                    token.value = keys.token;
                })
                .catch(function () {
                    pending = null;
                });
        }
        return pending;
    }

    form.addEventListener("focusin", fetchKeys, {once: true});
    form.addEventListener("submit", function (event) {
        if (csrf.value) {
            return;
        }
        event.preventDefault();
        fetchKeys().then(function () {
            form.submit();
        });
    });
})();
