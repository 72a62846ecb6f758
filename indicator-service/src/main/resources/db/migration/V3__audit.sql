-- One row per successful write, written in the write's own transaction.
create table audit_event (
    id            bigserial primary key,
    at            timestamptz not null,
    subject       text        not null,
    operation     text        not null,
    resource_type text        not null,
    resource_key  text        not null,
    region_code   text,
    before        jsonb,
    after         jsonb
);
create index audit_event_resource_idx on audit_event (resource_type, resource_key);
create index audit_event_at_idx on audit_event (at);
