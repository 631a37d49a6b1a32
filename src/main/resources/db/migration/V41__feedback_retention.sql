-- Erasure and the retention purge reach the satisfaction component's free texts (issue #14):
--   anonymised_at on rating, suggestion and improvement_item: set once a row's texts are anonymised, because they
--   named a person being erased, or (ratings' comments, suggestions' own words) by the FEEDBACK_TEXTS retention;
--   FEEDBACK_TEXTS seeded with its default period, like V13's categories.
ALTER TABLE rating ADD COLUMN anonymised_at DATETIME(6) NULL,
    ADD INDEX ix_rating_retention (rated_on, anonymised_at);
ALTER TABLE suggestion ADD COLUMN anonymised_at DATETIME(6) NULL;
ALTER TABLE improvement_item ADD COLUMN anonymised_at DATETIME(6) NULL;
INSERT INTO retention_setting (category, days) VALUES ('FEEDBACK_TEXTS', 730);
