"""Every way into shopassist, and nothing else: the Gradio web app (`ui.web`), the REST API
(`ui.api`), the command line (`ui.cli`), sign-in and roles (`ui.auth`), rate limits
(`ui.limits`), the HTTP policy (`ui.http_policy`), the server (`ui.server`), and the one
composition root that builds every part from settings (`ui.compose` -> `ui.services.Services`).

The arrows point one way: `ui` imports `assistant` and the layers below; nothing imports `ui`
(tests and benchmarks aside).
"""
