-- Withdrawal links: keep only the SHA-256 of their secret, as for access tokens, account links and
-- calendar feeds, so that a leaked table withdraws nobody's application. The secrets already stored
-- are hashed here exactly as the application hashes a link's secret (SecretTokens.hash: lowercase
-- hex of the SHA-256 of its UTF-8 bytes), so that the links already mailed keep working.
alter table application rename column withdrawal_token to withdrawal_token_hash;
alter index application_withdrawal_token_uq rename to application_withdrawal_token_hash_uq;
update application
   set withdrawal_token_hash = encode(sha256(convert_to(withdrawal_token_hash, 'UTF8')), 'hex')
 where withdrawal_token_hash is not null;
