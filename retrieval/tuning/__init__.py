"""Fine-tuning the embedder on the store's own data (`shopassist tune embedder`).

Modules, one job each: `needs` (the team's need phrases per category, package data), `pairs`
(mining training pairs from the catalog and the training split of the events), `trainer`
(sentence-transformers' own trainer, contrastive loss, early stopping), `artifact` (versioned
model folders with a manifest under the data dir, and resolving ``"tuned"`` to the newest).
"""
