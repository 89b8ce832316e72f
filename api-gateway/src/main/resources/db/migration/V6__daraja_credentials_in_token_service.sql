-- Merchants' Daraja secrets now live in token-service (its credential sets, named by merchant id), which
-- issues the access tokens and hands the set to payment-service; the gateway keeps only what operators
-- may see. Pre-release: no deployment holds merchants' credentials yet, so the sealed values are dropped,
-- not moved. A local database that has some keeps its summary rows: those merchants' payments then fail
-- merchant_credentials_missing (never pay into the default shortcode) until their set is PUT again.
alter table daraja_credentials
    add column fields_set text[] not null default '{}'
        check (fields_set <@ array['passkey', 'consumer_key', 'consumer_secret', 'initiator_name',
                                   'initiator_password']::text[]);

update daraja_credentials set fields_set = array_remove(array[
    case when passkey_sealed is not null then 'passkey' end,
    case when consumer_key_sealed is not null then 'consumer_key' end,
    case when consumer_secret_sealed is not null then 'consumer_secret' end,
    case when initiator_name_sealed is not null then 'initiator_name' end,
    case when initiator_password_sealed is not null then 'initiator_password' end], null);

-- the check constraint pairing the two initiator columns goes with them
alter table daraja_credentials
    alter column fields_set drop default,
    drop column passkey_sealed,
    drop column consumer_key_sealed,
    drop column consumer_secret_sealed,
    drop column initiator_name_sealed,
    drop column initiator_password_sealed;
