-- A till's Daraja Buy Goods push needs two numbers: BusinessShortCode (and the STK password) is the
-- store / head-office number, kept in shortcode; PartyB is the till customers pay, kept here. Not a
-- secret: shown in the merchant's summary. A paybill has none.
alter table daraja_credentials add column till_number text check (till_number ~ '^[0-9]{5,7}$');

-- Tills set before this column were paid with the one shortcode as both numbers (token-service's V3
-- keeps them so too) until an operator sets the credentials again with the till number.
update daraja_credentials set till_number = shortcode where shortcode_type = 'till';

alter table daraja_credentials add constraint daraja_credentials_till_number_with_till
    check ((shortcode_type = 'till') = (till_number is not null));
