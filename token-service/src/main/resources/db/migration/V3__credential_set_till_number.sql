-- A till's Daraja Buy Goods push needs two numbers: BusinessShortCode (and the STK password) is the
-- store / head-office number, kept in shortcode; PartyB is the till customers pay, kept here. Not a
-- secret, shown in the summary. A paybill has none.
ALTER TABLE credential_sets ADD COLUMN till_number text CHECK (till_number ~ '^[0-9]{5,7}$');

-- Tills stored before this column were paid with the one shortcode as both numbers: keep doing so
-- until the gateway stores the set again with its till number.
UPDATE credential_sets SET till_number = shortcode WHERE shortcode_type = 'till';

ALTER TABLE credential_sets ADD CONSTRAINT credential_sets_till_number_with_till
    CHECK ((shortcode_type = 'till') = (till_number IS NOT NULL));
