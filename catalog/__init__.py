"""Products, events and users: schema (`catalog.schema`), validation, importers and the SQL
store (`catalog.store`). Import from the module that defines a name: importing this package
loads nothing."""
