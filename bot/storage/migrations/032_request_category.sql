-- The category a person chose before typing their matter instead of choosing one of its topics
-- (a callback request's topic is then "other"): the staff card names it beside «Something
-- else», so staff know where the person came from. Not personal: kept when a request is forgotten.
ALTER TABLE callback_requests ADD COLUMN category TEXT;
