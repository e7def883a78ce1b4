"""The Gradio web app: Shop, Agent, Marketing and Experiments tabs (`ui.web.app.create_app`).

One module per tab; `views` turns catalog facts into escaped HTML and Markdown. To add a tab:
a ``build_..._tab(services)`` module here, laid out in `ui.web.app.create_app`.
"""
