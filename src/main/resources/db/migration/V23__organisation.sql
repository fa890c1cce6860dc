-- Issue 29: single sign-on, the interface's language, an article's language. Portable SQL.

-- The account an identity provider vouches for: its issuer and its subject (the "sub" claim), never
-- the username, which the provider's user may change. Null for local accounts.
alter table app_user add column sso_issuer varchar(500);
alter table app_user add column sso_subject varchar(255);
alter table app_user add constraint uq_app_user_sso unique (sso_issuer, sso_subject);

-- The interface language a user chose on the Account page (a BCP 47 tag: en, de); null follows the browser.
alter table app_user add column language varchar(16);

-- A membership given by a group of the identity provider: removed again when the group is gone at a
-- later sign-in. Null for memberships a lead gave.
alter table membership add column via_group varchar(200);

-- The language of an article's text (a BCP 47 tag), detected on import and editable; null when unknown.
alter table article add column language varchar(16);
