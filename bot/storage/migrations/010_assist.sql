-- Help requests that staff handle (translation, transport, accompaniment...: a service of kind
-- `help` in the catalogue, bot.features.assist) are callback requests with a form: `service` is
-- the catalogue's service id (NULL for a plain callback request), `details` the answered fields
-- as JSON, [{"id": ..., "type": ..., "value": ...}, ...] in the form's order. `details` is
-- personal: it becomes NULL with the other personal columns when the data is forgotten.
ALTER TABLE callback_requests ADD COLUMN service TEXT;
ALTER TABLE callback_requests ADD COLUMN details TEXT;
