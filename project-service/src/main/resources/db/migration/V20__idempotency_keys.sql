-- Writes sent with an Idempotency-Key header (platform idempotency.IdempotencyKeys): one row per
-- caller and key. The first request inserts the row, committed on its own, before the write runs, so a
-- concurrent duplicate collides on the unique constraint (409 while in progress); the answer is stored
-- when the write has finished, and a retry gets it back instead of writing again. 5xx answers are not
-- kept (the row is deleted, so the retry runs again). Rows expire after healthplan.idempotency.expiry
-- and are deleted lazily.
create table idempotency_key (
    id           bigserial   primary key,
    subject      text        not null,
    key          text        not null,
    method       text        not null,
    -- path and query of the first request
    path         text        not null,
    -- SHA-256 of the request body, hex
    request_hash text        not null,
    created_at   timestamptz not null,
    -- set in the same transaction as the request's write, just before it commits: a row whose answer was
    -- never stored (the service stopped in between) tells whether the write happened
    committed_at timestamptz,
    completed_at timestamptz,
    status       integer,
    -- the answer's headers (Location, ETag, Content-Type ...): {"name": ["value", ...]}
    headers      jsonb,
    body         bytea,
    constraint idempotency_key_subject_key_uk unique (subject, key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
