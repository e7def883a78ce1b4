"""The REST API: one FastAPI router per resource, assembled by `ui.api.app.create_api`.

To add an endpoint: put it in the router of its resource (or a new module with its own
``router``, included in `create_api`); take the parts it needs from the `Services` the app
holds (`ui.api.deps`) and raise a `core.errors` kind for failures (`ui.api.errors` picks the
status).
"""
