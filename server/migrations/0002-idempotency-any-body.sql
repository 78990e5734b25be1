-- The same Idempotency-Key returns the first answer whatever body comes with it (the contract has no other answer):
-- the digest of the first request, kept only to refuse a different one, goes.

alter table idempotent_answers drop column request;
